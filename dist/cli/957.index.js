export const id = 957;
export const ids = [957];
export const modules = {

/***/ 6360:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B9: () => (/* binding */ writeBaseline),
/* harmony export */   mF: () => (/* binding */ readBaseline)
/* harmony export */ });
/* unused harmony exports MAX_BASELINE_BYTES, baselineFromReport, parseBaseline */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4296);
/* harmony import */ var _core_version_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4910);
/* harmony import */ var _output_escape_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8078);
/* harmony import */ var _util_safe_write_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5497);





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
        await (0,_util_safe_write_js__WEBPACK_IMPORTED_MODULE_3__/* .writeFileNoFollow */ .q)(file, (0,_output_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .logSafeJson */ .C5)(JSON.stringify(baseline, null, 2)) + '\n', options);
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

/***/ 7593:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ parseCommand),
/* harmony export */   u: () => (/* binding */ USAGE)
/* harmony export */ });
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4296);
/* harmony import */ var _core_finding_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5278);
/* harmony import */ var _core_settings_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1922);
/* harmony import */ var _output_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7279);





const USAGE = `Usage: openai-secret-lint scan [PATH…] [options]
       openai-secret-lint install-hook [REPO] [--force]
       openai-secret-lint org plan|scan|report …   (organisation audits: org --help)

Finds hardcoded API keys (OpenAI first) in files and CI/CD configuration.

What to scan (one at most; default: the files under PATH):
  --staged                what is staged for commit (the index), added lines only
  --diff BASE             only lines added since BASE (a commit, branch or tag)
  --history               every commit's added lines; each secret once, at the commit that added it
    --since REV             only commits after REV
    --all-branches          every branch, remote-tracking branch and tag, not only HEAD

Standard input: \`scan -\` reads the content to scan from standard input
  --stdin-filename PATH   the name it is reported under (its name decides the kind of file,
                          else its content does); default: <stdin>

Options:
  --format FORMAT         report format (default: text): ${_output_index_js__WEBPACK_IMPORTED_MODULE_1__/* .FORMATS */ .hR.slice(0, 5).join(', ')},
                          gitlab (GitLab Secret Detection), codequality (GitLab Code Quality)
  --output FILE           write the report to FILE instead of standard output
  --report FORMAT=FILE    also write a report in FORMAT to FILE (repeatable: several formats, one scan)
  --fail-on SEVERITY      exit 1 when a finding is at or above critical|high|medium|low (default: ${_core_settings_js__WEBPACK_IMPORTED_MODULE_2__/* .DEFAULT_FAIL_ON */ .VQ})
  --max-file-size BYTES   skip larger files, with a diagnostic (default: ${_core_settings_js__WEBPACK_IMPORTED_MODULE_2__/* .DEFAULT_MAX_FILE_SIZE */ .Sj})
  --config FILE           configuration file (default: .openai-secret-lint.yml|.yaml|.json at the root)
  --baseline FILE         hide the findings recorded in FILE
  --write-baseline FILE   record the current findings in FILE (fingerprints, no secrets) and exit 0
  --verify                ask each key's own provider whether it is still active (sends the key
                          to that provider's API only; off by default; see README)
  --verify-timeout MS     per-request timeout of --verify (default: 10000)
  -h, --help              show this help
  -v, --version           show the version

install-hook writes .git/hooks/pre-commit running \`scan --staged\`; --force replaces an existing hook.

Exit codes: 0 nothing at or above --fail-on, 1 findings at or above it,
            2 usage or configuration error, 3 scan incomplete or internal error.
`;
const OPTIONS = {
    format: { type: 'string' },
    output: { type: 'string' },
    'fail-on': { type: 'string' },
    'max-file-size': { type: 'string' },
    config: { type: 'string' },
    baseline: { type: 'string' },
    'write-baseline': { type: 'string' },
    verify: { type: 'boolean' },
    'verify-timeout': { type: 'string' },
    report: { type: 'string', multiple: true },
    'stdin-filename': { type: 'string' },
    staged: { type: 'boolean' },
    diff: { type: 'string' },
    history: { type: 'boolean' },
    since: { type: 'string' },
    'all-branches': { type: 'boolean' },
    force: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
    version: { type: 'boolean', short: 'v' },
};
function parse(argv) {
    return (0,node_util__WEBPACK_IMPORTED_MODULE_0__.parseArgs)({ args: argv, allowPositionals: true, strict: true, options: OPTIONS });
}
function parseCommand(argv) {
    let parsed;
    try {
        parsed = parse(argv);
    }
    catch (error) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(error.message.split('\n')[0] ?? 'invalid arguments');
    }
    const { values, positionals } = parsed;
    if (values.help)
        return { name: 'help' };
    if (values.version)
        return { name: 'version' };
    const [command, ...paths] = positionals;
    if (command === undefined)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1('missing command: try `openai-secret-lint scan .` or --help');
    if (command === 'install-hook')
        return installHookCommand(values, paths);
    if (command !== 'scan')
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`unknown command "${command}": the commands are \`scan\` and \`install-hook\` (see --help)`);
    if (values.force)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1('--force belongs to install-hook, not scan');
    const format = values.format ?? 'text';
    if (!(0,_output_index_js__WEBPACK_IMPORTED_MODULE_1__/* .isFormat */ .s2)(format))
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`--format must be one of ${_output_index_js__WEBPACK_IMPORTED_MODULE_1__/* .FORMATS */ .hR.join(', ')}, not "${format}"`);
    const failOn = values['fail-on'] ?? null;
    if (failOn !== null && !(0,_core_finding_js__WEBPACK_IMPORTED_MODULE_4__/* .isSeverity */ ._Z)(failOn))
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`--fail-on must be critical, high, medium or low, not "${failOn}"`);
    const mode = scanMode(values);
    const stdin = stdinInput(values, paths, mode);
    if (mode.kind !== 'tree' && paths.length > 1)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`--${mode.kind} scans one repository: give at most one directory`);
    return {
        name: 'scan',
        paths: paths.length > 0 ? paths : ['.'],
        mode,
        format,
        output: nonEmpty(values.output, '--output'),
        failOn,
        maxFileSize: parseSize(values['max-file-size']),
        config: nonEmpty(values.config, '--config'),
        baseline: nonEmpty(values.baseline, '--baseline'),
        writeBaseline: nonEmpty(values['write-baseline'], '--write-baseline'),
        verify: Boolean(values.verify),
        verifyTimeoutMs: parseTimeout(values['verify-timeout'], Boolean(values.verify)),
        reports: (values.report ?? []).map(parseReportTarget),
        stdin,
    };
}
/** `--report sarif=out/report.sarif`: a format and a file, split at the first `=`. */
function parseReportTarget(value) {
    const at = value.indexOf('=');
    const format = at < 0 ? value : value.slice(0, at);
    const file = at < 0 ? '' : value.slice(at + 1);
    if (at < 0 || file.trim() === '')
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`--report takes FORMAT=FILE (e.g. --report gitlab=gl-secret-detection-report.json), not "${value}"`);
    if (!(0,_output_index_js__WEBPACK_IMPORTED_MODULE_1__/* .isFormat */ .s2)(format))
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`--report: the format must be one of ${_output_index_js__WEBPACK_IMPORTED_MODULE_1__/* .FORMATS */ .hR.join(', ')}, not "${format}"`);
    return { format, file };
}
/** `scan -` alone reads standard input; `--stdin-filename` only means something with it. */
function stdinInput(values, paths, mode) {
    const filename = values['stdin-filename'];
    if (!paths.includes('-')) {
        if (filename !== undefined)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1('--stdin-filename only applies to `scan -` (standard input)');
        return null;
    }
    if (paths.length > 1)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1('`scan -` reads standard input only: give no other path');
    if (mode.kind !== 'tree')
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`--${mode.kind} cannot be combined with \`scan -\` (standard input)`);
    if (values['write-baseline'] !== undefined)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1('--write-baseline cannot be combined with `scan -` (standard input)');
    return { filename: filename === undefined ? null : nonEmpty(filename, '--stdin-filename') };
}
function scanMode(values) {
    const chosen = [values.staged && '--staged', values.diff !== undefined && '--diff', values.history && '--history'].filter(Boolean);
    if (chosen.length > 1)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`${chosen.join(' and ')} cannot be combined: pick one`);
    if (!values.history) {
        if (values.since !== undefined)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1('--since only applies to --history');
        if (values['all-branches'])
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1('--all-branches only applies to --history');
    }
    if (values.staged)
        return { kind: 'staged' };
    if (values.diff !== undefined)
        return { kind: 'diff', base: nonEmpty(values.diff, '--diff') };
    if (values.history)
        return { kind: 'history', since: nonEmpty(values.since, '--since'), allBranches: Boolean(values['all-branches']) };
    return { kind: 'tree' };
}
function installHookCommand(values, paths) {
    const scanOnly = Object.keys(values).filter((k) => k !== 'force');
    if (scanOnly.length > 0)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`--${scanOnly[0]} does not apply to install-hook (only --force does)`);
    if (paths.length > 1)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1('install-hook takes at most one repository directory');
    return { name: 'install-hook', path: paths[0] ?? null, force: Boolean(values.force) };
}
function nonEmpty(value, flag) {
    if (value === undefined)
        return null;
    if (value.trim() === '')
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`${flag} needs a value`);
    return value;
}
function parseSize(value) {
    if (value === undefined)
        return null;
    if (!/^\d+$/.test(value) || Number(value) <= 0)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`--max-file-size must be a positive number of bytes, not "${value}"`);
    return Number(value);
}
function parseTimeout(value, verify) {
    if (value === undefined)
        return null;
    if (!verify)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1('--verify-timeout only applies with --verify');
    if (!/^\d+$/.test(value) || Number(value) <= 0)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`--verify-timeout must be a positive number of milliseconds, not "${value}"`);
    return Number(value);
}


/***/ }),

/***/ 8328:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   k: () => (/* binding */ consoleLogger)
/* harmony export */ });
/* harmony import */ var _output_escape_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8078);

/**
 * Logger for the terminal: warnings on stderr, progress only on a TTY and only for long scans.
 * `unit` names what progress counts (files, or commits for a history audit). Messages may quote
 * repository text: their control characters are escaped (no ANSI sequence reaches the terminal)
 * and no line can start a workflow command (the CLI may run in a workflow step).
 */
function consoleLogger(stderr, verbose = false, unit = 'files') {
    const started = Date.now();
    let lastDraw = 0;
    let drawn = false;
    return {
        debug: (message) => {
            if (verbose)
                stderr.write(`debug: ${(0,_output_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .logSafe */ .sN)(message)}\n`);
        },
        info: (message) => {
            if (verbose)
                stderr.write(`${(0,_output_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .logSafe */ .sN)(message)}\n`);
        },
        warning: (message) => stderr.write(`warning: ${(0,_output_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .logSafe */ .sN)(message)}\n`),
        progress(done, total) {
            if (!stderr.isTTY)
                return;
            const now = Date.now();
            if (now - started < 1000 || now - lastDraw < 100)
                return;
            lastDraw = now;
            drawn = true;
            stderr.write(`\r\u001b[Kscanning: ${done}/${total} ${unit}`);
        },
        finish() {
            if (drawn)
                stderr.write('\r\u001b[K');
        },
    };
}


/***/ }),

/***/ 4525:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P_: () => (/* binding */ installHook)
/* harmony export */ });
/* unused harmony exports hookScript, runningCli */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4296);
/* harmony import */ var _output_escape_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8078);
/* harmony import */ var _util_git_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8525);
/* harmony import */ var _util_safe_write_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5497);






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
    return node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(process.argv[1] ?? 'openai-secret-lint');
}
/**
 * Writes `.git/hooks/pre-commit` of the repository containing `dir`. An existing hook is kept
 * unless `force`; reinstalling our own identical hook is a no-op.
 */
async function installHook(dir, force, cliFile = runningCli()) {
    const script = hookScript(cliFile);
    const common = await (0,_util_git_js__WEBPACK_IMPORTED_MODULE_3__/* .git */ .$Y)(dir, ['rev-parse', '--path-format=absolute', '--git-common-dir']);
    if (common.code !== 0)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .ConfigurationError */ .j1(`install-hook: ${dir} is not inside a git repository`);
    const hooks = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(common.stdout.toString('utf8').trim(), 'hooks');
    const file = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(hooks, 'pre-commit');
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
    await (0,_util_safe_write_js__WEBPACK_IMPORTED_MODULE_4__/* .writeFileNoFollow */ .q)(file, script, { within: node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(hooks) });
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.chmod)(file, 0o755);
    // The safe runner pins core.hooksPath on its own command line: look only at the config files.
    // -z: "scope NUL value NUL" pairs, so that a value holding a line break stays one value.
    const configured = await (0,_util_git_js__WEBPACK_IMPORTED_MODULE_3__/* .git */ .$Y)(dir, ['config', '-z', '--show-scope', '--get-all', 'core.hooksPath']);
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

/***/ 2957:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   main: () => (/* binding */ main)
/* harmony export */ });
/* unused harmony export EXIT */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _baseline_baseline_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6360);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_18__ = __webpack_require__(4296);
/* harmony import */ var _util_git_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8525);
/* harmony import */ var _core_finding_js__WEBPACK_IMPORTED_MODULE_19__ = __webpack_require__(5278);
/* harmony import */ var _core_incomplete_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3319);
/* harmony import */ var _core_scan_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9506);
/* harmony import */ var _core_scan_text_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2976);
/* harmony import */ var _core_version_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(4910);
/* harmony import */ var _diff_staged_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(2889);
/* harmony import */ var _history_scan_history_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(7042);
/* harmony import */ var _output_escape_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(8078);
/* harmony import */ var _output_index_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(7279);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(7593);
/* harmony import */ var _console_logger_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(8328);
/* harmony import */ var _install_hook_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(4525);
/* harmony import */ var _settings_js__WEBPACK_IMPORTED_MODULE_14__ = __webpack_require__(4593);
/* harmony import */ var _stdin_js__WEBPACK_IMPORTED_MODULE_15__ = __webpack_require__(427);
/* harmony import */ var _util_safe_write_js__WEBPACK_IMPORTED_MODULE_16__ = __webpack_require__(5497);
/* harmony import */ var _org_command_js__WEBPACK_IMPORTED_MODULE_17__ = __webpack_require__(6667);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_core_scan_js__WEBPACK_IMPORTED_MODULE_4__, _core_scan_text_js__WEBPACK_IMPORTED_MODULE_5__, _diff_staged_js__WEBPACK_IMPORTED_MODULE_7__, _history_scan_history_js__WEBPACK_IMPORTED_MODULE_8__, _org_command_js__WEBPACK_IMPORTED_MODULE_17__]);
([_core_scan_js__WEBPACK_IMPORTED_MODULE_4__, _core_scan_text_js__WEBPACK_IMPORTED_MODULE_5__, _diff_staged_js__WEBPACK_IMPORTED_MODULE_7__, _history_scan_history_js__WEBPACK_IMPORTED_MODULE_8__, _org_command_js__WEBPACK_IMPORTED_MODULE_17__] = __webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__);




















/** 3 is also a scan that finished incomplete (src/core/incomplete.ts): not trustworthy, whatever it found. */
const EXIT = { ok: 0, findings: 1, usage: 2, internal: 3 };
/** Runs the CLI and returns the exit code; never throws. */
async function main(argv, io) {
    try {
        if (argv[0] === 'org')
            return await (0,_org_command_js__WEBPACK_IMPORTED_MODULE_17__/* .runOrg */ .w$)(argv.slice(1), io);
        const command = (0,_args_js__WEBPACK_IMPORTED_MODULE_11__/* .parseCommand */ .R)(argv);
        switch (command.name) {
            case 'help':
                io.stdout.write(_args_js__WEBPACK_IMPORTED_MODULE_11__/* .USAGE */ .u);
                return EXIT.ok;
            case 'version':
                io.stdout.write(`${_core_version_js__WEBPACK_IMPORTED_MODULE_6__/* .TOOL_NAME */ .l} ${_core_version_js__WEBPACK_IMPORTED_MODULE_6__/* .TOOL_VERSION */ .w}\n`);
                return EXIT.ok;
            case 'install-hook': {
                const result = await (0,_install_hook_js__WEBPACK_IMPORTED_MODULE_13__/* .installHook */ .P_)(node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(io.cwd, command.path ?? '.'), command.force);
                io.stdout.write(`installed the pre-commit hook: ${result.file}\n`);
                if (result.warning)
                    io.stderr.write(`warning: ${(0,_output_escape_js__WEBPACK_IMPORTED_MODULE_9__/* .logSafe */ .sN)(result.warning)}\n`);
                return EXIT.ok;
            }
            case 'scan':
                return await runScan(command, io);
        }
    }
    catch (error) {
        if ((0,_core_errors_js__WEBPACK_IMPORTED_MODULE_18__/* .isConfigurationError */ .p0)(error)) {
            io.stderr.write(`${_core_version_js__WEBPACK_IMPORTED_MODULE_6__/* .TOOL_NAME */ .l}: ${(0,_output_escape_js__WEBPACK_IMPORTED_MODULE_9__/* .logSafe */ .sN)(error.message)}\n`);
            return EXIT.usage;
        }
        if ((0,_util_git_js__WEBPACK_IMPORTED_MODULE_2__/* .isGitTimeout */ .g6)(error)) {
            io.stderr.write(`${_core_version_js__WEBPACK_IMPORTED_MODULE_6__/* .TOOL_NAME */ .l}: ${(0,_output_escape_js__WEBPACK_IMPORTED_MODULE_9__/* .logSafe */ .sN)((0,_core_errors_js__WEBPACK_IMPORTED_MODULE_18__/* .errorMessage */ .gJ)(error))}\n`);
            return EXIT.internal;
        }
        io.stderr.write(`${_core_version_js__WEBPACK_IMPORTED_MODULE_6__/* .TOOL_NAME */ .l}: internal error: ${(0,_output_escape_js__WEBPACK_IMPORTED_MODULE_9__/* .logSafe */ .sN)((0,_core_errors_js__WEBPACK_IMPORTED_MODULE_18__/* .errorMessage */ .gJ)(error))}\n`);
        if (io.env.OPENAI_SECRET_LINT_DEBUG && error instanceof Error && error.stack)
            io.stderr.write(`${error.stack}\n`);
        return EXIT.internal;
    }
}
async function runScan(command, io) {
    const settings = await (0,_settings_js__WEBPACK_IMPORTED_MODULE_14__/* .settingsFromCommand */ .h)(command, io.cwd, io.env, (message) => io.stderr.write(`${_core_version_js__WEBPACK_IMPORTED_MODULE_6__/* .TOOL_NAME */ .l}: warning: ${message}\n`));
    const logger = (0,_console_logger_js__WEBPACK_IMPORTED_MODULE_12__/* .consoleLogger */ .k)(io.stderr, Boolean(io.env.OPENAI_SECRET_LINT_DEBUG), command.mode.kind === 'history' ? 'commits' : 'files');
    const report = command.stdin !== null ? await scanStdin(command, settings, logger, io) : await scanFor(command, settings, logger);
    logger.finish();
    // Said last, after the report, so that it is what a reader sees; exit 3 wins over findings.
    const incomplete = (0,_core_incomplete_js__WEBPACK_IMPORTED_MODULE_3__/* .incompleteMessage */ .wj)(report, _output_escape_js__WEBPACK_IMPORTED_MODULE_9__/* .escapeControls */ .UN);
    const outcome = (code) => {
        if (incomplete === null)
            return code;
        // File names are the repository's: no line of them may start a workflow command.
        io.stderr.write(`${_core_version_js__WEBPACK_IMPORTED_MODULE_6__/* .TOOL_NAME */ .l}: ${(0,_output_escape_js__WEBPACK_IMPORTED_MODULE_9__/* .logSafe */ .sN)(incomplete)}\n`);
        return EXIT.internal;
    };
    if (command.writeBaseline !== null) {
        const file = node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(io.cwd, command.writeBaseline);
        const count = await (0,_baseline_baseline_js__WEBPACK_IMPORTED_MODULE_1__/* .writeBaseline */ .B9)(file, report, { within: io.cwd });
        io.stderr.write(`${_core_version_js__WEBPACK_IMPORTED_MODULE_6__/* .TOOL_NAME */ .l}: wrote ${count} finding${count === 1 ? '' : 's'} to the baseline ${command.writeBaseline}\n`);
        return outcome(EXIT.ok);
    }
    const color = command.output === null && useColor(io);
    const now = new Date();
    const rendered = (0,_output_index_js__WEBPACK_IMPORTED_MODULE_10__/* .renderReport */ .B1)(report, command.format, { color, now });
    for (const target of command.reports)
        await writeReport(io, `--report ${target.format}=${target.file}`, target.file, (0,_output_index_js__WEBPACK_IMPORTED_MODULE_10__/* .renderReport */ .B1)(report, target.format, { color: false, now }));
    if (command.output !== null) {
        await writeReport(io, `--output ${command.output}`, command.output, rendered);
    }
    else {
        io.stdout.write(rendered);
    }
    return outcome(report.findings.some((f) => (0,_core_finding_js__WEBPACK_IMPORTED_MODULE_19__/* .atLeast */ .jZ)(f.severity, settings.failOn)) ? EXIT.findings : EXIT.ok);
}
/** Never through a link: the scanned repository may have committed the output name as one. */
async function writeReport(io, shown, file, content) {
    try {
        await (0,_util_safe_write_js__WEBPACK_IMPORTED_MODULE_16__/* .writeFileNoFollow */ .q)(node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(io.cwd, file), content, { within: io.cwd });
    }
    catch (error) {
        if ((0,_core_errors_js__WEBPACK_IMPORTED_MODULE_18__/* .isConfigurationError */ .p0)(error))
            throw error;
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_18__/* .ConfigurationError */ .j1(`cannot write ${shown}: ${error.code ?? (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_18__/* .errorMessage */ .gJ)(error)}`);
    }
}
async function scanStdin(command, settings, logger, io) {
    if (!io.stdin)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_18__/* .ConfigurationError */ .j1('`scan -` needs standard input');
    const input = await (0,_stdin_js__WEBPACK_IMPORTED_MODULE_15__/* .readStdin */ .v)(io.stdin, command.stdin.filename, settings.maxFileSize);
    return (0,_core_scan_text_js__WEBPACK_IMPORTED_MODULE_5__/* .scanText */ .F)(input, settings, logger);
}
function scanFor(command, settings, logger) {
    switch (command.mode.kind) {
        case 'staged':
            return (0,_diff_staged_js__WEBPACK_IMPORTED_MODULE_7__/* .scanStaged */ .a)(settings, logger);
        case 'history':
            return (0,_history_scan_history_js__WEBPACK_IMPORTED_MODULE_8__/* .scanHistory */ .s)(settings, logger, { since: command.mode.since, allBranches: command.mode.allBranches });
        case 'diff': // settings.changedLines already restricts the scan
        case 'tree':
            return (0,_core_scan_js__WEBPACK_IMPORTED_MODULE_4__/* .scan */ .SQ)(settings, logger);
    }
}
function useColor(io) {
    if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '')
        return false;
    if (io.env.FORCE_COLOR !== undefined && io.env.FORCE_COLOR !== '0')
        return true;
    return Boolean(io.stdout.isTTY);
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 4593:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  h: () => (/* binding */ settingsFromCommand)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/baseline/baseline.ts
var baseline = __webpack_require__(6360);
// EXTERNAL MODULE: ./src/config/apply.ts
var apply = __webpack_require__(1110);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./node_modules/smol-toml/dist/index.js + 8 modules
var dist = __webpack_require__(3292);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/detectors/custom.ts
var custom = __webpack_require__(6620);
// EXTERNAL MODULE: ./src/config/detectors.ts
var detectors = __webpack_require__(3297);
// EXTERNAL MODULE: ./src/config/load.ts + 4 modules
var load = __webpack_require__(5674);
;// CONCATENATED MODULE: ./src/config/gitleaks.ts
/**
 * `gitleaksConfig:` imports a gitleaks configuration (TOML): its rules become custom detectors
 * and its allowlists apply to findings. gitleaks writes Go RE2 regexes; they run here on re2js,
 * linear time. What cannot be honoured is a warning naming the field (or the rule), never a crash:
 * the file sits in the scanned repository, so it is as hostile as any of its content. It is read
 * only from inside the scan root, never through a symbolic link.
 */








/** Read and not acted on: they change nothing a scan finds. */
const IGNORED_TOP = new Set(['title', 'description', 'minVersion']);
const IGNORED_RULE = new Set(['description', 'tags']);
/** Rule ids as every report spells them (schemas/report.schema.json). */
const RULE_ID = /^[a-z0-9][a-z0-9-]{0,99}$/;
/** The config's `gitleaksConfig` path as parts below the scan root; no absolute path, no `..`. */
function gitleaksPathParts(relative) {
    const shown = `gitleaksConfig ${JSON.stringify(relative)}`;
    if (relative.includes('\0') || external_node_path_default().isAbsolute(relative) || /^[A-Za-z]:/.test(relative))
        throw new errors/* ConfigurationError */.j1(`${shown}: must be a path relative to the scan root`);
    const parts = relative.replace(/\\/g, '/').split('/').filter((p) => p !== '' && p !== '.');
    if (parts.length === 0 || parts.includes('..'))
        throw new errors/* ConfigurationError */.j1(`${shown}: must be a path inside the scan root (no \`..\`)`);
    return parts;
}
/** Settings with an import's rules among the custom detectors and its allowlists among the suppressions. */
function withGitleaksImport(settings, imported) {
    return {
        ...settings,
        customDetectors: [...(settings.customDetectors ?? []), ...imported.detectors],
        allowlists: [...(settings.allowlists ?? []), ...imported.allowlists],
    };
}
/**
 * Reads `relative` (from the config) inside `root`: no absolute path, no `..` out of the root,
 * no symbolic link on the way, a regular file of at most 1 MiB.
 */
async function loadGitleaksConfig(root, relative, builtInIds) {
    const shown = `gitleaksConfig ${JSON.stringify(relative)}`;
    const parts = gitleaksPathParts(relative);
    let current = root;
    for (const [i, part] of parts.entries()) {
        current = external_node_path_default().join(current, part);
        let info;
        try {
            info = await (0,promises_.lstat)(current);
        }
        catch (error) {
            throw new errors/* ConfigurationError */.j1(`${shown}: cannot read it: ${error.code ?? String(error)}`);
        }
        if (info.isSymbolicLink())
            throw new errors/* ConfigurationError */.j1(`${shown}: ${parts.slice(0, i + 1).join('/')} is a symbolic link (not followed)`);
        if (i < parts.length - 1 ? !info.isDirectory() : !info.isFile())
            throw new errors/* ConfigurationError */.j1(`${shown}: not a ${i < parts.length - 1 ? 'directory' : 'regular file'}: ${parts.slice(0, i + 1).join('/')}`);
        if (i === parts.length - 1 && info.size > load/* MAX_CONFIG_BYTES */.GW)
            throw new errors/* ConfigurationError */.j1(`${shown}: larger than 1 MiB`);
    }
    let text;
    try {
        const handle = await (0,promises_.open)(current, external_node_fs_.constants.O_RDONLY | external_node_fs_.constants.O_NOFOLLOW | external_node_fs_.constants.O_NONBLOCK);
        try {
            const buffer = Buffer.alloc(load/* MAX_CONFIG_BYTES */.GW + 1);
            const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
            if (bytesRead > load/* MAX_CONFIG_BYTES */.GW)
                throw new errors/* ConfigurationError */.j1(`${shown}: larger than 1 MiB`);
            text = buffer.subarray(0, bytesRead).toString('utf8');
        }
        finally {
            await handle.close();
        }
    }
    catch (error) {
        if (error instanceof errors/* ConfigurationError */.j1)
            throw error;
        throw new errors/* ConfigurationError */.j1(`${shown}: cannot read it: ${error.code ?? String(error)}`);
    }
    const name = parts.join('/');
    return parseGitleaksConfig(text, /^[\w./-]{1,200}$/.test(name) ? name : 'gitleaksConfig', builtInIds);
}
/** Translates a gitleaks TOML text. Invalid TOML is a configuration error; everything else at most a warning. */
function parseGitleaksConfig(text, shown, builtInIds = []) {
    let doc;
    try {
        doc = (0,dist/* parse */.qg)(text.replace(/^\uFEFF/, ''));
    }
    catch (error) {
        // The parser's message quotes the text: only its position is repeated.
        if (error instanceof dist/* TomlError */.zx)
            throw new errors/* ConfigurationError */.j1(`${shown}:${error.line}:${error.column}: invalid TOML`);
        throw new errors/* ConfigurationError */.j1(`${shown}: invalid TOML`);
    }
    const out = { detectors: [], allowlists: [], warnings: [] };
    const warn = (message) => out.warnings.push(`${shown}: ${message}`);
    for (const key of Object.keys(doc)) {
        if (IGNORED_TOP.has(key) || key === 'rules' || key === 'allowlist' || key === 'allowlists')
            continue;
        if (key === 'extend')
            warn('`extend` is not supported: only the rules written in this file are loaded (gitleaks\' default rules are not; the built-in detectors cover the common providers)');
        else
            warn(`unknown field \`${safeName(key)}\` ignored`);
    }
    const globals = [];
    if (doc.allowlist !== undefined)
        globals.push(doc.allowlist);
    if (Array.isArray(doc.allowlists))
        globals.push(...doc.allowlists);
    else if (doc.allowlists !== undefined)
        warn('`allowlists` must be an array of tables; ignored');
    for (const [i, raw] of globals.entries()) {
        const allowlist = translateAllowlist(raw, `global allowlist ${i + 1}`, warn, true);
        if (allowlist)
            out.allowlists.push(allowlist.core);
    }
    const rules = doc.rules === undefined ? [] : Array.isArray(doc.rules) ? doc.rules : (warn('`rules` must be an array of tables ([[rules]]); ignored'), []);
    const ids = new Set();
    const renamed = [];
    for (const [index, raw] of rules.entries()) {
        if (!isRecord(raw)) {
            warn(`rule ${index + 1} is not a table; skipped`);
            continue;
        }
        let given = raw.id;
        if (typeof given === 'string' && !RULE_ID.test(given)) {
            // `AWS_Key.v2` -> `aws-key-v2`: report ids are lower-case letters, digits and `-`.
            const normalized = given.toLowerCase().replace(/[^a-z0-9-]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 100);
            if (RULE_ID.test(normalized))
                warn(`rule ${index + 1}: its id is reported as ${normalized} (rule ids are lower-case letters, digits and -)`);
            given = normalized;
        }
        if (typeof given !== 'string' || !RULE_ID.test(given)) {
            warn(`rule ${index + 1} has no usable \`id\`; skipped`);
            continue;
        }
        const name = `rule ${given}`;
        if (ids.has(given)) {
            warn(`${name} is defined twice: the second one is skipped`);
            continue;
        }
        ids.add(given);
        let id = given;
        if (builtInIds.includes(id)) {
            id = `gitleaks-${given}`;
            renamed.push(given);
        }
        const spec = translateRule(raw, id, name, warn);
        if (spec) {
            out.detectors.push(spec.detector);
            out.allowlists.push(...spec.core);
        }
    }
    if (renamed.length > 0)
        warn(`${renamed.length} rule id(s) are also built-in rule ids and are reported as gitleaks-<id>: ${renamed.slice(0, 10).join(', ')}${renamed.length > 10 ? ', …' : ''}`);
    return out;
}
function translateRule(raw, id, name, warn) {
    for (const key of Object.keys(raw)) {
        if (['id', 'regex', 'secretGroup', 'entropy', 'keywords', 'path', 'allowlist', 'allowlists'].includes(key) || IGNORED_RULE.has(key))
            continue;
        if (key === 'skipReport' && raw.skipReport === true) {
            warn(`${name}: \`skipReport\` (a rule only used by composite rules) is not supported; skipped`);
            return null;
        }
        if (key === 'required')
            warn(`${name}: \`required\` (composite rules) is not supported: the rule reports on its own regex alone`);
        else if (key !== 'skipReport')
            warn(`${name}: unknown field \`${safeName(key)}\` ignored`);
    }
    if (typeof raw.regex !== 'string' || raw.regex === '') {
        warn(`${name}: no \`regex\` (rules that match file paths only are not supported); skipped`);
        return null;
    }
    const problem = (0,custom/* re2Problem */.n3)(raw.regex);
    if (problem !== null) {
        warn(`${name}: its regex is not accepted by RE2 (${problem}); skipped`);
        return null;
    }
    const detector = {
        id,
        regex: raw.regex,
        severity: detectors/* DEFAULT_CUSTOM_SEVERITY */.Aw,
        description: typeof raw.description === 'string' && raw.description.trim() !== '' ? oneLine(raw.description) : `A credential matched by the gitleaks rule ${id}.`,
        remediation: detectors/* DEFAULT_CUSTOM_REMEDIATION */.G3,
        origin: `gitleaks ${name}`,
    };
    if (raw.secretGroup !== undefined) {
        const groups = (0,custom/* re2GroupCount */.Ks)(raw.regex);
        if (typeof raw.secretGroup !== 'number' || !Number.isInteger(raw.secretGroup) || raw.secretGroup < 0)
            warn(`${name}: \`secretGroup\` must be a whole number; ignored`);
        else if (raw.secretGroup > groups)
            warn(`${name}: \`secretGroup\` ${raw.secretGroup} but the regex has ${groups} group(s); ignored`);
        else
            detector.secretGroup = raw.secretGroup;
    }
    if (raw.entropy !== undefined) {
        if (typeof raw.entropy === 'number' && raw.entropy >= 0)
            detector.entropy = raw.entropy;
        else
            warn(`${name}: \`entropy\` must be a number; ignored`);
    }
    if (raw.keywords !== undefined) {
        if (Array.isArray(raw.keywords) && raw.keywords.every((k) => typeof k === 'string'))
            detector.keywords = raw.keywords.filter((k) => k !== '');
        else
            warn(`${name}: \`keywords\` must be a list of strings; ignored (the rule runs on every file)`);
    }
    if (raw.path !== undefined) {
        if (typeof raw.path !== 'string')
            warn(`${name}: \`path\` must be a string; ignored`);
        else {
            const pathProblem = (0,custom/* re2Problem */.n3)(raw.path);
            if (pathProblem !== null) {
                warn(`${name}: its path regex is not accepted by RE2 (${pathProblem}); skipped`);
                return null;
            }
            detector.pathRegex = raw.path;
        }
    }
    const lists = [];
    if (raw.allowlist !== undefined)
        lists.push(raw.allowlist);
    if (Array.isArray(raw.allowlists))
        lists.push(...raw.allowlists);
    else if (raw.allowlists !== undefined)
        warn(`${name}: \`allowlists\` must be an array of tables; ignored`);
    const core = [];
    const own = [];
    for (const [i, list] of lists.entries()) {
        const translated = translateAllowlist(list, `${name} allowlist ${i + 1}`, warn, false);
        if (!translated)
            continue;
        if (translated.detector)
            own.push(translated.detector);
        // A rule's commits are known only to the core (history scans): checked there, for this rule only.
        if (translated.core.commits && translated.core.commits.length > 0)
            core.push({ ruleIds: [id], commits: translated.core.commits });
    }
    if (own.length > 0)
        detector.allowlists = own;
    return { detector, core };
}
/**
 * One allowlist table. Global ones apply in the core to every finding (their regexes match the
 * secret); a rule's own run in its detector (regexTarget secret, match or line) except commits.
 */
function translateAllowlist(raw, name, warn, global) {
    if (!isRecord(raw)) {
        warn(`${name} is not a table; ignored`);
        return null;
    }
    const strings = (key) => {
        const value = raw[key];
        if (value === undefined)
            return [];
        if (Array.isArray(value) && value.every((v) => typeof v === 'string'))
            return value;
        warn(`${name}: \`${key}\` must be a list of strings; ignored`);
        return [];
    };
    const patterns = (key) => strings(key).filter((pattern, i) => {
        const problem = (0,custom/* re2Problem */.n3)(pattern);
        if (problem !== null)
            warn(`${name}: ${key}[${i}] is not accepted by RE2 (${problem}); that pattern is ignored`);
        return problem === null;
    });
    for (const key of Object.keys(raw)) {
        if (['description', 'condition', 'commits', 'paths', 'regexTarget', 'regexes', 'stopwords'].includes(key))
            continue;
        if (key === 'targetRules' && global)
            continue;
        warn(`${name}: unknown field \`${safeName(key)}\` ignored`);
    }
    let condition = 'OR';
    if (raw.condition !== undefined) {
        if (raw.condition === 'AND' || raw.condition === 'OR')
            condition = raw.condition;
        else
            warn(`${name}: \`condition\` must be "OR" or "AND"; OR applies`);
    }
    let target = 'secret';
    if (raw.regexTarget !== undefined) {
        if (raw.regexTarget === 'secret' || raw.regexTarget === 'match' || raw.regexTarget === 'line')
            target = raw.regexTarget;
        else
            warn(`${name}: \`regexTarget\` must be secret, match or line; secret applies`);
    }
    const commits = strings('commits');
    const paths = patterns('paths');
    const regexes = patterns('regexes');
    const stopwords = strings('stopwords');
    if (global && target !== 'secret' && regexes.length > 0)
        warn(`${name}: \`regexTarget = "${target}"\` is not supported in a global allowlist: its regexes are matched against the secret`);
    const core = { condition, commits, paths, regexes, stopwords };
    if (global) {
        const targets = strings('targetRules');
        if (targets.length > 0)
            core.ruleIds = targets;
        return { core };
    }
    if (condition === 'AND' && commits.length > 0 && (paths.length > 0 || regexes.length > 0 || stopwords.length > 0)) {
        warn(`${name}: \`condition = "AND"\` with \`commits\` and other checks is not supported in a rule's allowlist; ignored`);
        return null;
    }
    return { core: { commits }, detector: { condition, regexes, regexTarget: target, paths, stopwords } };
}
/** A field name as shown in a warning: ours to print only when it looks like a name. */
function safeName(key) {
    return /^[A-Za-z][A-Za-z0-9_-]{0,40}$/.test(key) ? key : '(unprintable name)';
}
function oneLine(text) {
    return text.replace(/\s+/g, ' ').trim().slice(0, 500);
}
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}

// EXTERNAL MODULE: ./src/analyzers/registry.ts + 89 modules
var registry = __webpack_require__(9082);
// EXTERNAL MODULE: ./src/core/settings.ts
var core_settings = __webpack_require__(1922);
// EXTERNAL MODULE: ./src/diff/changed-lines.ts
var changed_lines = __webpack_require__(5993);
// EXTERNAL MODULE: ./src/verify/base-url.ts + 1 modules
var base_url = __webpack_require__(2767);
;// CONCATENATED MODULE: ./src/cli/settings.ts











/**
 * Turns the scan command into Settings: defaults, then the config file, then the flags. One
 * directory is its own root; several paths, or files, are reported relative to the working
 * directory when they are inside it (as a pre-commit hook passes them), else to their deepest
 * common directory.
 */
async function settingsFromCommand(command, cwd, env = {}, warn = () => { }) {
    // Standard input has no tree: the working directory is the root its config is read from.
    if (command.stdin !== null)
        return finishSettings(command, await (0,promises_.realpath)(cwd), [], cwd, env, warn);
    const targets = [];
    let onlyDirectory = null;
    for (const given of command.paths) {
        const absolute = external_node_path_default().resolve(cwd, given);
        let info;
        try {
            info = await (0,promises_.stat)(absolute);
        }
        catch {
            throw new errors/* ConfigurationError */.j1(`path not found: ${given}`);
        }
        const real = await (0,promises_.realpath)(absolute);
        targets.push(real);
        if (command.paths.length === 1 && info.isDirectory())
            onlyDirectory = real;
    }
    if (command.mode.kind !== 'tree' && onlyDirectory === null) {
        throw new errors/* ConfigurationError */.j1(`--${command.mode.kind} needs a repository directory, not a file`);
    }
    const realCwd = await (0,promises_.realpath)(cwd);
    const insideCwd = targets.every((t) => t === realCwd || t.startsWith(realCwd + (external_node_path_default()).sep));
    const root = onlyDirectory ?? (insideCwd ? realCwd : commonDirectory(targets));
    return finishSettings(command, root, targets, cwd, env, warn);
}
/** Defaults, then the config file found at `root` (or --config), then the flags. */
async function finishSettings(command, root, targets, cwd, env, warn) {
    const { config, file: configFile } = await (0,load/* loadConfig */.Z9)(root, command.config, cwd);
    let settings = await applyGitleaksConfig((0,apply/* applyConfig */.x)((0,core_settings/* defaultSettings */.L6)(root, { targets }), config), config, warn);
    if (command.failOn !== null)
        settings.failOn = command.failOn;
    if (command.maxFileSize !== null)
        settings.maxFileSize = command.maxFileSize;
    // A baseline being rewritten must record every current finding, including those it accepted before.
    // The flag, else the config's `baseline` key (relative to the config file).
    const baselineFile = command.baseline !== null ? external_node_path_default().resolve(cwd, command.baseline) : config.baseline && configFile ? external_node_path_default().resolve(external_node_path_default().dirname(configFile), config.baseline) : null;
    if (baselineFile !== null && command.writeBaseline === null) {
        settings = { ...settings, baseline: await (0,baseline/* readBaseline */.mF)(baselineFile) };
    }
    if (command.mode.kind === 'diff')
        settings.changedLines = await (0,changed_lines/* changedLinesSince */.aW)(root, command.mode.base, { maxFileSize: settings.maxFileSize });
    if (command.verify) {
        (0,base_url/* resolveBaseUrls */.yg)(env); // a bad base-URL override is a usage error before anything is sent
        settings.verify = { enabled: true, env, ...(command.verifyTimeoutMs !== null ? { timeoutMs: command.verifyTimeoutMs } : {}) };
    }
    return settings;
}
/** `gitleaksConfig:`: its rules join the custom detectors, its allowlists the suppressions. */
async function applyGitleaksConfig(settings, config, warn) {
    if (config.gitleaksConfig === undefined)
        return settings;
    const imported = await loadGitleaksConfig(settings.root, config.gitleaksConfig, (0,registry/* reservedRuleIds */.Fn)((settings.customDetectors ?? []).map((d) => d.id)));
    for (const warning of imported.warnings)
        warn(warning);
    return withGitleaksImport(settings, imported);
}
function commonDirectory(paths) {
    const split = paths.map((p) => external_node_path_default().dirname(p).split((external_node_path_default()).sep));
    const first = split[0] ?? [];
    let length = first.length;
    for (const parts of split) {
        let i = 0;
        while (i < length && parts[i] === first[i])
            i++;
        length = i;
    }
    return first.slice(0, length).join((external_node_path_default()).sep) || (external_node_path_default()).sep;
}


/***/ }),

/***/ 427:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  v: () => (/* binding */ readStdin)
});

// UNUSED EXPORTS: stdinPath

// EXTERNAL MODULE: ./src/discover/read-text.ts
var read_text = __webpack_require__(5563);
// EXTERNAL MODULE: ./src/discover/classify.ts
var classify = __webpack_require__(6641);
;// CONCATENATED MODULE: ./src/discover/stdin-kind.ts

/** The path findings in standard input are reported under when `--stdin-filename` is not given. */
const STDIN_NAME = '<stdin>';
// Top-level keys (at the start of a line) that mark a GitLab pipeline or a GitHub workflow.
const GITLAB_KEYS = /(^|\n)(stages|include|default|variables|workflow)[ \t]*:|(^|\n)[ \t]+script[ \t]*:/;
const GITLAB_SCRIPT = /(^|\n)[ \t]+(script|before_script|after_script)[ \t]*:/;
const WORKFLOW_ON = /(^|\n)(on|"on"|'on')[ \t]*:/;
const WORKFLOW_JOBS = /(^|\n)jobs[ \t]*:/;
/**
 * The kind of the text read from standard input. A name that says what the file is decides
 * (`.gitlab-ci.yml`, `.github/workflows/x.yml`, `values.yaml`, `.env`…); otherwise the content
 * does: `kind:` with `apiVersion:` is a Kubernetes manifest (`kubectl get … -o yaml`, `helm
 * template`), `on:` with `jobs:` a GitHub workflow, `stages:` or a job's `script:` a GitLab
 * pipeline. Anything else is YAML when named so, else plain text.
 */
function stdinKind(filename, text) {
    const named = filename === null ? 'other' : (0,classify/* classify */.L8)(filename);
    if (named !== 'yaml' && named !== 'other')
        return named;
    if ((0,classify/* looksLikeKubernetes */.El)(text))
        return 'k8s';
    if (WORKFLOW_ON.test(text) && WORKFLOW_JOBS.test(text))
        return 'workflow';
    if (/(^|\n)stages[ \t]*:/.test(text) || (GITLAB_SCRIPT.test(text) && GITLAB_KEYS.test(text)))
        return 'gitlab-ci';
    return named === 'yaml' ? 'yaml' : filename === null && looksLikeYaml(text) ? 'yaml' : named;
}
/** Unnamed input whose first meaningful line is a YAML key or document start. */
function looksLikeYaml(text) {
    for (const line of text.split('\n', 50)) {
        const t = line.trim();
        if (t === '' || t.startsWith('#'))
            continue;
        return t === '---' || /^[A-Za-z_][\w.-]*[ \t]*:(\s|$)/.test(t) || /^- /.test(t);
    }
    return false;
}

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
;// CONCATENATED MODULE: ./src/cli/stdin.ts



/**
 * Reads standard input for `scan -`, at most `maxBytes` (the max file size): past that it stops
 * reading and says so, and the scan is incomplete (exit 3), never a partial scan passed as whole.
 */
async function readStdin(stream, filename, maxBytes) {
    const name = filename === null ? STDIN_NAME : stdinPath(filename);
    const chunks = [];
    let bytes = 0;
    let tooLarge = false;
    for await (const chunk of stream) {
        const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
        bytes += buffer.length;
        if (bytes > maxBytes) {
            tooLarge = true;
            break;
        }
        chunks.push(buffer);
    }
    if (tooLarge) {
        stream.destroy?.();
        return { path: name, text: null, bytes, kind: 'other', skipped: 'too-large' };
    }
    const text = (0,read_text/* decodeText */.g7)(Buffer.concat(chunks));
    if (text === null)
        return { path: name, text: null, bytes, kind: 'other', skipped: 'binary' };
    return { path: name, text, bytes, kind: stdinKind(filename === null ? null : name, text) };
}
/** `./k8s/rendered.yaml` -> `k8s/rendered.yaml`: a relative POSIX path, as every finding has. */
function stdinPath(filename) {
    const parts = [];
    for (const part of filename.replace(/\\/g, '/').split('/')) {
        if (part === '' || part === '.')
            continue;
        if (part === '..')
            throw new errors/* ConfigurationError */.j1('--stdin-filename must be a path inside the repository (no `..`)');
        parts.push(part);
    }
    if (parts.length === 0)
        throw new errors/* ConfigurationError */.j1('--stdin-filename needs a file name');
    return parts.join('/');
}


/***/ }),

/***/ 1110:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ applyConfig)
/* harmony export */ });
/* unused harmony export applyDetectorsConfig */
/* harmony import */ var _detectors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3297);

/**
 * Merges a validated config into Settings (the CLI and the Action both call this, then apply
 * their own flags or inputs on top). Lists given in the config replace the defaults.
 */
function applyConfig(settings, config) {
    return applyDetectorsConfig(applyBaseConfig(settings, config), config);
}
/** `detectors:`: added to the custom detectors already set (e.g. imported gitleaks rules). */
function applyDetectorsConfig(settings, config) {
    if (!config.detectors || config.detectors.length === 0)
        return settings;
    return { ...settings, customDetectors: [...(settings.customDetectors ?? []), ...(0,_detectors_js__WEBPACK_IMPORTED_MODULE_0__/* .customDetectorSpecs */ .kL)(config.detectors)] };
}
function applyBaseConfig(settings, config) {
    return {
        ...settings,
        failOn: config.failOn ?? settings.failOn,
        include: config.include ?? settings.include,
        exclude: config.exclude ?? settings.exclude,
        rules: { ...settings.rules, ...config.rules },
        allow: {
            paths: config.allow?.paths ?? settings.allow.paths,
            patterns: config.allow?.patterns ?? settings.allow.patterns,
            fingerprints: config.allow?.fingerprints ?? settings.allow.fingerprints,
        },
        secretNames: {
            extra: config.secretNames?.extra ?? settings.secretNames.extra,
            ignore: config.secretNames?.ignore ?? settings.secretNames.ignore,
        },
        decodeDepth: config.decodeDepth ?? settings.decodeDepth,
        maxFileSize: config.maxFileSize ?? settings.maxFileSize,
        envFileTemplates: config.envFiles?.templates ?? settings.envFileTemplates,
        kubernetes: { strictSecretEnv: config.kubernetes?.strictSecretEnv ?? settings.kubernetes.strictSecretEnv },
    };
}


/***/ }),

/***/ 3297:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Aw: () => (/* binding */ DEFAULT_CUSTOM_SEVERITY),
/* harmony export */   G3: () => (/* binding */ DEFAULT_CUSTOM_REMEDIATION),
/* harmony export */   RB: () => (/* binding */ detectorProblems),
/* harmony export */   kL: () => (/* binding */ customDetectorSpecs)
/* harmony export */ });
/* harmony import */ var _detectors_custom_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6620);
/**
 * The config's `detectors:`: checks the schema cannot express (patterns RE2 accepts, ids that
 * clash, capture groups that exist), and their translation into detector specs.
 */

const DEFAULT_CUSTOM_SEVERITY = 'high';
const DEFAULT_CUSTOM_REMEDIATION = 'Revoke and rotate the credential where it was issued, remove it from the file and its history, and read it from a secret store instead.';
/**
 * Problems of `detectors` (already of the schema's shape where it matters: anything else is
 * skipped, the schema reports it). Messages name the detector and RE2's reason, never the pattern.
 */
function detectorProblems(detectors, builtInIds) {
    if (!Array.isArray(detectors))
        return [];
    const problems = [];
    const seen = new Set();
    detectors.forEach((entry, index) => {
        if (typeof entry !== 'object' || entry === null)
            return;
        const d = entry;
        // The id is shown only when it has the shape of one (a config value could be anything).
        const name = typeof d.id === 'string' && /^[a-z0-9][a-z0-9-]{0,99}$/.test(d.id) ? `detector "${d.id}"` : `detector ${index}`;
        if (typeof d.id === 'string') {
            if (builtInIds.includes(d.id))
                problems.push({ segments: ['detectors', index, 'id'], message: `${name}: the id of a built-in rule or category; choose another` });
            else if (seen.has(d.id))
                problems.push({ segments: ['detectors', index, 'id'], message: `${name}: defined twice` });
            seen.add(d.id);
        }
        if (typeof d.regex === 'string') {
            const problem = (0,_detectors_custom_js__WEBPACK_IMPORTED_MODULE_0__/* .re2Problem */ .n3)(d.regex);
            if (problem !== null) {
                problems.push({ segments: ['detectors', index, 'regex'], message: `${name}: not a valid regular expression: ${problem} (RE2 syntax)` });
            }
            else if (typeof d.secretGroup === 'number' && d.secretGroup > (0,_detectors_custom_js__WEBPACK_IMPORTED_MODULE_0__/* .re2GroupCount */ .Ks)(d.regex)) {
                problems.push({ segments: ['detectors', index, 'secretGroup'], message: `${name}: the pattern has ${(0,_detectors_custom_js__WEBPACK_IMPORTED_MODULE_0__/* .re2GroupCount */ .Ks)(d.regex)} capture group(s), not ${d.secretGroup}` });
            }
        }
    });
    return problems;
}
function customDetectorSpecs(detectors) {
    return detectors.map((d, index) => ({
        id: d.id,
        regex: d.regex,
        ...(d.keywords ? { keywords: d.keywords } : {}),
        ...(d.secretGroup !== undefined ? { secretGroup: d.secretGroup } : {}),
        ...(d.entropy !== undefined ? { entropy: d.entropy } : {}),
        severity: d.severity ?? DEFAULT_CUSTOM_SEVERITY,
        description: d.description ?? `A credential matched by the custom detector ${d.id}.`,
        remediation: d.remediation ?? DEFAULT_CUSTOM_REMEDIATION,
        ...(d.paths && d.paths.length > 0 ? { paths: d.paths } : {}),
        origin: `detectors[${index}]`,
    }));
}


/***/ }),

/***/ 5674:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  GW: () => (/* binding */ MAX_CONFIG_BYTES),
  Z9: () => (/* binding */ loadConfig)
});

// UNUSED EXPORTS: CONFIG_FILE_NAMES, findConfigFile, parseConfigText

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./node_modules/ajv/dist/2020.js
var _2020 = __webpack_require__(2210);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./schemas/config.schema.json
const config_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://raw.githubusercontent.com/openai-secret-lint/openai-secret-lint/main/schemas/config.schema.json","title":"openai-secret-lint configuration","description":"The .openai-secret-lint.yml (or .yaml, .json) file at the root of a scanned repository. Every key is optional; command-line flags and Action inputs take precedence over it.","type":"object","additionalProperties":false,"properties":{"$schema":{"description":"The schema this file follows, for editors.","type":"string"},"failOn":{"description":"Fail (exit code 1, failed check) when a finding is at or above this severity.","enum":["critical","high","medium","low"],"default":"high","examples":["medium"]},"include":{"description":"Scan only files matching these gitignore-style patterns, relative to the scan root. Empty: every file.","type":"array","items":{"type":"string","minLength":1},"default":[],"examples":[["src/",".github/","*.yml"]]},"exclude":{"description":"Never scan files matching these gitignore-style patterns, relative to the scan root.","type":"array","items":{"type":"string","minLength":1},"default":[],"examples":[["vendor/","**/testdata/**","*.min.js"]]},"rules":{"description":"Per rule (by rule id, or by category), a new severity or `off` to disable it.","type":"object","additionalProperties":{"enum":["off","low","medium","high","critical"]},"default":{},"examples":[{"unprotected-env-file":"low","secret-exposure":"off"}]},"allow":{"description":"Findings that are accepted and hidden (counted as suppressed).","type":"object","additionalProperties":false,"properties":{"paths":{"description":"Gitignore-style patterns of files whose findings are hidden.","type":"array","items":{"type":"string","minLength":1},"default":[],"examples":[["docs/examples/"]]},"patterns":{"description":"Regular expressions in RE2 syntax (https://github.com/google/re2/wiki/Syntax), matched anywhere in the secret value itself, not the line. They run in linear time; backreferences (\\\\1) and lookarounds ((?=…), (?<!…)) are not supported and are a configuration error. Inline flags such as (?i) work.","type":"array","items":{"type":"string","minLength":1},"default":[],"examples":[["EXAMPLE","^sk-test-"]]},"fingerprints":{"description":"Fingerprints of individual findings, as shown in the JSON report.","type":"array","items":{"type":"string","pattern":"^[0-9a-f]{32}$"},"default":[],"examples":[["0123456789abcdef0123456789abcdef"]]}},"default":{}},"secretNames":{"description":"Tune which variable names are treated as holding secrets. `*` is a wildcard; case, `-`, `.` and `_` do not matter.","type":"object","additionalProperties":false,"properties":{"extra":{"description":"Names (or `*` patterns) that also hold secrets.","type":"array","items":{"type":"string","minLength":1},"default":[],"examples":[["*_SIGNING_KEY","WEBHOOK_SALT"]]},"ignore":{"description":"Names (or `*` patterns) never treated as secrets.","type":"array","items":{"type":"string","minLength":1},"default":[],"examples":[["PUBLIC_TOKEN_ENDPOINT"]]}},"default":{}},"decodeDepth":{"description":"How many nested encodings (base64, hex, URL) are decoded when looking for secrets. 0 disables decoding.","type":"integer","minimum":0,"maximum":8,"default":3,"examples":[2]},"maxFileSize":{"description":"Files larger than this many bytes are skipped, with a diagnostic.","type":"integer","minimum":1,"default":5242880,"examples":[1048576]},"envFiles":{"description":"Env files (.env and friends).","type":"object","additionalProperties":false,"properties":{"templates":{"description":"Extra env-file names that are committed on purpose as templates (like .env.example) and so are not reported as committed env files.","type":"array","items":{"type":"string","minLength":1},"default":[],"examples":[[".env.ci","deploy/.env.defaults"]]}},"default":{}},"kubernetes":{"description":"Kubernetes manifests.","type":"object","additionalProperties":false,"properties":{"strictSecretEnv":{"description":"Also report secret-like env values taken from ConfigMaps or plain values even when they look like references or placeholders.","type":"boolean","default":false}},"default":{}},"detectors":{"description":"Your own detectors, for token formats no built-in detector knows. Each finding is reported under the detector\'s id and handled like a built-in one: redacted, fingerprinted, suppressible inline and by `allow`, `rules` and baselines, in every report format. Patterns are RE2 syntax (https://github.com/google/re2/wiki/Syntax), run in linear time; backreferences and lookarounds are not supported.","type":"array","maxItems":1000,"items":{"type":"object","additionalProperties":false,"required":["id","regex"],"properties":{"id":{"description":"Rule id of the findings (lower-case letters, digits and `-`, like every rule id); must not be a built-in rule id.","type":"string","pattern":"^[a-z0-9][a-z0-9-]{0,99}$"},"regex":{"description":"RE2 pattern matching the credential (with its context, if a capture group holds the secret).","type":"string","minLength":1,"maxLength":4096},"keywords":{"description":"Literal words (any case), one of which the text must hold for the pattern to run: the cheap prefilter. Empty: the pattern runs on every file.","type":"array","items":{"type":"string","minLength":1,"maxLength":100},"maxItems":50,"default":[]},"secretGroup":{"description":"Capture group holding the secret. Default: the first group that matched, else the whole match.","type":"integer","minimum":0,"maximum":100},"entropy":{"description":"Minimum Shannon entropy of the secret, in bits per character (random tokens: about 3.5 and more).","type":"number","minimum":0,"maximum":8},"severity":{"description":"Severity of the findings.","enum":["critical","high","medium","low"],"default":"high"},"description":{"description":"What the detector finds, shown with every finding and in rule lists.","type":"string","minLength":1,"maxLength":500},"remediation":{"description":"What to do about a finding.","type":"string","minLength":1,"maxLength":2000},"paths":{"description":"Gitignore-style patterns: the detector runs only on files matching one. Default: every file.","type":"array","items":{"type":"string","minLength":1},"default":[]}}},"default":[],"examples":[[{"id":"acme-api-token","regex":"\\\\b(acme_[A-Za-z0-9]{32})\\\\b","keywords":["acme_"],"entropy":3.5,"severity":"critical","description":"An ACME internal API token.","remediation":"Revoke it at https://acme.example/tokens and read it from the secret store."}]]},"gitleaksConfig":{"description":"A gitleaks configuration file (TOML), relative to the scan root and inside it (never through a symbolic link): its rules run as custom detectors and its allowlists apply. Fields that cannot be honoured are reported as warnings.","type":"string","minLength":1,"examples":[".gitleaks.toml"]},"baseline":{"description":"A baseline file written by --write-baseline, relative to this config file\'s directory: the findings it lists are hidden (and counted). The --baseline flag and the Action\'s baseline input take precedence. On pull requests the Action reads it from the base commit, as it reads this file.","type":"string","minLength":1,"examples":[".openai-secret-lint-baseline.json"]}}}');
// EXTERNAL MODULE: ./src/analyzers/registry.ts + 89 modules
var registry = __webpack_require__(9082);
// EXTERNAL MODULE: ./src/core/allow-patterns.ts
var allow_patterns = __webpack_require__(1920);
// EXTERNAL MODULE: ./src/yaml/load.ts
var load = __webpack_require__(6251);
// EXTERNAL MODULE: ./src/config/detectors.ts
var detectors = __webpack_require__(3297);
;// CONCATENATED MODULE: ./src/config/strict-json.ts
/**
 * Strict JSON (RFC 8259) for `.json` config files: no trailing commas, comments or single quotes,
 * which a YAML parser would accept. An error gives its line and column and what was expected,
 * never the text found there (a config may sit next to values nobody should see in a log).
 */
/** Null when `text` is strict JSON, else the first syntax error. */
function strictJsonError(text) {
    let i = 0;
    const n = text.length;
    class Stop extends Error {
        at;
        expected;
        constructor(at, expected) {
            super(expected);
            this.at = at;
            this.expected = expected;
        }
    }
    const fail = (expected) => {
        throw new Stop(i, expected);
    };
    const ws = () => {
        while (i < n && (text[i] === ' ' || text[i] === '\t' || text[i] === '\n' || text[i] === '\r'))
            i++;
    };
    const value = () => {
        ws();
        const c = text[i];
        if (c === '{')
            return object();
        if (c === '[')
            return array();
        if (c === '"')
            return string();
        if (c === '-' || (c !== undefined && c >= '0' && c <= '9'))
            return number();
        for (const word of ['true', 'false', 'null']) {
            if (text.startsWith(word, i)) {
                i += word.length;
                return;
            }
        }
        fail(i >= n ? 'a value, found the end of the file' : 'a value');
    };
    const object = () => {
        i++;
        ws();
        if (text[i] === '}') {
            i++;
            return;
        }
        for (;;) {
            ws();
            if (text[i] !== '"')
                fail('a double-quoted property name');
            string();
            ws();
            if (text[i] !== ':')
                fail("':' after a property name");
            i++;
            value();
            ws();
            if (text[i] === ',') {
                i++;
                continue;
            }
            if (text[i] === '}') {
                i++;
                return;
            }
            fail("',' or '}'");
        }
    };
    const array = () => {
        i++;
        ws();
        if (text[i] === ']') {
            i++;
            return;
        }
        for (;;) {
            value();
            ws();
            if (text[i] === ',') {
                i++;
                continue;
            }
            if (text[i] === ']') {
                i++;
                return;
            }
            fail("',' or ']'");
        }
    };
    const string = () => {
        i++;
        while (i < n && text[i] !== '"') {
            const c = text.charCodeAt(i);
            if (c < 0x20)
                fail('a closing quote (control characters must be escaped)');
            if (text[i] === '\\') {
                const e = text[i + 1];
                if (e === 'u') {
                    if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6)))
                        fail('four hex digits after \\u');
                    i += 6;
                    continue;
                }
                if (e === undefined || !'"\\/bfnrt'.includes(e))
                    fail('a valid escape sequence');
                i += 2;
                continue;
            }
            i++;
        }
        if (i >= n)
            fail('a closing quote, found the end of the file');
        i++;
    };
    const number = () => {
        const match = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
        if (!match)
            fail('a number');
        i += match[0].length;
    };
    try {
        value();
        ws();
        if (i < n)
            fail('the end of the file after the top-level value');
        return null;
    }
    catch (error) {
        if (!(error instanceof Stop))
            throw error;
        const before = text.slice(0, error.at);
        const line = before.split('\n').length;
        const column = error.at - before.lastIndexOf('\n');
        return { line, column, message: `invalid JSON: expected ${error.expected} (column ${column})` };
    }
}

;// CONCATENATED MODULE: ./src/config/suggest.ts
/** "Did you mean" for unknown keys and values: the closest candidate within a small edit distance. */
function closest(word, candidates) {
    const norm = (s) => s.toLowerCase().replace(/[-_.\s]/g, '');
    let best = null;
    let bestDistance = Infinity;
    for (const candidate of candidates) {
        // `fail_on` and `FailOn` are the same word to a human: compare normalized forms first.
        const distance = norm(candidate) === norm(word) ? 0 : editDistance(word.toLowerCase(), candidate.toLowerCase());
        if (distance < bestDistance) {
            best = candidate;
            bestDistance = distance;
        }
    }
    const limit = Math.max(2, Math.floor(word.length / 3));
    return best !== null && bestDistance <= limit ? best : null;
}
function didYouMean(word, candidates) {
    const match = closest(word, candidates);
    return match === null ? '' : `; did you mean "${match}"?`;
}
function editDistance(a, b) {
    let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
        const current = [i];
        for (let j = 1; j <= b.length; j++) {
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
        }
        previous = current;
    }
    return previous[b.length];
}

;// CONCATENATED MODULE: ./src/config/validate.ts










/** Compiled on first use: most scans have no config file, and worker threads never read one. */
let compiled;
function validateSchema(value) {
    compiled ??= new _2020.Ajv2020({ allErrors: true, verbose: true, strict: true, allowUnionTypes: true }).compile(config_schema_namespaceObject);
    const ok = compiled(value);
    return { ok, errors: compiled.errors ?? [] };
}
/**
 * Parses and validates a configuration text (YAML or JSON) and returns every problem at once, each
 * with its YAML path and line, as one ConfigurationError (exit code 2). `source` names the file.
 */
function parseConfig(text, source, format = 'yaml') {
    // A `.json` file is strict JSON (a YAML parser would take trailing commas and comments). Once
    // it is, it is also YAML, which keeps the line of every value for the schema's messages.
    if (format === 'json') {
        const error = strictJsonError(text);
        if (error)
            fail(source, [{ line: error.line, path: '', message: error.message }]);
    }
    const lineCounter = new dist/* LineCounter */.HN();
    const doc = (0,dist/* parseDocument */.Tp)(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
    const lineOf = (offset) => (offset === undefined ? null : lineCounter.linePos(offset).line);
    if (doc.errors.length > 0) {
        const kind = format === 'json' ? 'JSON' : 'YAML';
        fail(source, doc.errors.map((e) => ({ line: lineOf(e.pos[0]), path: '', message: `invalid ${kind}: ${(0,load/* describeYamlError */.r)(e)}` })));
    }
    const value = doc.toJS({ maxAliasCount: 100 }) ?? {};
    const problems = [];
    const validation = validateSchema(value);
    if (!validation.ok) {
        for (const error of validation.errors)
            problems.push(describe(error, doc, lineOf));
    }
    for (const problem of semanticProblems(value, doc, lineOf))
        problems.push(problem);
    if (problems.length > 0)
        fail(source, problems);
    return value;
}
function fail(source, problems) {
    const sorted = dedupe(problems).sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || a.path.localeCompare(b.path));
    const lines = sorted.map((p) => `  ${source}${p.line === null ? '' : `:${p.line}`}: ${p.path ? `${p.path}: ` : ''}${p.message}`);
    const count = sorted.length === 1 ? '1 problem' : `${sorted.length} problems`;
    throw new errors/* ConfigurationError */.j1(`invalid configuration (${count}):\n${lines.join('\n')}`);
}
function dedupe(problems) {
    const seen = new Set();
    return problems.filter((p) => {
        const key = `${p.line}\0${p.path}\0${p.message}`;
        if (seen.has(key))
            return false;
        seen.add(key);
        return true;
    });
}
/**
 * A config file is repository content too: a key or value in it may be a secret (pasted in the
 * wrong place on purpose or not). Problems name the path and the problem, never a value, and a
 * key only when it is one of ours or a near miss of one (`failon` for `failOn`); any other key is
 * shown as UNKNOWN_KEY.
 */
const UNKNOWN_KEY = '(unknown key)';
let knownNames;
function namesWeKnow() {
    if (knownNames)
        return knownNames;
    const names = new Set((0,registry/* reservedRuleIds */.Fn)());
    const visit = (node) => {
        if (!isRecord(node))
            return;
        if (isRecord(node.items))
            visit(node.items); // the keys of list entries (`detectors[].regex`)
        for (const [key, child] of Object.entries(isRecord(node.properties) ? node.properties : {})) {
            names.add(key);
            visit(child);
        }
    };
    visit(config_schema_namespaceObject);
    knownNames = [...names];
    return knownNames;
}
function isShown(key, candidates = namesWeKnow()) {
    return candidates.includes(key) || closest(key, candidates) !== null;
}
/** The YAML path with every key that is neither ours nor a near miss of ours hidden. */
function safePath(segments) {
    let out = '';
    for (const segment of segments) {
        if (typeof segment === 'number')
            out += `[${segment}]`;
        else
            out += (out ? '.' : '') + (isShown(segment) ? yamlPath([segment]) : UNKNOWN_KEY);
    }
    return out;
}
function describe(error, doc, lineOf) {
    const segments = pointerSegments(error.instancePath);
    switch (error.keyword) {
        case 'additionalProperties': {
            const key = String(error.params.additionalProperty);
            const known = Object.keys(error.parentSchema?.properties ?? {});
            const line = lineOf(keyNode(doc, segments, key)?.range?.[0]);
            const hint = didYouMean(key, known);
            if (hint)
                return { line, path: safePath([...segments, key]), message: `unknown key${hint}` };
            return { line, path: safePath(segments), message: `an unknown key; known keys: ${known.filter((k) => k !== '$schema').join(', ')}` };
        }
        case 'enum': {
            // The value given is not repeated (it may be a secret); a close allowed value is.
            const allowed = error.params.allowedValues.map(String);
            const given = error.data;
            const hint = typeof given === 'string' ? didYouMean(given, allowed) : '';
            return { line: lineOf(valueNode(doc, segments)?.range?.[0]), path: safePath(segments), message: `must be one of ${allowed.join(', ')}${hint}` };
        }
        case 'type':
            if (segments.length === 0)
                return { line: 1, path: '', message: 'the configuration must be a mapping of keys to values' };
            return { line: lineOf(valueNode(doc, segments)?.range?.[0]), path: safePath(segments), message: `must be ${typeName(String(error.params.type))}` };
        default:
            // Ajv's messages name the schema's limits, not the data (`must match pattern "…"`, `must be >= 0`).
            return { line: lineOf(valueNode(doc, segments)?.range?.[0]), path: safePath(segments), message: error.message ?? error.keyword };
    }
}
function typeName(type) {
    return { array: 'a list', object: 'a mapping', string: 'a string', integer: 'a whole number', boolean: 'true or false' }[type] ?? type;
}
/**
 * Checks the schema cannot express: rule ids that exist, regular expressions that compile. Runs
 * even when the schema failed (every problem at once), so it trusts no shape.
 */
function semanticProblems(value, doc, lineOf) {
    const problems = [];
    if (!isRecord(value))
        return problems;
    const config = value;
    const builtIn = [...new Set((0,registry/* reservedRuleIds */.Fn)())].sort();
    const known = [...builtIn, ...customIds(config)];
    for (const id of isRecord(config.rules) ? Object.keys(config.rules) : []) {
        if (known.includes(id))
            continue;
        // Rules of a gitleaks file are known once it is loaded, after this check.
        if (typeof config.gitleaksConfig === 'string')
            continue;
        const hint = didYouMean(id, known);
        problems.push({
            line: lineOf(keyNode(doc, ['rules'], id)?.range?.[0]),
            path: hint ? safePath(['rules', id]) : 'rules',
            message: hint ? `unknown rule id or category${hint}` : 'an unknown rule id or category',
        });
    }
    const patterns = isRecord(config.allow) && Array.isArray(config.allow.patterns) ? config.allow.patterns : [];
    patterns.forEach((pattern, index) => {
        if (typeof pattern !== 'string')
            return;
        // RE2 syntax (linear time, src/core/allow-patterns.ts); the reason never quotes the pattern.
        const problem = (0,allow_patterns/* allowPatternProblem */.t)(pattern);
        if (problem !== null) {
            const segments = ['allow', 'patterns', index];
            problems.push({ line: lineOf(valueNode(doc, segments)?.range?.[0]), path: yamlPath(segments), message: `not a valid regular expression: ${problem} (RE2 syntax)` });
        }
    });
    for (const problem of (0,detectors/* detectorProblems */.RB)(config.detectors, builtIn)) {
        problems.push({ line: lineOf(valueNode(doc, problem.segments)?.range?.[0]), path: yamlPath(problem.segments), message: problem.message });
    }
    return problems;
}
/** Ids of the config's own `detectors:` (whatever their shape: the schema reports that). */
function customIds(config) {
    return Array.isArray(config.detectors) ? config.detectors.flatMap((d) => (isRecord(d) && typeof d.id === 'string' ? [d.id] : [])) : [];
}
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function pointerSegments(pointer) {
    if (pointer === '')
        return [];
    return pointer
        .slice(1)
        .split('/')
        .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
        .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}
/** `allow.patterns[1]`, `rules."my.rule"`: the path a user finds in the file. */
function yamlPath(segments) {
    let out = '';
    for (const segment of segments) {
        if (typeof segment === 'number')
            out += `[${segment}]`;
        else
            out += (out ? '.' : '') + (/^[A-Za-z0-9_$-]+$/.test(segment) ? segment : JSON.stringify(segment));
    }
    return out;
}
function valueNode(doc, segments) {
    if (segments.length === 0)
        return doc.contents ?? undefined;
    const node = doc.getIn(segments, true);
    if (node && typeof node === 'object' && 'range' in node)
        return node;
    // A null value has no node of its own: point at its key.
    return keyNode(doc, segments.slice(0, -1), String(segments[segments.length - 1]));
}
function keyNode(doc, parent, key) {
    const map = parent.length === 0 ? doc.contents : doc.getIn(parent, true);
    if (!(0,dist/* isMap */.jh)(map))
        return undefined;
    for (const pair of map.items) {
        if ((0,dist/* isScalar */.jn)(pair.key) && String(pair.key.value) === key)
            return pair.key;
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/config/load.ts




/** Looked for at the scan root, in this order; more than one is ambiguous and an error. */
const CONFIG_FILE_NAMES = ['.openai-secret-lint.yml', '.openai-secret-lint.yaml', '.openai-secret-lint.json'];
/** A config file is a few lines; anything larger is refused, wherever it is read from. */
const MAX_CONFIG_BYTES = 1024 * 1024;
/**
 * Reads and validates the configuration: `explicit` (from `--config` or the Action's `config`
 * input, relative to `cwd`) when given, else the config file at `root` if there is one.
 */
async function loadConfig(root, explicit = null, cwd = root) {
    const file = explicit !== null ? external_node_path_default().resolve(cwd, explicit) : await findConfigFile(root);
    if (file === null)
        return { config: {}, file: null };
    let text;
    try {
        const info = await (0,promises_.stat)(file);
        if (!info.isFile())
            throw new errors/* ConfigurationError */.j1(`config ${explicit ?? file} is not a file`);
        if (info.size > MAX_CONFIG_BYTES)
            throw new errors/* ConfigurationError */.j1(`config ${explicit ?? file} is larger than 1 MiB`);
        text = await (0,promises_.readFile)(file, 'utf8');
    }
    catch (error) {
        if (error instanceof errors/* ConfigurationError */.j1)
            throw error;
        throw new errors/* ConfigurationError */.j1(`cannot read config ${explicit ?? file}: ${error.code ?? String(error)}`);
    }
    const shown = explicit ?? external_node_path_default().relative(root, file);
    return { config: parseConfigText(text, shown, file), file };
}
/**
 * Validates a config text read elsewhere (the Action reads it from a commit); `shown` names it,
 * `file` (its path or name, default `shown`) says by its extension whether it is JSON.
 */
function parseConfigText(text, shown, file = shown) {
    return parseConfig(text.replace(/^\uFEFF/, ''), shown, external_node_path_default().extname(file).toLowerCase() === '.json' ? 'json' : 'yaml');
}
async function findConfigFile(root) {
    const found = [];
    for (const name of CONFIG_FILE_NAMES) {
        const candidate = external_node_path_default().join(root, name);
        let info;
        try {
            info = await (0,promises_.lstat)(candidate);
        }
        catch {
            continue; // absent: try the next name
        }
        // A scanned repository's own config is never read through a symlink: a hostile one could
        // point it at a file of the scanning machine (a docker config, .git/config) whose contents an
        // error message would then show. `--config` can still name any file on purpose.
        if (info.isSymbolicLink())
            throw new errors/* ConfigurationError */.j1(`${name} at the scan root is a symbolic link: not followed (name the file with --config to use it)`);
        if (info.isFile())
            found.push(candidate);
    }
    if (found.length > 1) {
        throw new errors/* ConfigurationError */.j1(`several config files at ${root}: ${found.map((f) => external_node_path_default().basename(f)).join(', ')}; keep one (or pick one with --config)`);
    }
    return found[0] ?? null;
}


/***/ }),

/***/ 1920:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ compileAllowPatterns),
/* harmony export */   t: () => (/* binding */ allowPatternProblem)
/* harmony export */ });
/* harmony import */ var re2js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2856);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4296);
/**
 * `allow.patterns`: regular expressions over a finding's secret value, written in the scanned
 * repository's own config, so written by whoever controls the repository. They run on RE2
 * (re2js, pure JavaScript): time linear in the input whatever the pattern, where JavaScript's
 * backtracking engine can take years on `^([a-zA-Z0-9_-]+)+!$`. RE2 has no backreferences or
 * lookarounds; a pattern that needs them is refused as a configuration error.
 */


/**
 * Why RE2 refuses `pattern` ("invalid escape sequence", "invalid or unsupported Perl syntax"…),
 * or null when it compiles. The reason never quotes the pattern: it may be a secret itself.
 */
function allowPatternProblem(pattern) {
    try {
        re2js__WEBPACK_IMPORTED_MODULE_0__/* .RE2JS */ .L3.compile(pattern);
        return null;
    }
    catch (error) {
        return describe(error);
    }
}
/** Compiles every pattern; a refused one is a ConfigurationError naming `allow.patterns[i]`. */
function compileAllowPatterns(patterns) {
    return patterns.map((pattern, index) => {
        try {
            return re2js__WEBPACK_IMPORTED_MODULE_0__/* .RE2JS */ .L3.compile(pattern);
        }
        catch (error) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`allow.patterns[${index}]: not a valid regular expression: ${describe(error)} (RE2 syntax)`);
        }
    });
}
function describe(error) {
    if (error instanceof re2js__WEBPACK_IMPORTED_MODULE_0__/* .RE2JSSyntaxException */ .pB)
        return error.error;
    if (error instanceof re2js__WEBPACK_IMPORTED_MODULE_0__/* .RE2JSException */ .o_)
        return error.constructor.name;
    return 'cannot be compiled';
}


/***/ }),

/***/ 4296:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   gJ: () => (/* binding */ errorMessage),
/* harmony export */   j1: () => (/* binding */ ConfigurationError),
/* harmony export */   p0: () => (/* binding */ isConfigurationError)
/* harmony export */ });
/** A mistake in what the user asked for (bad flag, missing path, invalid config): exit code 2. */
class ConfigurationError extends Error {
    name = 'ConfigurationError';
}
function isConfigurationError(error) {
    return error instanceof ConfigurationError;
}
function errorMessage(error) {
    return error instanceof Error ? error.message : String(error);
}


/***/ }),

/***/ 5253:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  f4: () => (/* binding */ maskReport),
  Eb: () => (/* binding */ finalize_present),
  NA: () => (/* binding */ triage),
  uQ: () => (/* binding */ verifyTriaged)
});

// EXTERNAL MODULE: ./src/verify/present.ts
var present = __webpack_require__(1158);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/version.ts + 1 modules
var version = __webpack_require__(4910);
// EXTERNAL MODULE: ./src/verify/base-url.ts + 1 modules
var base_url = __webpack_require__(2767);
// EXTERNAL MODULE: ./src/verify/transport-error.ts
var transport_error = __webpack_require__(8307);
// EXTERNAL MODULE: ./src/verify/providers/index.ts + 9 modules
var verify_providers = __webpack_require__(2806);
;// CONCATENATED MODULE: ./src/verify/verify.ts
/**
 * Opt-in live verification: each distinct found key is sent once, in a header, to its own
 * provider's read-only endpoint, and classified active, inactive or unknown (with a reason).
 * Never throws for a key or an answer; throws a ConfigurationError for a bad base URL or option,
 * before any request is sent.
 */





const VERIFY_DEFAULTS = { timeoutMs: 10_000, concurrency: 4, maxRetryWaitMs: 5_000 };
/** Header values only: printable ASCII without spaces, of a sane length. */
const WELL_FORMED = /^[\x21-\x7e]{8,1024}$/;
/**
 * Verifies the secrets of `items` whose provider is known (see `providerFor`). The result maps
 * each such secret to its verification, in the order of first appearance; secrets of no known
 * provider are left out. The same secret is sent at most once (twice if the provider asked to
 * retry after a short wait), however many findings carry it.
 */
async function verifySecrets(items, options = {}) {
    const baseUrls = (0,base_url/* resolveBaseUrls */.yg)(options.env, options.baseUrls);
    const timeoutMs = positive(options.timeoutMs, VERIFY_DEFAULTS.timeoutMs, 'verify timeout');
    const concurrency = Math.floor(positive(options.concurrency, VERIFY_DEFAULTS.concurrency, 'verify concurrency'));
    const maxRetryWaitMs = options.maxRetryWaitMs ?? VERIFY_DEFAULTS.maxRetryWaitMs;
    const sleep = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
    const logger = options.logger;
    const jobs = [];
    const seen = new Set();
    for (const { ruleId, secret } of items) {
        if (seen.has(secret))
            continue;
        seen.add(secret);
        const provider = (0,verify_providers/* providerFor */.zG)(ruleId, secret);
        if (provider)
            jobs.push({ secret, provider });
    }
    logger?.debug(`verify: ${jobs.length} distinct key(s) to verify${describeCounts(jobs.map((j) => j.provider))}`);
    // The HTTP client (undici) is loaded only when keys are verified: every other scan starts faster.
    const own = options.transport ? null : (await Promise.all(/* import() */[__webpack_require__.e(752), __webpack_require__.e(277)]).then(__webpack_require__.bind(__webpack_require__, 7277))).nodeTransport({ maxSockets: concurrency, env: options.env ?? {}, ...(options.ca ? { ca: options.ca } : {}) });
    if (own && jobs.length > 0 && (own.proxies.https || own.proxies.http)) {
        logger?.info(`verify: through the proxy ${own.proxies.https || own.proxies.http} (HTTPS_PROXY/HTTP_PROXY; hosts in NO_PROXY are reached directly)`);
    }
    const send = options.transport ?? own.send;
    /** Providers that rate-limited this run beyond a short wait: no more requests to them. */
    const stopped = new Map();
    /** A provider's pending short wait: its other requests wait too. */
    const paused = new Map();
    const userAgent = `${version/* TOOL_NAME */.l}/${version/* TOOL_VERSION */.w} (verify)`;
    const verifyOne = async (secret, provider) => {
        const verifier = verify_providers/* VERIFIERS */.a[provider];
        const unknown = (reason, detail) => ({ status: 'unknown', provider, reason, detail });
        if (!WELL_FORMED.test(secret))
            return unknown('unsupported', 'not a well-formed token (spaces, control or non-ASCII characters)');
        const plan = verifier.plan(secret);
        if ('unsupported' in plan)
            return unknown('unsupported', plan.unsupported);
        const url = (0,base_url/* joinUrl */.we)(baseUrls[provider], plan.path);
        for (let attempt = 0;; attempt++) {
            await paused.get(provider);
            const stop = stopped.get(provider);
            if (stop !== undefined)
                return unknown('rate-limited', stop);
            let outcome;
            try {
                const response = await send({
                    method: plan.method,
                    url,
                    headers: { 'user-agent': userAgent, ...plan.headers },
                    ...(plan.body !== undefined ? { body: plan.body } : {}),
                    timeoutMs,
                });
                outcome = plan.classify(response);
            }
            catch (error) {
                if (error instanceof transport_error/* TransportError */.w && error.kind === 'timeout')
                    return unknown('timeout', `no answer within ${timeoutMs} ms`);
                return unknown('network-error', error instanceof transport_error/* TransportError */.w ? error.detail : 'request failed');
            }
            if (outcome.kind === 'verdict') {
                const verdict = { ...outcome.verification, provider };
                // A token of a self-hosted GitHub or GitLab is rejected by the public host: say which host.
                if (verdict.status === 'inactive' && verdict.detail === undefined)
                    verdict.detail = `rejected by ${url.host}`;
                return verdict;
            }
            const wait = outcome.retryAfterMs;
            if (attempt === 0 && wait !== null && wait <= maxRetryWaitMs) {
                let pause = paused.get(provider);
                if (!pause) {
                    logger?.debug(`verify: ${verifier.name} asked to wait ${wait} ms; waiting once`);
                    pause = sleep(wait).finally(() => paused.delete(provider));
                    paused.set(provider, pause);
                }
                await pause;
                continue;
            }
            const detail = `${verifier.name} rate limit${wait === null ? '' : ` (Retry-After ${Math.ceil(wait / 1000)} s)`}; no further ${verifier.name} requests in this run`;
            stopped.set(provider, detail);
            return unknown('rate-limited', detail);
        }
    };
    const verdicts = new Array(jobs.length);
    try {
        await forEachConcurrently(jobs.length, concurrency, async (i) => {
            const job = jobs[i];
            verdicts[i] = await verifyOne(job.secret, job.provider);
        });
    }
    finally {
        own?.close();
    }
    const results = new Map();
    jobs.forEach((job, i) => results.set(job.secret, verdicts[i]));
    if (jobs.length > 0) {
        const count = (s) => verdicts.filter((v) => v.status === s).length;
        logger?.info(`verify: ${count('active')} active, ${count('inactive')} inactive, ${count('unknown')} unknown`);
    }
    return results;
}
function positive(value, fallback, name) {
    if (value === undefined)
        return fallback;
    if (!Number.isFinite(value) || value <= 0)
        throw new errors/* ConfigurationError */.j1(`${name} must be a positive number, not ${value}`);
    return value;
}
function describeCounts(providers) {
    const counts = new Map();
    for (const p of providers)
        counts.set(p, (counts.get(p) ?? 0) + 1);
    return counts.size === 0 ? '' : ` (${[...counts].map(([p, n]) => `${verify_providers/* VERIFIERS */.a[p].name} ${n}`).join(', ')})`;
}
async function forEachConcurrently(count, limit, work) {
    let next = 0;
    const workers = Array.from({ length: Math.min(limit, count) }, async () => {
        while (next < count)
            await work(next++);
    });
    await Promise.all(workers);
}

// EXTERNAL MODULE: ./src/core/allow-patterns.ts
var allow_patterns = __webpack_require__(1920);
// EXTERNAL MODULE: ./node_modules/re2js/build/index.js
var build = __webpack_require__(2856);
;// CONCATENATED MODULE: ./src/core/allowlists.ts
/**
 * Allowlists imported from a gitleaks configuration (its global `[allowlist]` / `[[allowlists]]`,
 * and the commits of its rules' allowlists): findings they match are hidden and counted as
 * suppressed, like the config's `allow`. Patterns are RE2 (re2js): linear time whatever a
 * repository wrote. Plain data in Settings (it crosses to worker threads); compiled here.
 */

/** A predicate over raw findings (before redaction: patterns see the secret). */
function compileFindingAllowlists(allowlists) {
    if (!allowlists || allowlists.length === 0)
        return () => false;
    const compiled = allowlists.map((a) => ({
        rules: a.ruleIds && a.ruleIds.length > 0 ? new Set(a.ruleIds) : null,
        and: a.condition === 'AND',
        commits: (a.commits ?? []).map((c) => c.toLowerCase()).filter((c) => c !== ''),
        paths: (a.paths ?? []).map((p) => build/* RE2JS */.L3.compile(p)),
        regexes: (a.regexes ?? []).map((p) => build/* RE2JS */.L3.compile(p)),
        stopwords: (a.stopwords ?? []).map((w) => w.toLowerCase()).filter((w) => w !== ''),
    }));
    return (finding) => compiled.some((a) => {
        if (a.rules && !a.rules.has(finding.ruleId))
            return false;
        const checks = [];
        if (a.commits.length > 0) {
            const commit = finding.commit?.toLowerCase();
            checks.push(commit !== undefined && a.commits.some((c) => c === commit || (c.length >= 7 && commit.startsWith(c))));
        }
        if (a.paths.length > 0)
            checks.push(a.paths.some((p) => p.matcher(finding.file).find()));
        if (a.regexes.length > 0)
            checks.push(finding.secret !== undefined && a.regexes.some((p) => p.matcher(finding.secret).find()));
        if (a.stopwords.length > 0) {
            const secret = finding.secret?.toLowerCase();
            checks.push(secret !== undefined && a.stopwords.some((w) => secret.includes(w)));
        }
        return checks.length > 0 && (a.and ? checks.every(Boolean) : checks.some(Boolean));
    });
}

// EXTERNAL MODULE: ./src/core/finding.ts
var finding = __webpack_require__(5278);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/core/fingerprint.ts

function sha256(text) {
    return (0,external_node_crypto_.createHash)('sha256').update(text).digest('hex');
}
/**
 * Stable across moved lines: rule, file, a hash of the secret (or seed), and the occurrence
 * number of that same secret in the file, never the line itself.
 */
function fingerprint(ruleId, file, secretOrSeed, occurrence) {
    const parts = [ruleId, file, sha256(secretOrSeed)];
    if (occurrence > 0)
        parts.push(String(occurrence));
    return sha256(parts.join('\0')).slice(0, 32);
}

// EXTERNAL MODULE: ./src/core/merge.ts
var merge = __webpack_require__(1911);
// EXTERNAL MODULE: ./src/core/path-filter.ts
var path_filter = __webpack_require__(6499);
;// CONCATENATED MODULE: ./src/core/redact.ts
/**
 * The one place a secret is shortened for display: the provider prefix (when the detector names
 * one) plus at most four more characters, and the length. At most a quarter of the secret is
 * ever shown, and nothing of a secret shorter than MIN_SHOWN_LENGTH characters.
 */
const MIN_SHOWN_LENGTH = 8;
const MAX_TAIL = 4;
function redact(secret, prefix = '') {
    const chars = [...secret];
    const length = chars.length;
    const budget = length < MIN_SHOWN_LENGTH ? 0 : Math.floor(length / 4);
    const prefixLength = [...prefix].length;
    const keptPrefix = prefix !== '' && secret.startsWith(prefix) && prefixLength <= budget ? prefixLength : 0;
    const shown = chars.slice(0, Math.min(budget, keptPrefix + MAX_TAIL)).join('');
    return `${shown}… (${length} chars)`;
}
/** Values this short are masked only as whole tokens: as substrings they would hit ordinary words. */
const WHOLE_TOKEN_BELOW = MIN_SHOWN_LENGTH;
/** Shorter values are not masked in free text at all (no detector reports them as secrets). */
const MIN_MASKED_LENGTH = 4;
/** Values longer than this (a PEM key, a megabyte of encoded text) are found with indexOf, not in a regex. */
const LONG_VALUE = 256;
/** Regexes are built from at most this many pattern characters each (V8 rejects a huge one). */
const PATTERN_BUDGET = 64 * 1024;
/** Each distinct value long enough to mask, with its redacted form; the values longest first. */
function redactionTable(values) {
    const redacted = new Map();
    for (const { value, prefix } of values) {
        if ([...value].length < MIN_MASKED_LENGTH || redacted.has(value))
            continue;
        redacted.set(value, redact(value, prefix));
    }
    const ordered = [...redacted.keys()].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
    return { redacted, ordered };
}
/**
 * A function that replaces every occurrence of every given value in a text by its redacted form.
 * Longer values go first, so where two overlap the longer one is masked whole; a redacted form
 * holds at most a quarter of its secret, so a later value can only match inside it by accident,
 * and then masks more, never less.
 */
function secretMasker(values) {
    const { redacted, ordered } = redactionTable(values);
    if (redacted.size === 0)
        return (text) => text;
    const long = ordered.filter((value) => value.length > LONG_VALUE);
    const patterns = regexesFor(ordered.filter((value) => value.length <= LONG_VALUE));
    // Reports repeat the same messages and remediation many times: each distinct text is masked once.
    const done = new Map();
    return (text) => {
        if (text === '')
            return text;
        let masked = done.get(text);
        if (masked === undefined) {
            masked = text;
            for (const value of long)
                if (masked.includes(value))
                    masked = masked.split(value).join(redacted.get(value));
            for (const pattern of patterns)
                masked = masked.replace(pattern, (match) => redacted.get(match) ?? match);
            done.set(text, masked);
        }
        return masked;
    };
}
function regexesFor(values) {
    const regexes = [];
    let group = [];
    let size = 0;
    const flush = () => {
        if (group.length > 0)
            regexes.push(new RegExp(group.join('|'), 'gu'));
        group = [];
        size = 0;
    };
    for (const value of values) {
        const escaped = value.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
        const alternative = [...value].length < WHOLE_TOKEN_BELOW ? `(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])` : escaped;
        if (size + alternative.length > PATTERN_BUDGET)
            flush();
        group.push(alternative);
        size += alternative.length + 1;
    }
    flush();
    return regexes;
}
/** Characters that separate the parts of a file path or a YAML path. */
const PATH_SEPARATOR = /[/\\.[\]]/;
/**
 * The masker for fields that locate a finding (its file, its YAML path). A value made of letters
 * only (a weak password that is an ordinary word: `postgres`) is masked only where it fills whole
 * parts of the path (`secrets/postgres`, `postgres.yaml`), so `k8s/postgres-deployment.yaml` keeps
 * naming a file that exists: annotations, SARIF locations and baselines need the real path. Any
 * other value (a key: digits, symbols, mixed) is masked wherever it appears, as in free text.
 */
function pathMasker(values) {
    const { redacted, ordered } = redactionTable(values);
    if (redacted.size === 0)
        return (path) => path;
    const done = new Map();
    return (path) => {
        if (path === '')
            return path;
        let masked = done.get(path);
        if (masked !== undefined)
            return masked;
        masked = path;
        for (const value of ordered) {
            if (value.length > masked.length)
                continue;
            let from = 0;
            for (let at = masked.indexOf(value, from); at !== -1; at = masked.indexOf(value, from)) {
                const end = at + value.length;
                const before = at === 0 || PATH_SEPARATOR.test(masked[at - 1]);
                const after = end === masked.length || PATH_SEPARATOR.test(masked[end]);
                if ((before && after) || !/^[A-Za-z]+$/.test(value)) {
                    const replacement = redacted.get(value);
                    masked = masked.slice(0, at) + replacement + masked.slice(end);
                    from = at + replacement.length;
                }
                else {
                    from = at + 1;
                }
            }
        }
        done.set(path, masked);
        return masked;
    };
}

;// CONCATENATED MODULE: ./src/core/finalize.ts









/**
 * Severity overrides, config and baseline suppression, and the diff-mode line filter. Fingerprints
 * are computed over every raw finding before any filtering, so they do not depend on what else
 * was suppressed; exact duplicates (two analyzers reaching one value) are reported once.
 */
function triage(raw, settings, stats) {
    const ordered = [...raw].sort((a, b) => compare(a.file, b.file) ||
        (a.line ?? 0) - (b.line ?? 0) ||
        (a.column ?? 0) - (b.column ?? 0) ||
        compare(a.ruleId, b.ruleId));
    const allowedPath = (0,path_filter/* pathMatcher */.k)(settings.allow.paths);
    const allowedPatterns = (0,allow_patterns/* compileAllowPatterns */.e)(settings.allow.patterns);
    const allowedFingerprints = new Set(settings.allow.fingerprints);
    const allowlisted = compileFindingAllowlists(settings.allowlists);
    const baseline = new Set(settings.baseline);
    const occurrences = new Map();
    const seen = new Set();
    const kept = [];
    const accepted = new Map();
    for (const finding of ordered) {
        const at = `${finding.ruleId}\0${finding.category}\0${finding.file}\0${finding.line}\0${finding.column}\0${finding.secret ?? finding.fingerprintSeed ?? ''}`;
        if (seen.has(at))
            continue;
        seen.add(at);
        const identity = finding.secret ?? finding.fingerprintSeed ?? finding.message;
        const key = `${finding.ruleId}\0${finding.file}\0${sha256(identity)}`;
        const occurrence = occurrences.get(key) ?? 0;
        occurrences.set(key, occurrence + 1);
        const id = fingerprint(finding.ruleId, finding.file, identity, occurrence);
        const override = settings.rules[finding.ruleId] ?? settings.rules[finding.category];
        if (override === 'off')
            continue;
        if (!inChangedLines(finding, settings.changedLines))
            continue;
        const secret = finding.secret;
        if (allowedPath(finding.file) || allowedFingerprints.has(id) || (secret !== undefined && allowedPatterns.some((p) => p.test(secret))) || allowlisted(finding)) {
            stats.suppressed++;
            continue;
        }
        if (baseline.has(id)) {
            stats.baselined++;
            if (finding.line !== null)
                accepted.set(`${finding.file}\0${finding.line}`, [...(accepted.get(`${finding.file}\0${finding.line}`) ?? []), finding]);
            continue;
        }
        if (secret !== undefined)
            settings.onSecret?.(secret);
        kept.push({ raw: finding, fingerprint: id, severity: override ?? finding.severity });
    }
    if (accepted.size === 0)
        return kept;
    // A baseline records each problem by the finding it was reported as (mergeProblems keeps one of
    // the rules that reached it): the other rules' findings of that problem are accepted with it.
    return kept.filter((t) => {
        const same = t.raw.line !== null && accepted.get(`${t.raw.file}\0${t.raw.line}`)?.some((b) => (0,merge/* sameProblem */.s)(b, t.raw));
        if (same)
            stats.baselined++;
        return !same;
    });
}
/** Opt-in: asks each provider whether the kept keys still work (each distinct key once). */
async function verifyTriaged(kept, settings, logger) {
    if (!settings.verify.enabled)
        return new Map();
    const items = kept.flatMap((t) => (t.raw.secret !== undefined && t.raw.category !== 'unsafe-injection' ? [{ ruleId: t.raw.ruleId, secret: t.raw.secret }] : []));
    return verifySecrets(items, { env: settings.verify.env, logger, ...(settings.verify.timeoutMs ? { timeoutMs: settings.verify.timeoutMs } : {}) });
}
/**
 * The one place secrets are redacted. An active key is raised to critical. Output order: most
 * severe first, active keys before others, then by file and position.
 */
function finalize_present(kept, verifications = new Map()) {
    const findings = kept.map(({ raw, fingerprint: id, severity }) => {
        const { secret, secretPrefix, secretSource: _source, secretParts: _parts, fingerprintSeed: _seed, ...rest } = raw;
        const result = { ...rest, severity, fingerprint: id };
        if (secret !== undefined) {
            result.secret = redact(secret, secretPrefix);
            const verification = verifications.get(secret);
            if (verification) {
                result.verification = verification;
                if (verification.status === 'active')
                    result.severity = 'critical';
            }
        }
        return result;
    });
    // Array.prototype.sort is stable: within equal severity and status, file order is kept.
    return findings.sort((a, b) => (0,finding/* severityRank */.qs)(b.severity) - (0,finding/* severityRank */.qs)(a.severity) || (0,present/* verificationRank */.cb)(a.verification) - (0,present/* verificationRank */.cb)(b.verification));
}
/** Fields holding the tool's own vocabulary, hashes or an already redacted value: never masked again. */
const OWN_FIELDS = new Set(['ruleId', 'category', 'severity', 'fingerprint', 'secret', 'level', 'code', 'status', 'provider', 'reason', 'commit', 'authorDate']);
/**
 * The last step before a Report leaves the core: every secret value any analyzer saw (kept,
 * suppressed or baselined alike) is replaced by its redacted form in every string of the findings
 * and diagnostics: paths, messages, remediation, YAML paths. A key used as a name (a file name,
 * an env variable, `${{ secrets.<key> }}`) is therefore masked wherever it is quoted, and the
 * formatters only ever see masked text.
 */
function maskReport(report, raw) {
    const values = [];
    for (const finding of raw) {
        if (finding.secret !== undefined)
            values.push({ value: finding.secret, ...(finding.secretPrefix !== undefined ? { prefix: finding.secretPrefix } : {}) });
        if (finding.secretSource !== undefined)
            values.push({ value: finding.secretSource });
        // The parts of a split key, each as written (a part too short to say anything is left alone).
        for (const part of finding.secretParts ?? [])
            if (part.length >= MASKED_PART_MIN)
                values.push({ value: part });
    }
    const mask = secretMasker(values);
    const maskPath = pathMasker(values);
    return {
        ...report,
        findings: report.findings.map((f) => maskStrings(f, mask, maskPath)),
        diagnostics: report.diagnostics.map((d) => maskStrings(d, mask, maskPath)),
    };
}
const MASKED_PART_MIN = 8;
/** Fields that locate a finding: masked only where a value fills whole parts of the path. */
const PATH_FIELDS = new Set(['file', 'yamlPath']);
function maskStrings(value, mask, maskPath) {
    if (typeof value === 'string')
        return mask(value);
    if (Array.isArray(value))
        return value.map((item) => maskStrings(item, mask, maskPath));
    if (typeof value !== 'object' || value === null)
        return value;
    const out = {};
    for (const [key, item] of Object.entries(value)) {
        out[key] = OWN_FIELDS.has(key) ? item : PATH_FIELDS.has(key) && typeof item === 'string' ? maskPath(item) : maskStrings(item, mask, maskPath);
    }
    return out;
}
function inChangedLines(finding, changed) {
    if (changed === null)
        return true;
    const lines = changed.get(finding.file);
    if (!lines)
        return false;
    if (finding.line === null)
        return true;
    // A finding over several lines (a key split over lines, a PEM block) counts if any of them changed.
    const last = Math.max(finding.line, finding.endLine ?? finding.line);
    for (let line = finding.line; line <= last; line++)
        if (lines.has(line))
            return true;
    return false;
}
function compare(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}


/***/ }),

/***/ 3319:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IR: () => (/* binding */ markIncomplete),
/* harmony export */   wj: () => (/* binding */ incompleteMessage)
/* harmony export */ });
/* unused harmony exports INCOMPLETE_CODES, incompleteDiagnostics */
const INCOMPLETE_CODES = new Set([
    'rule-failed',
    'scan-failed',
    'unreadable',
    'unreadable-directory',
    'skipped-too-large',
    'yaml-parse-failed',
    'yaml-alias-budget',
    'git-failed',
]);
/** The diagnostic as the report carries it: fatal ones are errors flagged `incomplete`. */
function markIncomplete(diagnostic) {
    if (!diagnostic.incomplete && !INCOMPLETE_CODES.has(diagnostic.code))
        return diagnostic;
    return { ...diagnostic, level: 'error', incomplete: true };
}
function incompleteDiagnostics(report) {
    return report.diagnostics.filter((d) => d.incomplete === true);
}
/**
 * What a front door says when the scan is incomplete (null when it is complete): every file and
 * why. File names and messages are the repository's: `show` makes them safe for the medium (the
 * front doors pass output/escape.ts's escapeControls, so a name cannot break a line).
 */
function incompleteMessage(report, show = (t) => t) {
    const missed = incompleteDiagnostics(report);
    if (missed.length === 0)
        return null;
    const shown = missed.slice(0, 20).map((d) => `  ${d.file === null ? '(scan)' : show(d.file)}: ${show(d.message)} [${d.code}]`);
    if (missed.length > 20)
        shown.push(`  … ${missed.length - 20} more in the JSON report`);
    return `scan incomplete, a secret may have been missed (${missed.length} problem${missed.length === 1 ? '' : 's'}):\n${shown.join('\n')}`;
}


/***/ }),

/***/ 1227:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   q: () => (/* binding */ silentLogger)
/* harmony export */ });
const silentLogger = {
    debug() { },
    info() { },
    warning() { },
};


/***/ }),

/***/ 1911:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   n: () => (/* binding */ mergeProblems),
/* harmony export */   s: () => (/* binding */ sameProblem)
/* harmony export */ });
/* harmony import */ var _finding_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5278);

/**
 * Merges findings that are one problem: the same range of the same file, or the same secret at
 * overlapping ranges. The kept finding is the most severe (on a tie, the rule that knows the
 * file's structure), so a provider key keeps its own rule id and severity; its message says what
 * the key is and, from the structural rule, where it sits, and the fix is the structural rule's
 * (the platform's secret syntax). The other rules are listed in `relatedRules`. Whole-file
 * findings (no line) are different problems unless a rule repeated itself, which triage drops.
 *
 * @param textRuleIds rule ids that come from matching text alone (they know no structure).
 */
function mergeProblems(kept, textRuleIds) {
    const out = [];
    // Only findings starting on the same line of the same file can share a range: bucket by that.
    const buckets = new Map();
    for (const item of kept) {
        if (item.raw.line === null) {
            out.push(item);
            continue;
        }
        const key = `${item.raw.file}\0${item.raw.line}`;
        const bucket = buckets.get(key);
        if (bucket)
            bucket.push(item);
        else
            buckets.set(key, [item]);
    }
    for (const bucket of buckets.values()) {
        for (const group of groupsOf(bucket))
            out.push(group.length === 1 ? group[0] : combine(group, textRuleIds));
    }
    // Keep triage's order (file, line, column, rule) so the report does not depend on bucketing.
    return out.sort((a, b) => order(a.raw, b.raw));
}
/** Connected groups of one bucket (small: a handful of findings on one line). */
function groupsOf(bucket) {
    const parent = bucket.map((_, i) => i);
    const find = (i) => (parent[i] === i ? i : (parent[i] = find(parent[i])));
    for (let i = 0; i < bucket.length; i++) {
        for (let j = i + 1; j < bucket.length; j++) {
            if (sameProblem(bucket[i].raw, bucket[j].raw))
                parent[find(i)] = find(j);
        }
    }
    const groups = new Map();
    bucket.forEach((item, i) => {
        const root = find(i);
        const group = groups.get(root);
        if (group)
            group.push(item);
        else
            groups.set(root, [item]);
    });
    return [...groups.values()];
}
/** Two findings of one problem: the same range, or the same secret at overlapping ranges. */
function sameProblem(a, b) {
    if (a.file !== b.file)
        return false;
    if (a.line === b.line && a.column === b.column && a.endLine === b.endLine && a.endColumn === b.endColumn)
        return true;
    return a.secret !== undefined && a.secret === b.secret && overlaps(a, b);
}
function overlaps(a, b) {
    return !before(end(a), start(b)) && !before(end(b), start(a));
}
const start = (f) => [f.line ?? 0, f.column ?? 0];
const end = (f) => [f.endLine ?? f.line ?? 0, f.endColumn ?? f.column ?? 0];
/** `p` ends at or before `q` starts (end columns are exclusive). */
const before = (p, q) => p[0] < q[0] || (p[0] === q[0] && p[1] <= q[1]);
function combine(group, textRuleIds) {
    const isText = (t) => textRuleIds.has(t.raw.ruleId);
    const ranked = [...group].sort((a, b) => (0,_finding_js__WEBPACK_IMPORTED_MODULE_0__/* .severityRank */ .qs)(b.severity) - (0,_finding_js__WEBPACK_IMPORTED_MODULE_0__/* .severityRank */ .qs)(a.severity) ||
        Number(isText(a)) - Number(isText(b)) ||
        (a.raw.ruleId < b.raw.ruleId ? -1 : a.raw.ruleId > b.raw.ruleId ? 1 : 0));
    const primary = ranked[0];
    const related = [...new Set(ranked.slice(1).map((t) => t.raw.ruleId).filter((id) => id !== primary.raw.ruleId))].sort();
    const raw = { ...primary.raw };
    const structural = ranked.find((t) => !isText(t));
    if (structural && structural !== primary) {
        if (isText(primary))
            raw.message = `${primary.raw.message.replace(/\.?$/, '.')} ${structural.raw.message}`;
        raw.remediation = structural.raw.remediation;
        if (raw.yamlPath === undefined && structural.raw.yamlPath !== undefined)
            raw.yamlPath = structural.raw.yamlPath;
    }
    // The secret (and what redaction may show of it) comes from whichever rule matched the value,
    // so the merged finding is redacted, verified and named by provider like the text rule's.
    const withSecret = ranked.find((t) => t.raw.secret !== undefined && isText(t)) ?? ranked.find((t) => t.raw.secret !== undefined);
    if (withSecret && withSecret !== primary) {
        raw.secret = withSecret.raw.secret;
        if (withSecret.raw.secretPrefix !== undefined)
            raw.secretPrefix = withSecret.raw.secretPrefix;
        else
            delete raw.secretPrefix;
        if (withSecret.raw.decodedFrom && !raw.decodedFrom)
            raw.decodedFrom = withSecret.raw.decodedFrom;
    }
    if (related.length > 0)
        raw.relatedRules = related;
    return { raw, fingerprint: primary.fingerprint, severity: primary.severity };
}
function order(a, b) {
    return ((a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
        (a.line ?? 0) - (b.line ?? 0) ||
        (a.column ?? 0) - (b.column ?? 0) ||
        (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0));
}


/***/ }),

/***/ 2976:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ scanText)
/* harmony export */ });
/* harmony import */ var _analyze_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1699);
/* harmony import */ var _scan_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9506);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_scan_js__WEBPACK_IMPORTED_MODULE_1__]);
_scan_js__WEBPACK_IMPORTED_MODULE_1__ = (__webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__)[0];


/**
 * Scans one text that is not a file of the repository (standard input) with every file rule,
 * and makes the report like any scan: suppression, baseline, redaction, fingerprints. Repository
 * rules (which read the tree and git) do not run: there is no tree.
 */
async function scanText(input, settings, logger) {
    const started = performance.now();
    const diagnostics = [];
    const stats = (0,_scan_js__WEBPACK_IMPORTED_MODULE_1__/* .emptyStats */ .bD)();
    stats.filesDiscovered = 1;
    const file = { absPath: input.path, path: input.path, tracked: null };
    const context = { settings, logger, files: [file], diagnostic: (d) => diagnostics.push(d), readText: async () => input.text };
    const raw = [];
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
        const result = (0,_analyze_js__WEBPACK_IMPORTED_MODULE_0__/* .analyzeFile */ .x)(Object.assign((0,_analyze_js__WEBPACK_IMPORTED_MODULE_0__/* .makeSourceFile */ .A)(file, input.text, context), { kind: input.kind }), context);
        stats.suppressed += result.suppressed;
        for (const finding of result.findings)
            raw.push(finding);
    }
    return (0,_scan_js__WEBPACK_IMPORTED_MODULE_1__/* .buildReport */ .FK)(raw, settings, stats, diagnostics, started, logger);
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 9506:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FK: () => (/* binding */ buildReport),
/* harmony export */   SQ: () => (/* binding */ scan),
/* harmony export */   bD: () => (/* binding */ emptyStats)
/* harmony export */ });
/* harmony import */ var _analyzers_registry_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9082);
/* harmony import */ var _analyzers_custom_detectors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8122);
/* harmony import */ var _analyzers_text_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6831);
/* harmony import */ var _discover_files_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4632);
/* harmony import */ var _util_git_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8525);
/* harmony import */ var _finalize_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5253);
/* harmony import */ var _incomplete_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(3319);
/* harmony import */ var _finding_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(5278);
/* harmony import */ var _logger_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(1227);
/* harmony import */ var _merge_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(1911);
/* harmony import */ var _path_filter_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(6499);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(4910);
/* harmony import */ var _workers_pool_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(9681);
/* harmony import */ var _workers_scan_file_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(4713);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_workers_pool_js__WEBPACK_IMPORTED_MODULE_10__]);
_workers_pool_js__WEBPACK_IMPORTED_MODULE_10__ = (__webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__)[0];














/** Rules that match text alone: when a structural rule reports the same place, its finding is kept. */
const TEXT_RULE_IDS = new Set((_analyzers_text_js__WEBPACK_IMPORTED_MODULE_2__/* .hardcodedSecretRule */ .rl.reports ?? [_analyzers_text_js__WEBPACK_IMPORTED_MODULE_2__/* .hardcodedSecretRule */ .rl.meta]).map((m) => m.id));
/** Files scanned between two yields to the event loop (progress output, timers, signals). */
const YIELD_EVERY = 256;
/** The one scan behind both front doors. Never throws for a file's content; only for bad settings. */
async function scan(settings, logger, options = {}) {
    const started = performance.now();
    const diagnostics = [];
    const stats = emptyStats();
    const discovery = await (0,_discover_files_js__WEBPACK_IMPORTED_MODULE_3__/* .discoverFiles */ .ZO)(settings.root, settings.targets);
    for (const d of discovery.diagnostics)
        diagnostics.push(d);
    const wanted = (0,_path_filter_js__WEBPACK_IMPORTED_MODULE_8__/* .discoveryFilter */ .H)(settings);
    const files = discovery.files.filter((f) => wanted(f.path));
    stats.filesDiscovered = files.length;
    stats.skippedSymlink = discovery.symlinks;
    const context = { settings, logger, files, diagnostic: (d) => diagnostics.push(d) };
    // A diff keeps findings on changed files only: the others are not read at all. Repository rules
    // still see every file (ignore coverage, includes), and a changed file is read whole.
    const changed = settings.changedLines;
    const toScan = changed === null ? files : files.filter((f) => changed.has(f.path));
    const threads = (0,_workers_pool_js__WEBPACK_IMPORTED_MODULE_10__/* .chooseThreads */ .vb)(toScan.length, options.threads);
    logger.debug(threads > 0 ? `scanning ${toScan.length} files on this thread and ${threads} worker thread(s)` : `scanning ${toScan.length} files in one thread`);
    // Repository rules mostly wait for git (grep, check-ignore): they run beside the file scan,
    // and their results are taken in rule order afterwards, so the report does not depend on timing.
    const settle = async (rule) => {
        try {
            return { rule, findings: await rule.checkRepository(context), error: null };
        }
        catch (error) {
            return { rule, findings: [], error };
        }
    };
    const repository = _analyzers_registry_js__WEBPACK_IMPORTED_MODULE_0__/* .REPOSITORY_RULES */ .vL.map(settle);
    const raw = threads > 0 ? await (0,_workers_pool_js__WEBPACK_IMPORTED_MODULE_10__/* .scanInWorkers */ .KB)(toScan, context, stats, threads, (done) => logger.progress?.(done, toScan.length)) : await scanHere(toScan, context, stats);
    for (const { rule, findings, error } of await Promise.all(repository)) {
        // A git call that hung leaves the scan incomplete: that is the run's outcome, not a note.
        if ((0,_util_git_js__WEBPACK_IMPORTED_MODULE_4__/* .isGitTimeout */ .g6)(error))
            throw error;
        if (error !== null)
            diagnostics.push({ file: null, level: 'error', code: 'rule-failed', message: `rule ${rule.meta.id} failed: ${String(error)}` });
        for (const finding of findings)
            raw.push(finding);
    }
    return buildReport(raw, settings, stats, diagnostics, started, logger);
}
/** Every file in this thread. Reads are synchronous (see readTextFileSync); yields now and then. */
async function scanHere(files, context, stats) {
    const { logger } = context;
    const raw = [];
    for (let i = 0; i < files.length; i++) {
        for (const finding of (0,_workers_scan_file_js__WEBPACK_IMPORTED_MODULE_11__/* .scanFile */ .W)(files[i], context, stats))
            raw.push(finding);
        logger.progress?.(i + 1, files.length);
        if (i % YIELD_EVERY === YIELD_EVERY - 1)
            await new Promise((resolve) => setImmediate(resolve));
    }
    return raw;
}
/**
 * Shared by every way of scanning (working tree, index, history): suppression, the opt-in live
 * verification of what is left, then redaction, and the counts.
 */
async function buildReport(raw, settings, stats, diagnostics, started, logger = _logger_js__WEBPACK_IMPORTED_MODULE_7__/* .silentLogger */ .q) {
    const kept = (0,_finalize_js__WEBPACK_IMPORTED_MODULE_5__/* .triage */ .NA)(raw, settings, stats);
    // Verified before merging: a key merged into a structural finding keeps its verification.
    const verifications = await (0,_finalize_js__WEBPACK_IMPORTED_MODULE_5__/* .verifyTriaged */ .uQ)(kept, settings, logger);
    const findings = (0,_finalize_js__WEBPACK_IMPORTED_MODULE_5__/* .present */ .Eb)((0,_merge_js__WEBPACK_IMPORTED_MODULE_12__/* .mergeProblems */ .n)(kept, TEXT_RULE_IDS), verifications);
    for (const finding of findings)
        stats.findingsBySeverity[finding.severity]++;
    stats.disabledRules = Object.values(settings.rules).filter((level) => level === 'off').length;
    stats.durationMs = Math.round(performance.now() - started);
    // Rules run side by side (threads, repository rules): the order must not depend on which finished first.
    const marked = diagnostics.map(_incomplete_js__WEBPACK_IMPORTED_MODULE_6__/* .markIncomplete */ .IR);
    marked.sort((a, b) => (a.file ?? '').localeCompare(b.file ?? '') || a.code.localeCompare(b.code) || a.message.localeCompare(b.message));
    return (0,_finalize_js__WEBPACK_IMPORTED_MODULE_5__/* .maskReport */ .f4)({ tool: { name: _version_js__WEBPACK_IMPORTED_MODULE_9__/* .TOOL_NAME */ .l, version: _version_js__WEBPACK_IMPORTED_MODULE_9__/* .TOOL_VERSION */ .w }, findings, stats, diagnostics: marked, rules: rulesNamedBy(findings, settings) }, raw);
}
/** Metadata of the rules the findings name, their own and related, sorted by id (for SARIF). */
function rulesNamedBy(findings, settings) {
    const ids = new Set();
    for (const f of findings) {
        ids.add(f.ruleId);
        for (const id of f.relatedRules ?? [])
            ids.add(id);
    }
    return [...(0,_analyzers_registry_js__WEBPACK_IMPORTED_MODULE_0__/* .allRuleMeta */ .pX)(), ...(0,_analyzers_custom_detectors_js__WEBPACK_IMPORTED_MODULE_1__/* .customRuleMeta */ .Zo)(settings)]
        .filter((meta) => ids.has(meta.id))
        .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
function emptyStats() {
    return {
        filesDiscovered: 0,
        filesScanned: 0,
        bytesScanned: 0,
        skippedBinary: 0,
        skippedTooLarge: 0,
        skippedUnreadable: 0,
        skippedSymlink: 0,
        skippedSpecial: 0,
        suppressed: 0,
        baselined: 0,
        disabledRules: 0,
        findingsBySeverity: Object.fromEntries(_finding_js__WEBPACK_IMPORTED_MODULE_13__/* .SEVERITIES */ .oC.map((s) => [s, 0])),
        durationMs: 0,
    };
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 9681:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KB: () => (/* binding */ scanInWorkers),
/* harmony export */   vb: () => (/* binding */ chooseThreads)
/* harmony export */ });
/* unused harmony exports MIN_FILES_FOR_WORKERS, workersAvailable */
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5919);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_worker_threads__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _counters_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(954);
/* harmony import */ var _entry_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4339);
/* harmony import */ var _protocol_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7243);
/* harmony import */ var _scan_file_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4713);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_entry_js__WEBPACK_IMPORTED_MODULE_2__]);
_entry_js__WEBPACK_IMPORTED_MODULE_2__ = (__webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__)[0];
/**
 * Main-thread side of the scan pool: hands out batches of files to worker threads, scans batches
 * itself in between, and merges what comes back. Costs of a worker: starting one re-evaluates the
 * bundle and warms up its own JIT (each isolate compiles the hot code again), and every finding
 * crosses a thread by structured clone, so it pays only for scans of many files. The main thread
 * works too, so N cores need only N - 1 workers.
 *
 * A worker that dies (out of memory, a crash) loses only the batch it was running: that batch is
 * retried one file at a time on a new worker, and a file that stops a worker on its own is
 * skipped with a diagnostic. If workers cannot start at all, the remaining files are scanned here.
 */






/**
 * Below this many files, starting workers (each loads the whole bundle again) costs more than it
 * saves: on the 2,325-file corpus one thread takes 0.83 s and two 0.94 s; on 20,000 files two
 * threads are 1.25× faster (bench/README.md).
 */
const MIN_FILES_FOR_WORKERS = 4000;
/** Threads in all, the main one included. */
const MAX_THREADS = 4;
/** Batches sent ahead to each worker, so it never waits for the main thread between batches. */
const IN_FLIGHT = 3;
/** Files per batch: fewer as the scan nears its end. */
const MIN_BATCH = 4;
const MAX_BATCH = 64;
/** Longest the main thread scans without looking at workers' messages. */
const YIELD_MS = 10;
const MAX_RESPAWNS = 8;
/** A worker heap limit: a hostile file ends its worker (and is reported), not the whole process. */
const WORKER_HEAP_MB = 1024;
/**
 * A worker's young generation (two semi-spaces and the space objects are promoted through):
 * 48 MB is what Node 20 gives by default (16 MB semi-spaces). Node 22+ sizes it from the machine's
 * memory, up to 3 x 64 MB per thread: on `big` the CLI's peak RSS went from 242 MiB under Node 20
 * to 471 MiB under Node 24, for no speed (bench/README.md).
 */
const WORKER_YOUNG_MB = 48;
/** Worker threads need a JavaScript file to start (the bundle); sources run through a loader cannot. */
function workersAvailable() {
    return /\.(m|c)?js$/.test(new URL(_entry_js__WEBPACK_IMPORTED_MODULE_2__.WORKER_URL).pathname);
}
/** How many worker threads (besides the main thread) a scan of this many files uses. */
function chooseThreads(fileCount, requested = 'auto') {
    if (!workersAvailable())
        return 0;
    if (requested !== 'auto')
        return Math.max(0, Math.floor(requested));
    const cores = (0,node_os__WEBPACK_IMPORTED_MODULE_0__.availableParallelism)();
    if (cores < 2 || fileCount < MIN_FILES_FOR_WORKERS)
        return 0;
    return Math.min(cores, MAX_THREADS) - 1;
}
function scanInWorkers(files, context, counters, threads, onProgress) {
    const findings = [];
    // Threads know every discovered file (rules that resolve includes read the list), and batches
    // name files by their place in it: `files` may be a part of it (a diff scans changed files only).
    const all = context.files.length >= files.length ? context.files : files;
    const place = new Map(all.map((f, i) => [f, i]));
    const order = files.map((f) => place.get(f) ?? -1);
    if (order.includes(-1))
        throw new Error('scanInWorkers: a file to scan is not among the context files');
    // Batches are cut when handed out, smaller as the files run out ("guided"), so that no thread
    // is left with a long batch while the others have nothing. Retried batches go first.
    let next = 0;
    const retries = [];
    const takeBatch = () => {
        if (retries.length > 0)
            return retries.shift();
        if (next >= files.length)
            return null;
        const size = Math.max(MIN_BATCH, Math.min(MAX_BATCH, Math.ceil((files.length - next) / ((threads + 1) * 4))));
        const batch = Array.from({ length: Math.min(size, files.length - next) }, (_, k) => order[next + k]);
        next += batch.length;
        return batch;
    };
    const pending = () => retries.length > 0 || next < files.length;
    // Workers get a structured clone: the onSecret callback (a function) stays on this thread,
    // where finalize calls it.
    const { onSecret: _onSecret, ...settings } = context.settings;
    const init = { [_protocol_js__WEBPACK_IMPORTED_MODULE_3__/* .WORKER_FLAG */ .o]: true, settings, files: [...all] };
    const slots = new Set();
    let nextId = 0;
    let done = 0;
    let respawns = 0;
    let workersBroken = false;
    // Rules that work once per scan (e.g. resolving GitLab includes) run once per thread: the same
    // diagnostic from a second thread says nothing new.
    const diagnosticFrom = new Map();
    const diagnostic = (d, thread) => {
        const key = `${d.file}\0${d.level}\0${d.code}\0${d.message}`;
        const first = diagnosticFrom.get(key);
        if (first === undefined)
            diagnosticFrom.set(key, thread);
        else if (first !== thread)
            return;
        context.diagnostic(d);
    };
    const here = { ...context, diagnostic: (d) => diagnostic(d, 0) };
    let nextThread = 1;
    return new Promise((resolve) => {
        const account = (count) => {
            done += count;
            onProgress(done);
        };
        const finishIfDone = () => {
            if (draining || pending() || [...slots].some((s) => s.inFlight.size > 0))
                return;
            for (const slot of slots) {
                slot.dead = true;
                void slot.worker.terminate();
            }
            slots.clear();
            resolve(findings);
        };
        /**
         * The main thread's share, batch by batch, yielding every YIELD_MS so that workers' answers
         * are taken and they are fed again. Also what finishes the job if workers fail.
         */
        let draining = false;
        const drainHere = async () => {
            if (draining)
                return;
            draining = true;
            let yielded = performance.now();
            for (let batch = takeBatch(); batch !== null; batch = takeBatch()) {
                for (const index of batch) {
                    for (const f of (0,_scan_file_js__WEBPACK_IMPORTED_MODULE_4__/* .scanFile */ .W)(all[index], here, counters))
                        findings.push(f);
                    // Workers' answers are taken (and they are fed again) only when this thread yields:
                    // often enough that a worker never waits for work while this one reads a big file.
                    if (performance.now() - yielded >= YIELD_MS) {
                        await new Promise((r) => setImmediate(r));
                        yielded = performance.now();
                    }
                }
                account(batch.length);
            }
            draining = false;
            finishIfDone();
        };
        const feed = (slot) => {
            while (slot.inFlight.size < IN_FLIGHT) {
                const batch = takeBatch();
                if (batch === null)
                    break;
                const id = nextId++;
                slot.inFlight.set(id, batch);
                slot.worker.postMessage({ id, indexes: batch });
            }
        };
        const lose = (slot, reason) => {
            if (slot.dead)
                return;
            slot.dead = true;
            slots.delete(slot);
            void slot.worker.terminate();
            const ids = [...slot.inFlight.keys()].sort((a, b) => a - b);
            const running = ids.length > 0 ? slot.inFlight.get(ids[0]) : [];
            // Batches that were only waiting go back as they were; the running one is to blame.
            for (const id of ids.slice(1).reverse())
                retries.unshift(slot.inFlight.get(id));
            if (!slot.ready) {
                // It never started: not the files' fault. Stop using workers.
                workersBroken = true;
                if (running.length > 0)
                    retries.unshift(running);
            }
            else if (running.length > 1) {
                for (let k = running.length - 1; k >= 0; k--)
                    retries.unshift([running[k]]);
            }
            else if (running.length === 1) {
                const file = all[running[0]];
                context.diagnostic({ file: file.path, level: 'error', code: 'scan-failed', message: `scanning this file stopped its worker thread (${reason}): not scanned` });
                account(1);
            }
            if (!pending())
                return finishIfDone();
            if (!workersBroken && respawns < MAX_RESPAWNS && spawn()) {
                respawns++;
                return;
            }
            void drainHere();
        };
        const spawn = () => {
            let worker;
            try {
                worker = new node_worker_threads__WEBPACK_IMPORTED_MODULE_1__.Worker(new URL(_entry_js__WEBPACK_IMPORTED_MODULE_2__.WORKER_URL), { workerData: init, resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB, maxYoungGenerationSizeMb: WORKER_YOUNG_MB } });
            }
            catch (error) {
                // Not fatal (the files are scanned on this thread) but worth knowing: it costs speed.
                if (!workersBroken)
                    context.logger.warning(`worker threads could not start (${error instanceof Error ? error.message : String(error)}); scanning on one thread`);
                workersBroken = true;
                return false;
            }
            const slot = { worker, ready: false, dead: false, inFlight: new Map() };
            const thread = nextThread++;
            slots.add(slot);
            worker.on('message', (message) => {
                if (message.type === 'log')
                    return context.logger[message.level](message.message);
                if (message.type === 'ready') {
                    slot.ready = true;
                    return;
                }
                const batch = slot.inFlight.get(message.id) ?? [];
                slot.inFlight.delete(message.id);
                for (const f of message.findings)
                    findings.push(f);
                for (const d of message.diagnostics)
                    diagnostic(d, thread);
                (0,_counters_js__WEBPACK_IMPORTED_MODULE_5__/* .addCounters */ .Zy)(counters, message.counters);
                account(batch.length);
                feed(slot);
                finishIfDone();
            });
            worker.on('error', (error) => lose(slot, error instanceof Error ? error.message : String(error)));
            worker.on('exit', (code) => lose(slot, `exit code ${code}`));
            feed(slot);
            return true;
        };
        for (let i = 0; i < threads; i++)
            if (!spawn())
                break;
        void drainHere();
    });
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 5993:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fo: () => (/* binding */ requireCommit),
/* harmony export */   Pl: () => (/* binding */ requireWorkTree),
/* harmony export */   aW: () => (/* binding */ changedLinesSince),
/* harmony export */   k9: () => (/* binding */ stagedChangedLines)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(4296);
/* harmony import */ var _core_settings_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(1922);
/* harmony import */ var _discover_read_text_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5563);
/* harmony import */ var _util_file_name_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8754);
/* harmony import */ var _util_git_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8525);
/* harmony import */ var _util_git_lines_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9566);
/* harmony import */ var _unified_diff_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8125);








/**
 * Diff options shared by every mode: exact line numbers, renames followed, no user diff drivers,
 * and submodules left alone (checking them would run git inside them, under their own config;
 * their files are scanned as directories of their own). `--text`: a `binary` or `-diff` attribute
 * of the repository must not turn a text file's added lines into "Binary files differ" (real
 * binary files are skipped when their content is read).
 */
const DIFF_ARGS = ['diff', '--text', '--no-color', '--no-ext-diff', '--no-textconv', '--ignore-submodules=all', '-U0', '-M', '--relative'];
/**
 * Lines added in the working tree since `base` (a commit-ish), by POSIX path relative to `root`:
 * what `--diff BASE` and the Action's diff mode keep findings on. Untracked files that are not
 * ignored count as wholly added (they are new since `base` too). Every file that changed is a key,
 * even with no added line, so that file-level findings about it are kept.
 */
async function changedLinesSince(root, base, options = {}) {
    await requireCommit(root, base, '--diff');
    // Against the working tree git reads files through their clean filters: util/git.ts pins every
    // filter command the repository configures to none, so only the bytes themselves are compared.
    const changed = await addedLines(root, [...DIFF_ARGS, base, '--'], `--diff ${base}: git diff failed`);
    if (options.untracked !== false) {
        for (const file of await untrackedFiles(root))
            changed.set(file.path, await allLines(file.raw, options.maxFileSize ?? _core_settings_js__WEBPACK_IMPORTED_MODULE_6__/* .DEFAULT_MAX_FILE_SIZE */ .Sj));
    }
    return changed;
}
/** Lines added by what is staged (the index against HEAD, or against nothing before the first commit). */
async function stagedChangedLines(root) {
    await requireWorkTree(root, '--staged');
    const head = await (0,_util_git_js__WEBPACK_IMPORTED_MODULE_3__/* .git */ .$Y)(root, ['rev-parse', '--verify', '-q', 'HEAD^{commit}']);
    // Before the first commit everything staged is new: compare with the empty tree.
    const against = head.code === 0 ? 'HEAD' : await emptyTree(root);
    return addedLines(root, [...DIFF_ARGS, '--cached', against, '--'], '--staged: git diff --cached failed');
}
/** Longest diff line decoded whole: past it only the start matters (a header, or a hunk line's `+`). */
const MAX_LINE_BYTES = 64 * 1024;
/** Streams a `git diff` into its added lines (`--text` shows real binary files too: lines are cut at MAX_LINE_BYTES, so memory stays small). */
async function addedLines(root, args, failure) {
    const { parser, result } = (0,_unified_diff_js__WEBPACK_IMPORTED_MODULE_5__/* .addedLinesParser */ .Do)();
    const run = await (0,_util_git_lines_js__WEBPACK_IMPORTED_MODULE_4__/* .gitLines */ .Q)(root, args, (line) => parser.line(line), MAX_LINE_BYTES);
    parser.end();
    if (run.code !== 0)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .ConfigurationError */ .j1(`${failure}: ${firstLine(run.stderr)}`);
    return result;
}
async function requireWorkTree(root, flag) {
    const inside = await (0,_util_git_js__WEBPACK_IMPORTED_MODULE_3__/* .git */ .$Y)(root, ['rev-parse', '--is-inside-work-tree']);
    if (inside.code !== 0 || inside.stdout.toString().trim() !== 'true') {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .ConfigurationError */ .j1(`${flag} needs a git work tree, and ${root} is not inside one`);
    }
}
async function requireCommit(root, rev, flag) {
    await requireWorkTree(root, flag);
    if (rev.startsWith('-'))
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .ConfigurationError */ .j1(`${flag}: "${rev}" is not a revision`);
    const result = await (0,_util_git_js__WEBPACK_IMPORTED_MODULE_3__/* .git */ .$Y)(root, ['rev-parse', '--verify', '-q', `${rev}^{commit}`]);
    if (result.code !== 0)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .ConfigurationError */ .j1(`${flag}: unknown revision "${rev}" (is it fetched? shallow clones need fetch-depth: 0)`);
}
async function emptyTree(root) {
    const result = await (0,_util_git_js__WEBPACK_IMPORTED_MODULE_3__/* .git */ .$Y)(root, ['hash-object', '-t', 'tree', '--no-filters', '--stdin'], '');
    return result.stdout.toString().trim();
}
/** Untracked files: the name as findings show it, and its bytes to open it by. */
async function untrackedFiles(root) {
    const result = await (0,_util_git_js__WEBPACK_IMPORTED_MODULE_3__/* .git */ .$Y)(root, ['ls-files', '-z', '--others', '--exclude-standard']);
    if (result.code !== 0)
        return [];
    return (0,_util_file_name_js__WEBPACK_IMPORTED_MODULE_2__/* .splitNul */ .K5)(result.stdout)
        .filter((p) => p.length > 0)
        .map((p) => ({ path: (0,_util_file_name_js__WEBPACK_IMPORTED_MODULE_2__/* .displayName */ .QC)(p), raw: Buffer.concat([Buffer.from(root + (node_path__WEBPACK_IMPORTED_MODULE_0___default().sep)), p]) }));
}
/**
 * Every line of an untracked file, read the way the scan reads it: never through a symlink, never
 * blocking on a FIFO, never past the size limit. Anything else still counts as changed (for
 * file-level findings), with no lines.
 */
async function allLines(file, maxBytes) {
    const outcome = await (0,_discover_read_text_js__WEBPACK_IMPORTED_MODULE_1__/* .readTextFile */ .Gu)(file, maxBytes);
    if (outcome.kind !== 'text')
        return new Set();
    const text = outcome.text;
    let count = 1;
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1))
        count++;
    if (text.endsWith('\n'))
        count--; // a final newline ends a line, it starts none
    return new Set(Array.from({ length: count }, (_, i) => i + 1));
}
function firstLine(text) {
    return text.split('\n')[0]?.trim() || 'unknown error';
}


/***/ }),

/***/ 8442:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ readBlobs)
/* harmony export */ });
/* harmony import */ var _util_git_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8525);

/**
 * Reads blobs through one `git cat-file --batch` process (no filter, no textconv, no per-file
 * spawn). Object ids, not `:path` names, go on its stdin, so unusual path names cannot break the
 * protocol. Linear in the bytes read: a blob's chunks are joined once, and a blob larger than
 * `maxBytes` is not kept at all (`onBlob` gets null and its size).
 */
async function readBlobs(cwd, oids, onBlob, maxBytes = Number.MAX_SAFE_INTEGER) {
    if (oids.length === 0)
        return;
    let header = [];
    let current = null;
    // After a blob's bytes, git writes one `\n` that belongs to no blob.
    let skipNewline = false;
    const result = await (0,_util_git_js__WEBPACK_IMPORTED_MODULE_0__/* .gitStream */ .dP)(cwd, ['cat-file', '--batch'], (chunk) => {
        let at = 0;
        while (at < chunk.length) {
            if (skipNewline) {
                skipNewline = false;
                at++;
                continue;
            }
            if (current) {
                const take = Math.min(current.remaining, chunk.length - at);
                current.parts?.push(chunk.subarray(at, at + take));
                current.remaining -= take;
                at += take;
                if (current.remaining === 0) {
                    const done = current;
                    current = null;
                    skipNewline = true;
                    onBlob(done.oid, done.parts ? Buffer.concat(done.parts, done.size) : null, done.size);
                }
                continue;
            }
            const eol = chunk.indexOf(10, at);
            if (eol === -1) {
                header.push(chunk.subarray(at));
                break;
            }
            header.push(chunk.subarray(at, eol));
            at = eol + 1;
            const [oid = '', type, size] = Buffer.concat(header).toString('utf8').split(' ');
            header = [];
            if (type === 'missing' || size === undefined)
                continue;
            const length = Number(size);
            current = { oid, size: length, remaining: length, parts: length <= maxBytes ? [] : null };
            if (length === 0) {
                current = null;
                skipNewline = true;
                onBlob(oid, Buffer.alloc(0), 0);
            }
        }
    }, oids.map((o) => `${o}\n`).join(''));
    if (result.code !== 0)
        throw new Error(`git cat-file failed: ${result.stderr.trim()}`);
}


/***/ }),

/***/ 2889:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ scanStaged)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _analyzers_registry_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9082);
/* harmony import */ var _core_analyze_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1699);
/* harmony import */ var _core_path_filter_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6499);
/* harmony import */ var _core_scan_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9506);
/* harmony import */ var _discover_read_text_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5563);
/* harmony import */ var _util_file_name_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(8754);
/* harmony import */ var _util_git_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(8525);
/* harmony import */ var _changed_lines_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(5993);
/* harmony import */ var _git_blobs_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(8442);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_core_scan_js__WEBPACK_IMPORTED_MODULE_4__]);
_core_scan_js__WEBPACK_IMPORTED_MODULE_4__ = (__webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__)[0];










/**
 * The pre-commit scan: what is staged, read from the index (not the working tree, which may hold
 * unstaged edits), keeping line findings on added lines and file-level findings on staged files.
 */
async function scanStaged(settings, logger) {
    const started = performance.now();
    const diagnostics = [];
    const stats = (0,_core_scan_js__WEBPACK_IMPORTED_MODULE_4__/* .emptyStats */ .bD)();
    const changed = await (0,_changed_lines_js__WEBPACK_IMPORTED_MODULE_8__/* .stagedChangedLines */ .k9)(settings.root);
    const wanted = (0,_core_path_filter_js__WEBPACK_IMPORTED_MODULE_3__/* .discoveryFilter */ .H)(settings);
    const index = await indexEntries(settings.root);
    const indexByPath = new Map(index.map((e) => [e.path, e]));
    const entries = index.filter((e) => changed.has(e.path) && wanted(e.path));
    const files = entries.map((e) => ({ absPath: node_path__WEBPACK_IMPORTED_MODULE_0___default().join(settings.root, ...e.path.split('/')), path: e.path, tracked: true }));
    stats.filesDiscovered = files.length;
    const scoped = { ...settings, changedLines: changed };
    const context = { settings: scoped, logger, files, diagnostic: (d) => diagnostics.push(d) };
    const raw = [];
    // Repository rules (env files) read what is staged too, not the working tree.
    const stagedTexts = new Map();
    context.readText = async (file) => {
        const staged = stagedTexts.get(file.path);
        if (staged !== undefined)
            return staged;
        // A file that is not staged: its content in the index (the last commit's, or an earlier add).
        const entry = indexByPath.get(file.path);
        if (!entry)
            return null;
        let text = null;
        await (0,_git_blobs_js__WEBPACK_IMPORTED_MODULE_9__/* .readBlobs */ .b)(settings.root, [entry.oid], (_oid, content) => {
            if (content !== null)
                text = (0,_discover_read_text_js__WEBPACK_IMPORTED_MODULE_5__/* .decodeText */ .g7)(content);
        }, settings.maxFileSize);
        return text;
    };
    const readable = entries.filter((e) => {
        // Symlinks and submodules are staged as links, not content.
        if (e.mode === '120000' || e.mode === '160000') {
            if (e.mode === '120000')
                stats.skippedSymlink++;
            return false;
        }
        return true;
    });
    const byOid = new Map();
    for (const e of readable)
        byOid.set(e.oid, [...(byOid.get(e.oid) ?? []), e]);
    let done = 0;
    // Blobs over the size limit are counted, not kept: reading stays linear in the staged bytes.
    await (0,_git_blobs_js__WEBPACK_IMPORTED_MODULE_9__/* .readBlobs */ .b)(settings.root, [...byOid.keys()], (oid, content, size) => {
        for (const entry of byOid.get(oid) ?? []) {
            logger.progress?.(++done, readable.length);
            if (content === null) {
                stats.skippedTooLarge++;
                diagnostics.push({ file: entry.path, level: 'warning', code: 'skipped-too-large', message: `staged file of ${size} bytes exceeds the limit of ${settings.maxFileSize} bytes: not scanned` });
                continue;
            }
            const text = (0,_discover_read_text_js__WEBPACK_IMPORTED_MODULE_5__/* .decodeText */ .g7)(content);
            if (text === null) {
                stats.skippedBinary++;
                diagnostics.push({ file: entry.path, level: 'info', code: 'skipped-binary', message: 'binary file (NUL byte in the first 8 KiB): not scanned' });
                continue;
            }
            stats.filesScanned++;
            stats.bytesScanned += content.length;
            stagedTexts.set(entry.path, text);
            const file = { absPath: node_path__WEBPACK_IMPORTED_MODULE_0___default().join(settings.root, ...entry.path.split('/')), path: entry.path, tracked: true };
            const result = (0,_core_analyze_js__WEBPACK_IMPORTED_MODULE_2__/* .analyzeFile */ .x)((0,_core_analyze_js__WEBPACK_IMPORTED_MODULE_2__/* .makeSourceFile */ .A)(file, text, context), context);
            stats.suppressed += result.suppressed;
            for (const finding of result.findings)
                raw.push(finding);
        }
    }, settings.maxFileSize);
    for (const rule of _analyzers_registry_js__WEBPACK_IMPORTED_MODULE_1__/* .REPOSITORY_RULES */ .vL) {
        try {
            for (const finding of await rule.checkRepository(context))
                raw.push(finding);
        }
        catch (error) {
            if ((0,_util_git_js__WEBPACK_IMPORTED_MODULE_7__/* .isGitTimeout */ .g6)(error))
                throw error;
            diagnostics.push({ file: null, level: 'error', code: 'rule-failed', message: `rule ${rule.meta.id} failed: ${String(error)}` });
        }
    }
    return (0,_core_scan_js__WEBPACK_IMPORTED_MODULE_4__/* .buildReport */ .FK)(raw, scoped, stats, diagnostics, started, logger);
}
/** Stage-0 index entries below `root`, with paths relative to it. */
async function indexEntries(root) {
    const result = await (0,_util_git_js__WEBPACK_IMPORTED_MODULE_7__/* .git */ .$Y)(root, ['ls-files', '-s', '-z']);
    if (result.code !== 0)
        return [];
    const entries = [];
    for (const record of (0,_util_file_name_js__WEBPACK_IMPORTED_MODULE_6__/* .splitNul */ .K5)(result.stdout)) {
        const tab = record.indexOf(9);
        if (tab === -1)
            continue;
        const [mode, oid, stage] = record.subarray(0, tab).toString('latin1').split(' ');
        if (stage !== '0' || !mode || !oid)
            continue; // conflicted entries: git refuses to commit them anyway
        // Shown as the diff parser shows it (`\xNN` for bytes that are not UTF-8), so the two agree.
        entries.push({ mode, oid, path: (0,_util_file_name_js__WEBPACK_IMPORTED_MODULE_6__/* .displayName */ .QC)(record.subarray(tab + 1)) });
    }
    return entries;
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 8125:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Do: () => (/* binding */ addedLinesParser),
/* harmony export */   nt: () => (/* binding */ UnifiedDiffParser)
/* harmony export */ });
/* unused harmony exports unquoteGitPath, parseAddedLines */
/* harmony import */ var _util_file_name_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8754);
/**
 * An incremental parser of git's unified diff output (`git diff`, `git log -p`), fed one line at
 * a time so that a whole log never has to be held in memory. It reports, per file, the
 * post-image path and the post-image line number of every added line.
 */

/** Undoes git's C-style quoting of unusual path names (`"a\tb"`, octal escapes for bytes); bytes that are not UTF-8 come back as `\xNN`. */
function unquoteGitPath(raw) {
    if (!raw.startsWith('"') || !raw.endsWith('"') || raw.length < 2)
        return raw;
    const bytes = [];
    const body = raw.slice(1, -1);
    const simple = { a: 7, b: 8, t: 9, n: 10, v: 11, f: 12, r: 13, '"': 34, '\\': 92 };
    for (let i = 0; i < body.length; i++) {
        const ch = body[i];
        if (ch !== '\\') {
            bytes.push(...Buffer.from(ch, 'utf8'));
            continue;
        }
        const next = body[i + 1] ?? '';
        if (/[0-7]/.test(next)) {
            bytes.push(parseInt(body.slice(i + 1, i + 4), 8));
            i += 3;
        }
        else {
            bytes.push(simple[next] ?? next.charCodeAt(0));
            i += 1;
        }
    }
    return (0,_util_file_name_js__WEBPACK_IMPORTED_MODULE_0__/* .displayName */ .QC)(Buffer.from(bytes));
}
/** `a/foo` -> `foo`; `/dev/null` -> null. A trailing TAB (added by git for names with spaces) is dropped. */
function headerPath(raw) {
    const trimmed = raw.endsWith('\t') ? raw.slice(0, -1) : raw;
    if (trimmed === '/dev/null')
        return null;
    const unquoted = unquoteGitPath(trimmed);
    return unquoted.replace(/^[ab]\//, '');
}
class UnifiedDiffParser {
    events;
    oldPath = null;
    newPath = null;
    inHunk = false;
    nextLine = 0;
    remainingOld = 0;
    remainingNew = 0;
    announced = false;
    headerNew = null;
    newOid = null;
    constructor(events) {
        this.events = events;
    }
    /** Feeds one line (without its `\n`). */
    line(text) {
        if (this.inHunk && (this.remainingOld > 0 || this.remainingNew > 0)) {
            const tag = text.charCodeAt(0);
            if (tag === 43 /* + */) {
                if (this.newPath !== null)
                    this.events.added?.(this.newPath, this.nextLine, text.slice(1));
                this.nextLine++;
                this.remainingNew--;
                return;
            }
            if (tag === 45 /* - */) {
                this.remainingOld--;
                return;
            }
            if (tag === 32 /* space */ || text === '') {
                this.nextLine++;
                this.remainingOld--;
                this.remainingNew--;
                return;
            }
            if (tag === 92 /* \ No newline at end of file */)
                return;
            // Anything else ends the hunk early (malformed input): fall through to header parsing.
            this.inHunk = false;
        }
        else if (this.inHunk && text.startsWith('\\')) {
            return;
        }
        this.header(text);
    }
    header(text) {
        if (text.startsWith('diff --git ')) {
            this.finishFile();
            this.inHunk = false;
            this.oldPath = null;
            this.newPath = null;
            this.announced = false;
            this.newOid = null;
            this.headerNew = guessHeaderPath(text);
            return;
        }
        if (text.startsWith('index ')) {
            const oids = /^index [0-9a-f]+\.\.([0-9a-f]+)/.exec(text);
            if (oids)
                this.newOid = oids[1];
            return;
        }
        if (text.startsWith('--- ')) {
            this.oldPath = headerPath(text.slice(4));
            return;
        }
        if (text.startsWith('+++ ')) {
            this.newPath = headerPath(text.slice(4));
            this.announce();
            return;
        }
        if (text.startsWith('rename to ') || text.startsWith('copy to ')) {
            this.headerNew = unquoteGitPath(text.slice(text.indexOf(' to ') + 4));
            return;
        }
        if (text.startsWith('Binary files ') || text === 'GIT binary patch') {
            this.events.binary?.(this.headerNew);
            return;
        }
        // Combined diffs (`@@@`, merges shown with --cc) are not requested by this tool: not parsed.
        const hunk = /^@@ -\d+(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/.exec(text);
        if (hunk) {
            this.announce();
            this.inHunk = true;
            this.remainingOld = hunk[1] === undefined ? 1 : Number(hunk[1]);
            this.nextLine = Number(hunk[2]);
            this.remainingNew = hunk[3] === undefined ? 1 : Number(hunk[3]);
        }
    }
    announce() {
        if (this.announced)
            return;
        this.announced = true;
        this.events.file?.({ path: this.newPath, oldPath: this.oldPath, ...(this.newOid !== null ? { newOid: this.newOid } : {}) });
    }
    /** A section with no `+++` line (mode change, pure rename, binary) still names its file. */
    finishFile() {
        if (!this.announced && this.headerNew !== null) {
            this.events.file?.({ path: this.headerNew, oldPath: null });
            this.announced = true;
        }
    }
    /** Call once after the last line. */
    end() {
        this.finishFile();
    }
}
/** `diff --git a/x b/x` -> `x` when the two names are equal and unquoted (the common case). */
function guessHeaderPath(text) {
    const rest = text.slice('diff --git '.length);
    if (rest.startsWith('"')) {
        const m = /^"(?:[^"\\]|\\.)*" ("(?:[^"\\]|\\.)*")$/.exec(rest);
        return m ? headerPath(m[1]) : null;
    }
    if (!rest.startsWith('a/'))
        return rest.includes(' ') ? null : rest;
    const half = (rest.length - 1) / 2;
    const a = rest.slice(0, half);
    const b = rest.slice(half + 1);
    if (a.slice(2) === b.slice(2))
        return b.slice(2);
    return null;
}
/** Parses a whole diff text into POSIX path -> added post-image lines (every named file is present). */
function parseAddedLines(diff) {
    const { parser, result } = addedLinesParser();
    for (const line of diff.split('\n'))
        parser.line(line);
    parser.end();
    return result;
}
/** A parser to feed line by line, and the map it fills: POSIX path -> added post-image lines. */
function addedLinesParser() {
    const result = new Map();
    const parser = new UnifiedDiffParser({
        file: ({ path }) => {
            if (path !== null && !result.has(path))
                result.set(path, new Set());
        },
        added: (path, line) => {
            let lines = result.get(path);
            if (!lines)
                result.set(path, (lines = new Set()));
            lines.add(line);
        },
    });
    return { parser, result };
}


/***/ }),

/***/ 4632:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ZO: () => (/* binding */ discoverFiles)
/* harmony export */ });
/* unused harmony exports toPosixRelative, isIgnored */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var ignore__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(298);
/* harmony import */ var ignore__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(ignore__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _core_settings_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(1922);
/* harmony import */ var _read_text_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5563);
/* harmony import */ var _util_file_name_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8754);
/* harmony import */ var _util_git_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8525);







function toPosixRelative(root, absPath) {
    return node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(root, absPath).split((node_path__WEBPACK_IMPORTED_MODULE_1___default().sep)).join('/');
}
/**
 * Lists the files of every target: inside a git work tree what git tracks plus untracked files
 * that are not ignored; elsewhere a walk that honours `.gitignore` at every level. Never `.git/`,
 * never a symlink (so never outside the root, and no loops).
 */
async function discoverFiles(root, targets) {
    const seen = new Map();
    const diagnostics = [];
    let symlinks = 0;
    const add = (file) => {
        if (!seen.has(file.absPath))
            seen.set(file.absPath, file);
    };
    const queue = [...targets];
    const visited = new Set();
    for (let target = queue.shift(); target !== undefined; target = queue.shift()) {
        if (visited.has(target))
            continue;
        visited.add(target);
        let stat;
        try {
            stat = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.lstat)(target);
        }
        catch {
            continue; // a nested repository or submodule folder listed by git but not checked out
        }
        if (!stat.isDirectory()) {
            // A file named explicitly is scanned even if ignored; symlinks still are not followed.
            if (stat.isSymbolicLink())
                symlinks++;
            else
                add({ absPath: target, path: toPosixRelative(root, target), tracked: await trackedState(target) });
            continue;
        }
        const fromGit = await listWithGit(target);
        if (fromGit) {
            // git lists paths relative to the target, with `/`: prefixing the target's own relative
            // path is what path.relative would give, without resolving twenty thousand paths.
            const base = toPosixRelative(root, target);
            const under = (rel, absPath) => (base === '' ? rel : base.startsWith('..') ? toPosixRelative(root, absPath) : `${base}/${rel}`);
            for (const { rel, ...entry } of fromGit.files)
                add({ ...entry, path: under(rel, entry.absPath) });
            // Nested repositories and submodules are listed by git as one entry: scan their files too.
            for (const item of fromGit.nested)
                queue.push(item);
        }
        else {
            // A `.git` git cannot read: tracked files that `.gitignore` lists would be skipped by the walk.
            const marker = (0,_util_git_js__WEBPACK_IMPORTED_MODULE_5__/* .repositoryMarker */ .vG)(target);
            if (marker !== null)
                diagnostics.push({ file: toPosixRelative(root, target) || '.', level: 'error', code: 'git-failed', message: `git cannot read the repository at ${toPosixRelative(root, marker) || '.'} (a broken .git/config or include?): its tracked files may not all be scanned` });
            const walked = await walk(root, target, diagnostics);
            symlinks += walked.symlinks;
            for (const file of walked.files)
                add({ ...file, path: toPosixRelative(root, file.absPath), tracked: null });
        }
    }
    const files = [...seen.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    return { files, diagnostics, symlinks };
}
async function trackedState(file) {
    const dir = node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(file);
    if (!(await (0,_util_git_js__WEBPACK_IMPORTED_MODULE_5__/* .gitTopLevel */ .oB)(dir)))
        return null;
    const result = await (0,_util_git_js__WEBPACK_IMPORTED_MODULE_5__/* .git */ .$Y)(dir, ['ls-files', '-z', '--error-unmatch', '--', node_path__WEBPACK_IMPORTED_MODULE_1___default().basename(file)]);
    return result.code === 0;
}
/**
 * `git ls-files` from the target directory, or null when it is not inside a work tree. Tracked
 * files deleted from the working tree are left out (there is nothing to read); nested
 * repositories (`inner/`) and submodules (gitlinks) come back as directories to scan on their own.
 */
async function listWithGit(dir) {
    if (!(await (0,_util_git_js__WEBPACK_IMPORTED_MODULE_5__/* .gitTopLevel */ .oB)(dir)))
        return null;
    const [listed, deleted, staged] = await Promise.all([
        (0,_util_git_js__WEBPACK_IMPORTED_MODULE_5__/* .git */ .$Y)(dir, ['ls-files', '-z', '-t', '--cached', '--others', '--exclude-standard']),
        (0,_util_git_js__WEBPACK_IMPORTED_MODULE_5__/* .git */ .$Y)(dir, ['ls-files', '-z', '--deleted']),
        (0,_util_git_js__WEBPACK_IMPORTED_MODULE_5__/* .git */ .$Y)(dir, ['ls-files', '-z', '--stage']),
    ]);
    if (listed.code !== 0)
        return null;
    // Names are bytes: compared as latin1 strings (one char per byte), shown through displayName.
    const gone = new Set((0,_util_file_name_js__WEBPACK_IMPORTED_MODULE_4__/* .splitNul */ .K5)(deleted.stdout).map((r) => r.toString('latin1')));
    const nested = new Set();
    for (const record of (0,_util_file_name_js__WEBPACK_IMPORTED_MODULE_4__/* .splitNul */ .K5)(staged.stdout)) {
        // "<mode> <object> <stage>\t<path>"; mode 160000 is a gitlink (a submodule).
        if (record.subarray(0, 7).toString('latin1') === '160000 ')
            nested.add(record.subarray(record.indexOf(9) + 1).toString('latin1'));
    }
    const entries = new Map();
    for (const record of (0,_util_file_name_js__WEBPACK_IMPORTED_MODULE_4__/* .splitNul */ .K5)(listed.stdout)) {
        if (record.length < 3)
            continue;
        // `-t` tags: "? " untracked, "H " cached, others (S, M, R, C, K) are index states of tracked files.
        const tracked = record[0] !== 0x3f;
        const rel = record.subarray(2).toString('latin1');
        if (rel.endsWith('/'))
            nested.add(rel.slice(0, -1));
        else if (!nested.has(rel) && !gone.has(rel))
            entries.set(rel, (entries.get(rel) ?? false) || tracked);
    }
    return {
        files: [...entries].map(([rel, tracked]) => ({ ...located(dir, Buffer.from(rel, 'latin1')), tracked })),
        nested: [...nested].map((rel) => node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, (0,_util_file_name_js__WEBPACK_IMPORTED_MODULE_4__/* .displayName */ .QC)(Buffer.from(rel, 'latin1')))),
    };
}
/** A file below `dir` named by bytes: its shown relative path, absolute path, and raw bytes if needed. */
function located(dir, rel) {
    const shown = (0,_util_file_name_js__WEBPACK_IMPORTED_MODULE_4__/* .displayName */ .QC)(rel);
    const absPath = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, shown);
    if ((0,_util_file_name_js__WEBPACK_IMPORTED_MODULE_4__/* .isUtf8 */ .co)(rel))
        return { rel: shown, absPath };
    return { rel: shown, absPath, rawPath: Buffer.concat([Buffer.from(dir + (node_path__WEBPACK_IMPORTED_MODULE_1___default().sep)), rel]) };
}
async function walk(root, top, diagnostics) {
    const files = [];
    let symlinks = 0;
    const stack = [{ dir: top, raw: Buffer.from(top), layers: [] }];
    while (stack.length > 0) {
        const { dir, raw, layers: parentLayers } = stack.pop();
        let entries;
        try {
            entries = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(raw, { withFileTypes: true, encoding: 'buffer' });
        }
        catch (error) {
            diagnostics.push({ file: toPosixRelative(root, dir) || '.', level: 'warning', code: 'unreadable-directory', message: `cannot read directory: ${error.code ?? error}` });
            continue;
        }
        const layers = [...parentLayers];
        if (entries.some((e) => e.name.toString('latin1') === '.gitignore' && e.isFile())) {
            // Never through a link, never blocking on a FIFO, never past the size limit.
            const rules = await (0,_read_text_js__WEBPACK_IMPORTED_MODULE_3__/* .readTextFile */ .Gu)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, '.gitignore'), _core_settings_js__WEBPACK_IMPORTED_MODULE_6__/* .DEFAULT_MAX_FILE_SIZE */ .Sj);
            // An unreadable .gitignore ignores nothing, as in git.
            if (rules.kind === 'text')
                layers.push({ base: dir, matcher: ignore__WEBPACK_IMPORTED_MODULE_2___default()().add(rules.text) });
        }
        for (const entry of entries) {
            const name = entry.name;
            if (name.toString('latin1') === '.git')
                continue;
            const abs = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, (0,_util_file_name_js__WEBPACK_IMPORTED_MODULE_4__/* .displayName */ .QC)(name));
            const rawAbs = Buffer.concat([raw, Buffer.from((node_path__WEBPACK_IMPORTED_MODULE_1___default().sep)), name]);
            if (entry.isSymbolicLink()) {
                symlinks++;
                continue;
            }
            const isDir = entry.isDirectory();
            if (isIgnored(layers, abs, isDir))
                continue;
            if (isDir)
                stack.push({ dir: abs, raw: rawAbs, layers });
            else
                files.push((0,_util_file_name_js__WEBPACK_IMPORTED_MODULE_4__/* .isUtf8 */ .co)(rawAbs) ? { absPath: abs } : { absPath: abs, rawPath: rawAbs });
        }
    }
    return { files, symlinks };
}
/** Git's precedence: the deepest `.gitignore` that has an opinion wins. */
function isIgnored(layers, abs, isDir) {
    for (let i = layers.length - 1; i >= 0; i--) {
        const layer = layers[i];
        const rel = node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(layer.base, abs).split((node_path__WEBPACK_IMPORTED_MODULE_1___default().sep)).join('/') + (isDir ? '/' : '');
        const verdict = layer.matcher.test(rel);
        if (verdict.ignored)
            return true;
        if (verdict.unignored)
            return false;
    }
    return false;
}


/***/ }),

/***/ 7957:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ AddedText)
/* harmony export */ });
/**
 * The lines one commit added to one file, joined into a text the file rules can read, with a
 * map from each text line to its real post-image line number. Runs of added lines that are not
 * adjacent in the file are separated by an empty line so that no match spans the gap.
 */
class AddedText {
    keepBytes;
    lines = [];
    /** realLine[i] is the post-image line of text line i + 1. */
    realLine = [];
    bytes = 0;
    /**
     * A NUL byte in the first 8 KiB added: a binary file (git's own test). History is read with
     * `--text`, so that a `.gitattributes` marking a text file `binary` or `-diff` cannot hide it.
     */
    binary = false;
    last = -1;
    /** Lines past `keepBytes` are only counted (the file is then skipped as too large): memory stays bounded. */
    constructor(keepBytes = Number.POSITIVE_INFINITY) {
        this.keepBytes = keepBytes;
    }
    add(line, text) {
        if (this.bytes < 8192 && text.includes('\0'))
            this.binary = true;
        if (this.binary || this.bytes > this.keepBytes) {
            this.bytes += Buffer.byteLength(text) + 1;
            return;
        }
        if (this.last !== -1 && line !== this.last + 1) {
            this.lines.push('');
            this.realLine.push(this.last);
        }
        this.lines.push(text);
        this.realLine.push(line);
        this.last = line;
        this.bytes += Buffer.byteLength(text) + 1;
    }
    text() {
        return this.lines.join('\n') + '\n';
    }
    /** The added text of a real post-image line, for telling where a finding was written. */
    lineText(textLine) {
        return this.lines[textLine - 1] ?? '';
    }
    mapLine(textLine) {
        return textLine === null ? null : (this.realLine[textLine - 1] ?? textLine);
    }
}


/***/ }),

/***/ 7330:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ streamGitLines)
/* harmony export */ });
/* harmony import */ var _util_git_lines_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9566);

/** `gitLines` for history: a failing git command is an error. */
async function streamGitLines(cwd, args, onLine, maxLineBytes = Number.POSITIVE_INFINITY) {
    const result = await (0,_util_git_lines_js__WEBPACK_IMPORTED_MODULE_0__/* .gitLines */ .Q)(cwd, args, onLine, maxLineBytes);
    if (result.code !== 0)
        throw new Error(`git ${args[0]} failed: ${result.stderr.trim().split('\n')[0] ?? ''}`);
}


/***/ }),

/***/ 724:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ presentAtHead)
/* harmony export */ });
/* harmony import */ var _util_git_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8525);

/**
 * Which of these texts still occur, verbatim, in a file at HEAD below `root`: one `git grep`
 * for all of them (fixed strings fed on stdin, never on the command line), `--text` so that a
 * `binary` or `-diff` attribute cannot make a file that holds one look clean.
 */
async function presentAtHead(root, needles, tip = 'HEAD') {
    const usable = [...new Set(needles.filter((n) => n.length > 0 && !n.includes('\n') && !n.includes('\r')))];
    if (usable.length === 0)
        return new Set();
    const head = await (0,_util_git_js__WEBPACK_IMPORTED_MODULE_0__/* .git */ .$Y)(root, ['rev-parse', '--verify', '-q', `${tip}^{tree}`]);
    if (head.code !== 0)
        return new Set();
    const result = await (0,_util_git_js__WEBPACK_IMPORTED_MODULE_0__/* .git */ .$Y)(root, ['grep', '-F', '-o', '-h', '--text', '--no-color', '--no-textconv', '-f', '-', tip, '--', '.'], usable.join('\n') + '\n');
    // Exit code 1: nothing found.
    if (result.code !== 0)
        return new Set();
    const found = new Set(result.stdout.toString('utf8').split('\n'));
    return new Set(usable.filter((n) => found.has(n)));
}


/***/ }),

/***/ 9254:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ describeHistoryFinding)
/* harmony export */ });
/** The history-specific message and remediation; the fingerprint stays that of a working-tree scan. */
function describeHistoryFinding(finding, authorDate, present, pullRequest = false) {
    const short = (finding.commit ?? '').slice(0, 12);
    const where = `Added in commit ${short} (${authorDate.slice(0, 10)}) to ${finding.file}`;
    const seed = finding.secret === undefined ? { fingerprintSeed: finding.fingerprintSeed ?? finding.message } : {};
    if (pullRequest) {
        const seedPr = { ...finding, ...seed };
        const inPr = `Added in commit ${short} of this pull request to ${finding.file}`;
        if (present)
            return { ...seedPr, message: `${finding.message} ${inPr}; still present at the pull request's head.` };
        return {
            ...seedPr,
            message: `${finding.message} ${inPr}; removed by a later commit — still in the pull request's history: rotate it.`,
            remediation: "Rotate it: anyone who can read the pull request's commits can read it. Then rewrite the pull request's commits without it (interactive rebase or squash) and force-push.",
        };
    }
    if (present) {
        return { ...finding, ...seed, message: `${finding.message} ${where}; still present at HEAD.`, remediation: `${finding.remediation} Removing it from the files is not enough: it stays in git history, so rotate it and purge it from history too (e.g. git filter-repo --replace-text).` };
    }
    return {
        ...finding,
        ...seed,
        message: `${finding.message} ${where}; no longer at HEAD but still in git history.`,
        remediation: 'Rotate it (anyone with a clone can read it), then purge it from history (e.g. git filter-repo --replace-text) and force-push every branch and tag that contains it.',
    };
}


/***/ }),

/***/ 7042:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   s: () => (/* binding */ scanHistory)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_analyze_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1699);
/* harmony import */ var _core_path_filter_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6499);
/* harmony import */ var _core_scan_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9506);
/* harmony import */ var _diff_changed_lines_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5993);
/* harmony import */ var _diff_git_blobs_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8442);
/* harmony import */ var _diff_unified_diff_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(8125);
/* harmony import */ var _discover_classify_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(6641);
/* harmony import */ var _discover_read_text_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(5563);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(8815);
/* harmony import */ var _util_git_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(8525);
/* harmony import */ var _commit_files_js__WEBPACK_IMPORTED_MODULE_14__ = __webpack_require__(7957);
/* harmony import */ var _git_lines_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(7330);
/* harmony import */ var _head_presence_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(724);
/* harmony import */ var _tip_lines_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(3467);
/* harmony import */ var _messages_js__WEBPACK_IMPORTED_MODULE_15__ = __webpack_require__(9254);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_core_scan_js__WEBPACK_IMPORTED_MODULE_3__]);
_core_scan_js__WEBPACK_IMPORTED_MODULE_3__ = (__webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__)[0];
















const COMMIT_MARK = '\u001e';
function compareKeys(a, b) {
    for (let i = 0; i < Math.min(a.length, b.length); i++)
        if (a[i] !== b[i])
            return a[i] - b[i];
    return a.length - b.length;
}
/** Deferred items analysed per `cat-file --batch` while the log is still read. */
const DEFERRED_BATCH = 256;
/**
 * YAML files up to this size are analysed whole at each commit that added lines to them (the
 * structural rules need the document around the added lines); larger ones (lock files) only by
 * the rules that read text, on the added lines.
 */
const WHOLE_BLOB_MAX = 512 * 1024;
const NO_YAML = { documents: [], lineCounter: new yaml__WEBPACK_IMPORTED_MODULE_9__/* .LineCounter */ .HN(), diagnostics: [], ok: true };
/**
 * Audits git history: streams `git log -p` (merges as their diff to the first parent, renames
 * followed, binary files skipped), runs the file rules over the lines each commit added, and
 * reports every secret once, at the oldest commit that added it. Structural YAML rules never see
 * fragments (a few added lines are not the document they belong to): a YAML file is analysed
 * whole at that commit and only findings on its added lines are kept.
 */
async function scanHistory(settings, logger, options) {
    const started = performance.now();
    const root = settings.root;
    await (0,_diff_changed_lines_js__WEBPACK_IMPORTED_MODULE_4__/* .requireWorkTree */ .Pl)(root, '--history');
    if (options.since !== null)
        await (0,_diff_changed_lines_js__WEBPACK_IMPORTED_MODULE_4__/* .requireCommit */ .Fo)(root, options.since, '--since');
    const tip = options.tip ?? 'HEAD';
    const revisions = options.allBranches ? ['--branches', '--remotes', '--tags'] : [tip];
    if (options.since !== null)
        revisions.push(`^${options.since}`);
    for (const rev of options.exclude ?? [])
        revisions.push(`^${rev}`);
    const hasHead = (await (0,_util_git_js__WEBPACK_IMPORTED_MODULE_10__/* .git */ .$Y)(root, ['rev-parse', '--verify', '-q', `${tip}^{commit}`])).code === 0;
    const diagnostics = new Map();
    const stats = (0,_core_scan_js__WEBPACK_IMPORTED_MODULE_3__/* .emptyStats */ .bD)();
    const context = {
        settings,
        logger,
        files: [],
        diagnostic: (d) => {
            // Fragments of YAML are rarely valid YAML: their parse errors say nothing about the file.
            if (d.code.startsWith('yaml-'))
                return;
            diagnostics.set(`${d.file}\0${d.code}\0${d.message}`, d);
        },
    };
    if (!hasHead && !options.allBranches)
        return (0,_core_scan_js__WEBPACK_IMPORTED_MODULE_3__/* .buildReport */ .FK)([], settings, stats, [...diagnostics.values()], started, logger);
    const total = Number((await (0,_util_git_js__WEBPACK_IMPORTED_MODULE_10__/* .git */ .$Y)(root, ['rev-list', '--count', ...revisions, '--', '.'])).stdout.toString().trim()) || 0;
    const wanted = (0,_core_path_filter_js__WEBPACK_IMPORTED_MODULE_2__/* .discoveryFilter */ .H)(settings);
    const introduced = new Map();
    const seenFiles = new Set();
    let commit = '';
    let authorDate = '';
    let files = new Map();
    /** Post-image blob of each file of the current commit. */
    let oids = new Map();
    let commits = 0;
    let deferred = [];
    let deferredCount = 0;
    /** Each deferred blob's first place in the list of every deferred item. */
    const firstSeen = new Map();
    /** The order key of the analysis under way, and a count of its records. */
    let keyPrefix = [0, 0];
    let analyses = 0;
    let recordsInAnalysis = 0;
    const startAnalysis = (prefix) => {
        keyPrefix = prefix;
        recordsInAnalysis = 0;
    };
    // Deferred YAML blobs are analysed batch by batch while git still writes the log (on another
    // core), not all after it: the batches run one after another, in order.
    let deferredWork = Promise.resolve();
    const flushDeferred = () => {
        if (deferred.length === 0)
            return;
        const batch = deferred;
        deferred = [];
        deferredWork = deferredWork.then(() => analyzeDeferred(batch));
        // Awaited after the log; until then a failure must not count as unhandled.
        deferredWork.catch(() => { });
    };
    const finishCommit = () => {
        for (const [file, added] of files) {
            const oid = oids.get(file);
            if (oid !== undefined && isYamlPath(file) && !/^0+$/.test(oid)) {
                const index = deferredCount++;
                if (!firstSeen.has(oid))
                    firstSeen.set(oid, index);
                deferred.push({ seq: commits, commit, authorDate, file, oid, added, index });
            }
            else {
                startAnalysis([0, analyses++]);
                analyzeAdded(file, added, commits, commit, authorDate);
            }
        }
        files = new Map();
        oids = new Map();
        if (deferred.length >= (options.deferredBatch ?? DEFERRED_BATCH))
            flushDeferred();
    };
    const tooLarge = (file, bytes, at) => {
        if (bytes <= settings.maxFileSize)
            return false;
        stats.skippedTooLarge++;
        context.diagnostic({ file, level: 'warning', code: 'skipped-too-large', message: `commit ${at.slice(0, 12)} added ${bytes} bytes, more than the limit of ${settings.maxFileSize}: not scanned` });
        return true;
    };
    /** The rules that read text, on the lines a commit added (YAML rules get no document). */
    const analyzeAdded = (file, added, seq, at, date) => {
        seenFiles.add(file);
        if (added.binary) {
            stats.skippedBinary++;
            return;
        }
        if (tooLarge(file, added.bytes, at))
            return;
        stats.filesScanned++;
        stats.bytesScanned += added.bytes;
        const parsed = (0,_core_analyze_js__WEBPACK_IMPORTED_MODULE_1__/* .makeSourceFile */ .A)({ absPath: node_path__WEBPACK_IMPORTED_MODULE_0___default().join(root, ...file.split('/')), path: file, tracked: true }, added.text(), context);
        const source = { ...parsed, yaml: () => NO_YAML };
        const result = (0,_core_analyze_js__WEBPACK_IMPORTED_MODULE_1__/* .analyzeFile */ .x)(source, context);
        stats.suppressed += result.suppressed;
        for (const raw of result.findings) {
            const line = added.mapLine(raw.line);
            const endLine = added.mapLine(raw.endLine);
            record(raw, { line, endLine }, writtenText(raw, (l) => added.lineText(l)), seq, at, date, file);
        }
    };
    /** Every rule on a YAML file's whole content at the commit; findings kept on the lines it added. */
    const analyzeWhole = (item, text, bytes) => {
        seenFiles.add(item.file);
        if (tooLarge(item.file, bytes, item.commit))
            return;
        stats.filesScanned++;
        stats.bytesScanned += item.added.bytes;
        const source = (0,_core_analyze_js__WEBPACK_IMPORTED_MODULE_1__/* .makeSourceFile */ .A)({ absPath: node_path__WEBPACK_IMPORTED_MODULE_0___default().join(root, ...item.file.split('/')), path: item.file, tracked: true }, text, context);
        const result = (0,_core_analyze_js__WEBPACK_IMPORTED_MODULE_1__/* .analyzeFile */ .x)(source, context);
        stats.suppressed += result.suppressed;
        const addedLines = new Set(item.added.realLine);
        const lines = text.split('\n');
        for (const raw of result.findings) {
            if (raw.line !== null && !touchesAdded(raw.line, raw.endLine ?? raw.line, addedLines))
                continue;
            record(raw, { line: raw.line, endLine: raw.endLine }, writtenText(raw, (l) => (lines[l - 1] ?? '').replace(/\r$/, '')), item.seq, item.commit, item.authorDate, item.file);
        }
    };
    const record = (raw, at, written, seq, sha, date, file) => {
        const finding = { ...raw, ...at, commit: sha };
        const key = [...keyPrefix, recordsInAnalysis++];
        // One finding per secret (a key copied or moved stays one key); per file for findings without one.
        const identity = `${raw.ruleId}\0${raw.secret ?? `${file}\0${raw.fingerprintSeed ?? raw.message}`}`;
        const earlier = introduced.get(identity);
        if (!earlier) {
            introduced.set(identity, { finding, seq, authorDate: date, written, firstKey: key, keptKey: key });
            return;
        }
        if (compareKeys(key, earlier.firstKey) < 0)
            earlier.firstKey = key;
        // --topo-order lists children before parents: a later commit in the log is older (within one, the first is kept).
        if (earlier.seq < seq || (earlier.seq === seq && compareKeys(key, earlier.keptKey) < 0)) {
            introduced.set(identity, { finding, seq, authorDate: date, written, firstKey: earlier.firstKey, keptKey: key });
        }
    };
    const parser = new _diff_unified_diff_js__WEBPACK_IMPORTED_MODULE_6__/* .UnifiedDiffParser */ .nt({
        file: (f) => {
            if (f.path !== null && f.newOid !== undefined)
                oids.set(f.path, f.newOid);
        },
        added: (file, line, text) => {
            if (!wanted(file))
                return;
            let added = files.get(file);
            if (!added)
                files.set(file, (added = new _commit_files_js__WEBPACK_IMPORTED_MODULE_14__/* .AddedText */ .O(settings.maxFileSize)));
            added.add(line, text);
        },
        binary: () => {
            stats.skippedBinary++;
        },
    });
    // --text: a `binary` or `-diff` attribute of the repository must not hide a text file's lines;
    // real binary files are told by their NUL bytes (AddedText.binary) and skipped as before.
    const merges = options.pullRequest === true && (await (0,_util_git_js__WEBPACK_IMPORTED_MODULE_10__/* .git */ .$Y)(root, ['log', '-1', '--diff-merges=remerge', '--format=', tip, '--'])).code === 0 ? 'remerge' : 'first-parent';
    const args = ['log', '-p', '--text', '--topo-order', '--no-color', '--no-ext-diff', '--no-textconv', '--no-show-signature', '--no-mailmap', '--no-notes', '--ignore-submodules=all', '-U0', '-M', `--diff-merges=${merges}`, '--full-index', '--relative', `--format=${COMMIT_MARK}%H %aI`, ...revisions, '--', '.'];
    await (0,_git_lines_js__WEBPACK_IMPORTED_MODULE_11__/* .streamGitLines */ .W)(root, args, (line) => {
        if (line.startsWith(COMMIT_MARK)) {
            parser.end();
            finishCommit();
            [commit = '', authorDate = ''] = line.slice(1).split(' ');
            // Counted apart from the progress call: `progress?.(…)` skips its arguments when absent.
            commits++;
            logger.progress?.(commits, Math.max(total, commits));
            return;
        }
        parser.line(line);
    }, settings.maxFileSize + 1);
    parser.end();
    finishCommit();
    flushDeferred();
    await deferredWork;
    stats.filesDiscovered = seenFiles.size;
    /** One `cat-file --batch` for a batch of deferred blobs, each analysed as it arrives (one in memory at a time). */
    async function analyzeDeferred(items) {
        const byOid = new Map();
        for (const item of items) {
            const list = byOid.get(item.oid);
            if (list)
                list.push(item);
            else
                byOid.set(item.oid, [item]);
        }
        const seen = new Set();
        await (0,_diff_git_blobs_js__WEBPACK_IMPORTED_MODULE_5__/* .readBlobs */ .b)(root, [...byOid.keys()], (oid, content, size) => {
            seen.add(oid);
            const text = content === null ? null : (0,_discover_read_text_js__WEBPACK_IMPORTED_MODULE_8__/* .decodeText */ .g7)(content);
            for (const item of byOid.get(oid) ?? []) {
                startAnalysis([1, firstSeen.get(item.oid), item.index]);
                if (text === null)
                    analyzeAdded(item.file, item.added, item.seq, item.commit, item.authorDate);
                else
                    analyzeWhole(item, text, size);
            }
        }, Math.min(WHOLE_BLOB_MAX, settings.maxFileSize));
        // A blob git could not read (a shallow or partial clone): the added lines are what there is.
        for (const [oid, list] of byOid) {
            if (seen.has(oid))
                continue;
            for (const item of list) {
                startAnalysis([2, firstSeen.get(item.oid), item.index]);
                analyzeAdded(item.file, item.added, item.seq, item.commit, item.authorDate);
            }
        }
    }
    const entries = [...introduced.values()].sort((a, b) => compareKeys(a.firstKey, b.firstKey));
    const atHead = await (0,_head_presence_js__WEBPACK_IMPORTED_MODULE_12__/* .presentAtHead */ .D)(root, entries.map((e) => e.written), tip);
    const onLine = await (0,_tip_lines_js__WEBPACK_IMPORTED_MODULE_13__/* .heldAtTip */ .S)(root, tip, entries.map((e) => ({ file: e.finding.file, line: e.finding.line, written: e.written })));
    const raw = entries.map(({ finding, authorDate: date, written }, i) => {
        const present = atHead.has(written);
        return { ...(0,_messages_js__WEBPACK_IMPORTED_MODULE_15__/* .describeHistoryFinding */ .Z)(finding, date, present, options.pullRequest === true), authorDate: date, presentAtHead: present, lineAtTip: onLine[i] };
    });
    return (0,_core_scan_js__WEBPACK_IMPORTED_MODULE_3__/* .buildReport */ .FK)(raw, settings, stats, [...diagnostics.values()], started, logger);
}
function isYamlPath(file) {
    const lower = file.toLowerCase();
    return (lower.endsWith('.yml') || lower.endsWith('.yaml')) && (0,_discover_classify_js__WEBPACK_IMPORTED_MODULE_7__/* .classify */ .L8)(file) !== 'env';
}
function touchesAdded(line, endLine, added) {
    for (let l = line; l <= endLine; l++)
        if (added.has(l))
            return true;
    return false;
}
/**
 * The text a commit wrote for a finding (the key, or its encoded form), looked for at HEAD: the
 * span on its line; for a key split over lines, its first part.
 */
function writtenText(raw, lineText) {
    if (raw.line !== null && raw.line === raw.endLine)
        return spanText(lineText(raw.line), raw.column, raw.endColumn);
    return raw.secretParts?.[0] ?? raw.secret ?? '';
}
/** The characters between two 1-based columns (counted in code points, as findings are). */
function spanText(line, column, endColumn) {
    if (column === null || endColumn === null)
        return '';
    return Array.from(line).slice(column - 1, endColumn - 1).join('');
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 3467:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ heldAtTip)
/* harmony export */ });
/* harmony import */ var _diff_git_blobs_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8442);
/* harmony import */ var _util_git_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8525);


/**
 * For each question: does `file` at `tip` still hold `written` on that very line? Only then may a
 * history finding be annotated on the line (an annotation shows the tip's file). One `ls-tree`
 * (paths below `root`, as the history scan names them) and one `cat-file --batch` for all.
 */
async function heldAtTip(root, tip, questions) {
    const asked = questions.filter((q) => q.line !== null && q.written !== '');
    if (asked.length === 0)
        return questions.map(() => false);
    const listed = await (0,_util_git_js__WEBPACK_IMPORTED_MODULE_1__/* .git */ .$Y)(root, ['ls-tree', '-r', '-z', tip]);
    if (listed.code !== 0)
        return questions.map(() => false);
    const wanted = new Set(asked.map((q) => q.file));
    const oidOf = new Map();
    for (const record of listed.stdout.toString('utf8').split('\0')) {
        const match = /^\d+ blob ([0-9a-f]+)\t([^]*)$/.exec(record);
        if (match && wanted.has(match[2]))
            oidOf.set(match[2], match[1]);
    }
    const lines = new Map();
    await (0,_diff_git_blobs_js__WEBPACK_IMPORTED_MODULE_0__/* .readBlobs */ .b)(root, [...new Set(oidOf.values())], (oid, content) => {
        if (content)
            lines.set(oid, content.toString('utf8').split('\n'));
    }, 64 * 1024 * 1024);
    return questions.map((q) => {
        const oid = q.line === null || q.written === '' ? undefined : oidOf.get(q.file);
        const text = oid === undefined ? undefined : lines.get(oid)?.[q.line - 1];
        return text !== undefined && text.includes(q.written);
    });
}


/***/ }),

/***/ 6667:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   w$: () => (/* binding */ runOrg)
/* harmony export */ });
/* unused harmony exports ORG_USAGE, outputLines */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _config_apply_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1110);
/* harmony import */ var _config_load_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5674);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_15__ = __webpack_require__(4296);
/* harmony import */ var _core_finding_js__WEBPACK_IMPORTED_MODULE_18__ = __webpack_require__(5278);
/* harmony import */ var _core_settings_js__WEBPACK_IMPORTED_MODULE_17__ = __webpack_require__(1922);
/* harmony import */ var _output_escape_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8078);
/* harmony import */ var _util_safe_write_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(5497);
/* harmony import */ var _verify_base_url_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(2767);
/* harmony import */ var _github_api_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(4694);
/* harmony import */ var _names_js__WEBPACK_IMPORTED_MODULE_16__ = __webpack_require__(54);
/* harmony import */ var _plan_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(8523);
/* harmony import */ var _render_html_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(8316);
/* harmony import */ var _render_markdown_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(9656);
/* harmony import */ var _report_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(850);
/* harmony import */ var _scan_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(2617);
/* harmony import */ var _state_js__WEBPACK_IMPORTED_MODULE_14__ = __webpack_require__(1807);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_scan_js__WEBPACK_IMPORTED_MODULE_13__]);
_scan_js__WEBPACK_IMPORTED_MODULE_13__ = (__webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__)[0];
/**
 * `openai-secret-lint org plan|scan|report`: the organisation audit behind org-audit.yml. Its own
 * argument parsing (the scan options live in src/cli/args.ts) and its own exit codes:
 * 0 done, 1 findings at or above --fail-on (report), 2 usage, 3 internal error.
 */



















const ORG_USAGE = `Usage: openai-secret-lint org plan --org NAME [options]
       openai-secret-lint org scan --shard FILE [options]
       openai-secret-lint org report DIR [options]

Audits every repository of a GitHub organisation (see "Auditing an organisation" in the README).
The API is GITHUB_API_URL (default https://api.github.com; GitHub Enterprise: https://HOST/api/v3),
the token GITHUB_TOKEN or GH_TOKEN (read access to the organisation's repositories).

org plan: lists the repositories and prints the matrix {"include":[shard…]} on standard output
  --org NAME              the organisation (required)
  --topic TOPIC           only repositories with this topic
  --include-archived      archived repositories too
  --max-jobs N            at most N shards (1-${_plan_js__WEBPACK_IMPORTED_MODULE_9__/* .MAX_JOBS */ .Eu}, default ${_plan_js__WEBPACK_IMPORTED_MODULE_9__/* .MAX_JOBS */ .Eu}), balanced by repository size
  --changed-since STATE   skip repositories not pushed since their last audit in STATE
  --output FILE           also write the whole plan (shards, repositories left out) to FILE
  When GITHUB_OUTPUT is set: matrix, shards and repositories are written there.

org scan: clones and scans each repository of a shard, one JSON report per repository
  --shard FILE            a matrix entry {"shard":…, "repositories":[…]} (required)
  --out DIR               where the reports go (default: org-reports)
  --history               clone whole histories and audit every commit (default: the tip only)
  --verify                ask each key's provider whether it is still active
  --concurrency N         repositories at once (default 4)
  --config FILE           one configuration for every repository (their own files are not read)

org report DIR: adds up the reports in DIR
  --previous DIR          the previous audit's reports: new, fixed and still open findings
  --plan FILE             the plan: repositories it left unchanged are carried over from --previous
  --state FILE            read, then rewrite, the audit state (for --changed-since and the chart over time)
  --format markdown|json|html   (default markdown)
  --output FILE           write there instead of standard output
  --json FILE, --html FILE, --markdown FILE   write each of these formats (nothing on standard output)
  --critical-only         Markdown: only repositories with critical findings (for an issue)
  --org NAME              the organisation, for the title
  --fail-on SEVERITY      exit 1 when a finding is at or above it (default: never)
`;
const EXIT = { ok: 0, findings: 1, usage: 2, internal: 3 };
async function runOrg(argv, io) {
    const [sub, ...rest] = argv;
    if (sub === undefined || sub === '--help' || sub === '-h' || rest.includes('--help') || rest.includes('-h')) {
        io.stdout.write(ORG_USAGE);
        return sub === undefined ? EXIT.usage : EXIT.ok;
    }
    switch (sub) {
        case 'plan':
            return runPlan(rest, io);
        case 'scan':
            return runScan(rest, io);
        case 'report':
            return runReport(rest, io);
        default:
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_15__/* .ConfigurationError */ .j1(`unknown org command "${sub}": plan, scan or report (see org --help)`);
    }
}
function parse(argv, options) {
    try {
        return (0,node_util__WEBPACK_IMPORTED_MODULE_2__.parseArgs)({ args: argv, options, allowPositionals: true, strict: true });
    }
    catch (error) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_15__/* .ConfigurationError */ .j1(error.message.split('\n')[0] ?? 'invalid arguments');
    }
}
function stderrLogger(io) {
    return {
        debug: () => { },
        info: (m) => io.stderr.write(`${(0,_output_escape_js__WEBPACK_IMPORTED_MODULE_5__/* .logSafe */ .sN)(m)}\n`),
        warning: (m) => io.stderr.write(`warning: ${(0,_output_escape_js__WEBPACK_IMPORTED_MODULE_5__/* .logSafe */ .sN)(m)}\n`),
    };
}
function positiveInt(value, flag, fallback, max = Number.MAX_SAFE_INTEGER) {
    if (value === undefined)
        return fallback;
    if (!/^\d+$/.test(value) || Number(value) < 1 || Number(value) > max)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_15__/* .ConfigurationError */ .j1(`${flag} must be a whole number from 1 to ${max}, not "${value}"`);
    return Number(value);
}
async function runPlan(argv, io) {
    const { values, positionals } = parse(argv, {
        org: { type: 'string' },
        topic: { type: 'string' },
        'include-archived': { type: 'boolean' },
        'max-jobs': { type: 'string' },
        'changed-since': { type: 'string' },
        output: { type: 'string' },
        'api-url': { type: 'string' },
    });
    if (positionals.length > 0)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_15__/* .ConfigurationError */ .j1(`org plan takes no positional argument ("${positionals[0]}")`);
    const organization = values.org?.trim() ?? '';
    if (!(0,_names_js__WEBPACK_IMPORTED_MODULE_16__/* .isValidOrganization */ .Eo)(organization))
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_15__/* .ConfigurationError */ .j1('--org needs an organisation name (letters, digits and -)');
    const topic = values.topic?.trim() || null;
    if (topic !== null && !/^[a-z0-9][a-z0-9-]{0,49}$/.test(topic))
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_15__/* .ConfigurationError */ .j1('--topic must be a GitHub topic (lower-case letters, digits and -)');
    const maxJobs = positiveInt(values['max-jobs'], '--max-jobs', _plan_js__WEBPACK_IMPORTED_MODULE_9__/* .MAX_JOBS */ .Eu, _plan_js__WEBPACK_IMPORTED_MODULE_9__/* .MAX_JOBS */ .Eu);
    const state = values['changed-since'] ? await (0,_state_js__WEBPACK_IMPORTED_MODULE_14__/* .readState */ .u)(node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(io.cwd, values['changed-since'])) : null;
    const logger = stderrLogger(io);
    const client = (0,_github_api_js__WEBPACK_IMPORTED_MODULE_8__/* .createApiClient */ .yS)({
        apiUrl: (0,_github_api_js__WEBPACK_IMPORTED_MODULE_8__/* .apiUrlFromEnv */ .R7)(io.env, values['api-url']),
        token: (0,_github_api_js__WEBPACK_IMPORTED_MODULE_8__/* .tokenFromEnv */ .B)(io.env),
        onWait: (ms, why) => logger.warning(`GitHub API ${why}: waiting ${Math.ceil(ms / 1000)} s`),
    });
    const listed = await (0,_plan_js__WEBPACK_IMPORTED_MODULE_9__/* .listRepositories */ .xW)(client, organization, io.env);
    const plan = (0,_plan_js__WEBPACK_IMPORTED_MODULE_9__/* .planAudit */ .Fu)(listed, { organization, topic, includeArchived: Boolean(values['include-archived']), maxJobs, state });
    const count = plan.shards.reduce((n, s) => n + s.repositories.length, 0);
    const s = plan.skipped;
    logger.info(`${organization}: ${count} repositor${count === 1 ? 'y' : 'ies'} in ${plan.shards.length} shard${plan.shards.length === 1 ? '' : 's'}; left out: ${s.archived.length} archived, ${s.topic.length} without the topic, ${s.unchanged.length} unchanged since the last audit` +
        (s.invalid > 0 ? `, ${s.invalid} with a name or clone URL GitHub would not give` : ''));
    const matrix = JSON.stringify((0,_plan_js__WEBPACK_IMPORTED_MODULE_9__/* .matrixOf */ .lQ)(plan));
    if (values.output)
        await (0,_util_safe_write_js__WEBPACK_IMPORTED_MODULE_6__/* .writeFileNoFollow */ .q)(node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(io.cwd, values.output), JSON.stringify(plan, null, 2) + '\n', { within: io.cwd });
    const outputFile = io.env.GITHUB_OUTPUT;
    if (outputFile && Buffer.byteLength(matrix) > _plan_js__WEBPACK_IMPORTED_MODULE_9__/* .MATRIX_OUTPUT_LIMIT */ .EH) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_15__/* .ConfigurationError */ .j1(`the matrix of ${count} repositories is ${Buffer.byteLength(matrix)} bytes, more than a job output holds (1 MB): split the audit with --topic`);
    }
    if (outputFile)
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.appendFile)(outputFile, outputLines({ matrix, shards: String(plan.shards.length), repositories: String(count) }), 'utf8');
    io.stdout.write((0,_output_escape_js__WEBPACK_IMPORTED_MODULE_5__/* .logSafeJson */ .C5)(matrix) + '\n');
    return EXIT.ok;
}
/**
 * `name=value` lines for GITHUB_OUTPUT. A value holding a line break could add another output
 * line (or the heredoc delimiter): refused. Names are checked against GitHub's characters and
 * the matrix is single-line JSON, so this never fires; it is the last guard.
 */
function outputLines(values) {
    return Object.entries(values)
        .map(([key, value]) => {
        if (!/^[A-Za-z_][A-Za-z0-9_-]*$/.test(key) || /[\r\n\u2028\u2029\u0085]/.test(value))
            throw new Error(`refusing to write the output ${key}: it holds a line break`);
        return `${key}=${value}\n`;
    })
        .join('');
}
async function runScan(argv, io) {
    const { values, positionals } = parse(argv, {
        shard: { type: 'string' },
        out: { type: 'string' },
        history: { type: 'boolean' },
        verify: { type: 'boolean' },
        concurrency: { type: 'string' },
        config: { type: 'string' },
        'api-url': { type: 'string' },
    });
    if (positionals.length > 0)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_15__/* .ConfigurationError */ .j1(`org scan takes no positional argument ("${positionals[0]}")`);
    if (!values.shard)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_15__/* .ConfigurationError */ .j1('org scan needs --shard FILE');
    const repositories = await (0,_scan_js__WEBPACK_IMPORTED_MODULE_13__/* .readShard */ .Xy)(node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(io.cwd, values.shard), io.env);
    const concurrency = positiveInt(values.concurrency, '--concurrency', 4, 64);
    let config = {};
    if (values.config)
        config = (await (0,_config_load_js__WEBPACK_IMPORTED_MODULE_4__/* .loadConfig */ .Z9)(io.cwd, values.config, io.cwd)).config;
    if (values.verify)
        (0,_verify_base_url_js__WEBPACK_IMPORTED_MODULE_7__/* .resolveBaseUrls */ .yg)(io.env);
    const apiUrl = (0,_github_api_js__WEBPACK_IMPORTED_MODULE_8__/* .apiUrlFromEnv */ .R7)(io.env, values['api-url']);
    const outDir = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(io.cwd, values.out ?? 'org-reports');
    const logger = stderrLogger(io);
    const result = await (0,_scan_js__WEBPACK_IMPORTED_MODULE_13__/* .scanShard */ .GO)(repositories, {
        outDir,
        history: Boolean(values.history),
        concurrency,
        token: (0,_github_api_js__WEBPACK_IMPORTED_MODULE_8__/* .tokenFromEnv */ .B)(io.env),
        tokenHosts: (0,_scan_js__WEBPACK_IMPORTED_MODULE_13__/* .tokenHostsFor */ .MJ)(apiUrl, io.env.GITHUB_SERVER_URL),
        env: io.env,
        logger,
        settingsFor: (root) => {
            const settings = (0,_config_apply_js__WEBPACK_IMPORTED_MODULE_3__/* .applyConfig */ .x)((0,_core_settings_js__WEBPACK_IMPORTED_MODULE_17__/* .defaultSettings */ .L6)(root), config);
            if (values.verify)
                settings.verify = { enabled: true, env: io.env };
            return settings;
        },
    });
    const findings = result.reports.reduce((n, r) => n + (r.report?.findings.length ?? 0), 0);
    logger.info(`scanned ${repositories.length - result.failed} of ${repositories.length} repositories (${result.failed} failed): ${findings} finding${findings === 1 ? '' : 's'}; reports in ${outDir}`);
    return EXIT.ok;
}
async function runReport(argv, io) {
    const { values, positionals } = parse(argv, {
        previous: { type: 'string' },
        plan: { type: 'string' },
        state: { type: 'string' },
        format: { type: 'string' },
        output: { type: 'string' },
        'critical-only': { type: 'boolean' },
        org: { type: 'string' },
        'fail-on': { type: 'string' },
        json: { type: 'string' },
        html: { type: 'string' },
        markdown: { type: 'string' },
    });
    if (positionals.length !== 1)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_15__/* .ConfigurationError */ .j1('org report needs one directory of reports');
    const format = values.format ?? 'markdown';
    if (!['markdown', 'json', 'html'].includes(format))
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_15__/* .ConfigurationError */ .j1(`--format must be markdown, json or html, not "${format}"`);
    const failOn = values['fail-on'] ?? null;
    if (failOn !== null && !(0,_core_finding_js__WEBPACK_IMPORTED_MODULE_18__/* .isSeverity */ ._Z)(failOn))
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_15__/* .ConfigurationError */ .j1(`--fail-on must be critical, high, medium or low, not "${failOn}"`);
    if (values.plan && !values.previous)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_15__/* .ConfigurationError */ .j1('--plan carries reports over from --previous: give both');
    const organization = values.org?.trim() || null;
    if (organization !== null && !(0,_names_js__WEBPACK_IMPORTED_MODULE_16__/* .isValidOrganization */ .Eo)(organization))
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_15__/* .ConfigurationError */ .j1('--org must be an organisation name (letters, digits and -)');
    const logger = stderrLogger(io);
    const dir = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(io.cwd, positionals[0]);
    const current = await loadOrFail(dir);
    for (const name of current.ignored)
        logger.warning(`${name}: not a repository report, skipped`);
    const reports = [...current.reports];
    const previous = values.previous ? (await loadOrFail(node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(io.cwd, values.previous))).reports : null;
    if (values.plan && previous) {
        // Repositories the plan left out as unchanged keep their previous report, copied into DIR so
        // that it stays one complete audit (the next run's --previous).
        const unchanged = await readPlanUnchanged(node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(io.cwd, values.plan));
        const have = new Set(reports.map((r) => r.repository.name));
        const earlier = new Map(previous.map((r) => [r.repository.name, r]));
        for (const name of unchanged) {
            const old = earlier.get(name);
            if (have.has(name) || !old)
                continue;
            const carried = { ...old, carried: true };
            reports.push(carried);
            await (0,_util_safe_write_js__WEBPACK_IMPORTED_MODULE_6__/* .writeFileNoFollow */ .q)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, (0,_names_js__WEBPACK_IMPORTED_MODULE_16__/* .reportFileName */ .cq)(name)), JSON.stringify(carried, null, 2) + '\n', { within: dir });
        }
        reports.sort((a, b) => (a.repository.name < b.repository.name ? -1 : a.repository.name > b.repository.name ? 1 : 0));
    }
    const stateFile = values.state ? node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(io.cwd, values.state) : null;
    const state = stateFile ? await (0,_state_js__WEBPACK_IMPORTED_MODULE_14__/* .readState */ .u)(stateFile) : null;
    const report = (0,_report_js__WEBPACK_IMPORTED_MODULE_12__/* .aggregate */ .QD)(reports, { previous, state, organization });
    if (stateFile)
        await (0,_util_safe_write_js__WEBPACK_IMPORTED_MODULE_6__/* .writeFileNoFollow */ .q)(stateFile, JSON.stringify((0,_report_js__WEBPACK_IMPORTED_MODULE_12__/* .nextState */ .VK)(report, reports, state), null, 2) + '\n', { within: io.cwd });
    const render = (kind) => kind === 'json' ? (0,_output_escape_js__WEBPACK_IMPORTED_MODULE_5__/* .logSafeJson */ .C5)(JSON.stringify(report, null, 2)) + '\n' : kind === 'html' ? (0,_render_html_js__WEBPACK_IMPORTED_MODULE_10__/* .renderOrgHtml */ .k)(report) : (0,_render_markdown_js__WEBPACK_IMPORTED_MODULE_11__/* .renderOrgMarkdown */ .S)(report, { criticalOnly: Boolean(values['critical-only']) });
    // One aggregation (and one state update) can be written in every format at once.
    const files = [['json', values.json], ['html', values.html], ['markdown', values.markdown]];
    for (const [kind, file] of files)
        if (file)
            await (0,_util_safe_write_js__WEBPACK_IMPORTED_MODULE_6__/* .writeFileNoFollow */ .q)(node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(io.cwd, file), render(kind), { within: io.cwd });
    if (values.output)
        await (0,_util_safe_write_js__WEBPACK_IMPORTED_MODULE_6__/* .writeFileNoFollow */ .q)(node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(io.cwd, values.output), render(format), { within: io.cwd });
    else if (!files.some(([, file]) => file))
        io.stdout.write(render(format));
    const threshold = failOn;
    return threshold !== null && report.findings.some((f) => (0,_core_finding_js__WEBPACK_IMPORTED_MODULE_18__/* .atLeast */ .jZ)(f.severity, threshold)) ? EXIT.findings : EXIT.ok;
}
async function loadOrFail(dir) {
    try {
        return await (0,_report_js__WEBPACK_IMPORTED_MODULE_12__/* .loadReports */ .yc)(dir);
    }
    catch (error) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_15__/* .ConfigurationError */ .j1(error.message);
    }
}
async function readPlanUnchanged(file) {
    let plan;
    try {
        plan = JSON.parse(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(file, 'utf8'));
    }
    catch (error) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_15__/* .ConfigurationError */ .j1(`cannot read the plan ${file}: ${error.code ?? 'not JSON'}`);
    }
    if (plan.schema !== 'openai-secret-lint/org-plan@1')
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_15__/* .ConfigurationError */ .j1(`${file} is not a plan written by org plan --output`);
    return (plan.skipped?.unchanged ?? []).filter((n) => (0,_names_js__WEBPACK_IMPORTED_MODULE_16__/* .validFullName */ .xx)(n) !== null);
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 4694:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ tokenFromEnv),
/* harmony export */   R7: () => (/* binding */ apiUrlFromEnv),
/* harmony export */   yS: () => (/* binding */ createApiClient)
/* harmony export */ });
/* unused harmony exports DEFAULT_API_URL, GitHubApiError, rateLimitWait, nextLink */
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/**
 * The few GitHub REST calls an organisation audit makes, over plain fetch: the base URL comes from
 * GITHUB_API_URL (GitHub Enterprise Server: `https://HOST/api/v3`), the token from GITHUB_TOKEN or
 * GH_TOKEN. Pages are followed through the `Link` header, only on the API's own origin (the token
 * is never sent elsewhere). A rate-limited answer (403 or 429 with `retry-after`, or with
 * `x-ratelimit-remaining: 0` and `x-ratelimit-reset`) is waited out and retried, a bounded number
 * of times and for a bounded wait; server errors are retried a few times with backoff.
 */

const DEFAULT_API_URL = 'https://api.github.com';
class GitHubApiError extends Error {
    status;
    name = 'GitHubApiError';
    constructor(message, status) {
        super(message);
        this.status = status;
    }
}
const defaultSleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
function apiUrlFromEnv(env, given) {
    const raw = (given ?? env.GITHUB_API_URL ?? '').trim() || DEFAULT_API_URL;
    let url;
    try {
        url = new URL(raw);
    }
    catch {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`the GitHub API URL "${raw}" is not a URL`);
    }
    const local = url.hostname === '127.0.0.1' || url.hostname === 'localhost' || url.hostname === '[::1]';
    if (url.protocol !== 'https:' && !(url.protocol === 'http:' && local))
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`the GitHub API URL must be https (http only on localhost), not "${raw}"`);
    if (url.username || url.password)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1('the GitHub API URL must not hold credentials');
    return url.href.replace(/\/+$/, '');
}
function tokenFromEnv(env) {
    const token = (env.GITHUB_TOKEN ?? '').trim() || (env.GH_TOKEN ?? '').trim();
    return token === '' ? null : token;
}
function createApiClient(options) {
    const doFetch = options.fetch ?? fetch;
    const sleep = options.sleep ?? defaultSleep;
    const maxRetries = options.maxRetries ?? 6;
    const maxWaitMs = options.maxWaitMs ?? 15 * 60_000;
    const now = options.now ?? Date.now;
    const base = new URL(options.apiUrl + '/');
    const headers = {
        accept: 'application/vnd.github+json',
        'x-github-api-version': '2022-11-28',
        'user-agent': 'openai-secret-lint-org-audit',
    };
    if (options.token)
        headers.authorization = `Bearer ${options.token}`;
    async function get(url) {
        let serverErrors = 0;
        for (let attempt = 0;; attempt++) {
            let response;
            try {
                response = await doFetch(url, { headers, redirect: 'error' });
            }
            catch (error) {
                if (attempt >= maxRetries || serverErrors >= 3)
                    throw new GitHubApiError(`GET ${shown(url)} failed: ${error.message}`, null);
                serverErrors++;
                await sleep(1000 * 2 ** (serverErrors - 1));
                continue;
            }
            if (response.ok) {
                const data = await response.json();
                return { data, next: nextLink(response.headers.get('link'), base) };
            }
            const wait = rateLimitWait(response, now());
            await response.body?.cancel().catch(() => { });
            if (wait !== null && attempt < maxRetries) {
                if (wait > maxWaitMs)
                    throw new GitHubApiError(`GET ${shown(url)}: rate limited for ${Math.ceil(wait / 1000)} s, longer than the ${Math.round(maxWaitMs / 1000)} s this audit waits`, response.status);
                options.onWait?.(wait, `rate limited (${response.status})`);
                await sleep(wait);
                continue;
            }
            if (response.status >= 500 && attempt < maxRetries && serverErrors < 3) {
                serverErrors++;
                const backoff = 1000 * 2 ** (serverErrors - 1);
                options.onWait?.(backoff, `server error ${response.status}`);
                await sleep(backoff);
                continue;
            }
            throw new GitHubApiError(`GET ${shown(url)} answered ${response.status}${hint(response.status)}`, response.status);
        }
    }
    return {
        async paginate(path) {
            const items = [];
            let url = new URL(path.replace(/^\/+/, ''), base);
            for (let pages = 0; url !== null; pages++) {
                if (pages >= 10_000)
                    throw new GitHubApiError('more than 10,000 pages: stopped', null);
                const { data, next } = await get(url);
                if (!Array.isArray(data))
                    throw new GitHubApiError(`GET ${shown(url)} did not answer a list`, null);
                for (const item of data)
                    items.push(item);
                url = next;
            }
            return items;
        },
    };
}
/** The milliseconds to wait before retrying, or null when the answer is not a rate limit. */
function rateLimitWait(response, nowMs) {
    if (response.status !== 403 && response.status !== 429)
        return null;
    const retryAfter = response.headers.get('retry-after');
    if (retryAfter !== null && /^\d+$/.test(retryAfter.trim()))
        return Number(retryAfter.trim()) * 1000;
    const remaining = response.headers.get('x-ratelimit-remaining');
    const reset = response.headers.get('x-ratelimit-reset');
    if (remaining === '0' && reset !== null && /^\d+$/.test(reset.trim()))
        return Math.max(0, Number(reset.trim()) * 1000 - nowMs) + 1000;
    // A secondary rate limit without either header: GitHub asks for at least a minute.
    if (response.status === 429)
        return 60_000;
    return null;
}
/** The `rel="next"` target of a Link header, only on the API's own origin. */
function nextLink(link, base) {
    if (!link)
        return null;
    for (const part of link.split(',')) {
        const match = /^\s*<([^>]*)>\s*;(.*)$/.exec(part);
        if (!match || !/\brel="?next"?/.test(match[2]))
            continue;
        const url = new URL(match[1], base);
        if (url.origin !== base.origin)
            throw new GitHubApiError(`the next page is on another server (${url.origin}): not followed`, null);
        return url;
    }
    return null;
}
function shown(url) {
    return `${url.pathname}${url.search}`;
}
function hint(status) {
    if (status === 401)
        return ': the token is missing or invalid (GITHUB_TOKEN / GH_TOKEN)';
    if (status === 403)
        return ': the token lacks access (it needs to read the organisation and its repositories)';
    if (status === 404)
        return ': no such organisation, or the token cannot see it';
    return '';
}


/***/ }),

/***/ 54:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Eo: () => (/* binding */ isValidOrganization),
/* harmony export */   cq: () => (/* binding */ reportFileName),
/* harmony export */   lx: () => (/* binding */ validCloneUrl),
/* harmony export */   xx: () => (/* binding */ validFullName),
/* harmony export */   zs: () => (/* binding */ ALLOW_FILE_CLONE_ENV)
/* harmony export */ });
/* unused harmony exports OWNER_PATTERN, REPOSITORY_PATTERN */
/**
 * Names and URLs that come from the GitHub API, checked before they go anywhere: a matrix, a
 * workflow output, a file name, a git command. GitHub allows letters, digits and `-` in an owner
 * (at most 39 characters) and letters, digits, `.`, `_` and `-` in a repository name (at most 100,
 * never `.` or `..`): anything else is not a real repository and is left out, so no name can
 * carry a line break, a `::` workflow command, markup or a path.
 */
const OWNER_PATTERN = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/;
const REPOSITORY_PATTERN = /^[A-Za-z0-9._-]{1,100}$/;
/** `owner/name` as GitHub allows it, or null. */
function validFullName(value) {
    if (typeof value !== 'string')
        return null;
    const slash = value.indexOf('/');
    if (slash < 0)
        return null;
    const owner = value.slice(0, slash);
    const name = value.slice(slash + 1);
    if (!OWNER_PATTERN.test(owner) || !REPOSITORY_PATTERN.test(name) || name === '.' || name === '..')
        return null;
    return value;
}
function isValidOrganization(value) {
    return OWNER_PATTERN.test(value);
}
/** File name of a repository's report: the owner holds no `_`, so `owner__name` is unambiguous. */
function reportFileName(fullName) {
    return `${fullName.replace('/', '__')}.json`;
}
/**
 * Tests (and only tests) clone local repositories through `file://`: this environment variable
 * must be `1` for that. Everything else must be `https://` with a host and no credentials.
 */
const ALLOW_FILE_CLONE_ENV = 'OPENAI_SECRET_LINT_ALLOW_FILE_CLONE';
function validCloneUrl(value, env) {
    if (typeof value !== 'string' || value.length > 2048 || /[\u0000-\u0020\u007f-\u009f"'<>\\`]/.test(value))
        return null;
    let url;
    try {
        url = new URL(value);
    }
    catch {
        return null;
    }
    if (url.username !== '' || url.password !== '')
        return null;
    if (url.protocol === 'https:' && url.hostname !== '')
        return value;
    if (url.protocol === 'file:' && env[ALLOW_FILE_CLONE_ENV] === '1')
        return value;
    return null;
}


/***/ }),

/***/ 8523:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EH: () => (/* binding */ MATRIX_OUTPUT_LIMIT),
/* harmony export */   Eu: () => (/* binding */ MAX_JOBS),
/* harmony export */   Fu: () => (/* binding */ planAudit),
/* harmony export */   lQ: () => (/* binding */ matrixOf),
/* harmony export */   xW: () => (/* binding */ listRepositories)
/* harmony export */ });
/* unused harmony exports REPOSITORY_COST_KB, weightOf, shardRepositories */
/* harmony import */ var _names_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(54);
/* harmony import */ var _state_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1807);


/** GitHub's matrix limit. */
const MAX_JOBS = 256;
/**
 * What a repository costs beyond its size, in the API's kilobytes: a clone and a scan take about
 * half a second even when empty, about what 2 MB of files take. Without it a shard of a thousand
 * empty repositories would look as light as one of a few kilobytes.
 */
const REPOSITORY_COST_KB = 2048;
async function listRepositories(client, organization, env) {
    const items = await client.paginate(`orgs/${encodeURIComponent(organization)}/repos?per_page=100&type=all&sort=full_name`);
    const repositories = [];
    const seen = new Set();
    let invalid = 0;
    for (const item of items) {
        const repo = toRepository(item, env);
        if (repo === null || seen.has(repo.name.toLowerCase())) {
            invalid++;
            continue;
        }
        seen.add(repo.name.toLowerCase());
        repositories.push(repo);
    }
    return { repositories, invalid };
}
function toRepository(item, env) {
    if (typeof item !== 'object' || item === null)
        return null;
    const raw = item;
    const name = (0,_names_js__WEBPACK_IMPORTED_MODULE_1__/* .validFullName */ .xx)(raw.full_name);
    const cloneUrl = (0,_names_js__WEBPACK_IMPORTED_MODULE_1__/* .validCloneUrl */ .lx)(raw.clone_url, env);
    if (name === null || cloneUrl === null)
        return null;
    const size = typeof raw.size === 'number' && Number.isFinite(raw.size) && raw.size >= 0 ? Math.floor(raw.size) : 0;
    const pushedAt = typeof raw.pushed_at === 'string' && Number.isFinite(Date.parse(raw.pushed_at)) ? new Date(raw.pushed_at).toISOString() : null;
    const topics = Array.isArray(raw.topics) ? raw.topics.filter((t) => typeof t === 'string' && /^[a-z0-9][a-z0-9-]{0,49}$/.test(t)) : [];
    return { name, cloneUrl, size, pushedAt, archived: raw.archived === true || raw.disabled === true, topics };
}
function planAudit(listed, options) {
    const skipped = { archived: [], topic: [], unchanged: [], invalid: listed.invalid };
    const wanted = [];
    for (const repo of listed.repositories) {
        if (repo.archived && !options.includeArchived)
            skipped.archived.push(repo.name);
        else if (options.topic !== null && !(repo.topics ?? []).includes(options.topic))
            skipped.topic.push(repo.name);
        else if (options.state !== null && (0,_state_js__WEBPACK_IMPORTED_MODULE_0__/* .unchangedSince */ .s)(options.state, repo.name, repo.pushedAt))
            skipped.unchanged.push(repo.name);
        else
            wanted.push(repo);
    }
    return {
        schema: 'openai-secret-lint/org-plan@1',
        organization: options.organization,
        createdAt: (options.now ?? new Date()).toISOString(),
        shards: shardRepositories(wanted, options.maxJobs),
        skipped,
    };
}
function weightOf(repo) {
    return repo.size + REPOSITORY_COST_KB;
}
/**
 * Greedy largest-first (LPT): repositories by weight, heaviest first, each to the lightest shard
 * so far. No shard ends heavier than the lightest by more than one repository's weight, and the
 * heaviest is within 4/3 of the best possible split.
 */
function shardRepositories(repositories, maxJobs) {
    const count = Math.min(Math.max(1, Math.floor(maxJobs)), repositories.length);
    if (count === 0)
        return [];
    const sorted = [...repositories].sort((a, b) => weightOf(b) - weightOf(a) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    const shards = Array.from({ length: count }, (_, i) => ({ shard: i + 1, weight: 0, repositories: [] }));
    // A binary heap of shard indexes by (weight, index): O(n log k).
    const heap = shards.map((_, i) => i);
    const less = (a, b) => shards[a].weight < shards[b].weight || (shards[a].weight === shards[b].weight && a < b);
    for (const repo of sorted) {
        const top = heap[0];
        shards[top].repositories.push(repo);
        shards[top].weight += weightOf(repo);
        // sift down
        let i = 0;
        for (;;) {
            const l = 2 * i + 1;
            const r = l + 1;
            let smallest = i;
            if (l < heap.length && less(heap[l], heap[smallest]))
                smallest = l;
            if (r < heap.length && less(heap[r], heap[smallest]))
                smallest = r;
            if (smallest === i)
                break;
            [heap[i], heap[smallest]] = [heap[smallest], heap[i]];
            i = smallest;
        }
    }
    return shards;
}
/**
 * The value of `strategy.matrix`: one job per shard, each repository with what `org scan` needs
 * (a job output holds at most 1 MB: about 7,000 repositories).
 */
function matrixOf(plan) {
    return {
        include: plan.shards.map((s) => ({ ...s, repositories: s.repositories.map(({ name, cloneUrl, size, pushedAt }) => ({ name, cloneUrl, size, pushedAt })) })),
    };
}
/** GitHub keeps at most 1 MB of a job's outputs. */
const MATRIX_OUTPUT_LIMIT = 1024 * 1024 - 4096;


/***/ }),

/***/ 8316:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   k: () => (/* binding */ renderOrgHtml)
/* harmony export */ });
/* unused harmony export escapeHtml */
/* harmony import */ var _core_finding_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5278);
/**
 * The organisation report as one HTML page that stands alone: no script, no external style,
 * font or image, a Content-Security-Policy that forbids loading anything, and inline SVG charts
 * (findings per repository, findings over time). Every string from a repository (names, paths,
 * messages, errors) goes through escapeHtml: it is attacker-controlled.
 */

const COLORS = { critical: '#b00020', high: '#e65100', medium: '#f9a825', low: '#607d8b' };
const MAX_FINDING_ROWS = 2000;
/** Text and attribute values: `& < > " '` as entities, control characters dropped. */
function escapeHtml(value) {
    return String(value)
        .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, '\ufffd')
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/"/g, '&quot;')
        .replace(/'/g, '&#39;');
}
function renderOrgHtml(report) {
    const t = report.totals;
    const title = `Secret audit${report.organization !== null ? ` of ${report.organization}` : ''}`;
    const parts = [];
    parts.push(`<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:2rem auto;max-width:1100px;padding:0 1rem;color:#1b1b1b;line-height:1.45}
h1{font-size:1.6rem}h2{font-size:1.2rem;margin-top:2rem;border-bottom:1px solid #ddd;padding-bottom:.3rem}
.cards{display:flex;flex-wrap:wrap;gap:.8rem}.card{border:1px solid #ddd;border-radius:8px;padding:.7rem 1rem;min-width:8rem}
.card b{display:block;font-size:1.5rem}.card.alarm{border-color:${COLORS.critical};color:${COLORS.critical}}
table{border-collapse:collapse;width:100%;font-size:.9rem}th,td{border-bottom:1px solid #eee;padding:.3rem .5rem;text-align:left;vertical-align:top}
td.n{text-align:right;font-variant-numeric:tabular-nums}code{font-size:.85rem;word-break:break-all}
.sev{display:inline-block;padding:0 .4rem;border-radius:4px;color:#fff;font-size:.8rem}
${_core_finding_js__WEBPACK_IMPORTED_MODULE_0__/* .SEVERITIES */ .oC.map((s) => `.sev.${s}{background:${COLORS[s]}}`).join('')}
.badge{display:inline-block;padding:0 .4rem;border-radius:4px;font-size:.8rem;border:1px solid #999}
.badge.active{background:#b00020;color:#fff;border-color:#b00020}.badge.new{background:#fff3e0;border-color:#e65100}
.muted{color:#666}.explain{background:#f6f8fa;border-radius:8px;padding:.6rem 1rem}
</style>
</head>
<body>
<h1>${escapeHtml(title)}</h1>
<p class="muted">Made ${escapeHtml(report.generatedAt)} by ${escapeHtml(report.tool.name)} ${escapeHtml(report.tool.version)}. Secrets are shown shortened, never whole.</p>
<div class="explain"><p>This page lists API keys and other credentials found written into the organisation's repositories.
A key that is written in a repository should be treated as leaked: <b>revoke it at its provider, issue a new one, and keep the new one in a secret store</b>
(for GitHub Actions: repository or organisation secrets). Removing the line is not enough — the key stays in the history.
Keys marked <span class="badge active">ACTIVE</span> were checked with their provider during this audit and still work: handle them first.</p></div>
<div class="cards">
${card('Repositories', t.repositories)}${card('With findings', t.withFindings)}${card('Findings', t.findings)}${card('Critical', t.bySeverity.critical, t.bySeverity.critical > 0)}${card('Verified active', t.verifiedActive, t.verifiedActive > 0)}${card('Failed to scan', t.failed, t.failed > 0)}${report.comparison ? card('New since last audit', report.comparison.new, report.comparison.new > 0) + card('Fixed since last audit', report.comparison.fixed) : ''}
</div>`);
    parts.push(`<h2>Findings per repository</h2>`, repositoriesChart(report.repositories));
    parts.push(`<h2>Findings over time</h2>`, historyChart(report.history));
    parts.push(`<h2>Repositories by risk</h2>`);
    const ranked = report.repositories.filter((r) => r.findings > 0 || r.status === 'failed');
    if (ranked.length === 0)
        parts.push('<p>No findings in any repository.</p>');
    else {
        parts.push('<table><thead><tr><th>Repository</th><th>Risk</th>' + _core_finding_js__WEBPACK_IMPORTED_MODULE_0__/* .SEVERITIES */ .oC.map((s) => `<th>${s}</th>`).join('') + '<th>Verified active</th><th>New</th><th>Fixed</th><th>Scanned</th></tr></thead><tbody>');
        for (const r of ranked)
            parts.push(repositoryRow(r));
        parts.push('</tbody></table>');
    }
    parts.push(`<h2>Findings</h2>`);
    if (report.findings.length === 0)
        parts.push('<p>None.</p>');
    else {
        parts.push('<table><thead><tr><th>Severity</th><th>Repository</th><th>Where</th><th>What</th><th>Secret</th><th>Status</th></tr></thead><tbody>');
        for (const f of report.findings.slice(0, MAX_FINDING_ROWS))
            parts.push(findingRow(f));
        parts.push('</tbody></table>');
        if (report.findings.length > MAX_FINDING_ROWS)
            parts.push(`<p class="muted">… and ${report.findings.length - MAX_FINDING_ROWS} more in the JSON report.</p>`);
    }
    if (report.fixed.length > 0) {
        parts.push(`<h2>Fixed since the previous audit</h2><table><thead><tr><th>Severity</th><th>Repository</th><th>Where</th><th>Rule</th></tr></thead><tbody>`);
        for (const f of report.fixed.slice(0, MAX_FINDING_ROWS)) {
            parts.push(`<tr><td>${sev(f.severity)}</td><td>${escapeHtml(f.repository)}</td><td><code>${escapeHtml(where(f))}</code></td><td>${escapeHtml(f.ruleId)}</td></tr>`);
        }
        parts.push('</tbody></table>');
    }
    const providers = Object.entries(report.totals.byProvider);
    const rules = Object.entries(report.totals.byRule);
    if (providers.length > 0)
        parts.push(`<h2>By provider</h2>${countTable('Provider', providers)}`);
    if (rules.length > 0)
        parts.push(`<h2>By rule</h2>${countTable('Rule', rules)}`);
    parts.push('</body>\n</html>\n');
    return parts.join('\n');
}
function card(label, value, alarm = false) {
    return `<div class="card${alarm ? ' alarm' : ''}"><b>${value}</b>${escapeHtml(label)}</div>`;
}
function sev(s) {
    return `<span class="sev ${s}">${s}</span>`;
}
function where(f) {
    return `${f.file}${f.line !== null ? `:${f.line}` : ''}${f.commit ? ` @ ${f.commit.slice(0, 12)}` : ''}`;
}
function repositoryRow(r) {
    const name = escapeHtml(r.name) + (r.status === 'failed' ? ` <span class="badge">failed: ${escapeHtml(r.error ?? 'unknown')}</span>` : '') + (r.carried ? ' <span class="badge">unchanged, carried over</span>' : '');
    const cells = _core_finding_js__WEBPACK_IMPORTED_MODULE_0__/* .SEVERITIES */ .oC.map((s) => `<td class="n">${r.bySeverity[s]}</td>`).join('');
    return `<tr><td>${name}</td><td class="n">${r.risk}</td>${cells}<td class="n">${r.verifiedActive}</td><td class="n">${r.new}</td><td class="n">${r.fixed}</td><td>${escapeHtml(r.scannedAt.slice(0, 10))}</td></tr>`;
}
function findingRow(f) {
    const badges = [
        f.verification?.status === 'active' ? '<span class="badge active">ACTIVE</span>' : '',
        f.change === 'new' ? '<span class="badge new">new</span>' : f.change === 'open' ? '<span class="badge">still open</span>' : '',
        f.presentAtHead === false ? '<span class="badge">history only</span>' : '',
    ].filter(Boolean);
    return `<tr><td>${sev(f.severity)}</td><td>${escapeHtml(f.repository)}</td><td><code>${escapeHtml(where(f))}</code></td><td>${escapeHtml(f.message)}<br><span class="muted">${escapeHtml(f.ruleId)} · ${escapeHtml(f.provider)}</span></td><td>${f.secret !== undefined ? `<code>${escapeHtml(f.secret)}</code>` : ''}</td><td>${badges.join(' ')}</td></tr>`;
}
function countTable(label, entries) {
    return `<table><thead><tr><th>${label}</th><th>Findings</th></tr></thead><tbody>${entries.map(([k, n]) => `<tr><td>${escapeHtml(k)}</td><td class="n">${n}</td></tr>`).join('')}</tbody></table>`;
}
/** Stacked horizontal bars by severity for the (at most 30) riskiest repositories with findings. */
function repositoriesChart(rows) {
    const shown = rows.filter((r) => r.findings > 0).slice(0, 30);
    if (shown.length === 0)
        return '<p>No findings to chart.</p>';
    const max = Math.max(...shown.map((r) => r.findings));
    const labelWidth = 260;
    const barWidth = 560;
    const rowHeight = 22;
    const height = shown.length * rowHeight + 30;
    const out = [`<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="Findings per repository" width="100%" viewBox="0 0 ${labelWidth + barWidth + 60} ${height}" font-family="sans-serif" font-size="12">`];
    shown.forEach((r, i) => {
        const y = i * rowHeight + 4;
        const label = r.name.length > 38 ? `${r.name.slice(0, 37)}…` : r.name;
        out.push(`<text x="${labelWidth - 6}" y="${y + 14}" text-anchor="end">${escapeHtml(label)}</text>`);
        let x = labelWidth;
        for (const s of _core_finding_js__WEBPACK_IMPORTED_MODULE_0__/* .SEVERITIES */ .oC) {
            const w = (r.bySeverity[s] / max) * barWidth;
            if (w > 0)
                out.push(`<rect x="${x.toFixed(1)}" y="${y}" width="${w.toFixed(1)}" height="${rowHeight - 6}" fill="${COLORS[s]}"><title>${escapeHtml(`${r.name}: ${r.bySeverity[s]} ${s}`)}</title></rect>`);
            x += w;
        }
        out.push(`<text x="${(x + 4).toFixed(1)}" y="${y + 14}">${r.findings}</text>`);
    });
    out.push(legend(labelWidth, shown.length * rowHeight + 12), '</svg>');
    return out.join('');
}
/** Stacked columns by severity, one per audit (the state file keeps the earlier ones). */
function historyChart(points) {
    if (points.length < 2)
        return `<p class="muted">The first audit recorded here${points[0] ? ` (${points[0].findings} findings)` : ''}: the chart over time grows with each audit.</p>`;
    const shown = points.slice(-26);
    const max = Math.max(1, ...shown.map((p) => p.findings));
    const left = 50;
    const plot = 220;
    const column = Math.min(60, Math.floor(800 / shown.length));
    const width = left + column * shown.length + 20;
    const out = [`<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="Findings over time" width="100%" viewBox="0 0 ${width} ${plot + 70}" font-family="sans-serif" font-size="11">`];
    out.push(`<line x1="${left}" y1="10" x2="${left}" y2="${plot + 10}" stroke="#999"/><text x="${left - 6}" y="16" text-anchor="end">${max}</text><text x="${left - 6}" y="${plot + 10}" text-anchor="end">0</text>`);
    shown.forEach((p, i) => {
        const x = left + i * column + 4;
        let y = plot + 10;
        for (const s of _core_finding_js__WEBPACK_IMPORTED_MODULE_0__/* .SEVERITIES */ .oC) {
            const value = Number(p[s]) || 0;
            const h = (value / max) * plot;
            if (h > 0) {
                y -= h;
                out.push(`<rect x="${x}" y="${y.toFixed(1)}" width="${column - 8}" height="${h.toFixed(1)}" fill="${COLORS[s]}"><title>${escapeHtml(`${p.date.slice(0, 10)}: ${value} ${s}`)}</title></rect>`);
            }
        }
        out.push(`<text x="${x + (column - 8) / 2}" y="${(y - 3).toFixed(1)}" text-anchor="middle">${Number(p.findings) || 0}</text>`);
        out.push(`<text x="${x + (column - 8) / 2}" y="${plot + 24}" text-anchor="middle">${escapeHtml(p.date.slice(5, 10))}</text>`);
    });
    out.push(legend(left, plot + 44), '</svg>');
    return out.join('');
}
function legend(x, y) {
    return _core_finding_js__WEBPACK_IMPORTED_MODULE_0__/* .SEVERITIES */ .oC.map((s, i) => `<rect x="${x + i * 90}" y="${y}" width="10" height="10" fill="${COLORS[s]}"/><text x="${x + i * 90 + 14}" y="${y + 9}">${s}</text>`).join('');
}


/***/ }),

/***/ 9656:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ renderOrgMarkdown)
/* harmony export */ });
/* harmony import */ var _core_finding_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5278);
/* harmony import */ var _output_escape_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8078);
/* harmony import */ var _output_markdown_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8548);
/**
 * The organisation report as Markdown (job summary, central issue). Repository text (paths,
 * messages, errors) is escaped cell by cell; no line can start a workflow command.
 */



const SUMMARY_MAX = 900_000;
function renderOrgMarkdown(report, options = {}) {
    const limit = options.limit ?? 50;
    const t = report.totals;
    const out = [];
    const org = report.organization !== null ? ` of ${(0,_output_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeText */ .X1)(report.organization)}` : '';
    out.push(`## Secret audit${org}`, '');
    out.push(`${t.repositories} repositories: ${t.scanned} scanned${t.carried ? ` (${t.carried} unchanged since the last audit, carried over)` : ''}, ${t.empty} empty, ${t.failed} failed. ` +
        `**${t.findings} finding${t.findings === 1 ? '' : 's'}** in ${t.withFindings} repositor${t.withFindings === 1 ? 'y' : 'ies'}` +
        (t.verifiedActive > 0 ? `, **${t.verifiedActive} key${t.verifiedActive === 1 ? '' : 's'} verified active**` : '') +
        '.', '');
    if (report.comparison)
        out.push(`Since the previous audit: **${report.comparison.new} new**, ${report.comparison.fixed} fixed, ${report.comparison.open} still open.`, '');
    out.push('| Severity | Findings |', '| --- | ---: |', ..._core_finding_js__WEBPACK_IMPORTED_MODULE_2__/* .SEVERITIES */ .oC.map((s) => `| ${s} | ${t.bySeverity[s]} |`), '');
    const rows = report.repositories.filter((r) => (options.criticalOnly ? r.bySeverity.critical > 0 : r.findings > 0 || r.status === 'failed'));
    out.push(options.criticalOnly ? '### Repositories with critical findings' : '### Repositories by risk', '');
    if (rows.length === 0)
        out.push(options.criticalOnly ? 'None.' : 'No findings.', '');
    else {
        out.push('| Repository | Risk | Critical | High | Medium | Low | Verified active | New | Fixed |', '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
        for (const r of rows.slice(0, limit)) {
            const name = r.status === 'failed' ? `${(0,_output_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeText */ .X1)(r.name)} (failed: ${(0,_output_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeText */ .X1)(r.error ?? 'unknown')})` : (0,_output_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeText */ .X1)(r.name);
            out.push(`| ${name} | ${r.risk} | ${r.bySeverity.critical} | ${r.bySeverity.high} | ${r.bySeverity.medium} | ${r.bySeverity.low} | ${r.verifiedActive} | ${r.new} | ${r.fixed} |`);
        }
        if (rows.length > limit)
            out.push('', `… and ${rows.length - limit} more (see the HTML or JSON report).`);
        out.push('');
    }
    if (!options.criticalOnly) {
        const providers = Object.entries(t.byProvider);
        if (providers.length > 0)
            out.push('### By provider', '', '| Provider | Findings |', '| --- | ---: |', ...providers.map(([p, n]) => `| ${(0,_output_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeText */ .X1)(p)} | ${n} |`), '');
        const rules = Object.entries(t.byRule);
        if (rules.length > 0)
            out.push('### By rule', '', '| Rule | Findings |', '| --- | ---: |', ...rules.map(([p, n]) => `| ${(0,_output_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeText */ .X1)(p)} | ${n} |`), '');
    }
    const shown = options.criticalOnly ? report.findings.filter((f) => f.severity === 'critical') : report.findings;
    if (shown.length > 0) {
        out.push('### Findings', '', '| | Repository | Location | Rule | Secret | Status |', '| --- | --- | --- | --- | --- | --- |');
        for (const f of shown.slice(0, limit))
            out.push(findingRow(f));
        if (shown.length > limit)
            out.push('', `… and ${shown.length - limit} more.`);
        out.push('');
    }
    let text = (0,_output_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .neutralizeCommands */ .Kw)(out.join('\n'));
    if (Buffer.byteLength(text, 'utf8') > SUMMARY_MAX)
        text = Buffer.from(text, 'utf8').subarray(0, SUMMARY_MAX).toString('utf8').replace(/\uFFFD+$/, '') + '\n\n_…truncated (size limit)._\n';
    return text;
}
function findingRow(f) {
    const where = `${(0,_output_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeText */ .X1)(f.file)}${f.line !== null ? `:${f.line}` : ''}`;
    const active = f.verification?.status === 'active' ? '**ACTIVE** ' : '';
    const status = [f.change ?? '', f.presentAtHead === false ? 'history only' : ''].filter(Boolean).join(', ');
    return `| ${active}${f.severity} | ${(0,_output_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeText */ .X1)(f.repository)} | ${where} | ${(0,_output_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeText */ .X1)(f.ruleId)} | ${f.secret !== undefined ? (0,_output_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeText */ .X1)(f.secret) : ''} | ${status} |`;
}


/***/ }),

/***/ 850:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   QD: () => (/* binding */ aggregate),
/* harmony export */   VK: () => (/* binding */ nextState),
/* harmony export */   yc: () => (/* binding */ loadReports)
/* harmony export */ });
/* unused harmony export ORG_REPORT_SCHEMA */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_finding_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5278);
/* harmony import */ var _core_version_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4910);
/* harmony import */ var _detectors_catalogue_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7153);
/* harmony import */ var _names_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(54);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2467);
/**
 * `org report`: adds up the per-repository reports of an audit. Totals by severity, provider and
 * rule; repositories ranked by risk; what is new, fixed or still open since the previous audit
 * (by repository and fingerprint); keys verified active first. Everything here is plain data;
 * render-markdown.ts and render-html.ts only show it.
 */







const ORG_REPORT_SCHEMA = 'openai-secret-lint/org-report@1';
/** Weights of the risk score: a live key outweighs any number of dead ones. */
const SEVERITY_WEIGHT = { critical: 100, high: 30, medium: 5, low: 1 };
const ACTIVE_FACTOR = 20;
const PROVIDERS = new Map(_detectors_catalogue_js__WEBPACK_IMPORTED_MODULE_3__/* .DETECTORS */ .c.map((d) => [d.id, d.provider]));
/** Every repository report in `dir` (by its schema field), sorted by repository name. */
async function loadReports(dir) {
    let names;
    try {
        names = (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(dir, { withFileTypes: true })).filter((e) => e.isFile() && e.name.endsWith('.json')).map((e) => e.name);
    }
    catch (error) {
        throw Object.assign(new Error(`cannot read ${dir}: ${error.code ?? String(error)}`), { code: 'ENOREPORTS' });
    }
    const reports = [];
    const ignored = [];
    const seen = new Set();
    for (const name of names.sort()) {
        let value;
        try {
            value = JSON.parse(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, name), 'utf8'));
        }
        catch {
            ignored.push(name);
            continue;
        }
        const doc = value;
        const repoName = typeof doc?.repository?.name === 'string' ? doc.repository.name : null;
        if (!doc || doc.schema !== _types_js__WEBPACK_IMPORTED_MODULE_4__/* .REPO_REPORT_SCHEMA */ .C || repoName === null || seen.has(repoName)) {
            ignored.push(name);
            continue;
        }
        seen.add(repoName);
        reports.push(doc);
    }
    reports.sort((a, b) => (a.repository.name < b.repository.name ? -1 : a.repository.name > b.repository.name ? 1 : 0));
    return { reports, ignored };
}
function aggregate(current, options) {
    const now = options.now ?? new Date();
    const previousByRepo = new Map((options.previous ?? []).map((r) => [r.repository.name, r]));
    const comparing = options.previous !== null;
    const totals = {
        repositories: current.length,
        scanned: 0,
        empty: 0,
        failed: 0,
        carried: 0,
        withFindings: 0,
        findings: 0,
        verifiedActive: 0,
        bySeverity: zeroCounts(),
        byProvider: {},
        byRule: {},
    };
    const rows = [];
    const findings = [];
    const fixed = [];
    let open = 0;
    for (const doc of current) {
        const name = doc.repository.name;
        const row = {
            name,
            status: doc.status,
            ...(doc.error !== undefined ? { error: String(doc.error) } : {}),
            carried: doc.carried === true,
            mode: doc.mode,
            scannedAt: String(doc.scannedAt),
            pushedAt: doc.repository.pushedAt ?? null,
            findings: 0,
            bySeverity: zeroCounts(),
            verifiedActive: 0,
            historyOnly: 0,
            risk: 0,
            new: 0,
            fixed: 0,
        };
        if (doc.status === 'failed')
            totals.failed++;
        else if (doc.status === 'empty')
            totals.empty++;
        else
            totals.scanned++;
        if (row.carried)
            totals.carried++;
        const previous = previousByRepo.get(name);
        const before = new Set(previous?.status === 'ok' ? (previous.report?.findings ?? []).map((f) => f.fingerprint) : []);
        const now = new Set();
        for (const f of doc.status === 'ok' ? (doc.report?.findings ?? []) : []) {
            const finding = toOrgFinding(name, f);
            now.add(f.fingerprint);
            if (comparing) {
                finding.change = before.has(f.fingerprint) ? 'open' : 'new';
                if (finding.change === 'new')
                    row.new++;
                else
                    open++;
            }
            findings.push(finding);
            row.findings++;
            row.bySeverity[finding.severity]++;
            const active = finding.verification?.status === 'active';
            if (active)
                row.verifiedActive++;
            if (finding.presentAtHead === false)
                row.historyOnly++;
            row.risk += SEVERITY_WEIGHT[finding.severity] * (active ? ACTIVE_FACTOR : 1) * (finding.presentAtHead === false ? 0.5 : 1);
            totals.bySeverity[finding.severity]++;
            totals.byProvider[finding.provider] = (totals.byProvider[finding.provider] ?? 0) + 1;
            totals.byRule[finding.ruleId] = (totals.byRule[finding.ruleId] ?? 0) + 1;
        }
        // Fixed: gone from a repository that was scanned now and then (a failed scan proves nothing).
        if (comparing && doc.status !== 'failed' && previous?.status === 'ok') {
            for (const f of previous.report?.findings ?? []) {
                if (now.has(f.fingerprint))
                    continue;
                fixed.push(toOrgFinding(name, f));
                row.fixed++;
            }
        }
        row.risk = Math.round(row.risk);
        totals.findings += row.findings;
        totals.verifiedActive += row.verifiedActive;
        if (row.findings > 0)
            totals.withFindings++;
        rows.push(row);
    }
    rows.sort((a, b) => b.risk - a.risk || b.findings - a.findings || compare(a.name, b.name));
    findings.sort(findingOrder);
    fixed.sort(findingOrder);
    const point = {
        date: now.toISOString(),
        findings: totals.findings,
        ...totals.bySeverity,
        repositories: totals.repositories,
    };
    return {
        schema: ORG_REPORT_SCHEMA,
        tool: { name: _core_version_js__WEBPACK_IMPORTED_MODULE_2__/* .TOOL_NAME */ .l, version: _core_version_js__WEBPACK_IMPORTED_MODULE_2__/* .TOOL_VERSION */ .w },
        organization: options.organization,
        generatedAt: now.toISOString(),
        totals: { ...totals, byProvider: sortedRecord(totals.byProvider), byRule: sortedRecord(totals.byRule) },
        comparison: comparing ? { new: findings.filter((f) => f.change === 'new').length, fixed: fixed.length, open } : null,
        repositories: rows,
        findings,
        fixed,
        history: [...(options.state?.history ?? []).filter(validPoint).slice(-51), point],
    };
}
function toOrgFinding(repository, f) {
    return {
        repository,
        ruleId: String(f.ruleId),
        severity: _core_finding_js__WEBPACK_IMPORTED_MODULE_5__/* .SEVERITIES */ .oC.includes(f.severity) ? f.severity : 'low',
        provider: f.verification?.provider ?? PROVIDERS.get(f.ruleId) ?? (f.category === 'hardcoded-secret' || f.category === 'encoded-secret' ? 'other' : 'configuration'),
        file: String(f.file),
        line: typeof f.line === 'number' ? f.line : null,
        column: typeof f.column === 'number' ? f.column : null,
        message: String(f.message),
        ...(typeof f.secret === 'string' ? { secret: f.secret } : {}),
        fingerprint: String(f.fingerprint),
        ...(typeof f.commit === 'string' ? { commit: f.commit } : {}),
        ...(typeof f.presentAtHead === 'boolean' ? { presentAtHead: f.presentAtHead } : {}),
        ...(f.verification ? { verification: f.verification } : {}),
    };
}
function findingOrder(a, b) {
    const active = (f) => (f.verification?.status === 'active' ? 1 : 0);
    return (active(b) - active(a) ||
        (0,_core_finding_js__WEBPACK_IMPORTED_MODULE_5__/* .severityRank */ .qs)(b.severity) - (0,_core_finding_js__WEBPACK_IMPORTED_MODULE_5__/* .severityRank */ .qs)(a.severity) ||
        compare(a.repository, b.repository) ||
        compare(a.file, b.file) ||
        (a.line ?? 0) - (b.line ?? 0) ||
        (a.column ?? 0) - (b.column ?? 0));
}
function compare(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
function zeroCounts() {
    return { critical: 0, high: 0, medium: 0, low: 0 };
}
function sortedRecord(record) {
    return Object.fromEntries(Object.entries(record).sort((a, b) => b[1] - a[1] || compare(a[0], b[0])));
}
function validPoint(p) {
    const point = p;
    return !!point && typeof point.date === 'string' && Number.isFinite(Date.parse(point.date)) && typeof point.findings === 'number';
}
/** The state for the next audit: this audit's repositories, plus earlier entries of the ones not audited now. */
function nextState(report, current, previous) {
    const repositories = {};
    for (const [name, entry] of Object.entries(previous?.repositories ?? {}))
        if ((0,_names_js__WEBPACK_IMPORTED_MODULE_6__/* .validFullName */ .xx)(name) !== null)
            repositories[name] = entry;
    for (const doc of current) {
        // A carried report keeps the date of the audit that made it.
        repositories[doc.repository.name] = { pushedAt: doc.repository.pushedAt ?? null, auditedAt: String(doc.scannedAt), status: doc.status };
    }
    return { schema: 'openai-secret-lint/org-state@1', auditedAt: report.generatedAt, repositories, history: report.history };
}


/***/ }),

/***/ 2617:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GO: () => (/* binding */ scanShard),
/* harmony export */   MJ: () => (/* binding */ tokenHostsFor),
/* harmony export */   Xy: () => (/* binding */ readShard)
/* harmony export */ });
/* unused harmony export conceal */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(4296);
/* harmony import */ var _core_logger_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1227);
/* harmony import */ var _core_scan_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9506);
/* harmony import */ var _history_scan_history_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(7042);
/* harmony import */ var _util_git_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(8525);
/* harmony import */ var _util_safe_write_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(5497);
/* harmony import */ var _names_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(54);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(2467);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_core_scan_js__WEBPACK_IMPORTED_MODULE_5__, _history_scan_history_js__WEBPACK_IMPORTED_MODULE_6__]);
([_core_scan_js__WEBPACK_IMPORTED_MODULE_5__, _history_scan_history_js__WEBPACK_IMPORTED_MODULE_6__] = __webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__);
/**
 * `org scan`: clones each repository of a shard (shallow, or its whole history), scans it with
 * the same engine as `scan`, and writes one redacted JSON report per repository. A repository
 * that cannot be cloned or scanned is recorded as failed; the others go on.
 */












/** Reads a shard file: a matrix entry `{ shard, repositories: [...] }`, or a bare list of repositories. */
async function readShard(file, env) {
    let value;
    try {
        value = JSON.parse(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(file, 'utf8'));
    }
    catch (error) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_9__/* .ConfigurationError */ .j1(`cannot read the shard ${file}: ${error.code ?? 'not JSON'}`);
    }
    const list = Array.isArray(value) ? value : value?.repositories;
    if (!Array.isArray(list))
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_9__/* .ConfigurationError */ .j1(`the shard ${file} holds no "repositories" list`);
    return list.map((item, i) => {
        const raw = (item ?? {});
        const name = (0,_names_js__WEBPACK_IMPORTED_MODULE_10__/* .validFullName */ .xx)(raw.name);
        if (name === null)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_9__/* .ConfigurationError */ .j1(`shard entry ${i + 1}: not a GitHub repository name`);
        const cloneUrl = (0,_names_js__WEBPACK_IMPORTED_MODULE_10__/* .validCloneUrl */ .lx)(raw.cloneUrl, env);
        if (cloneUrl === null) {
            const hint = typeof raw.cloneUrl === 'string' && raw.cloneUrl.startsWith('file:') ? ` (file:// only with ${_names_js__WEBPACK_IMPORTED_MODULE_10__/* .ALLOW_FILE_CLONE_ENV */ .zs}=1, for tests)` : '';
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_9__/* .ConfigurationError */ .j1(`shard entry ${name}: the clone URL must be https${hint}`);
        }
        return {
            name,
            cloneUrl,
            size: typeof raw.size === 'number' && raw.size >= 0 ? raw.size : 0,
            pushedAt: typeof raw.pushedAt === 'string' ? raw.pushedAt : null,
            ...(raw.archived === true ? { archived: true } : {}),
            ...(Array.isArray(raw.topics) ? { topics: raw.topics.filter((t) => typeof t === 'string') } : {}),
        };
    });
}
async function scanShard(repositories, options) {
    const logger = options.logger ?? _core_logger_js__WEBPACK_IMPORTED_MODULE_4__/* .silentLogger */ .q;
    const work = options.workDir ?? node_path__WEBPACK_IMPORTED_MODULE_3___default().join((0,node_os__WEBPACK_IMPORTED_MODULE_2__.tmpdir)(), `osl-org-${process.pid}-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(4).toString('hex')}`);
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)(work, { recursive: true });
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)(options.outDir, { recursive: true });
    const reports = new Array(repositories.length);
    let next = 0;
    const worker = async () => {
        for (;;) {
            const index = next++;
            if (index >= repositories.length)
                return;
            const repo = repositories[index];
            const report = await scanRepository(repo, node_path__WEBPACK_IMPORTED_MODULE_3___default().join(work, String(index)), options);
            reports[index] = report;
            await (0,_util_safe_write_js__WEBPACK_IMPORTED_MODULE_8__/* .writeFileNoFollow */ .q)(node_path__WEBPACK_IMPORTED_MODULE_3___default().join(options.outDir, (0,_names_js__WEBPACK_IMPORTED_MODULE_10__/* .reportFileName */ .cq)(repo.name)), JSON.stringify(report, null, 2) + '\n', { within: options.outDir });
            const found = report.report?.findings.length ?? 0;
            logger.info(report.status === 'failed' ? `${repo.name}: failed: ${report.error}` : `${repo.name}: ${report.status === 'empty' ? 'empty' : `${found} finding${found === 1 ? '' : 's'}`}`);
        }
    };
    try {
        await Promise.all(Array.from({ length: Math.max(1, Math.min(options.concurrency, repositories.length)) }, worker));
    }
    finally {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(work, { recursive: true, force: true }).catch(() => { });
    }
    return { reports, failed: reports.filter((r) => r.status === 'failed').length };
}
async function scanRepository(repo, dir, options) {
    const now = options.now ?? (() => new Date());
    const mode = options.history ? 'history' : 'head';
    const base = { schema: _types_js__WEBPACK_IMPORTED_MODULE_11__/* .REPO_REPORT_SCHEMA */ .C, repository: repo, mode };
    const token = options.token !== null && tokenMayGo(repo.cloneUrl, options.tokenHosts) ? options.token : undefined;
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)(dir);
        const protocols = options.env[_names_js__WEBPACK_IMPORTED_MODULE_10__/* .ALLOW_FILE_CLONE_ENV */ .zs] === '1' ? ['https', 'file'] : ['https'];
        const cloned = await (0,_util_git_js__WEBPACK_IMPORTED_MODULE_7__/* .gitClone */ .Q5)(dir, repo.cloneUrl, { ...(options.history ? {} : { depth: 1 }), ...(token ? { token } : {}), protocols });
        if (cloned.empty)
            return { ...base, status: 'empty', scannedAt: now().toISOString() };
        if (!cloned.ok || cloned.commit === null) {
            return { ...base, status: 'failed', error: conceal(`clone failed: ${lastLine(cloned.stderr)}`, options.token), scannedAt: now().toISOString() };
        }
        const settings = options.settingsFor(dir);
        const report = options.history ? await (0,_history_scan_history_js__WEBPACK_IMPORTED_MODULE_6__/* .scanHistory */ .s)(settings, _core_logger_js__WEBPACK_IMPORTED_MODULE_4__/* .silentLogger */ .q, { since: null, allBranches: false }) : await (0,_core_scan_js__WEBPACK_IMPORTED_MODULE_5__/* .scan */ .SQ)(settings, _core_logger_js__WEBPACK_IMPORTED_MODULE_4__/* .silentLogger */ .q);
        return { ...base, status: 'ok', commit: cloned.commit, scannedAt: now().toISOString(), report };
    }
    catch (error) {
        return { ...base, status: 'failed', error: conceal((0,_core_errors_js__WEBPACK_IMPORTED_MODULE_9__/* .errorMessage */ .gJ)(error), options.token), scannedAt: now().toISOString() };
    }
    finally {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(dir, { recursive: true, force: true }).catch(() => { });
    }
}
function tokenMayGo(url, hosts) {
    try {
        const parsed = new URL(url);
        return parsed.protocol === 'https:' && hosts.has(parsed.host.toLowerCase());
    }
    catch {
        return false;
    }
}
/** The hosts of a GitHub server, from its API URL (api.github.com → github.com; GHES: the same host). */
function tokenHostsFor(apiUrl, serverUrl) {
    const hosts = new Set();
    const api = new URL(apiUrl);
    hosts.add(api.host.toLowerCase());
    if (api.host.toLowerCase().startsWith('api.'))
        hosts.add(api.host.toLowerCase().slice(4));
    if (serverUrl) {
        try {
            hosts.add(new URL(serverUrl).host.toLowerCase());
        }
        catch {
            // not a URL: ignored
        }
    }
    return hosts;
}
function lastLine(stderr) {
    const lines = stderr.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
    return (lines[lines.length - 1] ?? 'git failed').slice(0, 500);
}
/** An error message without the token, in any form it could take in git's words. */
function conceal(message, token) {
    let out = message.replace(/\/\/[^/@\s]*@/g, '//***@');
    if (token) {
        for (const form of [token, Buffer.from(`x-access-token:${token}`).toString('base64')])
            out = out.split(form).join('***');
    }
    return out;
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 1807:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   s: () => (/* binding */ unchangedSince),
/* harmony export */   u: () => (/* binding */ readState)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4296);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2467);



/** The state file of the last audit, or null when it does not exist yet (a first audit). */
async function readState(file) {
    let text;
    try {
        text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(file, 'utf8');
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return null;
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`cannot read the state ${file}: ${error.code ?? String(error)}`);
    }
    let value;
    try {
        value = JSON.parse(text);
    }
    catch {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`the state ${file} is not JSON`);
    }
    const state = value;
    if (!state || state.schema !== _types_js__WEBPACK_IMPORTED_MODULE_2__/* .STATE_SCHEMA */ .K || typeof state.repositories !== 'object' || state.repositories === null) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`the state ${file} is not an openai-secret-lint org state (${_types_js__WEBPACK_IMPORTED_MODULE_2__/* .STATE_SCHEMA */ .K})`);
    }
    return { schema: _types_js__WEBPACK_IMPORTED_MODULE_2__/* .STATE_SCHEMA */ .K, auditedAt: String(state.auditedAt ?? ''), repositories: state.repositories, history: Array.isArray(state.history) ? state.history : [] };
}
/** Whether a repository is unchanged since its last successful audit in `state`. */
function unchangedSince(state, name, pushedAt) {
    const entry = state.repositories[name];
    if (!entry || entry.status === 'failed' || pushedAt === null)
        return false;
    const pushed = Date.parse(pushedAt);
    const audited = Date.parse(entry.auditedAt);
    return Number.isFinite(pushed) && Number.isFinite(audited) && pushed < audited;
}


/***/ }),

/***/ 2467:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ REPO_REPORT_SCHEMA),
/* harmony export */   K: () => (/* binding */ STATE_SCHEMA)
/* harmony export */ });
const REPO_REPORT_SCHEMA = 'openai-secret-lint/org-repository-report@1';
const STATE_SCHEMA = 'openai-secret-lint/org-state@1';


/***/ }),

/***/ 8078:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C5: () => (/* binding */ logSafeJson),
/* harmony export */   Kw: () => (/* binding */ neutralizeCommands),
/* harmony export */   UN: () => (/* binding */ escapeControls),
/* harmony export */   sN: () => (/* binding */ logSafe)
/* harmony export */ });
/* unused harmony export neutralizeCommandLine */
/**
 * Neutralising repository-controlled text (file names, YAML keys, messages quoting them) for the
 * medium it is shown in. Secrets are already masked by the core; this is about what text can *do*:
 * move a terminal's cursor, recolour or hide a line (ANSI escapes), reorder what a reader sees
 * (bidirectional overrides), end a line, or start a GitHub workflow command.
 *
 * The runner reads a step's output line by line (a line ends at `\n`, `\r` or `\r\n`) and takes
 * as a command any line that starts with `::` once leading whitespace is trimmed, and any line
 * that holds `##[<registered command>]` anywhere (the legacy syntax, still parsed). That holds for
 * the Action's own log and for the CLI run inside a workflow step, so every format printed to a
 * log goes through one of the functions here.
 */
/**
 * C0 and C1 controls, DEL, line and paragraph separators, bidirectional marks and overrides, and
 * the BOM: never shown as they are.
 */
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]/g;
const NAMED = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };
/** Every control character as a visible escape (`\n`, `\r`, `\x1b`, `\u202e`). */
function escapeControls(text) {
    return text.replace(CONTROL, (c) => NAMED[c] ?? escapeCode(c.charCodeAt(0)));
}
function escapeCode(code) {
    return code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}
/** Whitespace the runner trims before looking for `::` (.NET's Char.IsWhiteSpace; \s lacks U+0085). */
const COMMAND_AT_LINE_START = /^([\s\u0085]*):(?=:)/;
const LEGACY_COMMAND = /##\[/g;
/**
 * A line the runner cannot take as a workflow command: a leading `::` becomes `\::`, and any
 * `##[` becomes `##\[`. The line must not hold a line break (escape those first).
 */
function neutralizeCommandLine(line) {
    return line.replace(COMMAND_AT_LINE_START, '$1\\:').replace(LEGACY_COMMAND, '##\\[');
}
/** Each line of a text made of our own lines (repository text in it already escaped). */
function neutralizeCommands(text) {
    return text.split('\n').map(neutralizeCommandLine).join('\n');
}
/**
 * A log message that may quote repository text: our own line breaks are kept, every other
 * control character (a lone `\r` included: the runner ends a line there) is escaped, and no line
 * can start a workflow command.
 */
function logSafe(message) {
    return message
        .replace(/\r\n/g, '\n')
        .split('\n')
        .map((line) => neutralizeCommandLine(escapeControls(line)))
        .join('\n');
}
/**
 * JSON text (a report, SARIF) that can be printed to a log: `##[` is written `\u0023#[`, and C1
 * controls, separators and bidirectional controls as `\u` escapes. Lossless: the parsed value is
 * unchanged. (JSON.stringify already escapes C0 controls, and a JSON line never starts with `::`.)
 */
function logSafeJson(json) {
    return json.replace(LEGACY_COMMAND, '\\u0023#[').replace(/[\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}


/***/ }),

/***/ 7279:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  hR: () => (/* binding */ FORMATS),
  s2: () => (/* binding */ isFormat),
  B1: () => (/* binding */ renderReport)
});

// EXTERNAL MODULE: ./src/output/escape.ts
var output_escape = __webpack_require__(8078);
;// CONCATENATED MODULE: ./src/output/codequality.ts

/**
 * GitLab Code Quality report (`artifacts:reports:codequality`, a subset of the Code Climate issue
 * format): a JSON array of issues, shown in the merge request widget and diff on every GitLab tier.
 * schemas/gitlab-codequality-report.schema.json is our reading of the format. Only redacted
 * secrets are written.
 */
const SEVERITY = { critical: 'blocker', high: 'critical', medium: 'major', low: 'minor' };
function codequalitySeverity(severity) {
    return SEVERITY[severity];
}
function buildCodequality(report) {
    return report.findings.map(issue);
}
function renderCodequality(report) {
    return (0,output_escape/* logSafeJson */.C5)(JSON.stringify(buildCodequality(report), null, 2)) + '\n';
}
function issue(f) {
    const secret = f.secret ? ` Secret: ${f.secret}${f.decodedFrom ? ` (decoded from ${f.decodedFrom.join(' → ')})` : ''}.` : '';
    const begin = f.line ?? 1;
    return {
        type: 'issue',
        check_name: f.ruleId,
        description: `${f.message}${secret} Fix: ${f.remediation}`,
        categories: ['Security'],
        // Our fingerprint is unique per finding (it counts repeated secrets) and stable when lines move.
        fingerprint: f.fingerprint,
        severity: SEVERITY[f.severity],
        location: {
            path: f.file,
            lines: { begin, ...(f.endLine !== null && f.endLine > begin ? { end: f.endLine } : {}) },
        },
    };
}

;// CONCATENATED MODULE: ./src/output/github.ts

const ANNOTATION_LIMIT = 10;
const KIND = { critical: 'error', high: 'error', medium: 'warning', low: 'notice' };
function annotationKind(severity) {
    return KIND[severity];
}
/**
 * One annotation per finding, most severe first (the Report is already ordered that way),
 * capped per kind. `pathPrefix` turns scan-root paths into workspace paths.
 */
function planAnnotations(report, options = {}) {
    const limit = options.limit ?? ANNOTATION_LIMIT;
    const shown = [];
    const count = { error: 0, warning: 0, notice: 0 };
    const hidden = { error: 0, warning: 0, notice: 0 };
    for (const finding of report.findings) {
        // A history finding is annotated only where the scanned tip's line still holds it: elsewhere
        // the annotation would sit on a line that says something else (the link names its commit).
        if (finding.commit !== undefined && finding.lineAtTip !== true)
            continue;
        const kind = KIND[finding.severity];
        if (count[kind] >= limit) {
            hidden[kind]++;
            continue;
        }
        count[kind]++;
        shown.push(toAnnotation(finding, kind, options.pathPrefix ?? ''));
    }
    return { shown, hidden };
}
/**
 * Repository text in the message has its control characters escaped (our own line breaks stay);
 * the command syntax itself is escaped when the annotation is written (formatCommand, or
 * @actions/core in the Action).
 */
function toAnnotation(f, kind, prefix) {
    const secret = f.secret ? `\nSecret: ${(0,output_escape/* escapeControls */.UN)(f.secret)}${f.decodedFrom ? ` (decoded from ${f.decodedFrom.join(' → ')})` : ''}` : '';
    // A path with control characters in it (an ANSI escape) is shown escaped: it then names no file.
    const properties = { title: `${f.severity}: ${f.ruleId}`, file: prefix + (0,output_escape/* escapeControls */.UN)(f.file) };
    if (f.line !== null) {
        properties.startLine = f.line;
        if (f.endLine !== null)
            properties.endLine = f.endLine;
        // GitHub accepts columns only for annotations on a single line.
        if (f.endLine === null || f.endLine === f.line) {
            if (f.column !== null)
                properties.startColumn = f.column;
            if (f.endColumn !== null)
                properties.endColumn = f.endColumn;
        }
    }
    return { kind, message: `${(0,output_escape/* escapeControls */.UN)(f.message)}${secret}\nFix: ${(0,output_escape/* escapeControls */.UN)(f.remediation)}`, properties };
}
/** The sentence logged (and put in the summary) when annotations were left out; null if none. */
function hiddenNote(hidden, where = 'Every finding is in the job summary, the SARIF file and the JSON report.') {
    const parts = ['error', 'warning', 'notice'].filter((k) => hidden[k] > 0).map((k) => `${hidden[k]} more ${k}${hidden[k] === 1 ? '' : 's'}`);
    if (parts.length === 0)
        return null;
    return `GitHub shows at most ${ANNOTATION_LIMIT} annotations of each kind per step: ${parts.join(', ')} not annotated. ${where}`;
}
/** The `--format github` output: workflow commands a runner turns into annotations. */
function renderGithub(report) {
    const plan = planAnnotations(report);
    const lines = plan.shown.map(formatCommand);
    const note = hiddenNote(plan.hidden);
    if (note)
        lines.push(`::notice::${escapeData(note)}`);
    return lines.length > 0 ? lines.join('\n') + '\n' : '';
}
const PROPERTY_NAMES = {
    title: 'title',
    file: 'file',
    startLine: 'line',
    endLine: 'endLine',
    startColumn: 'col',
    endColumn: 'endColumn',
};
function formatCommand(annotation) {
    const props = Object.keys(PROPERTY_NAMES)
        .filter((key) => annotation.properties[key] !== undefined)
        .map((key) => `${PROPERTY_NAMES[key]}=${escapeProperty(String(annotation.properties[key]))}`);
    return `::${annotation.kind} ${props.join(',')}::${escapeData(annotation.message)}`;
}
/** The escaping @actions/core applies, so a message cannot end or forge a command. */
function escapeData(text) {
    return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
function escapeProperty(text) {
    return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

;// CONCATENATED MODULE: ./src/output/gitlab.ts

/**
 * GitLab Secret Detection report (`artifacts:reports:secret_detection`, conventionally
 * gl-secret-detection-report.json), following GitLab's security report format, schema version
 * 15.x (schemas/gitlab-secret-detection-report.schema.json is our reading of it). Findings show
 * in the merge request widget and the vulnerability report. Only redacted secrets are written.
 */
const GITLAB_REPORT_VERSION = '15.0.7';
const INFORMATION_URI = 'https://github.com/openai-secret-lint/openai-secret-lint';
/** GitLab's own analyzer writes this commit sha for findings of a working tree (no commit). */
const NO_COMMIT_SHA = '0000000';
/** GitLab's severities are capitalised: Critical, High, Medium, Low (Info and Unknown unused). */
const gitlab_SEVERITY = { critical: 'Critical', high: 'High', medium: 'Medium', low: 'Low' };
function gitlabSeverity(severity) {
    return gitlab_SEVERITY[severity];
}
function buildGitlabReport(report, options = {}) {
    const end = options.now ?? new Date();
    const start = new Date(end.getTime() - Math.max(0, report.stats.durationMs));
    const rules = new Map((report.rules ?? []).map((r) => [r.id, r]));
    const incomplete = report.diagnostics.some((d) => d.incomplete);
    const tool = { id: report.tool.name, name: report.tool.name, version: report.tool.version, vendor: { name: report.tool.name }, url: INFORMATION_URI };
    return {
        version: GITLAB_REPORT_VERSION,
        scan: {
            type: 'secret_detection',
            status: incomplete ? 'failure' : 'success',
            start_time: gitlabTime(start),
            end_time: gitlabTime(end),
            scanner: tool,
            analyzer: { id: tool.id, name: tool.name, version: tool.version, vendor: tool.vendor },
            messages: report.diagnostics
                .filter((d) => d.level !== 'info')
                .map((d) => ({ level: d.level === 'error' ? 'fatal' : 'warn', value: d.file ? `${d.file}: ${d.message}` : d.message })),
        },
        vulnerabilities: report.findings.map((f) => vulnerability(f, rules.get(f.ruleId))),
    };
}
function renderGitlab(report, options = {}) {
    return (0,output_escape/* logSafeJson */.C5)(JSON.stringify(buildGitlabReport(report, options), null, 2)) + '\n';
}
function vulnerability(f, meta) {
    const secret = f.secret ? ` Secret: ${f.secret}${f.decodedFrom ? ` (decoded from ${f.decodedFrom.join(' → ')})` : ''}.` : '';
    const description = `${f.message}${secret}${meta && meta.description !== f.message ? `\n\n${meta.description}` : ''}`;
    const line = f.line ?? 1;
    return {
        id: uuidFrom(f.fingerprint),
        category: 'secret_detection',
        name: truncate(meta ? title(meta) : f.ruleId, 255),
        description: truncate(description, 1_048_576),
        severity: gitlab_SEVERITY[f.severity],
        solution: truncate(f.remediation, 7000),
        location: {
            file: f.file,
            start_line: line,
            end_line: Math.max(line, f.endLine ?? line),
            commit: { sha: f.commit ?? NO_COMMIT_SHA, ...(f.authorDate ? { date: f.authorDate } : {}) },
        },
        identifiers: [
            {
                type: 'openai_secret_lint_rule_id',
                name: `${meta ? 'openai-secret-lint' : 'rule'} ${f.ruleId}`,
                value: f.ruleId,
                ...(meta?.helpUri ? { url: meta.helpUri } : {}),
            },
        ],
    };
}
/** `openai-api-key` with its description's first words: a name that holds no occurrence detail. */
function title(meta) {
    const sentence = /^(.+?[.!?])(\s|$)/.exec(meta.description)?.[1] ?? meta.description;
    return `${meta.id}: ${sentence}`;
}
function truncate(text, max) {
    return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
/** GitLab's report times: `YYYY-MM-DDTHH:MM:SS`, UTC, no fraction and no zone. */
function gitlabTime(date) {
    return date.toISOString().slice(0, 19);
}
/** A stable UUID-shaped id from the finding's 32-hex fingerprint (the same finding, the same id). */
function uuidFrom(fingerprint) {
    const hex = /^[0-9a-f]{32}$/.test(fingerprint) ? fingerprint : Buffer.from(fingerprint).toString('hex').padEnd(32, '0').slice(0, 32);
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}

;// CONCATENATED MODULE: ./src/output/json.ts

/** The JSON report, as described by schemas/report.schema.json; safe to print to a workflow log. */
function renderJson(report) {
    return (0,output_escape/* logSafeJson */.C5)(JSON.stringify(report, null, 2)) + '\n';
}

// EXTERNAL MODULE: ./src/output/markdown.ts
var markdown = __webpack_require__(8548);
;// CONCATENATED MODULE: ./src/output/sarif.ts

/**
 * SARIF 2.1.0 for code scanning: one run, every known rule in `tool.driver.rules` (so a result's
 * ruleIndex stays valid whatever was found), results with our stable fingerprint. The Report
 * holds only redacted secrets, and only the redacted form is ever written here.
 */
const SARIF_SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json';
const FINGERPRINT_KEY = 'openaiSecretLint/v1';
const sarif_INFORMATION_URI = 'https://github.com/openai-secret-lint/openai-secret-lint';
/** GitHub maps security-severity to critical (>= 9), high (>= 7), medium (>= 4) and low. */
const SECURITY_SEVERITY = { critical: '9.5', high: '8.0', medium: '5.5', low: '3.0' };
const LEVEL = { critical: 'error', high: 'error', medium: 'warning', low: 'note' };
/** Generic advice per category, used in a rule's help when no finding names a better one. */
const CATEGORY_REMEDIATION = {
    'hardcoded-secret': 'Revoke and rotate the credential at its provider, remove it from the file and its history, and read it from a secret store instead.',
    'encoded-secret': 'Encoding does not hide a credential: revoke and rotate it, remove it, and read it from a secret store instead.',
    'unprotected-env-file': 'Stop committing the env file: add it to .gitignore, remove it from the repository, and rotate any credential it held.',
    'unsafe-injection': 'Pass the credential through the platform secret store (GitHub secrets, masked GitLab variables, Kubernetes Secrets) instead of a literal or plain variable.',
    'secret-exposure': 'Limit where the secret goes: do not print, export or pass it to steps and jobs that do not need it.',
};
function sarifLevel(severity) {
    return LEVEL[severity];
}
function securitySeverity(severity) {
    return SECURITY_SEVERITY[severity];
}
const DEFAULT_SOURCE_ROOT = { description: 'The scanned directory: every result path is relative to it.' };
function buildSarif(report, knownRules = report.rules ?? [], sourceRoot = DEFAULT_SOURCE_ROOT) {
    const rules = new Map(knownRules.map((r) => [r.id, r]));
    // A finding under an id no registry lists still needs a rule entry.
    for (const f of report.findings) {
        if (!rules.has(f.ruleId)) {
            rules.set(f.ruleId, { id: f.ruleId, category: f.category, severity: f.severity, description: f.message, helpUri: sarif_INFORMATION_URI });
        }
    }
    const ordered = [...rules.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    const index = new Map(ordered.map((r, i) => [r.id, i]));
    const remediationOf = new Map();
    for (const f of report.findings)
        if (!remediationOf.has(f.ruleId))
            remediationOf.set(f.ruleId, f.remediation);
    const notifications = report.diagnostics
        .filter((d) => d.level !== 'info')
        .map((d) => ({
        level: d.level === 'error' ? 'error' : 'warning',
        message: { text: d.message },
        descriptor: { id: d.code },
        ...(d.file ? { locations: [{ physicalLocation: { artifactLocation: { uri: encodeUri(d.file), uriBaseId: '%SRCROOT%' } } }] } : {}),
    }));
    return {
        $schema: SARIF_SCHEMA_URI,
        version: '2.1.0',
        runs: [
            {
                tool: {
                    driver: {
                        name: report.tool.name,
                        version: report.tool.version,
                        semanticVersion: report.tool.version,
                        informationUri: sarif_INFORMATION_URI,
                        rules: ordered.map((meta) => sarifRule(meta, remediationOf.get(meta.id) ?? CATEGORY_REMEDIATION[meta.category])),
                    },
                },
                invocations: [{ executionSuccessful: true, toolExecutionNotifications: notifications }],
                originalUriBaseIds: { '%SRCROOT%': { ...(sourceRoot.uri ? { uri: sourceRoot.uri } : {}), description: { text: sourceRoot.description } } },
                columnKind: 'unicodeCodePoints',
                results: report.findings.map((f) => sarifResult(f, index.get(f.ruleId) ?? 0)),
            },
        ],
    };
}
function renderSarif(report, sourceRoot) {
    return (0,output_escape/* logSafeJson */.C5)(JSON.stringify(buildSarif(report, report.rules ?? [], sourceRoot), null, 2)) + '\n';
}
function sarifRule(meta, remediation) {
    return {
        id: meta.id,
        name: ruleName(meta.id),
        shortDescription: { text: firstSentence(meta.description) },
        fullDescription: { text: meta.description },
        help: {
            text: `${meta.description}\n\nRemediation: ${remediation}\n\nMore: ${meta.helpUri}`,
            markdown: `${meta.description}\n\n**Remediation:** ${remediation}\n\n[More information](${meta.helpUri})`,
        },
        helpUri: meta.helpUri,
        defaultConfiguration: { level: LEVEL[meta.severity] },
        properties: {
            tags: ['security', 'secrets', meta.category, 'external/cwe/cwe-798'],
            precision: 'high',
            'problem.severity': meta.severity === 'low' ? 'recommendation' : LEVEL[meta.severity],
            'security-severity': SECURITY_SEVERITY[meta.severity],
        },
    };
}
function sarifResult(f, ruleIndex) {
    const secret = f.secret ? ` Secret: ${f.secret}${f.decodedFrom ? ` (decoded from ${f.decodedFrom.join(' → ')})` : ''}.` : '';
    const region = f.line === null
        ? undefined
        : {
            startLine: f.line,
            ...(f.column !== null ? { startColumn: f.column } : {}),
            ...(f.endLine !== null ? { endLine: f.endLine } : {}),
            ...(f.endColumn !== null ? { endColumn: f.endColumn } : {}),
        };
    return {
        ruleId: f.ruleId,
        ruleIndex,
        level: LEVEL[f.severity],
        message: { text: `${f.message}${secret} Fix: ${f.remediation}` },
        locations: [
            {
                physicalLocation: {
                    artifactLocation: { uri: encodeUri(f.file), uriBaseId: '%SRCROOT%' },
                    ...(region ? { region } : {}),
                },
            },
        ],
        partialFingerprints: { [FINGERPRINT_KEY]: f.fingerprint },
        properties: {
            severity: f.severity,
            category: f.category,
            ...(f.yamlPath ? { yamlPath: f.yamlPath } : {}),
            ...(f.commit ? { commit: f.commit } : {}),
            ...(f.verification ? { verification: f.verification } : {}),
            ...(f.relatedRules ? { relatedRules: f.relatedRules } : {}),
        },
    };
}
/** `openai-api-key` -> `OpenaiApiKey`: SARIF names are identifiers, ids stay as they are. */
function ruleName(id) {
    return id
        .split(/[^A-Za-z0-9]+/)
        .filter(Boolean)
        .map((part) => part[0].toUpperCase() + part.slice(1))
        .join('');
}
function firstSentence(text) {
    const match = /^(.+?[.!?])(\s|$)/.exec(text);
    return match ? match[1] : text;
}
/** A relative URI reference for a POSIX path (spaces, `#`, `%` and non-ASCII escaped). */
function encodeUri(file) {
    return file.split('/').map(encodeURIComponent).join('/');
}

// EXTERNAL MODULE: ./src/core/finding.ts
var finding = __webpack_require__(5278);
// EXTERNAL MODULE: ./src/verify/present.ts
var present = __webpack_require__(1158);
;// CONCATENATED MODULE: ./src/output/text.ts



const SEVERITY_COLOR = { critical: '1;31', high: '31', medium: '33', low: '36' };
/**
 * Human report: grouped by file, one `file:line:col  severity  rule-id  message` line a finding.
 * Repository text (paths, messages quoting keys) has its control characters escaped, so it can
 * neither drive the terminal nor end a line, and no line can start a workflow command: the Action
 * logs this report, and the CLI may run in a workflow step.
 */
function renderText(report, options) {
    const paint = (code, text) => (options.color ? `\u001b[${code}m${text}\u001b[0m` : text);
    const out = [];
    const byFile = new Map();
    for (const finding of report.findings) {
        const list = byFile.get(finding.file) ?? [];
        list.push(finding);
        byFile.set(finding.file, list);
    }
    for (const [file, findings] of [...byFile].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
        out.push(paint('1;4', (0,output_escape/* escapeControls */.UN)(file)));
        const sorted = [...findings].sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
        for (const f of sorted) {
            const where = f.line === null ? (0,output_escape/* escapeControls */.UN)(file) : `${(0,output_escape/* escapeControls */.UN)(file)}:${f.line}:${f.column ?? 1}`;
            out.push(`${where}  ${paint(SEVERITY_COLOR[f.severity], f.severity)}  ${paint('2', f.ruleId)}  ${(0,output_escape/* escapeControls */.UN)(f.message)}`);
            if (f.relatedRules)
                out.push(`    also reported by: ${f.relatedRules.join(', ')}`);
            if (f.secret)
                out.push(`    secret: ${(0,output_escape/* escapeControls */.UN)(f.secret)}${f.decodedFrom ? ` (decoded from ${f.decodedFrom.join(' → ')})` : ''}`);
            if (f.verification)
                out.push(`    verified: ${paint(f.verification.status === 'active' ? '1;31' : '2', (0,output_escape/* escapeControls */.UN)((0,present/* describeVerification */.Xm)(f.verification)))}`);
            if (f.commit)
                out.push(`    commit: ${(0,output_escape/* escapeControls */.UN)(f.commit.slice(0, 12))}${f.authorDate ? ` (${(0,output_escape/* escapeControls */.UN)(f.authorDate.slice(0, 10))})` : ''}${f.presentAtHead === false ? ', no longer at HEAD' : ''}`);
            out.push(`    fix: ${(0,output_escape/* escapeControls */.UN)(f.remediation)}`);
        }
        out.push('');
    }
    const notable = report.diagnostics.filter((d) => d.level !== 'info');
    if (notable.length > 0) {
        out.push(paint('1', 'Diagnostics'));
        for (const d of notable.slice(0, 20))
            out.push(`  ${d.file === null ? '(scan)' : (0,output_escape/* escapeControls */.UN)(d.file)}: ${(0,output_escape/* escapeControls */.UN)(d.message)}`);
        if (notable.length > 20)
            out.push(`  … ${notable.length - 20} more in the JSON report`);
        out.push('');
    }
    out.push(summaryLine(report));
    return (0,output_escape/* neutralizeCommands */.Kw)(out.join('\n')) + '\n';
}
function summaryLine(report) {
    const counts = finding/* SEVERITIES */.oC.map((s) => `${report.stats.findingsBySeverity[s]} ${s}`).join(', ');
    const n = report.findings.length;
    const skipped = report.stats.skippedBinary + report.stats.skippedTooLarge + report.stats.skippedUnreadable + report.stats.skippedSpecial;
    const suppressed = (report.stats.suppressed > 0 ? `, ${report.stats.suppressed} suppressed` : '') +
        (report.stats.baselined > 0 ? `, ${report.stats.baselined} in baseline` : '') +
        (report.stats.disabledRules > 0 ? `, ${report.stats.disabledRules} rule${report.stats.disabledRules === 1 ? '' : 's'} off by config` : '');
    const active = report.findings.filter((f) => f.verification?.status === 'active').length;
    const verified = active > 0 ? ` — ${active} key${active === 1 ? '' : 's'} verified ACTIVE: revoke first` : '';
    return `${n} finding${n === 1 ? '' : 's'} (${counts}${suppressed}) in ${report.stats.filesScanned} files scanned, ${skipped} skipped, ${report.stats.durationMs} ms${verified}`;
}

;// CONCATENATED MODULE: ./src/output/index.ts







/** Every report format, all rendered from the same Report. */
const FORMATS = ['text', 'json', 'sarif', 'github', 'markdown', 'gitlab', 'codequality'];
function isFormat(value) {
    return FORMATS.includes(value);
}
function renderReport(report, format, options) {
    switch (format) {
        case 'json':
            return renderJson(report);
        case 'text':
            return renderText(report, options);
        case 'sarif':
            return renderSarif(report);
        case 'github':
            return renderGithub(report);
        case 'markdown':
            return (0,markdown/* renderMarkdown */.Gc)(report);
        case 'gitlab':
            return renderGitlab(report, options.now ? { now: options.now } : {});
        case 'codequality':
            return renderCodequality(report);
    }
}


/***/ }),

/***/ 8548:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gc: () => (/* binding */ renderMarkdown),
/* harmony export */   X1: () => (/* binding */ escapeText)
/* harmony export */ });
/* unused harmony exports SUMMARY_MAX_BYTES, COMMENT_MAX_BYTES */
/* harmony import */ var _core_finding_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5278);
/* harmony import */ var _verify_present_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1158);
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8078);



/** GitHub's limit for one step's summary is 1 MiB; stay well clear of it. */
const SUMMARY_MAX_BYTES = 1024 * 1024 - 64 * 1024;
/** Issue and comment bodies are limited to 65536 characters; bytes >= characters. */
const COMMENT_MAX_BYTES = 60_000;
const EMOJI = { critical: '🟥', high: '🟧', medium: '🟨', low: '🟦' };
function renderMarkdown(report, options = {}) {
    const maxBytes = options.maxBytes ?? SUMMARY_MAX_BYTES;
    const head = [];
    if (options.marker)
        head.push(options.marker);
    head.push(`## ${escapeText(options.title ?? 'openai-secret-lint report')}`, '');
    const n = report.findings.length;
    head.push(n === 0
        ? '✅ No findings.'
        : `**${n} finding${n === 1 ? '' : 's'}** in ${report.stats.filesScanned} file${report.stats.filesScanned === 1 ? '' : 's'} scanned.`, '');
    head.push('| Severity | Findings |', '| --- | ---: |');
    for (const s of _core_finding_js__WEBPACK_IMPORTED_MODULE_1__/* .SEVERITIES */ .oC)
        head.push(`| ${EMOJI[s]} ${s} | ${report.stats.findingsBySeverity[s]} |`);
    head.push('');
    const active = report.findings.filter((f) => f.verification?.status === 'active').length;
    if (active > 0)
        head.push(`**${active} key${active === 1 ? ' is' : 's are'} verified ACTIVE** (listed first): revoke ${active === 1 ? 'it' : 'them'} before anything else.`, '');
    for (const note of options.notes ?? [])
        head.push(`> ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeControls */ .UN)(note.replace(/\r?\n/g, ' '))}`, '');
    const off = report.stats.disabledRules;
    const disabled = off > 0 ? ` · ${off} rule${off === 1 ? '' : 's'} or categor${off === 1 ? 'y' : 'ies'} turned off by the configuration` : '';
    const footer = ['', `<sub>${escapeText(report.tool.name)} ${escapeText(report.tool.version)}${disabled}</sub>`, ''];
    if (n === 0)
        return fit((0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .neutralizeCommands */ .Kw)([...head, ...footer].join('\n')), maxBytes);
    const tableHead = ['| Severity | Location | Rule | Finding | Secret | Fix |', '| --- | --- | --- | --- | --- | --- |'];
    const parts = [[...head, ...tableHead].join('\n') + '\n'];
    const tail = footer.join('\n');
    // A running byte count: each row is measured once, so rendering stays linear in the findings.
    let size = bytes(parts[0]) + bytes(tail);
    let shown = 0;
    for (const finding of report.findings) {
        const row = findingRow(finding, options.link) + '\n';
        const omitted = n - shown - 1;
        const reserve = omitted > 0 ? bytes(overflowLine(omitted, options.overflowHint, options.overflowLink)) + 16 : 0;
        const rowBytes = bytes(row);
        if (size + rowBytes + reserve + 256 > maxBytes)
            break;
        parts.push(row);
        size += rowBytes;
        shown++;
    }
    if (shown < n)
        parts.push(`\n${overflowLine(n - shown, options.overflowHint, options.overflowLink)}\n`);
    // `--format markdown` may be printed to a workflow log: no line may start a workflow command.
    return fit((0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .neutralizeCommands */ .Kw)(parts.join('') + tail), maxBytes);
}
function overflowLine(omitted, hint = 'the SARIF file and the JSON report', link) {
    const more = link ? ` ([${escapeText(link.text)}](${link.url}))` : '';
    return `_…and ${omitted} more finding${omitted === 1 ? '' : 's'} not shown here (size limit): see ${escapeText(hint)}${more}._`;
}
function findingRow(f, link) {
    const where = f.line === null ? f.file : f.endLine !== null && f.endLine !== f.line ? `${f.file}:${f.line}-${f.endLine}` : `${f.file}:${f.line}`;
    const url = link?.(f) ?? null;
    const location = url ? `[${escapeText(where)}](${linkTarget(url)})` : escapeText(where);
    const yamlPath = f.yamlPath ? `<br><sub>${escapeText(f.yamlPath)}</sub>` : '';
    const verified = f.verification ? `<br>${f.verification.status === 'active' ? '**ACTIVE: revoke first**' : `<sub>verified ${escapeText((0,_verify_present_js__WEBPACK_IMPORTED_MODULE_2__/* .describeVerification */ .Xm)(f.verification))}</sub>`}` : '';
    const secret = f.secret ? `<code>${escapeText(f.secret)}</code>${f.decodedFrom ? `<br><sub>decoded from ${escapeText(f.decodedFrom.join(' → '))}</sub>` : ''}${verified}` : '';
    return `| ${EMOJI[f.severity]} ${f.severity} | ${location}${yamlPath} | <code>${escapeText(f.ruleId)}</code> | ${escapeText(f.message)} | ${secret} | ${escapeText(f.remediation)} |`;
}
/**
 * Escapes text for a Markdown table cell: control characters (shown as `\r`, `\x1b`, …), HTML,
 * Markdown punctuation, pipes, mentions.
 */
function escapeText(text) {
    return (0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeControls */ .UN)(text)
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/"/g, '&quot;')
        .replace(/([\\`*_[\]|#~!])/g, '\\$1')
        .replace(/@/g, '@\u200b');
}
/** A link target that cannot close the link early or start another: brackets, spaces, quotes, controls percent-encoded. */
function linkTarget(url) {
    return url.replace(/[\u0000-\u0020()<>"'`\\[\]\u007f-\u009f]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}
function bytes(text) {
    return Buffer.byteLength(text, 'utf8');
}
/** Last resort if a single header is already too large: cut on a character boundary. */
function fit(text, maxBytes) {
    if (bytes(text) <= maxBytes)
        return text;
    const buffer = Buffer.from(text, 'utf8').subarray(0, maxBytes - 64);
    return buffer.toString('utf8').replace(/\uFFFD+$/, '') + '\n\n_…truncated (size limit)._\n';
}


/***/ }),

/***/ 9566:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ gitLines)
/* harmony export */ });
/* harmony import */ var _git_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8525);

/**
 * Streams a git command's stdout line by line (split on `\n` only: a lone `\r` is content), so
 * that the output, a whole `git log -p` say, is never held in memory. `onLine` runs synchronously
 * for each line; a long line is kept whole, its pieces joined once, up to `maxLineBytes` (past it
 * the line is cut: a binary file shown with --text may hold no line break at all). Names in diff
 * headers arrive C-quoted with octal escapes (core.quotePath is pinned on), so decoding lines as
 * UTF-8 loses no name byte. Returns git's result for the caller to judge.
 */
async function gitLines(cwd, args, onLine, maxLineBytes = Number.POSITIVE_INFINITY) {
    let parts = [];
    let held = 0;
    const keep = (piece) => {
        if (held >= maxLineBytes)
            return;
        const part = held + piece.length > maxLineBytes ? piece.subarray(0, maxLineBytes - held) : piece;
        parts.push(part);
        held += part.length;
    };
    const result = await (0,_git_js__WEBPACK_IMPORTED_MODULE_0__/* .gitStream */ .dP)(cwd, args, (chunk) => {
        let start = 0;
        for (let eol = chunk.indexOf(10); eol !== -1; eol = chunk.indexOf(10, start)) {
            keep(chunk.subarray(start, eol));
            const line = parts.length === 1 ? parts[0] : Buffer.concat(parts);
            parts = [];
            held = 0;
            start = eol + 1;
            onLine(line.toString('utf8'));
        }
        if (start < chunk.length)
            keep(chunk.subarray(start));
    });
    if (parts.length > 0)
        onLine(Buffer.concat(parts).toString('utf8'));
    return result;
}


/***/ }),

/***/ 5497:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   q: () => (/* binding */ writeFileNoFollow)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4296);





// O_NOFOLLOW on the temporary name too: O_EXCL already refuses an existing link, this says so twice.
const CREATE_FLAGS = node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_WRONLY | node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_CREAT | node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_EXCL | node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_NOFOLLOW;
async function writeFileNoFollow(target, content, options = {}) {
    const file = node_path__WEBPACK_IMPORTED_MODULE_3___default().resolve(target);
    const dir = node_path__WEBPACK_IMPORTED_MODULE_3___default().dirname(file);
    if (options.within !== undefined)
        await refuseLinkedParents(node_path__WEBPACK_IMPORTED_MODULE_3___default().resolve(options.within), dir, target);
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.mkdir)(dir, { recursive: true });
    const temporary = node_path__WEBPACK_IMPORTED_MODULE_3___default().join(dir, `.${node_path__WEBPACK_IMPORTED_MODULE_3___default().basename(file)}.${process.pid}.${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(6).toString('hex')}.tmp`);
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
    const relative = node_path__WEBPACK_IMPORTED_MODULE_3___default().relative(within, dir);
    if (relative === '' || relative === '..' || relative.startsWith(`..${(node_path__WEBPACK_IMPORTED_MODULE_3___default().sep)}`) || node_path__WEBPACK_IMPORTED_MODULE_3___default().isAbsolute(relative))
        return;
    let current = within;
    for (const part of relative.split((node_path__WEBPACK_IMPORTED_MODULE_3___default().sep))) {
        current = node_path__WEBPACK_IMPORTED_MODULE_3___default().join(current, part);
        let info;
        try {
            info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.lstat)(current);
        }
        catch {
            return; // does not exist yet: mkdir creates real directories from here on
        }
        if (info.isSymbolicLink()) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1(`refusing to write ${shown}: ${node_path__WEBPACK_IMPORTED_MODULE_3___default().relative(within, current)} is a symbolic link (files are never written through links)`);
        }
        if (!info.isDirectory())
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1(`cannot write ${shown}: ${node_path__WEBPACK_IMPORTED_MODULE_3___default().relative(within, current)} is not a directory`);
    }
}


/***/ }),

/***/ 2767:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  we: () => (/* binding */ joinUrl),
  yg: () => (/* binding */ resolveBaseUrls)
});

// UNUSED EXPORTS: BASE_URL_ENV_VARS, checkBaseUrl, isLoopback

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/verify/providers/index.ts + 9 modules
var providers = __webpack_require__(2806);
;// CONCATENATED MODULE: ./src/verify/types.ts
/** Plain data of live verification. Nothing here holds or prints a secret. */
const PROVIDERS = ['openai', 'anthropic', 'github', 'gitlab', 'huggingface', 'groq', 'slack', 'stripe'];
const VERIFICATION_STATUSES = (/* unused pure expression or super */ null && (['active', 'inactive', 'unknown']));
/** Why a key could not be classified (machine-readable; `detail` says more for people). */
const UNKNOWN_REASONS = (/* unused pure expression or super */ null && ([
    'timeout',
    'rate-limited',
    'network-error',
    'unexpected-status',
    'unexpected-response',
    'malformed-response',
    'unsupported',
]));

;// CONCATENATED MODULE: ./src/verify/base-url.ts
/**
 * Base URLs: HTTPS for every built-in endpoint; an override (environment variable or option) may
 * be plain HTTP only on loopback, so that a key never crosses a network in clear text.
 */



/** The environment variable that overrides each provider's base URL. */
const BASE_URL_ENV_VARS = Object.fromEntries(PROVIDERS.map((p) => [p, providers/* VERIFIERS */.a[p].envVar]));
/**
 * Every provider's base URL: `overrides` first, then `env`, then the built-in default.
 * Throws a ConfigurationError naming the variable for any override that is not acceptable.
 */
function resolveBaseUrls(env = {}, overrides = {}) {
    const urls = {};
    for (const provider of PROVIDERS) {
        const verifier = providers/* VERIFIERS */.a[provider];
        const fromOption = overrides[provider]?.trim();
        const fromEnv = env[verifier.envVar]?.trim();
        if (fromOption)
            urls[provider] = checkBaseUrl(fromOption, `the ${verifier.name} base URL`);
        else if (fromEnv)
            urls[provider] = checkBaseUrl(fromEnv, verifier.envVar);
        else
            urls[provider] = new URL(verifier.defaultBaseUrl);
    }
    return urls;
}
/** Parses and checks one base URL; `source` names where it came from, for the error message. */
function checkBaseUrl(value, source) {
    let url;
    try {
        url = new URL(value);
    }
    catch {
        throw new errors/* ConfigurationError */.j1(`${source} is not a valid URL`);
    }
    if (url.username || url.password)
        throw new errors/* ConfigurationError */.j1(`${source} must not contain credentials`);
    if (url.search || url.hash)
        throw new errors/* ConfigurationError */.j1(`${source} must not contain a query or a fragment`);
    if (url.protocol === 'https:')
        return url;
    if (url.protocol === 'http:') {
        if (isLoopback(url.hostname))
            return url;
        throw new errors/* ConfigurationError */.j1(`${source} (${url.origin}) uses plain HTTP on a non-loopback host: keys may only be sent over HTTPS, or over HTTP to 127.0.0.0/8, ::1 or localhost`);
    }
    throw new errors/* ConfigurationError */.j1(`${source} must be an https:// URL (or http:// on loopback), not ${url.protocol}`);
}
/** 127.0.0.0/8, ::1 (also as an IPv4-mapped address) and localhost. `hostname` as URL gives it. */
function isLoopback(hostname) {
    const host = hostname.toLowerCase().replace(/^\[|\]$/g, '');
    if (host === 'localhost' || host === '::1')
        return true;
    const v4 = /^(?:::ffff:)?(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(host);
    if (v4)
        return v4.slice(1).every((n) => Number(n) <= 255) && v4[1] === '127';
    // WHATWG URL writes an IPv4-mapped IPv6 address in hex: ::ffff:7f00:1.
    const mapped = /^::ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(host);
    return mapped !== null && parseInt(mapped[1], 16) >> 8 === 127;
}
/** The URL of `path` (which may carry a query) below `base`, keeping any path prefix of `base`. */
function joinUrl(base, path) {
    const url = new URL(base.href);
    const [pathname, query] = path.split('?', 2);
    url.pathname = base.pathname.replace(/\/+$/, '') + pathname;
    url.search = query === undefined ? '' : `?${query}`;
    return url;
}


/***/ }),

/***/ 1158:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Xm: () => (/* binding */ describeVerification),
/* harmony export */   cb: () => (/* binding */ verificationRank)
/* harmony export */ });
/* unused harmony export severityAfterVerification */
/** Sort key: active first, then unknown, then inactive, then not verified. */
function verificationRank(verification) {
    if (!verification)
        return 3;
    return verification.status === 'active' ? 0 : verification.status === 'unknown' ? 1 : 2;
}
/** An active key is a critical finding whatever its rule's severity. */
function severityAfterVerification(severity, verification) {
    return verification?.status === 'active' ? 'critical' : severity;
}
/** `active`, `inactive`, `unknown (timeout: no answer within 100 ms)`: for text, Markdown and SARIF. */
function describeVerification(verification) {
    if (verification.status !== 'unknown')
        return verification.detail ? `${verification.status} (${verification.detail})` : verification.status;
    const why = [verification.reason, verification.detail].filter(Boolean).join(': ');
    return why ? `unknown (${why})` : 'unknown';
}


/***/ }),

/***/ 2806:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  a: () => (/* binding */ VERIFIERS),
  zG: () => (/* binding */ providerFor)
});

// UNUSED EXPORTS: RULE_PROVIDERS, providerOfSecret

;// CONCATENATED MODULE: ./src/verify/classify.ts
function verdict(status, extra = {}) {
    return { kind: 'verdict', verification: { status, ...extra } };
}
function active(detail) {
    return verdict('active', detail === undefined ? {} : { detail });
}
function inactive(detail) {
    return verdict('inactive', detail === undefined ? {} : { detail });
}
function unknown(reason, detail) {
    return verdict('unknown', detail === undefined ? { reason } : { reason, detail });
}
function unexpectedStatus(response) {
    return unknown('unexpected-status', `HTTP ${response.status}`);
}
/** The body parsed as a JSON object, or null (not JSON, not an object, or cut at the cap). */
function jsonObject(response) {
    if (response.truncated)
        return null;
    try {
        const value = JSON.parse(response.body);
        return value !== null && typeof value === 'object' && !Array.isArray(value) ? value : null;
    }
    catch {
        return null;
    }
}
/** A success answer must be a JSON object: an HTML page from a captive portal is not a verdict. */
function activeIfJson(response, detail) {
    return jsonObject(response) ? active(detail) : unknown('malformed-response', `HTTP ${response.status} without a JSON object body`);
}
/** `Retry-After` in milliseconds: delta-seconds or an HTTP date; null when absent or unreadable. */
function retryAfterMs(response, now = Date.now()) {
    const value = response.headers['retry-after']?.trim();
    if (!value)
        return null;
    if (/^\d+(\.\d+)?$/.test(value))
        return Math.round(Number(value) * 1000);
    const date = Date.parse(value);
    return Number.isNaN(date) ? null : Math.max(0, date - now);
}
function rateLimited(response) {
    return { kind: 'rate-limited', retryAfterMs: retryAfterMs(response) };
}
/** 2xx + JSON: active; 401: inactive; 403: per option; 429: rate limited; anything else: unknown. */
function standard(response, options = {}) {
    const { status } = response;
    if (status >= 200 && status < 300)
        return activeIfJson(response);
    if (status === 401)
        return inactive(options.rejectedDetail);
    if (status === 403 && options.forbidden === 'active')
        return active('authenticated, but not allowed to use the verification endpoint');
    if (status === 429)
        return rateLimited(response);
    return unexpectedStatus(response);
}
/** A short, printable token from a provider's answer (an error code), safe to put in a detail. */
function safeCode(value) {
    return typeof value === 'string' && /^[A-Za-z0-9_.-]{1,64}$/.test(value) ? value : undefined;
}
function bearer(secret) {
    return { authorization: `Bearer ${secret}` };
}

;// CONCATENATED MODULE: ./src/verify/providers/anthropic.ts
/**
 * Anthropic: API keys list the models; admin keys list the organization's API keys. The key
 * goes in `x-api-key`. OAuth tokens (`sk-ant-oat…`) are not verified.
 */

const anthropicVerifier = {
    id: 'anthropic',
    name: 'Anthropic',
    defaultBaseUrl: 'https://api.anthropic.com',
    envVar: 'OPENAI_SECRET_LINT_ANTHROPIC_BASE_URL',
    plan(secret) {
        if (secret.startsWith('sk-ant-oat'))
            return { unsupported: 'Anthropic OAuth tokens are not verified' };
        const admin = secret.startsWith('sk-ant-admin');
        return {
            method: 'GET',
            path: admin ? '/v1/organizations/api_keys?limit=1' : '/v1/models?limit=1',
            headers: { 'x-api-key': secret, 'anthropic-version': '2023-06-01' },
            classify: (response) => standard(response, { forbidden: 'active' }),
        };
    },
};

;// CONCATENATED MODULE: ./src/verify/providers/github.ts
/**
 * GitHub: `GET /user` with the token as a Bearer token. Installation tokens (`ghs_`) are refused
 * /user with 403 although they authenticate; refresh tokens (`ghr_`) need the app's client
 * secret and are not verified. A token of GitHub Enterprise Server is rejected by github.com:
 * point OPENAI_SECRET_LINT_GITHUB_BASE_URL at the server's API (`https://HOST/api/v3`).
 */

const githubVerifier = {
    id: 'github',
    name: 'GitHub',
    defaultBaseUrl: 'https://api.github.com',
    envVar: 'OPENAI_SECRET_LINT_GITHUB_BASE_URL',
    plan(secret) {
        if (secret.startsWith('ghr_'))
            return { unsupported: 'GitHub refresh tokens cannot be verified without the app credentials' };
        return {
            method: 'GET',
            path: '/user',
            headers: {
                authorization: `Bearer ${secret}`,
                accept: 'application/vnd.github+json',
                'x-github-api-version': '2022-11-28',
            },
            classify: classifyGitHub,
        };
    },
};
function classifyGitHub(response) {
    const { status, headers } = response;
    if (status >= 200 && status < 300)
        return activeIfJson(response);
    if (status === 401)
        return inactive();
    if (status === 429 || (status === 403 && (headers['x-ratelimit-remaining'] === '0' || headers['retry-after'] !== undefined))) {
        const limited = rateLimited(response);
        if (limited.kind === 'rate-limited' && limited.retryAfterMs === null && headers['x-ratelimit-reset']) {
            const reset = Number(headers['x-ratelimit-reset']) * 1000;
            if (Number.isFinite(reset))
                return { kind: 'rate-limited', retryAfterMs: Math.max(0, reset - Date.now()) };
        }
        return limited;
    }
    if (status === 403)
        return active('authenticated, but not allowed to read /user');
    return unexpectedStatus(response);
}

;// CONCATENATED MODULE: ./src/verify/providers/gitlab.ts
/**
 * GitLab: personal, project, group and service-account access tokens (`glpat-`) read their own
 * record at `GET /api/v4/personal_access_tokens/self` (header `PRIVATE-TOKEN`). Runner, deploy,
 * trigger, feed and OAuth-secret tokens have no read-only check that carries the token in a
 * header only, and are not verified. Tokens of a self-managed instance are rejected by
 * gitlab.com: point OPENAI_SECRET_LINT_GITLAB_BASE_URL at the instance.
 */

const gitlabVerifier = {
    id: 'gitlab',
    name: 'GitLab',
    defaultBaseUrl: 'https://gitlab.com',
    envVar: 'OPENAI_SECRET_LINT_GITLAB_BASE_URL',
    plan(secret) {
        if (!secret.startsWith('glpat-')) {
            const prefix = /^[a-z]+-/.exec(secret)?.[0] ?? 'this';
            return { unsupported: `GitLab ${prefix} tokens have no read-only check with the token in a header` };
        }
        return {
            method: 'GET',
            path: '/api/v4/personal_access_tokens/self',
            headers: { 'private-token': secret },
            classify: classifyGitLab,
        };
    },
};
function classifyGitLab(response) {
    if (response.status >= 200 && response.status < 300) {
        const record = jsonObject(response);
        if (!record)
            return unknown('malformed-response', `HTTP ${response.status} without a JSON object body`);
        if (record['revoked'] === true || record['active'] === false)
            return inactive('the token record says revoked or expired');
        return active();
    }
    return standard(response, { forbidden: 'active' });
}

;// CONCATENATED MODULE: ./src/verify/providers/groq.ts
/** Groq: `GET /openai/v1/models` with the key as a Bearer token. */

const groqVerifier = {
    id: 'groq',
    name: 'Groq',
    defaultBaseUrl: 'https://api.groq.com',
    envVar: 'OPENAI_SECRET_LINT_GROQ_BASE_URL',
    plan(secret) {
        return { method: 'GET', path: '/openai/v1/models', headers: bearer(secret), classify: (response) => standard(response) };
    },
};

;// CONCATENATED MODULE: ./src/verify/providers/huggingface.ts
/** Hugging Face: `GET /api/whoami-v2` with the token as a Bearer token. */

const huggingfaceVerifier = {
    id: 'huggingface',
    name: 'Hugging Face',
    defaultBaseUrl: 'https://huggingface.co',
    envVar: 'OPENAI_SECRET_LINT_HUGGINGFACE_BASE_URL',
    plan(secret) {
        return { method: 'GET', path: '/api/whoami-v2', headers: bearer(secret), classify: (response) => standard(response) };
    },
};

;// CONCATENATED MODULE: ./src/verify/providers/openai.ts
/**
 * OpenAI: user, project, service-account and `sk-None-` keys list the models (read-only); admin
 * keys list the organization's admin keys, which other keys cannot. Bearer token.
 */

const openaiVerifier = {
    id: 'openai',
    name: 'OpenAI',
    defaultBaseUrl: 'https://api.openai.com',
    envVar: 'OPENAI_SECRET_LINT_OPENAI_BASE_URL',
    plan(secret) {
        const admin = secret.startsWith('sk-admin-');
        return {
            method: 'GET',
            path: admin ? '/v1/organization/admin_api_keys?limit=1' : '/v1/models',
            headers: bearer(secret),
            classify: classifyOpenAi,
        };
    },
};
function classifyOpenAi(response) {
    const { status } = response;
    if (status >= 200 && status < 300)
        return activeIfJson(response);
    if (status === 401)
        return inactive();
    const error = errorOf(response);
    // A restricted project key without the `model.read` scope still authenticates.
    if (status === 403 && /insufficient permissions|missing scopes/i.test(error.message)) {
        return active('authenticated, but the key lacks the scope to list models');
    }
    // The key works; its project or organization has run out of credit.
    if (status === 429 && error.code === 'insufficient_quota')
        return active('authenticated, but the quota is exhausted');
    if (status === 429)
        return rateLimited(response);
    return unexpectedStatus(response);
}
function errorOf(response) {
    const error = jsonObject(response)?.['error'];
    if (error === null || typeof error !== 'object')
        return { code: undefined, message: '' };
    const { code, message } = error;
    return { code: safeCode(code), message: typeof message === 'string' ? message : '' };
}

;// CONCATENATED MODULE: ./src/verify/providers/slack.ts
/**
 * Slack: `POST /api/auth.test` (read-only: who am I) with the token as a Bearer token and an
 * empty form body. Slack answers HTTP 200 with `ok` and an `error` code. Refresh tokens
 * (`xoxe-`, `xoxr-`) cannot call the API and are not verified.
 */

const REJECTED = new Set(['invalid_auth', 'not_authed', 'token_revoked', 'token_expired', 'account_inactive', 'org_login_required']);
const slackVerifier = {
    id: 'slack',
    name: 'Slack',
    defaultBaseUrl: 'https://slack.com',
    envVar: 'OPENAI_SECRET_LINT_SLACK_BASE_URL',
    plan(secret) {
        if (secret.startsWith('xoxe-') || secret.startsWith('xoxr-'))
            return { unsupported: 'Slack refresh tokens cannot call the API' };
        return {
            method: 'POST',
            path: '/api/auth.test',
            headers: { ...bearer(secret), 'content-type': 'application/x-www-form-urlencoded' },
            body: '',
            classify: classifySlack,
        };
    },
};
function classifySlack(response) {
    if (response.status === 429)
        return rateLimited(response);
    if (response.status !== 200)
        return unexpectedStatus(response);
    const answer = jsonObject(response);
    if (!answer || typeof answer['ok'] !== 'boolean')
        return unknown('malformed-response', 'no boolean "ok" in the answer');
    if (answer['ok'])
        return active();
    const error = safeCode(answer['error']);
    if (error === 'ratelimited')
        return { kind: 'rate-limited', retryAfterMs: retryAfterMs(response) };
    if (error !== undefined && REJECTED.has(error))
        return inactive(`Slack: ${error}`);
    return unknown('unexpected-response', `Slack error ${error ?? '(none)'}`);
}

;// CONCATENATED MODULE: ./src/verify/providers/stripe.ts
/**
 * Stripe: `GET /v1/balance` with the key as a Bearer token. A restricted key (`rk_`) without the
 * balance permission is answered 403 and is active all the same.
 */

const stripeVerifier = {
    id: 'stripe',
    name: 'Stripe',
    defaultBaseUrl: 'https://api.stripe.com',
    envVar: 'OPENAI_SECRET_LINT_STRIPE_BASE_URL',
    plan(secret) {
        return { method: 'GET', path: '/v1/balance', headers: bearer(secret), classify: (response) => standard(response, { forbidden: 'active' }) };
    },
};

;// CONCATENATED MODULE: ./src/verify/providers/index.ts








const VERIFIERS = {
    openai: openaiVerifier,
    anthropic: anthropicVerifier,
    github: githubVerifier,
    gitlab: gitlabVerifier,
    huggingface: huggingfaceVerifier,
    groq: groqVerifier,
    slack: slackVerifier,
    stripe: stripeVerifier,
};
/** Detector rule ids whose secrets can be verified. */
const RULE_PROVIDERS = {
    'openai-api-key': 'openai',
    'anthropic-api-key': 'anthropic',
    'github-token': 'github',
    'github-fine-grained-pat': 'github',
    'gitlab-token': 'gitlab',
    'huggingface-token': 'huggingface',
    'groq-api-key': 'groq',
    'slack-token': 'slack',
    'stripe-live-key': 'stripe',
    'stripe-secret-key': 'stripe',
};
/** "OpenAI" in base64, assembled so that the literal marker never appears in the repository. */
const OPENAI_MARKER = ['T3Bl', 'bkFJ'].join('');
/** Unambiguous prefixes, longest first where one prefix begins another (`sk-ant-` before `sk-`). */
const PREFIXES = [
    ['sk-ant-', 'anthropic'],
    ['sk-proj-', 'openai'],
    ['sk-svcacct-', 'openai'],
    ['sk-service-', 'openai'],
    ['sk-admin-', 'openai'],
    ['sk-None-', 'openai'],
    ['github_pat_', 'github'],
    ['ghp_', 'github'],
    ['gho_', 'github'],
    ['ghu_', 'github'],
    ['ghs_', 'github'],
    ['ghr_', 'github'],
    ['glpat-', 'gitlab'],
    ['glrt-', 'gitlab'],
    ['gldt-', 'gitlab'],
    ['glptt-', 'gitlab'],
    ['glft-', 'gitlab'],
    ['glsoat-', 'gitlab'],
    ['gloas-', 'gitlab'],
    ['hf_', 'huggingface'],
    ['api_org_', 'huggingface'],
    ['gsk_', 'groq'],
    ['xoxb-', 'slack'],
    ['xoxp-', 'slack'],
    ['xoxa-', 'slack'],
    ['xoxr-', 'slack'],
    ['xoxs-', 'slack'],
    ['xoxe-', 'slack'],
    ['xoxe.xoxp-', 'slack'],
    ['xapp-', 'slack'],
    ['sk_live_', 'stripe'],
    ['rk_live_', 'stripe'],
    ['sk_test_', 'stripe'],
    ['rk_test_', 'stripe'],
];
/** The provider a secret's own shape names, if any. A bare `sk-` key is OpenAI's only with the marker. */
function providerOfSecret(secret) {
    for (const [prefix, provider] of PREFIXES)
        if (secret.startsWith(prefix))
            return provider;
    if (secret.startsWith('sk-') && secret.includes(OPENAI_MARKER))
        return 'openai';
    return undefined;
}
/**
 * Where a found secret may be sent: the provider its shape names, else the provider of the rule
 * that found it, else nowhere. A key is only ever sent to its own provider.
 */
function providerFor(ruleId, secret) {
    return providerOfSecret(secret) ?? RULE_PROVIDERS[ruleId];
}


/***/ }),

/***/ 8307:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   w: () => (/* binding */ TransportError)
/* harmony export */ });
/** A request that got no HTTP answer: timed out, or failed on the way. */
class TransportError extends Error {
    kind;
    detail;
    name = 'TransportError';
    constructor(kind, detail) {
        super(kind === 'timeout' ? 'request timed out' : `network error (${detail})`);
        this.kind = kind;
        this.detail = detail;
    }
}


/***/ })

};
