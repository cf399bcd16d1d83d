/**
 * The one shared notion of a secret-like variable name, used by every structural rule.
 * Case-insensitive; `-`, `.` and `_` are treated alike (`api-key`, `api.key`, `API_KEY`).
 */
const SECRET_LIKE = [
  /API_?KEY$/,
  /TOKEN$/,
  /SECRET/,
  /PASSWORD$/,
  /PASSWD$/,
  /PASSPHRASE$/,
  /CREDENTIAL/,
  /PRIVATE_?KEY$/,
  /ACCESS_?KEY/,
  /AUTH_?KEY$/,
  /^OPENAI_.*KEY$/,
  /CLIENT_?SECRET/,
];

/** Names that hold references to secrets, or metadata about them, rather than secret values. */
const NOT_SECRET = [/_PATH$/, /_FILE$/, /_URL$/, /_URI$/, /_NAME$/, /_ID$/, /_ENABLED$/, /_EXPIRY$/, /_EXPIRES(_AT)?$/, /_TTL$/, /_LENGTH$/, /_TYPE$/, /_HEADER$/];

/** Exceptions to the exclusions: names ending in `_ID` that do hold secrets. */
const SECRET_DESPITE_SUFFIX = [/ACCESS_KEY_ID$/];

export interface SecretNameOptions {
  extra?: readonly string[];
  ignore?: readonly string[];
}

export function normalizeName(name: string): string {
  return name.toUpperCase().replace(/[-.\s]/g, '_');
}

/** True when a variable of this name is expected to hold a secret value. */
export function isSecretLikeName(name: string, options: SecretNameOptions = {}): boolean {
  const normalized = normalizeName(name);
  if (options.ignore?.some((n) => globMatch(n, normalized))) return false;
  if (options.extra?.some((n) => globMatch(n, normalized))) return true;
  if (SECRET_DESPITE_SUFFIX.some((re) => re.test(normalized))) return true;
  if (NOT_SECRET.some((re) => re.test(normalized))) return false;
  return SECRET_LIKE.some((re) => re.test(normalized));
}

/** `*` wildcards over normalized names, as users write them in the config (`*_SIGNING_KEY`). */
function globMatch(pattern: string, normalized: string): boolean {
  const source = normalizeName(pattern).split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*');
  return new RegExp(`^${source}$`).test(normalized);
}

/** Values typical of test jobs that are not findings even under a secret-like name. */
export function isDummyValue(value: string): boolean {
  const v = value.trim().toLowerCase();
  return v === '' || ['test', 'dummy', 'fake', 'sk-test', 'changeme', 'example', 'xxx', 'none', 'null', 'secret', 'password', 'foo', 'bar', 'todo'].includes(v);
}
