export const id = 174;
export const ids = [174,255];
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


/***/ }),

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

/***/ 7994:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  xy: () => (/* binding */ analyzeFile),
  AN: () => (/* binding */ makeSourceFile)
});

// UNUSED EXPORTS: recheckFastParses

// EXTERNAL MODULE: ./.build-emit/src/analyzers/active-rules.js
var active_rules = __webpack_require__(8255);
// EXTERNAL MODULE: ./.build-emit/src/discover/classify.js
var classify = __webpack_require__(6865);
// EXTERNAL MODULE: ./.build-emit/src/yaml/kept-parses.js
var kept_parses = __webpack_require__(3596);
// EXTERNAL MODULE: ./.build-emit/src/yaml/library.js
var library = __webpack_require__(4716);
// EXTERNAL MODULE: ./.build-emit/src/yaml/load.js + 1 modules
var load = __webpack_require__(4041);
;// CONCATENATED MODULE: ./.build-emit/src/yaml/select.js
/**
 * Parsing only what a rule needs from a multi-document YAML stream (a manifest bundle is mostly
 * Services, Roles and CRDs that no secret rule reads).
 */
/**
 * A line that starts a document (`---`) or ends one (`...`): YAML forbids these inside any
 * scalar. Only after `\n` (not the `m` flag: JavaScript also breaks lines at U+2028, U+2029 and a
 * lone `\r`, which a YAML parser does not), so a stream is never cut where the parser would not.
 */
const DOCUMENT_MARKER = /(?<=^|\n)(?:---|\.\.\.)(?=[ \t]|\r?\n|$)/g;
/**
 * `text` with the documents that `keep` rejects blanked out: every character but line breaks
 * becomes a space, the `---` / `...` marker itself stays, so a parser sees empty documents there
 * and every kept document keeps its offsets (and so its lines and columns). Returns `text` itself
 * when every document is kept, or when the stream has directives (`%TAG` applies across a
 * marker, so documents are not independent), and null when no document is kept. The caller
 * must still check the parse: blanking a broken document can change how the parser recovers
 * from it (an unclosed quote that a later blanked quote closed).
 */
function selectDocuments(text, keep) {
    if (/(?:^|\n)%/.test(text))
        return text;
    const starts = [0];
    for (const m of text.matchAll(DOCUMENT_MARKER))
        if (m.index > 0)
            starts.push(m.index);
    const chunks = starts.map((start, i) => text.slice(start, starts[i + 1] ?? text.length));
    const kept = chunks.map(keep);
    if (kept.every(Boolean))
        return text;
    if (!kept.some(Boolean))
        return null;
    return chunks.map((chunk, i) => (kept[i] ? chunk : blank(chunk))).join('');
}
function blank(chunk) {
    const marker = chunk.startsWith('---') || chunk.startsWith('...') ? chunk.slice(0, 3) : '';
    return marker + chunk.slice(marker.length).replace(/[^\r\n]/g, ' ');
}

// EXTERNAL MODULE: ./.build-emit/src/yaml/walk.js
var walk = __webpack_require__(9606);
// EXTERNAL MODULE: ./.build-emit/src/core/heap-growth.js
var heap_growth = __webpack_require__(4737);
// EXTERNAL MODULE: ./.build-emit/src/core/suppress.js
var suppress = __webpack_require__(6820);
// EXTERNAL MODULE: ./.build-emit/src/core/text-position.js
var text_position = __webpack_require__(6846);
;// CONCATENATED MODULE: ./.build-emit/src/core/analyze.js










/**
 * A file's text made ready for the rules; YAML is parsed lazily, once, on first request, by the
 * fast path where it applies (src/yaml/fast-parse.ts) unless `exact`: analyzeFile then analyses
 * the file again on `yaml`'s parse if it reports anything.
 */
function makeSourceFile(file, text, context, options = {}) {
    let parsed;
    const parses = [];
    const fast = options.exact !== true;
    const whole = () => {
        if (!parsed) {
            // A pipeline file the GitLab include resolution already parsed (src/yaml/kept-parses.ts).
            parsed = (fast && context.files && (0,kept_parses/* takeParse */.R)(context.files, file.path, text)) || (0,load/* loadYaml */.y)(file.path, text, { fast });
            parses.push(parsed);
            for (const d of parsed.diagnostics)
                context.diagnostic(d);
        }
        return parsed;
    };
    const source = {
        ...file,
        kind: (0,classify/* classifyWithContent */.CU)(file.path, text),
        text,
        lines: new text_position/* LineIndex */.r(text),
        yaml(keep) {
            if (!keep || parsed)
                return whole();
            const selected = selectDocuments(text, keep);
            if (selected === null)
                return { documents: [], lineCounter: new ((0,library/* yamlLibrary */.Tj)().LineCounter)(), diagnostics: [], ok: true };
            if (selected === text)
                return whole();
            // Kept documents that do not parse cleanly once the others are blanked: the parser's
            // recovery may depend on the blanked text, so the file is parsed whole, as it was written.
            const result = (0,load/* loadYaml */.y)(file.path, selected, { fast });
            if (result.diagnostics.length > 0)
                return whole();
            parses.push(result);
            return result;
        },
    };
    parsesOf.set(source, parses);
    if (fast)
        exactOf.set(source, () => makeSourceFile(file, text, context, { exact: true }));
    return source;
}
/** How to make a file's source again with `yaml`'s parses only, for a file analysed on fast ones. */
const exactOf = new WeakMap();
let recheck = true;
/** Tests only: whether a file with anything to report on fast parses is analysed again (the default). */
function recheckFastParses(on) {
    recheck = on;
}
/** Every parse a file's rules asked for, so that what they ran into is reported once per file. */
const parsesOf = new WeakMap();
/**
 * Runs every file rule on one file (from disk, the index or a commit alike) and applies inline
 * suppression. A rule that throws becomes a diagnostic; the other rules' findings are kept.
 */
function analyzeFile(source, context) {
    (0,heap_growth/* allowYoungGrowth */.f1)();
    // On fast parses, what the rules say waits: a file with anything to report is analysed again
    // on `yaml`'s parses (src/yaml/fast-parse.ts), so the report holds exactly what it would.
    const said = [];
    const findings = runRules(source, { ...context, diagnostic: (d) => said.push(d) });
    const exact = exactOf.get(source);
    // The kind as the caller left it (standard input names it: src/core/scan-text.ts).
    if (recheck && (findings.length > 0 || said.length > 0) && exact && parsesOf.get(source)?.some((parse) => parse.fast))
        return analyzeFile(Object.assign(exact(), { kind: source.kind }), context);
    for (const d of said)
        context.diagnostic(d);
    const kept = findings.filter((f) => !(0,suppress/* isSuppressedInline */.c)(f, source.lines));
    return { findings: kept, suppressed: findings.length - kept.length };
}
function runRules(source, context) {
    const findings = [];
    if (source.kind !== 'other' && !(0,active_rules.allFileRulesLoaded)()) {
        // A load point was missed (src/core/libraries.ts): said, never a quiet scan with fewer rules.
        context.diagnostic({ file: source.path, level: 'error', code: 'rule-failed', message: 'internal error: the structural rules were not loaded for this file; only the plain-file rules ran' });
    }
    for (const rule of (0,active_rules.activeFileRules)()) {
        try {
            if (rule.appliesTo(source))
                for (const finding of rule.check(source, context))
                    findings.push(finding);
        }
        catch (error) {
            context.diagnostic({ file: source.path, level: 'error', code: 'rule-failed', message: `rule ${rule.meta.id} failed on this file: ${String(error)}` });
        }
    }
    const exhausted = parsesOf.get(source)?.some((parse) => parse.documents.some(walk/* aliasBudgetExceeded */.vw));
    if (exhausted) {
        // Every written node was still analysed; only some alias expansions were not: a secret used
        // through one of those would be missed, so the scan counts as incomplete (src/core/incomplete.ts).
        context.diagnostic({ file: source.path, level: 'error', code: 'yaml-alias-budget', message: `aliases expand to more than ${walk/* DEFAULT_ALIAS_BUDGET */.DG} nodes: the YAML rules analysed what is written, but not every alias expansion` });
    }
    return findings;
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
