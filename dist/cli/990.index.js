export const id = 990;
export const ids = [990];
export const modules = {

/***/ 6990:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   COMMIT_MARK: () => (/* binding */ COMMIT_MARK),
/* harmony export */   historyLogArgs: () => (/* binding */ historyLogArgs),
/* harmony export */   historyRevisions: () => (/* binding */ historyRevisions)
/* harmony export */ });
/** Starts each commit's header line in the log (a character no diff line begins with). */
const COMMIT_MARK = '\u001e';
/** The revisions the log walks: the tip's history, or every ref; minus `--since` and exclusions. */
function historyRevisions(options) {
    const revisions = options.allBranches ? ['--branches', '--remotes', '--tags'] : [options.tip ?? 'HEAD'];
    if (options.since !== null)
        revisions.push(`^${options.since}`);
    for (const rev of options.exclude ?? [])
        revisions.push(`^${rev}`);
    return revisions;
}
/**
 * --text: a `binary` or `-diff` attribute of the repository must not hide a text file's lines;
 * real binary files are told by their NUL bytes and skipped. --topo-order lists children before
 * parents (the scan keeps the oldest commit that added a secret).
 */
function historyLogArgs(revisions, merges) {
    return ['log', '-p', '--text', '--topo-order', '--no-color', '--no-ext-diff', '--no-textconv', '--no-show-signature', '--no-mailmap', '--no-notes', '--ignore-submodules=all', '-U0', '-M', `--diff-merges=${merges}`, '--full-index', '--relative', `--format=${COMMIT_MARK}%H %aI`, ...revisions, '--', '.'];
}


/***/ })

};
