/**
 * GCP service-account key files: JSON with `"type": "service_account"` and a `private_key` PEM.
 * Reported at the `private_key` value (the credential), ahead of the generic private-key rule.
 * Base64-encoded key files are reached through the decoder; a key file written inside a JSON
 * string (`{"credentials": "{\n  \"type\": \"service_account\", …"}`) has escaped quotes, which
 * the patterns allow (a bounded run of backslashes before each quote keeps them linear).
 */
import { privateKeyBlock } from './private-key.js';
import type { Detector, DetectorMatch } from './types.js';

const TYPE = /"type\\{0,8}"\s*:\s*\\{0,8}"service_account\\{0,8}"/g;
const PRIVATE_KEY = /"private_key\\{0,8}"\s*:\s*\\{0,8}"(-----BEGIN (PRIVATE KEY|RSA PRIVATE KEY)-----)/y;
/** A key file is a few kilobytes; look this far around the `type` for its `private_key`. */
const WINDOW = 8192;

export const gcpServiceAccountDetector: Detector = {
  id: 'gcp-service-account-key',
  provider: 'Google Cloud',
  grants: 'every IAM role granted to the service account, from anywhere, until the key is deleted',
  keywords: ['service_account'],
  severity: 'critical',
  remediation:
    'Delete the key at https://console.cloud.google.com/iam-admin/serviceaccounts (Keys tab), prefer Workload Identity Federation (google-github-actions/auth) over key files, or store a new key in the platform secret store.',
  helpUri: 'https://cloud.google.com/iam/docs/keys-create-delete',
  validators: ['JSON structure', 'body length'],
  find(text) {
    const matches: DetectorMatch[] = [];
    const types = [...text.matchAll(TYPE)].map((m) => m.index);
    if (types.length === 0) return matches;
    // Each `"private_key"` is looked at once, against the nearest `type` (a moving pointer).
    let t = 0;
    for (let at = text.indexOf('"private_key'); at !== -1; at = text.indexOf('"private_key', at + 1)) {
      while (t + 1 < types.length && types[t + 1]! <= at) t++;
      const near = [types[t]!, types[t + 1] ?? Infinity].some((p) => Math.abs(p - at) <= WINDOW);
      if (!near) continue;
      PRIVATE_KEY.lastIndex = at;
      const m = PRIVATE_KEY.exec(text);
      if (!m) continue;
      const start = at + m[0].length - m[1]!.length;
      const block = privateKeyBlock(text, start, m[1]!.length, m[2]!);
      if (block) matches.push({ start, end: block.end, secret: text.slice(start, block.end), prefix: '-----BEGIN ', kind: 'service-account key file' });
    }
    return matches;
  },
};
