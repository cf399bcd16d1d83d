export const id = 888;
export const ids = [888,997];
export const modules = {

/***/ 2888:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   readBaseline: () => (/* binding */ readBaseline),
/* harmony export */   writeBaseline: () => (/* binding */ writeBaseline)
/* harmony export */ });
/* unused harmony exports MAX_BASELINE_BYTES, baselineFromReport, parseBaseline */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7144);
/* harmony import */ var _core_version_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7137);
/* harmony import */ var _output_escape_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5230);
/* harmony import */ var _util_safe_write_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7997);





/**
 * A baseline lists accepted findings by fingerprint, with the rule and file for a human reading
 * the diff. It never holds a secret, not even redacted, nor a line number (lines move). The file
 * comes from the Report, where a key used as a file or directory name is already masked.
 */
/** Far above any real baseline (about 150 bytes a finding). */
const MAX_BASELINE_BYTES = 32 * 1024 * 1024;
function baselineFromReport(report) {
    const unique = new Map();
    for (const f of report.findings)
        unique.set(f.fingerprint, { fingerprint: f.fingerprint, ruleId: f.ruleId, file: f.file });
    const findings = [...unique.values()].sort((a, b) => compare(a.file, b.file) || compare(a.ruleId, b.ruleId) || compare(a.fingerprint, b.fingerprint));
    return { tool: _core_version_js__WEBPACK_IMPORTED_MODULE_1__/* .TOOL_NAME */ .l, version: 1, findings };
}
async function writeBaseline(file, report, options = {}) {
    const baseline = baselineFromReport(report);
    try {
        // A file name may hold control characters: written as \u escapes (the parsed value is the same).
        await (0,_util_safe_write_js__WEBPACK_IMPORTED_MODULE_3__.writeFileNoFollow)(file, (0,_output_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .logSafeJson */ .C5)(JSON.stringify(baseline, null, 2)) + '\n', options);
    }
    catch (error) {
        if (error instanceof _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1)
            throw error;
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1(`cannot write baseline ${file}: ${error.code ?? String(error)}`);
    }
    return baseline.findings.length;
}
/** The fingerprints a baseline accepts (for `settings.baseline`). */
async function readBaseline(file) {
    let text;
    try {
        // A regular file of bounded size: a baseline named by a repository could be /dev/zero.
        const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(file);
        if (!info.isFile())
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1(`baseline ${file} is not a file`);
        if (info.size > MAX_BASELINE_BYTES)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1(`baseline ${file} is larger than ${MAX_BASELINE_BYTES / 1024 / 1024} MiB`);
        text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(file, 'utf8');
    }
    catch (error) {
        if (error instanceof _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1)
            throw error;
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1(`cannot read baseline ${file}: ${error.code ?? String(error)}`);
    }
    return parseBaseline(text, file);
}
function parseBaseline(text, file) {
    let data;
    try {
        data = JSON.parse(text);
    }
    catch {
        // JSON.parse's message quotes the text around the error, which may hold anything.
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1(`baseline ${file} is not valid JSON`);
    }
    const findings = data?.findings;
    if (typeof data !== 'object' || data === null || data.version !== 1 || !Array.isArray(findings)) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1(`baseline ${file} is not a version 1 baseline written by --write-baseline`);
    }
    return findings.map((entry, index) => {
        const fingerprint = entry?.fingerprint;
        if (typeof fingerprint !== 'string' || !/^[0-9a-f]{16,64}$/.test(fingerprint)) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1(`baseline ${file}: findings[${index}] has no valid fingerprint`);
        }
        return fingerprint;
    });
}
function compare(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}


/***/ }),

/***/ 7997:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   writeFileNoFollow: () => (/* binding */ writeFileNoFollow)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6760);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7144);





// O_NOFOLLOW on the temporary name too: O_EXCL already refuses an existing link, this says so twice.
const CREATE_FLAGS = node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_WRONLY | node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_CREAT | node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_EXCL | node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_NOFOLLOW;
async function writeFileNoFollow(target, content, options = {}) {
    const file = node_path__WEBPACK_IMPORTED_MODULE_3__.resolve(target);
    const dir = node_path__WEBPACK_IMPORTED_MODULE_3__.dirname(file);
    if (options.within !== undefined)
        await refuseLinkedParents(node_path__WEBPACK_IMPORTED_MODULE_3__.resolve(options.within), dir, target);
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.mkdir)(dir, { recursive: true });
    const temporary = node_path__WEBPACK_IMPORTED_MODULE_3__.join(dir, `.${node_path__WEBPACK_IMPORTED_MODULE_3__.basename(file)}.${process.pid}.${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(6).toString('hex')}.tmp`);
    const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.open)(temporary, CREATE_FLAGS, 0o666);
    try {
        try {
            await handle.writeFile(content);
        }
        finally {
            await handle.close();
        }
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rename)(temporary, file);
    }
    catch (error) {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.unlink)(temporary).catch(() => { });
        throw error;
    }
}
/** Every existing directory from `within` (exclusive) down to `dir` must be a directory, not a link. */
async function refuseLinkedParents(within, dir, shown) {
    const relative = node_path__WEBPACK_IMPORTED_MODULE_3__.relative(within, dir);
    if (relative === '' || relative === '..' || relative.startsWith(`..${node_path__WEBPACK_IMPORTED_MODULE_3__.sep}`) || node_path__WEBPACK_IMPORTED_MODULE_3__.isAbsolute(relative))
        return;
    let current = within;
    for (const part of relative.split(node_path__WEBPACK_IMPORTED_MODULE_3__.sep)) {
        current = node_path__WEBPACK_IMPORTED_MODULE_3__.join(current, part);
        let info;
        try {
            info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.lstat)(current);
        }
        catch {
            return; // does not exist yet: mkdir creates real directories from here on
        }
        if (info.isSymbolicLink()) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1(`refusing to write ${shown}: ${node_path__WEBPACK_IMPORTED_MODULE_3__.relative(within, current)} is a symbolic link (files are never written through links)`);
        }
        if (!info.isDirectory())
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1(`cannot write ${shown}: ${node_path__WEBPACK_IMPORTED_MODULE_3__.relative(within, current)} is not a directory`);
    }
}


/***/ })

};
