export const id = 643;
export const ids = [643,997,974];
export const modules = {

/***/ 8178:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ applyConfig)
/* harmony export */ });
/* unused harmony export applyDetectorsConfig */
/* harmony import */ var _detectors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7653);

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

/***/ 7653:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Aw: () => (/* binding */ DEFAULT_CUSTOM_SEVERITY),
/* harmony export */   G3: () => (/* binding */ DEFAULT_CUSTOM_REMEDIATION),
/* harmony export */   RB: () => (/* binding */ detectorProblems),
/* harmony export */   kL: () => (/* binding */ customDetectorSpecs)
/* harmony export */ });
/* harmony import */ var _detectors_custom_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(28);
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

/***/ 1668:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GW: () => (/* binding */ MAX_CONFIG_BYTES),
/* harmony export */   Z9: () => (/* binding */ loadConfig)
/* harmony export */ });
/* unused harmony exports CONFIG_FILE_NAMES, findConfigFile */
/* harmony import */ var _core_libraries_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7916);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7144);




/** Looked for at the scan root, in this order; more than one is ambiguous and an error. */
const CONFIG_FILE_NAMES = ['.openai-secret-lint.yml', '.openai-secret-lint.yaml', '.openai-secret-lint.json'];
/** A config file is a few lines; anything larger is refused, wherever it is read from. */
const MAX_CONFIG_BYTES = 1024 * 1024;
/**
 * Reads and validates the configuration: `explicit` (from `--config` or the Action's `config`
 * input, relative to `cwd`) when given, else the config file at `root` if there is one.
 */
async function loadConfig(root, explicit = null, cwd = root) {
    const file = explicit !== null ? node_path__WEBPACK_IMPORTED_MODULE_2__.resolve(cwd, explicit) : await findConfigFile(root);
    if (file === null)
        return { config: {}, file: null };
    let text;
    try {
        const info = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.statSync)(file);
        if (!info.isFile())
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`config ${explicit ?? file} is not a file`);
        if (info.size > MAX_CONFIG_BYTES)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`config ${explicit ?? file} is larger than 1 MiB`);
        text = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(file, 'utf8');
    }
    catch (error) {
        if (error instanceof _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1)
            throw error;
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`cannot read config ${explicit ?? file}: ${error.code ?? String(error)}`);
    }
    const shown = explicit ?? node_path__WEBPACK_IMPORTED_MODULE_2__.relative(root, file);
    // The validator (a YAML parser, the schema, every rule id) is loaded only when there is a file:
    // most scans, and every pre-commit scan of a repository without one, never need it.
    const [{ parseConfigText }] = await Promise.all([Promise.all(/* import() */[__webpack_require__.e(29), __webpack_require__.e(944), __webpack_require__.e(666)]).then(__webpack_require__.bind(__webpack_require__, 2666)), (0,_core_libraries_js__WEBPACK_IMPORTED_MODULE_0__/* .loadConfigLibraries */ .Gl)()]);
    return { config: parseConfigText(text, shown, file), file };
}
async function findConfigFile(root) {
    const found = [];
    for (const name of CONFIG_FILE_NAMES) {
        const candidate = node_path__WEBPACK_IMPORTED_MODULE_2__.join(root, name);
        let info;
        try {
            info = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.lstatSync)(candidate);
        }
        catch {
            continue; // absent: try the next name
        }
        // A scanned repository's own config is never read through a symlink: a hostile one could
        // point it at a file of the scanning machine (a docker config, .git/config) whose contents an
        // error message would then show. `--config` can still name any file on purpose.
        if (info.isSymbolicLink())
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`${name} at the scan root is a symbolic link: not followed (name the file with --config to use it)`);
        if (info.isFile())
            found.push(candidate);
    }
    if (found.length > 1) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`several config files at ${root}: ${found.map((f) => node_path__WEBPACK_IMPORTED_MODULE_2__.basename(f)).join(', ')}; keep one (or pick one with --config)`);
    }
    return found[0] ?? null;
}


/***/ }),

/***/ 9643:
/***/ ((__webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ORG_USAGE: () => (/* binding */ ORG_USAGE),
/* harmony export */   outputLines: () => (/* binding */ outputLines),
/* harmony export */   runOrg: () => (/* binding */ runOrg)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7975);
/* harmony import */ var _config_apply_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8178);
/* harmony import */ var _config_load_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1668);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_15__ = __webpack_require__(7144);
/* harmony import */ var _core_finding_js__WEBPACK_IMPORTED_MODULE_18__ = __webpack_require__(8906);
/* harmony import */ var _core_settings_js__WEBPACK_IMPORTED_MODULE_17__ = __webpack_require__(3642);
/* harmony import */ var _output_escape_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5230);
/* harmony import */ var _util_safe_write_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(7997);
/* harmony import */ var _verify_base_url_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(974);
/* harmony import */ var _github_api_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(4306);
/* harmony import */ var _names_js__WEBPACK_IMPORTED_MODULE_16__ = __webpack_require__(9814);
/* harmony import */ var _plan_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(4053);
/* harmony import */ var _render_html_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(9396);
/* harmony import */ var _render_markdown_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(9788);
/* harmony import */ var _report_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(4458);
/* harmony import */ var _scan_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(9665);
/* harmony import */ var _state_js__WEBPACK_IMPORTED_MODULE_14__ = __webpack_require__(7287);
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

org plan: lists the repositories and prints the matrix {"include":[shard\u2026]} on standard output
  --org NAME              the organisation (required)
  --topic TOPIC           only repositories with this topic
  --include-archived      archived repositories too
  --max-jobs N            at most N shards (1-${_plan_js__WEBPACK_IMPORTED_MODULE_9__/* .MAX_JOBS */ .Eu}, default ${_plan_js__WEBPACK_IMPORTED_MODULE_9__/* .MAX_JOBS */ .Eu}), balanced by repository size
  --changed-since STATE   skip repositories not pushed since their last audit in STATE
  --output FILE           also write the whole plan (shards, repositories left out) to FILE
  When GITHUB_OUTPUT is set: matrix, shards and repositories are written there.

org scan: clones and scans each repository of a shard, one JSON report per repository
  --shard FILE            a matrix entry {"shard":\u2026, "repositories":[\u2026]} (required)
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
    const state = values['changed-since'] ? await (0,_state_js__WEBPACK_IMPORTED_MODULE_14__/* .readState */ .u)(node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(io.cwd, values['changed-since'])) : null;
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
        await (0,_util_safe_write_js__WEBPACK_IMPORTED_MODULE_6__.writeFileNoFollow)(node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(io.cwd, values.output), JSON.stringify(plan, null, 2) + '\n', { within: io.cwd });
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
    const repositories = await (0,_scan_js__WEBPACK_IMPORTED_MODULE_13__/* .readShard */ .Xy)(node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(io.cwd, values.shard), io.env);
    const concurrency = positiveInt(values.concurrency, '--concurrency', 4, 64);
    let config = {};
    if (values.config)
        config = (await (0,_config_load_js__WEBPACK_IMPORTED_MODULE_4__/* .loadConfig */ .Z9)(io.cwd, values.config, io.cwd)).config;
    if (values.verify)
        (0,_verify_base_url_js__WEBPACK_IMPORTED_MODULE_7__.resolveBaseUrls)(io.env);
    const apiUrl = (0,_github_api_js__WEBPACK_IMPORTED_MODULE_8__/* .apiUrlFromEnv */ .R7)(io.env, values['api-url']);
    const outDir = node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(io.cwd, values.out ?? 'org-reports');
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
    const dir = node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(io.cwd, positionals[0]);
    const current = await loadOrFail(dir);
    for (const name of current.ignored)
        logger.warning(`${name}: not a repository report, skipped`);
    const reports = [...current.reports];
    const previous = values.previous ? (await loadOrFail(node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(io.cwd, values.previous))).reports : null;
    if (values.plan && previous) {
        // Repositories the plan left out as unchanged keep their previous report, copied into DIR so
        // that it stays one complete audit (the next run's --previous).
        const unchanged = await readPlanUnchanged(node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(io.cwd, values.plan));
        const have = new Set(reports.map((r) => r.repository.name));
        const earlier = new Map(previous.map((r) => [r.repository.name, r]));
        for (const name of unchanged) {
            const old = earlier.get(name);
            if (have.has(name) || !old)
                continue;
            const carried = { ...old, carried: true };
            reports.push(carried);
            await (0,_util_safe_write_js__WEBPACK_IMPORTED_MODULE_6__.writeFileNoFollow)(node_path__WEBPACK_IMPORTED_MODULE_1__.join(dir, (0,_names_js__WEBPACK_IMPORTED_MODULE_16__/* .reportFileName */ .cq)(name)), JSON.stringify(carried, null, 2) + '\n', { within: dir });
        }
        reports.sort((a, b) => (a.repository.name < b.repository.name ? -1 : a.repository.name > b.repository.name ? 1 : 0));
    }
    const stateFile = values.state ? node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(io.cwd, values.state) : null;
    const state = stateFile ? await (0,_state_js__WEBPACK_IMPORTED_MODULE_14__/* .readState */ .u)(stateFile) : null;
    const report = (0,_report_js__WEBPACK_IMPORTED_MODULE_12__/* .aggregate */ .QD)(reports, { previous, state, organization });
    if (stateFile)
        await (0,_util_safe_write_js__WEBPACK_IMPORTED_MODULE_6__.writeFileNoFollow)(stateFile, JSON.stringify((0,_report_js__WEBPACK_IMPORTED_MODULE_12__/* .nextState */ .VK)(report, reports, state), null, 2) + '\n', { within: io.cwd });
    const render = (kind) => kind === 'json' ? (0,_output_escape_js__WEBPACK_IMPORTED_MODULE_5__/* .logSafeJson */ .C5)(JSON.stringify(report, null, 2)) + '\n' : kind === 'html' ? (0,_render_html_js__WEBPACK_IMPORTED_MODULE_10__/* .renderOrgHtml */ .k)(report) : (0,_render_markdown_js__WEBPACK_IMPORTED_MODULE_11__/* .renderOrgMarkdown */ .S)(report, { criticalOnly: Boolean(values['critical-only']) });
    // One aggregation (and one state update) can be written in every format at once.
    const files = [['json', values.json], ['html', values.html], ['markdown', values.markdown]];
    for (const [kind, file] of files)
        if (file)
            await (0,_util_safe_write_js__WEBPACK_IMPORTED_MODULE_6__.writeFileNoFollow)(node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(io.cwd, file), render(kind), { within: io.cwd });
    if (values.output)
        await (0,_util_safe_write_js__WEBPACK_IMPORTED_MODULE_6__.writeFileNoFollow)(node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(io.cwd, values.output), render(format), { within: io.cwd });
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

/***/ 4306:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ tokenFromEnv),
/* harmony export */   R7: () => (/* binding */ apiUrlFromEnv),
/* harmony export */   yS: () => (/* binding */ createApiClient)
/* harmony export */ });
/* unused harmony exports DEFAULT_API_URL, GitHubApiError, rateLimitWait, nextLink */
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7144);
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

/***/ 9814:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

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

/***/ 4053:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EH: () => (/* binding */ MATRIX_OUTPUT_LIMIT),
/* harmony export */   Eu: () => (/* binding */ MAX_JOBS),
/* harmony export */   Fu: () => (/* binding */ planAudit),
/* harmony export */   lQ: () => (/* binding */ matrixOf),
/* harmony export */   xW: () => (/* binding */ listRepositories)
/* harmony export */ });
/* unused harmony exports REPOSITORY_COST_KB, weightOf, shardRepositories */
/* harmony import */ var _names_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9814);
/* harmony import */ var _state_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7287);


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

/***/ 9396:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   k: () => (/* binding */ renderOrgHtml)
/* harmony export */ });
/* unused harmony export escapeHtml */
/* harmony import */ var _core_finding_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8906);
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
(for GitHub Actions: repository or organisation secrets). Removing the line is not enough \u2014 the key stays in the history.
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
            parts.push(`<p class="muted">\u2026 and ${report.findings.length - MAX_FINDING_ROWS} more in the JSON report.</p>`);
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
    return `<tr><td>${sev(f.severity)}</td><td>${escapeHtml(f.repository)}</td><td><code>${escapeHtml(where(f))}</code></td><td>${escapeHtml(f.message)}<br><span class="muted">${escapeHtml(f.ruleId)} \u00b7 ${escapeHtml(f.provider)}</span></td><td>${f.secret !== undefined ? `<code>${escapeHtml(f.secret)}</code>` : ''}</td><td>${badges.join(' ')}</td></tr>`;
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
        const label = r.name.length > 38 ? `${r.name.slice(0, 37)}\u2026` : r.name;
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

/***/ 9788:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ renderOrgMarkdown)
/* harmony export */ });
/* harmony import */ var _core_finding_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8906);
/* harmony import */ var _output_escape_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5230);
/* harmony import */ var _output_markdown_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1316);
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
            out.push('', `\u2026 and ${rows.length - limit} more (see the HTML or JSON report).`);
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
            out.push('', `\u2026 and ${shown.length - limit} more.`);
        out.push('');
    }
    let text = (0,_output_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .neutralizeCommands */ .Kw)(out.join('\n'));
    if (Buffer.byteLength(text, 'utf8') > SUMMARY_MAX)
        text = Buffer.from(text, 'utf8').subarray(0, SUMMARY_MAX).toString('utf8').replace(/\uFFFD+$/, '') + '\n\n_\u2026truncated (size limit)._\n';
    return text;
}
function findingRow(f) {
    const where = `${(0,_output_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeText */ .X1)(f.file)}${f.line !== null ? `:${f.line}` : ''}`;
    const active = f.verification?.status === 'active' ? '**ACTIVE** ' : '';
    const status = [f.change ?? '', f.presentAtHead === false ? 'history only' : ''].filter(Boolean).join(', ');
    return `| ${active}${f.severity} | ${(0,_output_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeText */ .X1)(f.repository)} | ${where} | ${(0,_output_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeText */ .X1)(f.ruleId)} | ${f.secret !== undefined ? (0,_output_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeText */ .X1)(f.secret) : ''} | ${status} |`;
}


/***/ }),

/***/ 4458:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   QD: () => (/* binding */ aggregate),
/* harmony export */   VK: () => (/* binding */ nextState),
/* harmony export */   yc: () => (/* binding */ loadReports)
/* harmony export */ });
/* unused harmony export ORG_REPORT_SCHEMA */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var _core_finding_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8906);
/* harmony import */ var _core_version_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7137);
/* harmony import */ var _detectors_catalogue_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3946);
/* harmony import */ var _names_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(9814);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2419);
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
            value = JSON.parse(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(node_path__WEBPACK_IMPORTED_MODULE_1__.join(dir, name), 'utf8'));
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

/***/ 9665:
/***/ ((__webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GO: () => (/* binding */ scanShard),
/* harmony export */   MJ: () => (/* binding */ tokenHostsFor),
/* harmony export */   Xy: () => (/* binding */ readShard)
/* harmony export */ });
/* unused harmony export conceal */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8161);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6760);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(7144);
/* harmony import */ var _core_logger_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5927);
/* harmony import */ var _core_scan_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3902);
/* harmony import */ var _history_scan_history_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(6959);
/* harmony import */ var _util_git_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(2622);
/* harmony import */ var _util_safe_write_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(7997);
/* harmony import */ var _names_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(9814);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(2419);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_core_scan_js__WEBPACK_IMPORTED_MODULE_5__]);
_core_scan_js__WEBPACK_IMPORTED_MODULE_5__ = (__webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__)[0];
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
    const work = options.workDir ?? node_path__WEBPACK_IMPORTED_MODULE_3__.join((0,node_os__WEBPACK_IMPORTED_MODULE_2__.tmpdir)(), `osl-org-${process.pid}-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(4).toString('hex')}`);
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
            const report = await scanRepository(repo, node_path__WEBPACK_IMPORTED_MODULE_3__.join(work, String(index)), options);
            reports[index] = report;
            await (0,_util_safe_write_js__WEBPACK_IMPORTED_MODULE_8__.writeFileNoFollow)(node_path__WEBPACK_IMPORTED_MODULE_3__.join(options.outDir, (0,_names_js__WEBPACK_IMPORTED_MODULE_10__/* .reportFileName */ .cq)(repo.name)), JSON.stringify(report, null, 2) + '\n', { within: options.outDir });
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
        const cloned = await (0,_util_git_js__WEBPACK_IMPORTED_MODULE_7__.gitClone)(dir, repo.cloneUrl, { ...(options.history ? {} : { depth: 1 }), ...(token ? { token } : {}), protocols });
        if (cloned.empty)
            return { ...base, status: 'empty', scannedAt: now().toISOString() };
        if (!cloned.ok || cloned.commit === null) {
            return { ...base, status: 'failed', error: conceal(`clone failed: ${lastLine(cloned.stderr)}`, options.token), scannedAt: now().toISOString() };
        }
        const settings = options.settingsFor(dir);
        const report = options.history ? await (0,_history_scan_history_js__WEBPACK_IMPORTED_MODULE_6__.scanHistory)(settings, _core_logger_js__WEBPACK_IMPORTED_MODULE_4__/* .silentLogger */ .q, { since: null, allBranches: false }) : await (0,_core_scan_js__WEBPACK_IMPORTED_MODULE_5__.scan)(settings, _core_logger_js__WEBPACK_IMPORTED_MODULE_4__/* .silentLogger */ .q);
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
/** The hosts of a GitHub server, from its API URL (api.github.com -> github.com; GHES: the same host). */
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

/***/ 7287:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   s: () => (/* binding */ unchangedSince),
/* harmony export */   u: () => (/* binding */ readState)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7144);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2419);



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

/***/ 2419:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ REPO_REPORT_SCHEMA),
/* harmony export */   K: () => (/* binding */ STATE_SCHEMA)
/* harmony export */ });
const REPO_REPORT_SCHEMA = 'openai-secret-lint/org-repository-report@1';
const STATE_SCHEMA = 'openai-secret-lint/org-state@1';


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


/***/ }),

/***/ 974:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  BASE_URL_ENV_VARS: () => (/* binding */ BASE_URL_ENV_VARS),
  checkBaseUrl: () => (/* binding */ checkBaseUrl),
  isLoopback: () => (/* binding */ isLoopback),
  joinUrl: () => (/* binding */ joinUrl),
  resolveBaseUrls: () => (/* binding */ resolveBaseUrls)
});

// EXTERNAL MODULE: ./.build-emit/src/core/errors.js
var errors = __webpack_require__(7144);
// EXTERNAL MODULE: ./.build-emit/src/verify/providers/index.js + 9 modules
var providers = __webpack_require__(4061);
;// CONCATENATED MODULE: ./.build-emit/src/verify/types.js
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

;// CONCATENATED MODULE: ./.build-emit/src/verify/base-url.js
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

/***/ 4061:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  a: () => (/* binding */ VERIFIERS),
  zG: () => (/* binding */ providerFor)
});

// UNUSED EXPORTS: RULE_PROVIDERS, providerOfSecret

;// CONCATENATED MODULE: ./.build-emit/src/verify/classify.js
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

;// CONCATENATED MODULE: ./.build-emit/src/verify/providers/anthropic.js
/**
 * Anthropic: API keys list the models; admin keys list the organization's API keys. The key
 * goes in `x-api-key`. OAuth tokens (`sk-ant-oat...`) are not verified.
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

;// CONCATENATED MODULE: ./.build-emit/src/verify/providers/github.js
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

;// CONCATENATED MODULE: ./.build-emit/src/verify/providers/gitlab.js
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

;// CONCATENATED MODULE: ./.build-emit/src/verify/providers/groq.js
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

;// CONCATENATED MODULE: ./.build-emit/src/verify/providers/huggingface.js
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

;// CONCATENATED MODULE: ./.build-emit/src/verify/providers/openai.js
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

;// CONCATENATED MODULE: ./.build-emit/src/verify/providers/slack.js
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

;// CONCATENATED MODULE: ./.build-emit/src/verify/providers/stripe.js
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

;// CONCATENATED MODULE: ./.build-emit/src/verify/providers/index.js








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


/***/ })

};
