export const id = 902;
export const ids = [902,593];
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
 * Why RE2 refuses `pattern` ("invalid escape sequence", "invalid or unsupported Perl syntax"…),
 * or null when it compiles. The reason never quotes the pattern: it may be a secret itself.
 */
function allowPatternProblem(pattern) {
    const { RE2JS } = (0,_util_re2_js__WEBPACK_IMPORTED_MODULE_0__/* .re2 */ .w)();
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
    const { RE2JS } = (0,_util_re2_js__WEBPACK_IMPORTED_MODULE_0__/* .re2 */ .w)();
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
    const { RE2JSException, RE2JSSyntaxException } = (0,_util_re2_js__WEBPACK_IMPORTED_MODULE_0__/* .re2 */ .w)();
    if (error instanceof RE2JSSyntaxException)
        return error.error;
    if (error instanceof RE2JSException)
        return error.constructor.name;
    return 'cannot be compiled';
}


/***/ }),

/***/ 2342:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  f4: () => (/* binding */ maskReport),
  Eb: () => (/* binding */ finalize_present),
  NA: () => (/* binding */ triage),
  uQ: () => (/* binding */ verifyTriaged)
});

// EXTERNAL MODULE: ./.build-emit/src/verify/present.js
var present = __webpack_require__(2750);
// EXTERNAL MODULE: ./.build-emit/src/core/errors.js
var errors = __webpack_require__(7144);
// EXTERNAL MODULE: ./.build-emit/src/core/version.js + 1 modules
var version = __webpack_require__(7137);
// EXTERNAL MODULE: ./.build-emit/src/verify/base-url.js + 1 modules
var base_url = __webpack_require__(974);
// EXTERNAL MODULE: ./.build-emit/src/verify/transport-error.js
var transport_error = __webpack_require__(4591);
// EXTERNAL MODULE: ./.build-emit/src/verify/providers/index.js + 9 modules
var verify_providers = __webpack_require__(4061);
;// CONCATENATED MODULE: ./.build-emit/src/verify/verify.js
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
    const baseUrls = (0,base_url.resolveBaseUrls)(options.env, options.baseUrls);
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
    const own = options.transport ? null : (await Promise.all(/* import() */[__webpack_require__.e(752), __webpack_require__.e(341)]).then(__webpack_require__.bind(__webpack_require__, 341))).nodeTransport({ maxSockets: concurrency, env: options.env ?? {}, ...(options.ca ? { ca: options.ca } : {}) });
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
        const url = (0,base_url.joinUrl)(baseUrls[provider], plan.path);
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

// EXTERNAL MODULE: ./.build-emit/src/core/allow-patterns.js
var allow_patterns = __webpack_require__(4723);
// EXTERNAL MODULE: ./.build-emit/src/util/re2.js
var re2 = __webpack_require__(5945);
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
    const { RE2JS } = (0,re2/* re2 */.w)();
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

// EXTERNAL MODULE: ./.build-emit/src/core/merge.js
var merge = __webpack_require__(8143);
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
    return `${shown}… (${length} chars)`;
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

/***/ 8143:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   n: () => (/* binding */ mergeProblems),
/* harmony export */   s: () => (/* binding */ sameProblem)
/* harmony export */ });
/* harmony import */ var _finding_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8906);

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

/***/ 3902:
/***/ ((__webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   buildReport: () => (/* binding */ buildReport),
/* harmony export */   emptyStats: () => (/* binding */ emptyStats),
/* harmony export */   scan: () => (/* binding */ scan)
/* harmony export */ });
/* harmony import */ var _libraries_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7916);
/* harmony import */ var _util_re2_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(5945);
/* harmony import */ var _analyzers_registry_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4231);
/* harmony import */ var _analyzers_custom_detectors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2150);
/* harmony import */ var _analyzers_text_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1828);
/* harmony import */ var _discover_files_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6200);
/* harmony import */ var _util_git_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2622);
/* harmony import */ var _finalize_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(2342);
/* harmony import */ var _incomplete_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(6575);
/* harmony import */ var _finding_js__WEBPACK_IMPORTED_MODULE_15__ = __webpack_require__(8906);
/* harmony import */ var _logger_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(5927);
/* harmony import */ var _merge_js__WEBPACK_IMPORTED_MODULE_14__ = __webpack_require__(8143);
/* harmony import */ var _path_filter_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(9347);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(7137);
/* harmony import */ var _workers_pool_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(3965);
/* harmony import */ var _workers_scan_file_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(8881);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_workers_pool_js__WEBPACK_IMPORTED_MODULE_11__]);
_workers_pool_js__WEBPACK_IMPORTED_MODULE_11__ = (__webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__)[0];
















/** Rules that match text alone: when a structural rule reports the same place, its finding is kept. */
const TEXT_RULE_IDS = new Set((_analyzers_text_js__WEBPACK_IMPORTED_MODULE_3__/* .hardcodedSecretRule */ .rl.reports ?? [_analyzers_text_js__WEBPACK_IMPORTED_MODULE_3__/* .hardcodedSecretRule */ .rl.meta]).map((m) => m.id));
/** Files scanned between two yields to the event loop (progress output, timers, signals). */
const YIELD_EVERY = 256;
/** The one scan behind both front doors. Never throws for a file's content; only for bad settings. */
async function scan(settings, logger, options = {}) {
    const started = performance.now();
    const diagnostics = [];
    const stats = emptyStats();
    const discovery = await (0,_discover_files_js__WEBPACK_IMPORTED_MODULE_4__/* .discoverFiles */ .ZO)(settings.root, settings.targets);
    for (const d of discovery.diagnostics)
        diagnostics.push(d);
    const wanted = (0,_path_filter_js__WEBPACK_IMPORTED_MODULE_9__.discoveryFilter)(settings);
    const files = discovery.files.filter((f) => wanted(f.path));
    stats.filesDiscovered = files.length;
    stats.skippedSymlink = discovery.symlinks;
    const context = { settings, logger, files, diagnostic: (d) => diagnostics.push(d) };
    await (0,_libraries_js__WEBPACK_IMPORTED_MODULE_0__/* .loadLibrariesFor */ .N5)(settings, files.map((f) => f.path));
    // A diff keeps findings on changed files only: the others are not read at all. Repository rules
    // still see every file (ignore coverage, includes), and a changed file is read whole.
    const changed = settings.changedLines;
    const toScan = changed === null ? files : files.filter((f) => changed.has(f.path));
    const threads = (0,_workers_pool_js__WEBPACK_IMPORTED_MODULE_11__/* .chooseThreads */ .vb)(toScan.length, options.threads);
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
    const repository = _analyzers_registry_js__WEBPACK_IMPORTED_MODULE_1__.REPOSITORY_RULES.map(settle);
    const raw = threads > 0 ? await (0,_workers_pool_js__WEBPACK_IMPORTED_MODULE_11__/* .scanInWorkers */ .KB)(toScan, context, stats, threads, (done) => logger.progress?.(done, toScan.length)) : await scanHere(toScan, context, stats);
    for (const { rule, findings, error } of await Promise.all(repository)) {
        // A git call that hung leaves the scan incomplete: that is the run's outcome, not a note.
        if ((0,_util_git_js__WEBPACK_IMPORTED_MODULE_5__.isGitIncomplete)(error))
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
        for (const finding of (0,_workers_scan_file_js__WEBPACK_IMPORTED_MODULE_12__/* .scanFile */ .W)(files[i], context, stats))
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
async function buildReport(raw, settings, stats, diagnostics, started, logger = _logger_js__WEBPACK_IMPORTED_MODULE_8__/* .silentLogger */ .q) {
    if ((0,_libraries_js__WEBPACK_IMPORTED_MODULE_0__/* .settingsNeedRe2 */ .VS)(settings))
        await (0,_util_re2_js__WEBPACK_IMPORTED_MODULE_13__/* .loadRe2 */ .o)();
    const kept = (0,_finalize_js__WEBPACK_IMPORTED_MODULE_6__/* .triage */ .NA)(raw, settings, stats);
    // Verified before merging: a key merged into a structural finding keeps its verification.
    const verifications = await (0,_finalize_js__WEBPACK_IMPORTED_MODULE_6__/* .verifyTriaged */ .uQ)(kept, settings, logger);
    const findings = (0,_finalize_js__WEBPACK_IMPORTED_MODULE_6__/* .present */ .Eb)((0,_merge_js__WEBPACK_IMPORTED_MODULE_14__/* .mergeProblems */ .n)(kept, TEXT_RULE_IDS), verifications);
    for (const finding of findings)
        stats.findingsBySeverity[finding.severity]++;
    stats.disabledRules = Object.values(settings.rules).filter((level) => level === 'off').length;
    stats.durationMs = Math.round(performance.now() - started);
    // Rules run side by side (threads, repository rules): the order must not depend on which finished first.
    const marked = diagnostics.map(_incomplete_js__WEBPACK_IMPORTED_MODULE_7__/* .markIncomplete */ .IR);
    marked.sort((a, b) => (a.file ?? '').localeCompare(b.file ?? '') || a.code.localeCompare(b.code) || a.message.localeCompare(b.message));
    return (0,_finalize_js__WEBPACK_IMPORTED_MODULE_6__/* .maskReport */ .f4)({ tool: { name: _version_js__WEBPACK_IMPORTED_MODULE_10__/* .TOOL_NAME */ .l, version: _version_js__WEBPACK_IMPORTED_MODULE_10__/* .TOOL_VERSION */ .w }, findings, stats, diagnostics: marked, rules: rulesNamedBy(findings, settings) }, raw);
}
/** Metadata of the rules the findings name, their own and related, sorted by id (for SARIF). */
function rulesNamedBy(findings, settings) {
    const ids = new Set();
    for (const f of findings) {
        ids.add(f.ruleId);
        for (const id of f.relatedRules ?? [])
            ids.add(id);
    }
    return [...(0,_analyzers_registry_js__WEBPACK_IMPORTED_MODULE_1__.allRuleMeta)(), ...(0,_analyzers_custom_detectors_js__WEBPACK_IMPORTED_MODULE_2__/* .customRuleMeta */ .Zo)(settings)]
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
        findingsBySeverity: Object.fromEntries(_finding_js__WEBPACK_IMPORTED_MODULE_15__/* .SEVERITIES */ .oC.map((s) => [s, 0])),
        durationMs: 0,
    };
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 3965:
/***/ ((__webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KB: () => (/* binding */ scanInWorkers),
/* harmony export */   vb: () => (/* binding */ chooseThreads)
/* harmony export */ });
/* unused harmony exports MIN_FILES_FOR_WORKERS, workersAvailable */
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8161);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5919);
/* harmony import */ var _counters_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3578);
/* harmony import */ var _entry_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3855);
/* harmony import */ var _protocol_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7231);
/* harmony import */ var _scan_file_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8881);
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
 * A worker's young generation (two semi-spaces and the space objects are promoted through).
 * Node 22+ sizes it from the machine's memory, up to 3 x 64 MB per thread: on `big` the CLI's peak
 * RSS went from 242 MiB under Node 20 to 471 MiB under Node 24, for no speed. 48 MB (Node 20's
 * default) and 16 MB scan `big` equally fast; 16 MB takes 15-20 MiB less at the peak
 * (bench/README.md): a scan's garbage is short-lived, and little survives a small nursery either.
 */
const WORKER_YOUNG_MB = 16;
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

/***/ 6200:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ZO: () => (/* binding */ discoverFiles)
/* harmony export */ });
/* unused harmony exports toPosixRelative, isIgnored */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var ignore__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(298);
/* harmony import */ var _core_settings_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(3642);
/* harmony import */ var _read_text_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8815);
/* harmony import */ var _util_file_name_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3922);
/* harmony import */ var _util_git_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2622);







function toPosixRelative(root, absPath) {
    return node_path__WEBPACK_IMPORTED_MODULE_1__.relative(root, absPath).split(node_path__WEBPACK_IMPORTED_MODULE_1__.sep).join('/');
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
            const marker = (0,_util_git_js__WEBPACK_IMPORTED_MODULE_5__.repositoryMarker)(target);
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
    const dir = node_path__WEBPACK_IMPORTED_MODULE_1__.dirname(file);
    if (!(await (0,_util_git_js__WEBPACK_IMPORTED_MODULE_5__.gitTopLevel)(dir)))
        return null;
    const result = await (0,_util_git_js__WEBPACK_IMPORTED_MODULE_5__.git)(dir, ['ls-files', '-z', '--error-unmatch', '--', node_path__WEBPACK_IMPORTED_MODULE_1__.basename(file)]);
    return result.code === 0;
}
/**
 * `git ls-files` from the target directory, or null when it is not inside a work tree. Tracked
 * files deleted from the working tree are left out (there is nothing to read); nested
 * repositories (`inner/`) and submodules (gitlinks) come back as directories to scan on their own.
 */
async function listWithGit(dir) {
    if (!(await (0,_util_git_js__WEBPACK_IMPORTED_MODULE_5__.gitTopLevel)(dir)))
        return null;
    const [listed, deleted, staged] = await Promise.all([
        (0,_util_git_js__WEBPACK_IMPORTED_MODULE_5__.git)(dir, ['ls-files', '-z', '-t', '--cached', '--others', '--exclude-standard']),
        (0,_util_git_js__WEBPACK_IMPORTED_MODULE_5__.git)(dir, ['ls-files', '-z', '--deleted']),
        (0,_util_git_js__WEBPACK_IMPORTED_MODULE_5__.git)(dir, ['ls-files', '-z', '--stage']),
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
        nested: [...nested].map((rel) => node_path__WEBPACK_IMPORTED_MODULE_1__.join(dir, (0,_util_file_name_js__WEBPACK_IMPORTED_MODULE_4__/* .displayName */ .QC)(Buffer.from(rel, 'latin1')))),
    };
}
/** A file below `dir` named by bytes: its shown relative path, absolute path, and raw bytes if needed. */
function located(dir, rel) {
    const shown = (0,_util_file_name_js__WEBPACK_IMPORTED_MODULE_4__/* .displayName */ .QC)(rel);
    const absPath = node_path__WEBPACK_IMPORTED_MODULE_1__.join(dir, shown);
    if ((0,_util_file_name_js__WEBPACK_IMPORTED_MODULE_4__/* .isUtf8 */ .co)(rel))
        return { rel: shown, absPath };
    return { rel: shown, absPath, rawPath: Buffer.concat([Buffer.from(dir + node_path__WEBPACK_IMPORTED_MODULE_1__.sep), rel]) };
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
            const rules = await (0,_read_text_js__WEBPACK_IMPORTED_MODULE_3__/* .readTextFile */ .Gu)(node_path__WEBPACK_IMPORTED_MODULE_1__.join(dir, '.gitignore'), _core_settings_js__WEBPACK_IMPORTED_MODULE_6__/* .DEFAULT_MAX_FILE_SIZE */ .Sj);
            // An unreadable .gitignore ignores nothing, as in git.
            if (rules.kind === 'text')
                layers.push({ base: dir, matcher: ignore__WEBPACK_IMPORTED_MODULE_2__().add(rules.text) });
        }
        for (const entry of entries) {
            const name = entry.name;
            if (name.toString('latin1') === '.git')
                continue;
            const abs = node_path__WEBPACK_IMPORTED_MODULE_1__.join(dir, (0,_util_file_name_js__WEBPACK_IMPORTED_MODULE_4__/* .displayName */ .QC)(name));
            const rawAbs = Buffer.concat([raw, Buffer.from(node_path__WEBPACK_IMPORTED_MODULE_1__.sep), name]);
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
        const rel = node_path__WEBPACK_IMPORTED_MODULE_1__.relative(layer.base, abs).split(node_path__WEBPACK_IMPORTED_MODULE_1__.sep).join('/') + (isDir ? '/' : '');
        const verdict = layer.matcher.test(rel);
        if (verdict.ignored)
            return true;
        if (verdict.unignored)
            return false;
    }
    return false;
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


/***/ }),

/***/ 4591:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

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
