export const id = 609;
export const ids = [609];
export const modules = {

/***/ 1724:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HY: () => (/* binding */ loadExpressionsLibrary),
/* harmony export */   v_: () => (/* binding */ expressionsLibrary)
/* harmony export */ });
/* unused harmony export provideExpressionsLibrary */
let library = null;
async function loadExpressionsLibrary() {
    if (library === null) {
        const { ast, Lexer, Parser } = await Promise.all(/* import() */[__webpack_require__.e(85), __webpack_require__.e(133)]).then(__webpack_require__.bind(__webpack_require__, 1133));
        library = { ast, Lexer, Parser };
    }
    return library;
}
/** For a bundle that holds the parser itself (the Action): no separate chunk to load. */
function provideExpressionsLibrary(bundled) {
    library ??= bundled;
}
function expressionsLibrary() {
    if (library === null)
        throw new Error('internal error: an expression is parsed before @actions/expressions was loaded');
    return library;
}


/***/ }),

/***/ 5609:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   settingsFromCommand: () => (/* binding */ settingsFromCommand)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var _config_apply_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8178);
/* harmony import */ var _config_load_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1668);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7144);
/* harmony import */ var _core_settings_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3642);






// Synchronous, as node:fs/promises would be one more module to load on every pre-commit scan.
const realpath = node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync.native;
/**
 * Turns the scan command into Settings: defaults, then the config file, then the flags. One
 * directory is its own root; several paths, or files, are reported relative to the working
 * directory when they are inside it (as a pre-commit hook passes them), else to their deepest
 * common directory.
 */
async function settingsFromCommand(command, cwd, env = {}, warn = () => { }) {
    // Standard input has no tree: the working directory is the root its config is read from.
    if (command.stdin !== null)
        return finishSettings(command, realpath(cwd), [], cwd, env, warn);
    const targets = [];
    let onlyDirectory = null;
    for (const given of command.paths) {
        const absolute = node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(cwd, given);
        let info;
        try {
            info = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(absolute);
        }
        catch {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1(`path not found: ${given}`);
        }
        const real = realpath(absolute);
        targets.push(real);
        if (command.paths.length === 1 && info.isDirectory())
            onlyDirectory = real;
    }
    if (command.mode.kind !== 'tree' && onlyDirectory === null) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1(`--${command.mode.kind} needs a repository directory, not a file`);
    }
    const realCwd = realpath(cwd);
    const insideCwd = targets.every((t) => t === realCwd || t.startsWith(realCwd + node_path__WEBPACK_IMPORTED_MODULE_1__.sep));
    const root = onlyDirectory ?? (insideCwd ? realCwd : commonDirectory(targets));
    return finishSettings(command, root, targets, cwd, env, warn);
}
/**
 * Defaults, then the config file found at `root` (or --config), then the flags. What only some
 * scans use (a gitleaks file, a baseline, a diff base, verification) is loaded when asked for.
 */
async function finishSettings(command, root, targets, cwd, env, warn) {
    const { config, file: configFile } = await (0,_config_load_js__WEBPACK_IMPORTED_MODULE_3__/* .loadConfig */ .Z9)(root, command.config, cwd);
    let settings = await applyGitleaksConfig((0,_config_apply_js__WEBPACK_IMPORTED_MODULE_2__/* .applyConfig */ .x)((0,_core_settings_js__WEBPACK_IMPORTED_MODULE_5__/* .defaultSettings */ .L6)(root, { targets }), config), config, warn);
    if (command.failOn !== null)
        settings.failOn = command.failOn;
    if (command.maxFileSize !== null)
        settings.maxFileSize = command.maxFileSize;
    // A baseline being rewritten must record every current finding, including those it accepted before.
    // The flag, else the config's `baseline` key (relative to the config file).
    const baselineFile = command.baseline !== null ? node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(cwd, command.baseline) : config.baseline && configFile ? node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(node_path__WEBPACK_IMPORTED_MODULE_1__.dirname(configFile), config.baseline) : null;
    if (baselineFile !== null && command.writeBaseline === null) {
        const { readBaseline } = await __webpack_require__.e(/* import() */ 888).then(__webpack_require__.bind(__webpack_require__, 2888));
        settings = { ...settings, baseline: await readBaseline(baselineFile) };
    }
    if (command.mode.kind === 'diff') {
        const wanted = (await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 9347))).discoveryFilter(settings);
        settings.changedLines = await (await __webpack_require__.e(/* import() */ 789).then(__webpack_require__.bind(__webpack_require__, 789))).changedLinesSince(root, command.mode.base, { maxFileSize: settings.maxFileSize, excluded: (file) => !wanted(file) });
    }
    if (command.verify) {
        (await __webpack_require__.e(/* import() */ 974).then(__webpack_require__.bind(__webpack_require__, 974))).resolveBaseUrls(env); // a bad base-URL override is a usage error before anything is sent
        settings.verify = { enabled: true, env, ...(command.verifyTimeoutMs !== null ? { timeoutMs: command.verifyTimeoutMs } : {}) };
    }
    return settings;
}
/** `gitleaksConfig:`: its rules join the custom detectors, its allowlists the suppressions. */
async function applyGitleaksConfig(settings, config, warn) {
    if (config.gitleaksConfig === undefined)
        return settings;
    const [{ loadGitleaksConfig, withGitleaksImport }, { reservedRuleIds }] = await Promise.all([Promise.all(/* import() */[__webpack_require__.e(292), __webpack_require__.e(76)]).then(__webpack_require__.bind(__webpack_require__, 8076)), Promise.all(/* import() */[__webpack_require__.e(29), __webpack_require__.e(944)]).then(__webpack_require__.bind(__webpack_require__, 9944))]);
    const imported = await loadGitleaksConfig(settings.root, config.gitleaksConfig, reservedRuleIds((settings.customDetectors ?? []).map((d) => d.id)));
    for (const warning of imported.warnings)
        warn(warning);
    return withGitleaksImport(settings, imported);
}
function commonDirectory(paths) {
    const split = paths.map((p) => node_path__WEBPACK_IMPORTED_MODULE_1__.dirname(p).split(node_path__WEBPACK_IMPORTED_MODULE_1__.sep));
    const first = split[0] ?? [];
    let length = first.length;
    for (const parts of split) {
        let i = 0;
        while (i < length && parts[i] === first[i])
            i++;
        length = i;
    }
    return first.slice(0, length).join(node_path__WEBPACK_IMPORTED_MODULE_1__.sep) || node_path__WEBPACK_IMPORTED_MODULE_1__.sep;
}


/***/ }),

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

/***/ 7916:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gl: () => (/* binding */ loadConfigLibraries),
/* harmony export */   N5: () => (/* binding */ loadLibrariesFor),
/* harmony export */   VS: () => (/* binding */ settingsNeedRe2)
/* harmony export */ });
/* unused harmony export mayParseYaml */
/* harmony import */ var _analyzers_expressions_library_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1724);
/* harmony import */ var _discover_classify_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6865);
/* harmony import */ var _util_re2_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5945);
/* harmony import */ var _yaml_library_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4716);
/**
 * The large libraries a scan may need, loaded only when it does (a pre-commit scan of a Python
 * change needs none, and loading them was a fifth of its start-up): the YAML parser, and GitHub's
 * expression parser with it, for any file that is not a plain file (every rule and detector that
 * parses YAML looks only at such files, or at the kustomizations and pipelines among them), and
 * re2js for patterns: the configuration's custom detectors, allow patterns and allowlists, and the
 * include globs of GitLab pipelines. Each scan entry point awaits this before analysing; the
 * libraries' holders (src/yaml/library.ts, src/analyzers/expressions/library.ts, src/util/re2.ts)
 * throw a clear internal error where a load point was missed.
 */




/** Every file kind but a plain file may be parsed as YAML. */
function mayParseYaml(kind) {
    return kind !== 'other';
}
/** Whether the configuration asks for RE2 patterns of its own. */
function settingsNeedRe2(settings) {
    return (settings.customDetectors?.length ?? 0) > 0 || settings.allow.patterns.length > 0 || (settings.allowlists?.length ?? 0) > 0;
}
/**
 * Loads what analysing files among `paths` (the scan's whole file list, which pipelines and
 * kustomizations are looked for in) may need under `settings`; `'all'` loads both, for scans
 * whose files are not known in advance (history, pull-request commits).
 */
async function loadLibrariesFor(settings, paths, kinds = []) {
    let yaml = paths === 'all';
    let re2 = paths === 'all' || settingsNeedRe2(settings);
    const seen = (kind) => {
        if (mayParseYaml(kind))
            yaml = true;
        if (kind === 'gitlab-ci')
            re2 = true;
    };
    if (paths !== 'all') {
        for (const path of paths) {
            seen((0,_discover_classify_js__WEBPACK_IMPORTED_MODULE_0__/* .classify */ .L8)(path));
            // The kustomize rules parse it whatever file they look at (test/core/libraries-kustomization.test.ts).
            if ((0,_discover_classify_js__WEBPACK_IMPORTED_MODULE_0__/* .isKustomizationFile */ .yi)(path))
                yaml = true;
        }
    }
    for (const kind of kinds)
        seen(kind);
    // The structural rules apply only to files that may be YAML: they come with it. Imported here,
    // not statically: the settings import this module, and must not wait for the rules' code (a
    // staged scan starts git meanwhile).
    const allRules = async () => (await Promise.all(/* import() */[__webpack_require__.e(29), __webpack_require__.e(255)]).then(__webpack_require__.bind(__webpack_require__, 8255))).loadAllFileRules();
    await Promise.all([yaml ? (0,_yaml_library_js__WEBPACK_IMPORTED_MODULE_1__/* .loadYamlLibrary */ .X1)() : null, yaml ? (0,_analyzers_expressions_library_js__WEBPACK_IMPORTED_MODULE_2__/* .loadExpressionsLibrary */ .HY)() : null, yaml ? allRules() : null, re2 ? (0,_util_re2_js__WEBPACK_IMPORTED_MODULE_3__/* .loadRe2 */ .o4)() : null]);
}
/** What reading a configuration needs: its YAML, and RE2 to check the patterns it holds. */
async function loadConfigLibraries() {
    await Promise.all([(0,_yaml_library_js__WEBPACK_IMPORTED_MODULE_1__/* .loadYamlLibrary */ .X1)(), (0,_util_re2_js__WEBPACK_IMPORTED_MODULE_3__/* .loadRe2 */ .o4)()]);
}


/***/ }),

/***/ 9347:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   discoveryFilter: () => (/* binding */ discoveryFilter),
/* harmony export */   pathMatcher: () => (/* binding */ pathMatcher)
/* harmony export */ });
/* harmony import */ var ignore__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(298);

/**
 * `include` / `exclude` (and `allow.paths`) use gitignore pattern syntax, matched against the
 * POSIX path relative to the scan root: the syntax every user of this tool already knows.
 */
function pathMatcher(patterns) {
    if (patterns.length === 0)
        return () => false;
    const matcher = ignore__WEBPACK_IMPORTED_MODULE_0__().add([...patterns]);
    return (posixPath) => matcher.ignores(posixPath);
}
function discoveryFilter(settings) {
    const included = settings.include.length > 0 ? pathMatcher(settings.include) : () => true;
    const excluded = pathMatcher(settings.exclude);
    return (posixPath) => included(posixPath) && !excluded(posixPath);
}


/***/ }),

/***/ 28:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ix: () => (/* binding */ compileCustomDetectors),
/* harmony export */   Ks: () => (/* binding */ re2GroupCount),
/* harmony export */   n3: () => (/* binding */ re2Problem)
/* harmony export */ });
/* unused harmony exports MAX_MATCHES_PER_FILE, CompiledCustomDetector */
/* harmony import */ var _util_re2_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5945);
/* harmony import */ var _core_path_filter_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9347);
/* harmony import */ var _entropy_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1678);



/** At most this many findings per detector and file: a pattern matching everything cannot flood a report. */
const MAX_MATCHES_PER_FILE = 100;
/** Why RE2 refuses a pattern, or null. The reason never quotes the pattern. */
function re2Problem(pattern) {
    const { RE2JS, RE2JSException, RE2JSSyntaxException } = (0,_util_re2_js__WEBPACK_IMPORTED_MODULE_1__/* .re2 */ .wI)();
    try {
        RE2JS.compile(pattern);
        return null;
    }
    catch (error) {
        if (error instanceof RE2JSSyntaxException)
            return error.error;
        if (error instanceof RE2JSException)
            return error.constructor.name;
        return 'cannot be compiled';
    }
}
/** Capture groups of a valid pattern. */
function re2GroupCount(pattern) {
    return (0,_util_re2_js__WEBPACK_IMPORTED_MODULE_1__/* .re2 */ .wI)().RE2JS.compile(pattern).groupCount();
}
class CompiledCustomDetector {
    spec;
    pattern;
    keywords;
    inPaths;
    pathRegex;
    allowlists;
    constructor(spec) {
        const { RE2JS } = (0,_util_re2_js__WEBPACK_IMPORTED_MODULE_1__/* .re2 */ .wI)();
        this.spec = spec;
        this.pattern = RE2JS.compile(spec.regex);
        this.keywords = (spec.keywords ?? []).map((k) => k.toLowerCase()).filter((k) => k !== '');
        this.inPaths = spec.paths && spec.paths.length > 0 ? (0,_core_path_filter_js__WEBPACK_IMPORTED_MODULE_0__.pathMatcher)(spec.paths) : null;
        this.pathRegex = spec.pathRegex ? RE2JS.compile(spec.pathRegex) : null;
        this.allowlists = (spec.allowlists ?? []).map((a) => {
            const regexes = (a.regexes ?? []).map((r) => RE2JS.compile(r));
            const paths = (a.paths ?? []).map((r) => RE2JS.compile(r));
            const stopwords = (a.stopwords ?? []).map((w) => w.toLowerCase()).filter((w) => w !== '');
            const hasCommits = (a.commits ?? []).length > 0;
            return { and: a.condition === 'AND', regexes, target: a.regexTarget ?? 'secret', paths, stopwords, hasCommits, commitsOnly: hasCommits && regexes.length === 0 && paths.length === 0 && stopwords.length === 0 };
        });
    }
    /** Whether the detector looks at this file at all (its paths). */
    appliesTo(path) {
        if (this.inPaths && !this.inPaths(path))
            return false;
        if (this.pathRegex && !this.pathRegex.matcher(path).find())
            return false;
        // A regex-less rule is not possible here: the path alone never makes a finding.
        return !this.allowlists.some((a) => !a.and && a.paths.some((p) => p.matcher(path).find()));
    }
    /** Matches in `text` (`lower` is `text.toLowerCase()`, shared by every detector on a file). */
    find(text, lower, path) {
        if (this.keywords.length > 0 && !this.keywords.some((k) => lower.includes(k)))
            return [];
        const found = [];
        const matcher = this.pattern.matcher(text);
        const groups = this.pattern.groupCount();
        while (found.length < MAX_MATCHES_PER_FILE && matcher.find()) {
            const start = matcher.start();
            const end = matcher.end();
            let group = this.spec.secretGroup ?? 0;
            if (this.spec.secretGroup === undefined) {
                for (let g = 1; g <= groups; g++) {
                    if (matcher.start(g) >= 0 && matcher.end(g) > matcher.start(g)) {
                        group = g;
                        break;
                    }
                }
            }
            const secretStart = group === 0 ? start : matcher.start(group);
            const secretEnd = group === 0 ? end : matcher.end(group);
            if (secretStart < 0 || secretEnd <= secretStart)
                continue; // the group did not take part, or an empty match
            const secret = text.slice(secretStart, secretEnd);
            if (this.spec.entropy !== undefined && (0,_entropy_js__WEBPACK_IMPORTED_MODULE_2__/* .shannonEntropy */ .ly)(secret) < this.spec.entropy)
                continue;
            if (this.allowed(secret, text.slice(start, end), () => lineAround(text, start, end), path))
                continue;
            found.push({ start: secretStart, end: secretEnd, secret });
        }
        return found;
    }
    allowed(secret, match, line, path) {
        return this.allowlists.some((a) => {
            if (a.commitsOnly)
                return false;
            const target = a.target === 'secret' ? secret : a.target === 'match' ? match : line();
            const checks = [];
            if (a.regexes.length > 0)
                checks.push(a.regexes.some((r) => r.matcher(target).find()));
            if (a.paths.length > 0)
                checks.push(a.paths.some((r) => r.matcher(path).find()));
            if (a.stopwords.length > 0) {
                const lower = secret.toLowerCase();
                checks.push(a.stopwords.some((w) => lower.includes(w)));
            }
            // AND with commits: the commit part is the core's; here the rest must hold (and the core checks the commit).
            if (a.and)
                return checks.length > 0 && checks.every(Boolean) && !a.hasCommits;
            return checks.some(Boolean);
        });
    }
}
function lineAround(text, start, end) {
    const from = text.lastIndexOf('\n', start - 1) + 1;
    const to = text.indexOf('\n', end);
    return text.slice(from, to < 0 ? text.length : to);
}
const compiledFor = new WeakMap();
/** The specs compiled once per settings object (per thread). Specs were validated when loaded. */
function compileCustomDetectors(specs) {
    let compiled = compiledFor.get(specs);
    if (!compiled) {
        compiled = specs.map((spec) => new CompiledCustomDetector(spec));
        compiledFor.set(specs, compiled);
    }
    return compiled;
}


/***/ }),

/***/ 1678:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EZ: () => (/* binding */ looksRandom),
/* harmony export */   Gp: () => (/* binding */ isSequential),
/* harmony export */   Sm: () => (/* binding */ characterClasses),
/* harmony export */   ly: () => (/* binding */ shannonEntropy)
/* harmony export */ });
/** Cheap statistics that tell random key material from words and placeholders. */
/** Shannon entropy in bits per character. */
function shannonEntropy(text) {
    if (text.length === 0)
        return 0;
    const counts = new Map();
    for (const ch of text)
        counts.set(ch, (counts.get(ch) ?? 0) + 1);
    let bits = 0;
    for (const count of counts.values()) {
        const p = count / text.length;
        bits -= p * Math.log2(p);
    }
    return bits;
}
/** Rejects bodies such as `xxxxxxxx...` or `aaaa...` that only imitate a key's shape. */
function looksRandom(part) {
    return new Set(part).size >= Math.min(8, Math.ceil(part.length / 3)) && !isSequential(part);
}
/** `abcdefgh...`, `0123456789...` and their repetitions: keyboard filler, not key material. */
function isSequential(part) {
    if (part.length < 8)
        return false;
    let steps = 0;
    for (let i = 1; i < part.length; i++) {
        const d = part.charCodeAt(i) - part.charCodeAt(i - 1);
        if (d === 1 || d === -1 || d === 0)
            steps++;
    }
    return steps / (part.length - 1) > 0.6;
}
/** How many of lower case, upper case, digits and other characters occur. */
function characterClasses(text) {
    return [/[a-z]/, /[A-Z]/, /[0-9]/, /[^A-Za-z0-9]/].filter((re) => re.test(text)).length;
}


/***/ }),

/***/ 6865:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CU: () => (/* binding */ classifyWithContent),
/* harmony export */   El: () => (/* binding */ looksLikeKubernetes),
/* harmony export */   L8: () => (/* binding */ classify),
/* harmony export */   Xh: () => (/* binding */ isEnvFileName),
/* harmony export */   dg: () => (/* binding */ isEnvTemplateName),
/* harmony export */   fc: () => (/* binding */ mayHoldKubernetes),
/* harmony export */   yi: () => (/* binding */ isKustomizationFile)
/* harmony export */ });
/* unused harmony export isKubernetesObject */
const ENV_TEMPLATE_NAMES = new Set(['.env.example', '.env.sample', '.env.template', '.env.dist', '.env.defaults', 'example.env']);
function isEnvTemplateName(name) {
    return ENV_TEMPLATE_NAMES.has(name.toLowerCase());
}
function isEnvFileName(name) {
    return name === '.env' || name.startsWith('.env.') || name.endsWith('.env') || name === '.envrc' || name === 'env.list';
}
function classify(posixPath) {
    const name = posixPath.slice(posixPath.lastIndexOf('/') + 1);
    const lower = name.toLowerCase();
    const isYaml = lower.endsWith('.yml') || lower.endsWith('.yaml');
    if (isEnvTemplateName(name))
        return 'env-template';
    if (isEnvFileName(name))
        return 'env';
    if (lower.startsWith('dockerfile') || lower.endsWith('.dockerfile'))
        return 'dockerfile';
    if (!isYaml)
        return lower.endsWith('.json') ? 'yaml' : 'other';
    if (/(^|\/)\.github\/workflows\/[^/]+$/.test(posixPath))
        return 'workflow';
    if (lower === 'action.yml' || lower === 'action.yaml')
        return 'action';
    if (lower === '.gitlab-ci.yml' || lower === '.gitlab-ci.yaml')
        return 'gitlab-ci';
    if (lower === 'kustomization.yml' || lower === 'kustomization.yaml')
        return 'kustomization';
    // `docker-compose.yml`, `compose.prod.yaml`, and the underscore spelling `docker_compose.yml`.
    if (/^(docker[-_])?compose([._-][^/]*)?\.ya?ml$/.test(lower))
        return 'compose';
    if (/^values[^/]*\.ya?ml$/.test(lower))
        return 'helm-values';
    return 'yaml';
}
/**
 * Every name kustomize reads a kustomization from: `kustomization.yaml`, `.yml`, and the bare
 * `Kustomization`, which classify() leaves a plain file (the rules of its kind expect YAML names)
 * but whose generators the kustomize rules follow all the same.
 */
function isKustomizationFile(posixPath) {
    return /(^|\/)(kustomization\.ya?ml|Kustomization)$/.test(posixPath);
}
/** Kinds whose documents are Kubernetes objects when their content says so (`apiVersion` + `kind`). */
const CONTENT_CHECKED = new Set(['yaml', 'k8s', 'helm-values']);
/**
 * Content-based refinement of `classify`: a YAML or JSON file whose documents carry both
 * `apiVersion` and `kind` at the top level (including `kind: List`) is a Kubernetes manifest.
 * A cheap textual test, so callers can use it before parsing; structural rules still check each
 * document with `isKubernetesObject`.
 */
function classifyWithContent(posixPath, text) {
    const kind = classify(posixPath);
    if (kind === 'yaml' && looksLikeKubernetes(text))
        return 'k8s';
    return kind;
}
// YAML keys at the start of a line (top level), or JSON keys anywhere.
const API_VERSION_KEY = /(^|\n)apiVersion[ \t]*:|"apiVersion"\s*:/;
const KIND_KEY = /(^|\n)kind[ \t]*:|"kind"\s*:/;
/** The last text asked about, and the answer: every Kubernetes rule asks again about the same file. */
let lastText;
let lastAnswer = false;
function looksLikeKubernetes(text) {
    // The rules of one file ask one after another, with the same string: an identity check.
    if (text === lastText)
        return lastAnswer;
    // A plain search first skips most files at memory speed. `Version`: an upper-case letter is
    // rare in source and JSON, so the search stops less often than on the `a` of `apiVersion`.
    lastAnswer = text.includes('Version') && API_VERSION_KEY.test(text) && KIND_KEY.test(text);
    lastText = text;
    return lastAnswer;
}
/** True for a parsed (JS) value that is a Kubernetes object: string `apiVersion` and `kind`. */
function isKubernetesObject(value) {
    if (typeof value !== 'object' || value === null || Array.isArray(value))
        return false;
    const record = value;
    return typeof record['apiVersion'] === 'string' && typeof record['kind'] === 'string' && record['kind'] !== '';
}
/** Whether structural Kubernetes rules should look at a file of this kind at all. */
function mayHoldKubernetes(kind) {
    return CONTENT_CHECKED.has(kind);
}


/***/ }),

/***/ 5945:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   o4: () => (/* binding */ loadRe2),
/* harmony export */   wI: () => (/* binding */ re2)
/* harmony export */ });
/* unused harmony export provideRe2 */
let library = null;
async function loadRe2() {
    library ??= await __webpack_require__.e(/* import() */ 856).then(__webpack_require__.bind(__webpack_require__, 2856));
    return library;
}
/** For a bundle that holds re2js itself (the Action): no separate chunk to load. */
function provideRe2(bundled) {
    library ??= bundled;
}
function re2() {
    if (library === null)
        throw new Error('internal error: a pattern is compiled before re2js was loaded');
    return library;
}


/***/ }),

/***/ 4716:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LZ: () => (/* binding */ yamlAstLibrary),
/* harmony export */   Tj: () => (/* binding */ yamlLibrary),
/* harmony export */   Vj: () => (/* binding */ isAlias),
/* harmony export */   X1: () => (/* binding */ loadYamlLibrary),
/* harmony export */   jh: () => (/* binding */ isMap),
/* harmony export */   jn: () => (/* binding */ isScalar),
/* harmony export */   oP: () => (/* binding */ isSeq),
/* harmony export */   tO: () => (/* binding */ isPair)
/* harmony export */ });
/* unused harmony exports provideYamlLibrary, yamlLibraryLoaded */
let library = null;
/** The fast parser (src/yaml/fast-parse.ts), loaded with `yaml`. */
let astLibrary = null;
async function loadYamlLibrary() {
    if (library === null || astLibrary === null) {
        const [yaml, ast] = await Promise.all([__webpack_require__.e(/* import() */ 815).then(__webpack_require__.t.bind(__webpack_require__, 1196, 19)), __webpack_require__.e(/* import() */ 571).then(__webpack_require__.t.bind(__webpack_require__, 6571, 19))]);
        library ??= yaml;
        // A CommonJS package: its exports are the default export of the ES namespace.
        astLibrary ??= (ast.default ?? ast);
    }
    return library;
}
/** For a bundle that holds the libraries itself (the Action): no separate chunk to load. */
function provideYamlLibrary(bundled, ast) {
    library ??= bundled;
    astLibrary ??= ast;
}
/** The fast parser, or null where only `yaml` was provided (it then parses everything). */
function yamlAstLibrary() {
    return astLibrary;
}
function yamlLibrary() {
    if (library === null)
        throw new Error('internal error: YAML is parsed before the YAML library was loaded');
    return library;
}
function yamlLibraryLoaded() {
    return library !== null;
}
const isAlias = ((node) => library !== null && library.isAlias(node));
const isMap = ((node) => library !== null && library.isMap(node));
const isPair = ((node) => library !== null && library.isPair(node));
const isScalar = ((node) => library !== null && library.isScalar(node));
const isSeq = ((node) => library !== null && library.isSeq(node));


/***/ })

};
