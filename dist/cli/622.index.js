export const id = 622;
export const ids = [622];
export const modules = {

/***/ 3922:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K5: () => (/* binding */ splitNul),
/* harmony export */   QC: () => (/* binding */ displayName),
/* harmony export */   co: () => (/* binding */ isUtf8)
/* harmony export */ });
/**
 * File names are bytes, not text: a repository may hold names that are not UTF-8. Such a name is
 * shown with each byte that is not part of a valid UTF-8 sequence written as `\xNN`, and opened
 * through its raw bytes (a decoded string could not name the file again).
 */
const STRICT = new TextDecoder('utf-8', { fatal: true });
/** The name as text: valid UTF-8 decoded, every other byte escaped as `\xNN` (lower-case hex). */
function displayName(bytes) {
    if (isUtf8(bytes))
        return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
    let out = '';
    let i = 0;
    while (i < bytes.length) {
        const length = validSequenceLength(bytes, i);
        if (length === 0) {
            out += `\\x${bytes[i].toString(16).padStart(2, '0')}`;
            i++;
        }
        else {
            out += STRICT.decode(bytes.subarray(i, i + length));
            i += length;
        }
    }
    return out;
}
function isUtf8(bytes) {
    try {
        STRICT.decode(bytes);
        return true;
    }
    catch {
        return false;
    }
}
/** Length of the valid UTF-8 sequence starting at `i`, or 0 (RFC 3629: no overlongs, no surrogates). */
function validSequenceLength(bytes, i) {
    const b0 = bytes[i];
    if (b0 < 0x80)
        return 1;
    const cont = (k, lo = 0x80, hi = 0xbf) => {
        const b = bytes[i + k];
        return b !== undefined && b >= lo && b <= hi;
    };
    if (b0 >= 0xc2 && b0 <= 0xdf)
        return cont(1) ? 2 : 0;
    if (b0 >= 0xe0 && b0 <= 0xef) {
        const lo = b0 === 0xe0 ? 0xa0 : 0x80;
        const hi = b0 === 0xed ? 0x9f : 0xbf;
        return cont(1, lo, hi) && cont(2) ? 3 : 0;
    }
    if (b0 >= 0xf0 && b0 <= 0xf4) {
        const lo = b0 === 0xf0 ? 0x90 : 0x80;
        const hi = b0 === 0xf4 ? 0x8f : 0xbf;
        return cont(1, lo, hi) && cont(2) && cont(3) ? 4 : 0;
    }
    return 0;
}
/** Splits NUL-terminated records (git's `-z` output) without decoding them. */
function splitNul(buffer) {
    const records = [];
    let start = 0;
    for (let end = buffer.indexOf(0, start); end !== -1; end = buffer.indexOf(0, start)) {
        records.push(buffer.subarray(start, end));
        start = end + 1;
    }
    if (start < buffer.length)
        records.push(buffer.subarray(start));
    return records;
}


/***/ }),

/***/ 2622:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  DEFAULT_GIT_TIMEOUT_MS: () => (/* binding */ DEFAULT_GIT_TIMEOUT_MS),
  GIT_TIMEOUT_ENV: () => (/* binding */ GIT_TIMEOUT_ENV),
  GitIncompleteError: () => (/* binding */ GitIncompleteError),
  GitRefusedError: () => (/* binding */ GitRefusedError),
  GitTimeoutError: () => (/* binding */ GitTimeoutError),
  git: () => (/* binding */ git),
  gitClone: () => (/* binding */ gitClone),
  gitFetch: () => (/* binding */ gitFetch),
  gitSession: () => (/* binding */ gitSession),
  gitStream: () => (/* binding */ gitStream),
  gitTimeoutMs: () => (/* binding */ gitTimeoutMs),
  gitTopLevel: () => (/* binding */ gitTopLevel),
  isGitIncomplete: () => (/* binding */ isGitIncomplete),
  overrideFor: () => (/* reexport */ overrideFor),
  repositoryMarker: () => (/* binding */ repositoryMarker),
  setGitTimeoutMs: () => (/* binding */ setGitTimeoutMs),
  startGit: () => (/* binding */ startGit),
  useConfigListingStore: () => (/* binding */ useConfigListingStore)
});

// EXTERNAL MODULE: external "node:buffer"
var external_node_buffer_ = __webpack_require__(4573);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./.build-emit/src/util/file-name.js
var file_name = __webpack_require__(3922);
;// CONCATENATED MODULE: ./.build-emit/src/util/git-hardening.js
/**
 * What the scanned repository may not choose when git runs: the config keys pinned on every call
 * and the environment git runs with. The lists come from git-config(1) and git(1) (git 2.39,
 * `git help config`, "Environment Variables" of `git help git`): every key documented as naming a
 * command, a program or a file to read, and the variables that would read other config, prompt,
 * page, lock, fetch or swap objects.
 */

/**
 * Keys pinned on every call, whether or not the repository sets them. Taken from git-config(1)
 * (git 2.39, `git help config`): every key documented as naming a command, a program or a file to
 * read, plus the few display keys whose values would change the output this tool parses.
 */
const FIXED_OVERRIDES = [
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
function overrideFor(key) {
    const lower = key.toLowerCase();
    const section = lower.slice(0, lower.indexOf('.'));
    const last = lower.slice(lower.lastIndexOf('.') + 1);
    if (section === 'include' || section === 'includeif')
        return null; // cannot be undone by an override
    if (section === 'pager')
        return 'false';
    if (section === 'filter' && last === 'required')
        return 'false';
    if (section === 'protocol' && last === 'allow')
        return 'never';
    if (section === 'submodule' && last === 'update')
        return 'none';
    if (PROGRAM_KEYS.has(last) || last.endsWith('cmd') || last.endsWith('command'))
        return '';
    if (last === 'path' && TOOL_SECTIONS.has(section))
        return '';
    // Every documented key ending in "file" names a file to open (excludesFile, orderFile, ...).
    if (last.endsWith('file') || last === 'template')
        return '/dev/null';
    if (last === 'fsmonitor')
        return 'false';
    if (last === 'hookspath')
        return '/dev/null';
    if (last === 'showsignature' || last === 'mailmap')
        return 'false';
    return null;
}
/** Environment variables set on every call (git(1), "Environment Variables"). */
const FIXED_ENV = {
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
function gitEnv({ overrides, workTree, allowProtocol, noRepository }) {
    const env = {};
    for (const [name, value] of Object.entries(process.env)) {
        if (name.startsWith('GIT_') && !KEPT_PARENT_GIT_ENV.has(name))
            continue;
        if (DROPPED_ENV.has(name) || name.startsWith('LC_'))
            continue;
        env[name] = value;
    }
    Object.assign(env, FIXED_ENV);
    // The git directory is pinned too: left to search, git takes another folder when `.git` is not
    // a valid one (the work tree's top as a bare repository, a parent's `.git`), whose config the
    // overrides were never listed from. Pinned, such a repository fails instead.
    if (workTree !== null) {
        env.GIT_WORK_TREE = workTree;
        env.GIT_DIR = external_node_path_.join(workTree, '.git');
    }
    else if (noRepository && process.platform !== 'win32') {
        // Below /dev/null nothing can be created.
        env.GIT_DIR = '/dev/null/no-repository';
    }
    if (allowProtocol)
        env.GIT_ALLOW_PROTOCOL = allowProtocol;
    env.GIT_CONFIG_COUNT = String(overrides.length);
    overrides.forEach(([key, value], i) => {
        env[`GIT_CONFIG_KEY_${i}`] = key;
        env[`GIT_CONFIG_VALUE_${i}`] = value;
    });
    return env;
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: ./.build-emit/src/util/regular-file.js
var regular_file = __webpack_require__(6943);
;// CONCATENATED MODULE: ./.build-emit/src/util/git-repo-files.js
/**
 * The files git opens in a repository whatever its config says, checked before any git call in
 * it: a FIFO there would block every call until the timeout, a device would feed it for ever. Two
 * kinds:
 * - files git reads by itself in the git directory (HEAD, packed-refs, info/exclude,
 *   objects/info/alternates, ...): no config key can redirect them;
 * - the config files and what they include: git reads `include.path` /
 *   `includeIf.<condition>.path` targets at start-up, in every command, and no command-line
 *   override can undo an include.
 * A repository where any of them exists and is not a regular file is refused: git is not run.
 *
 * The includes are listed by git itself (`git config --file F --list`, which does not follow
 * includes), run outside the repository so that its own config is not read on the way, and only
 * for files already known to be regular.
 */






/** git's own limit on nested includes (MAX_INCLUDE_DEPTH in config.c). */
const MAX_DEPTH = 10;
/** A config larger than this is not searched for the word first: git lists it directly. */
const QUICK_LOOK_BYTES = 1 << 20;
const INCLUDE_KEY = /^include(?:if\..*)?\.path$/is;
const INCLUDE_SECTION = /\[\s*include/i;
/**
 * Why git must not run in the repository whose work tree is `top` (a sentence naming the file),
 * or null when every config file and every file they include is a regular file.
 */
async function repositoryFileProblem(top, listFile) {
    // Followed, a link would lead git to a git directory (and a config) chosen by the repository.
    const dotGit = external_node_path_.join(top, '.git');
    if ((0,external_node_fs_.lstatSync)(dotGit, { throwIfNoEntry: false })?.isSymbolicLink())
        return `${dotGit} is a symbolic link: git was not run in ${top}`;
    const dirs = gitDirs(top);
    if (dirs === null)
        return null;
    for (const file of [...GIT_DIR_FILES.map((name) => external_node_path_.join(dirs.gitDir, name)), ...COMMON_DIR_FILES.map((name) => external_node_path_.join(dirs.commonDir, name))]) {
        if (!isRegularOrMissing(file))
            return `${file} is not a regular file: git was not run in ${top}`;
    }
    const queue = configFiles(dirs).map((file) => ({ file, depth: 0 }));
    const seen = new Set();
    for (let next = queue.shift(); next; next = queue.shift()) {
        const { file, depth } = next;
        if (seen.has(file) || depth > MAX_DEPTH)
            continue;
        seen.add(file);
        let stat;
        try {
            stat = (0,external_node_fs_.statSync)(file);
        }
        catch {
            continue; // git skips an include that does not exist
        }
        if (!stat.isFile())
            return `the repository's git config ${depth === 0 ? 'is' : 'includes'} ${file}, which is not a regular file: git was not run in ${top}`;
        if (!mayInclude(file, stat.size))
            continue;
        const listed = await listFile(file);
        if (listed.code !== 0)
            continue; // git will report the broken file itself
        for (const record of (0,file_name/* splitNul */.K5)(listed.stdout)) {
            const text = record.toString('utf8');
            const newline = text.indexOf('\n');
            if (newline < 0 || !INCLUDE_KEY.test(text.slice(0, newline)))
                continue;
            queue.push({ file: includeTarget(text.slice(newline + 1), file), depth: depth + 1 });
        }
    }
    return null;
}
/** Files of the (worktree's own) git directory git opens without asking its config. */
const GIT_DIR_FILES = ['HEAD', 'index', 'commondir'];
/** Files of the common git directory (shared by linked worktrees) git opens without asking its config. */
const COMMON_DIR_FILES = ['packed-refs', 'shallow', 'info/exclude', 'info/attributes', 'info/grafts', 'info/sparse-checkout', 'objects/info/alternates'];
function isRegularOrMissing(file) {
    try {
        return (0,external_node_fs_.statSync)(file).isFile();
    }
    catch {
        return true; // missing (or unreadable, which git will report itself)
    }
}
/** The git directory of the work tree at `top` (`.git`, or where a gitfile points) and its common directory. */
function gitDirs(top) {
    const dotGit = external_node_path_.join(top, '.git');
    let gitDir = dotGit;
    try {
        if ((0,external_node_fs_.lstatSync)(dotGit).isFile()) {
            const pointer = /^gitdir:\s*(.+?)\s*$/m.exec((0,external_node_fs_.readFileSync)(dotGit, 'utf8'))?.[1];
            if (!pointer)
                return null;
            gitDir = external_node_path_.resolve(top, pointer);
        }
    }
    catch {
        return null;
    }
    let commonDir = gitDir;
    // Read only when regular: a commondir that is not is reported by the caller's check of GIT_DIR_FILES.
    const commonFile = external_node_path_.join(gitDir, 'commondir');
    if ((0,external_node_fs_.existsSync)(commonFile) && isRegularOrMissing(commonFile)) {
        try {
            commonDir = external_node_path_.resolve(gitDir, (0,external_node_fs_.readFileSync)(commonFile, 'utf8').trim());
        }
        catch {
            // unreadable: git will say so
        }
    }
    return { gitDir, commonDir };
}
/** The config files git reads for a repository: its common directory's config and the worktree's. */
function configFiles({ gitDir, commonDir }) {
    return [external_node_path_.join(commonDir, 'config'), external_node_path_.join(gitDir, 'config.worktree')];
}
/** False when a small config file does not even mention an include section (no git call needed). */
function mayInclude(file, size) {
    if (size > QUICK_LOOK_BYTES)
        return true;
    try {
        return INCLUDE_SECTION.test((0,external_node_fs_.readFileSync)(file, 'latin1'));
    }
    catch {
        return true;
    }
}
/** An include's target as git resolves it: `~/` from HOME, relative to the including file's folder. */
function includeTarget(value, from) {
    if (value === '~' || value.startsWith('~/'))
        return external_node_path_.join(external_node_os_.homedir(), value.slice(1));
    return external_node_path_.resolve(external_node_path_.dirname(from), value);
}
/** Larger configs are listed by git every run. */
const KEPT_CONFIG_MAX_BYTES = 1 << 20;
/**
 * The repository config git reads for the work tree at `top` when it can be known from one file's
 * bytes: git runs with GIT_DIR pinned to `top/.git` (git-hardening.ts), system and global config
 * off, so its config is `.git/config` alone unless a `config.worktree`, a `commondir` (another
 * folder's config) or an include brings more. Null in those cases, and when `.git/config` is not a
 * regular file (a link, a FIFO), is over 1 MiB, or cannot be read: then git lists the config
 * every run. The identity is the bytes' SHA-256: a listing of exactly these bytes (git.ts lists
 * them from standard input) is kept under it, so no change, race or clock tick can pair a listing
 * with other bytes.
 */
function keptConfig(top) {
    const gitDir = external_node_path_.join(top, '.git');
    try {
        if (!(0,external_node_fs_.lstatSync)(gitDir).isDirectory())
            return null;
        for (const other of ['commondir', 'config.worktree']) {
            if ((0,external_node_fs_.lstatSync)(external_node_path_.join(gitDir, other), { throwIfNoEntry: false }) !== undefined)
                return null;
        }
        const read = (0,regular_file/* readRegularFileSync */.c)(external_node_path_.join(gitDir, 'config'), KEPT_CONFIG_MAX_BYTES);
        if (!Buffer.isBuffer(read) || INCLUDE_SECTION.test(read.toString('latin1')))
            return null;
        // A copy: the reader's scratch buffer serves the next read, and git gets these bytes later.
        const bytes = Buffer.from(read);
        return { identity: (0,external_node_crypto_.createHash)('sha256').update(bytes).digest('hex'), bytes };
    }
    catch {
        return null;
    }
}

;// CONCATENATED MODULE: ./.build-emit/src/util/git.js
/**
 * The one door to git: every git process of the tool is started here, so that the scanned
 * repository (its `.git/config`, included files, `.gitattributes`) cannot choose a program for git
 * to run or a path for git to open on the scanning machine.
 *
 * - Environment: git's own variables from the parent are dropped (but GIT_INDEX_FILE, which a
 *   pre-commit hook needs), the work tree is pinned to the folder holding `.git` (never the
 *   repository's core.worktree), system and global config are not read, and GIT_CONFIG_COUNT overrides
 *   (command-line scope: they win over the repository's config and anything it includes) pin
 *   every key that names a program or a path; see `setupFor` below and git-hardening.ts.
 * - Callers use plumbing and flags that never run a configured program (`--no-ext-diff`,
 *   `--no-textconv`, `--no-show-signature`, `cat-file --batch`).
 * - Every call has a timeout (no output for `gitTimeoutMs()`): the process group is killed and the
 *   call fails with GitTimeoutError, which the front doors report as "scan incomplete".
 * - Output is collected as bytes, chunks concatenated once (linear in its size).
 */








/** A key as git compares it: section and name in lower case, the subsection (a driver's name) as written. */
function canonicalKey(key) {
    const first = key.indexOf('.');
    const last = key.lastIndexOf('.');
    if (first < 0)
        return key.toLowerCase();
    return key.slice(0, first).toLowerCase() + key.slice(first, last) + key.slice(last).toLowerCase();
}
/** git could not give its answer: the scan is incomplete, not clean (the front doors exit 3). */
class GitIncompleteError extends Error {
}
/** A git call killed after producing nothing for too long. */
class GitTimeoutError extends GitIncompleteError {
    name = 'GitTimeoutError';
}
/** A repository git must not run in at all (its config includes a FIFO, a device, ...). */
class GitRefusedError extends GitIncompleteError {
    name = 'GitRefusedError';
}
function isGitIncomplete(error) {
    return error instanceof GitIncompleteError;
}
const DEFAULT_GIT_TIMEOUT_MS = 120_000;
/** Tests (and users on very slow disks) may set the timeout in milliseconds. */
const GIT_TIMEOUT_ENV = 'OPENAI_SECRET_LINT_GIT_TIMEOUT_MS';
let timeoutOverride = null;
/** How long a git call may stay silent (no output) before it is killed. */
function gitTimeoutMs() {
    if (timeoutOverride !== null)
        return timeoutOverride;
    const fromEnv = Number(process.env[GIT_TIMEOUT_ENV]);
    return Number.isFinite(fromEnv) && fromEnv > 0 ? fromEnv : DEFAULT_GIT_TIMEOUT_MS;
}
/** For tests: null restores the default (or the environment's value). */
function setGitTimeoutMs(ms) {
    timeoutOverride = ms;
}
/**
 * The work tree top git would find from `cwd`: the nearest directory whose `.git` is a
 * repository directory (it has HEAD) or a gitfile, by lstat only. It is the one repository whose
 * ownership check (safe.directory) a call may waive, and it is pinned as the work tree, so that
 * the repository's `core.worktree` cannot point git (and the scan) at another folder.
 */
function repositoryTop(cwd) {
    let dir;
    try {
        dir = (0,external_node_fs_.realpathSync)(cwd);
    }
    catch {
        return null;
    }
    for (;;) {
        const dotGit = external_node_path_.join(dir, '.git');
        try {
            const stat = (0,external_node_fs_.lstatSync)(dotGit);
            // Any HEAD counts (lstat throws when there is none): one that is not a regular file makes
            // the repository refused (git-repo-files.ts), where skipping it would let git block on it.
            // A link counts too, and is refused there: git would follow it to a config never listed.
            if (stat.isFile() || stat.isSymbolicLink() || (stat.isDirectory() && (0,external_node_fs_.lstatSync)(external_node_path_.join(dotGit, 'HEAD'))))
                return dir;
        }
        catch {
            // not a repository here
        }
        const parent = external_node_path_.dirname(dir);
        if (parent === dir)
            return null;
        dir = parent;
    }
}
const overridesByTop = new Map();
let listingStore = null;
/** Installed by the CLI's entry; null (the default, and for tests) lists the config every run. */
function useConfigListingStore(store) {
    listingStore = store;
}
/**
 * Every override for calls in `cwd`: the fixed list, safe.directory for this repository only (it
 * may belong to another user, as a checkout on a CI runner does), and an override for each key of
 * the repository's config (with its includes) that names a program or a file.
 */
function setupFor(cwd) {
    const top = repositoryTop(cwd);
    if (top === null)
        return Promise.resolve({ overrides: [...FIXED_OVERRIDES], workTree: null });
    // Keyed by the config file's identity too, so an edited config is listed again.
    const key = `${top}\0${configSignature(top)}`;
    let cached = overridesByTop.get(key);
    if (!cached) {
        const base = [...FIXED_OVERRIDES, ['safe.directory', top]];
        cached = repositoryFileProblem(top, listConfigFile).then(async (refused) => {
            if (refused !== null)
                return { overrides: base, workTree: top, refused };
            const listed = await configKeyNames(top, base);
            if ('refused' in listed)
                return { overrides: base, workTree: top, refused: listed.refused };
            const keys = new Set(FIXED_OVERRIDES.map(([k]) => canonicalKey(k)));
            const extra = [];
            // Outside a work tree (or in a broken one) there is no repository config to neutralise.
            for (const name of listed.names ?? []) {
                const value = overrideFor(name);
                const canonical = canonicalKey(name);
                if (value === null || keys.has(canonical))
                    continue;
                keys.add(canonical);
                extra.push([name, value]);
            }
            // A listing that failed is not kept: the next call asks again.
            if (listed.names === null)
                overridesByTop.delete(key);
            return { overrides: [...base, ...extra], workTree: top };
        });
        cached.catch(() => overridesByTop.delete(key));
        overridesByTop.set(key, cached);
    }
    return cached;
}
/**
 * The key names of the repository's config (null when git could not list them), or why git must
 * not run there. With a store, a config that is one file's bytes (keptConfig) is listed from
 * those bytes on standard input, outside any repository, and the names are kept under their hash;
 * any other config is listed in the repository, as git reads it, every run.
 */
async function configKeyNames(top, base) {
    const store = listingStore;
    const kept = store === null ? null : keptConfig(top);
    if (store !== null && kept !== null) {
        const names = store.get(top, kept.identity);
        if (names !== null)
            return { names: [...names] };
    }
    const inRepository = () => runGit(top, ['config', '--list', '--name-only', '-z'], { overrides: base, workTree: top }, { input: '' });
    let listed = kept !== null
        ? await runGit(external_node_path_.parse(top).root, ['config', '--file', '-', '--list', '--name-only', '-z'], { overrides: [...FIXED_OVERRIDES], workTree: null, noRepository: true }, { input: kept.bytes })
        : await inRepository();
    // The bytes' listing failing says nothing of the repository: it is listed there, as git reads
    // it (a config git cannot read fails every call of the scan anyway), and nothing is kept.
    const fromBytes = kept !== null && listed.code === 0;
    if (kept !== null && listed.code !== 0)
        listed = await inRepository();
    if (listed.code !== 0)
        return { names: null };
    const records = (0,file_name/* splitNul */.K5)(listed.stdout);
    // A name that is not UTF-8 cannot be overridden: environment variables carry text, and the
    // name git would match is not the one decoded here.
    if (records.some((record) => !(0,external_node_buffer_.isUtf8)(record)))
        return { refused: `the git config of ${top} names a key that is not UTF-8: git was not run there` };
    const names = records.map((record) => record.toString('utf8').replace(/\n$/, ''));
    if (store !== null && kept !== null && fromBytes && !names.some((name) => /^include(?:if)?\./i.test(name)))
        store.set(top, kept.identity, names);
    return { names };
}
/** One config file's entries without its includes, listed from outside any repository. */
function listConfigFile(file) {
    const outside = external_node_path_.parse(file).root;
    return runGit(outside, ['config', '--file', file, '--list', '-z'], { overrides: [...FIXED_OVERRIDES], workTree: null, noRepository: true }, { input: '' });
}
function configSignature(top) {
    try {
        const stat = (0,external_node_fs_.lstatSync)(external_node_path_.join(top, '.git', 'config'));
        return `${stat.ino}:${stat.size}:${stat.mtimeMs}`;
    }
    catch {
        return '';
    }
}
const running = new Set();
let exitHookInstalled = false;
function killGroup(pid) {
    if (pid === undefined)
        return;
    try {
        // Detached: git leads its own process group, so anything it started dies with it.
        process.kill(process.platform === 'win32' ? pid : -pid, 'SIGKILL');
    }
    catch {
        // already gone
    }
}
const MAX_STDERR = 64 * 1024;
/** Output of a held command (startGit) kept in memory before git is left to wait on the pipe. */
const HELD_MAX_BYTES = 1024 * 1024;
let resolvedGit = null;
/**
 * git's absolute path, from the absolute PATH entries only: a scanned repository is the working
 * directory of every call, and a `git` (or `git.exe`, which Windows would look for in the current
 * directory first) planted in it, or reached through a relative PATH entry, must not be run.
 */
function gitExecutable() {
    const from = process.env.PATH ?? process.env.Path;
    if (resolvedGit !== null && resolvedGit.from === from)
        return resolvedGit.path;
    const names = process.platform === 'win32' ? ['git.exe'] : ['git'];
    let found = 'git';
    search: for (const dir of (from ?? '').split(external_node_path_.delimiter)) {
        if (!external_node_path_.isAbsolute(dir))
            continue;
        for (const name of names) {
            const candidate = external_node_path_.join(dir, name);
            try {
                if (!(0,external_node_fs_.statSync)(candidate).isFile())
                    continue;
                if (process.platform !== 'win32')
                    (0,external_node_fs_.accessSync)(candidate, external_node_fs_.constants.X_OK);
                found = candidate;
                break search;
            }
            catch {
                // not here
            }
        }
    }
    // Nothing found: an absolute name that does not exist fails as ENOENT, as a missing git should.
    const resolved = found === 'git' ? external_node_path_.join(external_node_path_.parse(process.cwd()).root, 'nonexistent', 'git') : found;
    resolvedGit = { path: resolved, from };
    return resolved;
}
/** Spawns git with the given overrides; stdout goes to onStdout (or is collected). */
function runGit(cwd, args, setup, options = {}) {
    if (setup.refused)
        return Promise.reject(new GitRefusedError(`${setup.refused}: scan incomplete`));
    return new Promise((resolve, reject) => {
        const child = (0,external_node_child_process_.spawn)(gitExecutable(), args, { cwd, env: gitEnv(setup), stdio: ['pipe', 'pipe', 'pipe'], detached: process.platform !== 'win32', windowsHide: true });
        const pid = child.pid;
        if (pid !== undefined)
            running.add(pid);
        if (!exitHookInstalled) {
            exitHookInstalled = true;
            process.once('exit', () => running.forEach((p) => killGroup(p)));
        }
        const chunks = [];
        let stderr = '';
        let failure = null;
        let settled = false;
        const limit = gitTimeoutMs();
        let timer;
        let awaited = !options.held;
        // Once stdin is ended git is expected to exit: the timeout runs until it does.
        let ended = false;
        const arm = () => {
            if (timer)
                clearTimeout(timer);
            timer = undefined;
            if ((!awaited && !ended) || settled)
                return;
            timer = setTimeout(() => {
                failure ??= new GitTimeoutError(`git ${args[0] ?? ''} produced nothing for ${Math.round(limit / 1000)} s in ${cwd} and was stopped: scan incomplete`);
                killGroup(pid);
            }, limit);
            timer.unref?.();
        };
        arm();
        const finish = (error, code) => {
            if (settled)
                return;
            settled = true;
            if (timer)
                clearTimeout(timer);
            if (pid !== undefined)
                running.delete(pid);
            if (error)
                reject(error);
            else
                resolve({ code, stdout: options.onStdout ? Buffer.alloc(0) : Buffer.concat(chunks), stderr });
        };
        const take = (onStdout, chunk) => {
            if (failure)
                return;
            if (!onStdout) {
                chunks.push(chunk);
                return;
            }
            try {
                onStdout(chunk);
            }
            catch (error) {
                failure = error;
                killGroup(pid);
            }
        };
        // Held (startGit): chunks wait here, and past HELD_MAX_BYTES the stream is paused so that the
        // rest waits in the pipe (Node resumes an unread child stream when the child exits: what was
        // left in the pipe then arrives here too). Git's result is given once they have been read.
        let reader = options.held ? null : options.onStdout;
        const waiting = [];
        let waitingBytes = 0;
        let stoppedUnread = false;
        child.stdout.on('data', (chunk) => {
            // Stopped (startGit's cancel): what is left is dropped, so that the stream ends.
            if (stoppedUnread)
                return;
            if (reader === null) {
                waiting.push(chunk);
                waitingBytes += chunk.length;
                if (waitingBytes >= HELD_MAX_BYTES)
                    child.stdout.pause();
                return;
            }
            arm();
            take(reader, chunk);
        });
        let readable = Promise.resolve();
        if (options.held) {
            const released = options.held.release.then((onStdout) => {
                reader = onStdout;
                awaited = true;
                arm();
                for (const chunk of waiting.splice(0))
                    take(onStdout, chunk);
                child.stdout.resume();
            });
            const stopped = options.held.stop.then(() => {
                if (settled)
                    return;
                failure ??= stoppedError(args);
                if (reader === null) {
                    stoppedUnread = true;
                    waiting.length = 0;
                    child.stdout.resume();
                }
                // Not a group whose leader is gone: its id may be another process's by now.
                if (!exited)
                    killGroup(pid);
            });
            readable = Promise.race([released, stopped]);
        }
        child.stderr.on('data', (chunk) => {
            arm();
            if (stderr.length < MAX_STDERR)
                stderr += chunk.toString('utf8');
        });
        // git missing (ENOENT) is an answer, not a crash: callers fall back as outside a repository.
        child.on('error', (error) => {
            if (!failure)
                stderr += error.message;
            finish(failure, -1);
        });
        let exited = false;
        child.on('exit', () => (exited = true));
        child.on('close', (code) => void readable.then(() => finish(failure, code ?? -1)));
        child.stdin.on('error', () => { });
        if (!options.onStart) {
            child.stdin.end(options.input ?? '');
            return;
        }
        options.onStart({
            write: (data) => {
                if (!settled)
                    child.stdin.write(data);
            },
            end: () => {
                ended = true;
                arm();
                child.stdin.end();
            },
            awaiting: (yes) => {
                awaited = yes;
                arm();
            },
        });
    });
}
/**
 * Runs git in `cwd` under the rules above and collects its stdout as bytes (paths may not be
 * UTF-8). Resolves with git's exit code (-1 when git cannot be started); rejects when it times out.
 */
async function git(cwd, args, input) {
    return runGit(cwd, args, await setupFor(cwd), { input });
}
/** Like git(), but hands stdout to `onStdout` chunk by chunk instead of holding it. */
async function gitStream(cwd, args, onStdout, input) {
    return runGit(cwd, args, await setupFor(cwd), { input, onStdout });
}
/** A started command cancelled before it finished (or before it started). */
function stoppedError(args) {
    return new GitIncompleteError(`git ${args[0] ?? ''} was stopped: scan incomplete`);
}
function startGit(cwd, args) {
    let release;
    let stop;
    const held = { release: new Promise((r) => (release = r)), stop: new Promise((r) => (stop = r)) };
    let cancelled = false;
    const result = setupFor(cwd).then((setup) => (cancelled ? Promise.reject(stoppedError(args)) : runGit(cwd, args, setup, { held })));
    // Seen through `read`; one never read was cancelled, and its failure says nothing.
    result.catch(() => { });
    let taken = false;
    return {
        cwd,
        args,
        read(onStdout) {
            if (taken)
                throw new Error('startGit: read twice');
            taken = true;
            release(onStdout);
            return result;
        },
        cancel() {
            cancelled = true;
            stop();
        },
    };
}
/** Like gitStream(), but stdin stays open for the caller to write requests to (`onStart`). */
async function gitSession(cwd, args, onStdout, onStart) {
    return runGit(cwd, args, await setupFor(cwd), { onStdout, onStart });
}
/**
 * The folder holding the `.git` that git would use for `dir`, found by lstat alone (null when
 * there is none): when it exists but git answers that `dir` is outside a work tree, the
 * repository is broken (or made so: a bad line in its config, an include git cannot read) and a
 * scan must not quietly fall back to a plain walk that skips what `.gitignore` lists.
 */
function repositoryMarker(dir) {
    return repositoryTop(dir);
}
/** The top of the git work tree that contains `dir`, or null outside git (or without git). */
async function gitTopLevel(dir) {
    const result = await git(dir, ['rev-parse', '--show-toplevel']);
    if (result.code !== 0)
        return null;
    return result.stdout.toString('utf8').replace(/\n$/, '') || null;
}
/**
 * Fetches `refs` from `url` into the repository at `cwd` as objects only: no checkout, no tags,
 * no FETCH_HEAD, no submodules, no hooks (the hardened setup above). Only the URL's own scheme is
 * allowed for this one call (everything else stays `protocol.allow=never`), and the token travels
 * in the environment as an HTTP header, never on the command line.
 */
async function gitFetch(cwd, url, refs, options = {}) {
    const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url)?.[1]?.toLowerCase();
    if (!scheme || !['https', 'http', 'file'].includes(scheme))
        throw new Error(`refusing to fetch from ${url}: not an https URL`);
    const setup = await setupFor(cwd);
    const overrides = [...setup.overrides, [`protocol.${scheme}.allow`, 'always'], ['fetch.recurseSubmodules', 'false'], ['credential.interactive', 'false']];
    // actions/checkout may have stored its own header for this server: a second one would clash.
    const stored = await runGit(cwd, ['config', '--get-urlmatch', 'http.extraheader', url], setup, { input: '' });
    const hasHeader = stored.code === 0 && stored.stdout.toString('utf8').trim() !== '';
    if (options.token && !hasHeader)
        overrides.push(['http.extraheader', `AUTHORIZATION: basic ${Buffer.from(`x-access-token:${options.token}`).toString('base64')}`]);
    const depth = options.depth !== undefined ? [`--depth=${Math.max(1, Math.floor(options.depth))}`] : [];
    return runGit(cwd, ['fetch', '--quiet', '--no-tags', '--no-write-fetch-head', '--no-recurse-submodules', ...depth, '--', url, ...refs], { ...setup, overrides, allowProtocol: scheme }, { input: '' });
}
/**
 * Clones the default branch of `url` into the new directory `dir` as a detached work tree, under
 * the same hardening as every other call: `git init` without a template, a fetch of the remote
 * HEAD alone (no tags, no submodules, the URL's scheme the only protocol allowed, no credential
 * helper, the token as `http.extraheader` in GIT_CONFIG_* variables), then a checkout with
 * `core.symlinks=false` (links become small text files: nothing the scan opens can lead outside).
 * No hook or fsmonitor runs: core.hooksPath and core.fsmonitor are pinned on every call.
 */
async function gitClone(dir, url, options = {}) {
    const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url)?.[1]?.toLowerCase();
    const allowed = options.protocols ?? ['https'];
    if (!scheme || !allowed.includes(scheme))
        throw new Error(`refusing to clone ${scheme ?? 'this'} URL: only ${allowed.join(', ')}`);
    const bare = { overrides: [...FIXED_OVERRIDES], workTree: null };
    const init = await runGit(dir, ['init', '--quiet', '--template=', '.'], bare, { input: '' });
    if (init.code !== 0)
        return { ok: false, commit: null, empty: false, stderr: init.stderr };
    const setup = await setupFor(dir);
    if (setup.workTree !== (0,external_node_fs_.realpathSync)(dir))
        throw new Error(`git init did not make ${dir} a repository`);
    const overrides = [
        ...setup.overrides,
        [`protocol.${scheme}.allow`, 'always'],
        ['fetch.recurseSubmodules', 'false'],
        ['credential.interactive', 'false'],
        ['transfer.fsckObjects', 'false'],
    ];
    if (options.token)
        overrides.push(['http.extraheader', `AUTHORIZATION: basic ${Buffer.from(`x-access-token:${options.token}`).toString('base64')}`]);
    const depth = options.depth !== undefined ? [`--depth=${Math.max(1, Math.floor(options.depth))}`] : [];
    const fetched = await runGit(dir, ['fetch', '--quiet', '--no-tags', '--no-write-fetch-head', '--no-recurse-submodules', ...depth, '--', url, '+HEAD:refs/osl/audited'], { ...setup, overrides, allowProtocol: scheme }, { input: '' });
    if (fetched.code !== 0) {
        const empty = /couldn't find remote ref HEAD|Couldn't find remote ref HEAD/i.test(fetched.stderr);
        return { ok: false, commit: null, empty, stderr: fetched.stderr };
    }
    const checkoutSetup = { ...setup, overrides: [...setup.overrides, ['core.symlinks', 'false']] };
    const checkout = await runGit(dir, ['checkout', '--quiet', '--detach', 'refs/osl/audited', '--'], checkoutSetup, { input: '' });
    if (checkout.code !== 0)
        return { ok: false, commit: null, empty: false, stderr: checkout.stderr };
    const head = await runGit(dir, ['rev-parse', '--verify', 'HEAD^{commit}'], setup, { input: '' });
    return { ok: head.code === 0, commit: head.code === 0 ? head.stdout.toString('utf8').trim() : null, empty: false, stderr: head.stderr };
}


/***/ }),

/***/ 6943:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ readRegularFileSync)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);

// O_NOFOLLOW: a symlink fails with ELOOP; O_NONBLOCK: opening a FIFO does not wait for a writer.
const OPEN_FLAGS = node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NOFOLLOW | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK;
const SCRATCH_BYTES = 1024 * 1024;
/** Reused for every file that fits: callers decode or copy the bytes before the next read. */
let scratch;
/**
 * The bytes of a regular file (no symlink followed, no FIFO waited on), or why not. The buffer
 * may be the shared scratch buffer: valid until the next read, copy it to keep it.
 */
function readRegularFileSync(absPath, maxBytes) {
    let fd;
    try {
        fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(absPath, OPEN_FLAGS);
    }
    catch (error) {
        const code = error.code ?? 'error';
        if (code === 'ELOOP')
            return { kind: 'symlink' };
        return { kind: 'unreadable', reason: code };
    }
    try {
        const stat = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fstatSync)(fd);
        if (!stat.isFile())
            return { kind: 'special' };
        if (stat.size > maxBytes)
            return { kind: 'too-large', bytes: stat.size };
        const buffer = readAll(fd, stat.size, maxBytes);
        if (buffer.length > maxBytes)
            return { kind: 'too-large', bytes: buffer.length };
        return buffer;
    }
    catch (error) {
        return { kind: 'unreadable', reason: error.code ?? String(error) };
    }
    finally {
        try {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
        }
        catch {
            // Nothing useful to do: the bytes are read.
        }
    }
}
/**
 * Reads to end of file, at most maxBytes + 1 bytes (one more than allowed shows a file that grew
 * past the limit after fstat). Small files land in the shared scratch buffer.
 */
function readAll(fd, expected, maxBytes) {
    const cap = maxBytes + 1;
    let size = Math.min(cap, Math.max(expected + 1, 4096));
    let buffer;
    if (size <= SCRATCH_BYTES)
        buffer = scratch ??= Buffer.allocUnsafe(SCRATCH_BYTES);
    else
        buffer = Buffer.allocUnsafe(size);
    let filled = 0;
    for (;;) {
        const limit = Math.min(buffer.length, cap);
        if (filled === limit) {
            if (limit === cap)
                break;
            size = Math.min(cap, buffer.length * 2);
            const bigger = Buffer.allocUnsafe(size);
            buffer.copy(bigger, 0, 0, filled);
            buffer = bigger;
            continue;
        }
        const n = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, buffer, filled, limit - filled, null);
        if (n === 0)
            break;
        filled += n;
    }
    return buffer.subarray(0, filled);
}


/***/ })

};
