/**
 * PEM and OpenSSH private keys, reported once per block at its BEGIN line. Certificates and
 * public keys share the armour but are not secrets, so only `PRIVATE KEY` headers count.
 */
import type { Detector, DetectorMatch } from './types.js';

const BEGIN = /-----BEGIN ((?:RSA |EC |DSA |OPENSSH |ENCRYPTED |PGP )?PRIVATE KEY(?: BLOCK)?)-----/g;
/** Fewer base64 characters than this is a truncated or placeholder key. */
const MIN_BODY = 64;

export const privateKeyDetector: Detector = {
  id: 'private-key',
  provider: 'PEM / OpenSSH',
  grants: 'whatever trusts the matching public key: servers, signing, TLS identities, deploy access',
  keywords: ['PRIVATE KEY'],
  severity: 'critical',
  remediation:
    'Generate a new key pair, replace the public key wherever it is trusted, and load the private key from the platform secret store instead of the repository.',
  helpUri: 'https://docs.github.com/en/code-security/secret-scanning/introduction/supported-secret-scanning-patterns',
  validators: ['body length'],
  find(text) {
    const matches: DetectorMatch[] = [];
    for (const m of text.matchAll(BEGIN)) {
      const block = privateKeyBlock(text, m.index, m[0].length, m[1]!);
      if (block) matches.push({ start: m.index, end: block.end, secret: text.slice(m.index, block.end), prefix: '-----BEGIN ', kind: m[1]!.toLowerCase() });
    }
    return matches;
  },
};

/**
 * Key material after the header: base64, whitespace, literal `\n` escapes (also escaped again,
 * `\\n`, in a key file written inside a JSON string), string quotes and `Name: value` PEM headers
 * (encrypted keys). Sticky, so it never searches past the block.
 */
const BODY = /(?:[A-Za-z-]{1,40}:[^\n]{0,200}|[A-Za-z0-9+/=\s"',]|\\{1,4}[nr])*/y;

/** The block's end offset, when it holds enough key material to be a real key. */
export function privateKeyBlock(text: string, start: number, headerLength: number, label: string): { end: number } | null {
  const bodyStart = start + headerLength;
  BODY.lastIndex = bodyStart;
  const run = BODY.exec(text)?.[0] ?? '';
  const material = run.replace(/\\{1,4}[nr]/g, '\n').replace(/^[^\S\n]*[A-Za-z-]{1,40}:.*$/gm, '').replace(/[^A-Za-z0-9+/]/g, '');
  if (material.length < MIN_BODY) return null;
  if (/(.)\1{15}/.test(material)) return null;
  const endMarker = `-----END ${label}-----`;
  const runEnd = bodyStart + run.length;
  if (text.startsWith(endMarker, runEnd)) return { end: runEnd + endMarker.length };
  return { end: bodyStart + run.trimEnd().replace(/[\s"',]+$/, '').length };
}
