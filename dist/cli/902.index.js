export const id = 902;
export const ids = [902];
export const modules = {

/***/ 3902:
/***/ ((__webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   scan: () => (/* binding */ scan)
/* harmony export */ });
/* harmony import */ var _analyzers_plain_rules_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5029);
/* harmony import */ var _discover_files_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6200);
/* harmony import */ var _util_git_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2622);
/* harmony import */ var _heap_growth_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4737);
/* harmony import */ var _libraries_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7916);
/* harmony import */ var _path_filter_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9347);
/* harmony import */ var _report_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(1128);
/* harmony import */ var _workers_pool_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(3965);
/* harmony import */ var _workers_scan_file_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(8881);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_workers_pool_js__WEBPACK_IMPORTED_MODULE_7__]);
_workers_pool_js__WEBPACK_IMPORTED_MODULE_7__ = (__webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__)[0];









/** Files scanned between two yields to the event loop (progress output, timers, signals). */
const YIELD_EVERY = 256;
/** The one scan behind both front doors. Never throws for a file's content; only for bad settings. */
async function scan(settings, logger, options = {}) {
    // The heap's growth is held while the tree is walked and, if the scan is large, until its files
    // are analysed (src/core/heap-growth.ts); released however the scan ends.
    const hold = (0,_heap_growth_js__WEBPACK_IMPORTED_MODULE_3__/* .holdHeapGrowth */ .V4)();
    try {
        return await scanTree(settings, logger, options, hold);
    }
    finally {
        hold.release();
    }
}
async function scanTree(settings, logger, options, hold) {
    const started = performance.now();
    const diagnostics = [];
    const stats = (0,_report_js__WEBPACK_IMPORTED_MODULE_6__/* .emptyStats */ .b)();
    const discovery = await (0,_discover_files_js__WEBPACK_IMPORTED_MODULE_1__/* .discoverFiles */ .ZO)(settings.root, settings.targets);
    for (const d of discovery.diagnostics)
        diagnostics.push(d);
    const wanted = (0,_path_filter_js__WEBPACK_IMPORTED_MODULE_5__.discoveryFilter)(settings);
    const files = discovery.files.filter((f) => wanted(f.path));
    stats.filesDiscovered = files.length;
    stats.skippedSymlink = discovery.symlinks;
    const context = { settings, logger, files, diagnostic: (d) => diagnostics.push(d) };
    // A diff keeps findings on changed files only: the others are not read at all. Repository rules
    // still see every file (ignore coverage, includes), and a changed file is read whole.
    const changed = settings.changedLines;
    const toScan = changed === null ? files : files.filter((f) => changed.has(f.path));
    // Loading the rules grows the heap too (Node 24's new space to 64 MB on `big`): a large scan
    // keeps holding; the chunk loader compiles under V8's defaults (src/cli/chunk-cache.ts).
    if (toScan.length < _heap_growth_js__WEBPACK_IMPORTED_MODULE_3__/* .HOLD_MIN_FILES */ .Rp)
        hold.release();
    await (0,_libraries_js__WEBPACK_IMPORTED_MODULE_4__/* .loadLibrariesFor */ .N5)(settings, files.map((f) => f.path));
    const threads = (0,_workers_pool_js__WEBPACK_IMPORTED_MODULE_7__/* .chooseThreads */ .vb)(toScan.length, options.threads);
    logger.debug(threads > 0 ? `scanning ${toScan.length} files on this thread and ${threads} worker thread(s)` : `scanning ${toScan.length} files in one thread`);
    // Repository rules mostly wait for git (grep, check-ignore): they run beside the file scan,
    // and their results are taken in rule order afterwards, so the report does not depend on timing.
    const settle = async (rule) => {
        try {
            return { rule, findings: await rule.checkRepository(context), error: null };
        }
        catch (error) {
            return { rule, findings: [], error };
        }
    };
    const repository = _analyzers_plain_rules_js__WEBPACK_IMPORTED_MODULE_0__/* .REPOSITORY_RULES */ .v.map(settle);
    const raw = threads > 0 ? await (0,_workers_pool_js__WEBPACK_IMPORTED_MODULE_7__/* .scanInWorkers */ .KB)(toScan, context, stats, threads, (done) => logger.progress?.(done, toScan.length)) : await scanHere(toScan, context, stats);
    hold.release();
    for (const { rule, findings, error } of await Promise.all(repository)) {
        // A git call that hung leaves the scan incomplete: that is the run's outcome, not a note.
        if ((0,_util_git_js__WEBPACK_IMPORTED_MODULE_2__.isGitIncomplete)(error))
            throw error;
        if (error !== null)
            diagnostics.push({ file: null, level: 'error', code: 'rule-failed', message: `rule ${rule.meta.id} failed: ${String(error)}` });
        for (const finding of findings)
            raw.push(finding);
    }
    return (0,_report_js__WEBPACK_IMPORTED_MODULE_6__/* .buildReport */ .F)(raw, settings, stats, diagnostics, started, logger);
}
/** Every file in this thread. Reads are synchronous (see readTextFileSync); yields now and then. */
async function scanHere(files, context, stats) {
    const { logger } = context;
    const raw = [];
    for (let i = 0; i < files.length; i++) {
        for (const finding of (0,_workers_scan_file_js__WEBPACK_IMPORTED_MODULE_8__/* .scanFile */ .W)(files[i], context, stats))
            raw.push(finding);
        logger.progress?.(i + 1, files.length);
        if (i % YIELD_EVERY === YIELD_EVERY - 1)
            await new Promise((resolve) => setImmediate(resolve));
    }
    return raw;
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

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

/***/ 3965:
/***/ ((__webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KB: () => (/* binding */ scanInWorkers),
/* harmony export */   vb: () => (/* binding */ chooseThreads)
/* harmony export */ });
/* unused harmony exports MIN_FILES_FOR_WORKERS, workersAvailable */
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8161);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5919);
/* harmony import */ var _counters_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3578);
/* harmony import */ var _entry_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3855);
/* harmony import */ var _protocol_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7231);
/* harmony import */ var _scan_file_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8881);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_entry_js__WEBPACK_IMPORTED_MODULE_2__]);
_entry_js__WEBPACK_IMPORTED_MODULE_2__ = (__webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__)[0];
/**
 * Main-thread side of the scan pool: hands out batches of files to worker threads, scans batches
 * itself in between, and merges what comes back. Costs of a worker: starting one re-evaluates the
 * bundle and warms up its own JIT (each isolate compiles the hot code again), and every finding
 * crosses a thread by structured clone, so it pays only for scans of many files. The main thread
 * works too, so N cores need only N - 1 workers.
 *
 * A worker that dies (out of memory, a crash) loses only the batch it was running: that batch is
 * retried one file at a time on a new worker, and a file that stops a worker on its own is
 * skipped with a diagnostic. If workers cannot start at all, the remaining files are scanned here.
 */






/**
 * Below this many files, starting workers (each loads the whole bundle again) costs more than it
 * saves: on the 2,325-file corpus one thread takes 0.83 s and two 0.94 s; on 20,000 files two
 * threads are 1.25x faster (bench/README.md).
 */
const MIN_FILES_FOR_WORKERS = 4000;
/** Threads in all, the main one included. */
const MAX_THREADS = 4;
/** Batches sent ahead to each worker, so it never waits for the main thread between batches. */
const IN_FLIGHT = 3;
/** Files per batch: fewer as the scan nears its end. */
const MIN_BATCH = 4;
const MAX_BATCH = 64;
/** Longest the main thread scans without looking at workers' messages. */
const YIELD_MS = 10;
const MAX_RESPAWNS = 8;
/** A worker heap limit: a hostile file ends its worker (and is reported), not the whole process. */
const WORKER_HEAP_MB = 1024;
/**
 * A worker's young generation (two semi-spaces and the space objects are promoted through).
 * Node 22+ sizes it from the machine's memory, up to 3 x 64 MB per thread: on `big` the CLI's peak
 * RSS went from 242 MiB under Node 20 to 471 MiB under Node 24, for no speed. 48 MB (Node 20's
 * default) and 16 MB scan `big` equally fast; 16 MB takes 15-20 MiB less at the peak
 * (bench/README.md): a scan's garbage is short-lived, and little survives a small nursery either.
 */
const WORKER_YOUNG_MB = 16;
/** Worker threads need a JavaScript file to start (the bundle); sources run through a loader cannot. */
function workersAvailable() {
    return /\.(m|c)?js$/.test(new URL(_entry_js__WEBPACK_IMPORTED_MODULE_2__.WORKER_URL).pathname);
}
/** How many worker threads (besides the main thread) a scan of this many files uses. */
function chooseThreads(fileCount, requested = 'auto') {
    if (!workersAvailable())
        return 0;
    if (requested !== 'auto')
        return Math.max(0, Math.floor(requested));
    const cores = (0,node_os__WEBPACK_IMPORTED_MODULE_0__.availableParallelism)();
    if (cores < 2 || fileCount < MIN_FILES_FOR_WORKERS)
        return 0;
    return Math.min(cores, MAX_THREADS) - 1;
}
function scanInWorkers(files, context, counters, threads, onProgress) {
    const findings = [];
    // Threads know every discovered file (rules that resolve includes read the list), and batches
    // name files by their place in it: `files` may be a part of it (a diff scans changed files only).
    const all = context.files.length >= files.length ? context.files : files;
    const place = new Map(all.map((f, i) => [f, i]));
    const order = files.map((f) => place.get(f) ?? -1);
    if (order.includes(-1))
        throw new Error('scanInWorkers: a file to scan is not among the context files');
    // Batches are cut when handed out, smaller as the files run out ("guided"), so that no thread
    // is left with a long batch while the others have nothing. Retried batches go first.
    let next = 0;
    const retries = [];
    const takeBatch = () => {
        if (retries.length > 0)
            return retries.shift();
        if (next >= files.length)
            return null;
        const size = Math.max(MIN_BATCH, Math.min(MAX_BATCH, Math.ceil((files.length - next) / ((threads + 1) * 4))));
        const batch = Array.from({ length: Math.min(size, files.length - next) }, (_, k) => order[next + k]);
        next += batch.length;
        return batch;
    };
    const pending = () => retries.length > 0 || next < files.length;
    // Workers get a structured clone: the onSecret callback (a function) stays on this thread,
    // where finalize calls it.
    const { onSecret: _onSecret, ...settings } = context.settings;
    const init = { [_protocol_js__WEBPACK_IMPORTED_MODULE_3__/* .WORKER_FLAG */ .oy]: true, settings, files: [...all] };
    const slots = new Set();
    let nextId = 0;
    let done = 0;
    let respawns = 0;
    let workersBroken = false;
    // Rules that work once per scan (e.g. resolving GitLab includes) run once per thread: the same
    // diagnostic from a second thread says nothing new.
    const diagnosticFrom = new Map();
    const diagnostic = (d, thread) => {
        const key = `${d.file}\0${d.level}\0${d.code}\0${d.message}`;
        const first = diagnosticFrom.get(key);
        if (first === undefined)
            diagnosticFrom.set(key, thread);
        else if (first !== thread)
            return;
        context.diagnostic(d);
    };
    const here = { ...context, diagnostic: (d) => diagnostic(d, 0) };
    let nextThread = 1;
    return new Promise((resolve) => {
        const account = (count) => {
            done += count;
            onProgress(done);
        };
        const finishIfDone = () => {
            if (draining || pending() || [...slots].some((s) => s.inFlight.size > 0))
                return;
            for (const slot of slots) {
                slot.dead = true;
                void slot.worker.terminate();
            }
            slots.clear();
            resolve(findings);
        };
        /**
         * The main thread's share, batch by batch, yielding every YIELD_MS so that workers' answers
         * are taken and they are fed again. Also what finishes the job if workers fail.
         */
        let draining = false;
        const drainHere = async () => {
            if (draining)
                return;
            draining = true;
            let yielded = performance.now();
            for (let batch = takeBatch(); batch !== null; batch = takeBatch()) {
                for (const index of batch) {
                    for (const f of (0,_scan_file_js__WEBPACK_IMPORTED_MODULE_4__/* .scanFile */ .W)(all[index], here, counters))
                        findings.push(f);
                    // Workers' answers are taken (and they are fed again) only when this thread yields:
                    // often enough that a worker never waits for work while this one reads a big file.
                    if (performance.now() - yielded >= YIELD_MS) {
                        await new Promise((r) => setImmediate(r));
                        yielded = performance.now();
                    }
                }
                account(batch.length);
            }
            draining = false;
            finishIfDone();
        };
        const feed = (slot) => {
            while (slot.inFlight.size < IN_FLIGHT) {
                const batch = takeBatch();
                if (batch === null)
                    break;
                const id = nextId++;
                slot.inFlight.set(id, batch);
                slot.worker.postMessage({ id, indexes: batch });
            }
        };
        const lose = (slot, reason) => {
            if (slot.dead)
                return;
            slot.dead = true;
            slots.delete(slot);
            void slot.worker.terminate();
            const ids = [...slot.inFlight.keys()].sort((a, b) => a - b);
            const running = ids.length > 0 ? slot.inFlight.get(ids[0]) : [];
            // Batches that were only waiting go back as they were; the running one is to blame.
            for (const id of ids.slice(1).reverse())
                retries.unshift(slot.inFlight.get(id));
            if (!slot.ready) {
                // It never started: not the files' fault. Stop using workers.
                workersBroken = true;
                if (running.length > 0)
                    retries.unshift(running);
            }
            else if (running.length > 1) {
                for (let k = running.length - 1; k >= 0; k--)
                    retries.unshift([running[k]]);
            }
            else if (running.length === 1) {
                const file = all[running[0]];
                context.diagnostic({ file: file.path, level: 'error', code: 'scan-failed', message: `scanning this file stopped its worker thread (${reason}): not scanned` });
                account(1);
            }
            if (!pending())
                return finishIfDone();
            if (!workersBroken && respawns < MAX_RESPAWNS && spawn()) {
                respawns++;
                return;
            }
            void drainHere();
        };
        const spawn = () => {
            let worker;
            try {
                worker = new node_worker_threads__WEBPACK_IMPORTED_MODULE_1__.Worker(new URL(_entry_js__WEBPACK_IMPORTED_MODULE_2__.WORKER_URL), { argv: [_protocol_js__WEBPACK_IMPORTED_MODULE_3__/* .WORKER_ARG */ .i_], workerData: init, resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB, maxYoungGenerationSizeMb: WORKER_YOUNG_MB } });
            }
            catch (error) {
                // Not fatal (the files are scanned on this thread) but worth knowing: it costs speed.
                if (!workersBroken)
                    context.logger.warning(`worker threads could not start (${error instanceof Error ? error.message : String(error)}); scanning on one thread`);
                workersBroken = true;
                return false;
            }
            const slot = { worker, ready: false, dead: false, inFlight: new Map() };
            const thread = nextThread++;
            slots.add(slot);
            worker.on('message', (message) => {
                if (message.type === 'log')
                    return context.logger[message.level](message.message);
                if (message.type === 'ready') {
                    slot.ready = true;
                    return;
                }
                const batch = slot.inFlight.get(message.id) ?? [];
                slot.inFlight.delete(message.id);
                for (const f of message.findings)
                    findings.push(f);
                for (const d of message.diagnostics)
                    diagnostic(d, thread);
                (0,_counters_js__WEBPACK_IMPORTED_MODULE_5__/* .addCounters */ .Zy)(counters, message.counters);
                account(batch.length);
                feed(slot);
                finishIfDone();
            });
            worker.on('error', (error) => lose(slot, error instanceof Error ? error.message : String(error)));
            worker.on('exit', (code) => lose(slot, `exit code ${code}`));
            feed(slot);
            return true;
        };
        for (let i = 0; i < threads; i++)
            if (!spawn())
                break;
        void drainHere();
    });
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

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


/***/ }),

/***/ 6200:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ZO: () => (/* binding */ discoverFiles)
/* harmony export */ });
/* unused harmony exports toPosixRelative, isIgnored */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var ignore__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(298);
/* harmony import */ var _core_settings_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(3642);
/* harmony import */ var _read_text_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8815);
/* harmony import */ var _util_file_name_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3922);
/* harmony import */ var _util_git_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2622);







function toPosixRelative(root, absPath) {
    return node_path__WEBPACK_IMPORTED_MODULE_1__.relative(root, absPath).split(node_path__WEBPACK_IMPORTED_MODULE_1__.sep).join('/');
}
/**
 * Lists the files of every target: inside a git work tree what git tracks plus untracked files
 * that are not ignored; elsewhere a walk that honours `.gitignore` at every level. Never `.git/`,
 * never a symlink (so never outside the root, and no loops).
 */
async function discoverFiles(root, targets) {
    const seen = new Map();
    const diagnostics = [];
    let symlinks = 0;
    const add = (file) => {
        if (!seen.has(file.absPath))
            seen.set(file.absPath, file);
    };
    const queue = [...targets];
    const visited = new Set();
    for (let target = queue.shift(); target !== undefined; target = queue.shift()) {
        if (visited.has(target))
            continue;
        visited.add(target);
        let stat;
        try {
            stat = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.lstat)(target);
        }
        catch {
            continue; // a nested repository or submodule folder listed by git but not checked out
        }
        if (!stat.isDirectory()) {
            // A file named explicitly is scanned even if ignored; symlinks still are not followed.
            if (stat.isSymbolicLink())
                symlinks++;
            else
                add({ absPath: target, path: toPosixRelative(root, target), tracked: await trackedState(target) });
            continue;
        }
        const fromGit = await listWithGit(target);
        if (fromGit) {
            // git lists paths relative to the target, with `/`: prefixing the target's own relative
            // path is what path.relative would give, without resolving twenty thousand paths.
            const base = toPosixRelative(root, target);
            const under = (rel, absPath) => (base === '' ? rel : base.startsWith('..') ? toPosixRelative(root, absPath) : `${base}/${rel}`);
            for (const { rel, ...entry } of fromGit.files)
                add({ ...entry, path: under(rel, entry.absPath) });
            // Nested repositories and submodules are listed by git as one entry: scan their files too.
            for (const item of fromGit.nested)
                queue.push(item);
        }
        else {
            // A `.git` git cannot read: tracked files that `.gitignore` lists would be skipped by the walk.
            const marker = (0,_util_git_js__WEBPACK_IMPORTED_MODULE_5__.repositoryMarker)(target);
            if (marker !== null)
                diagnostics.push({ file: toPosixRelative(root, target) || '.', level: 'error', code: 'git-failed', message: `git cannot read the repository at ${toPosixRelative(root, marker) || '.'} (a broken .git/config or include?): its tracked files may not all be scanned` });
            const walked = await walk(root, target, diagnostics);
            symlinks += walked.symlinks;
            for (const file of walked.files)
                add({ ...file, path: toPosixRelative(root, file.absPath), tracked: null });
        }
    }
    const files = [...seen.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    return { files, diagnostics, symlinks };
}
async function trackedState(file) {
    const dir = node_path__WEBPACK_IMPORTED_MODULE_1__.dirname(file);
    if (!(await (0,_util_git_js__WEBPACK_IMPORTED_MODULE_5__.gitTopLevel)(dir)))
        return null;
    const result = await (0,_util_git_js__WEBPACK_IMPORTED_MODULE_5__.git)(dir, ['ls-files', '-z', '--error-unmatch', '--', node_path__WEBPACK_IMPORTED_MODULE_1__.basename(file)]);
    return result.code === 0;
}
/**
 * `git ls-files` from the target directory, or null when it is not inside a work tree. Tracked
 * files deleted from the working tree are left out (there is nothing to read); nested
 * repositories (`inner/`) and submodules (gitlinks) come back as directories to scan on their own.
 */
async function listWithGit(dir) {
    if (!(await (0,_util_git_js__WEBPACK_IMPORTED_MODULE_5__.gitTopLevel)(dir)))
        return null;
    const [listed, deleted, staged] = await Promise.all([
        (0,_util_git_js__WEBPACK_IMPORTED_MODULE_5__.git)(dir, ['ls-files', '-z', '-t', '--cached', '--others', '--exclude-standard']),
        (0,_util_git_js__WEBPACK_IMPORTED_MODULE_5__.git)(dir, ['ls-files', '-z', '--deleted']),
        (0,_util_git_js__WEBPACK_IMPORTED_MODULE_5__.git)(dir, ['ls-files', '-z', '--stage']),
    ]);
    if (listed.code !== 0)
        return null;
    // Names are bytes: compared as latin1 strings (one char per byte), shown through displayName.
    const gone = new Set((0,_util_file_name_js__WEBPACK_IMPORTED_MODULE_4__/* .splitNul */ .K5)(deleted.stdout).map((r) => r.toString('latin1')));
    const nested = new Set();
    for (const record of (0,_util_file_name_js__WEBPACK_IMPORTED_MODULE_4__/* .splitNul */ .K5)(staged.stdout)) {
        // "<mode> <object> <stage>\t<path>"; mode 160000 is a gitlink (a submodule).
        if (record.subarray(0, 7).toString('latin1') === '160000 ')
            nested.add(record.subarray(record.indexOf(9) + 1).toString('latin1'));
    }
    const entries = new Map();
    for (const record of (0,_util_file_name_js__WEBPACK_IMPORTED_MODULE_4__/* .splitNul */ .K5)(listed.stdout)) {
        if (record.length < 3)
            continue;
        // `-t` tags: "? " untracked, "H " cached, others (S, M, R, C, K) are index states of tracked files.
        const tracked = record[0] !== 0x3f;
        const rel = record.subarray(2).toString('latin1');
        if (rel.endsWith('/'))
            nested.add(rel.slice(0, -1));
        else if (!nested.has(rel) && !gone.has(rel))
            entries.set(rel, (entries.get(rel) ?? false) || tracked);
    }
    return {
        files: [...entries].map(([rel, tracked]) => ({ ...located(dir, Buffer.from(rel, 'latin1')), tracked })),
        nested: [...nested].map((rel) => node_path__WEBPACK_IMPORTED_MODULE_1__.join(dir, (0,_util_file_name_js__WEBPACK_IMPORTED_MODULE_4__/* .displayName */ .QC)(Buffer.from(rel, 'latin1')))),
    };
}
/** A file below `dir` named by bytes: its shown relative path, absolute path, and raw bytes if needed. */
function located(dir, rel) {
    const shown = (0,_util_file_name_js__WEBPACK_IMPORTED_MODULE_4__/* .displayName */ .QC)(rel);
    const absPath = node_path__WEBPACK_IMPORTED_MODULE_1__.join(dir, shown);
    if ((0,_util_file_name_js__WEBPACK_IMPORTED_MODULE_4__/* .isUtf8 */ .co)(rel))
        return { rel: shown, absPath };
    return { rel: shown, absPath, rawPath: Buffer.concat([Buffer.from(dir + node_path__WEBPACK_IMPORTED_MODULE_1__.sep), rel]) };
}
async function walk(root, top, diagnostics) {
    const files = [];
    let symlinks = 0;
    const stack = [{ dir: top, raw: Buffer.from(top), layers: [] }];
    while (stack.length > 0) {
        const { dir, raw, layers: parentLayers } = stack.pop();
        let entries;
        try {
            entries = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(raw, { withFileTypes: true, encoding: 'buffer' });
        }
        catch (error) {
            diagnostics.push({ file: toPosixRelative(root, dir) || '.', level: 'warning', code: 'unreadable-directory', message: `cannot read directory: ${error.code ?? error}` });
            continue;
        }
        const layers = [...parentLayers];
        if (entries.some((e) => e.name.toString('latin1') === '.gitignore' && e.isFile())) {
            // Never through a link, never blocking on a FIFO, never past the size limit.
            const rules = await (0,_read_text_js__WEBPACK_IMPORTED_MODULE_3__/* .readTextFile */ .Gu)(node_path__WEBPACK_IMPORTED_MODULE_1__.join(dir, '.gitignore'), _core_settings_js__WEBPACK_IMPORTED_MODULE_6__/* .DEFAULT_MAX_FILE_SIZE */ .Sj);
            // An unreadable .gitignore ignores nothing, as in git.
            if (rules.kind === 'text')
                layers.push({ base: dir, matcher: ignore__WEBPACK_IMPORTED_MODULE_2__().add(rules.text) });
        }
        for (const entry of entries) {
            const name = entry.name;
            if (name.toString('latin1') === '.git')
                continue;
            const abs = node_path__WEBPACK_IMPORTED_MODULE_1__.join(dir, (0,_util_file_name_js__WEBPACK_IMPORTED_MODULE_4__/* .displayName */ .QC)(name));
            const rawAbs = Buffer.concat([raw, Buffer.from(node_path__WEBPACK_IMPORTED_MODULE_1__.sep), name]);
            if (entry.isSymbolicLink()) {
                symlinks++;
                continue;
            }
            const isDir = entry.isDirectory();
            if (isIgnored(layers, abs, isDir))
                continue;
            if (isDir)
                stack.push({ dir: abs, raw: rawAbs, layers });
            else
                files.push((0,_util_file_name_js__WEBPACK_IMPORTED_MODULE_4__/* .isUtf8 */ .co)(rawAbs) ? { absPath: abs } : { absPath: abs, rawPath: rawAbs });
        }
    }
    return { files, symlinks };
}
/** Git's precedence: the deepest `.gitignore` that has an opinion wins. */
function isIgnored(layers, abs, isDir) {
    for (let i = layers.length - 1; i >= 0; i--) {
        const layer = layers[i];
        const rel = node_path__WEBPACK_IMPORTED_MODULE_1__.relative(layer.base, abs).split(node_path__WEBPACK_IMPORTED_MODULE_1__.sep).join('/') + (isDir ? '/' : '');
        const verdict = layer.matcher.test(rel);
        if (verdict.ignored)
            return true;
        if (verdict.unignored)
            return false;
    }
    return false;
}


/***/ })

};
