export const id = 968;
export const ids = [968];
export const modules = {

/***/ 4737:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dk: () => (/* binding */ releaseHeapGrowth),
/* harmony export */   Rp: () => (/* binding */ HOLD_MIN_FILES),
/* harmony export */   V4: () => (/* binding */ holdHeapGrowth),
/* harmony export */   f1: () => (/* binding */ allowYoungGrowth),
/* harmony export */   xE: () => (/* binding */ enableHeapHold)
/* harmony export */ });
/* unused harmony export newSpaceBytes */
/* harmony import */ var node_v8__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8877);

/**
 * Keeps a large scan's memory near Node 20's under Node 22 and later (issue 20: peak RSS at most
 * 256 MB on the 200 MB benchmark tree, under both Nodes).
 *
 * V8 grows the new space (two semi-spaces) by `--semi-space-growth-factor` after scavenges, up to a
 * maximum fixed when the heap is set up. Node 22+ sets that maximum from the machine's memory (64 MB
 * semi-spaces against Node 20's 16 MB), and neither the npm bin nor the Action can pass a flag at
 * start: on `big` the main thread's new space reached 128 MB and the CLI's peak RSS 360 MiB under
 * Node 24 (230 MiB under Node 20), for no speed. The growth factor, unlike the maximum, is read at
 * every growth: while a large scan analyses its files it is 1 (no growth) once the new space has
 * reached Node 20's size, 2 below it. The old generation's growing factor is V8's dynamic one (up to
 * 4x after a full collection) held to 1.5x, also read at every collection: with the first alone
 * Node 24 still peaked at 245-285 MiB; with both at 230-245 MiB (bench/README.md).
 *
 * Only while a tree scan walks the tree and, if it is large, while it loads its rules and analyses
 * its files: V8 keys its code cache by the values of all its flags, so code cached under the
 * defaults is rejected while they are changed (a staged scan held from the CLI's start lost its
 * chunk cache: 57 -> 92 ms), and data written then is rejected by the next run. A small scan
 * releases before it loads a chunk; a large one pays for compiling its rules' chunks again (tens of
 * milliseconds in seconds); the flags are back to V8's defaults before the report's chunks load
 * and before the cache is written at exit.
 *
 * The flags are process-wide; a worker's own limits are set apart (src/core/workers/pool.ts).
 */
const NEW_SPACE_CAP_BYTES = 32 * 1024 * 1024;
const OLD_GENERATION_GROWING_PERCENT = 50;
/** A scan of fewer files releases the hold before it loads its rules (the corpus's 3,767 files are held). */
const HOLD_MIN_FILES = 1000;
/** V8's defaults: 0 is its dynamic growing factor. */
const DEFAULT_GROWTH_FACTOR = 2;
const DEFAULT_GROWING_PERCENT = 0;
let enabled = false;
let held = false;
let growing = true;
let capBytes = NEW_SPACE_CAP_BYTES;
/** The front doors (CLI, Action): their large scans hold the heap's growth. Library callers keep V8's defaults. */
function enableHeapHold() {
    enabled = true;
}
/**
 * A tree scan, from its start: holds the growth (a walk of 20,000 files grew Node 24's new space
 * to 32 MB, and loading the rules to 64). Returns whether it did. `cap` is for the test (Node 20
 * never grows past the default anyway).
 */
function holdHeapGrowth(cap = NEW_SPACE_CAP_BYTES) {
    if (!enabled || held)
        return false;
    held = true;
    capBytes = cap;
    node_v8__WEBPACK_IMPORTED_MODULE_0__.setFlagsFromString(`--heap-growing-percent=${OLD_GENERATION_GROWING_PERCENT}`);
    setYoungGrowth(false);
    return true;
}
/** A small scan, or the analysis is over (or failed): V8's defaults again, so code cached from here on is valid. */
function releaseHeapGrowth() {
    if (!held)
        return;
    held = false;
    setYoungGrowth(true);
    node_v8__WEBPACK_IMPORTED_MODULE_0__.setFlagsFromString(`--heap-growing-percent=${DEFAULT_GROWING_PERCENT}`);
}
/** Called once per analysed file (1-3 \u00b5s): lets the new space grow while it is below the cap. */
function allowYoungGrowth() {
    if (held)
        setYoungGrowth(newSpaceBytes() < capBytes);
}
/** The main thread's new space, as V8 reports it; exported for the test. */
function newSpaceBytes() {
    for (const space of node_v8__WEBPACK_IMPORTED_MODULE_0__.getHeapSpaceStatistics())
        if (space.space_name === 'new_space')
            return space.space_size;
    // No new space by that name (a future V8): treated as full, so it is left as it is.
    return Infinity;
}
function setYoungGrowth(grow) {
    if (grow === growing)
        return;
    growing = grow;
    node_v8__WEBPACK_IMPORTED_MODULE_0__.setFlagsFromString(`--semi-space-growth-factor=${grow ? DEFAULT_GROWTH_FACTOR : 1}`);
}


/***/ }),

/***/ 3642:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L6: () => (/* binding */ defaultSettings),
/* harmony export */   Sj: () => (/* binding */ DEFAULT_MAX_FILE_SIZE),
/* harmony export */   VQ: () => (/* binding */ DEFAULT_FAIL_ON),
/* harmony export */   l$: () => (/* binding */ DEFAULT_DECODE_DEPTH)
/* harmony export */ });
const DEFAULT_MAX_FILE_SIZE = 5 * 1024 * 1024;
const DEFAULT_DECODE_DEPTH = 3;
const DEFAULT_FAIL_ON = 'high';
function defaultSettings(root, overrides = {}) {
    return {
        root,
        targets: [root],
        failOn: DEFAULT_FAIL_ON,
        maxFileSize: DEFAULT_MAX_FILE_SIZE,
        decodeDepth: DEFAULT_DECODE_DEPTH,
        rules: {},
        allow: { paths: [], patterns: [], fingerprints: [] },
        include: [],
        exclude: [],
        secretNames: { extra: [], ignore: [] },
        envFileTemplates: [],
        kubernetes: { strictSecretEnv: false },
        baseline: [],
        changedLines: null,
        verify: { enabled: false, env: {} },
        ...overrides,
    };
}


/***/ }),

/***/ 3578:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hw: () => (/* binding */ emptyCounters),
/* harmony export */   Zy: () => (/* binding */ addCounters)
/* harmony export */ });
/* unused harmony export FILE_COUNTERS */
/** The per-file counters a batch of files adds to the scan's totals. */
const FILE_COUNTERS = ['filesScanned', 'bytesScanned', 'skippedBinary', 'skippedTooLarge', 'skippedUnreadable', 'skippedSymlink', 'skippedSpecial', 'suppressed'];
function emptyCounters() {
    return { filesScanned: 0, bytesScanned: 0, skippedBinary: 0, skippedTooLarge: 0, skippedUnreadable: 0, skippedSymlink: 0, skippedSpecial: 0, suppressed: 0 };
}
function addCounters(into, from) {
    for (const key of FILE_COUNTERS)
        into[key] += from[key];
}


/***/ }),

/***/ 3855:
/***/ ((__webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   WORKER_URL: () => (/* binding */ WORKER_URL)
/* harmony export */ });
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5919);
/* harmony import */ var _libraries_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7916);
/* harmony import */ var _counters_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3578);
/* harmony import */ var _protocol_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7231);
/* harmony import */ var _scan_file_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8881);
/**
 * Worker side of the scan pool. The pool starts a worker on the very file it was loaded from (the
 * ncc bundle, or this module when not bundled). In that worker this module, evaluated before the
 * bundle's entry point (it is one of its imports), serves batches and then awaits forever, so the
 * entry point's own top-level code (the CLI's main, the Action's run) never runs there.
 */





/**
 * URL a worker is started from: the entry file its bundle declared (the CLI, whose scanner is a
 * lazily loaded chunk), else the bundle itself (every module of one bundle shares its URL).
 */
const WORKER_URL = globalThis[_protocol_js__WEBPACK_IMPORTED_MODULE_2__/* .WORKER_ENTRY_KEY */ .Y1] ?? import.meta.url;
function serve(init) {
    const port = node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.parentPort;
    const post = (message) => port.postMessage(message);
    let diagnostics = [];
    const context = {
        settings: init.settings,
        files: init.files,
        logger: {
            debug: (message) => post({ type: 'log', level: 'debug', message }),
            info: (message) => post({ type: 'log', level: 'info', message }),
            warning: (message) => post({ type: 'log', level: 'warning', message }),
        },
        diagnostic: (d) => diagnostics.push(d),
    };
    port.on('message', (request) => {
        const stats = (0,_counters_js__WEBPACK_IMPORTED_MODULE_4__/* .emptyCounters */ .Hw)();
        const findings = [];
        diagnostics = [];
        for (const index of request.indexes) {
            for (const finding of (0,_scan_file_js__WEBPACK_IMPORTED_MODULE_3__/* .scanFile */ .W)(init.files[index], context, stats))
                findings.push(finding);
        }
        post({ type: 'done', id: request.id, findings, diagnostics, counters: stats });
    });
    post({ type: 'ready' });
}
if (!node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.isMainThread && node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.workerData?.[_protocol_js__WEBPACK_IMPORTED_MODULE_2__/* .WORKER_FLAG */ .oy]) {
    const init = node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.workerData;
    // Before 'ready': the pool sends no batch until then.
    await (0,_libraries_js__WEBPACK_IMPORTED_MODULE_1__/* .loadLibrariesFor */ .N5)(init.settings, init.files.map((f) => f.path));
    serve(init);
    // Never settles: keeps the rest of the bundle (the entry point) from running in this worker.
    // The open message port keeps the thread alive until the pool terminates it.
    await new Promise(() => { });
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 8881:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ scanFile)
/* harmony export */ });
/* harmony import */ var _discover_read_text_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
/* harmony import */ var _analyze_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7994);


/**
 * Reads and analyzes one file, in the main thread or a worker alike. Never throws: whatever
 * keeps a file from being scanned becomes a count and, where a user should know, a diagnostic.
 */
function scanFile(file, context, stats) {
    const { settings } = context;
    const outcome = (0,_discover_read_text_js__WEBPACK_IMPORTED_MODULE_0__/* .readTextFileSync */ .F3)(file.rawPath ?? file.absPath, settings.maxFileSize);
    switch (outcome.kind) {
        case 'binary':
            stats.skippedBinary++;
            context.diagnostic({ file: file.path, level: 'info', code: 'skipped-binary', message: 'binary file (NUL byte in the first 8 KiB): not scanned' });
            return [];
        case 'too-large':
            stats.skippedTooLarge++;
            context.diagnostic({ file: file.path, level: 'warning', code: 'skipped-too-large', message: `file of ${outcome.bytes} bytes exceeds the limit of ${settings.maxFileSize} bytes: not scanned` });
            return [];
        case 'symlink':
            stats.skippedSymlink++;
            return [];
        case 'special':
            stats.skippedSpecial++;
            context.diagnostic({ file: file.path, level: 'info', code: 'skipped-special', message: 'not a regular file (FIFO, socket or device): not scanned' });
            return [];
        case 'unreadable':
            stats.skippedUnreadable++;
            context.diagnostic({ file: file.path, level: 'warning', code: 'unreadable', message: `cannot read file (${outcome.reason}): not scanned` });
            return [];
        case 'text':
            break;
    }
    stats.filesScanned++;
    stats.bytesScanned += outcome.bytes;
    const result = (0,_analyze_js__WEBPACK_IMPORTED_MODULE_1__/* .analyzeFile */ .x)((0,_analyze_js__WEBPACK_IMPORTED_MODULE_1__/* .makeSourceFile */ .A)(file, outcome.text, context), context);
    stats.suppressed += result.suppressed;
    return result.findings;
}


/***/ })

};
