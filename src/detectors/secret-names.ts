/**
 * The one shared notion of a secret-like variable name, used by every structural rule.
 * Case-insensitive; `-`, `.`, spaces and camelCase humps are treated alike
 * (`api-key`, `api.key`, `apiKey`, `API_KEY`).
 */
import { wildcardMatch } from '../core/wildcard.js';
import { MASK_RUN } from './placeholders.js';

/**
 * `{{ … }}` anywhere (lines included). `/\{\{.*\}\}/s` would rescan to the end from every `{{`
 * (quadratic in a hostile value): the first `{{` and a later `}}` decide it in one pass.
 */
export function hasTemplateBraces(v: string): boolean {
  const open = v.indexOf('{{');
  return open !== -1 && v.indexOf('}}', open + 2) !== -1;
}

/** `#{…}` with something inside, as `/#\{[^}]+\}/` finds it, in one pass. */
export function hasHashInterpolation(v: string): boolean {
  for (let open = v.indexOf('#{'); open !== -1; open = v.indexOf('#{', open + 1)) {
    const close = v.indexOf('}', open + 2);
    if (close === -1) return false;
    if (close > open + 2) return true;
  }
  return false;
}

const TEMPLATE = { test: hasTemplateBraces };
const HASH_INTERPOLATION = { test: hasHashInterpolation };

const SECRET_LIKE = [
  /API_?KEY$/,
  /API_?KEYS$/,
  /TOKEN$/,
  /SECRET/,
  /PASSWORD$/,
  /PASSWD$/,
  /(^|_)PASS$/,
  /(^|_)PWD$/,
  /PASSPHRASE$/,
  /CREDENTIAL/,
  /PRIVATE_?KEY$/,
  /ACCESS_?KEY/,
  /AUTH_?KEY$/,
  /^OPENAI_.*KEY$/,
  /CLIENT_?SECRET/,
  /SIGNING_?KEY$/,
  /ENCRYPTION_?KEY$/,
  /WEBHOOK_?URL$/,
  /^(PAT|GH_PAT|NPM_AUTH|AUTHORIZATION)$/,
];

/**
 * Names that hold references to secrets, or metadata about them, rather than secret values.
 * (`WEBHOOK_URL` above is checked first: a webhook URL embeds its secret.)
 */
const NOT_SECRET = [
  /_PATH$/, /_FILE$/, /_FILES$/, /_DIR$/, /_URL$/, /_URI$/, /_NAME$/, /_NAMES$/, /_ID$/, /_IDS$/, /_ARN$/, /_REF$/,
  /_ENABLED$/, /_DISABLED$/, /_EXPIRY$/, /_EXPIRES(_AT)?$/, /_EXPIRATION$/, /_TTL$/, /_LENGTH$/, /_TYPE$/, /_HEADER$/,
  /_VERSION$/, /_PREFIX$/, /_ENV$/, /_FORMAT$/, /_REGION$/, /_HOST$/, /_PORT$/, /_COUNT$/, /_SIZE$/, /_MODE$/, /_KIND$/,
  /^(USE|ENABLE|DISABLE|HAS|IS|SKIP|REQUIRE|WITH)_/,
  // Where a secret lives, not the secret: `SECRET_STORE: vault`, `clientSecretFrom: vault`.
  /_STORE$/, /_FROM$/, /_BACKEND$/, /_MANAGER$/, /_PROVIDER$/,
];

/** Exceptions to the exclusions: names ending in a metadata suffix that do hold secrets. */
const SECRET_DESPITE_SUFFIX = [/ACCESS_KEY_ID$/, /WEBHOOK_?URL$/];

export interface SecretNameOptions {
  extra?: readonly string[];
  ignore?: readonly string[];
}

/** `apiKey` -> `API_KEY`, `api-key` -> `API_KEY`, `openai.apiKey` -> `OPENAI_API_KEY`. */
export function normalizeName(name: string): string {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/([A-Z])(?=[A-Z][a-z])/g, '$1_') // a lookahead: `([A-Z]+)([A-Z][a-z])` rescans long capital runs
    .toUpperCase()
    .replace(/[-.\s]/g, '_');
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

/** Settings and identifiers by name: a flag, a location, an account, or an id that names an account or key. */
const SETTING_NAME = [
  /_(ENABLED|DISABLED|URL|URI|HOST|HOSTNAME|ENDPOINT|REGION|ZONE|PORT|DOMAIN|BUCKET|ORG|ORGANIZATION|PROJECT|REPOSITORY|REPO|CLUSTER|NAMESPACE|USER|USERNAME|LOGIN|EMAIL|NAME|ID|IDS|ARN|PATH|DIR|VERSION|MODE|TYPE|ENVIRONMENT)$/,
  /^(USE|ENABLE|DISABLE|IS|HAS|SKIP|RUN)_/,
  /^(URL|HOST|HOSTNAME|PORT|ENDPOINT|REGION|USER|USERNAME|EMAIL)$/,
];

/** URLs that carry their credential: webhooks, database and broker connection strings, DSNs. */
const CREDENTIAL_URL_NAME = /(WEBHOOK_?URL|(DATABASE|(^|_)DB|POSTGRES|MYSQL|MONGO(DB)?|REDIS|AMQP|RABBITMQ|CONNECTION)_?(URL|URI)$|_DSN$)/;

/**
 * True when a stored secret's name says it holds configuration, not a credential: a flag
 * (`*_ENABLED`), a location (`*_HOST`, `*_PORT`, `*_URL`, `*_REGION`), an account (`*_USER`,
 * `*_USERNAME`, `*_EMAIL`, `*_NAME`) or an identifier (`*_ID`: `AZURE_CLIENT_ID`,
 * `AWS_ACCESS_KEY_ID`). Webhook and database URLs and DSNs embed their credential: not settings.
 * Teams keep such values in the secret store too; using them is not handling a credential.
 */
export function isSettingName(name: string): boolean {
  const normalized = normalizeName(name);
  if (CREDENTIAL_URL_NAME.test(normalized)) return false;
  return SETTING_NAME.some((re) => re.test(normalized));
}

/**
 * Every name `isSecretLikeName` accepts without user-added names holds one of these words in its
 * raw spelling, in any case (`apiKey`, `api-key`, `GH_PAT`, `ghPat`); a property test holds the
 * two together. `pat` not followed by a letter, so that `path` does not count.
 */
const SECRET_NAME_WORD = /key|token|secret|pass|pwd|credential|auth|webhook|pat(?![a-z])/i;
/** YAML and JSON escapes that can spell a letter (`"\x73ecret"`) or join two lines of a word. */
const LETTER_ESCAPE = /\\[xuU\r\n]/;

/**
 * False only when no name written in `text` can be secret-like: then a structural rule that
 * reports only secret-like names (or Secrets) has nothing to report, and the file need not be
 * parsed. Always true when the user added names, which may be any word.
 */
export function mayHoldSecretNames(text: string, options: SecretNameOptions = {}): boolean {
  if ((options.extra?.length ?? 0) > 0) return true;
  if (SECRET_NAME_WORD.test(text) || LETTER_ESCAPE.test(text)) return true;
  // `normalizeName` upper-cases with Unicode's rules, where `paß` becomes `PASS` and `ſecret`
  // `SECRET`: non-ASCII text is checked in that spelling too.
  return NON_ASCII.test(text) && SECRET_NAME_WORD.test(text.toUpperCase());
}

const NON_ASCII = /[^\x00-\x7f]/;

/** `*` wildcards over normalized names, as users write them in the config (`*_SIGNING_KEY`). */
function globMatch(pattern: string, normalized: string): boolean {
  // Not a regular expression: both sides come from the scanned repository (src/core/wildcard.ts).
  return wildcardMatch(normalizeName(pattern), normalized);
}

const DUMMY_WORDS = new Set([
  '', 'test', 'tests', 'testing', 'dummy', 'fake', 'mock', 'sk-test', 'changeme', 'example', 'sample', 'xxx', 'none', 'null', 'nil',
  'secret', 'password', 'foo', 'bar', 'baz', 'todo', 'placeholder', 'redacted', 'true', 'false', 'yes', 'no', 'on', 'off', '~',
]);

/** Values typical of test jobs that are not findings even under a secret-like name. */
export function isDummyValue(value: string): boolean {
  const v = value.trim().toLowerCase();
  if (DUMMY_WORDS.has(v)) return true;
  // `test-token`, `dummy_key`, `fake-openai-key`, `sk-test-123`, `my-test-secret`.
  if (/^(sk[-_])?(test|dummy|fake|mock|sample|example|stub)([-_.][a-z0-9_.-]*)?$/.test(v)) return true;
  if (/^[a-z0-9]+([-_](test|dummy|fake|mock|sample|example))+([-_][a-z0-9]+)*$/.test(v) && v.length <= 40) return true;
  if (/not[-_ ]?a[-_ ]?(real[-_ ]?)?(secret|password|token|key)/.test(v)) return true;
  // `xxxx`, `****`, `0000`, `<your-key>`, `your-api-key-here`, `sk-proj-...`.
  if (/^(.)\1+$/.test(v)) return true;
  if (/^<[^<>]*>$/.test(v) || /^your[-_ ]/.test(v) || /[-_ ]here$/.test(v) || /(\.\.\.|…)/.test(v)) return true;
  return false;
}

/**
 * True when a value is resolved at run time rather than written: `$VAR`, `${VAR}`, `$(cmd)`,
 * `${{ expr }}`, `{{ .Values.x }}`, `%VAR%`, SOPS `ENC[…]`.
 */
export function isReferenceValue(value: string): boolean {
  const v = value.trim();
  return /\$[A-Za-z_{(]/.test(v) || TEMPLATE.test(v) || /%[A-Za-z_][A-Za-z0-9_]*%/.test(v) || /^ENC\[[A-Z0-9_]+,/.test(v);
}

/**
 * Any value written in the file rather than resolved at run time (and not a dummy): for places
 * that only ever hold a real account's credential, such as registry `credentials.password`,
 * where even `pass` is a real (weak) password.
 */
export function isWrittenValue(value: string): boolean {
  const v = value.trim();
  return v.length >= 3 && !isDummyValue(v) && !isReferenceValue(v);
}

/**
 * A literal value worth reporting under a secret-like name: not empty or too short, not a dummy
 * test value, not a reference resolved at run time, not a placeholder, a boolean, a number, a
 * path or a file name, and not one character repeated. The one notion every structural rule uses.
 */
export function isLiteralSecretValue(value: string): boolean {
  const v = value.trim();
  if (v.length < 3 || isDummyValue(v) || isReferenceValue(v)) return false;
  if (LITERAL_REFERENCE.some((re) => re.test(v))) return false;
  if (LITERAL_PLACEHOLDER.some((re) => re.test(v))) return false;
  if (/^(true|false|yes|no|on|off|y|n)$/i.test(v) || /^-?\d+(\.\d+)?$/.test(v)) return false;
  return new Set(v).size > 1;
}

/** `$VAR`, `${VAR}`, `$(cmd)`, `${{ }}`, `{{ }}`, `%VAR%`, `#{var}`, SOPS, vals/Vault refs, paths. */
const LITERAL_REFERENCE = [
  /\$[A-Za-z_{(]/,
  TEMPLATE,
  /%[A-Za-z_][A-Za-z0-9_]*%/,
  HASH_INTERPOLATION,
  /^ENC\[[A-Z0-9_]+,/,
  /^ref\+[a-z0-9]+:\/\//,
  /^(vault|secret|secretsmanager|awssecretsmanager|gcpsm|azurekeyvault|op):(\/\/)?[\w/.-]+(#.*)?$/i,
  /^\/[\w.@/-]+$/,
  /^(\.{1,2}\/|~\/)[\w.@/-]*$/,
  // The name of a variable, not its value: `server-password: MAVEN_PASSWORD` (setup-java reads
  // that env variable), `exclude-secrets: DEPLOY_KEY`, `GOOGLE_API_KEY_VAL` (replaced by a script).
  /^[A-Z][A-Z0-9]*(_[A-Z][A-Z0-9]*)+$/,
  // Lines mapping env names to secret-store paths: `OPENAI_API_KEY=openai:api-key` (a vault path
  // and the field read from it), as grafana/shared-workflows' get-vault-secrets takes them.
  /^(\s*[A-Za-z_][\w-]*\s*=\s*[a-z0-9][\w./-]*:[a-z][a-z0-9_.-]*\s*(\n|$))+$/,
];

/** Values that only stand in for a real secret. */
const LITERAL_PLACEHOLDER = [
  /^<[^<>]*>$/,
  // Masked or templated bodies behind a real prefix: `r8_******`, `SG.xxxxx.yyyyy`, `xoxb-your-bot-token`.
  /\*{3,}/,
  MASK_RUN,
  /(^|[-_.])your([-_.]|$)/i,
  /^\[[^[\]]*\]$/,
  /^(x+|\*+|\.+|-+|#+|0+|1234(5678?)?|123456789?)$/i,
  /(\.\.\.|…)/,
  /^your/i,
  // A file name is the key of a Secret entry or a mounted file, not its content.
  /^[\w.-]+\.(json|ya?ml|pem|key|crt|cert|txt|conf|cfg|ini|properties|env|p12|pfx|jks|keystore|truststore)$/i,
  /^[a-z0-9-]+-(secret|secrets|credentials|creds)$/,
  /^-----BEGIN [A-Z ]+-----\s*-----END [A-Z ]+-----\s*$/,
  /[-_ ]here$/i,
  // Padded to a required length: `CHANGEME00000000`, `changeme123`.
  /^(change|replace)[-_ ]?me[-_.]?\d+$/i,
  // Values that say they do not work: `invalid_key_but_this_is_fine`, `not-set`, `unset`.
  /(^|[-_.])invalid([-_.]|$)/i,
  /^(not[-_ ]?set|unset|not[-_ ]?used|unused)$/i,
  /^(token|api[-_]?key|key|access[-_]?key|auth[-_]?token)$/i,
  /^(change[-_ ]?me|change[-_ ]?it|replace[-_ ]?me|redacted|placeholder|tbd|undefined|n\/a|~|nil|empty|default|insert[-_ ].*|put[-_ ].*|set[-_ ]?me|secret[-_]?(value|key|token)?|password[0-9]*|passw0rd|pass|admin|root|user|guest|demo)$/i,
  /^(test|testing|dummy|fake|mock|sample|example|stub|local|dev)([-_.]|$)/i,
  /[-_.](test|dummy|fake|mock|sample|example|stub)$/i,
  // Values that carry the instruction to replace them: `server-monitor-change-me`,
  // `supersecret_changeme`, `CHANGE_THIS_32_BYTE_KEY_IN_PROD`, `…-change-in-production`,
  // `replace-me-with-a-real-key`. A password that only contains the letters (`Changeme@2024`) is kept.
  /(^|[-_./\s])(change|replace)[-_.\s]?(me|this|it)([-_.\s]|$)/i,
  // Instructions in capitals or words: `REPLACE_WITH_A_SECURE_RANDOM_KEY_AT_LEAST_512_BITS`,
  // `insert-your-token`, `ENTER_THE_PASSWORD`, `generate-a-random-secret`.
  /^(replace|insert|enter|put|fill|paste|generate|set)[-_ ](with|in|your|the|a|an|me|here|random|real|own)([-_ ]|$)/i,
  // The same stand-in in other languages: `sua-chave-jwt-super-secreta` ("your JWT key"),
  // `tu_clave_secreta`, `votre-mot-de-passe`, `dein-passwort`.
  /^(sua|seu|tu|su|votre|ton|ta|dein|deine|ihr|ihre|il[-_ ]tuo|la[-_ ]tua)[-_ ].*(chave|clave|cl[eé]|schl[uü]ssel|senha|contrase[nñ]a|passe|passwort|segreto|secret|token|key|password)/i,
  /(^|[-_.\s])change[-_.\s]?(in|for|before)[-_.\s]?prod(uction)?([-_.\s]|$)/i,
];

/**
 * Words that only name a credential or stand in for one (`some-password`, `secret_pw`,
 * `another_pw`, `my-token`): a value made of these alone is a documentation default.
 */
const STAND_IN_WORDS = new Set([
  'some', 'another', 'any', 'other', 'my', 'the', 'a', 'new', 'default',
  'secret', 'secrets', 'password', 'passwd', 'pass', 'pw', 'pwd', 'token', 'key', 'api', 'apikey', 'value', 'credential', 'credentials',
]);

/**
 * A literal that is a real value but a weak one, which nobody generated: a counting run
 * (`abcd1234`, `sk-lf-1234567890` behind a short prefix) or stand-in words only
 * (`some-password`, `secret_pw`). Typical of test services and documented defaults: worth a
 * medium finding (it is known to every reader), not a high one. Call only on values
 * `isLiteralSecretValue` accepts.
 */
export function isWeakLiteral(value: string): boolean {
  const v = value.trim();
  const body = v.replace(/^[a-z]{1,4}([-_][a-z]{1,4})?[-_]/i, '');
  if (isCountingRun(body.replace(/[^A-Za-z0-9]/g, '')) || isCountingRun(v.replace(/[^A-Za-z0-9]/g, ''))) return true;
  const words = v.toLowerCase().split(/[-_. ]+/).filter(Boolean);
  return words.length > 0 && words.every((w) => STAND_IN_WORDS.has(w));
}

/** Why a weak literal is reported at medium, for messages. */
export const WEAK_NOTE = 'a counting run or stand-in words, known to every reader rather than issued';

/** `abcdefgh`, `12345678`, `abcd1234`: mostly steps of one (or repeats) between neighbours. */
function isCountingRun(part: string): boolean {
  if (part.length < 6) return false;
  let steps = 0;
  for (let i = 1; i < part.length; i++) {
    const d = part.charCodeAt(i) - part.charCodeAt(i - 1);
    if (d === 1 || d === 0) steps++;
  }
  return steps / (part.length - 1) > 0.7;
}

/**
 * Lower-case words only (`postgres`, `baserow`, `hello world`): in a CI file, the throwaway
 * password of a service container or test data rather than a credential anyone issued.
 */
export function isLowercaseWords(value: string): boolean {
  return /^[a-z]+([-_ ][a-z]+)*$/.test(value.trim());
}

/**
 * Stand-in words led by a possessive or an article (`my-password`, `your_token`, `some-secret`,
 * `the-api-key`): how documentation writes "put your value here", not a value anyone uses.
 */
export function isStandInPlaceholder(value: string): boolean {
  const words = value.trim().toLowerCase().split(/[-_. ]+/).filter(Boolean);
  return words.length > 1 && ['my', 'your', 'some', 'the', 'a', 'any'].includes(words[0]!) && words.every((w) => STAND_IN_WORDS.has(w) || w === 'your' || w === 'username' || w === 'user');
}

/**
 * A comment that announces the value beside it as a placeholder to replace ("replace with your
 * key", "change me", "put your token here"): the value is a sample, not a credential anyone uses.
 */
const PLACEHOLDER_COMMENT =
  /#.*\b(replace (it |this |them )?(with|by) (your|a|the|real)|change[- _]?(me|it|this)\b|replace[- _]?me\b|(put|insert|enter|add|set) your\b|your [\w -]*here\b|placeholder|dummy value|example value|sample value|not a real)/i;

export function commentAnnouncesPlaceholder(lines: readonly string[]): boolean {
  return lines.some((line) => PLACEHOLDER_COMMENT.test(line));
}

/** Password variables that official database and queue images read, with the images that read them. */
const SERVICE_PASSWORD_VARIABLES: readonly [RegExp, RegExp][] = [
  [/^POSTGRES(QL)?_(PASSWORD|POSTGRES_PASSWORD)$/, /postgres|postgis|timescale|pgvector|cockroach/],
  [/^MYSQL_(ROOT_)?PASSWORD$/, /mysql|mariadb|percona/],
  [/^MARIADB_(ROOT_)?PASSWORD$/, /mariadb/],
  [/^MONGO(_INITDB)?_ROOT_PASSWORD$/, /mongo/],
  [/^REDIS_PASSWORD$/, /redis|valkey/],
  [/^RABBITMQ_DEFAULT_PASS$/, /rabbitmq/],
  [/^(MSSQL_)?SA_PASSWORD$/, /mssql|sql-?server/],
  [/^ELASTIC_PASSWORD$/, /elastic|opensearch/],
  [/^MINIO_(ROOT_PASSWORD|SECRET_KEY)$/, /minio/],
  [/^CLICKHOUSE_PASSWORD$/, /clickhouse/],
  [/^(KEYCLOAK_ADMIN_PASSWORD|KC_BOOTSTRAP_ADMIN_PASSWORD)$/, /keycloak/],
];

/**
 * True when `name` is the password variable of one of the service containers (`images`) of a CI
 * job (`POSTGRES_PASSWORD` beside a `postgres:16` service): a throwaway service-container password.
 */
export function isServiceContainerPassword(name: string, images: readonly string[]): boolean {
  const n = normalizeName(name);
  return SERVICE_PASSWORD_VARIABLES.some(([variable, image]) => variable.test(n) && images.some((i) => image.test(i.toLowerCase())));
}

/** The message of the throwaway service-container password policy (same words on every CI platform). */
export const SERVICE_PASSWORD_NOTE =
  'This is a throwaway service-container password: it configures a service container that only this job reaches and that is discarded with it, so it is reported at low. Use a real secret store for anything that outlives the job.';

/**
 * Credentials that grant little alone: an access key id (`AWS_ACCESS_KEY_ID`, `AKIA…`) is an
 * identifier whose secret half is what signs requests; an upload-only token (`CODECOV_TOKEN`)
 * can only add reports. Null for everything else.
 */
export function limitedCredential(name: string, value: string): { kind: 'key-id' | 'upload-only'; note: string } | null {
  const n = normalizeName(name).replace(/_+/g, '_');
  if (/ACCESS_KEY_ID$/.test(n) || /^(AKIA|ASIA)[A-Z0-9]{16}$/.test(value.trim()) || isAccessKeyIdHalf(n, value.trim())) {
    return { kind: 'key-id', note: 'An access key id is an identifier, not the credential: the secret access key that goes with it signs requests, so this is reported at low. Keep the pair together in the secret store all the same.' };
  }
  if (/^CODECOV(_UPLOAD)?_TOKEN$/.test(n)) {
    return { kind: 'upload-only', note: 'A Codecov upload token can only upload coverage reports for this repository (no read access to code or secrets), so it is reported at low. Keep it in the secret store all the same (or use Codecov\'s tokenless or OIDC upload).' };
  }
  return null;
}

/**
 * `accessKey`, `access_key`, `aws-access-key`, `minio.accessKey`: the id half of an access key
 * pair (MinIO's and S3-compatible stores' user name), not `secretKey`/`secret_access_key`. Only
 * when the value has the id's shape (short, or upper-case letters and digits like `AKIA…`): a
 * long mixed value under such a name is treated as the secret it looks like.
 */
function isAccessKeyIdHalf(normalized: string, value: string): boolean {
  if (!/(^|_)ACCESS_?KEY$/.test(normalized) || /SECRET/.test(normalized)) return false;
  return /^[A-Za-z0-9._@-]{1,24}$/.test(value) || /^[A-Z0-9]{16,32}$/.test(value);
}
