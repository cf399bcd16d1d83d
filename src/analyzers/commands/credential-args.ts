/**
 * Where a command line carries a credential: per tool, the option or word position that takes a
 * password or token (`curl -u user:PASS`, `docker login -p PASS`, `git clone https://u:PASS@…`).
 * Returns the value's place inside a word; whether the value is a literal is the rule's decision.
 */
import type { ShellCommand, ShellWord } from './shell-words.js';

export interface CredentialArg {
  word: ShellWord;
  /** The value is `word.text.slice(from, to)`. */
  from: number;
  to: number;
  /** How it is passed, for messages: `curl -u`, `docker login --password`. */
  form: string;
  /** The value is the base64 of `user:password` (HTTP Basic, npm `_auth`): judge the decoded password. */
  basic?: boolean;
}

/** Words a command line starts with before the command itself. */
const PREFIX_WORDS = new Set(['sudo', 'exec', 'command', 'time', 'nohup', 'then', 'do', 'else', 'elif', 'if', 'while', 'until', '!', '{', '}', '$', 'RUN', 'run']);
const ASSIGNMENT = /^[A-Za-z_][A-Za-z0-9_]*=/;
/** A copied shell prompt before the command: `$`, `sh-5.0$`, `user@host:~$`, `>`. */
const PROMPT = /^[\w.@~:/-]*[$>%]$/;
/** Environment variables the tools read their password from: `PGPASSWORD=… psql`. */
const PASSWORD_ENV = new Set(['PGPASSWORD', 'MYSQL_PWD', 'SSHPASS', 'REDISCLI_AUTH']);
const MYSQL = /^(mysql|mysqldump|mysqladmin|mysqlimport|mysqlshow|mysqlcheck|mysqlpump|mysql_upgrade|mysqlsh|mariadb|mariadb-dump|mariadb-admin|mariadb-upgrade)$/;
/** Tools that run another command in a container: `docker run … image mysql -pPASS`, `kubectl exec pod -- psql`. */
const CONTAINER_RUNNERS = new Set(['docker', 'podman', 'nerdctl', 'kubectl', 'oc']);
/** Commands looked for inside such a command line (database and HTTP clients). */
const INNER_TOOL = /^(psql|redis-cli|sshpass|curl|wget)$/;
const LOGIN_TOOLS = new Set(['docker', 'podman', 'buildah', 'skopeo', 'nerdctl', 'oras']);
/** Tools whose arguments take URLs that may carry `user:password@`. */
const URL_TOOLS = new Set(['git', 'curl', 'wget', 'pip', 'pip3', 'pipx', 'uv', 'poetry', 'pipenv', 'python', 'python3', 'npm', 'yarn', 'pnpm', 'helm', 'svn', 'hg', 'docker', 'redis-cli', 'psql', 'mongosh', 'mongo', 'mongodump', 'mongorestore', 'mongoexport', 'mongoimport']);
const MONGO = /^(mongosh|mongo|mongodump|mongorestore|mongoexport|mongoimport|mongofiles|mongostat|mongotop)$/;
/** Helm values whose last key names a credential (`db.password`, `auth.rootPassword`, `apiToken`). */
const HELM_SECRET_KEY = /(pass(word|wd)?|pwd|secret|token|api[-_]?key|access[-_]?key|secret[-_]?key|private[-_]?key|credentials?)$/i;
/** …but not the name of a Secret object or a field of one (`existingSecret`, `passwordSecretKeyRef`). */
const HELM_SECRET_REF = /^existing|(secret|key)(name|ref)$|secretkey(ref|name)$|(file|path|enabled|length|size)$/i;
const NPM_TOOLS = new Set(['npm', 'yarn', 'pnpm']);
/**
 * Headers whose value is a credential. Authorization-style ones carry a scheme first, or the bare
 * token (`Authorization: <uuid>`, `Authorization:<jwt>`).
 */
const AUTH_HEADER = /^\s*(proxy-authorization|authorization)\s*:\s*(?:(basic|bearer|token|bot|apikey|api-key|api-token|sso-key|key|jwt|otp)\s+)?(\S.*)$/i;
/** Token headers by name: `PRIVATE-TOKEN`, `X-API-Key`, `apikey`, `Api-Token`, `Token`, `X-Octopus-ApiKey`. */
const TOKEN_HEADER =
  /^\s*((?:x-(?:[a-z0-9]+-)*)?(?:private-token|api[-_]?key|api[-_]?token|auth[-_]?token|access[-_]?token|vault-token|circle-token|jfrog-art-api|gitlab-token|token|secret[-_]?key|client[-_]?secret))\s*:\s*(\S.*)$/i;
/** A bare Authorization value (no scheme) is a credential only when it reads as one token. */
const BARE_TOKEN = /^[\w~+/=.@-]{8,}$/;
const URL_USERINFO = /[a-z][a-z0-9+.-]*:\/\/([^/\s@:?#]*):([^/\s@?#]+)@/gi;
/** npm config keys and .npmrc settings that hold a credential. */
export const NPM_AUTH_KEY = /(?:^|:)(_authToken|_auth|_password|npmAuthToken|npmAuthIdent)$/;
const NPMRC_IN_WORD = /(?:^|[\s:])(_authToken|_auth|_password)=([^\s"'\\]+)/g;

/** The command's name and arguments, after assignments, `sudo`-like prefixes and Make's `@-+`. */
export function commandOf(command: ShellCommand): { name: string; args: ShellWord[]; assignments: ShellWord[] } | null {
  const words = command.words;
  const assignments: ShellWord[] = [];
  let k = 0;
  for (; k < words.length; k++) {
    const text = words[k]!.text;
    if (ASSIGNMENT.test(text)) assignments.push(words[k]!);
    else if (PREFIX_WORDS.has(text) || (k === 0 && PROMPT.test(text))) continue;
    else if (text === 'env' || (k > 0 && /^-/.test(text) && /^(sudo|env|RUN)$/.test(words[k - 1]!.text))) continue;
    else if (k > 0 && words[k - 1]!.text === 'RUN' && text.startsWith('--')) continue;
    else break;
  }
  if (k >= words.length) return assignments.length > 0 ? { name: '', args: [], assignments } : null;
  const raw = words[k]!.text.replace(/^[@+-]+/, '');
  const name = raw.slice(raw.lastIndexOf('/') + 1).replace(/\.exe$/i, '');
  return { name, args: words.slice(k + 1), assignments };
}

function isInnerTool(word: string): boolean {
  const base = word.slice(word.lastIndexOf('/') + 1);
  return MYSQL.test(base) || MONGO.test(base) || INNER_TOOL.test(base);
}

/** Every credential argument of one simple command. */
export function credentialArgs(command: ShellCommand): CredentialArg[] {
  const parsed = commandOf(command);
  if (!parsed) return [];
  const { name, args, assignments } = parsed;
  const out: CredentialArg[] = [];
  for (const a of assignments) {
    const eq = a.text.indexOf('=');
    if (PASSWORD_ENV.has(a.text.slice(0, eq)) && name !== '') out.push({ word: a, from: eq + 1, to: a.text.length, form: `${a.text.slice(0, eq)}=… ${name}` });
  }
  const sub = args.map((w) => w.text);
  /** The subcommands: arguments before the first option (`docker login`, `helm registry login`). */
  const firstOption = sub.findIndex((t) => t.startsWith('-'));
  const verbs = firstOption === -1 ? sub : sub.slice(0, firstOption);
  const label = LOGIN_TOOLS.has(name) || name === 'oc' ? `${name} login` : name === 'helm' && verbs[0] === 'registry' ? 'helm registry login' : name === 'helm' && verbs[0] === 'repo' ? 'helm repo' : name;
  const option = (shorts: string[], longs: string[], opts: { attached?: boolean; separate?: boolean } = {}) => optionValues(args, shorts, longs, label, opts);

  if (name === 'curl') {
    for (const v of option(['-u', '-U'], ['--user', '--proxy-user'])) pushUserPass(out, v);
    for (const v of option(['-H'], ['--header', '--proxy-header'])) pushHeader(out, v);
    for (const item of option([], ['--oauth2-bearer'])) out.push(item);
  } else if (name === 'wget') {
    for (const item of option([], ['--password', '--http-password', '--ftp-password', '--proxy-password'])) out.push(item);
    for (const v of option([], ['--header'])) pushHeader(out, v);
  } else if (LOGIN_TOOLS.has(name) && verbs[0] === 'login') {
    for (const item of option(['-p'], ['--password'], { attached: true })) out.push(item);
  } else if (name === 'helm') {
    for (const item of option(verbs[0] === 'registry' && verbs[1] === 'login' ? ['-p'] : [], ['--password'], { attached: true })) out.push(item);
    for (const v of option([], ['--set', '--set-string'])) pushHelmValues(out, v);
  } else if (name === 'redis-cli') {
    for (const item of option(['-a'], ['--pass', '--password'])) out.push(item);
  } else if (MONGO.test(name)) {
    // `-p` with nothing after it (or before a connection string) prompts for the password.
    for (const item of option(['-p'], ['--password'], { attached: false })) {
      const value = item.word.text.slice(item.from, item.to);
      if (!value.startsWith('-') && !value.includes('://')) out.push(item);
    }
  } else if (name === 'kubectl' || name === 'oc') {
    for (const item of option(name === 'oc' && verbs[0] === 'login' ? ['-p'] : [], ['--token', '--password'])) out.push(item);
  } else if (name === 'sshpass') {
    for (const item of option(['-p'], [], { attached: true })) out.push(item);
  } else if (MYSQL.test(name)) {
    // `-p` alone prompts and `-p NAME` names a database: only `-pVALUE` and `--password=VALUE` hold one.
    for (const item of option(['-p'], ['--password'], { attached: true, separate: false })) out.push(item);
  } else if (NPM_TOOLS.has(name) && sub[0] === 'config' || (NPM_TOOLS.has(name) && sub[0] === 'set')) {
    for (const item of npmConfigSet(args)) out.push(item);
  } else if (name === 'git') {
    for (const w of args) {
      const header = /(?:^|extraheader[= ]\s*)((?:proxy-)?authorization\s*:.*)$/i.exec(w.text);
      if (header) pushHeader(out, { word: w, from: header.index + header[0].length - header[1]!.length, to: w.text.length, form: 'git http.extraHeader' });
    }
  }
  if (CONTAINER_RUNNERS.has(name) && sub.slice(0, 2).some((t) => t === 'run' || t === 'exec')) {
    // The command the container runs: the first word after the image or pod that names a client.
    const inner = args.findIndex((w, i) => i > 0 && isInnerTool(w.text));
    if (inner !== -1) for (const item of credentialArgs({ words: args.slice(inner) })) out.push(item);
  } else if (URL_TOOLS.has(name)) for (const item of urlPasswords(args, name)) out.push(item);
  // `echo "//registry.npmjs.org/:_authToken=…" >> .npmrc` and the like, in any command.
  // All words: a here-document line `//registry/:_authToken=…` reads as a command of its own.
  for (const w of command.words) {
    if (!w.text.includes('_auth') && !w.text.includes('_password')) continue;
    for (const m of w.text.matchAll(NPMRC_IN_WORD)) {
      const to = m.index + m[0].length;
      const from = to - m[2]!.length;
      if (out.some((o) => o.word === w && o.from <= from && o.to >= to)) continue;
      out.push({ word: w, from, to, form: `npm ${m[1]}=`, ...(m[1] === '_auth' ? { basic: true } : {}) });
    }
  }
  return out;
}

/**
 * Values of an option: `-u V`, `-uV` (attached), `--user V`, `--user=V`, and a short option at the
 * end of a group (`-su V`). Stops at `--`.
 */
function optionValues(args: ShellWord[], shorts: string[], longs: string[], label: string, opts: { attached?: boolean; separate?: boolean }): CredentialArg[] {
  const out: CredentialArg[] = [];
  const separate = opts.separate ?? true;
  for (let i = 0; i < args.length; i++) {
    const w = args[i]!;
    const t = w.text;
    if (t === '--') break;
    const tool = label;
    const next = args[i + 1];
    for (const long of longs) {
      if (t === long && separate && next) out.push({ word: next, from: 0, to: next.text.length, form: `${tool} ${long}` });
      else if (t.startsWith(`${long}=`)) out.push({ word: w, from: long.length + 1, to: t.length, form: `${tool} ${long}` });
    }
    if (!/^-[A-Za-z]/.test(t) || t.startsWith('--')) continue;
    for (const short of shorts) {
      const letter = short[1]!;
      if (t === short || (separate && /^-[A-Za-z]+$/.test(t) && t.endsWith(letter) && label === 'curl')) {
        if (separate && next) out.push({ word: next, from: 0, to: next.text.length, form: `${tool} ${short}` });
      } else if (opts.attached && t.startsWith(short) && t.length > 2) {
        out.push({ word: w, from: 2, to: t.length, form: `${tool} ${short}` });
      } else if (label === 'curl' && t.startsWith(short) && t.length > 2) {
        out.push({ word: w, from: 2, to: t.length, form: `${tool} ${short}` });
      }
    }
  }
  return out;
}

/**
 * `user:password`: the part after the first colon. With an empty password the user part is the
 * credential when it reads as a key (`curl -u sk_live_…:`, `-u "d2LkV78zLx!t:"`: APIs that take the
 * key as the Basic user name), not a name or an address.
 */
function pushUserPass(out: CredentialArg[], v: CredentialArg): void {
  const colon = v.word.text.indexOf(':', v.from);
  if (colon === -1) return;
  if (colon < v.to - 1) {
    out.push({ ...v, from: colon + 1 });
    return;
  }
  const user = v.word.text.slice(v.from, colon);
  if (KEY_AS_USER.test(user) && /[0-9]/.test(user) && /[A-Za-z]/.test(user)) out.push({ ...v, to: colon });
}

const KEY_AS_USER = /^[^\s@:]{10,}$/;

function pushHeader(out: CredentialArg[], v: CredentialArg): void {
  // Trailing blanks trimmed first: the patterns then end in a greedy `(\S.*)$`, linear on any value.
  const value = v.word.text.slice(v.from, v.to).trimEnd();
  let auth = AUTH_HEADER.exec(value);
  // Without a scheme the value must be one token that is not itself a scheme (`Bearer` alone).
  if (auth && !auth[2] && (!BARE_TOKEN.test(auth[3]!) || !/[0-9]/.test(auth[3]!))) auth = null;
  const token = auth ? null : TOKEN_HEADER.exec(value);
  const credential = auth?.[3] ?? token?.[2];
  if (!credential) return;
  const from = v.from + value.lastIndexOf(credential);
  out.push({ word: v.word, from, to: from + credential.length, form: `${v.form} "${(auth?.[1] ?? token![1])!}:${auth?.[2] ? ` ${auth[2]}` : ''} …"`, ...(auth && /^basic$/i.test(auth[2] ?? '') ? { basic: true } : {}) });
}

/**
 * `helm … --set a.password=V,b.user=U` and `--set-string`: the values of keys that name a
 * credential. Commas separate pairs unless escaped (`\,`).
 */
function pushHelmValues(out: CredentialArg[], v: CredentialArg): void {
  const text = v.word.text;
  let start = v.from;
  for (let i = v.from; i <= v.to; i++) {
    if (i < v.to && (text[i] !== ',' || text[i - 1] === '\\')) continue;
    const pair = text.slice(start, i);
    const eq = pair.indexOf('=');
    if (eq > 0) {
      const key = pair.slice(0, eq);
      const last = key.slice(key.lastIndexOf('.') + 1).replace(/\[\d+\]$/, '');
      if (HELM_SECRET_KEY.test(last) && !HELM_SECRET_REF.test(last) && eq < pair.length - 1) {
        out.push({ word: v.word, from: start + eq + 1, to: i, form: `${v.form} ${key}=` });
      }
    }
    start = i + 1;
  }
}

/** `npm config set //registry/:_authToken=V` or `npm config set //registry/:_authToken V`. */
function npmConfigSet(args: ShellWord[]): CredentialArg[] {
  const set = args.findIndex((w) => w.text === 'set');
  if (set === -1) return [];
  const out: CredentialArg[] = [];
  for (let i = set + 1; i < args.length; i++) {
    const w = args[i]!;
    if (w.text.startsWith('-')) continue;
    const eq = w.text.indexOf('=');
    const key = eq === -1 ? w.text : w.text.slice(0, eq);
    const match = NPM_AUTH_KEY.exec(key);
    if (!match) continue;
    const basic = match[1] === '_auth' ? { basic: true } : {};
    if (eq !== -1) out.push({ word: w, from: eq + 1, to: w.text.length, form: `npm config set ${match[1]}`, ...basic });
    else if (args[i + 1]) out.push({ word: args[i + 1]!, from: 0, to: args[i + 1]!.text.length, form: `npm config set ${match[1]}`, ...basic });
  }
  return out;
}

/** The password of `scheme://user:password@host` in any argument. */
function urlPasswords(args: ShellWord[], tool: string): CredentialArg[] {
  const out: CredentialArg[] = [];
  for (const w of args) {
    if (!w.text.includes('://')) continue;
    for (const m of w.text.matchAll(URL_USERINFO)) {
      const to = m.index + m[0].length - 1;
      out.push({ word: w, from: to - m[2]!.length, to, form: `${tool} URL user:password@` });
    }
  }
  return out;
}
