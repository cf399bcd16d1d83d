export const id = 789;
export const ids = [789];
export const modules = {

/***/ 789:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   changedLinesSince: () => (/* binding */ changedLinesSince),
/* harmony export */   linesOf: () => (/* binding */ linesOf),
/* harmony export */   renamedIntoScan: () => (/* binding */ renamedIntoScan),
/* harmony export */   requireCommit: () => (/* binding */ requireCommit),
/* harmony export */   requireWorkTree: () => (/* binding */ requireWorkTree),
/* harmony export */   stagedChangedLines: () => (/* binding */ stagedChangedLines),
/* harmony export */   stagedChanges: () => (/* binding */ stagedChanges),
/* harmony export */   startStagedChanges: () => (/* binding */ startStagedChanges)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(7144);
/* harmony import */ var _core_settings_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(3642);
/* harmony import */ var _discover_read_text_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8815);
/* harmony import */ var _util_file_name_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3922);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3024);
/* harmony import */ var _util_git_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2622);
/* harmony import */ var _util_git_lines_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4530);
/* harmony import */ var _unified_diff_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(537);









/**
 * Diff options shared by every mode: exact line numbers, renames followed, no user diff drivers,
 * and submodules left alone (checking them would run git inside them, under their own config;
 * their files are scanned as directories of their own). `--text`: a `binary` or `-diff` attribute
 * of the repository must not turn a text file's added lines into "Binary files differ" (real
 * binary files are skipped when their content is read).
 */
const DIFF_ARGS = ['diff', '--text', '--no-color', '--no-ext-diff', '--no-textconv', '--ignore-submodules=all', '-U0', '-M', '--relative'];
/**
 * Lines added in the working tree since `base` (a commit-ish), by POSIX path relative to `root`:
 * what `--diff BASE` and the Action's diff mode keep findings on. Untracked files that are not
 * ignored count as wholly added (they are new since `base` too). Every file that changed is a key,
 * even with no added line, so that file-level findings about it are kept.
 */
async function changedLinesSince(root, base, options = {}) {
    await requireCommit(root, base, '--diff');
    // Against the working tree git reads files through their clean filters: util/git.ts pins every
    // filter command the repository configures to none, so only the bytes themselves are compared.
    const { changed, renamedFrom } = await addedLines(root, [...DIFF_ARGS, base, '--'], `--diff ${base}: git diff failed`);
    for (const [file, from] of renamedFrom) {
        if (options.excluded && renamedIntoScan(from, file, options.excluded))
            changed.set(file, await allLines(node_path__WEBPACK_IMPORTED_MODULE_0__.join(root, ...file.split('/')), options.maxFileSize ?? _core_settings_js__WEBPACK_IMPORTED_MODULE_7__/* .DEFAULT_MAX_FILE_SIZE */ .Sj));
    }
    if (options.untracked !== false) {
        for (const file of await untrackedFiles(root))
            changed.set(file.path, await allLines(file.raw, options.maxFileSize ?? _core_settings_js__WEBPACK_IMPORTED_MODULE_7__/* .DEFAULT_MAX_FILE_SIZE */ .Sj));
    }
    return changed;
}
/**
 * A file renamed into the scan from a path it does not cover (`from` excluded, or null: outside
 * the scan root) was never scanned where it was: every line of it is new to the scan, though a
 * rename alone adds none (a key moved out of `vendor/` would pass). Every mode asks this.
 */
function renamedIntoScan(from, to, excluded) {
    return from !== undefined && (from === null || excluded(from)) && !excluded(to);
}
/** Every line number of a text (a final newline ends a line, it starts none). */
function linesOf(text) {
    let count = 1;
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1))
        count++;
    if (text.endsWith('\n'))
        count--;
    return new Set(Array.from({ length: count }, (_, i) => i + 1));
}
/** Lines added by what is staged (the index against HEAD, or against nothing before the first commit). */
async function stagedChangedLines(root) {
    const changes = await stagedChanges(root);
    return new Map([...changes].map(([file, change]) => [file, change.lines]));
}
/**
 * Starts stagedChanges(root) at once. A pre-commit hook otherwise waits for git twice (its config
 * listing, then the diff) after the scan's code has loaded; started first, both run while it
 * loads. The diff does not depend on the configuration. A failure is reported when `changes` is
 * awaited; when the command fails before the scan, `cancel` ends the diff and its failure is
 * dropped, not unhandled.
 */
function startStagedChanges(root) {
    const diff = (0,_util_git_js__WEBPACK_IMPORTED_MODULE_4__.startGit)(root, STAGED_DIFF_ARGS);
    const changes = stagedChanges(root, diff);
    changes.catch(() => { });
    return { root, changes, cancel: () => diff.cancel() };
}
const STAGED_DIFF_ARGS = [...DIFF_ARGS, '--full-index', '--cached', '--'];
/**
 * What is staged, from one `git diff --cached` (a pre-commit hook runs this on every commit, so
 * it asks git as little as it can): without a commit argument git compares the index with HEAD,
 * or with nothing on an unborn branch, so HEAD need not be looked up first; `--full-index` names
 * each staged blob, so the contents can be read without listing the index. When the folder is
 * plainly inside a work tree, git is asked whether it is only if the diff fails (for the message);
 * otherwise the check runs beside the diff, and decides.
 */
async function stagedChanges(root, started) {
    const changes = new Map();
    const change = (file) => {
        let found = changes.get(file);
        if (!found)
            changes.set(file, (found = { lines: new Set() }));
        return found;
    };
    const parser = new _unified_diff_js__WEBPACK_IMPORTED_MODULE_6__/* .UnifiedDiffParser */ .nt({
        file: ({ path: file, oldPath, newOid, newMode }) => {
            if (file === null)
                return;
            const found = change(file);
            if (newOid !== undefined && !/^0+$/.test(newOid))
                found.oid = newOid;
            if (newMode !== undefined)
                found.mode = newMode;
            if (oldPath !== null && oldPath !== file)
                found.renamedFrom = oldPath;
        },
        added: (file, line) => change(file).lines.add(line),
    });
    const plain = plainlyInWorkTree(root);
    const [, run] = await Promise.all([
        plain ? null : requireWorkTree(root, '--staged'),
        started ? (0,_util_git_lines_js__WEBPACK_IMPORTED_MODULE_5__/* .startedGitLines */ .h)(started, (line) => parser.line(line), MAX_LINE_BYTES) : (0,_util_git_lines_js__WEBPACK_IMPORTED_MODULE_5__/* .gitLines */ .Q)(root, STAGED_DIFF_ARGS, (line) => parser.line(line), MAX_LINE_BYTES),
    ]);
    parser.end();
    if (run.code !== 0 && plain)
        await requireWorkTree(root, '--staged');
    if (run.code !== 0)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_8__/* .ConfigurationError */ .j1(`--staged: git diff --cached failed: ${firstLine(run.stderr)}`);
    return changes;
}
/** Longest diff line decoded whole: past it only the start matters (a header, or a hunk line's `+`). */
const MAX_LINE_BYTES = 64 * 1024;
/** Streams a `git diff` into its added lines (`--text` shows real binary files too: lines are cut at MAX_LINE_BYTES, so memory stays small). */
async function addedLines(root, args, failure) {
    const { parser, result, renamedFrom } = (0,_unified_diff_js__WEBPACK_IMPORTED_MODULE_6__/* .addedLinesParser */ .Do)();
    const run = await (0,_util_git_lines_js__WEBPACK_IMPORTED_MODULE_5__/* .gitLines */ .Q)(root, args, (line) => parser.line(line), MAX_LINE_BYTES);
    parser.end();
    if (run.code !== 0)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_8__/* .ConfigurationError */ .j1(`${failure}: ${firstLine(run.stderr)}`);
    return { changed: result, renamedFrom };
}
/**
 * True when `dir` is inside a work tree by lstat alone: a `.git` above it (the one every git call
 * pins as its work tree, src/util/git.ts), `dir` not inside that `.git`, and not a repository
 * directory itself (a bare repository, which git would find first). Anything else asks git.
 */
function plainlyInWorkTree(dir) {
    try {
        const top = (0,_util_git_js__WEBPACK_IMPORTED_MODULE_4__.repositoryMarker)(dir);
        if (top === null)
            return false;
        const real = (0,node_fs__WEBPACK_IMPORTED_MODULE_3__.realpathSync)(dir);
        if (node_path__WEBPACK_IMPORTED_MODULE_0__.relative(top, real).split(node_path__WEBPACK_IMPORTED_MODULE_0__.sep).includes('.git'))
            return false;
        const isRepositoryDir = ['HEAD', 'objects', 'refs'].every((name) => {
            try {
                (0,node_fs__WEBPACK_IMPORTED_MODULE_3__.lstatSync)(node_path__WEBPACK_IMPORTED_MODULE_0__.join(real, name));
                return true;
            }
            catch {
                return false;
            }
        });
        return !isRepositoryDir;
    }
    catch {
        return false;
    }
}
async function requireWorkTree(root, flag) {
    const inside = await (0,_util_git_js__WEBPACK_IMPORTED_MODULE_4__.git)(root, ['rev-parse', '--is-inside-work-tree']);
    if (inside.code !== 0 || inside.stdout.toString().trim() !== 'true') {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_8__/* .ConfigurationError */ .j1(`${flag} needs a git work tree, and ${root} is not inside one`);
    }
}
async function requireCommit(root, rev, flag) {
    await requireWorkTree(root, flag);
    if (rev.startsWith('-'))
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_8__/* .ConfigurationError */ .j1(`${flag}: "${rev}" is not a revision`);
    const result = await (0,_util_git_js__WEBPACK_IMPORTED_MODULE_4__.git)(root, ['rev-parse', '--verify', '-q', `${rev}^{commit}`]);
    if (result.code !== 0)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_8__/* .ConfigurationError */ .j1(`${flag}: unknown revision "${rev}" (is it fetched? shallow clones need fetch-depth: 0)`);
}
/** Untracked files: the name as findings show it, and its bytes to open it by. */
async function untrackedFiles(root) {
    const result = await (0,_util_git_js__WEBPACK_IMPORTED_MODULE_4__.git)(root, ['ls-files', '-z', '--others', '--exclude-standard']);
    if (result.code !== 0)
        return [];
    return (0,_util_file_name_js__WEBPACK_IMPORTED_MODULE_2__/* .splitNul */ .K5)(result.stdout)
        .filter((p) => p.length > 0)
        .map((p) => ({ path: (0,_util_file_name_js__WEBPACK_IMPORTED_MODULE_2__/* .displayName */ .QC)(p), raw: Buffer.concat([Buffer.from(root + node_path__WEBPACK_IMPORTED_MODULE_0__.sep), p]) }));
}
/**
 * Every line of an untracked file, read the way the scan reads it: never through a symlink, never
 * blocking on a FIFO, never past the size limit. Anything else still counts as changed (for
 * file-level findings), with no lines.
 */
async function allLines(file, maxBytes) {
    const outcome = await (0,_discover_read_text_js__WEBPACK_IMPORTED_MODULE_1__/* .readTextFile */ .Gu)(file, maxBytes);
    return outcome.kind === 'text' ? linesOf(outcome.text) : new Set();
}
function firstLine(text) {
    return text.split('\n')[0]?.trim() || 'unknown error';
}


/***/ }),

/***/ 537:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Do: () => (/* binding */ addedLinesParser),
/* harmony export */   nt: () => (/* binding */ UnifiedDiffParser)
/* harmony export */ });
/* unused harmony exports unquoteGitPath, parseAddedLines */
/* harmony import */ var _util_file_name_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3922);
/**
 * An incremental parser of git's unified diff output (`git diff`, `git log -p`), fed one line at
 * a time so that a whole log never has to be held in memory. It reports, per file, the
 * post-image path and the post-image line number of every added line.
 */

/** Undoes git's C-style quoting of unusual path names (`"a\tb"`, octal escapes for bytes); bytes that are not UTF-8 come back as `\xNN`. */
function unquoteGitPath(raw) {
    if (!raw.startsWith('"') || !raw.endsWith('"') || raw.length < 2)
        return raw;
    const bytes = [];
    const body = raw.slice(1, -1);
    const simple = { a: 7, b: 8, t: 9, n: 10, v: 11, f: 12, r: 13, '"': 34, '\\': 92 };
    for (let i = 0; i < body.length; i++) {
        const ch = body[i];
        if (ch !== '\\') {
            bytes.push(...Buffer.from(ch, 'utf8'));
            continue;
        }
        const next = body[i + 1] ?? '';
        if (/[0-7]/.test(next)) {
            bytes.push(parseInt(body.slice(i + 1, i + 4), 8));
            i += 3;
        }
        else {
            bytes.push(simple[next] ?? next.charCodeAt(0));
            i += 1;
        }
    }
    return (0,_util_file_name_js__WEBPACK_IMPORTED_MODULE_0__/* .displayName */ .QC)(Buffer.from(bytes));
}
/** `a/foo` -> `foo`; `/dev/null` -> null. A trailing TAB (added by git for names with spaces) is dropped. */
function headerPath(raw) {
    const trimmed = raw.endsWith('\t') ? raw.slice(0, -1) : raw;
    if (trimmed === '/dev/null')
        return null;
    const unquoted = unquoteGitPath(trimmed);
    return unquoted.replace(/^[ab]\//, '');
}
class UnifiedDiffParser {
    events;
    oldPath = null;
    renamedFrom = null;
    newPath = null;
    inHunk = false;
    nextLine = 0;
    remainingOld = 0;
    remainingNew = 0;
    announced = false;
    headerNew = null;
    newOid = null;
    newMode = null;
    constructor(events) {
        this.events = events;
    }
    /** Feeds one line (without its `\n`). */
    line(text) {
        if (this.inHunk && (this.remainingOld > 0 || this.remainingNew > 0)) {
            const tag = text.charCodeAt(0);
            if (tag === 43 /* + */) {
                if (this.newPath !== null)
                    this.events.added?.(this.newPath, this.nextLine, text.slice(1));
                this.nextLine++;
                this.remainingNew--;
                return;
            }
            if (tag === 45 /* - */) {
                this.remainingOld--;
                return;
            }
            if (tag === 32 /* space */ || text === '') {
                this.nextLine++;
                this.remainingOld--;
                this.remainingNew--;
                return;
            }
            if (tag === 92 /* \ No newline at end of file */)
                return;
            // Anything else ends the hunk early (malformed input): fall through to header parsing.
            this.inHunk = false;
        }
        else if (this.inHunk && text.startsWith('\\')) {
            return;
        }
        this.header(text);
    }
    header(text) {
        if (text.startsWith('diff --git ')) {
            this.finishFile();
            this.inHunk = false;
            this.oldPath = null;
            this.renamedFrom = null;
            this.newPath = null;
            this.announced = false;
            this.newOid = null;
            this.newMode = null;
            this.headerNew = guessHeaderPath(text);
            return;
        }
        if (text.startsWith('index ')) {
            const oids = /^index [0-9a-f]+\.\.([0-9a-f]+)(?: ([0-7]{6}))?/.exec(text);
            if (oids) {
                this.newOid = oids[1];
                if (oids[2] !== undefined)
                    this.newMode = oids[2];
            }
            return;
        }
        if (text.startsWith('new file mode ') || text.startsWith('new mode ')) {
            const mode = /([0-7]{6})$/.exec(text);
            if (mode)
                this.newMode = mode[1];
            return;
        }
        if (text.startsWith('--- ')) {
            this.oldPath = headerPath(text.slice(4));
            return;
        }
        if (text.startsWith('+++ ')) {
            this.newPath = headerPath(text.slice(4));
            this.announce();
            return;
        }
        if (text.startsWith('rename from ')) {
            this.renamedFrom = unquoteGitPath(text.slice('rename from '.length));
            return;
        }
        if (text.startsWith('rename to ') || text.startsWith('copy to ')) {
            this.headerNew = unquoteGitPath(text.slice(text.indexOf(' to ') + 4));
            return;
        }
        if (text.startsWith('Binary files ') || text === 'GIT binary patch') {
            this.events.binary?.(this.headerNew);
            return;
        }
        // Combined diffs (`@@@`, merges shown with --cc) are not requested by this tool: not parsed.
        const hunk = /^@@ -\d+(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/.exec(text);
        if (hunk) {
            this.announce();
            this.inHunk = true;
            this.remainingOld = hunk[1] === undefined ? 1 : Number(hunk[1]);
            this.nextLine = Number(hunk[2]);
            this.remainingNew = hunk[3] === undefined ? 1 : Number(hunk[3]);
        }
    }
    announce() {
        if (this.announced)
            return;
        this.announced = true;
        this.events.file?.({ path: this.newPath, oldPath: this.oldPath, ...this.blob() });
    }
    blob() {
        return { ...(this.newOid !== null ? { newOid: this.newOid } : {}), ...(this.newMode !== null ? { newMode: this.newMode } : {}) };
    }
    /** A section with no `+++` line (mode change, pure rename, binary) still names its file. */
    finishFile() {
        if (!this.announced && this.headerNew !== null) {
            this.events.file?.({ path: this.headerNew, oldPath: this.renamedFrom, ...this.blob() });
            this.announced = true;
        }
    }
    /** Call once after the last line. */
    end() {
        this.finishFile();
    }
}
/** `diff --git a/x b/x` -> `x` when the two names are equal and unquoted (the common case). */
function guessHeaderPath(text) {
    const rest = text.slice('diff --git '.length);
    if (rest.startsWith('"')) {
        const m = /^"(?:[^"\\]|\\.)*" ("(?:[^"\\]|\\.)*")$/.exec(rest);
        return m ? headerPath(m[1]) : null;
    }
    if (!rest.startsWith('a/'))
        return rest.includes(' ') ? null : rest;
    const half = (rest.length - 1) / 2;
    const a = rest.slice(0, half);
    const b = rest.slice(half + 1);
    if (a.slice(2) === b.slice(2))
        return b.slice(2);
    return null;
}
/** Parses a whole diff text into POSIX path -> added post-image lines (every named file is present). */
function parseAddedLines(diff) {
    const { parser, result } = addedLinesParser();
    for (const line of diff.split('\n'))
        parser.line(line);
    parser.end();
    return result;
}
/**
 * A parser to feed line by line, and the maps it fills: POSIX path -> added post-image lines, and
 * renamed path -> the path it was renamed from.
 */
function addedLinesParser() {
    const result = new Map();
    const renamedFrom = new Map();
    const parser = new UnifiedDiffParser({
        file: ({ path, oldPath }) => {
            if (path !== null && !result.has(path))
                result.set(path, new Set());
            if (path !== null && oldPath !== null && oldPath !== path)
                renamedFrom.set(path, oldPath);
        },
        added: (path, line) => {
            let lines = result.get(path);
            if (!lines)
                result.set(path, (lines = new Set()));
            lines.add(line);
        },
    });
    return { parser, result, renamedFrom };
}


/***/ }),

/***/ 8815:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F3: () => (/* binding */ readTextFileSync),
/* harmony export */   Gu: () => (/* binding */ readTextFile),
/* harmony export */   g7: () => (/* binding */ decodeText)
/* harmony export */ });
/* harmony import */ var _util_regular_file_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6943);

const BINARY_SNIFF_BYTES = 8 * 1024;
/**
 * Reads one file as text without following symlinks or blocking on FIFOs. UTF-8 (BOM removed)
 * unless a UTF-16 BOM says otherwise; invalid bytes become U+FFFD so positions stay usable.
 * Kept as a promise for callers; the work is synchronous (see readTextFileSync).
 */
async function readTextFile(absPath, maxBytes) {
    return readTextFileSync(absPath, maxBytes);
}
/**
 * `absPath` is bytes for a name that is not UTF-8 (see util/file-name.ts).
 * Synchronous on purpose: for the many small files of a repository, open/fstat/read/close as
 * direct system calls cost a few microseconds each, while the promise API pays a thread-pool
 * round trip per call (it measured 3x slower end to end). Regular files never block.
 */
function readTextFileSync(absPath, maxBytes) {
    const read = (0,_util_regular_file_js__WEBPACK_IMPORTED_MODULE_0__/* .readRegularFileSync */ .c)(absPath, maxBytes);
    if (!Buffer.isBuffer(read))
        return read;
    const text = decodeText(read);
    if (text === null)
        return { kind: 'binary', bytes: read.length };
    return { kind: 'text', text, bytes: read.length };
}
const UTF16LE = new TextDecoder('utf-16le');
const UTF16BE = new TextDecoder('utf-16be');
/** Text of a buffer, or null when it looks binary (a NUL byte in the first 8 KiB). */
function decodeText(buffer) {
    if (buffer.length >= 2 && buffer[0] === 0xff && buffer[1] === 0xfe)
        return UTF16LE.decode(buffer.subarray(2));
    if (buffer.length >= 2 && buffer[0] === 0xfe && buffer[1] === 0xff)
        return UTF16BE.decode(buffer.subarray(2));
    if (buffer.subarray(0, BINARY_SNIFF_BYTES).indexOf(0) !== -1)
        return null;
    const start = buffer.length >= 3 && buffer[0] === 0xef && buffer[1] === 0xbb && buffer[2] === 0xbf ? 3 : 0;
    // Buffer#toString replaces invalid sequences with U+FFFD like TextDecoder, and is faster.
    return buffer.toString('utf8', start);
}


/***/ }),

/***/ 4530:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ gitLines),
/* harmony export */   h: () => (/* binding */ startedGitLines)
/* harmony export */ });
/* harmony import */ var _git_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2622);

/**
 * Streams a git command's stdout line by line (split on `\n` only: a lone `\r` is content), so
 * that the output, a whole `git log -p` say, is never held in memory. `onLine` runs synchronously
 * for each line; a long line is kept whole, its pieces joined once, up to `maxLineBytes` (past it
 * the line is cut: a binary file shown with --text may hold no line break at all). Names in diff
 * headers arrive C-quoted with octal escapes (core.quotePath is pinned on), so decoding lines as
 * UTF-8 loses no name byte. Returns git's result for the caller to judge.
 */
async function gitLines(cwd, args, onLine, maxLineBytes = Number.POSITIVE_INFINITY) {
    return linesOf((onStdout) => (0,_git_js__WEBPACK_IMPORTED_MODULE_0__.gitStream)(cwd, args, onStdout), onLine, maxLineBytes);
}
/** gitLines over a git command already started (startGit). */
async function startedGitLines(started, onLine, maxLineBytes = Number.POSITIVE_INFINITY) {
    return linesOf((onStdout) => started.read(onStdout), onLine, maxLineBytes);
}
async function linesOf(run, onLine, maxLineBytes) {
    let parts = [];
    let held = 0;
    const keep = (piece) => {
        if (held >= maxLineBytes)
            return;
        const part = held + piece.length > maxLineBytes ? piece.subarray(0, maxLineBytes - held) : piece;
        parts.push(part);
        held += part.length;
    };
    const result = await run((chunk) => {
        let start = 0;
        for (let eol = chunk.indexOf(10); eol !== -1; eol = chunk.indexOf(10, start)) {
            keep(chunk.subarray(start, eol));
            const line = parts.length === 1 ? parts[0] : Buffer.concat(parts);
            parts = [];
            held = 0;
            start = eol + 1;
            onLine(line.toString('utf8'));
        }
        if (start < chunk.length)
            keep(chunk.subarray(start));
    });
    if (parts.length > 0)
        onLine(Buffer.concat(parts).toString('utf8'));
    return result;
}


/***/ })

};
