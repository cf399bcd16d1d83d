export const id = 997;
export const ids = [997];
export const modules = {

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
