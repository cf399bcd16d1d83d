/**
 * Keys that are published as examples: shipped in the test resources and sample apps of public
 * SDKs, copied into countless repositories, and granting nothing. They are key-shaped, so only
 * their digests are kept here (the first 16 hex digits of SHA-256); a match costs one hash of a
 * value that already passed every other check.
 */
import { createHash } from 'node:crypto';

/** Google API keys from the test resources of firebase/firebase-android-sdk (also allowlisted by gitleaks). */
const GOOGLE_EXAMPLE_KEYS = new Set([
  'f56e323494a6ffc2',
  '2037abcaffb2b777',
  '3f370c9dd8225c63',
  'e4a5542bb7fd7b67',
  'a19f89ab3555eac1',
  '0b476bdf9acf2123',
  'eb540d2b6ee2a0a4',
  '37f8f09bdf12c2f2',
  '8731261cb72d8626',
  '49f777db995e8260',
  '27a9a42931dff7eb',
  'dc0fcf046c61640c',
  '4c98242dcadc8b29',
  'ea9bb1082cf95663',
  '3a8b61d0f636b007',
  'a6c814bc555ae62c',
]);

export function digestOf(value: string): string {
  return createHash('sha256').update(value).digest('hex').slice(0, 16);
}

/** True for a Google (`AIza…`) key that an SDK publishes in its own examples. */
export function isPublishedGoogleExample(key: string): boolean {
  return GOOGLE_EXAMPLE_KEYS.has(digestOf(key));
}
