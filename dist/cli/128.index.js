export const id = 128;
export const ids = [128];
export const modules = {

/***/ 4723:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ compileAllowPatterns),
/* harmony export */   t: () => (/* binding */ allowPatternProblem)
/* harmony export */ });
/* harmony import */ var _util_re2_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5945);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7144);
/**
 * `allow.patterns`: regular expressions over a finding's secret value, written in the scanned
 * repository's own config, so written by whoever controls the repository. They run on RE2
 * (re2js, pure JavaScript): time linear in the input whatever the pattern, where JavaScript's
 * backtracking engine can take years on `^([a-zA-Z0-9_-]+)+!$`. RE2 has no backreferences or
 * lookarounds; a pattern that needs them is refused as a configuration error.
 */


/**
 * Why RE2 refuses `pattern` ("invalid escape sequence", "invalid or unsupported Perl syntax"...),
 * or null when it compiles. The reason never quotes the pattern: it may be a secret itself.
 */
function allowPatternProblem(pattern) {
    const { RE2JS } = (0,_util_re2_js__WEBPACK_IMPORTED_MODULE_0__/* .re2 */ .wI)();
    try {
        RE2JS.compile(pattern);
        return null;
    }
    catch (error) {
        return describe(error);
    }
}
/** Compiles every pattern; a refused one is a ConfigurationError naming `allow.patterns[i]`. */
function compileAllowPatterns(patterns) {
    if (patterns.length === 0)
        return [];
    const { RE2JS } = (0,_util_re2_js__WEBPACK_IMPORTED_MODULE_0__/* .re2 */ .wI)();
    return patterns.map((pattern, index) => {
        try {
            return RE2JS.compile(pattern);
        }
        catch (error) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`allow.patterns[${index}]: not a valid regular expression: ${describe(error)} (RE2 syntax)`);
        }
    });
}
function describe(error) {
    const { RE2JSException, RE2JSSyntaxException } = (0,_util_re2_js__WEBPACK_IMPORTED_MODULE_0__/* .re2 */ .wI)();
    if (error instanceof RE2JSSyntaxException)
        return error.error;
    if (error instanceof RE2JSException)
        return error.constructor.name;
    return 'cannot be compiled';
}


/***/ }),

/***/ 5927:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   q: () => (/* binding */ silentLogger)
/* harmony export */ });
const silentLogger = {
    debug() { },
    info() { },
    warning() { },
};


/***/ }),

/***/ 1128:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  F: () => (/* binding */ buildReport),
  b: () => (/* binding */ emptyStats)
});

// EXTERNAL MODULE: ./.build-emit/src/analyzers/custom-detectors.js
var custom_detectors = __webpack_require__(2150);
// EXTERNAL MODULE: ./.build-emit/src/analyzers/text.js
var analyzers_text = __webpack_require__(1828);
// EXTERNAL MODULE: ./.build-emit/src/util/re2.js
var re2 = __webpack_require__(5945);
// EXTERNAL MODULE: ./.build-emit/src/verify/present.js
var present = __webpack_require__(2750);
// EXTERNAL MODULE: ./.build-emit/src/core/allow-patterns.js
var allow_patterns = __webpack_require__(4723);
;// CONCATENATED MODULE: ./.build-emit/src/core/allowlists.js
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
    const { RE2JS } = (0,re2/* re2 */.wI)();
    const compiled = allowlists.map((a) => ({
        rules: a.ruleIds && a.ruleIds.length > 0 ? new Set(a.ruleIds) : null,
        and: a.condition === 'AND',
        commits: (a.commits ?? []).map((c) => c.toLowerCase()).filter((c) => c !== ''),
        paths: (a.paths ?? []).map((p) => RE2JS.compile(p)),
        regexes: (a.regexes ?? []).map((p) => RE2JS.compile(p)),
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

// EXTERNAL MODULE: ./.build-emit/src/core/finding.js
var finding = __webpack_require__(8906);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./.build-emit/src/core/fingerprint.js

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

;// CONCATENATED MODULE: ./.build-emit/src/core/merge.js

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
/**
 * Two findings of one problem: the same range, or the same secret at overlapping ranges. In a
 * history scan the same range counts only within one commit: a key rotated in place (a new key of
 * the same length on the same line, in a later commit) is two keys, and the older one must stay
 * reported; the same secret stays one problem whichever commits its findings come from.
 */
function sameProblem(a, b) {
    if (a.file !== b.file)
        return false;
    if (a.commit === b.commit && a.line === b.line && a.column === b.column && a.endLine === b.endLine && a.endColumn === b.endColumn)
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
    const ranked = [...group].sort((a, b) => (0,finding/* severityRank */.qs)(b.severity) - (0,finding/* severityRank */.qs)(a.severity) ||
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

// EXTERNAL MODULE: ./.build-emit/src/core/path-filter.js
var path_filter = __webpack_require__(9347);
;// CONCATENATED MODULE: ./.build-emit/src/core/redact.js
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
    return `${shown}\u2026 (${length} chars)`;
}
/**
 * Values this short, and values made of letters only (a weak password that is a word: `postgres`),
 * are masked only as whole tokens: as substrings they would hit ordinary words (`postgresql`).
 */
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
        const alternative = [...value].length < WHOLE_TOKEN_BELOW || /^\p{L}+$/u.test(value) ? `(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])` : escaped;
        if (size + alternative.length > PATTERN_BUDGET)
            flush();
        group.push(alternative);
        size += alternative.length + 1;
    }
    flush();
    return regexes;
}
/**
 * The masker for fields that locate a finding (its file, its YAML path). A value made of letters
 * only (a weak password that is an ordinary word: `postgres`) is not masked there at all: the
 * folder `k8s/postgres/` or the file `postgres-deployment.yaml` names a place in the repository,
 * not the secret, and annotations, SARIF locations and baselines need a path that exists. Any
 * other value (a key: digits, symbols, mixed) is masked wherever it appears, as in free text.
 */
function pathMasker(values) {
    const { redacted, ordered } = redactionTable(values);
    const masking = ordered.filter((value) => !/^[A-Za-z]+$/.test(value));
    if (masking.length === 0)
        return (path) => path;
    const done = new Map();
    return (path) => {
        if (path === '')
            return path;
        let masked = done.get(path);
        if (masked !== undefined)
            return masked;
        masked = path;
        for (const value of masking)
            if (masked.includes(value))
                masked = masked.split(value).join(redacted.get(value));
        done.set(path, masked);
        return masked;
    };
}

;// CONCATENATED MODULE: ./.build-emit/src/core/finalize.js








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
    const allowedPath = (0,path_filter.pathMatcher)(settings.allow.paths);
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
        const same = t.raw.line !== null && accepted.get(`${t.raw.file}\0${t.raw.line}`)?.some((b) => sameProblem(b, t.raw));
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
    // The verifiers (each provider's endpoint and answers) load only for --verify.
    const { verifySecrets } = await __webpack_require__.e(/* import() */ 632).then(__webpack_require__.bind(__webpack_require__, 9632));
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

// EXTERNAL MODULE: ./.build-emit/src/core/incomplete.js
var incomplete = __webpack_require__(6575);
// EXTERNAL MODULE: ./.build-emit/src/core/libraries.js
var libraries = __webpack_require__(7916);
// EXTERNAL MODULE: ./.build-emit/src/core/logger.js
var core_logger = __webpack_require__(5927);
// EXTERNAL MODULE: ./.build-emit/src/core/version.js + 1 modules
var version = __webpack_require__(7137);
;// CONCATENATED MODULE: ./.build-emit/src/core/report.js
/**
 * The report every way of scanning ends with (working tree, index, standard input, history, a pull
 * request's commits). Apart from src/core/scan.ts so that a staged scan, which has its own reading,
 * loads neither the tree walker nor the worker pool.
 */










/** Rules that match text alone: when a structural rule reports the same place, its finding is kept. */
const TEXT_RULE_IDS = new Set((analyzers_text/* hardcodedSecretRule */.rl.reports ?? [analyzers_text/* hardcodedSecretRule */.rl.meta]).map((m) => m.id));
/**
 * Shared by every way of scanning (working tree, index, history): suppression, the opt-in live
 * verification of what is left, then redaction, and the counts.
 */
async function buildReport(raw, settings, stats, diagnostics, started, logger = core_logger/* silentLogger */.q) {
    if ((0,libraries/* settingsNeedRe2 */.VS)(settings))
        await (0,re2/* loadRe2 */.o4)();
    const kept = triage(raw, settings, stats);
    // Verified before merging: a key merged into a structural finding keeps its verification.
    const verifications = await verifyTriaged(kept, settings, logger);
    const findings = finalize_present(mergeProblems(kept, TEXT_RULE_IDS), verifications);
    for (const finding of findings)
        stats.findingsBySeverity[finding.severity]++;
    stats.disabledRules = Object.values(settings.rules).filter((level) => level === 'off').length;
    stats.durationMs = Math.round(performance.now() - started);
    // Rules run side by side (threads, repository rules): the order must not depend on which finished first.
    const marked = diagnostics.map(incomplete/* markIncomplete */.IR);
    marked.sort((a, b) => (a.file ?? '').localeCompare(b.file ?? '') || a.code.localeCompare(b.code) || a.message.localeCompare(b.message));
    return maskReport({ tool: { name: version/* TOOL_NAME */.l, version: version/* TOOL_VERSION */.w }, findings, stats, diagnostics: marked, rules: await rulesNamedBy(findings, settings) }, raw);
}
/** Metadata of the rules the findings name, their own and related, sorted by id (for SARIF). */
async function rulesNamedBy(findings, settings) {
    // Every rule's metadata comes with the full rule list: a scan without findings (most pre-commit
    // scans) need not load it.
    if (findings.length === 0)
        return [];
    const { allRuleMeta } = await __webpack_require__.e(/* import() */ 944).then(__webpack_require__.bind(__webpack_require__, 9944));
    const ids = new Set();
    for (const f of findings) {
        ids.add(f.ruleId);
        for (const id of f.relatedRules ?? [])
            ids.add(id);
    }
    return [...allRuleMeta(), ...(0,custom_detectors/* customRuleMeta */.Zo)(settings)]
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
        findingsBySeverity: Object.fromEntries(finding/* SEVERITIES */.oC.map((s) => [s, 0])),
        durationMs: 0,
    };
}


/***/ })

};
