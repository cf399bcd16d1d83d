/**
 * The one place a secret is shortened for display: the provider prefix (when the detector names
 * one) plus at most four more characters, and the length. At most a quarter of the secret is
 * ever shown, and nothing of a secret shorter than MIN_SHOWN_LENGTH characters.
 */
export const MIN_SHOWN_LENGTH = 8;
const MAX_TAIL = 4;

export function redact(secret: string, prefix = ''): string {
  const chars = [...secret];
  const length = chars.length;
  const budget = length < MIN_SHOWN_LENGTH ? 0 : Math.floor(length / 4);
  const prefixLength = [...prefix].length;
  const keptPrefix = prefix !== '' && secret.startsWith(prefix) && prefixLength <= budget ? prefixLength : 0;
  const shown = chars.slice(0, Math.min(budget, keptPrefix + MAX_TAIL)).join('');
  return `${shown}… (${length} chars)`;
}

/**
 * Values this short, and values made of letters only (a weak password that is a word: `postgres`),
 * are masked only as whole tokens: as substrings they would hit ordinary words (`postgresql`).
 */
const WHOLE_TOKEN_BELOW = MIN_SHOWN_LENGTH;
/** Shorter values are not masked in free text at all (no detector reports them as secrets). */
const MIN_MASKED_LENGTH = 4;

export interface MaskedValue {
  value: string;
  prefix?: string;
}

/** Values longer than this (a PEM key, a megabyte of encoded text) are found with indexOf, not in a regex. */
const LONG_VALUE = 256;
/** Regexes are built from at most this many pattern characters each (V8 rejects a huge one). */
const PATTERN_BUDGET = 64 * 1024;

/** Each distinct value long enough to mask, with its redacted form; the values longest first. */
function redactionTable(values: Iterable<MaskedValue>): { redacted: Map<string, string>; ordered: string[] } {
  const redacted = new Map<string, string>();
  for (const { value, prefix } of values) {
    if ([...value].length < MIN_MASKED_LENGTH || redacted.has(value)) continue;
    redacted.set(value, redact(value, prefix));
  }
  const ordered = [...redacted.keys()].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  return { redacted, ordered };
}

/**
 * A function that replaces every occurrence of every given value in a text by its redacted form.
 * Longer values go first, so where two overlap the longer one is masked whole; a redacted form
 * holds at most a quarter of its secret, so a later value can only match inside it by accident,
 * and then masks more, never less.
 */
export function secretMasker(values: Iterable<MaskedValue>): (text: string) => string {
  const { redacted, ordered } = redactionTable(values);
  if (redacted.size === 0) return (text) => text;
  const long = ordered.filter((value) => value.length > LONG_VALUE);
  const patterns = regexesFor(ordered.filter((value) => value.length <= LONG_VALUE));
  // Reports repeat the same messages and remediation many times: each distinct text is masked once.
  const done = new Map<string, string>();
  return (text) => {
    if (text === '') return text;
    let masked = done.get(text);
    if (masked === undefined) {
      masked = text;
      for (const value of long) if (masked.includes(value)) masked = masked.split(value).join(redacted.get(value)!);
      for (const pattern of patterns) masked = masked.replace(pattern, (match) => redacted.get(match) ?? match);
      done.set(text, masked);
    }
    return masked;
  };
}

function regexesFor(values: readonly string[]): RegExp[] {
  const regexes: RegExp[] = [];
  let group: string[] = [];
  let size = 0;
  const flush = () => {
    if (group.length > 0) regexes.push(new RegExp(group.join('|'), 'gu'));
    group = [];
    size = 0;
  };
  for (const value of values) {
    const escaped = value.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
    const alternative = [...value].length < WHOLE_TOKEN_BELOW || /^\p{L}+$/u.test(value) ? `(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])` : escaped;
    if (size + alternative.length > PATTERN_BUDGET) flush();
    group.push(alternative);
    size += alternative.length + 1;
  }
  flush();
  return regexes;
}

/**
 * The masker for fields that locate a finding (its file, its YAML path). A value made of letters
 * only (a weak password that is an ordinary word: `postgres`) is not masked there at all: the
 * folder `k8s/postgres/` or the file `postgres-deployment.yaml` names a place in the repository,
 * not the secret, and annotations, SARIF locations and baselines need a path that exists. Any
 * other value (a key: digits, symbols, mixed) is masked wherever it appears, as in free text.
 */
export function pathMasker(values: Iterable<MaskedValue>): (path: string) => string {
  const { redacted, ordered } = redactionTable(values);
  const masking = ordered.filter((value) => !/^[A-Za-z]+$/.test(value));
  if (masking.length === 0) return (path) => path;
  const done = new Map<string, string>();
  return (path) => {
    if (path === '') return path;
    let masked = done.get(path);
    if (masked !== undefined) return masked;
    masked = path;
    for (const value of masking) if (masked.includes(value)) masked = masked.split(value).join(redacted.get(value)!);
    done.set(path, masked);
    return masked;
  };
}
