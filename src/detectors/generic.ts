/**
 * The generic rule: a secret-like name (`api_key`, `token`, `password`, …) assigned a literal
 * that looks like key material. Assignments are found from each `:` / `=` by walking outwards in
 * code, so there is no regex to backtrack; the value must be long, random and not a placeholder,
 * reference, path or public identifier.
 */
import { base64Text } from './password-policy.js';
import { isSecretLikeName, limitedCredential } from './secret-names.js';
import { characterClasses, shannonEntropy } from './entropy.js';
import { isPlaceholder, isPublicIdentifier, isReference } from './placeholders.js';
import type { DetectContext, Detector, DetectorMatch } from './types.js';

const MIN_LENGTH = 12;
const MAX_LENGTH = 200;
const MIN_ENTROPY = 3;
/**
 * The names this rule considers contain one of these (most secret-like names do; `PAT` and
 * `WEBHOOK_URL` values are left to the provider detectors). Also its prefilter keywords.
 */
const HINTS = ['key', 'token', 'secret', 'pass', 'pwd', 'credential', 'auth'];
const NAME_HINT = new RegExp(HINTS.join('|'), 'i');
const SEPARATOR = /[:=]/g;
/** `{name}` / `{obj.attr}` (f-strings, format, templates), `%(name)s`, `%s`. */
const INTERPOLATION = /\{[A-Za-z_][\w.]*(\[[^\]]*\])?(![rsa])?(:[^}]*)?\}|%\([A-Za-z_]\w*\)[sdr]|%[sd](?![A-Za-z0-9])/;
/** Names `isSecretLikeName` accepts that hold references or settings in manifests and charts. */
const NOT_A_VALUE_NAME = /(^|_)(REF|KEY_REF|SECRET_REF|EXISTING(_[A-Z]+)*|SELECTOR|PROVIDER(_CLASS)?|STORE|MANAGER|MOUNT|VOLUME|ARN|VERSION|KEYS?|ALGORITHM|SIZE|COUNT|FORMAT|POLICY|SCOPES?|REGION|ENDPOINT|DIR|PREFIX|SUFFIX|HINT|FIELD|PARAM|PROPERTY|ENV|VAR|VARIABLE|NAMESPACE|KIND|SOURCE|ROTATION|LOCATION|HASH|SALT_ROUNDS|TEMPLATE)$/;

export const genericSecretDetector: Detector = {
  id: 'generic-secret',
  provider: 'Generic',
  grants: 'whatever the credential assigned to this secret-like name protects',
  keywords: HINTS,
  severity: 'medium',
  remediation:
    'If this is a real credential, rotate it with its issuer and read it from the platform secret store (e.g. ${{ secrets.NAME }}); if it is not, mark the line with `openai-secret-lint:ignore[generic-secret]`.',
  helpUri: 'https://github.com/openai-secret-lint/openai-secret-lint/blob/main/docs/rules/hardcoded-secrets.md#generic-secret',
  validators: ['secret-like name', 'entropy', 'placeholder', 'reference'],
  find(text, context?: DetectContext) {
    const matches: DetectorMatch[] = [];
    // User-configured names need not contain the usual hints.
    const anyName = (context?.secretNames?.extra?.length ?? 0) > 0;
    // A file repeats its names: decide each once.
    const decided = new Map<string, boolean>();
    // SealedSecret `encryptedData` values are ciphertext for the cluster's key, safe to commit.
    const sealed = text.includes('SealedSecret') && /kind:\s*SealedSecret/.test(text);
    const separators = anyName ? everySeparator(text) : separatorsAfter(text, context?.trackedAt ?? hintsIn(text));
    for (const sep of separators) {
      const assignment = readAssignment(text, sep, anyName);
      if (!assignment) continue;
      const { name, start, value } = assignment;
      let secretName = decided.get(name);
      if (secretName === undefined) decided.set(name, (secretName = isSecretName(name, context)));
      if (!secretName) continue;
      // Unquoted code (calls, comments, bundler names), YAML anchors, aliases and tags.
      if (!assignment.quoted && /^[&*!]|[()[\]"'`]|\/\*|\/\/|__/.test(value)) continue;
      // In source code a literal is quoted: anything else is an expression, a name or a type.
      if (!assignment.quoted && context?.language === 'code') continue;
      // Interpolated templates (`f"...{x}..."`, `"%(x)s"`, `"#{x}"`): built at run time, not a literal.
      if (INTERPOLATION.test(value)) continue;
      if (sealed && /^Ag[A-D]/.test(value)) continue;
      // A base64 value (a Kubernetes Secret's `data:`) is judged by what it decodes to.
      const decoded = decodeBase64Text(value);
      if (decoded !== null) {
        if (isSecretValue(decoded)) matches.push({ start, end: start + value.length, secret: decoded, prefix: '', kind: `value of ${name}`, decodedFrom: ['base64'], ...limitedSeverity(name, decoded) });
        continue;
      }
      if (!isSecretValue(value)) continue;
      matches.push({ start, end: start + value.length, secret: value, prefix: '', kind: `value of ${name}`, ...limitedSeverity(name, value) });
    }
    return matches;
  },
};

/**
 * An access key id (`aws-access-key: AKIA…`, `accessKey`) or an upload-only token is reported at
 * low, as the structural rules report it (`limitedCredential`): otherwise the merge of findings
 * would keep this rule's medium for the same value.
 */
function limitedSeverity(name: string, value: string): Pick<DetectorMatch, 'severity'> {
  // `echo KEY | base64` ends the text with a line break, which decodeBase64Text does not take as text.
  const decoded = base64Text(value);
  return limitedCredential(name, value) || (decoded !== null && limitedCredential(name, decoded)) ? { severity: 'low' } : {};
}

/** Offsets of every `:` and `=` (any name may be secret-like when the user adds names). */
function* everySeparator(text: string): Generator<number> {
  for (const m of text.matchAll(SEPARATOR)) yield m.index;
}

/** Where the hints occur in `text` (what the prefilter reports as `trackedAt`, when it ran). */
function hintsIn(text: string): number[] {
  const hints = new RegExp(NAME_HINT.source, 'gi');
  const at: number[] = [];
  for (let m = hints.exec(text); m !== null; m = hints.exec(text)) at.push(m.index);
  return at;
}

/**
 * Offsets of the `:` / `=` that could follow a name holding a hint, found from the hints (at
 * `hintAt`, ascending) rather than from every separator: minified code and JSON have a separator
 * every few characters, names with a hint are rare. Mirrors how `readAssignment` walks back from
 * a separator (name characters, an optional closing quote, up to seven blanks), so it yields a
 * superset of the separators whose name holds a hint, each once; `readAssignment` then decides.
 */
export function* separatorsAfter(text: string, hintAt: readonly number[]): Generator<number> {
  let covered = -1;
  for (const hint of hintAt) {
    // Later hints in the same name lead to the same separator.
    if (hint < covered) continue;
    let at = hint;
    while (at < text.length && isNameChar(text.charCodeAt(at))) at++;
    covered = at;
    if (text[at] === '"' || text[at] === "'") at++;
    const blanksFrom = at;
    while (at < text.length && at - blanksFrom < 8 && (text[at] === ' ' || text[at] === '\t')) at++;
    if (text[at] === ':' || text[at] === '=') yield at;
  }
}

/**
 * `name: value`, `"name": "value"`, `NAME=value`, `name := "value"`, `name => 'value'`. Null when
 * the value is too short to be a secret (`isSecretValue` wants MIN_LENGTH characters, and a
 * decoded base64 value fewer still): most assignments are settled on offsets, before any slice.
 */
function readAssignment(text: string, sep: number, anyName: boolean): { name: string; start: number; value: string; quoted: boolean } | null {
  const op = text[sep]!;
  let after = sep + 1;
  if (op === '=') {
    const before = text[sep - 1];
    if (before === '=' || before === '!' || before === '<' || before === '>' || before === ':') return null;
    if (text[after] === '=') return null;
    if (text[after] === '>') after++;
  } else if (text[after] === '=') {
    after++;
  }
  // Name, walking back over spaces and a closing quote.
  let j = sep - 1;
  while (j >= 0 && j > sep - 8 && (text[j] === ' ' || text[j] === '\t')) j--;
  let quotedName = false;
  if (text[j] === '"' || text[j] === "'") {
    quotedName = true;
    j--;
  }
  const nameEnd = j + 1;
  while (j >= 0 && nameEnd - j <= 100 && isNameChar(text.charCodeAt(j))) j--;
  let nameStart = j + 1;
  while (nameStart < nameEnd && (text[nameStart] === '-' || text[nameStart] === '.')) nameStart++;
  // Most separators are not secret assignments: settle that on the name before reading a value.
  if (nameStart === nameEnd || !isNameStart(text.charCodeAt(nameStart))) return null;
  // YAML needs a space after `:`; JSON and code quote the name. Avoids URLs, times, `a:b` ids.
  if (op === ':' && after === sep + 1 && !quotedName && text[after] !== ' ' && text[after] !== '\t') return null;
  // Value, after spaces and an optional opening quote.
  let k = after;
  while (k < text.length && k < after + 8 && (text[k] === ' ' || text[k] === '\t')) k++;
  const quote = text[k];
  let start: number;
  let end: number;
  if (quote === '"' || quote === "'" || quote === '`') {
    start = k + 1;
    end = findClosingQuote(text, start, quote);
    if (end === -1) return null;
  } else {
    start = end = k;
    // An unquoted value ends at whitespace, punctuation, or an escape (`\n` in YAML held in a string).
    while (end < text.length && end - k <= MAX_LENGTH && !endsUnquotedValue(text, end)) end++;
  }
  if (end - start < MIN_LENGTH) return null;
  const name = text.slice(nameStart, nameEnd);
  if (!anyName && !NAME_HINT.test(name)) return null;
  return { name, start, value: text.slice(start, end), quoted: start !== k };
}

function isNameStart(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95;
}

/** Whitespace, `,;)}]`, or a backslash escape (`\n`, `\"`): where an unquoted value stops. */
function endsUnquotedValue(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c >= 128) return /\s/.test(text[i]!);
  if (c === 32 || (c >= 9 && c <= 13) || c === 44 || c === 59 || c === 41 || c === 125 || c === 93) return true;
  if (c !== 92) return false;
  const next = text.charCodeAt(i + 1);
  return next === 110 || next === 114 || next === 116 || next === 34 || next === 39;
}

function findClosingQuote(text: string, from: number, quote: string): number {
  for (let i = from; i < text.length && i - from <= MAX_LENGTH; i++) {
    const ch = text[i];
    if (ch === '\n') return -1;
    if (ch === '\\') i++;
    else if (ch === quote) return i;
  }
  return -1;
}

function isNameChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === 46 || c === 45;
}

/** `apiKey` and `api_key` alike: camelCase is split before the shared name check. */
function isSecretName(name: string, context?: DetectContext): boolean {
  const snake = name.replace(/([a-z0-9])([A-Z])/g, '$1_$2');
  const normalized = snake.toUpperCase().replace(/[-.\s]/g, '_');
  if (NOT_A_VALUE_NAME.test(normalized) && !/(API|ACCESS|AUTH|PRIVATE|SECRET|CLIENT)_KEY$/.test(normalized)) return false;
  const options = { extra: context?.secretNames?.extra ?? [], ignore: context?.secretNames?.ignore ?? [] };
  return isSecretLikeName(snake, options) || isSecretLikeName(name, options);
}

/** Random-looking key material, not a word, identifier, path, reference or placeholder. */
export function isSecretValue(value: string): boolean {
  if (value.length < MIN_LENGTH || value.length > MAX_LENGTH) return false;
  if (/\s/.test(value)) return false;
  if (isReference(value) || isPlaceholder(value) || isPublicIdentifier(value)) return false;
  if (value.includes('://') || /^[~.]?\.?\//.test(value) || /^[A-Za-z]:\\/.test(value)) return false;
  // Dotted or slashed identifiers: paths, hosts, package and module names, emails.
  if (/^[A-Za-z0-9_-]+([./@][A-Za-z0-9_-]+)+$/.test(value) && !(/[0-9]/.test(value) && /[A-Za-z]/.test(value))) return false;
  if (/^[a-z]+([-_.][a-z0-9]+)*$/.test(value) || /^[A-Z][A-Z0-9_]*$/.test(value) || /^[a-z]+([A-Z][a-z0-9]+)+$/.test(value)) return false;
  if (/^[0-9.:_-]+$/.test(value)) return false;
  // Words joined by separators (`more-custom-CAs`, `Release_Signing_Key`): names, not keys.
  if (/^[A-Za-z]+([-_.][A-Za-z]+)*$/.test(value) && value.length < 32) return false;
  if (characterClasses(value) < 2 || shannonEntropy(value) < MIN_ENTROPY) return false;
  return true;
}

/** Printable text when `value` is padded-or-exact base64 of it, else null. */
function decodeBase64Text(value: string): string | null {
  if (value.length < 8 || value.length % 4 !== 0 || !/^[A-Za-z0-9+/]+={0,2}$/.test(value)) return null;
  const text = Buffer.from(value, 'base64').toString('utf8');
  // Random bytes are almost never all printable, so a printable result was text before encoding.
  return /^[\x20-\x7e]+$/.test(text) ? text : null;
}
