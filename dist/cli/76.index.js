export const id = 76;
export const ids = [76];
export const modules = {

/***/ 8076:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   gitleaksPathParts: () => (/* binding */ gitleaksPathParts),
/* harmony export */   loadGitleaksConfig: () => (/* binding */ loadGitleaksConfig),
/* harmony export */   parseGitleaksConfig: () => (/* binding */ parseGitleaksConfig),
/* harmony export */   withGitleaksImport: () => (/* binding */ withGitleaksImport)
/* harmony export */ });
/* harmony import */ var _util_re2_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(5945);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var smol_toml__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3292);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(7144);
/* harmony import */ var _detectors_custom_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(28);
/* harmony import */ var _detectors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7653);
/* harmony import */ var _load_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(1668);
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
    if (relative.includes('\0') || node_path__WEBPACK_IMPORTED_MODULE_2__.isAbsolute(relative) || /^[A-Za-z]:/.test(relative))
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .ConfigurationError */ .j1(`${shown}: must be a path relative to the scan root`);
    const parts = relative.replace(/\\/g, '/').split('/').filter((p) => p !== '' && p !== '.');
    if (parts.length === 0 || parts.includes('..'))
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .ConfigurationError */ .j1(`${shown}: must be a path inside the scan root (no \`..\`)`);
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
    await (0,_util_re2_js__WEBPACK_IMPORTED_MODULE_8__/* .loadRe2 */ .o4)();
    const parts = gitleaksPathParts(relative);
    let current = root;
    for (const [i, part] of parts.entries()) {
        current = node_path__WEBPACK_IMPORTED_MODULE_2__.join(current, part);
        let info;
        try {
            info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.lstat)(current);
        }
        catch (error) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .ConfigurationError */ .j1(`${shown}: cannot read it: ${error.code ?? String(error)}`);
        }
        if (info.isSymbolicLink())
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .ConfigurationError */ .j1(`${shown}: ${parts.slice(0, i + 1).join('/')} is a symbolic link (not followed)`);
        if (i < parts.length - 1 ? !info.isDirectory() : !info.isFile())
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .ConfigurationError */ .j1(`${shown}: not a ${i < parts.length - 1 ? 'directory' : 'regular file'}: ${parts.slice(0, i + 1).join('/')}`);
        if (i === parts.length - 1 && info.size > _load_js__WEBPACK_IMPORTED_MODULE_6__/* .MAX_CONFIG_BYTES */ .GW)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .ConfigurationError */ .j1(`${shown}: larger than 1 MiB`);
    }
    let text;
    try {
        const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(current, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NOFOLLOW | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK);
        try {
            const buffer = Buffer.alloc(_load_js__WEBPACK_IMPORTED_MODULE_6__/* .MAX_CONFIG_BYTES */ .GW + 1);
            const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
            if (bytesRead > _load_js__WEBPACK_IMPORTED_MODULE_6__/* .MAX_CONFIG_BYTES */ .GW)
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .ConfigurationError */ .j1(`${shown}: larger than 1 MiB`);
            text = buffer.subarray(0, bytesRead).toString('utf8');
        }
        finally {
            await handle.close();
        }
    }
    catch (error) {
        if (error instanceof _core_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .ConfigurationError */ .j1)
            throw error;
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .ConfigurationError */ .j1(`${shown}: cannot read it: ${error.code ?? String(error)}`);
    }
    const name = parts.join('/');
    return parseGitleaksConfig(text, /^[\w./-]{1,200}$/.test(name) ? name : 'gitleaksConfig', builtInIds);
}
/** Translates a gitleaks TOML text. Invalid TOML is a configuration error; everything else at most a warning. */
function parseGitleaksConfig(text, shown, builtInIds = []) {
    let doc;
    try {
        doc = (0,smol_toml__WEBPACK_IMPORTED_MODULE_3__/* .parse */ .qg)(text.replace(/^\uFEFF/, ''));
    }
    catch (error) {
        // The parser's message quotes the text: only its position is repeated.
        if (error instanceof smol_toml__WEBPACK_IMPORTED_MODULE_3__/* .TomlError */ .zx)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .ConfigurationError */ .j1(`${shown}:${error.line}:${error.column}: invalid TOML`);
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .ConfigurationError */ .j1(`${shown}: invalid TOML`);
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
        warn(`${renamed.length} rule id(s) are also built-in rule ids and are reported as gitleaks-<id>: ${renamed.slice(0, 10).join(', ')}${renamed.length > 10 ? ', \u2026' : ''}`);
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
    const problem = (0,_detectors_custom_js__WEBPACK_IMPORTED_MODULE_4__/* .re2Problem */ .n3)(raw.regex);
    if (problem !== null) {
        warn(`${name}: its regex is not accepted by RE2 (${problem}); skipped`);
        return null;
    }
    const detector = {
        id,
        regex: raw.regex,
        severity: _detectors_js__WEBPACK_IMPORTED_MODULE_5__/* .DEFAULT_CUSTOM_SEVERITY */ .Aw,
        description: typeof raw.description === 'string' && raw.description.trim() !== '' ? oneLine(raw.description) : `A credential matched by the gitleaks rule ${id}.`,
        remediation: _detectors_js__WEBPACK_IMPORTED_MODULE_5__/* .DEFAULT_CUSTOM_REMEDIATION */ .G3,
        origin: `gitleaks ${name}`,
    };
    if (raw.secretGroup !== undefined) {
        const groups = (0,_detectors_custom_js__WEBPACK_IMPORTED_MODULE_4__/* .re2GroupCount */ .Ks)(raw.regex);
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
            const pathProblem = (0,_detectors_custom_js__WEBPACK_IMPORTED_MODULE_4__/* .re2Problem */ .n3)(raw.path);
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
        const problem = (0,_detectors_custom_js__WEBPACK_IMPORTED_MODULE_4__/* .re2Problem */ .n3)(pattern);
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


/***/ })

};
