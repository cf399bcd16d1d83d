export const id = 959;
export const ids = [959,990];
export const modules = {

/***/ 6990:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   COMMIT_MARK: () => (/* binding */ COMMIT_MARK),
/* harmony export */   historyLogArgs: () => (/* binding */ historyLogArgs),
/* harmony export */   historyRevisions: () => (/* binding */ historyRevisions)
/* harmony export */ });
/** Starts each commit's header line in the log (a character no diff line begins with). */
const COMMIT_MARK = '\u001e';
/** The revisions the log walks: the tip's history, or every ref; minus `--since` and exclusions. */
function historyRevisions(options) {
    const revisions = options.allBranches ? ['--branches', '--remotes', '--tags'] : [options.tip ?? 'HEAD'];
    if (options.since !== null)
        revisions.push(`^${options.since}`);
    for (const rev of options.exclude ?? [])
        revisions.push(`^${rev}`);
    return revisions;
}
/**
 * --text: a `binary` or `-diff` attribute of the repository must not hide a text file's lines;
 * real binary files are told by their NUL bytes and skipped. --topo-order lists children before
 * parents (the scan keeps the oldest commit that added a secret).
 */
function historyLogArgs(revisions, merges) {
    return ['log', '-p', '--text', '--topo-order', '--no-color', '--no-ext-diff', '--no-textconv', '--no-show-signature', '--no-mailmap', '--no-notes', '--ignore-submodules=all', '-U0', '-M', `--diff-merges=${merges}`, '--full-index', '--relative', `--format=${COMMIT_MARK}%H %aI`, ...revisions, '--', '.'];
}


/***/ }),

/***/ 6959:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  scanHistory: () => (/* binding */ scanHistory)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./.build-emit/src/core/analyze.js + 1 modules
var analyze = __webpack_require__(7994);
// EXTERNAL MODULE: ./.build-emit/src/core/libraries.js
var core_libraries = __webpack_require__(7916);
// EXTERNAL MODULE: ./.build-emit/src/core/path-filter.js
var path_filter = __webpack_require__(9347);
// EXTERNAL MODULE: ./.build-emit/src/core/report.js + 5 modules
var core_report = __webpack_require__(1128);
// EXTERNAL MODULE: ./.build-emit/src/diff/changed-lines.js
var changed_lines = __webpack_require__(789);
// EXTERNAL MODULE: ./.build-emit/src/diff/git-blobs.js
var git_blobs = __webpack_require__(4310);
// EXTERNAL MODULE: ./.build-emit/src/diff/unified-diff.js
var unified_diff = __webpack_require__(537);
// EXTERNAL MODULE: ./.build-emit/src/discover/classify.js
var classify = __webpack_require__(6865);
// EXTERNAL MODULE: ./.build-emit/src/discover/read-text.js
var read_text = __webpack_require__(8815);
// EXTERNAL MODULE: ./.build-emit/src/yaml/library.js
var library = __webpack_require__(4716);
// EXTERNAL MODULE: ./.build-emit/src/util/git.js + 2 modules
var git = __webpack_require__(2622);
// EXTERNAL MODULE: ./.build-emit/src/history/log-args.js
var log_args = __webpack_require__(6990);
;// CONCATENATED MODULE: ./.build-emit/src/history/commit-files.js
/**
 * The lines one commit added to one file, joined into a text the file rules can read, with a
 * map from each text line to its real post-image line number. Runs of added lines that are not
 * adjacent in the file are separated by an empty line so that no match spans the gap.
 */
/**
 * A UTF-16 byte order mark and an ASCII character, as git's diff lines show them read as UTF-8
 * (each BOM byte is invalid there): such a file is told from a binary one by its blob.
 */
const UTF16_START = /^\uFFFD\uFFFD(?:[\x01-\x7f]\0|\0[\x01-\x7f])/;
class AddedText {
    keepBytes;
    lines = [];
    /** realLine[i] is the post-image line of text line i + 1. */
    realLine = [];
    bytes = 0;
    /**
     * A NUL byte in the file's first 8 KiB, seen in what was added: a binary file (git's own test).
     * History is read with `--text`, so that a `.gitattributes` marking a text file `binary` or
     * `-diff` cannot hide it. Known only while the added lines run on from line 1: elsewhere the
     * NUL's place in the file is unknown (see `nul`).
     */
    binary = false;
    /**
     * A NUL byte added where its place in the file is unknown (after a gap, or past 8 KiB added):
     * the lines are kept, and only the blob itself can tell a binary file (a NUL in its first
     * 8 KiB) from a text file with a NUL further on, whose other added lines must be scanned.
     */
    nul = false;
    /**
     * The file was renamed here from a path the scan excludes: it was never scanned there, so every
     * line of it counts as added (a rename alone adds none).
     */
    renamedIn = false;
    last = -1;
    /** Line 1 was added and starts as UTF-16 text does (a BOM, then an ASCII character): its NULs are text. */
    utf16 = false;
    /** The added lines so far run on from line 1: `bytes` is then the offset in the file. */
    fromStart = true;
    /** Lines past `keepBytes` are only counted (the file is then skipped as too large): memory stays bounded. */
    constructor(keepBytes = Number.POSITIVE_INFINITY) {
        this.keepBytes = keepBytes;
    }
    add(line, text) {
        if (line !== (this.last === -1 ? 1 : this.last + 1))
            this.fromStart = false;
        if (line === 1 && UTF16_START.test(text))
            this.utf16 = true;
        if (!this.binary && text.includes('\0')) {
            if (this.fromStart && !this.utf16 && this.bytes + Buffer.byteLength(text.slice(0, text.indexOf('\0'))) < 8192)
                this.binary = true;
            else
                this.nul = true;
        }
        if (this.binary || this.bytes > this.keepBytes) {
            this.bytes += Buffer.byteLength(text) + 1;
            return;
        }
        if (this.last !== -1 && line !== this.last + 1) {
            this.lines.push('');
            this.realLine.push(this.last);
        }
        this.lines.push(text);
        this.realLine.push(line);
        this.last = line;
        this.bytes += Buffer.byteLength(text) + 1;
    }
    text() {
        return this.lines.join('\n') + '\n';
    }
    /** The added text of a real post-image line, for telling where a finding was written. */
    lineText(textLine) {
        return this.lines[textLine - 1] ?? '';
    }
    mapLine(textLine) {
        return textLine === null ? null : (this.realLine[textLine - 1] ?? textLine);
    }
}

// EXTERNAL MODULE: ./.build-emit/src/util/git-lines.js
var git_lines = __webpack_require__(4530);
;// CONCATENATED MODULE: ./.build-emit/src/history/git-lines.js


/**
 * `gitLines` for history: a git command that fails part-way (a missing or corrupt object, a
 * shallow clone's edge) leaves the audit incomplete, which the front doors report as such (exit 3),
 * not as a fault of the tool.
 */
async function streamGitLines(cwd, args, onLine, maxLineBytes = Number.POSITIVE_INFINITY, started = null) {
    // `started`: this very command, started earlier (startGit).
    const result = started ? await (0,git_lines/* startedGitLines */.h)(started, onLine, maxLineBytes) : await (0,git_lines/* gitLines */.Q)(cwd, args, onLine, maxLineBytes);
    if (result.code !== 0)
        throw new git.GitIncompleteError(`git ${args[0]} failed (${result.stderr.trim().split('\n')[0] ?? ''}): scan incomplete`);
}

;// CONCATENATED MODULE: ./.build-emit/src/history/head-presence.js

/**
 * Which of these texts still occur, verbatim, in a file at HEAD below `root`: one `git grep`
 * for all of them (fixed strings fed on stdin, never on the command line), `--text` so that a
 * `binary` or `-diff` attribute cannot make a file that holds one look clean.
 */
async function presentAtHead(root, needles, tip = 'HEAD') {
    const usable = [...new Set(needles.filter((n) => n.length > 0 && !n.includes('\n') && !n.includes('\r')))];
    if (usable.length === 0)
        return new Set();
    const head = await (0,git.git)(root, ['rev-parse', '--verify', '-q', `${tip}^{tree}`]);
    if (head.code !== 0)
        return new Set();
    const result = await (0,git.git)(root, ['grep', '-F', '-o', '-h', '--text', '--no-color', '--no-textconv', '-f', '-', tip, '--', '.'], usable.join('\n') + '\n');
    // Exit code 1: nothing found.
    if (result.code !== 0)
        return new Set();
    const found = new Set(result.stdout.toString('utf8').split('\n'));
    return new Set(usable.filter((n) => found.has(n)));
}

;// CONCATENATED MODULE: ./.build-emit/src/history/tip-lines.js


/**
 * For each question: does `file` at `tip` still hold `written` on that very line? Only then may a
 * history finding be annotated on the line (an annotation shows the tip's file). One `ls-tree`
 * (paths below `root`, as the history scan names them) and one `cat-file --batch` for all: the
 * caller's reader, or one started here.
 */
async function heldAtTip(root, tip, questions, reader) {
    const asked = questions.filter((q) => q.line !== null && q.written !== '');
    if (asked.length === 0)
        return questions.map(() => false);
    const listed = await (0,git.git)(root, ['ls-tree', '-r', '-z', tip]);
    if (listed.code !== 0)
        return questions.map(() => false);
    const wanted = new Set(asked.map((q) => q.file));
    const oidOf = new Map();
    for (const record of listed.stdout.toString('utf8').split('\0')) {
        const match = /^\d+ blob ([0-9a-f]+)\t([^]*)$/.exec(record);
        if (match && wanted.has(match[2]))
            oidOf.set(match[2], match[1]);
    }
    const lines = new Map();
    const oids = [...new Set(oidOf.values())];
    const onBlob = (oid, content) => {
        if (content)
            lines.set(oid, content.toString('utf8').split('\n'));
    };
    const limit = 64 * 1024 * 1024;
    await (reader ? reader.read(oids, onBlob, limit) : (0,git_blobs/* readBlobs */.b)(root, oids, onBlob, limit));
    return questions.map((q) => {
        const oid = q.line === null || q.written === '' ? undefined : oidOf.get(q.file);
        const text = oid === undefined ? undefined : lines.get(oid)?.[q.line - 1];
        return text !== undefined && text.includes(q.written);
    });
}

;// CONCATENATED MODULE: ./.build-emit/src/history/messages.js
/** The history-specific message and remediation; the fingerprint stays that of a working-tree scan. */
function describeHistoryFinding(finding, authorDate, present, pullRequest = false) {
    const short = (finding.commit ?? '').slice(0, 12);
    const where = `Added in commit ${short} (${authorDate.slice(0, 10)}) to ${finding.file}`;
    const seed = finding.secret === undefined ? { fingerprintSeed: finding.fingerprintSeed ?? finding.message } : {};
    if (pullRequest) {
        const seedPr = { ...finding, ...seed };
        const inPr = `Added in commit ${short} of this pull request to ${finding.file}`;
        if (present)
            return { ...seedPr, message: `${finding.message} ${inPr}; still present at the pull request's head.` };
        return {
            ...seedPr,
            message: `${finding.message} ${inPr}; removed by a later commit \u2014 still in the pull request's history: rotate it.`,
            remediation: "Rotate it: anyone who can read the pull request's commits can read it. Then rewrite the pull request's commits without it (interactive rebase or squash) and force-push.",
        };
    }
    if (present) {
        return { ...finding, ...seed, message: `${finding.message} ${where}; still present at HEAD.`, remediation: `${finding.remediation} Removing it from the files is not enough: it stays in git history, so rotate it and purge it from history too (e.g. git filter-repo --replace-text).` };
    }
    return {
        ...finding,
        ...seed,
        message: `${finding.message} ${where}; no longer at HEAD but still in git history.`,
        remediation: 'Rotate it (anyone with a clone can read it), then purge it from history (e.g. git filter-repo --replace-text) and force-push every branch and tag that contains it.',
    };
}

;// CONCATENATED MODULE: ./.build-emit/src/history/scan-history.js


















function compareKeys(a, b) {
    for (let i = 0; i < Math.min(a.length, b.length); i++)
        if (a[i] !== b[i])
            return a[i] - b[i];
    return a.length - b.length;
}
/** Deferred items analysed per `cat-file --batch` while the log is still read. */
const DEFERRED_BATCH = 256;
/**
 * YAML files up to this size are analysed whole at each commit that added lines to them (the
 * structural rules need the document around the added lines); larger ones (lock files) only by
 * the rules that read text, on the added lines.
 */
const WHOLE_BLOB_MAX = 512 * 1024;
let noYaml = null;
/** What the YAML rules get on added lines: no document (made once the library is loaded). */
const NO_YAML = () => (noYaml ??= { documents: [], lineCounter: new ((0,library/* yamlLibrary */.Tj)().LineCounter)(), diagnostics: [], ok: true });
/**
 * Audits git history: streams `git log -p` (merges as their diff to the first parent, renames
 * followed, binary files skipped), runs the file rules over the lines each commit added, and
 * reports every secret once, at the oldest commit that added it. Structural YAML rules never see
 * fragments (a few added lines are not the document they belong to): a YAML file is analysed
 * whole at that commit and only findings on its added lines are kept.
 */
async function scanHistory(settings, logger, options) {
    const started = performance.now();
    const root = settings.root;
    // Any commit may add any file: both libraries, loaded while git starts.
    const libraries = (0,core_libraries/* loadLibrariesFor */.N5)(settings, 'all');
    await (0,changed_lines.requireWorkTree)(root, '--history');
    await libraries;
    if (options.since !== null)
        await (0,changed_lines.requireCommit)(root, options.since, '--since');
    const tip = options.tip ?? 'HEAD';
    const revisions = (0,log_args.historyRevisions)(options);
    const hasHead = (await (0,git.git)(root, ['rev-parse', '--verify', '-q', `${tip}^{commit}`])).code === 0;
    const diagnostics = new Map();
    const stats = (0,core_report/* emptyStats */.b)();
    const context = {
        settings,
        logger,
        files: [],
        diagnostic: (d) => {
            // Fragments of YAML are rarely valid YAML: their parse errors say nothing about the file.
            if (d.code.startsWith('yaml-'))
                return;
            diagnostics.set(`${d.file}\0${d.code}\0${d.message}`, d);
        },
    };
    if (!hasHead && !options.allBranches)
        return (0,core_report/* buildReport */.F)([], settings, stats, [...diagnostics.values()], started, logger);
    // The commit count only sizes the progress display: counted beside the log (git walks every
    // commit for it), and not at all when nothing shows progress.
    let total = 0;
    if (logger.progress) {
        void (0,git.git)(root, ['rev-list', '--count', ...revisions, '--', '.']).then((counted) => (total = Number(counted.stdout.toString().trim()) || 0), () => { });
    }
    const wanted = (0,path_filter.discoveryFilter)(settings);
    const introduced = new Map();
    const seenFiles = new Set();
    let commit = '';
    let authorDate = '';
    let files = new Map();
    /** Post-image blob of each file of the current commit. */
    let oids = new Map();
    let commits = 0;
    let deferred = [];
    let deferredCount = 0;
    /** Each deferred blob's first place in the list of every deferred item. */
    const firstSeen = new Map();
    /** The order key of the analysis under way, and a count of its records. */
    let keyPrefix = [0, 0];
    let analyses = 0;
    let recordsInAnalysis = 0;
    const startAnalysis = (prefix) => {
        keyPrefix = prefix;
        recordsInAnalysis = 0;
    };
    // Deferred YAML blobs are analysed batch by batch while git still writes the log (on another
    // core), not all after it: the batches run one after another, in order, through one reader
    // (git starts with its first request, and ends when the scan does, however the scan ends: a
    // batch still queued after a failed scan finds it closed and starts nothing).
    let deferredWork = Promise.resolve();
    const blobReader = new git_blobs/* BlobReader */.n(root);
    const flushDeferred = () => {
        if (deferred.length === 0)
            return;
        const batch = deferred;
        deferred = [];
        deferredWork = deferredWork.then(() => analyzeDeferred(batch));
        // Awaited after the log; until then a failure must not count as unhandled.
        deferredWork.catch(() => { });
    };
    const finishCommit = () => {
        for (const [file, added] of files) {
            const oid = oids.get(file);
            // YAML is analysed whole; a file whose added lines hold a NUL past its known first 8 KiB is
            // told binary or not by its blob (the same deferred read), not by where the NUL was added.
            // A file renamed in from an excluded path is read whole too; git names no blob for a pure
            // rename, so it is looked up by path at the commit (below, `analyzeDeferred`).
            const blob = oid ?? (added.renamedIn ? '' : undefined);
            if (blob !== undefined && (isYamlPath(file) || (added.nul && added.bytes <= settings.maxFileSize) || added.renamedIn) && !/^0+$/.test(blob)) {
                const index = deferredCount++;
                const key = blob === '' ? `${commit}:${file}` : blob;
                if (!firstSeen.has(key))
                    firstSeen.set(key, index);
                deferred.push({ seq: commits, commit, authorDate, file, oid: blob, added, index, first: firstSeen.get(key) });
            }
            else {
                startAnalysis([0, analyses++]);
                analyzeAdded(file, added, commits, commit, authorDate);
            }
        }
        files = new Map();
        oids = new Map();
        if (deferred.length >= (options.deferredBatch ?? DEFERRED_BATCH))
            flushDeferred();
    };
    const tooLarge = (file, bytes, at) => {
        if (bytes <= settings.maxFileSize)
            return false;
        stats.skippedTooLarge++;
        context.diagnostic({ file, level: 'warning', code: 'skipped-too-large', message: `commit ${at.slice(0, 12)} added ${bytes} bytes, more than the limit of ${settings.maxFileSize}: not scanned` });
        return true;
    };
    /** The rules that read text, on the lines a commit added (YAML rules get no document). */
    const analyzeAdded = (file, added, seq, at, date) => {
        seenFiles.add(file);
        if (added.binary) {
            stats.skippedBinary++;
            return;
        }
        if (tooLarge(file, added.bytes, at))
            return;
        stats.filesScanned++;
        stats.bytesScanned += added.bytes;
        const parsed = (0,analyze/* makeSourceFile */.AN)({ absPath: external_node_path_.join(root, ...file.split('/')), path: file, tracked: true }, added.text(), context);
        const source = { ...parsed, yaml: NO_YAML };
        const result = (0,analyze/* analyzeFile */.xy)(source, context);
        stats.suppressed += result.suppressed;
        for (const raw of result.findings) {
            const line = added.mapLine(raw.line);
            const endLine = added.mapLine(raw.endLine);
            record(raw, { line, endLine }, writtenText(raw, (l) => added.lineText(l)), seq, at, date, file);
        }
    };
    /** Every rule on a YAML file's whole content at the commit; findings kept on the lines it added. */
    const analyzeWhole = (item, text, bytes) => {
        seenFiles.add(item.file);
        if (tooLarge(item.file, bytes, item.commit))
            return;
        stats.filesScanned++;
        stats.bytesScanned += item.added.renamedIn ? bytes : item.added.bytes;
        // `yaml`'s parse: a version of a file keeps reporting the secrets of earlier ones, and on the
        // fast parse (src/yaml/fast-parse.ts) every such version would be analysed twice.
        const source = (0,analyze/* makeSourceFile */.AN)({ absPath: external_node_path_.join(root, ...item.file.split('/')), path: item.file, tracked: true }, text, context, { exact: true });
        const result = (0,analyze/* analyzeFile */.xy)(source, context);
        stats.suppressed += result.suppressed;
        if (result.findings.length === 0)
            return;
        const addedLines = new Set(item.added.realLine);
        const lines = text.split('\n');
        for (const raw of result.findings) {
            if (!item.added.renamedIn && raw.line !== null && !touchesAdded(raw.line, raw.endLine ?? raw.line, addedLines))
                continue;
            record(raw, { line: raw.line, endLine: raw.endLine }, writtenText(raw, (l) => (lines[l - 1] ?? '').replace(/\r$/, '')), item.seq, item.commit, item.authorDate, item.file);
        }
    };
    const record = (raw, at, written, seq, sha, date, file) => {
        const finding = { ...raw, ...at, commit: sha };
        const key = [...keyPrefix, recordsInAnalysis++];
        // One finding per secret (a key copied or moved stays one key); per file for findings without one.
        const identity = `${raw.ruleId}\0${raw.secret ?? `${file}\0${raw.fingerprintSeed ?? raw.message}`}`;
        const earlier = introduced.get(identity);
        if (!earlier) {
            introduced.set(identity, { finding, seq, authorDate: date, written, firstKey: key, keptKey: key });
            return;
        }
        if (compareKeys(key, earlier.firstKey) < 0)
            earlier.firstKey = key;
        // --topo-order lists children before parents: a later commit in the log is older (within one, the first is kept).
        if (earlier.seq < seq || (earlier.seq === seq && compareKeys(key, earlier.keptKey) < 0)) {
            introduced.set(identity, { finding, seq, authorDate: date, written, firstKey: earlier.firstKey, keptKey: key });
        }
    };
    const parser = new unified_diff/* UnifiedDiffParser */.nt({
        file: (f) => {
            if (f.path !== null && f.newOid !== undefined)
                oids.set(f.path, f.newOid);
            if (f.path !== null && f.oldPath !== f.path && (0,changed_lines.renamedIntoScan)(f.oldPath ?? undefined, f.path, (p) => !wanted(p))) {
                let added = files.get(f.path);
                if (!added)
                    files.set(f.path, (added = new AddedText(settings.maxFileSize)));
                added.renamedIn = true;
            }
        },
        added: (file, line, text) => {
            if (!wanted(file))
                return;
            let added = files.get(file);
            if (!added)
                files.set(file, (added = new AddedText(settings.maxFileSize)));
            added.add(line, text);
        },
        binary: () => {
            stats.skippedBinary++;
        },
    });
    const merges = options.pullRequest === true && (await (0,git.git)(root, ['log', '-1', '--diff-merges=remerge', '--format=', tip, '--'])).code === 0 ? 'remerge' : 'first-parent';
    const args = (0,log_args.historyLogArgs)(revisions, merges);
    // The log started ahead (while the scanner loaded) is read if it is this one; else it is ended.
    const startedLog = options.startedLog && options.startedLog.cwd === root && options.startedLog.args.join('\0') === args.join('\0') ? options.startedLog : null;
    if (!startedLog)
        options.startedLog?.cancel();
    let done = false;
    try {
        await streamGitLines(root, args, (line) => {
            if (line.startsWith(log_args.COMMIT_MARK)) {
                parser.end();
                finishCommit();
                [commit = '', authorDate = ''] = line.slice(1).split(' ');
                // Counted apart from the progress call: `progress?.(...)` skips its arguments when absent.
                commits++;
                logger.progress?.(commits, Math.max(total, commits));
                return;
            }
            parser.line(line);
        }, settings.maxFileSize + 1, startedLog);
        parser.end();
        finishCommit();
        flushDeferred();
        await deferredWork;
        stats.filesDiscovered = seenFiles.size;
        const entries = [...introduced.values()].sort((a, b) => compareKeys(a.firstKey, b.firstKey));
        // Two independent questions to git, asked at once; the tip's files come through the same reader.
        const [atHead, onLine] = await Promise.all([
            presentAtHead(root, entries.map((e) => e.written), tip),
            heldAtTip(root, tip, entries.map((e) => ({ file: e.finding.file, line: e.finding.line, written: e.written })), blobReader),
        ]);
        const raw = entries.map(({ finding, authorDate: date, written }, i) => {
            const present = atHead.has(written);
            return { ...describeHistoryFinding(finding, date, present, options.pullRequest === true), authorDate: date, presentAtHead: present, lineAtTip: onLine[i] };
        });
        const report = await (0,core_report/* buildReport */.F)(raw, settings, stats, [...diagnostics.values()], started, logger);
        done = true;
        return report;
    }
    finally {
        // A failed scan still ends its reader; the scan's own error is the one reported.
        await (done ? blobReader.close() : blobReader.close().catch(() => { }));
    }
    /** A batch of deferred blobs read through the scan's one `cat-file --batch`, each analysed as it arrives (one in memory at a time). */
    async function analyzeDeferred(items) {
        for (const item of items) {
            if (item.oid !== '')
                continue;
            // `./`: the path is relative to the scan root, where git runs.
            const found = await (0,git.git)(root, ['rev-parse', '--verify', '-q', `${item.commit}:./${item.file}`]);
            if (found.code === 0)
                item.oid = found.stdout.toString('utf8').trim();
        }
        const byOid = new Map();
        for (const item of items) {
            if (item.oid === '')
                continue;
            const list = byOid.get(item.oid);
            if (list)
                list.push(item);
            else
                byOid.set(item.oid, [item]);
        }
        const seen = new Set();
        await blobReader.read([...byOid.keys()], (oid, content, size, head) => {
            seen.add(oid);
            const text = content === null ? null : (0,read_text/* decodeText */.g7)(content);
            // A NUL in the blob's first 8 KiB (read even from a blob too large to keep): binary.
            const binary = content !== null ? text === null : (0,read_text/* decodeText */.g7)(head.subarray(0, 8192)) === null;
            for (const item of byOid.get(oid) ?? []) {
                startAnalysis([1, item.first, item.index]);
                if (binary && (item.added.nul || item.added.renamedIn)) {
                    // Skipped as a tree scan would skip the file; a NUL added further on hides nothing.
                    seenFiles.add(item.file);
                    stats.skippedBinary++;
                }
                else if (text === null)
                    analyzeAdded(item.file, item.added, item.seq, item.commit, item.authorDate);
                // What is deferred is read whole (see finishCommit), as the tree scan reads it.
                else
                    analyzeWhole(item, text, size);
            }
        }, Math.min(WHOLE_BLOB_MAX, settings.maxFileSize), 8192);
        // A blob git could not read or find (a shallow or partial clone): the added lines are what there is.
        for (const item of items) {
            if (item.oid !== '' && seen.has(item.oid))
                continue;
            startAnalysis([2, item.first, item.index]);
            analyzeAdded(item.file, item.added, item.seq, item.commit, item.authorDate);
        }
    }
}
function isYamlPath(file) {
    const lower = file.toLowerCase();
    return (lower.endsWith('.yml') || lower.endsWith('.yaml')) && (0,classify/* classify */.L8)(file) !== 'env';
}
function touchesAdded(line, endLine, added) {
    for (let l = line; l <= endLine; l++)
        if (added.has(l))
            return true;
    return false;
}
/**
 * The text a commit wrote for a finding (the key, or its encoded form), looked for at HEAD: the
 * span on its line; for a key split over lines, its first part.
 */
function writtenText(raw, lineText) {
    if (raw.line !== null && raw.line === raw.endLine)
        return spanText(lineText(raw.line), raw.column, raw.endColumn);
    return raw.secretParts?.[0] ?? raw.secret ?? '';
}
/** The characters between two 1-based columns (counted in code points, as findings are). */
function spanText(line, column, endColumn) {
    if (column === null || endColumn === null)
        return '';
    return Array.from(line).slice(column - 1, endColumn - 1).join('');
}


/***/ })

};
