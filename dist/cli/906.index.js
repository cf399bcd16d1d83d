export const id = 906;
export const ids = [906];
export const modules = {

/***/ 8906:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R6: () => (/* binding */ CATEGORIES),
/* harmony export */   _Z: () => (/* binding */ isSeverity),
/* harmony export */   jZ: () => (/* binding */ atLeast),
/* harmony export */   oC: () => (/* binding */ SEVERITIES),
/* harmony export */   qs: () => (/* binding */ severityRank)
/* harmony export */ });
/** Plain data shared by analyzers, the core and the formatters. Nothing here formats or prints. */
const SEVERITIES = ['critical', 'high', 'medium', 'low'];
const CATEGORIES = [
    'hardcoded-secret',
    'encoded-secret',
    'unprotected-env-file',
    'unsafe-injection',
    'secret-exposure',
];
function severityRank(severity) {
    return SEVERITIES.length - SEVERITIES.indexOf(severity);
}
function atLeast(severity, threshold) {
    return severityRank(severity) >= severityRank(threshold);
}
function isSeverity(value) {
    return SEVERITIES.includes(value);
}


/***/ })

};
