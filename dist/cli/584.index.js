export const id = 584;
export const ids = [584];
export const modules = {

/***/ 3584:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CHUNK_LOADER_KEY: () => (/* binding */ CHUNK_LOADER_KEY),
/* harmony export */   installChunkCache: () => (/* binding */ installChunkCache)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_url__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_vm__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(714);
/* harmony import */ var node_vm__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(node_vm__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5919);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_5___default = /*#__PURE__*/__webpack_require__.n(node_worker_threads__WEBPACK_IMPORTED_MODULE_5__);
/* harmony import */ var _compile_cache_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(9749);







/**
 * Where the bundle's chunk loader (patched in by scripts/build.mjs) looks for this loader. A
 * chunk it does not take (or any failure) goes through the bundler's own `import()`.
 */
const CHUNK_LOADER_KEY = Symbol.for('openai-secret-lint.load-chunk');
/** The three export lines every chunk of the bundle starts with (webpack's ESM chunk format). */
const CHUNK_HEAD = /^export const id = (\d+);\nexport const ids = \[([\d, ]+)\];\nexport const modules = /;
/**
 * Node 20 has no compile cache (`module.enableCompileCache` came in 22.1), so each run parses
 * and compiles the lazily loaded chunks again: most of a staged scan's start-up. There, chunks are
 * compiled as scripts with V8's code cache, kept in the same private per-user directory as Node's
 * own cache would be (src/cli/compile-cache.ts), one file per chunk content (SHA-256 of the text,
 * Node's version and architecture in the name: a changed or foreign file is never used, and V8
 * rejects data of another build anyway). The data is written at exit, after the run compiled
 * what it used, so the next run skips those functions' compilation too.
 *
 * Installed only on Node without `module.enableCompileCache`, in the main thread and in workers
 * (only the main thread writes), and never when NODE_DISABLE_COMPILE_CACHE is set.
 */
function installChunkCache(entryUrl, env) {
    if ((0,_compile_cache_js__WEBPACK_IMPORTED_MODULE_6__/* .hasCompileCache */ .g0)())
        return;
    if (env.NODE_DISABLE_COMPILE_CACHE)
        return;
    const dir = (0,_compile_cache_js__WEBPACK_IMPORTED_MODULE_6__/* .compileCacheDirectory */ .vW)(env);
    if (dir === null)
        return;
    const base = node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname((0,node_url__WEBPACK_IMPORTED_MODULE_3__.fileURLToPath)(entryUrl));
    const pending = [];
    const loader = (chunkFile) => {
        try {
            const filename = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(base, chunkFile);
            const bytes = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(filename);
            const source = bytes.toString('utf8');
            const head = CHUNK_HEAD.exec(source);
            if (!head)
                return undefined;
            const key = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(bytes).update(`\0${process.version}\0${process.arch}`).digest('hex');
            const file = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(dir, `chunk-${key}.v8`);
            let cachedData;
            try {
                cachedData = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(file);
            }
            catch {
                cachedData = undefined;
            }
            // Same line numbers as the file (stack traces), strict as a module is.
            const body = `(function () { 'use strict'; const id = ${head[1]};\nconst ids = [${head[2]}];\nconst modules = ${source.slice(head[0].length)}\nreturn { id, ids, modules };\n})`;
            const script = compile(body, filename, cachedData);
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
    if (!node_worker_threads__WEBPACK_IMPORTED_MODULE_5__.isMainThread)
        return;
    process.once('exit', () => {
        for (const { file, script } of pending)
            writePrivate(file, script.createCachedData());
    });
}
/**
 * A chunk that uses `import.meta.url` (the worker pool's fallback entry) is not a script as it
 * is: only when it does not compile as written, its uses get the chunk's URL, as a module has.
 */
function compile(body, filename, cachedData) {
    const options = { filename, ...(cachedData ? { cachedData } : {}) };
    try {
        return new (node_vm__WEBPACK_IMPORTED_MODULE_4___default().Script)(body, options);
    }
    catch (error) {
        if (!(error instanceof SyntaxError) || !body.includes('import.meta.url'))
            throw error;
        return new (node_vm__WEBPACK_IMPORTED_MODULE_4___default().Script)(body.split('import.meta.url').join(JSON.stringify((0,node_url__WEBPACK_IMPORTED_MODULE_3__.pathToFileURL)(filename).href)), options);
    }
}
/** Written whole or not at all, readable by this user only; a cache that cannot be written is no error. */
function writePrivate(file, data) {
    const temporary = `${file}.${process.pid}.tmp`;
    try {
        const fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.openSync)(temporary, 'wx', 0o600);
        try {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.writeSync)(fd, data);
        }
        finally {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.closeSync)(fd);
        }
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.renameSync)(temporary, file);
    }
    catch {
        try {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.unlinkSync)(temporary);
        }
        catch {
            // nothing was written
        }
    }
}


/***/ })

};
