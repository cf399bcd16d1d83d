export const id = 133;
export const ids = [133];
export const modules = {

/***/ 1133:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Lexer: () => (/* reexport safe */ _actions_expressions_lexer__WEBPACK_IMPORTED_MODULE_1__.JG),
/* harmony export */   Parser: () => (/* reexport safe */ _actions_expressions_parser__WEBPACK_IMPORTED_MODULE_2__.i),
/* harmony export */   ast: () => (/* reexport module object */ _actions_expressions_ast__WEBPACK_IMPORTED_MODULE_0__)
/* harmony export */ });
/* harmony import */ var _actions_expressions_ast__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2049);
/* harmony import */ var _actions_expressions_lexer__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2083);
/* harmony import */ var _actions_expressions_parser__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7085);
// What src/analyzers/expressions/library.ts loads, in one import: one chunk, each module once.





/***/ })

};
