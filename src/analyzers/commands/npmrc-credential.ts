import type { RawFinding } from '../../core/finding.js';
import { findingAt } from '../kubernetes/report.js';
import type { FileRule } from '../types.js';
import { COMMANDS_HELP, credentialSeverity } from './meta.js';
import { baseName } from './scripts.js';

/** `//registry/:_authToken=V`, `_auth = V`, `_password=V` (.npmrc), `npmAuthToken: V` (.yarnrc.yml). */
const NPMRC_LINE = /^[ \t]*(?:[^\s=#;]*:)?(_authToken|_auth|_password)[ \t]*=[ \t]*(["']?)([^\s"']+)\2[ \t]*\r?$/gm;
const YARNRC_LINE = /^[ \t]*(npmAuthToken|npmAuthIdent)[ \t]*:[ \t]*(["']?)([^\s"'#]+)\2[ \t]*\r?$/gm;

/** A registry token written into a committed `.npmrc` or `.yarnrc.yml`. */
export const npmrcCredentialRule: FileRule = {
  meta: {
    id: 'npmrc-credential',
    category: 'hardcoded-secret',
    severity: 'high',
    description:
      'A committed `.npmrc` (`_authToken=`, `_auth=`, `_password=`) or `.yarnrc.yml` (`npmAuthToken:`) holds a literal registry credential instead of `${NPM_TOKEN}`, which npm and yarn expand from the environment.',
    helpUri: `${COMMANDS_HELP}#npmrc-credential`,
  },
  appliesTo: (file) => /^\.npmrc$|^\.yarnrc\.ya?ml$/i.test(baseName(file.path)),
  check(file) {
    if (!/_auth|_password|npmAuth/.test(file.text)) return [];
    const findings: RawFinding[] = [];
    const yarn = /yarnrc/i.test(baseName(file.path));
    for (const match of file.text.matchAll(yarn ? YARNRC_LINE : NPMRC_LINE)) {
      const key = match[1]!;
      const value = match[3]!;
      // `_password` is the base64 of the password alone; `_auth` and `npmAuthIdent` of `user:password`.
      const severity = credentialSeverity(key === '_password' ? decodeLoose(value) : value, key === '_auth' || key === 'npmAuthIdent');
      if (!severity) continue;
      const start = match.index + match[0].lastIndexOf(value);
      findings.push(
        findingAt(this.meta, file, start, start + value.length, {
          message: `The ${key} setting holds a literal registry credential${severity === 'low' ? ' (a throwaway-looking value, reported at low)' : ''}.`,
          remediation: yarn
            ? 'Write `npmAuthToken: "${NPM_TOKEN}"` and provide NPM_TOKEN from the CI secret store (GitHub `${{ secrets.NPM_TOKEN }}`, a masked GitLab variable). Rotate the token: it is in the repository history.'
            : 'Write `//registry.npmjs.org/:_authToken=${NPM_TOKEN}` and provide NPM_TOKEN from the CI secret store (GitHub `${{ secrets.NPM_TOKEN }}`, a masked GitLab variable), or keep the token in the user-level ~/.npmrc. Rotate the token: it is in the repository history.',
          secret: value,
          severity,
        }),
      );
    }
    return findings;
  },
};

/** `_password` values are base64; judge the decoded text when it is printable. */
function decodeLoose(value: string): string {
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(value)) return value;
  const text = Buffer.from(value, 'base64').toString('utf8');
  return /^[\x20-\x7e]+$/.test(text) ? text : value;
}
