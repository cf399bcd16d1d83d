export const id = 968;
export const ids = [968];
export const modules = {

/***/ 9158:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   y: () => (/* binding */ DEFAULT_FLAGS_KEY)
/* harmony export */ });
/**
 * Where the CLI's chunk loader (src/cli/chunk-cache.ts) finds `underDefaultFlags`
 * (src/core/heap-growth.ts) once the scanner has loaded it: a key of its own, so that the loader,
 * which every start-up loads, loads neither node:v8 nor the scanner.
 */
const DEFAULT_FLAGS_KEY = Symbol.for('openai-secret-lint.under-default-v8-flags');


/***/ }),

/***/ 4737:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Rp: () => (/* binding */ HOLD_MIN_FILES),
/* harmony export */   V4: () => (/* binding */ holdHeapGrowth),
/* harmony export */   f1: () => (/* binding */ allowYoungGrowth),
/* harmony export */   xE: () => (/* binding */ enableHeapHold)
/* harmony export */ });
/* unused harmony exports underDefaultFlags, newSpaceBytes */
/* harmony import */ var node_v8__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8877);
/* harmony import */ var _default_flags_key_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9158);


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
 * 4x after a full collection) held to 1.35x, also read at every collection: with the first alone
 * Node 24 still peaked at 255-294 MiB; with both at 218-241 MiB (1.5x: 228-254, too near the
 * target; 2x: 251-286), for no measurable time (bench/README.md).
 *
 * Not while code is compiled from V8's code cache, which is keyed by the values of all its flags:
 * cached code is rejected while they are changed (a staged scan held from the CLI's start lost its
 * chunk cache: 57 -> 92 ms), and data written then is rejected by the next run. A tree scan holds
 * while it walks the tree and, if it is large, until its files are analysed (src/core/scan.ts); a
 * small one releases before it loads its rules' chunks, and a large one's chunk loader compiles
 * under V8's defaults (`underDefaultFlags`). Worker threads compile the bundle under the held flags:
 * their cached code is rejected (about 20 ms of each worker's start, beside the main thread).
 *
 * The flags are process-wide (worker threads included); holds are counted, so that scans running
 * side by side (an organisation audit) keep them until the last one releases.
 */
const NEW_SPACE_CAP_BYTES = 32 * 1024 * 1024;
const OLD_GENERATION_GROWING_PERCENT = 35;
/** A scan of fewer files does not hold while it analyses them (the corpus's 3,767 files are held). */
const HOLD_MIN_FILES = 1000;
/**
 * V8's defaults (`node --v8-options`, Node 20 and 24): 0 is its dynamic growing factor. What the
 * last release restores, whatever the process started with (`node --heap-growing-percent=...` is
 * not kept): V8 offers no way to read a flag back.
 */
const DEFAULT_GROWTH_FACTOR = 2;
const DEFAULT_GROWING_PERCENT = 0;
let enabled = false;
let holders = 0;
let growing = true;
let capBytes = NEW_SPACE_CAP_BYTES;
/**
 * The front doors (CLI, Action): their scans hold the heap's growth where V8 sizes the young
 * generation from the machine's memory (V8 12+, Node 22+; Node 20's is at most 16 MB semi-spaces,
 * and holding there cost the corpus 6-12 % for memory it did not need). `always`: any V8 (tests).
 * Library callers keep V8's defaults. Returns whether holds now take effect.
 */
function enableHeapHold(when = 'young-sized-from-memory') {
    if (when === 'always' || Number(process.versions.v8.split('.')[0]) >= 12)
        enabled = true;
    return enabled;
}
/**
 * Holds the growth until released: the new space grows only as `allowYoungGrowth` lets it, up to
 * `cap` (for the test: Node 20 never grows past the default anyway). Does nothing unless enabled.
 */
function holdHeapGrowth(cap = NEW_SPACE_CAP_BYTES) {
    if (!enabled)
        return { release() { } };
    if (holders++ === 0) {
        capBytes = cap;
        setFlags(true, false);
    }
    let released = false;
    return {
        release() {
            if (released)
                return;
            released = true;
            if (--holders === 0)
                setFlags(false, true);
        },
    };
}
/** Runs `compile` under V8's default flags, holding again afterwards (the chunk loader's compiles). */
const underDefaultFlags = (compile) => {
    if (holders === 0)
        return compile();
    const wasGrowing = growing;
    setFlags(false, true);
    try {
        return compile();
    }
    finally {
        setFlags(true, wasGrowing);
    }
};
globalThis[_default_flags_key_js__WEBPACK_IMPORTED_MODULE_1__/* .DEFAULT_FLAGS_KEY */ .y] = underDefaultFlags;
/** Called once per analysed file (1-3 \u00b5s): lets the new space grow while it is below the cap. */
function allowYoungGrowth() {
    if (holders > 0)
        setYoungGrowth(newSpaceBytes() < capBytes);
}
/**
 * The main thread's new space, as V8 reports it; exported for the test. V8 12+ counts pages
 * allocated past the capacity between scavenges too (up to 1.4x of it under Node 24): that stops
 * the growth a little early at most, never late.
 */
function newSpaceBytes() {
    for (const space of node_v8__WEBPACK_IMPORTED_MODULE_0__.getHeapSpaceStatistics())
        if (space.space_name === 'new_space')
            return space.space_size;
    // No new space by that name (a future V8): treated as full, so it is left as it is.
    return Infinity;
}
/** The old generation held to its growing percent (or V8's default), and the new space growing or not. */
function setFlags(holdOld, growYoung) {
    node_v8__WEBPACK_IMPORTED_MODULE_0__.setFlagsFromString(`--heap-growing-percent=${holdOld ? OLD_GENERATION_GROWING_PERCENT : DEFAULT_GROWING_PERCENT}`);
    setYoungGrowth(growYoung);
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
    const result = (0,_analyze_js__WEBPACK_IMPORTED_MODULE_1__/* .analyzeFile */ .xy)((0,_analyze_js__WEBPACK_IMPORTED_MODULE_1__/* .makeSourceFile */ .AN)(file, outcome.text, context), context);
    stats.suppressed += result.suppressed;
    return result.findings;
}


/***/ })

};
