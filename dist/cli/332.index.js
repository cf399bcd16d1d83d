export const id = 332;
export const ids = [332];
export const modules = {

/***/ 332:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   scanText: () => (/* binding */ scanText)
/* harmony export */ });
/* harmony import */ var _analyze_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7994);
/* harmony import */ var _libraries_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7916);
/* harmony import */ var _report_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1128);



/**
 * Scans one text that is not a file of the repository (standard input) with every file rule,
 * and makes the report like any scan: suppression, baseline, redaction, fingerprints. Repository
 * rules (which read the tree and git) do not run: there is no tree.
 */
async function scanText(input, settings, logger) {
    const started = performance.now();
    const diagnostics = [];
    const stats = (0,_report_js__WEBPACK_IMPORTED_MODULE_2__/* .emptyStats */ .b)();
    stats.filesDiscovered = 1;
    const file = { absPath: input.path, path: input.path, tracked: null };
    const context = { settings, logger, files: [file], diagnostic: (d) => diagnostics.push(d), readText: async () => input.text };
    const raw = [];
    await (0,_libraries_js__WEBPACK_IMPORTED_MODULE_1__/* .loadLibrariesFor */ .N5)(settings, [input.path], [input.kind]);
    if (input.skipped === 'too-large' || input.text === null) {
        if (input.skipped === 'binary') {
            stats.skippedBinary++;
            diagnostics.push({ file: input.path, level: 'info', code: 'skipped-binary', message: 'binary input (NUL byte in the first 8 KiB): not scanned' });
        }
        else {
            stats.skippedTooLarge++;
            diagnostics.push({ file: input.path, level: 'warning', code: 'skipped-too-large', message: `standard input of more than ${settings.maxFileSize} bytes exceeds the limit (maxFileSize, --max-file-size): not scanned` });
        }
    }
    else {
        stats.filesScanned = 1;
        stats.bytesScanned = input.bytes;
        // makeSourceFile decides the kind from the path alone; standard input's kind was decided by its caller.
        const result = (0,_analyze_js__WEBPACK_IMPORTED_MODULE_0__/* .analyzeFile */ .xy)(Object.assign((0,_analyze_js__WEBPACK_IMPORTED_MODULE_0__/* .makeSourceFile */ .AN)(file, input.text, context), { kind: input.kind }), context);
        stats.suppressed += result.suppressed;
        for (const finding of result.findings)
            raw.push(finding);
    }
    return (0,_report_js__WEBPACK_IMPORTED_MODULE_2__/* .buildReport */ .F)(raw, settings, stats, diagnostics, started, logger);
}


/***/ })

};
