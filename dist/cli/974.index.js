export const id = 974;
export const ids = [974];
export const modules = {

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
