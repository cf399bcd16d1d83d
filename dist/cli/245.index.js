export const id = 245;
export const ids = [245,997];
export const modules = {

/***/ 4245:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   installHook: () => (/* binding */ installHook)
/* harmony export */ });
/* unused harmony exports hookScript, runningCli */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7144);
/* harmony import */ var _output_escape_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5230);
/* harmony import */ var _util_git_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2622);
/* harmony import */ var _util_safe_write_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7997);






const MARKER = '# Installed by `openai-secret-lint install-hook`.';
/**
 * The hook runs the binary on PATH, else the CLI that installed it (its absolute path, recorded
 * now). It never asks `npx` to find one: that would run whatever `node_modules/.bin` the checked-out
 * tree holds, a program the repository chose.
 */
function hookScript(cliFile) {
    return `#!/bin/sh
${MARKER}
# Scans what is staged for API keys; skip once with \`git commit --no-verify\`.
if command -v openai-secret-lint >/dev/null 2>&1; then
  exec openai-secret-lint scan --staged
fi
cli=${shellQuote(cliFile)}
if [ -f "$cli" ]; then
  exec node "$cli" scan --staged
fi
echo "openai-secret-lint: not found (install it, e.g. npm install -g openai-secret-lint, or run install-hook again)" >&2
exit 1
`;
}
/** POSIX single quotes: nothing inside is expanded. */
function shellQuote(text) {
    return `'${text.replace(/'/g, `'\\''`)}'`;
}
/** The running CLI's own file (the bundle), which the hook falls back to. */
function runningCli() {
    return node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(process.argv[1] ?? 'openai-secret-lint');
}
/**
 * Writes `.git/hooks/pre-commit` of the repository containing `dir`. An existing hook is kept
 * unless `force`; reinstalling our own identical hook is a no-op.
 */
async function installHook(dir, force, cliFile = runningCli()) {
    const script = hookScript(cliFile);
    const common = await (0,_util_git_js__WEBPACK_IMPORTED_MODULE_3__.git)(dir, ['rev-parse', '--path-format=absolute', '--git-common-dir']);
    if (common.code !== 0)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .ConfigurationError */ .j1(`install-hook: ${dir} is not inside a git repository`);
    const hooks = node_path__WEBPACK_IMPORTED_MODULE_1__.join(common.stdout.toString('utf8').trim(), 'hooks');
    const file = node_path__WEBPACK_IMPORTED_MODULE_1__.join(hooks, 'pre-commit');
    let existing = null;
    try {
        // A link is never read through (nor written through, below): it counts as someone else's hook.
        existing = (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.lstat)(file)).isSymbolicLink() ? '' : await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(file, 'utf8');
    }
    catch {
        // No hook yet.
    }
    // Our own hook (from any install location) is replaced: reinstalling updates the recorded path.
    if (existing !== null && !existing.startsWith(`#!/bin/sh\n${MARKER}\n`) && !force) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .ConfigurationError */ .j1(`install-hook: ${file} already exists; pass --force to replace it (or call \`openai-secret-lint scan --staged\` from it)`);
    }
    // A fresh file renamed into place: a `pre-commit` (or `hooks`) link the repository holds is
    // replaced (or refused), never written through.
    await (0,_util_safe_write_js__WEBPACK_IMPORTED_MODULE_4__.writeFileNoFollow)(file, script, { within: node_path__WEBPACK_IMPORTED_MODULE_1__.dirname(hooks) });
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.chmod)(file, 0o755);
    // The safe runner pins core.hooksPath on its own command line: look only at the config files.
    // -z: "scope NUL value NUL" pairs, so that a value holding a line break stays one value.
    const configured = await (0,_util_git_js__WEBPACK_IMPORTED_MODULE_3__.git)(dir, ['config', '-z', '--show-scope', '--get-all', 'core.hooksPath']);
    const fields = configured.stdout.toString('utf8').split('\0');
    let hooksPath = '';
    for (let i = 0; i + 1 < fields.length; i += 2)
        if (fields[i] !== 'command' && fields[i + 1] !== '')
            hooksPath = fields[i + 1];
    // The value is the repository's: shown with its control characters escaped.
    const warning = hooksPath ? `core.hooksPath is set to ${(0,_output_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeControls */ .UN)(hooksPath)}: git runs hooks from there, not ${hooks}` : null;
    return { file, warning };
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
