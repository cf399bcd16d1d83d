export const id = 976;
export const ids = [976];
export const modules = {

/***/ 976:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CHUNK_LOADER_KEY: () => (/* binding */ CHUNK_LOADER_KEY),
/* harmony export */   installChunkCache: () => (/* binding */ installChunkCache)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_buffer__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4573);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6760);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3136);
/* harmony import */ var node_vm__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(714);
/* harmony import */ var _core_default_flags_key_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(9158);
/* harmony import */ var _compile_cache_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(2672);








/**
 * Where the bundle's chunk loader (patched in by scripts/build.mjs) looks for this loader. A
 * chunk it does not take (or any failure) goes through the bundler's own `import()`.
 */
const CHUNK_LOADER_KEY = Symbol.for('openai-secret-lint.load-chunk');
/** The three export lines every chunk of the bundle starts with (webpack's ESM chunk format). */
const CHUNK_HEAD = /^export const id = (\d+);\nexport const ids = \[([\d, ]+)\];\nexport const modules = /;
/**
 * Without a cache each run parses and compiles the lazily loaded chunks again: most of a staged
 * scan's start-up. Chunks are compiled as scripts with V8's code cache, kept in a private per-user
 * directory (src/cli/compile-cache.ts), one file per chunk content (SHA-256 of the text, Node's
 * version and architecture in the name: a changed or foreign file is never used, and V8 rejects
 * data of another build anyway). The data is written at exit, after the run compiled what it
 * used, so the next run skips those functions' compilation too; a run that writes also drops the
 * oldest entries beyond a bound (pruneCache), so upgrades do not pile up old builds' data.
 *
 * On every Node: Node 20 has no compile cache of its own, and on Node 24 this measured faster
 * than `module.enableCompileCache` (a staged scan's median 101 against 115 ms, bench/README.md):
 * a chunk then skips the ESM loader's resolve and translate steps as well as compilation.
 * Installed in the main thread and in workers (only the main thread writes: `writes`), and never when
 * NODE_DISABLE_COMPILE_CACHE is set, even empty, as Node reads its own switch.
 */
function installChunkCache(entryUrl, env, writes) {
    if (env.NODE_DISABLE_COMPILE_CACHE !== undefined)
        return;
    const dir = (0,_compile_cache_js__WEBPACK_IMPORTED_MODULE_7__/* .compileCacheDirectory */ .vW)(env);
    if (dir === null)
        return;
    const base = node_path__WEBPACK_IMPORTED_MODULE_3__.dirname((0,node_url__WEBPACK_IMPORTED_MODULE_4__.fileURLToPath)(entryUrl));
    const pending = [];
    const used = new Set();
    const loader = (chunkFile) => {
        try {
            const filename = node_path__WEBPACK_IMPORTED_MODULE_3__.join(base, chunkFile);
            const bytes = (0,node_fs__WEBPACK_IMPORTED_MODULE_2__.readFileSync)(filename);
            // The build writes chunks in ASCII (scripts/ascii-chunks.mjs): Latin-1 is then a plain copy
            // into a one-byte string, where UTF-8 decoding made a two-byte one, 2-3 times slower.
            const source = (0,node_buffer__WEBPACK_IMPORTED_MODULE_1__.isAscii)(bytes) ? bytes.toString('latin1') : bytes.toString('utf8');
            const head = CHUNK_HEAD.exec(source);
            if (!head)
                return undefined;
            const key = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(bytes).update(`\0${process.version}\0${process.arch}`).digest('hex');
            const file = node_path__WEBPACK_IMPORTED_MODULE_3__.join(dir, `chunk-${key}.v8`);
            used.add(node_path__WEBPACK_IMPORTED_MODULE_3__.basename(file));
            let cachedData;
            try {
                cachedData = (0,node_fs__WEBPACK_IMPORTED_MODULE_2__.readFileSync)(file);
            }
            catch {
                cachedData = undefined;
            }
            // Same line numbers as the file (stack traces), strict as a module is.
            const body = `(function () { 'use strict'; const id = ${head[1]};\nconst ids = [${head[2]}];\nconst modules = ${source.slice(head[0].length)}\nreturn { id, ids, modules };\n})`;
            // V8 keys cached code by its flags' values: a large scan holding the heap's growth sets two
            // (src/core/heap-growth.ts), which would reject the data and have it written again at exit.
            const underDefaults = globalThis[_core_default_flags_key_js__WEBPACK_IMPORTED_MODULE_6__/* .DEFAULT_FLAGS_KEY */ .y];
            const script = underDefaults ? underDefaults(() => compile(body, filename, cachedData)) : compile(body, filename, cachedData);
            if (!cachedData || script.cachedDataRejected)
                pending.push({ file, script });
            const chunk = script.runInThisContext()();
            return Promise.resolve(chunk);
        }
        catch {
            return undefined;
        }
    };
    globalThis[CHUNK_LOADER_KEY] = loader;
    if (!writes)
        return;
    process.once('exit', () => {
        if (pending.length === 0)
            return;
        for (const { file, script } of pending)
            (0,_compile_cache_js__WEBPACK_IMPORTED_MODULE_7__/* .writePrivate */ .pb)(file, script.createCachedData());
        (0,_compile_cache_js__WEBPACK_IMPORTED_MODULE_7__/* .pruneCache */ .vs)(dir, used);
    });
}
/**
 * A chunk that uses `import.meta.url` (the worker pool's fallback entry) is not a script as it
 * is: only when it does not compile as written, its uses get the chunk's URL, as a module has.
 */
function compile(body, filename, cachedData) {
    const options = { filename, ...(cachedData ? { cachedData } : {}) };
    try {
        return new node_vm__WEBPACK_IMPORTED_MODULE_5__.Script(body, options);
    }
    catch (error) {
        if (!(error instanceof SyntaxError) || !body.includes('import.meta.url'))
            throw error;
        return new node_vm__WEBPACK_IMPORTED_MODULE_5__.Script(body.split('import.meta.url').join(JSON.stringify((0,node_url__WEBPACK_IMPORTED_MODULE_4__.pathToFileURL)(filename).href)), options);
    }
}


/***/ }),

/***/ 2672:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   pb: () => (/* binding */ writePrivate),
/* harmony export */   vW: () => (/* binding */ compileCacheDirectory),
/* harmony export */   vs: () => (/* binding */ pruneCache)
/* harmony export */ });
/* unused harmony export MAX_CACHE_FILES */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8161);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);



/**
 * The cache directory, created private if missing; null when it, or the folder we create it in,
 * is not a directory only we can write, or when its base or a folder above lets others swap
 * folders inside it (a planted cache would be code we run).
 */
function compileCacheDirectory(env) {
    try {
        const base = env.XDG_CACHE_HOME && node_path__WEBPACK_IMPORTED_MODULE_2__.isAbsolute(env.XDG_CACHE_HOME) ? env.XDG_CACHE_HOME : node_path__WEBPACK_IMPORTED_MODULE_2__.join(node_os__WEBPACK_IMPORTED_MODULE_1__.homedir(), '.cache');
        const ours = node_path__WEBPACK_IMPORTED_MODULE_2__.join(base, 'openai-secret-lint');
        const dir = node_path__WEBPACK_IMPORTED_MODULE_2__.join(ours, 'compile-cache');
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)(dir, { recursive: true, mode: 0o700 });
        for (let at = base;; at = node_path__WEBPACK_IMPORTED_MODULE_2__.dirname(at)) {
            if (!safeBase((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(at)))
                return null;
            if (node_path__WEBPACK_IMPORTED_MODULE_2__.dirname(at) === at)
                break;
        }
        if (!privateDirectory((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(ours)) || !privateDirectory((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(dir)))
            return null;
        return dir;
    }
    catch {
        // A read-only home or an odd file system: run without the cache.
        return null;
    }
}
const uid = typeof process.getuid === 'function' ? process.getuid() : null;
function privateDirectory(stat) {
    return stat.isDirectory() && (uid === null || stat.uid === uid) && (stat.mode & 0o022) === 0;
}
/** Ours or root's, and writable by others only with the sticky bit (which stops them renaming our folder). */
function safeBase(stat) {
    if (!stat.isDirectory() || (uid !== null && stat.uid !== uid && stat.uid !== 0))
        return false;
    return (stat.mode & 0o022) === 0 || (stat.mode & 0o1000) !== 0;
}
/** Cache files kept: about three builds' chunks under two Node versions (a few hundred KB each). */
const MAX_CACHE_FILES = 120;
const CACHE_FILE = /^chunk-[0-9a-f]{64}\.v8$/;
/** A write interrupted (killed process) leaves its temporary file: gone after an hour. */
const STALE_TEMPORARY_MS = 3_600_000;
/**
 * Keeps the cache bounded: run after a run wrote new entries (a new build or Node version), it
 * removes the oldest entries beyond MAX_CACHE_FILES, never those in `keep` (this run's). Oldest by
 * the time written: an entry still in use that goes is written again by its next run.
 */
function pruneCache(dir, keep, now = Date.now()) {
    let names;
    try {
        names = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(dir);
    }
    catch {
        return;
    }
    const entries = [];
    for (const name of names) {
        try {
            const stat = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(node_path__WEBPACK_IMPORTED_MODULE_2__.join(dir, name));
            if (!stat.isFile())
                continue;
            if (CACHE_FILE.test(name))
                entries.push({ name, time: stat.mtimeMs });
            else if (/^(chunk-|git-config-)/.test(name) && name.endsWith('.tmp') && now - stat.mtimeMs > STALE_TEMPORARY_MS)
                (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.unlinkSync)(node_path__WEBPACK_IMPORTED_MODULE_2__.join(dir, name));
        }
        catch {
            // gone meanwhile, or not ours to remove
        }
    }
    if (entries.length <= MAX_CACHE_FILES)
        return;
    entries.sort((a, b) => a.time - b.time || (a.name < b.name ? -1 : 1));
    let excess = entries.length - MAX_CACHE_FILES;
    for (const { name } of entries) {
        if (excess === 0)
            break;
        if (keep.has(name))
            continue;
        try {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.unlinkSync)(node_path__WEBPACK_IMPORTED_MODULE_2__.join(dir, name));
            excess--;
        }
        catch {
            // another run removed it
        }
    }
}
/** Written whole or not at all, readable by this user only; a cache that cannot be written is no error. */
function writePrivate(file, data) {
    const temporary = `${file}.${process.pid}.tmp`;
    try {
        const fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(temporary, 'wx', 0o600);
        try {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeSync)(fd, data);
        }
        finally {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
        }
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.renameSync)(temporary, file);
    }
    catch {
        try {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.unlinkSync)(temporary);
        }
        catch {
            // nothing was written
        }
    }
}


/***/ }),

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


/***/ })

};
