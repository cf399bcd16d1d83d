/**
 * What the scanned repository may not choose when git runs: the config keys pinned on every call
 * and the environment git runs with. The lists come from git-config(1) and git(1) (git 2.39,
 * `git help config`, "Environment Variables" of `git help git`): every key documented as naming a
 * command, a program or a file to read, and the variables that would read other config, prompt,
 * page, lock, fetch or swap objects.
 */
import path from 'node:path';

export interface CallSetup {
  overrides: (readonly [string, string])[];
  /** Pinned as GIT_WORK_TREE (the folder holding `.git`, itself pinned as GIT_DIR), or null outside a repository. */
  workTree: string | null;
  /** The one transport a fetch may use (GIT_ALLOW_PROTOCOL); every other call allows none. */
  allowProtocol?: string;
  /** Set when git must not run in this repository at all (why, in a sentence): see git-repo-files.ts. */
  refused?: string;
  /**
   * A call outside any repository: git gets a GIT_DIR that cannot exist, so that it does not
   * search for one on its own (a bare layout or a `.git` link the runner did not vet).
   */
  noRepository?: boolean;
}

/**
 * Keys pinned on every call, whether or not the repository sets them. Taken from git-config(1)
 * (git 2.39, `git help config`): every key documented as naming a command, a program or a file to
 * read, plus the few display keys whose values would change the output this tool parses.
 */
export const FIXED_OVERRIDES: readonly (readonly [string, string])[] = [
  // Programs git could run.
  ['core.fsmonitor', 'false'],
  ['core.hooksPath', '/dev/null'],
  ['core.pager', 'cat'],
  ['core.editor', ''],
  ['sequence.editor', ''],
  ['core.askPass', ''],
  ['core.sshCommand', ''],
  ['core.gitProxy', ''],
  ['core.alternateRefsCommand', ''],
  ['credential.helper', ''],
  ['diff.external', ''],
  ['gpg.program', ''],
  ['gpg.openpgp.program', ''],
  ['gpg.x509.program', ''],
  ['gpg.ssh.program', ''],
  ['gpg.ssh.defaultKeyCommand', ''],
  ['uploadpack.packObjectsHook', ''],
  ['http.proxy', ''],
  ['protocol.allow', 'never'],
  ['log.showSignature', 'false'],
  ['diff.submodule', 'short'],
  // Files git could open (a FIFO would block it for ever).
  ['core.excludesFile', '/dev/null'],
  ['core.attributesFile', '/dev/null'],
  ['diff.orderFile', '/dev/null'],
  ['mailmap.file', '/dev/null'],
  ['mailmap.blob', ''],
  ['log.mailmap', 'false'],
  ['gpg.ssh.allowedSignersFile', '/dev/null'],
  ['gpg.ssh.revocationFile', '/dev/null'],
  ['blame.ignoreRevsFile', '/dev/null'],
  ['commit.template', '/dev/null'],
  // Output this tool parses: quoted names (octal escapes keep non-UTF-8 bytes), plain prefixes,
  // every commit's diff (root included), no colour, no replaced objects, real sizes as text.
  ['core.quotePath', 'true'],
  ['core.useReplaceRefs', 'false'],
  ['core.bigFileThreshold', '512m'],
  ['diff.noprefix', 'false'],
  ['diff.mnemonicPrefix', 'false'],
  ['diff.relative', 'false'],
  ['diff.interHunkContext', '0'],
  ['diff.suppressBlankEmpty', 'false'],
  ['log.showRoot', 'true'],
  ['i18n.logOutputEncoding', 'UTF-8'],
  ['color.ui', 'false'],
  ['grep.lineNumber', 'false'],
  ['grep.column', 'false'],
  ['grep.fullName', 'false'],
  ['grep.fallbackToNoIndex', 'false'],
];

/** Last name parts (lower-cased, as git reports them) whose value is a command or a program. */
const PROGRAM_KEYS = new Set([
  'command', 'program', 'textconv', 'clean', 'smudge', 'process', 'helper', 'driver', 'sshcommand', 'askpass', 'editor',
  'uploadpack', 'receivepack', 'packobjectshook', 'alternaterefscommand', 'defaultkeycommand', 'gitproxy', 'proxy', 'external', 'pager',
]);
/** Sections whose `<tool>.path` names the program of a tool (browser, difftool, mergetool, man). */
const TOOL_SECTIONS = new Set(['browser', 'difftool', 'mergetool', 'man']);

/**
 * The override for one key the repository sets, or null when it names neither a program nor a
 * file. Subsection names (filter, diff and merge drivers, remotes, URLs) are free text, even with
 * `=` or `.` in them: GIT_CONFIG_KEY_n carries them whole, where `-c` would split at the `=`.
 */
export function overrideFor(key: string): string | null {
  const lower = key.toLowerCase();
  const section = lower.slice(0, lower.indexOf('.'));
  const last = lower.slice(lower.lastIndexOf('.') + 1);
  if (section === 'include' || section === 'includeif') return null; // cannot be undone by an override
  if (section === 'pager') return 'false';
  if (section === 'filter' && last === 'required') return 'false';
  if (section === 'protocol' && last === 'allow') return 'never';
  if (section === 'submodule' && last === 'update') return 'none';
  if (PROGRAM_KEYS.has(last) || last.endsWith('cmd') || last.endsWith('command')) return '';
  if (last === 'path' && TOOL_SECTIONS.has(section)) return '';
  // Every documented key ending in "file" names a file to open (excludesFile, orderFile, ...).
  if (last.endsWith('file') || last === 'template') return '/dev/null';
  if (last === 'fsmonitor') return 'false';
  if (last === 'hookspath') return '/dev/null';
  if (last === 'showsignature' || last === 'mailmap') return 'false';
  return null;
}

/** Environment variables set on every call (git(1), "Environment Variables"). */
const FIXED_ENV: Readonly<Record<string, string>> = {
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_ATTR_NOSYSTEM: '1',
  GIT_TERMINAL_PROMPT: '0',
  GIT_PAGER: 'cat',
  PAGER: 'cat',
  GIT_OPTIONAL_LOCKS: '0',
  GIT_NO_REPLACE_OBJECTS: '1',
  GIT_NO_LAZY_FETCH: '1',
  GIT_ALLOW_PROTOCOL: 'none',
  GIT_PROTOCOL_FROM_USER: '0',
  LC_ALL: 'C',
};
/** Kept from the parent: a pre-commit hook of `git commit -a` stages into a temporary index. */
const KEPT_PARENT_GIT_ENV = new Set(['GIT_INDEX_FILE']);
const DROPPED_ENV = new Set(['SSH_ASKPASS', 'LANG', 'LANGUAGE']);

/** The parent's environment without git's own variables, plus FIXED_ENV, the work tree and the overrides. */
export function gitEnv({ overrides, workTree, allowProtocol, noRepository }: CallSetup): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [name, value] of Object.entries(process.env)) {
    if (name.startsWith('GIT_') && !KEPT_PARENT_GIT_ENV.has(name)) continue;
    if (DROPPED_ENV.has(name) || name.startsWith('LC_')) continue;
    env[name] = value;
  }
  Object.assign(env, FIXED_ENV);
  // The git directory is pinned too: left to search, git takes another folder when `.git` is not
  // a valid one (the work tree's top as a bare repository, a parent's `.git`), whose config the
  // overrides were never listed from. Pinned, such a repository fails instead.
  if (workTree !== null) {
    env.GIT_WORK_TREE = workTree;
    env.GIT_DIR = path.join(workTree, '.git');
  } else if (noRepository && process.platform !== 'win32') {
    // Below /dev/null nothing can be created.
    env.GIT_DIR = '/dev/null/no-repository';
  }
  if (allowProtocol) env.GIT_ALLOW_PROTOCOL = allowProtocol;
  env.GIT_CONFIG_COUNT = String(overrides.length);
  overrides.forEach(([key, value], i) => {
    env[`GIT_CONFIG_KEY_${i}`] = key;
    env[`GIT_CONFIG_VALUE_${i}`] = value;
  });
  return env;
}
