export const id = 870;
export const ids = [870];
export const modules = {

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

/***/ 9870:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LISTINGS_FILE: () => (/* binding */ LISTINGS_FILE),
/* harmony export */   MAX_LISTINGS: () => (/* binding */ MAX_LISTINGS),
/* harmony export */   gitConfigListingStore: () => (/* binding */ gitConfigListingStore),
/* harmony export */   installGitConfigCache: () => (/* binding */ installGitConfigCache)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var _util_git_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2622);
/* harmony import */ var _compile_cache_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2672);




/** One file in the private cache folder, next to the chunk cache (never pruned with it). */
const LISTINGS_FILE = 'git-config-listings.json';
/** Repositories kept: the ones used last. A pre-commit user works in a handful. */
const MAX_LISTINGS = 64;
/**
 * The git runner's config listings (src/util/git.ts, ConfigListingStore) kept between runs, so that
 * a pre-commit scan starts one git process instead of two. The file lives in the folder
 * compileCacheDirectory vets (ours, private, not swappable by others): a listing decides which
 * keys git is made to ignore, so it must not come from anyone else. A file that cannot be read or
 * parsed is no cache (every repository is listed again); one that cannot be written is no error.
 */
function gitConfigListingStore(env, now = Date.now) {
    if (env.NODE_DISABLE_COMPILE_CACHE !== undefined)
        return null;
    const dir = (0,_compile_cache_js__WEBPACK_IMPORTED_MODULE_3__/* .compileCacheDirectory */ .vW)(env);
    if (dir === null)
        return null;
    const file = node_path__WEBPACK_IMPORTED_MODULE_1__.join(dir, LISTINGS_FILE);
    let listings = null;
    const load = () => (listings ??= readListings(file));
    return {
        get(top, identity) {
            const kept = load().get(top);
            return kept !== undefined && kept.identity === identity ? kept.names : null;
        },
        set(top, identity, names) {
            const all = load();
            all.delete(top);
            all.set(top, { identity, names: [...names], at: now() });
            const newest = [...all].sort((a, b) => b[1].at - a[1].at).slice(0, MAX_LISTINGS);
            (0,_compile_cache_js__WEBPACK_IMPORTED_MODULE_3__/* .writePrivate */ .pb)(file, Buffer.from(JSON.stringify({ version: 1, listings: newest.map(([top, l]) => [top, l.identity, l.names, l.at]) })));
        },
    };
}
function readListings(file) {
    const listings = new Map();
    try {
        const parsed = JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(file, 'utf8'));
        if (parsed.version !== 1 || !Array.isArray(parsed.listings))
            return listings;
        for (const entry of parsed.listings) {
            if (!Array.isArray(entry) || entry.length !== 4)
                continue;
            const [top, identity, names, at] = entry;
            if (typeof top !== 'string' || typeof identity !== 'string' || typeof at !== 'number')
                continue;
            if (!Array.isArray(names) || !names.every((name) => typeof name === 'string'))
                continue;
            listings.set(top, { identity, names: names, at });
        }
    }
    catch {
        // missing, unreadable or not ours to parse: nothing kept
    }
    return listings;
}
/** Installs the store for this process's git calls (the CLI entry; tests install their own). */
function installGitConfigCache(env) {
    (0,_util_git_js__WEBPACK_IMPORTED_MODULE_2__.useConfigListingStore)(gitConfigListingStore(env));
}


/***/ })

};
