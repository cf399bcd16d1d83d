/**
 * Values that have a credential's place but are not credentials: documentation placeholders,
 * references to a secret store or variable, and well-known non-secret identifiers.
 */
import { isSequential } from './entropy.js';

/** Words that mark documentation and test values, matched anywhere, case-insensitively. */
const PLACEHOLDER_WORDS =
  /your|here|example|placeholder|redacted|changeme|change_me|replace|dummy|fake|sample|test|\*\*\*|insert|mock|lorem|passw(or)?d|username/i;

/**
 * Masking written over a key: `xxxx` or `yyyy` at an end or beside a separator (`SG.xxxxx.yyyyy`,
 * `sk-xxxx1234`), or a longer run in one case (`sk-proj-XXXXXXXX…`). Not `xXxX` anywhere: a
 * random mixed-case body spells that in about one key in a thousand, a real key missed.
 */
export const MASK_RUN = /(^|[^A-Za-z0-9])(x{4,}|X{4,}|y{4,}|Y{4,})|(x{4,}|X{4,}|y{4,}|Y{4,})($|[^A-Za-z0-9])|x{6,}|X{6,}|y{6,}|Y{6,}/;

/**
 * The placeholder words as people write them, in one case each (`your`, `YOUR`, `Your`): a random
 * mixed-case body spells `mOcK` or `HERe` at an end in about one key in 50,000 (`ghp_`, `glpat-`,
 * `sk-ant-`), and such a key is real.
 */
const ONE_CASE_WORDS = ['your', 'here', 'example', 'placeholder', 'redacted', 'changeme', 'change_me', 'replace', 'dummy', 'fake', 'sample', 'test', 'insert', 'mock', 'lorem', 'password', 'passwd', 'username']
  .flatMap((w) => [w, w.toUpperCase(), w[0]!.toUpperCase() + w.slice(1)])
  .join('|');

/** A placeholder word at an end of the body or beside a separator. */
const BOUNDED_WORD = new RegExp(`(^|[-_.])(${ONE_CASE_WORDS}|\\*\\*\\*)|(${ONE_CASE_WORDS}|\\*\\*\\*)([-_.]|$)`);

/** A real prefix followed by an ellipsis, an angle-bracketed hint, or masking characters. */
const PLACEHOLDER_SHAPES = [/\.\.\./, /…/, /^<.*>$/, /^\[.*\]$/, /^\(.*\)$/, /^x+$/i, /^\*+$/, /^#+$/, /^0+$/, /EXAMPLE$/];

/** True for documentation and masked values: `your-key-here`, `<api-key>`, `sk-proj-...`, `xxx`. */
export function isPlaceholder(value: string): boolean {
  if (PLACEHOLDER_SHAPES.some((re) => re.test(value))) return true;
  if (PLACEHOLDER_WORDS.test(value) || MASK_RUN.test(value)) return true;
  // Leetspeak spellings of the same words (`p@ssw0rd`, `s3cr3t`) are documentation favourites.
  if (/passw(or)?d|secret|admin/.test(value.toLowerCase().replace(/[@4]/g, 'a').replace(/0/g, 'o').replace(/3/g, 'e').replace(/[$5]/g, 's').replace(/[1!]/g, 'i'))) return true;
  if (/^(.)\1+$/.test(value)) return true;
  // A provider prefix and a camelCase word: `sk-ant-oat01-tooShort`, `xoxb-myBotToken`.
  if (/^([a-z0-9]{1,6}[-_])+[a-z]{2,10}([A-Z][a-z]{1,10}){1,3}$/.test(value)) return true;
  return isSequential(value.replace(/[^A-Za-z0-9]/g, ''));
}

/**
 * The placeholder test for the body of a prefixed key (`ghp_…`, `sk-ant-…`), where random
 * characters can spell `test` or `fake` by chance: a word counts only at the body's start or end,
 * between separators, or in an all-lower-case body.
 */
export function isPlaceholderBody(body: string): boolean {
  if (PLACEHOLDER_SHAPES.some((re) => re.test(body)) || MASK_RUN.test(body) || /\*\*\*|\.\.\.|EXAMPLE/i.test(body)) return true;
  if (/^(.)\1+$/.test(body) || isSequential(body.replace(/[^A-Za-z0-9]/g, ''))) return true;
  if (!/[A-Z]/.test(body) && PLACEHOLDER_WORDS.test(body)) return true;
  return BOUNDED_WORD.test(body);
}

/**
 * References resolved elsewhere: `${{ secrets.X }}`, `$VAR`, `${VAR}`, `{{ .Values.x }}`,
 * `%VAR%`, `$(cmd)`, `#{var}`, SOPS `ENC[…]`, vault and secret-manager URIs.
 */
export function isReference(value: string): boolean {
  return (
    /\$\{\{|\{\{|\}\}|\$\{|\$\(|^\$[A-Za-z_]|%[A-Za-z_][A-Za-z0-9_]*%|#\{|^ENC\[|^vault:|^ref\+|^secretsmanager:|^arn:aws:|^projects\/[^/]+\/secrets\//.test(value) ||
    /^<%.*%>$/.test(value)
  );
}

/** Hashes and ids that are public by design: integrity hashes, digests, git SHAs, UUIDs. */
export function isPublicIdentifier(value: string): boolean {
  return (
    /^sha(1|256|384|512)[-:]/i.test(value) ||
    // Password hashes (bcrypt, crypt, argon2, htpasswd SHA) are stored verifiers, not secrets.
    /\$2[aby]?\$\d\d\$|(^|:)\$(1|5|6|apr1|argon2id?|argon2i|scrypt)\$|\{SHA\}/.test(value) ||
    /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value) ||
    isOpenAiIdentifier(value)
  );
}

/** OpenAI organization and project ids: sent in headers, context only, never secrets. */
export function isOpenAiIdentifier(value: string): boolean {
  return /^org-[A-Za-z0-9]{24}$/.test(value) || /^proj_[A-Za-z0-9]{24}$/.test(value);
}
