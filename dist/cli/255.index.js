export const id = 255;
export const ids = [255];
export const modules = {

/***/ 8255:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   activeFileRules: () => (/* binding */ activeFileRules),
/* harmony export */   allFileRulesLoaded: () => (/* binding */ allFileRulesLoaded),
/* harmony export */   loadAllFileRules: () => (/* binding */ loadAllFileRules)
/* harmony export */ });
/* harmony import */ var _plain_rules_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5029);
/**
 * The file rules the engine runs: the plain-file rules until the full list is loaded, which
 * src/core/libraries.ts does with the YAML library (every other rule applies only to files that
 * may be YAML). Until then no rule outside PLAIN_FILE_RULES could apply to a file of the scan.
 */

let all = null;
async function loadAllFileRules() {
    all ??= (await Promise.all(/* import() */[__webpack_require__.e(944), __webpack_require__.e(906)]).then(__webpack_require__.bind(__webpack_require__, 9944))).FILE_RULES;
}
/** Whether the full rule list is loaded (a file that is not plain needs it). */
function allFileRulesLoaded() {
    return all !== null;
}
function activeFileRules() {
    return all ?? _plain_rules_js__WEBPACK_IMPORTED_MODULE_0__/* .PLAIN_FILE_RULES */ .I;
}


/***/ })

};
