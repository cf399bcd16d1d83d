import { createHash } from 'node:crypto';

export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/**
 * Stable across moved lines: rule, file, a hash of the secret (or seed), and the occurrence
 * number of that same secret in the file, never the line itself.
 */
export function fingerprint(ruleId: string, file: string, secretOrSeed: string, occurrence: number): string {
  const parts = [ruleId, file, sha256(secretOrSeed)];
  if (occurrence > 0) parts.push(String(occurrence));
  return sha256(parts.join('\0')).slice(0, 32);
}
