/**
 * The one policy for a literal value under a secret-like name, shared by every literal rule
 * (Compose, Helm values, container `env`, ConfigMaps, Secrets, GitLab variables), so that one
 * value gets one severity wherever it is written:
 *
 * - not reported: placeholders and references (`changeme`, `<your-token>`, `${VAR}`, base64 of
 *   `REPLACE_ME`…), see `isLiteralSecretValue`;
 * - low: an access key id or an upload-only token (`limitedCredential`);
 * - medium: a guessable password — a well-known or image default (`postgres`, `root`, `minio123`,
 *   `P@ssw0rd`), lower-case dictionary words with at most a short number (`mypassword`,
 *   `kuma123`, `restaurant_pass_2024`), a counting run or stand-in words (`abcd1234`,
 *   `db-password`), also when base64-encoded: anyone can try it;
 * - high: anything else, a random-looking value or a password someone chose (`Gautam123@`).
 */
import { isLiteralSecretValue, isReferenceValue, isWeakLiteral, limitedCredential, normalizeName } from './secret-names.js';

/** Defaults of images, products and tutorials, lower-cased with leetspeak undone (`P@ssw0rd`). */
const KNOWN_DEFAULTS = new Set(
  (
    'password passwort passwd pass admin administrator root toor guest user postgres postgresql mysql mariadb mongo mongodb redis ' +
    'rabbitmq minio minioadmin elastic kibana changeme changeit secret supersecret letmein qwerty welcome default demo sa oracle ' +
    'test master superuser strongpassword yourstrongpassword mypassword mysecret admin admins keycloak bitnami'
  ).split(' '),
);

/** Placeholder-looking values that are nonetheless the real defaults of images (`MYSQL_ROOT_PASSWORD: root`). */
const DEFAULT_BUT_PLACEHOLDER = /^(root|admin|guest|toor|passw0rd|p@ssw0rd|password\d{1,4}|admin\d{1,4}|root\d{1,4})$/i;

/** Names that hold a password (not a token or an API key, where `root` would only stand in). */
const PASSWORD_NAME = /(PASSWORD|PASSWD|PASS|PWD|PASSPHRASE)$/;

function undoLeet(text: string): string {
  return text.replace(/@/g, 'a').replace(/0/g, 'o').replace(/3/g, 'e').replace(/\$/g, 's').replace(/1/g, 'i');
}

/**
 * Letters in lower case, as words a dictionary attack tries (`backstagepassword`, `cnc-su`), not
 * a random lower-case string: a long run of letters needs vowels a word would have.
 */
function isDictionaryStyle(letters: string): boolean {
  const parts = letters.split(/[-_. ]+/).filter(Boolean);
  if (parts.length === 0 || !parts.every((p) => /^[a-z]+$/.test(p))) return false;
  return parts.every((p) => p.length < 12 || ((p.match(/[aeiouy]/g)?.length ?? 0) / p.length >= 0.2 && !/[^aeiouy]{6,}/.test(p)));
}

/** Why a value is a guessable password, or null. Call on values `isLiteralSecretValue` accepts. */
export function guessableReason(value: string): string | null {
  const v = value.trim();
  if (v === '' || v.length > 64) return null;
  const lower = v.toLowerCase();
  // A known default, any case, leetspeak undone, a short number and a symbol after it (`Root123!`).
  const stem = /^(.*?)[-_.!@#*]?\d{0,4}[!@#$%*.?]?$/.exec(lower)?.[1] ?? lower;
  if (KNOWN_DEFAULTS.has(stem) || KNOWN_DEFAULTS.has(undoLeet(stem)) || KNOWN_DEFAULTS.has(undoLeet(lower))) return 'a well-known default password';
  if (isWeakLiteral(v)) return 'a counting run or stand-in words';
  // Lower-case words with at most a short number after them: `mypassword`, `minio123`, `restaurant_pass_2024`.
  const words = /^([a-z][a-z_. -]*?)[-_.]?\d{0,4}$/.exec(v)?.[1];
  if (words !== undefined && isDictionaryStyle(words)) return 'lower-case words with at most a short number';
  return null;
}

/** Printable text when a value is strict base64 of it (as in a Secret's `data:` or a Helm value), else null. */
export function base64Text(value: string): string | null {
  const v = value.trim();
  if (v.length < 8 || v.length % 4 !== 0 || !/^[A-Za-z0-9+/]+={0,2}$/.test(v)) return null;
  const text = Buffer.from(v, 'base64').toString('utf8').replace(/\r?\n$/, '');
  return /^[\x20-\x7e]+$/.test(text) ? text : null;
}

export interface LiteralVerdict {
  severity: 'high' | 'medium' | 'low';
  /** A sentence for the message, starting with a space ('' at high). */
  note: string;
  kind: 'strong' | 'guessable' | 'key-id' | 'upload-only';
}

/** The medium sentence of the policy, the same on every platform. */
export function guessableNote(reason: string): string {
  return ` The value is a well-known or guessable default (${reason}): anyone can try it, so it is reported at medium. Set it from a Secret or the secret store instead, and change it wherever it was deployed.`;
}

/**
 * The verdict of the policy above for a literal `value` under the secret-like `name`, or null
 * when it is not a value to report.
 */
export function judgeLiteral(name: string, value: string): LiteralVerdict | null {
  const v = value.trim();
  const passwordName = PASSWORD_NAME.test(normalizeName(name));
  if (!isLiteralSecretValue(v)) {
    // `MYSQL_ROOT_PASSWORD: root` is the password the image sets up, not a stand-in.
    return passwordName && DEFAULT_BUT_PLACEHOLDER.test(v) ? { severity: 'medium', note: guessableNote('a well-known default password'), kind: 'guessable' } : null;
  }
  const limited = limitedCredential(name, v);
  if (limited) return { severity: 'low', note: ` ${limited.note}`, kind: limited.kind };
  const decoded = base64Text(v);
  if (decoded !== null && /[a-z]/i.test(decoded)) {
    // Base64 of a placeholder (`REPLACE_ME`, `<your-key>`); a `$` in a decoded password is not a reference.
    if (!isLiteralSecretValue(decoded) && !isReferenceValue(decoded)) return null;
    const reason = guessableReason(decoded);
    if (reason) return { severity: 'medium', note: guessableNote(`base64 of ${reason}`), kind: 'guessable' };
  }
  const reason = guessableReason(v);
  if (reason) return { severity: 'medium', note: guessableNote(reason), kind: 'guessable' };
  return { severity: 'high', note: '', kind: 'strong' };
}
