export const id = 527;
export const ids = [527];
export const modules = {

/***/ 1527:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  scanStaged: () => (/* binding */ scanStaged)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./.build-emit/src/analyzers/plain-rules.js
var plain_rules = __webpack_require__(5029);
// EXTERNAL MODULE: ./.build-emit/src/core/analyze.js + 1 modules
var analyze = __webpack_require__(7994);
// EXTERNAL MODULE: ./.build-emit/src/core/path-filter.js
var path_filter = __webpack_require__(9347);
// EXTERNAL MODULE: ./.build-emit/src/core/libraries.js
var libraries = __webpack_require__(7916);
// EXTERNAL MODULE: ./.build-emit/src/core/report.js + 5 modules
var report = __webpack_require__(1128);
// EXTERNAL MODULE: ./.build-emit/src/discover/read-text.js
var read_text = __webpack_require__(8815);
// EXTERNAL MODULE: ./.build-emit/src/util/file-name.js
var file_name = __webpack_require__(3922);
// EXTERNAL MODULE: ./.build-emit/src/util/git.js + 2 modules
var git = __webpack_require__(2622);
// EXTERNAL MODULE: ./.build-emit/src/diff/changed-lines.js
var changed_lines = __webpack_require__(789);
// EXTERNAL MODULE: ./.build-emit/src/diff/git-blobs.js
var git_blobs = __webpack_require__(4310);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./.build-emit/src/util/regular-file.js
var regular_file = __webpack_require__(6943);
;// CONCATENATED MODULE: ./.build-emit/src/diff/worktree-blobs.js


/**
 * Git's object id of a blob with these bytes: SHA-1 for 40-digit ids, SHA-256 for 64-digit ones
 * (`extensions.objectFormat = sha256`); null for any other length.
 */
function blobObjectId(bytes, idLength) {
    const algorithm = idLength === 40 ? 'sha1' : idLength === 64 ? 'sha256' : null;
    if (algorithm === null)
        return null;
    return (0,external_node_crypto_.createHash)(algorithm).update(`blob ${bytes.length}\0`).update(bytes).digest('hex');
}
/**
 * Hands over the staged blobs that the working tree holds byte for byte, one at a time (nothing is
 * kept), and returns the ids left to read from git. In a pre-commit hook the staged file usually
 * is the working-tree file: reading it and checking its object id spares the `git cat-file`
 * process. A file that differs (unstaged edits, a clean filter, line-ending conversion), is not a
 * regular file or is over `maxBytes` is left to git. What is handed over is what the index holds:
 * the id is a hash of exactly these bytes, wherever a path (or a directory symlink on it) led.
 */
function readBlobsFromWorkingTree(entries, maxBytes, onBlob) {
    const done = new Set();
    const left = new Set();
    for (const { absPath, oid } of entries) {
        if (done.has(oid))
            continue;
        const bytes = (0,regular_file/* readRegularFileSync */.c)(absPath, maxBytes);
        // Lower case, as git prints ids; anything else simply does not match.
        if (Buffer.isBuffer(bytes) && blobObjectId(bytes, oid.length) === oid) {
            done.add(oid);
            left.delete(oid);
            // The read may be in a shared scratch buffer: the callee gets its own copy.
            onBlob(oid, Buffer.from(bytes));
        }
        else
            left.add(oid);
    }
    return [...left];
}

;// CONCATENATED MODULE: ./.build-emit/src/diff/staged.js












/**
 * The pre-commit scan: what is staged, read from the index (not the working tree, which may hold
 * unstaged edits), keeping line findings on added lines and file-level findings on staged files.
 */
async function scanStaged(settings, logger, headStart) {
    const started = performance.now();
    const diagnostics = [];
    const stats = (0,report/* emptyStats */.b)();
    const changes = await (headStart?.root === settings.root ? headStart.changes : (0,changed_lines.stagedChanges)(settings.root));
    const changed = new Map([...changes].map(([file, change]) => [file, change.lines]));
    const wanted = (0,path_filter.discoveryFilter)(settings);
    // The whole index is listed only when needed: a staged file whose blob or mode the diff did not
    // name (a pure rename, a mode change), or a repository rule reading a file that is not staged.
    let listing = null;
    const indexByPath = () => (listing ??= indexEntries(settings.root).then((all) => new Map(all.map((e) => [e.path, e]))));
    const entries = [];
    const newToScan = new Set();
    for (const [file, change] of changes) {
        if (!wanted(file))
            continue;
        if ((0,changed_lines.renamedIntoScan)(change.renamedFrom, file, (p) => !wanted(p)))
            newToScan.add(file);
        const entry = change.oid !== undefined && change.mode !== undefined ? { path: file, oid: change.oid, mode: change.mode } : (await indexByPath()).get(file);
        if (entry)
            entries.push(entry);
    }
    const files = entries.map((e) => ({ absPath: external_node_path_.join(settings.root, ...e.path.split('/')), path: e.path, tracked: true }));
    stats.filesDiscovered = files.length;
    const scoped = { ...settings, changedLines: changed };
    const context = { settings: scoped, logger, files, diagnostic: (d) => diagnostics.push(d) };
    await (0,libraries/* loadLibrariesFor */.N5)(scoped, files.map((f) => f.path));
    const raw = [];
    // Repository rules (env files) read what is staged too, not the working tree.
    const stagedTexts = new Map();
    // Staged, but not text to read (a link, a submodule, binary, over the size limit): what the
    // scan itself skipped, a rule reading it gets nothing either (not the blob through git again).
    const notText = new Set();
    context.readText = async (file) => {
        const staged = stagedTexts.get(file.path);
        if (staged !== undefined)
            return staged;
        if (notText.has(file.path))
            return null;
        // A file that is not staged: its content in the index (the last commit's, or an earlier add).
        const entry = (await indexByPath()).get(file.path);
        if (!entry)
            return null;
        let text = null;
        await (0,git_blobs/* readBlobs */.b)(settings.root, [entry.oid], (_oid, content) => {
            if (content !== null)
                text = (0,read_text/* decodeText */.g7)(content);
        }, settings.maxFileSize);
        return text;
    };
    const readable = entries.filter((e) => {
        // A submodule is staged as a commit id, not content. A symlink's blob is its target text,
        // committed and pushed like any file's (and `--history` scans it): scanned from git (the
        // working tree's link itself is never followed), so a key written as a target is found.
        if (e.mode === '160000') {
            notText.add(e.path);
            return false;
        }
        return true;
    });
    const byOid = new Map();
    for (const e of readable)
        byOid.set(e.oid, [...(byOid.get(e.oid) ?? []), e]);
    let done = 0;
    const absPathOf = (entry) => external_node_path_.join(settings.root, ...entry.path.split('/'));
    const onBlob = (oid, content, size) => {
        for (const entry of byOid.get(oid) ?? []) {
            logger.progress?.(++done, readable.length);
            if (content === null) {
                notText.add(entry.path);
                stats.skippedTooLarge++;
                diagnostics.push({ file: entry.path, level: 'warning', code: 'skipped-too-large', message: `staged file of ${size} bytes exceeds the limit of ${settings.maxFileSize} bytes: not scanned` });
                continue;
            }
            const text = (0,read_text/* decodeText */.g7)(content);
            if (text === null) {
                notText.add(entry.path);
                stats.skippedBinary++;
                diagnostics.push({ file: entry.path, level: 'info', code: 'skipped-binary', message: 'binary file (NUL byte in the first 8 KiB): not scanned' });
                continue;
            }
            stats.filesScanned++;
            stats.bytesScanned += content.length;
            stagedTexts.set(entry.path, text);
            if (newToScan.has(entry.path))
                changed.set(entry.path, (0,changed_lines.linesOf)(text));
            const file = { absPath: absPathOf(entry), path: entry.path, tracked: true };
            const result = (0,analyze/* analyzeFile */.xy)((0,analyze/* makeSourceFile */.AN)(file, text, context), context);
            stats.suppressed += result.suppressed;
            for (const finding of result.findings)
                raw.push(finding);
        }
    };
    // Staged content the working tree holds too (its object id checked) is read there; the rest
    // comes from git. Blobs over the size limit are counted, not kept: reading stays linear in the
    // staged bytes.
    const fromGit = readBlobsFromWorkingTree(readable.map((entry) => ({ absPath: absPathOf(entry), oid: entry.oid })), settings.maxFileSize, (oid, content) => onBlob(oid, content, content.length));
    await (0,git_blobs/* readBlobs */.b)(settings.root, fromGit, onBlob, settings.maxFileSize);
    for (const rule of plain_rules/* REPOSITORY_RULES */.v) {
        try {
            for (const finding of await rule.checkRepository(context))
                raw.push(finding);
        }
        catch (error) {
            if ((0,git.isGitIncomplete)(error))
                throw error;
            diagnostics.push({ file: null, level: 'error', code: 'rule-failed', message: `rule ${rule.meta.id} failed: ${String(error)}` });
        }
    }
    return (0,report/* buildReport */.F)(raw, scoped, stats, diagnostics, started, logger);
}
/** Stage-0 index entries below `root`, with paths relative to it. */
async function indexEntries(root) {
    const result = await (0,git.git)(root, ['ls-files', '-s', '-z']);
    if (result.code !== 0)
        return [];
    const entries = [];
    for (const record of (0,file_name/* splitNul */.K5)(result.stdout)) {
        const tab = record.indexOf(9);
        if (tab === -1)
            continue;
        const [mode, oid, stage] = record.subarray(0, tab).toString('latin1').split(' ');
        if (stage !== '0' || !mode || !oid)
            continue; // conflicted entries: git refuses to commit them anyway
        // Shown as the diff parser shows it (`\xNN` for bytes that are not UTF-8), so the two agree.
        entries.push({ mode, oid, path: (0,file_name/* displayName */.QC)(record.subarray(tab + 1)) });
    }
    return entries;
}


/***/ })

};
