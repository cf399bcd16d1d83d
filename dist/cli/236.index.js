export const id = 236;
export const ids = [236];
export const modules = {

/***/ 7855:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  CHUNK_LOADER_KEY: () => (/* binding */ CHUNK_LOADER_KEY),
  installChunkCache: () => (/* binding */ installChunkCache)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(3136);
// EXTERNAL MODULE: external "node:vm"
var external_node_vm_ = __webpack_require__(714);
// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __webpack_require__(5919);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
;// CONCATENATED MODULE: ./.build-emit/src/cli/compile-cache.js



/**
 * The cache directory, created private if missing; null when it, or the folder we create it in,
 * is not a directory only we can write, or when its base or a folder above lets others swap
 * folders inside it (a planted cache would be code we run).
 */
function compileCacheDirectory(env) {
    try {
        const base = env.XDG_CACHE_HOME && external_node_path_.isAbsolute(env.XDG_CACHE_HOME) ? env.XDG_CACHE_HOME : external_node_path_.join(external_node_os_.homedir(), '.cache');
        const ours = external_node_path_.join(base, 'openai-secret-lint');
        const dir = external_node_path_.join(ours, 'compile-cache');
        (0,external_node_fs_.mkdirSync)(dir, { recursive: true, mode: 0o700 });
        for (let at = base;; at = external_node_path_.dirname(at)) {
            if (!safeBase((0,external_node_fs_.statSync)(at)))
                return null;
            if (external_node_path_.dirname(at) === at)
                break;
        }
        if (!privateDirectory((0,external_node_fs_.lstatSync)(ours)) || !privateDirectory((0,external_node_fs_.lstatSync)(dir)))
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
        names = (0,external_node_fs_.readdirSync)(dir);
    }
    catch {
        return;
    }
    const entries = [];
    for (const name of names) {
        try {
            const stat = (0,external_node_fs_.lstatSync)(external_node_path_.join(dir, name));
            if (!stat.isFile())
                continue;
            if (CACHE_FILE.test(name))
                entries.push({ name, time: stat.mtimeMs });
            else if (name.startsWith('chunk-') && name.endsWith('.tmp') && now - stat.mtimeMs > STALE_TEMPORARY_MS)
                (0,external_node_fs_.unlinkSync)(external_node_path_.join(dir, name));
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
            (0,external_node_fs_.unlinkSync)(external_node_path_.join(dir, name));
            excess--;
        }
        catch {
            // another run removed it
        }
    }
}

;// CONCATENATED MODULE: ./.build-emit/src/cli/chunk-cache.js







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
 * Installed in the main thread and in workers (only the main thread writes), and never when
 * NODE_DISABLE_COMPILE_CACHE is set, even empty, as Node reads its own switch.
 */
function installChunkCache(entryUrl, env) {
    if (env.NODE_DISABLE_COMPILE_CACHE !== undefined)
        return;
    const dir = compileCacheDirectory(env);
    if (dir === null)
        return;
    const base = external_node_path_.dirname((0,external_node_url_.fileURLToPath)(entryUrl));
    const pending = [];
    const used = new Set();
    const loader = (chunkFile) => {
        try {
            const filename = external_node_path_.join(base, chunkFile);
            const bytes = (0,external_node_fs_.readFileSync)(filename);
            const source = bytes.toString('utf8');
            const head = CHUNK_HEAD.exec(source);
            if (!head)
                return undefined;
            const key = (0,external_node_crypto_.createHash)('sha256').update(bytes).update(`\0${process.version}\0${process.arch}`).digest('hex');
            const file = external_node_path_.join(dir, `chunk-${key}.v8`);
            used.add(external_node_path_.basename(file));
            let cachedData;
            try {
                cachedData = (0,external_node_fs_.readFileSync)(file);
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
    if (!external_node_worker_threads_.isMainThread)
        return;
    process.once('exit', () => {
        if (pending.length === 0)
            return;
        for (const { file, script } of pending)
            writePrivate(file, script.createCachedData());
        pruneCache(dir, used);
    });
}
/**
 * A chunk that uses `import.meta.url` (the worker pool's fallback entry) is not a script as it
 * is: only when it does not compile as written, its uses get the chunk's URL, as a module has.
 */
function compile(body, filename, cachedData) {
    const options = { filename, ...(cachedData ? { cachedData } : {}) };
    try {
        return new external_node_vm_.Script(body, options);
    }
    catch (error) {
        if (!(error instanceof SyntaxError) || !body.includes('import.meta.url'))
            throw error;
        return new external_node_vm_.Script(body.split('import.meta.url').join(JSON.stringify((0,external_node_url_.pathToFileURL)(filename).href)), options);
    }
}
/** Written whole or not at all, readable by this user only; a cache that cannot be written is no error. */
function writePrivate(file, data) {
    const temporary = `${file}.${process.pid}.tmp`;
    try {
        const fd = (0,external_node_fs_.openSync)(temporary, 'wx', 0o600);
        try {
            (0,external_node_fs_.writeSync)(fd, data);
        }
        finally {
            (0,external_node_fs_.closeSync)(fd);
        }
        (0,external_node_fs_.renameSync)(temporary, file);
    }
    catch {
        try {
            (0,external_node_fs_.unlinkSync)(temporary);
        }
        catch {
            // nothing was written
        }
    }
}


/***/ })

};
