export const id = 29;
export const ids = [29];
export const modules = {

/***/ 1140:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ dangerouslyAllowBrowserRule)
/* harmony export */ });
/* harmony import */ var _js_source_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4781);
/* harmony import */ var _llm_client_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5281);
/* harmony import */ var _meta_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1465);



const OPTION = /(["']?)\bdangerouslyAllowBrowser\1\s*:\s*(true|!0)\b/g;
/** `dangerouslyAllowBrowser: true`: an OpenAI or Anthropic JS client deliberately running in the browser. */
const dangerouslyAllowBrowserRule = {
    meta: {
        id: 'llm-client-in-browser',
        category: 'secret-exposure',
        severity: 'high',
        description: 'An OpenAI or Anthropic JavaScript client is created with `dangerouslyAllowBrowser: true`, so its API key is shipped to and readable in every visitor\u2019s browser.',
        helpUri: _meta_js__WEBPACK_IMPORTED_MODULE_2__/* .BROWSER_HELP */ .ZH,
    },
    appliesTo: (file) => _js_source_js__WEBPACK_IMPORTED_MODULE_0__/* .SOURCE_EXTENSIONS */ .fQ.test(file.path),
    check(file) {
        if (!file.text.includes('dangerouslyAllowBrowser'))
            return [];
        const mask = (0,_js_source_js__WEBPACK_IMPORTED_MODULE_0__/* .codeMaskOf */ .bD)(file);
        const masked = mask.masked();
        const calls = (0,_llm_client_js__WEBPACK_IMPORTED_MODULE_1__/* .clientCalls */ .bm)(mask, masked);
        const sdk = (0,_llm_client_js__WEBPACK_IMPORTED_MODULE_1__/* .importedSdk */ .$A)(masked, file.text);
        const findings = [];
        for (const m of file.text.matchAll(OPTION)) {
            if (!mask.isCode(m.index))
                continue;
            const call = (0,_llm_client_js__WEBPACK_IMPORTED_MODULE_1__/* .enclosingCall */ .H1)(calls, m.index);
            const client = call ? `The ${call.client} client` : sdk ? `A client from "${sdk}"` : 'An LLM SDK client';
            findings.push({
                ruleId: this.meta.id,
                category: this.meta.category,
                severity: this.meta.severity,
                file: file.path,
                ...file.lines.range(m.index, m.index + m[0].length),
                message: `${client} is created with dangerouslyAllowBrowser: true, so it runs in the browser with its API key: the key is compiled into JavaScript that every visitor downloads, ` +
                    `and anyone can copy it from the bundle or the network tab and spend on your account. (Only acceptable when each user types in their own key.)`,
                remediation: _meta_js__WEBPACK_IMPORTED_MODULE_2__/* .CLIENT_REMEDIATION */ ._i,
                fingerprintSeed: `dangerouslyAllowBrowser:${call?.client ?? sdk ?? ''}`,
            });
        }
        return findings;
    },
};


/***/ }),

/***/ 4781:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   QH: () => (/* binding */ closingParen),
/* harmony export */   bD: () => (/* binding */ codeMaskOf),
/* harmony export */   fQ: () => (/* binding */ SOURCE_EXTENSIONS)
/* harmony export */ });
/* unused harmony export CodeMask */
/**
 * A small JavaScript/TypeScript lexer that tells code from comments and string contents, so that
 * rules can match code patterns without matching documentation. It is deliberately lenient:
 * unterminated strings end at the line, regex literals are recognised after operators and
 * keywords. `.vue`/`.svelte` files are code only inside `<script>`; `.astro` in its frontmatter
 * and `<script>` blocks.
 */
const SOURCE_EXTENSIONS = /\.(js|jsx|ts|tsx|mjs|cjs|mts|cts|vue|svelte|astro)$/i;
/** Per offset of the text: code (true) or comment / string contents / markup (false). */
class CodeMask {
    text;
    code;
    maskedText;
    constructor(text, path) {
        this.text = text;
        this.code = new Uint8Array(text.length);
        for (const [start, end] of scriptRegions(text, path))
            lex(text, start, end, this.code);
    }
    isCode(offset) {
        return this.code[offset] === 1;
    }
    /** The text with every non-code character blanked (line breaks kept), same length. */
    masked() {
        if (this.maskedText === undefined) {
            // One pass over UTF-16 units and one decode: string concatenation per character is
            // quadratic-ish in garbage on multi-megabyte bundles.
            const units = new Uint16Array(this.text.length);
            for (let i = 0; i < units.length; i++) {
                const unit = this.text.charCodeAt(i);
                units[i] = this.code[i] === 1 || unit === 10 ? unit : 32;
            }
            this.maskedText = new TextDecoder('utf-16le').decode(units);
        }
        return this.maskedText;
    }
}
const masks = new WeakMap();
/** The mask of a scanned file, lexed once however many rules ask. */
function codeMaskOf(file) {
    let mask = masks.get(file);
    if (!mask) {
        mask = new CodeMask(file.text, file.path);
        masks.set(file, mask);
    }
    return mask;
}
function scriptRegions(text, path) {
    const lower = path.toLowerCase();
    if (!/\.(vue|svelte|astro)$/.test(lower))
        return [[0, text.length]];
    const regions = [];
    if (lower.endsWith('.astro')) {
        const front = /^\s*---[ \t]*\r?\n([\s\S]*?)^---[ \t]*$/m.exec(text);
        if (front && front.index === 0)
            regions.push([front.index + front[0].indexOf(front[1]), front.index + front[0].indexOf(front[1]) + front[1].length]);
    }
    for (const m of text.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script\s*>/gi)) {
        const start = m.index + m[0].indexOf('>') + 1;
        regions.push([start, start + m[1].length]);
    }
    return regions;
}
const REGEX_AFTER_WORD = new Set(['return', 'typeof', 'case', 'in', 'of', 'new', 'delete', 'void', 'throw', 'else', 'yield', 'await', 'do']);
/** Marks code characters of text[start, end) in `code`. Template literal `${...}` parts are code. */
function lex(text, start, end, code) {
    // Stack of brace depths at which a template literal resumes.
    const templates = [];
    let depth = 0;
    let prevSignificant = ''; // last code token's last character, or a word
    let i = start;
    const markCode = (from, to) => code.fill(1, from, to);
    const scanTemplate = (from) => {
        // `from` is just after the backtick or the `}` closing a substitution.
        let j = from;
        while (j < end) {
            const c = text[j];
            if (c === '\\')
                j += 2;
            else if (c === '`') {
                markCode(j, j + 1);
                return j + 1;
            }
            else if (c === '$' && text[j + 1] === '{') {
                markCode(j, j + 2);
                templates.push(depth);
                depth++;
                return j + 2;
            }
            else
                j++;
        }
        return end;
    };
    while (i < end) {
        const c = text[i];
        const next = text[i + 1];
        if (c === '/' && next === '/') {
            const nl = text.indexOf('\n', i);
            i = nl === -1 || nl > end ? end : nl;
            continue;
        }
        if (c === '/' && next === '*') {
            const close = text.indexOf('*/', i + 2);
            i = close === -1 || close + 2 > end ? end : close + 2;
            continue;
        }
        if (c === '"' || c === "'") {
            markCode(i, i + 1);
            let j = i + 1;
            while (j < end && text[j] !== c && text[j] !== '\n')
                j += text[j] === '\\' ? 2 : 1;
            if (j < end && text[j] === c)
                markCode(j, j + 1);
            i = Math.min(end, j + 1);
            prevSignificant = 'string';
            continue;
        }
        if (c === '`') {
            markCode(i, i + 1);
            i = scanTemplate(i + 1);
            prevSignificant = 'string';
            continue;
        }
        if (c === '/' && regexAllowed(prevSignificant)) {
            let j = i + 1;
            let inClass = false;
            while (j < end && text[j] !== '\n') {
                const d = text[j];
                if (d === '\\')
                    j++;
                else if (d === '[')
                    inClass = true;
                else if (d === ']')
                    inClass = false;
                else if (d === '/' && !inClass)
                    break;
                j++;
            }
            if (j < end && text[j] === '/') {
                markCode(i, i + 1);
                markCode(j, j + 1);
                i = j + 1;
                prevSignificant = 'regex';
                continue;
            }
        }
        if (c === '{')
            depth++;
        if (c === '}') {
            depth--;
            if (templates.length > 0 && templates[templates.length - 1] === depth) {
                templates.pop();
                markCode(i, i + 1);
                i = scanTemplate(i + 1);
                prevSignificant = 'string';
                continue;
            }
        }
        markCode(i, i + 1);
        if (/[A-Za-z0-9_$]/.test(c)) {
            let j = i;
            while (j < end && /[A-Za-z0-9_$]/.test(text[j]))
                j++;
            markCode(i, j);
            prevSignificant = text.slice(i, j);
            i = j;
            continue;
        }
        if (!/\s/.test(c))
            prevSignificant = c;
        i++;
    }
}
function regexAllowed(prev) {
    if (prev === '')
        return true;
    if (prev === 'string' || prev === 'regex')
        return false;
    if (/^[A-Za-z0-9_$]+$/.test(prev))
        return REGEX_AFTER_WORD.has(prev);
    return prev !== ')' && prev !== ']' && prev !== '}';
}
/** Offset of the parenthesis that closes the one at `open` in masked code, or -1. */
function closingParen(masked, open) {
    let depth = 0;
    for (let i = open; i < masked.length; i++) {
        const c = masked[i];
        if (c === '(')
            depth++;
        else if (c === ')' && --depth === 0)
            return i;
    }
    return -1;
}


/***/ }),

/***/ 5281:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $A: () => (/* binding */ importedSdk),
/* harmony export */   H1: () => (/* binding */ enclosingCall),
/* harmony export */   bm: () => (/* binding */ clientCalls)
/* harmony export */ });
/* harmony import */ var _js_source_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4781);
/** Where browser code constructs an LLM SDK client, for the client-side rules. */

const CLIENT_CLASSES = 'OpenAI|AzureOpenAI|Anthropic|AnthropicBedrock|AnthropicVertex|Groq|Mistral|MistralClient|CohereClient|CohereClientV2|GoogleGenerativeAI|GoogleGenAI|ChatOpenAI|AzureChatOpenAI|ChatAnthropic|ChatGoogleGenerativeAI|ChatGroq|ChatMistralAI|OpenAIEmbeddings|Together|Replicate';
const CLIENT_FACTORIES = 'createOpenAI|createAnthropic|createGoogleGenerativeAI|createMistral|createGroq|createAzure|createOpenAICompatible';
const CLIENT_CALL = new RegExp(`\\bnew\\s+(?:[A-Za-z_$][\\w$]*\\.)?(${CLIENT_CLASSES})\\s*\\(|\\b(${CLIENT_FACTORIES})\\s*\\(`, 'g');
const SDK_MODULES = String.raw `openai|@anthropic-ai/sdk|@google/generative-ai|@google/genai|groq-sdk|@mistralai/mistralai|cohere-ai|@ai-sdk/[\w-]+|@langchain/[\w-]+|langchain(?:/[\w/-]+)?|replicate|together-ai`;
const SDK_IMPORT = new RegExp(String.raw `\bfrom\s*['"](${SDK_MODULES})['"]|\b(?:require|import)\s*\(\s*['"](${SDK_MODULES})['"]\s*\)`, 'g');
function clientCalls(mask, masked) {
    const out = [];
    for (const m of masked.matchAll(CLIENT_CALL)) {
        if (!mask.isCode(m.index))
            continue;
        const open = m.index + m[0].length - 1;
        const close = (0,_js_source_js__WEBPACK_IMPORTED_MODULE_0__/* .closingParen */ .QH)(masked, open);
        if (close === -1)
            continue;
        out.push({ client: m[1] ?? m[2], start: m.index, argsStart: open + 1, argsEnd: close });
    }
    return out;
}
/** The innermost client call whose arguments contain `offset`. */
function enclosingCall(calls, offset) {
    return calls.filter((c) => c.argsStart <= offset && offset < c.argsEnd).sort((a, b) => b.argsStart - a.argsStart)[0];
}
/** The LLM SDK module the file imports, if any. */
function importedSdk(masked, text) {
    // Module names are string contents (blanked in `masked`): match the text, confirm the keyword is code.
    for (const m of text.matchAll(SDK_IMPORT))
        if (masked[m.index] !== ' ')
            return m[1] ?? m[2] ?? null;
    return null;
}


/***/ }),

/***/ 1465:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $J: () => (/* binding */ remediationFor),
/* harmony export */   VS: () => (/* binding */ publicPrefixOf),
/* harmony export */   ZH: () => (/* binding */ BROWSER_HELP),
/* harmony export */   _i: () => (/* binding */ CLIENT_REMEDIATION),
/* harmony export */   kN: () => (/* binding */ ANY_PUBLIC_PREFIX),
/* harmony export */   mc: () => (/* binding */ exposedSecretName),
/* harmony export */   zU: () => (/* binding */ whyExposed)
/* harmony export */ });
/* unused harmony export PUBLIC_PREFIXES */
/* harmony import */ var _secret_names_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(58);

const BROWSER_HELP = 'https://github.com/openai-secret-lint/openai-secret-lint/blob/main/docs/rules/browser-exposure.md';
/** Prefix -> the tool that inlines variables carrying it. Longer prefixes first. */
const PUBLIC_PREFIXES = [
    { prefix: 'NEXT_PUBLIC_', tool: 'Next.js' },
    { prefix: 'EXPO_PUBLIC_', tool: 'Expo' },
    { prefix: 'NUXT_PUBLIC_', tool: 'Nuxt' },
    { prefix: 'REACT_APP_', tool: 'Create React App' },
    { prefix: 'VUE_APP_', tool: 'Vue CLI' },
    { prefix: 'NG_APP_', tool: 'Angular (@ngx-env)' },
    { prefix: 'GATSBY_', tool: 'Gatsby' },
    { prefix: 'VITE_', tool: 'Vite' },
    { prefix: 'PUBLIC_', tool: 'SvelteKit (like Astro)' },
];
/** Cheap keyword prefilter: a file without any public prefix has nothing for the variable rules. */
const ANY_PUBLIC_PREFIX = /NEXT_PUBLIC_|EXPO_PUBLIC_|NUXT_PUBLIC_|REACT_APP_|VUE_APP_|NG_APP_|GATSBY_|VITE_|PUBLIC_/;
/** The public prefix of an env variable name (case-sensitive, as the tools match it), or null. */
function publicPrefixOf(name) {
    for (const { prefix, tool } of PUBLIC_PREFIXES) {
        if (name.startsWith(prefix) && name.length > prefix.length)
            return { name, prefix, tool, bare: name.slice(prefix.length) };
    }
    return null;
}
/**
 * Keys that providers issue to be shipped to browsers (restricted by referrer, origin or scope):
 * a public prefix on them is the intended use, not a leak.
 */
const PUBLISHABLE_BY_DESIGN = [
    /PUBLISHABLE/,
    /ANON(YMOUS)?_KEY$/,
    /SITE_?KEY$/,
    /^FIREBASE_.*API_KEY$/,
    /^(GOOGLE_)?MAPS?_.*(API_)?KEY$/,
    /^GOOGLE_MAPS/,
    /^ALGOLIA_.*SEARCH/,
    /^MAPBOX_.*TOKEN$/,
    // Client-side analytics and messaging keys (their personal, admin or server tokens stay secret).
    /^(POSTHOG|AMPLITUDE|MIXPANEL|SEGMENT|DATADOG_RUM|HEAP|HOTJAR|PUSHER|INTERCOM|LOGROCKET|GA|GTAG|GTM)_(?!.*(PERSONAL|SECRET|ADMIN|SERVER|MANAGEMENT|AUTH_TOKEN))/,
    /^PUBLIC_?KEY$/,
];
/** True for a public-prefixed name whose bare name is secret-like and not publishable by design. */
function exposedSecretName(name, settings) {
    const found = publicPrefixOf(name);
    if (!found)
        return null;
    const { extra, ignore } = settings.secretNames;
    if (ignore.length > 0 && (!(0,_secret_names_js__WEBPACK_IMPORTED_MODULE_0__/* .isSecretLikeName */ .RW)(name, { ignore, extra: ['*'] }) || !(0,_secret_names_js__WEBPACK_IMPORTED_MODULE_0__/* .isSecretLikeName */ .RW)(found.bare, { ignore, extra: ['*'] })))
        return null;
    if (!(0,_secret_names_js__WEBPACK_IMPORTED_MODULE_0__/* .isSecretLikeName */ .RW)(found.bare, { extra }))
        return null;
    const bare = (0,_secret_names_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeName */ .Pc)(found.bare);
    if (PUBLISHABLE_BY_DESIGN.some((re) => re.test(bare)))
        return null;
    return found;
}
function whyExposed(p) {
    return `${p.tool} inlines every variable starting with ${p.prefix} into the client bundle at build time, so its value is compiled into JavaScript that every visitor downloads and can read.`;
}
function remediationFor(p) {
    return (`Keep the key in a server-side variable without the public prefix (${p.bare}), call the provider from a server route or proxy that checks the user and enforces per-user quotas, ` +
        `and rotate the key if a build that contained it was ever deployed.`);
}
const CLIENT_REMEDIATION = 'Do not call the provider from the browser with your key: move the call to a server route or proxy that holds the key in a server-side variable (without a public prefix), checks the user and enforces per-user quotas; rotate the key if this code was ever deployed.';


/***/ }),

/***/ 3012:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ publicEnvApiKeyRule)
/* harmony export */ });
/* harmony import */ var _js_source_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4781);
/* harmony import */ var _llm_client_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5281);
/* harmony import */ var _meta_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1465);



const PUBLIC_NAME = /\b(?:NEXT_PUBLIC|EXPO_PUBLIC|NUXT_PUBLIC|REACT_APP|VUE_APP|NG_APP|GATSBY|VITE|PUBLIC)_[A-Z0-9_]+\b/g;
const API_KEY_PROPERTY = /(["']?)\b(apiKey|openAIApiKey|openAiApiKey|anthropicApiKey|azureOpenAIApiKey|api_key)\1\s*:/g;
/** `new OpenAI({ apiKey: import.meta.env.VITE_OPENAI_API_KEY })` and the like: an LLM key read from a public env variable. */
const publicEnvApiKeyRule = {
    meta: {
        id: 'llm-client-public-env-key',
        category: 'secret-exposure',
        severity: 'high',
        description: 'Client code passes a public-prefixed env variable (import.meta.env.VITE_\u2026, process.env.NEXT_PUBLIC_\u2026) as an LLM API key, so the key is compiled into the JavaScript every visitor downloads.',
        helpUri: _meta_js__WEBPACK_IMPORTED_MODULE_2__/* .BROWSER_HELP */ .ZH,
    },
    appliesTo: (file) => _js_source_js__WEBPACK_IMPORTED_MODULE_0__/* .SOURCE_EXTENSIONS */ .fQ.test(file.path),
    check(file, context) {
        if (!_meta_js__WEBPACK_IMPORTED_MODULE_2__/* .ANY_PUBLIC_PREFIX */ .kN.test(file.text))
            return [];
        const mask = (0,_js_source_js__WEBPACK_IMPORTED_MODULE_0__/* .codeMaskOf */ .bD)(file);
        const masked = mask.masked();
        const calls = (0,_llm_client_js__WEBPACK_IMPORTED_MODULE_1__/* .clientCalls */ .bm)(mask, masked);
        const sdk = (0,_llm_client_js__WEBPACK_IMPORTED_MODULE_1__/* .importedSdk */ .$A)(masked, file.text);
        if (calls.length === 0 && sdk === null)
            return [];
        // Spans to search: every client call's arguments, and `apiKey:` values in a file that imports an SDK.
        const spans = calls.map((c) => ({ start: c.argsStart, end: c.argsEnd, client: c.client }));
        if (sdk !== null) {
            for (const m of file.text.matchAll(API_KEY_PROPERTY)) {
                if (!mask.isCode(m.index) || (0,_llm_client_js__WEBPACK_IMPORTED_MODULE_1__/* .enclosingCall */ .H1)(calls, m.index))
                    continue;
                const start = m.index + m[0].length;
                const stop = /[,}\n;]/.exec(masked.slice(start));
                spans.push({ start, end: stop ? start + stop.index : masked.length, client: `the "${sdk}" SDK` });
            }
        }
        const findings = [];
        const seen = new Set();
        for (const span of spans) {
            for (const m of file.text.slice(span.start, span.end).matchAll(PUBLIC_NAME)) {
                const at = span.start + m.index;
                // A name in code (`import.meta.env.VITE_X`, `PUBLIC_X` from `$env/static/public`) or an env index (`process.env['VITE_X']`).
                if (seen.has(at) || !(mask.isCode(at) || /env\s*\[\s*["'`]$/.test(file.text.slice(Math.max(0, at - 20), at))))
                    continue;
                const name = (0,_meta_js__WEBPACK_IMPORTED_MODULE_2__/* .exposedSecretName */ .mc)(m[0], context.settings);
                if (!name)
                    continue;
                seen.add(at);
                const before = /(?:import\.meta\.env|process\.env|\benv)\s*(?:\.\s*|\[\s*["'`])$/.exec(file.text.slice(Math.max(0, at - 40), at));
                const start = before ? at - before[0].length : at;
                const client = /^the /.test(span.client) ? span.client : `the ${span.client} client`;
                findings.push({
                    ruleId: this.meta.id,
                    category: this.meta.category,
                    severity: this.meta.severity,
                    file: file.path,
                    ...file.lines.range(start, at + m[0].length),
                    message: `${name.name} is passed as the API key of ${client}. ${(0,_meta_js__WEBPACK_IMPORTED_MODULE_2__/* .whyExposed */ .zU)(name)}`,
                    remediation: _meta_js__WEBPACK_IMPORTED_MODULE_2__/* .CLIENT_REMEDIATION */ ._i,
                    fingerprintSeed: name.name,
                });
            }
        }
        return findings.sort((a, b) => (a.line - b.line) || (a.column - b.column));
    },
};


/***/ }),

/***/ 4023:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  u: () => (/* binding */ COMMAND_RULES)
});

// UNUSED EXPORTS: COMMAND_REPOSITORY_RULES

// EXTERNAL MODULE: ./.build-emit/src/analyzers/kubernetes/report.js
var report = __webpack_require__(6060);
;// CONCATENATED MODULE: ./.build-emit/src/analyzers/commands/credential-args.js
/** Words a command line starts with before the command itself. */
const PREFIX_WORDS = new Set(['sudo', 'exec', 'command', 'time', 'nohup', 'then', 'do', 'else', 'elif', 'if', 'while', 'until', '!', '{', '}', '$', 'RUN', 'run']);
const ASSIGNMENT = /^[A-Za-z_][A-Za-z0-9_]*=/;
/** A copied shell prompt before the command: `$`, `sh-5.0$`, `user@host:~$`, `>`. */
const PROMPT = /^[\w.@~:/-]*[$>%]$/;
/** Environment variables the tools read their password from: `PGPASSWORD=... psql`. */
const PASSWORD_ENV = new Set(['PGPASSWORD', 'MYSQL_PWD', 'SSHPASS', 'REDISCLI_AUTH']);
const MYSQL = /^(mysql|mysqldump|mysqladmin|mysqlimport|mysqlshow|mysqlcheck|mysqlpump|mysql_upgrade|mysqlsh|mariadb|mariadb-dump|mariadb-admin|mariadb-upgrade)$/;
/** Tools that run another command in a container: `docker run ... image mysql -pPASS`, `kubectl exec pod -- psql`. */
const CONTAINER_RUNNERS = new Set(['docker', 'podman', 'nerdctl', 'kubectl', 'oc']);
/** Commands looked for inside such a command line (database and HTTP clients). */
const INNER_TOOL = /^(psql|redis-cli|sshpass|curl|wget)$/;
const LOGIN_TOOLS = new Set(['docker', 'podman', 'buildah', 'skopeo', 'nerdctl', 'oras']);
/** Tools whose arguments take URLs that may carry `user:password@`. */
const URL_TOOLS = new Set(['git', 'curl', 'wget', 'pip', 'pip3', 'pipx', 'uv', 'poetry', 'pipenv', 'python', 'python3', 'npm', 'yarn', 'pnpm', 'helm', 'svn', 'hg', 'docker', 'redis-cli', 'psql', 'mongosh', 'mongo', 'mongodump', 'mongorestore', 'mongoexport', 'mongoimport']);
const MONGO = /^(mongosh|mongo|mongodump|mongorestore|mongoexport|mongoimport|mongofiles|mongostat|mongotop)$/;
/** Helm values whose last key names a credential (`db.password`, `auth.rootPassword`, `apiToken`). */
const HELM_SECRET_KEY = /(pass(word|wd)?|pwd|secret|token|api[-_]?key|access[-_]?key|secret[-_]?key|private[-_]?key|credentials?)$/i;
/** ...but not the name of a Secret object or a field of one (`existingSecret`, `passwordSecretKeyRef`). */
const HELM_SECRET_REF = /^existing|(secret|key)(name|ref)$|secretkey(ref|name)$|(file|path|enabled|length|size)$/i;
const NPM_TOOLS = new Set(['npm', 'yarn', 'pnpm']);
/**
 * Headers whose value is a credential. Authorization-style ones carry a scheme first, or the bare
 * token (`Authorization: <uuid>`, `Authorization:<jwt>`).
 */
const AUTH_HEADER = /^\s*(proxy-authorization|authorization)\s*:\s*(?:(basic|bearer|token|bot|apikey|api-key|api-token|sso-key|key|jwt|otp)\s+)?(\S.*)$/i;
/** Token headers by name: `PRIVATE-TOKEN`, `X-API-Key`, `apikey`, `Api-Token`, `Token`, `X-Octopus-ApiKey`. */
const TOKEN_HEADER = /^\s*((?:x-(?:[a-z0-9]+-)*)?(?:private-token|api[-_]?key|api[-_]?token|auth[-_]?token|access[-_]?token|vault-token|circle-token|jfrog-art-api|gitlab-token|token|secret[-_]?key|client[-_]?secret))\s*:\s*(\S.*)$/i;
/** A bare Authorization value (no scheme) is a credential only when it reads as one token. */
const BARE_TOKEN = /^[\w~+/=.@-]{8,}$/;
const URL_USERINFO = /[a-z][a-z0-9+.-]*:\/\/([^/\s@:?#]*):([^/\s@?#]+)@/gi;
/** npm config keys and .npmrc settings that hold a credential. */
const NPM_AUTH_KEY = /(?:^|:)(_authToken|_auth|_password|npmAuthToken|npmAuthIdent)$/;
const NPMRC_IN_WORD = /(?:^|[\s:])(_authToken|_auth|_password)=([^\s"'\\]+)/g;
/** The command's name and arguments, after assignments, `sudo`-like prefixes and Make's `@-+`. */
function commandOf(command) {
    const words = command.words;
    const assignments = [];
    let k = 0;
    for (; k < words.length; k++) {
        const text = words[k].text;
        if (ASSIGNMENT.test(text))
            assignments.push(words[k]);
        else if (PREFIX_WORDS.has(text) || (k === 0 && PROMPT.test(text)))
            continue;
        else if (text === 'env' || (k > 0 && /^-/.test(text) && /^(sudo|env|RUN)$/.test(words[k - 1].text)))
            continue;
        else if (k > 0 && words[k - 1].text === 'RUN' && text.startsWith('--'))
            continue;
        else
            break;
    }
    if (k >= words.length)
        return assignments.length > 0 ? { name: '', args: [], assignments } : null;
    const raw = words[k].text.replace(/^[@+-]+/, '');
    const name = raw.slice(raw.lastIndexOf('/') + 1).replace(/\.exe$/i, '');
    return { name, args: words.slice(k + 1), assignments };
}
function isInnerTool(word) {
    const base = word.slice(word.lastIndexOf('/') + 1);
    return MYSQL.test(base) || MONGO.test(base) || INNER_TOOL.test(base);
}
/** Every credential argument of one simple command. */
function credentialArgs(command) {
    const parsed = commandOf(command);
    if (!parsed)
        return [];
    const { name, args, assignments } = parsed;
    const out = [];
    for (const a of assignments) {
        const eq = a.text.indexOf('=');
        if (PASSWORD_ENV.has(a.text.slice(0, eq)) && name !== '')
            out.push({ word: a, from: eq + 1, to: a.text.length, form: `${a.text.slice(0, eq)}=\u2026 ${name}` });
    }
    const sub = args.map((w) => w.text);
    /** The subcommands: arguments before the first option (`docker login`, `helm registry login`). */
    const firstOption = sub.findIndex((t) => t.startsWith('-'));
    const verbs = firstOption === -1 ? sub : sub.slice(0, firstOption);
    const label = LOGIN_TOOLS.has(name) || name === 'oc' ? `${name} login` : name === 'helm' && verbs[0] === 'registry' ? 'helm registry login' : name === 'helm' && verbs[0] === 'repo' ? 'helm repo' : name;
    const option = (shorts, longs, opts = {}) => optionValues(args, shorts, longs, label, opts);
    if (name === 'curl') {
        for (const v of option(['-u', '-U'], ['--user', '--proxy-user']))
            pushUserPass(out, v);
        for (const v of option(['-H'], ['--header', '--proxy-header']))
            pushHeader(out, v);
        for (const item of option([], ['--oauth2-bearer']))
            out.push(item);
    }
    else if (name === 'wget') {
        for (const item of option([], ['--password', '--http-password', '--ftp-password', '--proxy-password']))
            out.push(item);
        for (const v of option([], ['--header']))
            pushHeader(out, v);
    }
    else if (LOGIN_TOOLS.has(name) && verbs[0] === 'login') {
        for (const item of option(['-p'], ['--password'], { attached: true }))
            out.push(item);
    }
    else if (name === 'helm') {
        for (const item of option(verbs[0] === 'registry' && verbs[1] === 'login' ? ['-p'] : [], ['--password'], { attached: true }))
            out.push(item);
        for (const v of option([], ['--set', '--set-string']))
            pushHelmValues(out, v);
    }
    else if (name === 'redis-cli') {
        for (const item of option(['-a'], ['--pass', '--password']))
            out.push(item);
    }
    else if (MONGO.test(name)) {
        // `-p` with nothing after it (or before a connection string) prompts for the password.
        for (const item of option(['-p'], ['--password'], { attached: false })) {
            const value = item.word.text.slice(item.from, item.to);
            if (!value.startsWith('-') && !value.includes('://'))
                out.push(item);
        }
    }
    else if (name === 'kubectl' || name === 'oc') {
        for (const item of option(name === 'oc' && verbs[0] === 'login' ? ['-p'] : [], ['--token', '--password']))
            out.push(item);
    }
    else if (name === 'sshpass') {
        for (const item of option(['-p'], [], { attached: true }))
            out.push(item);
    }
    else if (MYSQL.test(name)) {
        // `-p` alone prompts and `-p NAME` names a database: only `-pVALUE` and `--password=VALUE` hold one.
        for (const item of option(['-p'], ['--password'], { attached: true, separate: false }))
            out.push(item);
    }
    else if (NPM_TOOLS.has(name) && sub[0] === 'config' || (NPM_TOOLS.has(name) && sub[0] === 'set')) {
        for (const item of npmConfigSet(args))
            out.push(item);
    }
    else if (name === 'git') {
        for (const w of args) {
            const header = /(?:^|extraheader[= ]\s*)((?:proxy-)?authorization\s*:.*)$/i.exec(w.text);
            if (header)
                pushHeader(out, { word: w, from: header.index + header[0].length - header[1].length, to: w.text.length, form: 'git http.extraHeader' });
        }
    }
    if (CONTAINER_RUNNERS.has(name) && sub.slice(0, 2).some((t) => t === 'run' || t === 'exec')) {
        // The command the container runs: the first word after the image or pod that names a client.
        const inner = args.findIndex((w, i) => i > 0 && isInnerTool(w.text));
        if (inner !== -1)
            for (const item of credentialArgs({ words: args.slice(inner) }))
                out.push(item);
    }
    else if (URL_TOOLS.has(name))
        for (const item of urlPasswords(args, name))
            out.push(item);
    // `echo "//registry.npmjs.org/:_authToken=..." >> .npmrc` and the like, in any command.
    // All words: a here-document line `//registry/:_authToken=...` reads as a command of its own.
    for (const w of command.words) {
        if (!w.text.includes('_auth') && !w.text.includes('_password'))
            continue;
        for (const m of w.text.matchAll(NPMRC_IN_WORD)) {
            const to = m.index + m[0].length;
            const from = to - m[2].length;
            if (out.some((o) => o.word === w && o.from <= from && o.to >= to))
                continue;
            out.push({ word: w, from, to, form: `npm ${m[1]}=`, ...(m[1] === '_auth' ? { basic: true } : {}) });
        }
    }
    return out;
}
/**
 * Values of an option: `-u V`, `-uV` (attached), `--user V`, `--user=V`, and a short option at the
 * end of a group (`-su V`). Stops at `--`.
 */
function optionValues(args, shorts, longs, label, opts) {
    const out = [];
    const separate = opts.separate ?? true;
    for (let i = 0; i < args.length; i++) {
        const w = args[i];
        const t = w.text;
        if (t === '--')
            break;
        const tool = label;
        const next = args[i + 1];
        for (const long of longs) {
            if (t === long && separate && next)
                out.push({ word: next, from: 0, to: next.text.length, form: `${tool} ${long}` });
            else if (t.startsWith(`${long}=`))
                out.push({ word: w, from: long.length + 1, to: t.length, form: `${tool} ${long}` });
        }
        if (!/^-[A-Za-z]/.test(t) || t.startsWith('--'))
            continue;
        for (const short of shorts) {
            const letter = short[1];
            if (t === short || (separate && /^-[A-Za-z]+$/.test(t) && t.endsWith(letter) && label === 'curl')) {
                if (separate && next)
                    out.push({ word: next, from: 0, to: next.text.length, form: `${tool} ${short}` });
            }
            else if (opts.attached && t.startsWith(short) && t.length > 2) {
                out.push({ word: w, from: 2, to: t.length, form: `${tool} ${short}` });
            }
            else if (label === 'curl' && t.startsWith(short) && t.length > 2) {
                out.push({ word: w, from: 2, to: t.length, form: `${tool} ${short}` });
            }
        }
    }
    return out;
}
/**
 * `user:password`: the part after the first colon. With an empty password the user part is the
 * credential when it reads as a key (`curl -u sk_live_...:`, `-u "d2LkV78zLx!t:"`: APIs that take the
 * key as the Basic user name), not a name or an address.
 */
function pushUserPass(out, v) {
    const colon = v.word.text.indexOf(':', v.from);
    if (colon === -1)
        return;
    if (colon < v.to - 1) {
        out.push({ ...v, from: colon + 1 });
        return;
    }
    const user = v.word.text.slice(v.from, colon);
    if (KEY_AS_USER.test(user) && /[0-9]/.test(user) && /[A-Za-z]/.test(user))
        out.push({ ...v, to: colon });
}
const KEY_AS_USER = /^[^\s@:]{10,}$/;
function pushHeader(out, v) {
    // Trailing blanks trimmed first: the patterns then end in a greedy `(\S.*)$`, linear on any value.
    const value = v.word.text.slice(v.from, v.to).trimEnd();
    let auth = AUTH_HEADER.exec(value);
    // Without a scheme the value must be one token that is not itself a scheme (`Bearer` alone).
    if (auth && !auth[2] && (!BARE_TOKEN.test(auth[3]) || !/[0-9]/.test(auth[3])))
        auth = null;
    const token = auth ? null : TOKEN_HEADER.exec(value);
    const credential = auth?.[3] ?? token?.[2];
    if (!credential)
        return;
    const from = v.from + value.lastIndexOf(credential);
    out.push({ word: v.word, from, to: from + credential.length, form: `${v.form} "${(auth?.[1] ?? token[1])}:${auth?.[2] ? ` ${auth[2]}` : ''} \u2026"`, ...(auth && /^basic$/i.test(auth[2] ?? '') ? { basic: true } : {}) });
}
/**
 * `helm ... --set a.password=V,b.user=U` and `--set-string`: the values of keys that name a
 * credential. Commas separate pairs unless escaped (`\,`).
 */
function pushHelmValues(out, v) {
    const text = v.word.text;
    let start = v.from;
    for (let i = v.from; i <= v.to; i++) {
        if (i < v.to && (text[i] !== ',' || text[i - 1] === '\\'))
            continue;
        const pair = text.slice(start, i);
        const eq = pair.indexOf('=');
        if (eq > 0) {
            const key = pair.slice(0, eq);
            const last = key.slice(key.lastIndexOf('.') + 1).replace(/\[\d+\]$/, '');
            if (HELM_SECRET_KEY.test(last) && !HELM_SECRET_REF.test(last) && eq < pair.length - 1) {
                out.push({ word: v.word, from: start + eq + 1, to: i, form: `${v.form} ${key}=` });
            }
        }
        start = i + 1;
    }
}
/** `npm config set //registry/:_authToken=V` or `npm config set //registry/:_authToken V`. */
function npmConfigSet(args) {
    const set = args.findIndex((w) => w.text === 'set');
    if (set === -1)
        return [];
    const out = [];
    for (let i = set + 1; i < args.length; i++) {
        const w = args[i];
        if (w.text.startsWith('-'))
            continue;
        const eq = w.text.indexOf('=');
        const key = eq === -1 ? w.text : w.text.slice(0, eq);
        const match = NPM_AUTH_KEY.exec(key);
        if (!match)
            continue;
        const basic = match[1] === '_auth' ? { basic: true } : {};
        if (eq !== -1)
            out.push({ word: w, from: eq + 1, to: w.text.length, form: `npm config set ${match[1]}`, ...basic });
        else if (args[i + 1])
            out.push({ word: args[i + 1], from: 0, to: args[i + 1].text.length, form: `npm config set ${match[1]}`, ...basic });
    }
    return out;
}
/** The password of `scheme://user:password@host` in any argument. */
function urlPasswords(args, tool) {
    const out = [];
    for (const w of args) {
        if (!w.text.includes('://'))
            continue;
        for (const m of w.text.matchAll(URL_USERINFO)) {
            const to = m.index + m[0].length - 1;
            out.push({ word: w, from: to - m[2].length, to, form: `${tool} URL user:password@` });
        }
    }
    return out;
}

// EXTERNAL MODULE: ./.build-emit/src/analyzers/secret-names.js
var secret_names = __webpack_require__(58);
;// CONCATENATED MODULE: ./.build-emit/src/analyzers/commands/meta.js

const COMMANDS_HELP = 'https://github.com/openai-secret-lint/openai-secret-lint/blob/main/docs/rules/commands.md';
/**
 * The severity of a value written where a tool takes a credential, or null when it is not a
 * literal credential: references (`$VAR`, `${{ secrets.X }}`, `$(cat file)`), placeholders and
 * test words (`<password>`, `your-token`, `xxx`, `changeme`, `root`, `password`) pass; counting
 * runs, stand-in words and lower-case words (`postgres`, `secret_pw`) are throwaway test-service
 * passwords known to every reader: low; anything else: high. A value a provider detector
 * recognises is also reported, critical, by the text rule at the same range (merged into one).
 */
function credentialSeverity(value, basic) {
    let judged = value;
    if (basic) {
        // Outside the base64 alphabet it is no Basic credential (`Basic {base64(user:pass)}`, a JWT).
        if (!/^[A-Za-z0-9+/]+=*$/.test(value))
            return null;
        const decoded = decodeBasic(value);
        if (decoded !== null)
            judged = decoded;
    }
    if (!(0,secret_names/* isLiteralSecretValue */.R4)(judged) || CAPITAL_NAME.test(judged) || CALL.test(judged))
        return null;
    if ((0,secret_names/* isWeakLiteral */.Yn)(judged) || (0,secret_names/* isLowercaseWords */.nQ)(judged))
        return 'low';
    return 'high';
}
/** `base64(email:password)`, `getToken()`: an expression written out in documentation. */
const CALL = /[A-Za-z_]\w{3,}\([^)]*\)/;
/** `MYTOKEN`, `PASSWORD`, `APIKEY2`: a capitalised name standing in for the value in documentation. */
const CAPITAL_NAME = /^[A-Z]*(TOKEN|PASS|PASSWORD|PWD|KEY|SECRET|AUTH|CRED|CREDENTIALS)[A-Z]*[0-9]?$/;
/** The password inside base64 `user:password` (HTTP Basic, npm `_auth`), or null when it is not that. */
function decodeBasic(value) {
    if (!/^[A-Za-z0-9+/]+={0,2}$/.test(value) || value.length % 4 !== 0)
        return null;
    const text = Buffer.from(value, 'base64').toString('utf8');
    if (!/^[\x20-\x7e]+$/.test(text))
        return null;
    const colon = text.indexOf(':');
    return colon === -1 ? null : text.slice(colon + 1);
}
const ROTATE = ' Rotate the credential: it is in the repository history.';
/** The fix in the platform's own secret syntax. */
function remediationFor(platform, form) {
    const stdin = /docker|podman|buildah|skopeo|nerdctl|oras|helm registry/.test(form) ? ' Prefer `--password-stdin` so the value never appears in the process list.' : '';
    switch (platform) {
        case 'github':
            return `Store the value as a repository or environment secret and pass it through the step's env (\`env: TOKEN: \${{ secrets.TOKEN }}\`), then use "$TOKEN" in the command.${stdin}${ROTATE}`;
        case 'gitlab':
            return `Define the value as a masked and protected CI/CD variable (Settings > CI/CD > Variables) and use "$NAME" in the script; for the GitLab registry or API use $CI_JOB_TOKEN.${stdin}${ROTATE}`;
        case 'dockerfile':
            return `Pass the value as a build secret: \`RUN --mount=type=secret,id=token TOKEN="$(cat /run/secrets/token)" \u2026\` with \`docker build --secret id=token,env=TOKEN\`; never as ARG or ENV, which stay in the image history.${stdin}${ROTATE}`;
        case 'markdown':
            return `Replace the value with a placeholder or an environment variable (\`"$TOKEN"\`) in the documented command.${ROTATE}`;
        default:
            return `Read the value from the environment ("$TOKEN", set by the caller or a secret manager) or from a file outside the repository instead of writing it in the command.${stdin}${ROTATE}`;
    }
}

// EXTERNAL MODULE: ./.build-emit/src/yaml/library.js
var library = __webpack_require__(4716);
// EXTERNAL MODULE: ./.build-emit/src/analyzers/github-actions/model.js
var github_actions_model = __webpack_require__(1896);
// EXTERNAL MODULE: ./.build-emit/src/analyzers/github-actions/report.js
var github_actions_report = __webpack_require__(8435);
// EXTERNAL MODULE: ./.build-emit/src/analyzers/github-actions/literal-policy.js
var literal_policy = __webpack_require__(9285);
// EXTERNAL MODULE: ./.build-emit/src/yaml/walk.js
var walk = __webpack_require__(9606);
// EXTERNAL MODULE: ./.build-emit/src/analyzers/gitlab-ci/include-set.js
var include_set = __webpack_require__(727);
// EXTERNAL MODULE: ./.build-emit/src/analyzers/gitlab-ci/pipeline.js
var gitlab_ci_pipeline = __webpack_require__(2882);
// EXTERNAL MODULE: ./.build-emit/src/analyzers/kubernetes/yaml-view.js
var yaml_view = __webpack_require__(8615);
;// CONCATENATED MODULE: ./.build-emit/src/analyzers/commands/scripts.js








const SHELL_EXTENSION = /\.(sh|bash|zsh|ksh)$/i;
const SHEBANG = /^#![^\n]*\b(ba|z|k|da|a)?sh\b/;
const MAKEFILE = /^(gnumakefile|makefile|[^/]*\.mk|[^/]*\.mak)$/i;
const MARKDOWN = /\.(md|markdown|mdx)$/i;
function baseName(path) {
    return path.slice(path.lastIndexOf('/') + 1);
}
/** Which kind of script file this is by its name and first line, or null. */
function scriptFileKind(file) {
    if (file.kind === 'workflow' || file.kind === 'action')
        return 'github';
    if (file.kind === 'gitlab-ci' || file.kind === 'yaml')
        return 'gitlab';
    const name = baseName(file.path);
    if (file.kind === 'dockerfile' || /^containerfile/i.test(name))
        return 'dockerfile';
    if (SHELL_EXTENSION.test(name) || (file.text.startsWith('#!') && SHEBANG.test(file.text)))
        return 'shell';
    if (MAKEFILE.test(name))
        return 'makefile';
    if (MARKDOWN.test(name))
        return 'markdown';
    return null;
}
const identity = (start, end) => ({ start, end });
function scriptsOf(file, platform, context) {
    switch (platform) {
        case 'github':
            return githubRuns(file);
        case 'gitlab':
            return (0,include_set/* isGitLabCiFile */.kr)(file, context) ? gitlabScripts(file) : [];
        case 'markdown':
            return markdownBlocks(file);
        case 'dockerfile':
            return [{ text: file.text, platform, span: identity, label: 'the Dockerfile' }, ...execFormRuns(file.text)];
        default:
            return [{ text: file.text, platform, span: identity, label: platform === 'makefile' ? 'the Makefile' : 'the script' }];
    }
}
function scalarScript(file, node, platform, yamlPath, label) {
    const locator = (0,github_actions_report/* locatorFor */.qe)(file, node);
    return { text: locator.value, platform, span: (s, e) => locator.span(s, e), yamlPath, label };
}
function githubRuns(file) {
    const out = [];
    for (const model of (0,github_actions_model/* workflowModels */.MW)(file)) {
        for (const job of model.jobs) {
            for (const step of job.steps) {
                if (!step.run || typeof step.run.value !== 'string')
                    continue;
                // Python or Node steps are not shell command lines.
                const shell = (step.shell ?? job.shell ?? '').toLowerCase();
                if (/^(python|node)/.test(shell))
                    continue;
                const script = scalarScript(file, step.run, 'github', (0,walk/* formatYamlPath */.qD)([...step.path, 'run']), model.kind === 'action' ? 'a step of the action' : `a run step of job ${job.id}`);
                const testRun = model.kind === 'workflow' ? (0,literal_policy/* testJobContext */.Dq)({ model, job, step }) : null;
                out.push(testRun ? { ...script, testRun } : script);
            }
        }
    }
    return out;
}
function gitlabScripts(file) {
    const out = [];
    for (const pipeline of (0,gitlab_ci_pipeline/* pipelines */.aW)(file)) {
        for (const owner of (0,gitlab_ci_pipeline/* scriptOwners */.U0)(pipeline)) {
            for (const key of gitlab_ci_pipeline/* SCRIPT_KEYS */.fu) {
                const script = pipeline.view.get(owner.node, key);
                const keyPath = (0,yaml_view/* joinPath */.u)(owner.path, key);
                const scalars = (0,library/* isScalar */.jn)(script)
                    ? [{ node: script, path: keyPath }]
                    : pipeline.view.items(script, true).map((item, i) => ({ node: item, path: (0,yaml_view/* joinPath */.u)(keyPath, i) }));
                for (const { node, path } of scalars) {
                    if ((0,library/* isScalar */.jn)(node) && typeof node.value === 'string')
                        out.push(scalarScript(file, node, 'gitlab', path, `the ${key} of ${owner.label}`));
                }
            }
        }
    }
    return out;
}
/** Info strings of fenced blocks that hold shell commands (and untagged blocks, often commands too). */
const SHELL_FENCE = /^(|sh|bash|shell|zsh|console|terminal|shell-session|sh-session|shellsession|ksh|dockerfile|makefile|make)$/i;
const FENCE_OPEN = /^ {0,3}(`{3,}|~{3,})[ \t]*([^\s`{]*)[^\n]*$/gm;
function markdownBlocks(file) {
    const text = file.text;
    const out = [];
    FENCE_OPEN.lastIndex = 0;
    for (let open = FENCE_OPEN.exec(text); open; open = FENCE_OPEN.exec(text)) {
        const fence = open[1];
        const bodyStart = open.index + open[0].length + 1;
        const close = new RegExp(`^ {0,3}${fence[0] === '`' ? '`' : '~'}{${fence.length},}[ \\t]*$`, 'gm');
        close.lastIndex = bodyStart;
        const end = close.exec(text);
        const bodyEnd = end ? end.index : text.length;
        FENCE_OPEN.lastIndex = end ? end.index + end[0].length : text.length;
        const info = open[2].toLowerCase();
        if (!SHELL_FENCE.test(info) || bodyStart > bodyEnd)
            continue;
        out.push({ text: text.slice(bodyStart, bodyEnd), platform: 'markdown', span: (s, e) => ({ start: bodyStart + s, end: bodyStart + e }), label: 'a shell block of the Markdown file' });
        if (!end)
            break;
    }
    return out;
}
/** `RUN ["sh", "-c", "..."]` and `RUN ["curl", "-u", "..."]`: the exec form of a Dockerfile instruction. */
const EXEC_FORM = /^[ \t]*(?:RUN|CMD|ENTRYPOINT)[ \t]+(?:--[^\s[]+[ \t]+)*\[/gim;
const SHELLS = /^(?:\/(?:usr\/)?bin\/)?(?:ba|da|z|k|a)?sh$/;
/**
 * The command line of each exec-form instruction, mapped character by character back into the
 * Dockerfile: the `-c` script of a shell, or the argument list itself (each element one word).
 */
function execFormRuns(text) {
    const out = [];
    EXEC_FORM.lastIndex = 0;
    for (let m = EXEC_FORM.exec(text); m; m = EXEC_FORM.exec(text)) {
        const items = jsonStrings(text, m.index + m[0].length);
        if (!items)
            continue;
        const shell = items.length >= 3 && SHELLS.test(items[0].value) && items[1].value === '-c';
        let script;
        let offsets;
        if (shell) {
            script = items[2].value;
            offsets = items[2].offsets;
        }
        else {
            // Each element is one word: quote it so spaces inside stay inside.
            script = '';
            offsets = [];
            for (const item of items) {
                const quote = item.offsets[0] ?? 0;
                script += `${script ? ' ' : ''}'`;
                offsets.push(...(offsets.length ? [quote] : []), quote);
                script += item.value.replace(/'/g, '');
                for (let k = 0; k < item.value.length; k++)
                    if (item.value[k] !== "'")
                        offsets.push(item.offsets[k]);
                script += "'";
                offsets.push(item.offsets[item.value.length - 1] ?? quote);
            }
        }
        if (!script)
            continue;
        const at = (k) => offsets[Math.min(k, offsets.length - 1)] ?? 0;
        out.push({ text: script, platform: 'dockerfile', span: (s, e) => ({ start: at(s), end: at(e - 1) + 1 }), label: 'the Dockerfile' });
    }
    return out;
}
/**
 * The JSON string elements of an array that starts at `from` (just after `[`), each with the
 * file offset of every decoded character; null when it is not a flat array of strings on one line.
 */
function jsonStrings(text, from) {
    const items = [];
    let i = from;
    for (;;) {
        while (text[i] === ' ' || text[i] === '\t')
            i++;
        if (text[i] === ']')
            return items;
        if (text[i] !== '"')
            return null;
        let value = '';
        const offsets = [];
        for (i++; i < text.length && text[i] !== '"'; i++) {
            if (text[i] === '\n')
                return null;
            if (text[i] === '\\') {
                const e = text[i + 1];
                const simple = { n: '\n', t: '\t', '"': '"', '\\': '\\', '/': '/' };
                if (e !== undefined && e in simple) {
                    value += simple[e];
                    offsets.push(i);
                    i++;
                    continue;
                }
                return null;
            }
            value += text[i];
            offsets.push(i);
        }
        if (text[i] !== '"')
            return null;
        i++;
        items.push({ value, offsets });
        while (text[i] === ' ' || text[i] === '\t')
            i++;
        if (text[i] === ',')
            i++;
        else if (text[i] !== ']')
            return null;
    }
}

;// CONCATENATED MODULE: ./.build-emit/src/analyzers/commands/shell-words.js
/**
 * A small linear tokenizer for shell command lines: splits a script into simple commands and
 * words, removes quotes and escapes, and remembers where each character of a word came from, so a
 * value can be reported at its exact place. Expansions (`$X`, `${X}`, `$(...)`, backticks, GitHub's
 * `${{ ... }}`) stay in the word as written: a word holding one is resolved at run time, not a
 * literal. Not a shell: no aliases, functions or here-document bodies (their lines read as
 * commands, which only matters when they start with a command this rule knows).
 *
 * Why not mvdan/sh as WebAssembly (`sh-syntax`): its API is async only (the rule pipeline is
 * synchronous), it instantiates a 750 kB Go module per parse and reads it from beside its own
 * file (an asset for the ncc bundles), and it rejects the partial and templated scripts CI files
 * hold (`${{ }}`, Make's `$(VAR)`, README snippets with prompts) where a tolerant tokenizer reads on.
 */
/** Script offset of character `k` of a word. */
function scriptOffset(word, k) {
    const runs = word.runs;
    let lo = 0;
    let hi = runs.length / 2 - 1;
    while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (runs[mid * 2] <= k)
            lo = mid;
        else
            hi = mid - 1;
    }
    return runs[lo * 2 + 1] + (k - runs[lo * 2]);
}
/** Characters that end a run of ordinary word characters outside quotes. */
const SPECIAL = new Uint8Array(128);
for (const c of ' \t\r\f\v\n\\;&|()<>\'"$`')
    SPECIAL[c.charCodeAt(0)] = 1;
/** Inside double quotes. */
const DQ_SPECIAL = new Uint8Array(128);
for (const c of '"\\$`')
    DQ_SPECIAL[c.charCodeAt(0)] = 1;
const BLANK = new Set([' ', '\t', '\r', '\f', '\v']);
const SEPARATOR = new Set([';', '&', '|', '(', ')']);
/** The simple commands of a script, in order. Linear in the script's length. */
function shellCommands(script, options = {}) {
    const commands = [];
    let words = [];
    let parts = [];
    let length = 0;
    let runs = [];
    /** Script offset just after the last copied character, to extend the current run. */
    let runEnd = -1;
    let inWord = false;
    /** The next word is a redirection target (`> file`), not an argument. */
    let redirectTarget = false;
    const endWord = () => {
        if (inWord) {
            if (!redirectTarget)
                words.push({ text: parts.join(''), runs });
            redirectTarget = false;
        }
        parts = [];
        length = 0;
        runs = [];
        runEnd = -1;
        inWord = false;
    };
    const endCommand = () => {
        endWord();
        redirectTarget = false;
        if (words.length > 0)
            commands.push({ words });
        words = [];
    };
    /** Copies script characters [from, to) into the word. */
    const copy = (from, to) => {
        inWord = true;
        if (to <= from)
            return;
        if (from !== runEnd)
            runs.push(length, from);
        parts.push(script.slice(from, to));
        length += to - from;
        runEnd = to;
    };
    /** Copies an expansion starting at `i` as written; returns the index after it. */
    const expansion = (i) => {
        const end = expansionEnd(script, i, options);
        copy(i, end);
        return end;
    };
    const n = script.length;
    let i = 0;
    while (i < n) {
        const ch = script[i];
        const code = script.charCodeAt(i);
        if ((code >= 128 || SPECIAL[code] === 0) && (ch !== '#' || inWord)) {
            let j = i + 1;
            while (j < n) {
                const c = script.charCodeAt(j);
                if (c < 128 && SPECIAL[c] === 1)
                    break;
                j++;
            }
            copy(i, j);
            i = j;
            continue;
        }
        if (ch === '\\') {
            const next = script[i + 1];
            if (next === '\n') {
                i += 2; // line continuation
            }
            else if (next === '\r' && script[i + 2] === '\n') {
                i += 3;
            }
            else if (next !== undefined) {
                copy(i + 1, i + 2);
                i += 2;
            }
            else
                i++;
            continue;
        }
        if (ch === '\n') {
            endCommand();
            i++;
            continue;
        }
        if (BLANK.has(ch)) {
            endWord();
            i++;
            continue;
        }
        if (ch === '#') {
            const eol = script.indexOf('\n', i);
            i = eol === -1 ? n : eol;
            continue;
        }
        if (SEPARATOR.has(ch)) {
            // `>&2`, `2>&1`, `&>`: redirections, not separators.
            if (ch === '&' && (script[i - 1] === '>' || script[i + 1] === '>')) {
                i++;
                continue;
            }
            endCommand();
            i++;
            continue;
        }
        if (ch === '>' || ch === '<') {
            // `2>`: the descriptor number belongs to the operator.
            if (inWord && /^\d+$/.test(parts.join(''))) {
                parts = [];
                length = 0;
                runs = [];
                runEnd = -1;
                inWord = false;
            }
            endWord();
            let j = i + 1;
            while (j < n && (script[j] === '>' || script[j] === '<' || script[j] === '&' || script[j] === '|'))
                j++;
            // `<<EOF`, `<<<word`: the delimiter or here-string is not an argument either.
            redirectTarget = true;
            i = j;
            continue;
        }
        if (ch === "'") {
            const close = script.indexOf("'", i + 1);
            const end = close === -1 ? n : close;
            copy(i + 1, end);
            i = end + 1;
            continue;
        }
        if (ch === '"') {
            inWord = true;
            let j = i + 1;
            while (j < n && script[j] !== '"') {
                const c = script[j];
                const cc = script.charCodeAt(j);
                if (cc >= 128 || DQ_SPECIAL[cc] === 0) {
                    let k = j + 1;
                    while (k < n) {
                        const d = script.charCodeAt(k);
                        if (d < 128 && DQ_SPECIAL[d] === 1)
                            break;
                        k++;
                    }
                    copy(j, k);
                    j = k;
                }
                else if (c === '\\' && j + 1 < n && '$`"\\\n'.includes(script[j + 1])) {
                    if (script[j + 1] !== '\n')
                        copy(j + 1, j + 2);
                    j += 2;
                }
                else if ((c === '$' && '({'.includes(script[j + 1] ?? '')) || c === '`' || (options.makefile && c === '$' && script[j + 1] === '$')) {
                    j = expansion(j);
                }
                else {
                    copy(j, j + 1);
                    j++;
                }
            }
            i = j + 1;
            continue;
        }
        // `$...` or a backtick.
        i = expansion(i);
    }
    endCommand();
    return commands;
}
/**
 * The end of an expansion that starts at `i` (`$(...)`, `${...}`, `${{ ... }}`, `` `...` ``; in Make also
 * `$$`), quotes inside respected. An unterminated one ends at the end of the script.
 */
function expansionEnd(script, i, options) {
    const n = script.length;
    if (script[i] === '`') {
        let j = i + 1;
        while (j < n && script[j] !== '`')
            j += script[j] === '\\' ? 2 : 1;
        return Math.min(n, j + 1);
    }
    if (options.makefile && script[i + 1] === '$') {
        // `$$VAR` in a recipe is the shell's `$VAR`: keep both characters so the word stays a reference.
        return /[A-Za-z_{(]/.test(script[i + 2] ?? '') ? expansionEnd(script, i + 1, options) : i + 2;
    }
    if (script.startsWith('${{', i)) {
        const close = script.indexOf('}}', i + 3);
        return close === -1 ? n : close + 2;
    }
    const open = script[i + 1];
    if (open !== '(' && open !== '{') {
        // `$VAR`, `$1`, `$?`: the name only.
        let j = i + 1;
        if (/[A-Za-z_]/.test(script[j] ?? ''))
            while (j < n && /[A-Za-z0-9_]/.test(script[j]))
                j++;
        else if (j < n && /[0-9@*#?$!-]/.test(script[j]))
            j++;
        return j;
    }
    const close = open === '(' ? ')' : '}';
    let depth = 0;
    let quote = null;
    for (let j = i + 1; j < n; j++) {
        const c = script[j];
        if (quote) {
            if (c === '\\' && quote === '"')
                j++;
            else if (c === quote)
                quote = null;
            continue;
        }
        if (c === '\\')
            j++;
        else if (c === "'" || c === '"')
            quote = c;
        else if (c === open)
            depth++;
        else if (c === close && --depth === 0)
            return j + 1;
    }
    return n;
}

;// CONCATENATED MODULE: ./.build-emit/src/analyzers/commands/command-credential.js





/**
 * Command words (and npm's auth keys) one of which a script must contain before it is tokenized:
 * a plain search skips most files at memory speed.
 */
const PREFILTER = /curl|wget|login|helm|kubectl|sshpass|mysql|mariadb|PGPASSWORD|MYSQL_PWD|SSHPASS|REDISCLI_AUTH|redis-cli|mongo|psql|git|npm|yarn|pnpm|pip|uv |poetry|pipenv|svn|hg |_auth|_password/;
/** Database clients (and the env variables they read their password from): `mysql -p`, `PGPASSWORD=... psql`, `redis-cli -a`. */
const DATABASE_FORM = /^(mysql\w*|mariadb[\w-]*|psql|redis-cli|mongo\w*|PGPASSWORD=|MYSQL_PWD=|REDISCLI_AUTH=)/;
/** A password or token written into a command line of a CI script, Dockerfile, shell script, Makefile or README. */
const commandCredentialRule = {
    meta: {
        id: 'command-line-credential',
        category: 'hardcoded-secret',
        severity: 'high',
        description: 'A command in a CI script (GitHub `run:`, GitLab `script:`), Dockerfile `RUN` (shell and exec form, `RUN ["sh", "-c", "\u2026"]`), shell script, Makefile or Markdown shell block, or such a command commented out, passes a literal password or token: `curl -u user:pass` (and `-u KEY:`), `Authorization:` and token headers (`apikey:`, `X-\u2026-ApiKey:`, `Token:`), `wget --password=`, `docker login -p`, `helm --password` and `helm --set/--set-string *.password=`, `kubectl --token=`, `sshpass -p`, `mysql`/`mysqladmin`/`mysql_upgrade -pPASS` (also run in a container: `docker run \u2026 mysql:8 mysql -pPASS`, `docker compose exec db mysql --password=\u2026`, `kubectl exec \u2026 -- mysql`), `redis-cli -a`, `mongosh`/`mongo -p`, `PGPASSWORD=\u2026 psql`, `git -c http.extraheader=`, `https://user:<token>@\u2026` URLs (git, pip, npm, curl), npm `_authToken=`. Severity policy: variables (`$VAR`, `${VAR}`, `${{ secrets.X }}`, `$CI_JOB_TOKEN`), `$(cat file)`, placeholders and test words (`<password>`, `your-token`, `xxx`, `changeme`, `****`, `root`, `password`, `test`) are not reported; counting runs, stand-in words and lower-case words (`postgres`, `secret_pw`) are low; so is the password given to a database client (`mysql -p`, `PGPASSWORD=\u2026 psql`, `redis-cli -a`, `mongosh -p`) in a GitHub run step of a test run (a test mode such as `NODE_ENV: test` in its env, a database on the runner, or a job with service containers, a test-suite command or a test name), the throwaway-CI-value policy of the workflow rules; any other literal is high, and critical when a provider detector recognises the value (one finding, merged with the provider rule).',
        helpUri: `${COMMANDS_HELP}#command-line-credential`,
    },
    appliesTo: (file) => scriptFileKind(file) !== null,
    check(file, context) {
        const platform = scriptFileKind(file);
        if (!platform || !PREFILTER.test(file.text))
            return [];
        const findings = [];
        for (const script of withCommentedOut(scriptsOf(file, platform, context))) {
            if (!PREFILTER.test(script.text))
                continue;
            for (const command of shellCommands(script.text, { makefile: platform === 'makefile' })) {
                for (const arg of credentialArgs(command)) {
                    if (arg.to <= arg.from)
                        continue;
                    const value = arg.word.text.slice(arg.from, arg.to);
                    let severity = credentialSeverity(value, arg.basic === true);
                    if (!severity)
                        continue;
                    // A database password in a test run's script: the throwaway-CI-value policy (low).
                    const testDb = severity === 'high' && script.testRun !== undefined && DATABASE_FORM.test(arg.form);
                    if (testDb)
                        severity = 'low';
                    const span = script.span(scriptOffset(arg.word, arg.from), scriptOffset(arg.word, arg.to - 1) + 1);
                    findings.push((0,report/* findingAt */.d)(this.meta, file, span.start, span.end, {
                        message: `${capitalize(script.label)} passes a literal credential to \`${arg.form}\`${testDb ? ` (the database password of a test run: ${script.testRun}; a throwaway value, reported at low)` : severity === 'low' ? ' (a throwaway-looking value, reported at low)' : ''}.`,
                        remediation: remediationFor(platform, arg.form),
                        secret: value,
                        severity,
                        ...(script.yamlPath !== undefined ? { yamlPath: script.yamlPath } : {}),
                    }));
                }
            }
        }
        return findings;
    },
};
/**
 * Each script, and beside it the commands that were commented out (`# curl -u user:pass ...`, a
 * continuation commented line by line): a key in a comment is still in the repository. The second
 * view keeps every offset: comment markers and the other lines become spaces.
 */
function withCommentedOut(scripts) {
    const out = [];
    for (const script of scripts) {
        out.push(script);
        if (!script.text.includes('#'))
            continue;
        let view = '';
        let any = false;
        for (const line of script.text.split('\n')) {
            const m = COMMENTED_COMMAND.exec(line);
            if (m)
                any = true;
            view += `${m ? ' '.repeat(m[1].length) + line.slice(m[1].length) : ' '.repeat(line.length)}\n`;
        }
        if (any)
            out.push({ ...script, text: view.slice(0, -1), label: `${script.label} (a commented-out line)` });
    }
    return out;
}
/** A comment line that holds a command or its continuation: `#curl ...`, `# -H '...' \`. */
const COMMENTED_COMMAND = /^([ \t]*#+[ \t]*)(?=[\w$./-])/;
function capitalize(text) {
    return text.charAt(0).toUpperCase() + text.slice(1);
}

;// CONCATENATED MODULE: ./.build-emit/src/analyzers/commands/npmrc-credential.js



/** `//registry/:_authToken=V`, `_auth = V`, `_password=V` (.npmrc), `npmAuthToken: V` (.yarnrc.yml). */
const NPMRC_LINE = /^[ \t]*(?:[^\s=#;]*:)?(_authToken|_auth|_password)[ \t]*=[ \t]*(["']?)([^\s"']+)\2[ \t]*\r?$/gm;
const YARNRC_LINE = /^[ \t]*(npmAuthToken|npmAuthIdent)[ \t]*:[ \t]*(["']?)([^\s"'#]+)\2[ \t]*\r?$/gm;
/** A registry token written into a committed `.npmrc` or `.yarnrc.yml`. */
const npmrcCredentialRule = {
    meta: {
        id: 'npmrc-credential',
        category: 'hardcoded-secret',
        severity: 'high',
        description: 'A committed `.npmrc` (`_authToken=`, `_auth=`, `_password=`) or `.yarnrc.yml` (`npmAuthToken:`) holds a literal registry credential instead of `${NPM_TOKEN}`, which npm and yarn expand from the environment.',
        helpUri: `${COMMANDS_HELP}#npmrc-credential`,
    },
    appliesTo: (file) => /^\.npmrc$|^\.yarnrc\.ya?ml$/i.test(baseName(file.path)),
    check(file) {
        if (!/_auth|_password|npmAuth/.test(file.text))
            return [];
        const findings = [];
        const yarn = /yarnrc/i.test(baseName(file.path));
        for (const match of file.text.matchAll(yarn ? YARNRC_LINE : NPMRC_LINE)) {
            const key = match[1];
            const value = match[3];
            // `_password` is the base64 of the password alone; `_auth` and `npmAuthIdent` of `user:password`.
            const severity = credentialSeverity(key === '_password' ? decodeLoose(value) : value, key === '_auth' || key === 'npmAuthIdent');
            if (!severity)
                continue;
            const start = match.index + match[0].lastIndexOf(value);
            findings.push((0,report/* findingAt */.d)(this.meta, file, start, start + value.length, {
                message: `The ${key} setting holds a literal registry credential${severity === 'low' ? ' (a throwaway-looking value, reported at low)' : ''}.`,
                remediation: yarn
                    ? 'Write `npmAuthToken: "${NPM_TOKEN}"` and provide NPM_TOKEN from the CI secret store (GitHub `${{ secrets.NPM_TOKEN }}`, a masked GitLab variable). Rotate the token: it is in the repository history.'
                    : 'Write `//registry.npmjs.org/:_authToken=${NPM_TOKEN}` and provide NPM_TOKEN from the CI secret store (GitHub `${{ secrets.NPM_TOKEN }}`, a masked GitLab variable), or keep the token in the user-level ~/.npmrc. Rotate the token: it is in the repository history.',
                secret: value,
                severity,
            }));
        }
        return findings;
    },
};
/** `_password` values are base64; judge the decoded text when it is printable. */
function decodeLoose(value) {
    if (!/^[A-Za-z0-9+/]+={0,2}$/.test(value))
        return value;
    const text = Buffer.from(value, 'base64').toString('utf8');
    return /^[\x20-\x7e]+$/.test(text) ? text : value;
}

;// CONCATENATED MODULE: ./.build-emit/src/analyzers/commands/index.js


/** Credentials written into command lines and registry config, one rule per file. */
const COMMAND_RULES = [commandCredentialRule, npmrcCredentialRule];
const COMMAND_REPOSITORY_RULES = (/* unused pure expression or super */ null && ([]));


/***/ }),

/***/ 2150:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Zo: () => (/* binding */ customRuleMeta),
/* harmony export */   zE: () => (/* binding */ customDetectorsRule)
/* harmony export */ });
/* unused harmony exports CUSTOM_DETECTORS_HELP, customDetectorMeta */
/* harmony import */ var _detectors_custom_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(28);

const CUSTOM_DETECTORS_HELP = 'https://github.com/openai-secret-lint/openai-secret-lint#custom-detectors';
/** Rule metadata of a user-defined detector, for the report (SARIF rules, GitLab identifiers). */
function customDetectorMeta(spec) {
    return { id: spec.id, category: 'hardcoded-secret', severity: spec.severity, description: spec.description, helpUri: CUSTOM_DETECTORS_HELP };
}
function customRuleMeta(settings) {
    return (settings.customDetectors ?? []).map(customDetectorMeta);
}
/**
 * The config's `detectors:` and imported gitleaks rules, on every text file. A match is a
 * hardcoded-secret finding under the detector's own id: suppressed, baselined, fingerprinted and
 * redacted like a built-in detector's.
 */
const customDetectorsRule = {
    meta: {
        id: 'custom-detector',
        category: 'hardcoded-secret',
        severity: 'high',
        description: 'A credential matched by a detector the configuration defines.',
        helpUri: CUSTOM_DETECTORS_HELP,
    },
    // Findings carry each detector's own id; their metadata is the configuration's (customRuleMeta),
    // so the registry lists none under this rule (no `custom-detector` id in docs or `rules:`).
    reports: [],
    appliesTo: () => true,
    check(file, context) {
        const specs = context.settings.customDetectors;
        if (!specs || specs.length === 0)
            return [];
        const findings = [];
        let lower;
        for (const detector of (0,_detectors_custom_js__WEBPACK_IMPORTED_MODULE_0__/* .compileCustomDetectors */ .Ix)(specs)) {
            if (!detector.appliesTo(file.path))
                continue;
            lower ??= file.text.toLowerCase();
            for (const match of detector.find(file.text, lower, file.path)) {
                const { spec } = detector;
                findings.push({
                    ruleId: spec.id,
                    category: 'hardcoded-secret',
                    severity: spec.severity,
                    file: file.path,
                    ...file.lines.range(match.start, match.end),
                    message: `${spec.description.replace(/[.!?]?$/, '')} (custom detector ${spec.id}).`,
                    remediation: spec.remediation,
                    secret: match.secret,
                    secretPrefix: '',
                });
            }
        }
        return findings;
    },
};


/***/ }),

/***/ 6975:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   q: () => (/* binding */ parseDotenv)
/* harmony export */ });
/**
 * A dotenv parser that keeps positions: every `KEY=value` with the exact offsets of its key and of
 * its value's source text, so findings can point at the value. Follows the common ground of
 * motdotla/dotenv, python-dotenv and Docker Compose:
 * - `export ` prefixes; keys of `A-Za-z0-9_.-`; spaces around `=`; `KEY=` is an empty value;
 *   a line without `=` (Compose's "take it from the environment") is not an entry.
 * - single, double and backtick quotes, each able to span lines; an unterminated quote makes the
 *   rest of the line an unquoted value (as dotenv does).
 * - double quotes unescape `\n \r \t \" \\ \$`; single quotes and backticks only their own quote.
 * - comments: whole lines starting with `#`, text after a closing quote, and in unquoted values
 *   a `#` at the start or after whitespace (`a#b` stays one value, as in python-dotenv/Compose).
 */
const KEY_CHAR = /[A-Za-z0-9_.-]/;
function parseDotenv(text) {
    const entries = [];
    let i = 0;
    while (i < text.length) {
        const lineEnd = endOfLine(text, i);
        const entry = parseEntry(text, i, lineEnd);
        if (entry) {
            entries.push(entry.entry);
            i = endOfLine(text, entry.resumeAt);
        }
        else {
            i = lineEnd;
        }
        if (i < text.length)
            i++; // past the '\n'
    }
    return entries;
}
/** Offset of the '\n' ending the line that contains `from` (or the text's length). */
function endOfLine(text, from) {
    const nl = text.indexOf('\n', from);
    return nl === -1 ? text.length : nl;
}
function skipBlanks(text, i, end) {
    while (i < end && (text[i] === ' ' || text[i] === '\t'))
        i++;
    return i;
}
/** One entry starting on the line [start, lineEnd), and where the rest of its last line begins. */
function parseEntry(text, start, lineEnd) {
    let i = skipBlanks(text, start, lineEnd);
    let exported = false;
    if (text.startsWith('export', i) && (text[i + 6] === ' ' || text[i + 6] === '\t')) {
        exported = true;
        i = skipBlanks(text, i + 6, lineEnd);
    }
    const keyStart = i;
    while (i < lineEnd && KEY_CHAR.test(text[i]))
        i++;
    const keyEnd = i;
    if (keyEnd === keyStart)
        return null;
    i = skipBlanks(text, i, lineEnd);
    if (text[i] !== '=')
        return null;
    i = skipBlanks(text, i + 1, lineEnd);
    const key = text.slice(keyStart, keyEnd);
    const quote = text[i];
    if (quote === '"' || quote === "'" || quote === '`') {
        const close = closingQuote(text, i + 1, quote);
        if (close !== -1) {
            const raw = text.slice(i + 1, close);
            const value = quote === '"' ? unescapeDouble(raw) : raw.split(`\\${quote}`).join(quote);
            return { entry: { key, value, keyStart, keyEnd, valueStart: i + 1, valueEnd: close, quote, exported }, resumeAt: close + 1 };
        }
    }
    const valueStart = i;
    let valueEnd = i;
    for (let j = i; j < lineEnd; j++) {
        const c = text[j];
        if (c === '#' && (j === valueStart || text[j - 1] === ' ' || text[j - 1] === '\t'))
            break;
        if (c !== ' ' && c !== '\t' && c !== '\r')
            valueEnd = j + 1;
    }
    return {
        entry: { key, value: text.slice(valueStart, valueEnd), keyStart, keyEnd, valueStart, valueEnd, quote: null, exported },
        resumeAt: lineEnd,
    };
}
/** The offset of the quote that closes a value opened just before `from`, or -1. */
function closingQuote(text, from, quote) {
    for (let j = from; j < text.length; j++) {
        if (text[j] === '\\')
            j++;
        else if (text[j] === quote)
            return j;
    }
    return -1;
}
const DOUBLE_QUOTE_ESCAPES = { n: '\n', r: '\r', t: '\t', '"': '"', '\\': '\\', $: '$' };
function unescapeDouble(raw) {
    return raw.replace(/\\(.)/gs, (whole, c) => DOUBLE_QUOTE_ESCAPES[c] ?? whole);
}


/***/ }),

/***/ 9751:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  e: () => (/* binding */ ENV_FILE_REPOSITORY_RULES),
  H: () => (/* binding */ ENV_FILE_RULES)
});

// EXTERNAL MODULE: ./.build-emit/src/core/suppress.js
var suppress = __webpack_require__(6820);
// EXTERNAL MODULE: ./.build-emit/src/core/text-position.js
var text_position = __webpack_require__(6846);
// EXTERNAL MODULE: ./.build-emit/src/detectors/catalogue.js + 12 modules
var catalogue = __webpack_require__(3946);
// EXTERNAL MODULE: ./.build-emit/src/analyzers/secret-names.js
var secret_names = __webpack_require__(58);
// EXTERNAL MODULE: ./.build-emit/src/analyzers/env-files/dotenv.js
var dotenv = __webpack_require__(6975);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./node_modules/ignore/index.js
var ignore = __webpack_require__(298);
// EXTERNAL MODULE: ./.build-emit/src/util/git.js + 2 modules
var git = __webpack_require__(2622);
// EXTERNAL MODULE: ./.build-emit/src/util/regular-file.js
var regular_file = __webpack_require__(6943);
;// CONCATENATED MODULE: ./.build-emit/src/discover/gitignore.js
/**
 * Which paths git ignores, and by which rule. Inside a work tree git answers itself (one
 * `git check-ignore --stdin` process for every question); outside git the `ignore` package
 * reads the nested `.gitignore` files the same way, so the CLI also works on plain folders.
 *
 * Where the two cannot agree (test/env-files/gitignore.test.ts checks that they do otherwise):
 * - outside git there is no `.git/info/exclude` and no `core.excludesFile` to apply (callers may
 *   pass them as `globals`, which the parity test does), and no `.gitignore` above the top is read;
 * - `core.ignorecase` (macOS and Windows clones) is not mirrored: matching is case-sensitive;
 * - a path is taken as a file unless it has children in the question, where git looks at the disk.
 */




/**
 * Larger `.gitignore` files are not read (git's own limit is 100 MB): the `ignore` package
 * compiles every pattern, and a few megabytes of them took half a minute, 98 MB ran out of memory.
 */
const MAX_GITIGNORE_BYTES = 256 * 1024;
/** Git when `base` is inside a work tree, else the `.gitignore` files under `base`. */
async function createIgnoreChecker(base) {
    const top = await (0,git.gitTopLevel)(base);
    return top ? gitIgnoreChecker(base, top) : fileIgnoreChecker(base);
}
/** `git check-ignore` run once per batch from `base`; also honours info/exclude and core.excludesFile. */
function gitIgnoreChecker(base, top) {
    return {
        mode: 'git',
        top,
        async check(paths) {
            const verdicts = new Map();
            if (paths.length === 0)
                return verdicts;
            const input = paths.map((p) => p + '\0').join('');
            const result = await (0,git.git)(base, ['check-ignore', '--stdin', '-z', '-v', '--non-matching', '--no-index'], input);
            // 0: something ignored, 1: nothing ignored; anything else is a real failure.
            if (result.code !== 0 && result.code !== 1)
                throw new Error(`git check-ignore failed: ${result.stderr.trim()}`);
            const fields = result.stdout.toString('utf8').split('\0');
            for (let i = 0; i + 3 < fields.length; i += 4) {
                const [source, line, pattern, pathname] = [fields[i], fields[i + 1], fields[i + 2], fields[i + 3]];
                // git names info/exclude by the pinned GIT_DIR, an absolute path of this machine: shown
                // relative to the top, as the .gitignore files are.
                const shown = source.startsWith(`${top}/`) ? source.slice(top.length + 1) : source;
                const rule = pattern === '' ? null : { source: shown, line: Number(line), pattern };
                verdicts.set(pathname, { ignored: rule !== null && !pattern.startsWith('!'), rule });
            }
            return verdicts;
        },
    };
}
/**
 * The nested `.gitignore` files under `top`, with git's precedence: the deepest file that has an
 * opinion wins, then `globals` (in order: info/exclude before excludesFile); a path under an
 * ignored directory is ignored whatever a negation says. Case-sensitive, as git on Linux.
 */
function fileIgnoreChecker(top, globals = []) {
    const cache = new Map();
    const globalLayers = globals.map((g) => layerFrom('', g.source, g.text));
    const layerAt = (dir) => {
        let layer = cache.get(dir);
        if (!layer) {
            const source = dir === '' ? '.gitignore' : `${dir}/.gitignore`;
            // Never through a link (git does not follow one either) and never blocking on a FIFO or
            // reading a device: the repository chose what sits there. Anything but a readable regular
            // file ignores nothing, as a missing one.
            const bytes = (0,regular_file/* readRegularFileSync */.c)(external_node_path_.join(top, source), MAX_GITIGNORE_BYTES);
            layer = Promise.resolve(Buffer.isBuffer(bytes) ? layerFrom(dir, source, bytes.toString('utf8')) : null);
            cache.set(dir, layer);
        }
        return layer;
    };
    const verdictFor = async (rel) => {
        const parts = normalize(rel).split('/');
        const layers = [];
        for (let depth = 0; depth < parts.length; depth++) {
            const dir = parts.slice(0, depth).join('/');
            const layer = await layerAt(dir);
            if (layer)
                layers.push(layer);
            const isDir = depth < parts.length - 1;
            const target = parts.slice(0, depth + 1).join('/');
            const verdict = decide([...layers].reverse().concat(globalLayers), target, isDir);
            // Git never looks inside an excluded directory: nothing below it can be re-included.
            if (isDir && verdict.ignored)
                return verdict;
            if (!isDir)
                return verdict;
        }
        return { ignored: false, rule: null };
    };
    return {
        mode: 'files',
        top,
        async check(paths) {
            const verdicts = new Map();
            for (const p of paths)
                verdicts.set(p, await verdictFor(p));
            return verdicts;
        },
    };
}
function layerFrom(dir, source, text) {
    const matcher = ignore({ ignorecase: false });
    const negations = [];
    text.split('\n').forEach((raw, index) => {
        const pattern = trimTrailingSpaces(raw.replace(/\r$/, ''));
        if (pattern === '' || pattern.startsWith('#'))
            return;
        // The mark carries the line number through to the rule the package reports.
        matcher.add({ pattern, mark: String(index + 1) });
        if (pattern.startsWith('!'))
            negations.push({ pattern, line: index + 1 });
    });
    return { dir, source, matcher, negations };
}
/** Layers in precedence order (deepest first); the first with an opinion on `target` decides. */
function decide(layers, target, isDir) {
    for (const layer of layers) {
        const rel = layer.dir === '' ? target : target.slice(layer.dir.length + 1);
        const candidate = rel + (isDir ? '/' : '');
        // `test`, not `checkIgnore`: with a trailing slash the latter matches the literal `dir/` as
        // `git check-ignore dir/` does (so `logs/**` would exclude `logs/`), not as exclusion works.
        const result = layer.matcher.test(candidate);
        if (result.ignored && result.rule) {
            return { ignored: true, rule: { source: layer.source, line: Number(result.rule.mark), pattern: result.rule.pattern } };
        }
        if (result.unignored)
            return { ignored: false, rule: negationRule(layer, candidate) };
    }
    return { ignored: false, rule: null };
}
/**
 * The `ignore` package names no rule for a negation match, so test each negation alone, last
 * first: the last matching rule is the one git names.
 */
function negationRule(layer, candidate) {
    for (let i = layer.negations.length - 1; i >= 0; i--) {
        const { pattern, line } = layer.negations[i];
        if (ignore({ ignorecase: false }).add(pattern.slice(1)).ignores(candidate))
            return { source: layer.source, line, pattern };
    }
    return { source: layer.source, line: 0, pattern: '!' };
}
/** Git drops trailing spaces unless a backslash escapes one, and reports the pattern without them. */
function trimTrailingSpaces(pattern) {
    let end = pattern.length;
    while (end > 0 && pattern[end - 1] === ' ') {
        let slashes = 0;
        for (let i = end - 2; i >= 0 && pattern[i] === '\\'; i--)
            slashes++;
        if (slashes % 2 === 1)
            break;
        end--;
    }
    return pattern.slice(0, end);
}
function normalize(rel) {
    return rel.split(external_node_path_.sep).join('/').replace(/^\.\//, '').replace(/\/+$/, '');
}

// EXTERNAL MODULE: ./.build-emit/src/discover/read-text.js
var read_text = __webpack_require__(8815);
// EXTERNAL MODULE: ./.build-emit/src/core/wildcard.js
var wildcard = __webpack_require__(3225);
// EXTERNAL MODULE: ./.build-emit/src/discover/classify.js
var classify = __webpack_require__(6865);
;// CONCATENATED MODULE: ./.build-emit/src/analyzers/env-files/naming.js


const TEMPLATE_SUFFIX = /\.(example|sample|template|tmpl|tpl|dist|defaults)$/i;
const TEMPLATE_PREFIX = /^(example|sample|template)\.[^/]*env$/i;
function baseName(posixPath) {
    return posixPath.slice(posixPath.lastIndexOf('/') + 1);
}
/** `extraTemplates`: the config's `envFileTemplates`, names or paths, `*` as a wildcard. */
function envNameKind(posixPath, extraTemplates = []) {
    const name = baseName(posixPath);
    if (isTemplate(posixPath, extraTemplates))
        return 'template';
    return (0,classify/* isEnvFileName */.Xh)(name) ? 'env' : null;
}
/** True for a committed-on-purpose template, whatever else points at it (a Compose env_file too). */
function isTemplate(posixPath, extraTemplates = []) {
    const name = baseName(posixPath);
    if ((0,classify/* isEnvTemplateName */.dg)(name) || TEMPLATE_PREFIX.test(name))
        return true;
    if (/(^|\.)env(\.|$)/i.test(name) && TEMPLATE_SUFFIX.test(name))
        return true;
    // Case-insensitive, `*` within one path segment; no regular expression (src/core/wildcard.ts).
    return extraTemplates.some((t) => (0,wildcard/* segmentWildcardMatch */.z)(t.toLowerCase(), (t.includes('/') ? posixPath : name).toLowerCase()));
}

// EXTERNAL MODULE: ./.build-emit/src/yaml/library.js
var library = __webpack_require__(4716);
// EXTERNAL MODULE: ./.build-emit/src/yaml/load.js + 1 modules
var load = __webpack_require__(4041);
;// CONCATENATED MODULE: ./.build-emit/src/analyzers/env-files/references.js




/** `docker run --env-file x`, `--env-file=x`, quoted or not, in any CI script or shell file. */
const DOCKER_ENV_FILE = /--env-file(?:=|[ \t]+)(["']?)([^\s"';&|)]+)\1/g;
/** Files that can hold `docker run` commands run from the checkout's root. */
function isCiScript(file) {
    const kind = (0,classify/* classify */.L8)(file.path);
    if (kind === 'workflow' || kind === 'action' || kind === 'gitlab-ci')
        return true;
    const name = file.path.slice(file.path.lastIndexOf('/') + 1).toLowerCase();
    return (/\.(sh|bash)$/.test(name) ||
        name === 'makefile' ||
        name === 'jenkinsfile' ||
        name === 'azure-pipelines.yml' ||
        name === 'bitbucket-pipelines.yml' ||
        /(^|\/)\.circleci\/config\.ya?ml$/.test(file.path));
}
async function findEnvFileReferences(files, read) {
    const references = [];
    for (const file of files) {
        const kind = (0,classify/* classify */.L8)(file.path);
        const wanted = kind === 'compose' || kind === 'kustomization' || isCiScript(file);
        if (!wanted)
            continue;
        const text = await read(file);
        if (text === null)
            continue;
        if (kind === 'compose' || kind === 'kustomization')
            await (0,library/* loadYamlLibrary */.X1)();
        const dir = external_node_path_.posix.dirname(file.path);
        if (kind === 'compose') {
            for (const target of composeEnvFiles(file.path, text))
                push(references, dir, target, file.path, 'compose');
        }
        else if (kind === 'kustomization') {
            for (const target of kustomizeEnvs(file.path, text))
                push(references, dir, target, file.path, 'kustomize');
        }
        if (isCiScript(file)) {
            // CI runs scripts from the checkout's root, so these paths are relative to it.
            for (const match of text.matchAll(DOCKER_ENV_FILE))
                push(references, '.', match[2], file.path, 'docker-run');
        }
    }
    return references;
}
function push(into, dir, target, from, via) {
    // Variables and templating cannot be resolved statically; absolute paths are outside the repository.
    if (target === '' || /[$%{}]/.test(target) || target.startsWith('/') || target.startsWith('~'))
        return;
    const resolved = external_node_path_.posix.normalize(external_node_path_.posix.join(dir, target));
    if (resolved.startsWith('../') || resolved === '..')
        return;
    into.push({ path: resolved, from, via });
}
/** Every `env_file:` under `services.*`: a string, a list of strings, or a list of `{path}`. */
function composeEnvFiles(file, text) {
    const found = [];
    for (const document of (0,load/* loadYaml */.y)(file, text).documents) {
        const services = (0,library/* isMap */.jh)(document.contents) ? document.contents.get('services', true) : null;
        if (!(0,library/* isMap */.jh)(services))
            continue;
        for (const service of services.items) {
            if (!(0,library/* isMap */.jh)(service.value))
                continue;
            const envFile = service.value.get('env_file', true);
            for (const s of stringsOf(envFile, 'path'))
                found.push(s);
        }
    }
    return found;
}
/** `envs:` (and the older `env:`) of every configMapGenerator and secretGenerator entry. */
function kustomizeEnvs(file, text) {
    const found = [];
    for (const document of (0,load/* loadYaml */.y)(file, text).documents) {
        if (!(0,library/* isMap */.jh)(document.contents))
            continue;
        for (const generator of ['configMapGenerator', 'secretGenerator']) {
            const list = document.contents.get(generator, true);
            if (!(0,library/* isSeq */.oP)(list))
                continue;
            for (const entry of list.items) {
                if (!(0,library/* isMap */.jh)(entry))
                    continue;
                for (const s of [...stringsOf(entry.get('envs', true)), ...stringsOf(entry.get('env', true))])
                    found.push(s);
            }
        }
    }
    return found;
}
function stringsOf(node, objectKey) {
    if ((0,library/* isScalar */.jn)(node))
        return typeof node.value === 'string' ? [node.value] : [];
    if ((0,library/* isSeq */.oP)(node))
        return node.items.flatMap((item) => stringsOf(item, objectKey));
    if (objectKey && (0,library/* isMap */.jh)(node))
        return stringsOf(node.get(objectKey, true));
    return [];
}

;// CONCATENATED MODULE: ./.build-emit/src/analyzers/env-files/state.js





const states = new WeakMap();
function envFileState(context) {
    let state = states.get(context);
    if (!state) {
        state = computeState(context);
        states.set(context, state);
    }
    return state;
}
/** Names a conventional `.env` beside a file would have, asked about to name a covering rule. */
const SIBLING_NAMES = ['.env', '.env.local'];
async function computeState(context) {
    const { settings, files } = context;
    const texts = new Map();
    const readOnce = (file) => context.readText ? context.readText(file) : (0,read_text/* readTextFile */.Gu)(file.absPath, settings.maxFileSize).then((o) => (o.kind === 'text' ? o.text : null));
    const readText = (file) => {
        let text = texts.get(file.absPath);
        if (!text) {
            text = readOnce(file);
            texts.set(file.absPath, text);
        }
        return text;
    };
    const templates = settings.envFileTemplates;
    const references = await findEnvFileReferences(files, readText);
    const referencedBy = new Map();
    for (const ref of references)
        referencedBy.set(ref.path, [...(referencedBy.get(ref.path) ?? []), ref]);
    const candidates = files.filter((f) => !isTemplate(f.path, templates) && (envNameKind(f.path, templates) === 'env' || referencedBy.has(f.path)));
    const siblings = new Map();
    for (const f of candidates) {
        const dir = external_node_path_.posix.dirname(f.path);
        siblings.set(f.path, SIBLING_NAMES.filter((n) => n !== baseName(f.path)).map((n) => (dir === '.' ? n : `${dir}/${n}`)));
    }
    let checker = null;
    const ignoreChecker = () => (checker ??= createIgnoreChecker(settings.root));
    // The scan root's own `.env`: a subdirectory scan (a monorepo service) never reports outside itself.
    const rootDotenv = '.env';
    const none = { ignored: false, rule: null };
    let rootVerdict = null;
    const unprotected = [];
    if (candidates.length > 0) {
        const ignore = await ignoreChecker();
        // Every question in one batch, the root `.env` too: one git process per scan.
        const questions = [...new Set([rootDotenv, ...candidates.map((f) => f.path), ...[...siblings.values()].flat()])];
        const verdicts = await ignore.check(questions);
        rootVerdict = Promise.resolve(verdicts.get(rootDotenv) ?? none);
        for (const file of candidates) {
            const verdict = verdicts.get(file.path) ?? none;
            // Ignored and untracked: exactly right, nothing to say (only an explicitly named file gets here).
            if (file.tracked !== true && verdict.ignored)
                continue;
            const sibling = siblings.get(file.path).map((p) => ({ path: p, verdict: verdicts.get(p) ?? none })).find((s) => s.verdict.ignored) ?? null;
            unprotected.push({
                file,
                status: file.tracked === true ? 'tracked' : 'not-ignored',
                verdict,
                coveredSibling: sibling,
                references: referencedBy.get(file.path) ?? [],
                ignoreTop: ignore.top,
            });
        }
    }
    const rootDotenvVerdict = async () => ({
        path: rootDotenv,
        verdict: await (rootVerdict ??= ignoreChecker()
            .then((c) => c.check([rootDotenv]))
            .then((verdicts) => verdicts.get(rootDotenv) ?? none)),
    });
    const templatePaths = files.filter((f) => envNameKind(f.path, templates) === 'template').map((f) => f.path);
    return { references, unprotected, rootDotenv: rootDotenvVerdict, templates: templatePaths, readText, readOnce };
}

;// CONCATENATED MODULE: ./.build-emit/src/analyzers/env-files/env-file-secret.js







const envFileSecretMeta = {
    id: 'env-file-secret',
    category: 'hardcoded-secret',
    severity: 'high',
    description: 'A secret-like variable with a literal value inside an env file that is committed or not ignored.',
    helpUri: 'https://github.com/openai-secret-lint/openai-secret-lint/blob/main/docs/rules/env-files.md',
};
/** Detectors that recognise a credential by its own shape (not by the name it is assigned to). */
const PROVIDER_DETECTORS = catalogue/* DETECTORS */.c.filter((d) => d.id !== 'generic-secret');
/**
 * Secret-like entries of unprotected env files. Provider keys are left to the text rule, which
 * already reports them with the provider's remediation: a value a provider detector matches is
 * skipped. Files kustomize reads are left to the kubernetes area's kustomize-generator-source
 * rule, which reports their entries already.
 */
const envFileSecretRule = {
    meta: envFileSecretMeta,
    async checkRepository(context) {
        const state = await envFileState(context);
        const names = context.settings.secretNames;
        const findings = [];
        for (const entry of state.unprotected) {
            if (entry.references.some((r) => r.via === 'kustomize'))
                continue;
            const text = await state.readText(entry.file);
            if (text === null)
                continue;
            const provider = PROVIDER_DETECTORS.flatMap((d) => d.find(text));
            const lines = new text_position/* LineIndex */.r(text);
            for (const e of (0,dotenv/* parseDotenv */.q)(text)) {
                if (!(0,secret_names/* isSecretLikeName */.RW)(e.key, names) || !(0,secret_names/* isLiteralSecretValue */.R4)(e.value))
                    continue;
                if (provider.some((m) => m.start < e.valueEnd && e.valueStart < m.end))
                    continue;
                const finding = {
                    ruleId: envFileSecretMeta.id,
                    category: envFileSecretMeta.category,
                    severity: envFileSecretMeta.severity,
                    file: entry.file.path,
                    ...lines.range(e.valueStart, e.valueEnd),
                    message: `\`${e.key}\` holds a literal secret in ${entry.status === 'tracked' ? 'a committed' : 'an unignored'} env file.`,
                    remediation: entry.status === 'tracked'
                        ? 'Rotate the value (it is in git history), remove it from the file, and load it from the CI secret store or an ignored local env file.'
                        : 'Add an ignore rule for this file before it is committed (see env-file-not-ignored); rotate the value only if the file was ever pushed.',
                    secret: e.value,
                };
                if (!(0,suppress/* isSuppressedInline */.c)(finding, lines))
                    findings.push(finding);
            }
        }
        return findings;
    },
};

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./.build-emit/src/util/file-name.js
var file_name = __webpack_require__(3922);
;// CONCATENATED MODULE: ./.build-emit/src/analyzers/env-files/usage-signals.js


const NODE_PACKAGES = ['dotenv', 'dotenv-flow', 'dotenv-expand', '@dotenvx/dotenvx'];
const PYTHON_MANIFEST = /(^|\/)(requirements[^/]*\.(txt|in)|pyproject\.toml|Pipfile|setup\.cfg|setup\.py)$/;
const PYTHON_DOTENV = /(^|[\s"'[,])python-dotenv\b/m;
const SOURCE = /\.(py|js|mjs|cjs|jsx|ts|mts|cts|tsx)$/;
const LOADS_DOTENV = /\bload_dotenv\s*\(|\bdotenv_values\s*\(|\brequire\(\s*['"]dotenv(?:\/config)?['"]\s*\)|\bfrom\s+['"]dotenv(?:\/config)?['"]|\bimport\s+['"]dotenv\/config['"]/;
const VENDORED = /(^|\/)(node_modules|vendor|\.venv|venv|site-packages|dist|build)\//;
/**
 * The first signal found, cheapest first: manifests, then source files. Stops at the first hit,
 * so a repository that uses dotenv costs a handful of reads.
 */
async function findEnvUsage(files, read, composeReference, mentioning) {
    const own = files.filter((f) => !VENDORED.test(f.path));
    for (const file of own) {
        const name = file.path.slice(file.path.lastIndexOf('/') + 1);
        if (name === 'package.json') {
            const text = await read(file);
            const dependency = text === null ? null : nodeDependency(text);
            if (dependency)
                return { file: file.path, evidence: `the \`${dependency}\` dependency` };
        }
        else if (PYTHON_MANIFEST.test(file.path)) {
            const text = await read(file);
            if (text !== null && PYTHON_DOTENV.test(text))
                return { file: file.path, evidence: 'the `python-dotenv` dependency' };
        }
    }
    if (composeReference)
        return composeReference;
    // Inside git, one native `git grep` names the few files that mention dotenv at all, so a
    // repository that never loads env files is not read a second time file by file.
    const candidates = mentioning ? await mentioning() : null;
    for (const file of own) {
        if (!SOURCE.test(file.path) || (candidates && !candidates.has(file.path)))
            continue;
        const text = await read(file);
        const match = text === null ? null : LOADS_DOTENV.exec(text);
        if (match)
            return { file: file.path, evidence: `\`${match[0].trim()}\`` };
    }
    return null;
}
function nodeDependency(text) {
    let manifest;
    try {
        manifest = JSON.parse(text);
    }
    catch {
        return null;
    }
    if (typeof manifest !== 'object' || manifest === null)
        return null;
    for (const field of ['dependencies', 'devDependencies', 'optionalDependencies', 'peerDependencies']) {
        const deps = manifest[field];
        if (typeof deps !== 'object' || deps === null)
            continue;
        const found = NODE_PACKAGES.find((p) => p in deps);
        if (found)
            return found;
    }
    return null;
}
/**
 * POSIX paths (relative to `root`) of the files git tracks or would add that mention `dotenv`, or
 * null outside a work tree (the caller then reads the files itself).
 */
async function filesMentioningDotenv(root) {
    const result = await (0,git.git)(root, ['grep', '-l', '-z', '-I', '-F', '--untracked', '--no-textconv', '-e', 'dotenv', '--', '.']);
    // git grep exits 1 when nothing matches, 128 outside a work tree.
    if (result.code === 1)
        return new Set();
    if (result.code !== 0)
        return null;
    // Names as discovery shows them (bytes that are not UTF-8 as `\xNN`), so the two match.
    return new Set((0,file_name/* splitNul */.K5)(result.stdout).filter((p) => p.length > 0).map(file_name/* displayName */.QC));
}

;// CONCATENATED MODULE: ./.build-emit/src/analyzers/env-files/env-ignore-missing.js




const envIgnoreMissingMeta = {
    id: 'env-file-ignore-missing',
    category: 'unprotected-env-file',
    severity: 'medium',
    description: 'The repository loads env files, but no ignore rule covers `.env` at its root.',
    helpUri: 'https://github.com/openai-secret-lint/openai-secret-lint/blob/main/docs/rules/env-files.md',
};
/**
 * Preventive: a project that loads `.env` files will sooner or later have one at its root, and
 * without an ignore rule the first `git add .` commits it. Reported on the root `.gitignore`, or
 * on the root itself when there is none.
 */
const envIgnoreMissingRule = {
    meta: envIgnoreMissingMeta,
    async checkRepository(context) {
        const state = await envFileState(context);
        const root = context.settings.root;
        const compose = state.references.find((r) => r.via === 'compose');
        const inGit = context.files.some((f) => f.tracked !== null) && !context.readText; // index scans read blobs, not the tree
        const usage = () => findEnvUsage(context.files, state.readOnce, compose ? { file: compose.from, evidence: 'Compose `env_file:`' } : null, inGit ? () => filesMentioningDotenv(root) : undefined);
        // What is cheaper first: an index scan (pre-commit) looks for the usage signal in the few
        // staged files, and asks git about `.env` only when there is one; a tree scan asks git once
        // rather than search the whole repository for a signal it may not need.
        const signalFirst = context.readText !== undefined;
        const early = signalFirst ? await usage() : null;
        if (signalFirst && !early)
            return [];
        const { path: dotenv, verdict } = await state.rootDotenv();
        if (verdict.ignored)
            return [];
        const signal = early ?? (await usage());
        if (!signal)
            return [];
        // The scan root's `.gitignore`: findings of a subdirectory scan stay inside it.
        const gitignore = '.gitignore';
        const hasGitignore = (0,external_node_fs_.existsSync)(external_node_path_.join(root, gitignore));
        const negations = [...new Set(state.templates.map((t) => t.slice(t.lastIndexOf('/') + 1)).filter((n) => n.startsWith('.env')))].sort();
        const lines = ['.env*', ...(negations.length > 0 ? negations : ['.env.example']).map((n) => `!${n}`)];
        const why = verdict.rule ? ` (\`${verdict.rule.pattern}\` at ${verdict.rule.source} line ${verdict.rule.line} re-includes it)` : '';
        return [
            {
                ruleId: envIgnoreMissingMeta.id,
                category: envIgnoreMissingMeta.category,
                severity: envIgnoreMissingMeta.severity,
                file: hasGitignore ? gitignore : '.',
                line: null,
                column: null,
                endLine: null,
                endColumn: null,
                message: `This repository loads env files (${signal.evidence} in \`${signal.file}\`), but no ignore rule covers \`${dotenv}\`${why}: the first \`git add .\` would commit it.`,
                remediation: `Add ${lines.map((l) => `\`${l}\``).join(' and ')} to ${gitignore}${hasGitignore ? '' : ' (create it)'}, keeping only templates committed.`,
                fingerprintSeed: envIgnoreMissingMeta.id,
            },
        ];
    },
};

;// CONCATENATED MODULE: ./.build-emit/src/analyzers/env-files/advice.js



function ruleName(rule) {
    return `\`${rule.pattern}\` (${rule.source} line ${rule.line})`;
}
/** The narrowest conventional pattern that covers this file's name. */
function patternFor(entry, relToTop) {
    const name = baseName(entry.file.path);
    if (name === '.envrc' || name === 'env.list')
        return name;
    if (name.startsWith('.env'))
        return '.env*';
    if (name.endsWith('.env'))
        return '*.env';
    // Only configuration makes this an env file: ignore exactly this path.
    return `/${relToTop}`;
}
function ignoreAdvice(entry, state, root) {
    const top = entry.ignoreTop;
    const where = external_node_path_.relative(root, external_node_path_.join(top, '.gitignore')).split(external_node_path_.sep).join('/');
    const relToTop = external_node_path_.relative(top, entry.file.absPath).split(external_node_path_.sep).join('/');
    const pattern = patternFor(entry, relToTop);
    // Keep committed templates committed: re-include the ones the new pattern would catch.
    const matcher = ignore({ ignorecase: false }).add(pattern);
    const negations = [...new Set(state.templates.map(baseName))].filter((n) => !pattern.startsWith('/') && matcher.ignores(n)).sort().map((n) => `!${n}`);
    const lines = [pattern, ...negations];
    const added = lines.map((l) => `\`${l}\``).join(' and ');
    const { verdict, coveredSibling } = entry;
    if (verdict.ignored && verdict.rule) {
        return {
            reason: `${ruleName(verdict.rule)} already ignores it, but ignore rules do not apply to files git already tracks`,
            lines: [],
            where,
            action: 'The ignore rule is in place; stop tracking the file.',
        };
    }
    if (verdict.rule) {
        return {
            reason: `${ruleName(verdict.rule)} re-includes it`,
            lines,
            where: verdict.rule.source,
            action: `Remove \`${verdict.rule.pattern}\` from ${verdict.rule.source} (line ${verdict.rule.line}), or add ${added} after it.`,
        };
    }
    const reason = coveredSibling?.verdict.rule
        ? `${ruleName(coveredSibling.verdict.rule)} covers \`${coveredSibling.path}\` beside it, but not this file`
        : 'no ignore rule covers it';
    return { reason, lines, where, action: `Add ${added} to ${where} at the repository root.` };
}

;// CONCATENATED MODULE: ./.build-emit/src/analyzers/env-files/unprotected-env-file.js


const HELP = 'https://github.com/openai-secret-lint/openai-secret-lint/blob/main/docs/rules/env-files.md';
const envFileCommittedMeta = {
    id: 'env-file-committed',
    category: 'unprotected-env-file',
    severity: 'critical',
    description: 'An env file is committed: every key in it is in the repository and its history.',
    helpUri: HELP,
};
const envFileNotIgnoredMeta = {
    id: 'env-file-not-ignored',
    category: 'unprotected-env-file',
    severity: 'high',
    description: 'An env file that no ignore rule covers is one `git add .` away from being committed.',
    helpUri: HELP,
};
const VIA = {
    compose: 'Compose env_file',
    kustomize: 'kustomize envs',
    'docker-run': 'docker run --env-file',
};
/** Env files (by name, or used as such by Compose, kustomize or `docker run`) that git tracks or would. */
const unprotectedEnvFileRule = {
    meta: envFileCommittedMeta,
    reports: [envFileCommittedMeta, envFileNotIgnoredMeta],
    async checkRepository(context) {
        const state = await envFileState(context);
        const findings = [];
        for (const entry of state.unprotected) {
            const file = entry.file.path;
            const advice = ignoreAdvice(entry, state, context.settings.root);
            const ref = entry.references[0];
            const usedAs = ref ? ` (used as an env file by ${VIA[ref.via]} in \`${ref.from}\`)` : '';
            const meta = entry.status === 'tracked' ? envFileCommittedMeta : envFileNotIgnoredMeta;
            const message = entry.status === 'tracked'
                ? `Env file \`${file}\`${usedAs} is tracked by git (committed or staged): ${advice.reason}. ${advice.action}`
                : entry.file.tracked === null
                    ? `Env file \`${file}\`${usedAs} is not covered by any .gitignore: ${advice.reason}. ${advice.action}`
                    : `Env file \`${file}\`${usedAs} is untracked but not ignored, one \`git add .\` away from a commit: ${advice.reason}. ${advice.action}`;
            const ignoreStep = advice.lines.length > 0 ? `add ${advice.lines.map((l) => `\`${l}\``).join(' and ')} to ${advice.where}` : 'keep the ignore rule';
            const remediation = entry.status === 'tracked'
                ? `Rotate every key in \`${file}\`, run \`git rm --cached ${shellQuote(file)}\`, ${ignoreStep}, and purge the file from history (e.g. \`git filter-repo --invert-paths --path ${shellQuote(file)}\`).`
                : `${capitalize(ignoreStep)}; keep real values only in local env files or the CI secret store.`;
            findings.push({
                ruleId: meta.id,
                category: meta.category,
                severity: meta.severity,
                file,
                line: null,
                column: null,
                endLine: null,
                endColumn: null,
                message,
                remediation,
                fingerprintSeed: `${meta.id}:${file}`,
            });
        }
        return findings;
    },
};
function shellQuote(p) {
    return /^[A-Za-z0-9_./-]+$/.test(p) ? p : `'${p.replace(/'/g, `'\\''`)}'`;
}
function capitalize(text) {
    return text.charAt(0).toUpperCase() + text.slice(1);
}

;// CONCATENATED MODULE: ./.build-emit/src/analyzers/env-files/index.js



/**
 * The env-files rules, one file each, registered here in a flat list. All three need the whole
 * repository (which files git tracks or ignores, and what configuration uses as env files), so
 * they are repository rules sharing one per-scan state (state.ts).
 */
const ENV_FILE_RULES = [];
const ENV_FILE_REPOSITORY_RULES = [unprotectedEnvFileRule, envFileSecretRule, envIgnoreMissingRule];


/***/ }),

/***/ 9285:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dq: () => (/* binding */ testJobContext),
/* harmony export */   N4: () => (/* binding */ envNameInput),
/* harmony export */   OG: () => (/* binding */ isServiceClientName),
/* harmony export */   Ul: () => (/* binding */ envNameInputOf),
/* harmony export */   VJ: () => (/* binding */ isProviderKey),
/* harmony export */   ZX: () => (/* binding */ isAppSecretName),
/* harmony export */   _e: () => (/* binding */ severityPolicy),
/* harmony export */   fj: () => (/* binding */ isShellFragment),
/* harmony export */   lV: () => (/* binding */ placeholderComment),
/* harmony export */   rP: () => (/* binding */ testContextOf),
/* harmony export */   vV: () => (/* binding */ serviceCredential)
/* harmony export */ });
/* harmony import */ var _yaml_library_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4716);
/* harmony import */ var _detectors_find_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4016);
/* harmony import */ var _detectors_generic_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4330);
/* harmony import */ var _detectors_connection_string_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3673);
/* harmony import */ var _secret_names_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(58);
/**
 * What gha-literal-secret does with literals that are not plain secrets: names of env variables
 * given where a value would go, placeholders a comment announces, the throwaway passwords of CI
 * service containers, upload-only tokens and access key ids. Each class has one severity,
 * documented in docs/rules/github-actions.md.
 */





/** Inputs that take the name of an environment variable, not its value, by action. */
const ENV_NAME_INPUTS = [
    // setup-java writes `${env.<value>}` into settings.xml (server-username/password, gpg-passphrase).
    { action: /^actions\/setup-java@/i, label: 'actions/setup-java', inputs: new Set(['server-username', 'server-password', 'gpg-passphrase']) },
];
/** The action whose input `name` takes an env variable's name, or null. */
function envNameInputOf(step, name) {
    const uses = String(step.uses?.value ?? '');
    return ENV_NAME_INPUTS.find((a) => a.action.test(uses) && a.inputs.has(name))?.label ?? null;
}
const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;
/**
 * True when the value is the name of an env variable rather than a value: an identifier given to
 * an input that takes a variable's name, or one that names a variable set in this workflow.
 */
function envNameInput(entry, where) {
    if (!entry.value || !(0,_yaml_library_js__WEBPACK_IMPORTED_MODULE_4__/* .isScalar */ .jn)(entry.value))
        return false;
    const value = String(entry.value.value ?? '').trim();
    if (!IDENTIFIER.test(value))
        return false;
    if (entry.scope === 'with' && where.step && envNameInputOf(where.step, entry.name))
        return true;
    const { model } = where;
    const set = [...model.env, ...model.jobs.flatMap((j) => [...j.env, ...j.steps.flatMap((s) => s.env)])];
    return set.some((e) => e !== entry && e.name === value);
}
/** A comment on the value's line, or the comment line just above its key, that calls it a placeholder. */
const PLACEHOLDER_COMMENT = /\b(replace|change|fill|put|insert|paste|substitute|set)\b[^#\n]{0,40}\b(your|own|real|actual|here)\b|\bplaceholder\b|\bnot\s+(a\s+)?real\b|\b(dummy|fake|example)\s+(value|key|token|password|secret)\b/i;
function placeholderComment(file, entry) {
    if (!entry.value || !(0,_yaml_library_js__WEBPACK_IMPORTED_MODULE_4__/* .isScalar */ .jn)(entry.value) || !entry.value.range)
        return false;
    const text = file.text;
    const end = entry.value.range[1];
    const lineEnd = text.indexOf('\n', end);
    const rest = text.slice(end, lineEnd === -1 ? text.length : lineEnd);
    const trailing = /^\s*#(.*)$/.exec(rest)?.[1] ?? '';
    const keyStart = entry.keyNode?.range?.[0] ?? entry.value.range[0];
    const lineStart = text.lastIndexOf('\n', keyStart - 1) + 1;
    const previousStart = lineStart > 0 ? text.lastIndexOf('\n', lineStart - 2) + 1 : -1;
    const previous = previousStart >= 0 ? text.slice(previousStart, lineStart - 1) : '';
    const above = /^\s*#(.*)$/.exec(previous)?.[1] ?? '';
    return PLACEHOLDER_COMMENT.test(trailing) || PLACEHOLDER_COMMENT.test(above);
}
/**
 * A piece of shell quoting rather than a value: `'Circle-Token: '` (joined to `"$TOKEN"` where it
 * is used), a header's name and scheme with nothing after them (`Authorization: Bearer `), or a
 * value with an unbalanced quote (`abc'`), which only makes sense pasted next to another piece.
 */
function isShellFragment(value) {
    let v = value.trim();
    const quotes = (q) => v.split(q).length - 1;
    // An unbalanced quote at either end; one inside a value may be a real password's character.
    if ((quotes("'") % 2 === 1 || quotes('"') % 2 === 1) && /^['"]|['"]$/.test(v))
        return true;
    while (v.length >= 2 && (v[0] === "'" || v[0] === '"') && v[v.length - 1] === v[0])
        v = v.slice(1, -1).trim();
    return /^[A-Za-z][\w-]*:\s*((Bearer|Basic|token|Token|Digest)\s*)?$/.test(v) || /^(Bearer|Basic|token|Digest)$/i.test(v);
}
/** Names of the env variables tests use to reach a database or broker service. */
const SERVICE_CLIENT_NAME = /(POSTGRES|(^|_)PG|MYSQL|MARIADB|MSSQL|(^|_)SA_|(^|_)DB|DATABASE|REDIS|MONGO|RABBIT|AMQP|ELASTIC|CLICKHOUSE|CASSANDRA|NEO4J|SQL|MINIO|KEYCLOAK|LDAP)/;
/**
 * A password of a CI service container (`services.*.env`), or a job/step env value of a job with
 * services that the tests use to connect (the same value as a service's, or a database client
 * variable): a throwaway value that only reaches the job's own container.
 */
function serviceCredential(file, entry, job) {
    if (entry.scope === 'service-env')
        return true;
    if (job.services.length === 0 || (entry.scope !== 'job-env' && entry.scope !== 'step-env'))
        return false;
    if (!entry.value || !(0,_yaml_library_js__WEBPACK_IMPORTED_MODULE_4__/* .isScalar */ .jn)(entry.value))
        return false;
    const value = String(entry.value.value ?? '').trim();
    const serviceValues = new Set(job.containerValues.filter((v) => v.scope === 'service-env' && v.value && (0,_yaml_library_js__WEBPACK_IMPORTED_MODULE_4__/* .isScalar */ .jn)(v.value)).map((v) => String(v.value.value ?? '').trim()));
    if (serviceValues.has(value))
        return true;
    return SERVICE_CLIENT_NAME.test(entry.name.toUpperCase().replace(/-/g, '_'));
}
/**
 * Secrets an application under test reads itself (it signs, encrypts or hashes with them):
 * `SECRET_KEY`, `SECRET_KEY_BASE`, `JWT_SECRET`, `SESSION_SECRET`, `APP_KEY`, `ENCRYPTION_KEY`...
 * In a test run they protect nothing but that run. At most one word before them (the app or
 * framework: `DJANGO_SECRET_KEY`, `NEXTAUTH_SECRET`). Keys and tokens of other services are not
 * in this list: a test job may well hold a real one.
 */
const APP_SECRET_NAME = /^([A-Z0-9]+_)?(SECRET|SECRET_KEY|SECRET_KEY_BASE|SECRET_TOKEN|APP_KEY|APP_SECRET|JWT|JWT_SECRET|JWT_KEY|JWT_SIGNING_KEY|JWT_SECRET_KEY|SESSION_SECRET|SESSION_KEY|COOKIE_SECRET|COOKIE_KEY|ENCRYPTION_KEY|SIGNING_KEY|SIGNING_SECRET|HMAC_KEY|HMAC_SECRET|CSRF_SECRET|MASTER_KEY|OTP_SECRET|AUTH_SECRET|TOKEN_SECRET|ACCESS_TOKEN_SECRET|REFRESH_TOKEN_SECRET|UTILS_SECRET|HASH_SALT|SALT|PEPPER)$/;
/** ...unless the name belongs to a service the app talks to, or to an OAuth app registered there. */
const THIRD_PARTY_NAME = /(^|_)(CLIENT|CONSUMER|OAUTH|WEBHOOK)_|^(AWS|AMAZON|AZURE|GCP|GOOGLE|GCLOUD|FIREBASE|GITHUB|GH|GITLAB|BITBUCKET|OPENAI|ANTHROPIC|STRIPE|PAYPAL|BRAINTREE|TWILIO|SENDGRID|MAILGUN|MAILCHIMP|POSTMARK|SLACK|DISCORD|TELEGRAM|CLOUDFLARE|HEROKU|VERCEL|NETLIFY|SENTRY|DATADOG|NPM|PYPI|DOCKER|DOCKERHUB|SHOPIFY|ALGOLIA|PUSHER|SUPABASE|AUTH0|OKTA|CLERK|PLAID|SQUARE|ADYEN|MOLLIE|RAZORPAY|HUGGINGFACE|HF|COHERE|LANGFUSE|LANGSMITH|POSTHOG|MIXPANEL|SEGMENT|MISTRAL|GROQ|REPLICATE|PINECONE|LINEAR|NOTION|JIRA|ATLASSIAN|APPLE|FACEBOOK|META|TWITTER|X|LINKEDIN|MICROSOFT|MSAL|DIGITALOCEAN|DO|LINODE|HETZNER|VAULT|CODECOV|SONAR|SNYK|CIRCLECI|TRAVIS)_/;
/** Env variables that say which mode an app runs in, and the values that mean a test run. */
const MODE_NAME = /^(NODE_ENV|RAILS_ENV|RACK_ENV|APP_ENV|APP_ENVIRONMENT|FLASK_ENV|DJANGO_ENV|MIX_ENV|GO_ENV|ENV|ENVIRONMENT|ASPNETCORE_ENVIRONMENT|DOTNET_ENVIRONMENT|SPRING_PROFILES_ACTIVE|QUARKUS_PROFILE|MICRONAUT_ENVIRONMENTS|STAGE|DEPLOY_ENV)$/;
const TEST_MODE = /^(test|tests|testing|ci|e2e)$/i;
/** A database or broker address on the runner itself. */
const LOCAL_SERVICE_NAME = /(DATABASE|(^|_)DB|POSTGRES|(^|_)PG|MYSQL|MARIADB|MONGO|REDIS|RABBIT|AMQP|ELASTIC|CLICKHOUSE)[A-Z_]*(URL|URI|HOST|DSN)$/;
const LOCAL_HOST = /^(localhost|127\.0\.0\.1|0\.0\.0\.0|::1|\[::1\])$|[@/](localhost|127\.0\.0\.1|0\.0\.0\.0|\[::1\])([:/?]|$)/;
/** Commands and actions that run a test suite. */
const TEST_COMMAND = /(^|[\s;&|(])((npm|pnpm|bun)\s+(run\s+)?test|yarn\s+(run\s+)?test|npx\s+(jest|vitest|mocha|playwright|cypress)|jest|vitest|mocha|pytest|python3?\s+-m\s+(pytest|unittest)|manage\.py\s+test|tox|nox|(bundle\s+exec\s+)?(rspec|rails\s+test|rake\s+(test|spec))|go\s+test|cargo\s+(test|nextest)|mix\s+test|phpunit|vendor\/bin\/(phpunit|pest)|php\s+artisan\s+test|dotnet\s+test|(mvn|\.\/mvnw|gradle|\.\/gradlew)\s+([\w:.=-]+\s+){0,6}(test|verify|check))\b/;
const TEST_ACTION = /^(cypress-io\/github-action|microsoft\/playwright-github-action)@/i;
const TEST_JOB_NAME = /(^|[-_ ])(tests?|testing|e2e|specs?)([-_ ]|$)/i;
function scalarText(entry) {
    return entry.value && (0,_yaml_library_js__WEBPACK_IMPORTED_MODULE_4__/* .isScalar */ .jn)(entry.value) ? String(entry.value.value ?? '').trim() : null;
}
/** Why the env entries say this is a test run (a mode variable set to test, a local database), or null. */
function testEnvReason(entries) {
    for (const entry of entries) {
        const name = (0,_secret_names_js__WEBPACK_IMPORTED_MODULE_3__/* .normalizeName */ .Pc)(entry.name);
        const value = scalarText(entry);
        if (value === null)
            continue;
        if (MODE_NAME.test(name) && TEST_MODE.test(value))
            return `\`${entry.name}: ${value}\``;
        if (LOCAL_SERVICE_NAME.test(name) && LOCAL_HOST.test(value))
            return `\`${entry.name}\` points at a database on the runner`;
    }
    return null;
}
/** Why a job is a test job (it has service containers, runs a test suite, or says so in its id or name), or null. */
function testJobReason(job) {
    if (job.services.length > 0)
        return 'the job has service containers';
    for (const step of job.steps) {
        if (step.run && TEST_COMMAND.test(String(step.run.value ?? '')))
            return 'the job runs a test suite';
        if (step.uses && TEST_ACTION.test(String(step.uses.value ?? '')))
            return 'the job runs a test suite';
    }
    const name = job.node.get?.('name');
    // The id (letters, digits, `-`, `_`) may go in the message; a free-text name is not repeated.
    if (TEST_JOB_NAME.test(job.id))
        return `the job is named \`${job.id}\``;
    if (typeof name === 'string' && TEST_JOB_NAME.test(name))
        return "the job's name says it runs tests";
    return null;
}
/**
 * Why an env entry sits in a test run, or null: its own env level or one above it sets a test
 * mode or points at a local database, or (for job and step env) the job is a test job; a
 * workflow-level entry also when every job is one.
 */
function testContextOf(entry, where) {
    const { model, job, step } = where;
    if (!['workflow-env', 'job-env', 'step-env', 'container-env'].includes(entry.scope))
        return null;
    const levels = [model.env, ...(job ? [job.env] : []), ...(step ? [step.env] : [])];
    if (job && entry.scope === 'container-env')
        levels.push(job.containerValues.filter((v) => v.scope === 'container-env'));
    const byEnv = testEnvReason(levels.flat());
    if (byEnv)
        return byEnv;
    if (job)
        return testJobReason(job);
    const jobs = model.jobs.filter((j) => j.uses === null);
    if (jobs.length > 0 && jobs.every((j) => testJobReason(j) !== null))
        return 'every job of the workflow is a test job';
    return null;
}
/** Why a step's script runs in a test run (the env it sees, or its job), or null. */
function testJobContext(where) {
    return testEnvReason([...where.model.env, ...where.job.env, ...where.step.env]) ?? testJobReason(where.job);
}
/** The name of a secret an application under test reads itself (not a third party's key). */
function isAppSecretName(name) {
    const n = (0,_secret_names_js__WEBPACK_IMPORTED_MODULE_3__/* .normalizeName */ .Pc)(name);
    return APP_SECRET_NAME.test(n) && !THIRD_PARTY_NAME.test(n);
}
/** Database and broker client variables (`PGPASSWORD`, `DB_PASSWORD`, `REDIS_PASSWORD`). */
function isServiceClientName(name) {
    return SERVICE_CLIENT_NAME.test(name.toUpperCase().replace(/-/g, '_'));
}
/** True when a provider detector (not the generic one) recognises the value under this name: a real key. */
function isProviderKey(name, value) {
    return (0,_detectors_find_js__WEBPACK_IMPORTED_MODULE_0__/* .findSecrets */ .d)(`${name}=${value}`, { decodeDepth: 0 }).some((m) => m.detector !== _detectors_generic_js__WEBPACK_IMPORTED_MODULE_1__/* .genericSecretDetector */ .kN && m.detector !== _detectors_connection_string_js__WEBPACK_IMPORTED_MODULE_2__/* .connectionStringDetector */ ._);
}
/** Severity and the sentence that explains it, for the classes that are not plain secrets. */
function severityPolicy(kind) {
    switch (kind) {
        case 'service-password':
            return {
                severity: 'low',
                note: "It is the throwaway password of a CI service container (a database of this test job), which only reaches the job's own container: reported at low.",
                remediation: 'Nothing outside this job uses it: make sure the same value protects nothing real (rotate it there if it does); to silence this, move it to a secret or suppress the finding.',
            };
        case 'test-secret':
            return {
                severity: 'low',
                // No "reported at low": a text rule may report the same value at another severity.
                note: 'It sits in a test run ({reason}): a throwaway value that only the test instance of the app, or its local database, uses.',
                remediation: 'Nothing outside the test run uses it: make sure the same value protects nothing real (rotate it there if it does); to silence this, move it to a secret or suppress the finding.',
            };
        case 'key-id':
            return {
                severity: 'low',
                // No "reported at low": merged with the text rule's finding at the same place, the message must hold at its severity.
                note: 'An access key id identifies a key and is not itself a secret: the secret half is what grants access.',
                remediation: 'Keep the id beside its secret half in the secret store (`${{ secrets.AWS_ACCESS_KEY_ID }}`), or drop long-lived keys for OIDC (aws-actions/configure-aws-credentials with `role-to-assume`).',
            };
        case 'upload-token':
            return {
                severity: 'medium',
                note: 'A Codecov upload token only lets its holder upload coverage reports to this project, not read code or settings: reported at medium.',
                remediation: 'Store it as a repository secret named CODECOV_TOKEN and pass `token: ${{ secrets.CODECOV_TOKEN }}`; regenerate it in the Codecov settings of the repository.',
            };
        case 'public-client-key':
            return {
                severity: 'low',
                // Merged with firebase-web-api-key (low) at the same place: the note holds at that severity.
                note: 'A Firebase web API key is public by design: it ships in every client of the app, and Security Rules and App Check, not the key, guard the data.',
                remediation: 'No need to hide it, but restrict the key in the Google Cloud console (HTTP referrers, the Firebase APIs only); a repository variable (`${{ vars.FIREBASE_API_KEY }}`) keeps it in one place.',
            };
        default:
            return null;
    }
}


/***/ }),

/***/ 1896:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MW: () => (/* binding */ workflowModels),
/* harmony export */   hw: () => (/* binding */ jobScalars),
/* harmony export */   io: () => (/* binding */ appliesToWorkflowOrAction),
/* harmony export */   py: () => (/* binding */ effectiveEnv)
/* harmony export */ });
/* harmony import */ var _yaml_library_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4716);
/* harmony import */ var _yaml_load_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4041);
/* harmony import */ var _yaml_walk_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9606);



const cache = new WeakMap();
/** The models of every well-formed document in a workflow or action file. */
function workflowModels(file) {
    const yaml = file.yaml();
    let models = cache.get(yaml);
    if (!models) {
        models = [];
        for (const document of yaml.documents) {
            if (document.errors.length > 0 || !(0,_yaml_library_js__WEBPACK_IMPORTED_MODULE_2__/* .isMap */ .jh)(document.contents))
                continue;
            models.push(buildModel(document, file.kind === 'action' ? 'action' : 'workflow'));
        }
        cache.set(yaml, models);
    }
    return models;
}
function appliesToWorkflowOrAction(file) {
    return file.kind === 'workflow' || file.kind === 'action';
}
function buildModel(document, kind) {
    const budget = new _yaml_walk_js__WEBPACK_IMPORTED_MODULE_1__/* .AliasBudget */ .CR();
    const root = document.contents;
    const get = (node, key) => (0,_yaml_walk_js__WEBPACK_IMPORTED_MODULE_1__/* .getValue */ ._W)(node, key, document, budget);
    const named = (node, path, scope) => (0,_yaml_walk_js__WEBPACK_IMPORTED_MODULE_1__/* .mapEntries */ .Nn)(node, document, budget).map((e) => ({ name: e.key, keyNode: e.keyNode, value: e.value, path: [...path, e.key], scope }));
    const stepsOf = (node, path) => (0,_yaml_walk_js__WEBPACK_IMPORTED_MODULE_1__/* .seqItems */ .Sg)(node, document, budget)
        .filter((item) => item.value && (0,_yaml_library_js__WEBPACK_IMPORTED_MODULE_2__/* .isMap */ .jh)(item.value))
        .map(({ index, value }) => {
        const stepPath = [...path, index];
        const run = get(value, 'run');
        const uses = get(value, 'uses');
        const shell = get(value, 'shell');
        return {
            path: stepPath,
            node: value,
            name: (0,_yaml_walk_js__WEBPACK_IMPORTED_MODULE_1__/* .scalarValue */ .Um)(get(value, 'name')),
            env: named(get(value, 'env'), [...stepPath, 'env'], 'step-env'),
            with: named(get(value, 'with'), [...stepPath, 'with'], 'with'),
            uses: uses && (0,_yaml_library_js__WEBPACK_IMPORTED_MODULE_2__/* .isScalar */ .jn)(uses) ? uses : null,
            run: run && (0,_yaml_library_js__WEBPACK_IMPORTED_MODULE_2__/* .isScalar */ .jn)(run) ? run : null,
            shell: (0,_yaml_walk_js__WEBPACK_IMPORTED_MODULE_1__/* .scalarValue */ .Um)(shell),
            shellNode: shell && (0,_yaml_library_js__WEBPACK_IMPORTED_MODULE_2__/* .isScalar */ .jn)(shell) ? shell : null,
        };
    });
    if (kind === 'action') {
        const runs = get(root, 'runs');
        const inputs = (0,_yaml_walk_js__WEBPACK_IMPORTED_MODULE_1__/* .mapEntries */ .Nn)(get(root, 'inputs'), document, budget);
        const inputDefaults = [];
        for (const input of inputs) {
            const entry = getDefault(input.value, document, budget);
            if (entry)
                inputDefaults.push({ name: input.key, keyNode: input.keyNode, value: entry, path: ['inputs', input.key, 'default'], scope: 'input-default' });
        }
        const job = {
            id: '(action)',
            path: ['runs'],
            node: runs ?? root,
            env: named(get(runs, 'env'), ['runs', 'env'], 'action-env'),
            steps: stepsOf(get(runs, 'steps'), ['runs', 'steps']),
            containerValues: [],
            services: [],
            uses: null,
            with: [],
            secrets: [],
            secretsScalar: null,
            shell: null,
            shellNode: null,
        };
        return { kind, document, budget, triggers: new Set(), env: [], jobs: [job], inputDefaults };
    }
    const on = (0,_yaml_walk_js__WEBPACK_IMPORTED_MODULE_1__/* .getValue */ ._W)(root, 'on', document, budget) ?? (0,_yaml_walk_js__WEBPACK_IMPORTED_MODULE_1__/* .getValue */ ._W)(root, 'true', document, budget);
    const triggers = new Set();
    const inputDefaults = [];
    if (on && (0,_yaml_library_js__WEBPACK_IMPORTED_MODULE_2__/* .isScalar */ .jn)(on))
        triggers.add(String(on.value));
    for (const item of (0,_yaml_walk_js__WEBPACK_IMPORTED_MODULE_1__/* .seqItems */ .Sg)(on, document, budget)) {
        const name = (0,_yaml_walk_js__WEBPACK_IMPORTED_MODULE_1__/* .scalarValue */ .Um)(item.value);
        if (name)
            triggers.add(name);
    }
    for (const event of (0,_yaml_walk_js__WEBPACK_IMPORTED_MODULE_1__/* .mapEntries */ .Nn)(on, document, budget)) {
        triggers.add(event.key);
        for (const input of (0,_yaml_walk_js__WEBPACK_IMPORTED_MODULE_1__/* .mapEntries */ .Nn)(get(event.value, 'inputs'), document, budget)) {
            const value = getDefault(input.value, document, budget);
            if (value)
                inputDefaults.push({ name: input.key, keyNode: input.keyNode, value, path: ['on', event.key, 'inputs', input.key, 'default'], scope: 'input-default' });
        }
    }
    const jobs = [];
    for (const job of (0,_yaml_walk_js__WEBPACK_IMPORTED_MODULE_1__/* .mapEntries */ .Nn)(get(root, 'jobs'), document, budget)) {
        if (!job.value || !(0,_yaml_library_js__WEBPACK_IMPORTED_MODULE_2__/* .isMap */ .jh)(job.value))
            continue;
        const path = ['jobs', job.key];
        const containerValues = [];
        const services = [];
        const container = get(job.value, 'container');
        if (container && (0,_yaml_library_js__WEBPACK_IMPORTED_MODULE_2__/* .isMap */ .jh)(container)) {
            for (const entry of named(get(container, 'env'), [...path, 'container', 'env'], 'container-env'))
                containerValues.push(entry);
            for (const entry of named(get(container, 'credentials'), [...path, 'container', 'credentials'], 'credentials'))
                containerValues.push(entry);
        }
        for (const service of (0,_yaml_walk_js__WEBPACK_IMPORTED_MODULE_1__/* .mapEntries */ .Nn)(get(job.value, 'services'), document, budget)) {
            const servicePath = [...path, 'services', service.key];
            services.push(service.key);
            for (const entry of named(get(service.value, 'env'), [...servicePath, 'env'], 'service-env'))
                containerValues.push(entry);
            for (const entry of named(get(service.value, 'credentials'), [...servicePath, 'credentials'], 'credentials'))
                containerValues.push(entry);
        }
        const uses = get(job.value, 'uses');
        const secrets = get(job.value, 'secrets');
        const shell = get(get(get(job.value, 'defaults'), 'run'), 'shell');
        jobs.push({
            id: job.key,
            path,
            node: job.value,
            env: named(get(job.value, 'env'), [...path, 'env'], 'job-env'),
            steps: stepsOf(get(job.value, 'steps'), [...path, 'steps']),
            containerValues,
            services,
            uses: uses && (0,_yaml_library_js__WEBPACK_IMPORTED_MODULE_2__/* .isScalar */ .jn)(uses) ? uses : null,
            with: named(get(job.value, 'with'), [...path, 'with'], 'job-with'),
            secrets: secrets && (0,_yaml_library_js__WEBPACK_IMPORTED_MODULE_2__/* .isMap */ .jh)(secrets) ? named(secrets, [...path, 'secrets'], 'job-secrets') : [],
            secretsScalar: secrets && (0,_yaml_library_js__WEBPACK_IMPORTED_MODULE_2__/* .isScalar */ .jn)(secrets) ? secrets : null,
            shell: (0,_yaml_walk_js__WEBPACK_IMPORTED_MODULE_1__/* .scalarValue */ .Um)(shell),
            shellNode: shell && (0,_yaml_library_js__WEBPACK_IMPORTED_MODULE_2__/* .isScalar */ .jn)(shell) ? shell : null,
        });
    }
    return { kind, document, budget, triggers, env: named(get(root, 'env'), ['env'], 'workflow-env'), jobs, inputDefaults };
}
function getDefault(input, document, budget) {
    if (!input || !(0,_yaml_library_js__WEBPACK_IMPORTED_MODULE_2__/* .isMap */ .jh)(input))
        return null;
    return (0,_yaml_walk_js__WEBPACK_IMPORTED_MODULE_1__/* .getValue */ ._W)(input, 'default', document, budget);
}
/** The env a step sees: workflow, then job, then step entries (later ones win). */
function effectiveEnv(model, job, step) {
    const env = new Map();
    for (const entry of [...model.env, ...job.env, ...(step?.env ?? [])])
        env.set(entry.name, entry);
    return env;
}
/** Every scalar string value of a job (env, with, run, container values, calls), for "does it use secrets". */
function jobScalars(job) {
    const values = [
        ...job.env.map((e) => e.value),
        ...job.containerValues.map((e) => e.value),
        ...job.with.map((e) => e.value),
        ...job.secrets.map((e) => e.value),
    ];
    for (const step of job.steps) {
        for (const entry of [...step.env, ...step.with])
            values.push(entry.value);
        values.push(step.run);
    }
    return values.filter((v) => v !== null && (0,_yaml_library_js__WEBPACK_IMPORTED_MODULE_2__/* .isScalar */ .jn)(v));
}


/***/ }),

/***/ 8435:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   dz: () => (/* binding */ findingAt),
/* harmony export */   i1: () => (/* binding */ HELP_BASE),
/* harmony export */   qe: () => (/* binding */ locatorFor),
/* harmony export */   zl: () => (/* binding */ secretNameFor)
/* harmony export */ });
/* unused harmony export spanOf */
/* harmony import */ var _yaml_library_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4716);
/* harmony import */ var _yaml_locate_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1281);
/* harmony import */ var _yaml_walk_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9606);



const locators = new WeakMap();
/** One locator per scalar, reused for every match inside it. */
function locatorFor(file, node) {
    let locator = locators.get(node);
    if (!locator) {
        locator = new _yaml_locate_js__WEBPACK_IMPORTED_MODULE_0__/* .ScalarLocator */ .HT(file.text, node);
        locators.set(node, locator);
    }
    return locator;
}
/** The source span of value characters [start, end) of a scalar, or of a whole node. */
function spanOf(file, node, start, end) {
    if ((0,_yaml_library_js__WEBPACK_IMPORTED_MODULE_2__/* .isScalar */ .jn)(node)) {
        const locator = locatorFor(file, node);
        const from = start ?? 0;
        const to = end ?? locator.value.length;
        if (to > from)
            return locator.span(from, to);
    }
    return (0,_yaml_locate_js__WEBPACK_IMPORTED_MODULE_0__/* .nodeSpan */ .Vk)(node);
}
function findingAt(file, meta, node, path, text, start, end) {
    const span = spanOf(file, node, start, end) ?? { start: 0, end: 0 };
    const finding = {
        ruleId: meta.id,
        category: meta.category,
        severity: text.severity ?? meta.severity,
        file: file.path,
        ...file.lines.range(span.start, span.end),
        message: text.message,
        remediation: text.remediation,
        yamlPath: (0,_yaml_walk_js__WEBPACK_IMPORTED_MODULE_1__/* .formatYamlPath */ .qD)(path),
    };
    if (text.secret !== undefined)
        finding.secret = text.secret;
    else
        finding.fingerprintSeed = text.seed ?? `${(0,_yaml_walk_js__WEBPACK_IMPORTED_MODULE_1__/* .formatYamlPath */ .qD)(path)}\0${text.message}`;
    return finding;
}
/** A suggested secret name for a variable: upper snake case, as repository secrets are named. */
function secretNameFor(name) {
    const upper = name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toUpperCase().replace(/[^A-Z0-9_]/g, '_');
    return /^[0-9]/.test(upper) ? `_${upper}` : upper;
}
const HELP_BASE = 'https://github.com/openai-secret-lint/openai-secret-lint/blob/main/docs/rules/github-actions.md';


/***/ }),

/***/ 727:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   kr: () => (/* binding */ isGitLabCiFile)
/* harmony export */ });
/* unused harmony exports gitlabCiFiles, includesOf, resolveLocal */
/* harmony import */ var _discover_read_text_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var _yaml_library_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(4716);
/* harmony import */ var _yaml_kept_parses_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3596);
/* harmony import */ var _yaml_load_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4041);
/* harmony import */ var _discover_classify_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6865);
/* harmony import */ var _kubernetes_yaml_view_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8615);
/* harmony import */ var _util_re2_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(5945);








const cache = new WeakMap();
const MAX_FILES = 1000;
/** True for `.gitlab-ci.yml` and every file it reaches through local `include:`. */
function isGitLabCiFile(file, context) {
    return file.kind === 'gitlab-ci' || gitlabCiFiles(context).has(file.path);
}
/**
 * The pipeline files of a scan: each `.gitlab-ci.yml` and, transitively, its local includes
 * (strings, lists, `local:` maps, globs), relative to the scan root. Cycles end where a file is
 * met again; missing files and remote/project/template/component includes become diagnostics.
 * Computed once per scan (keyed by the context's file list).
 */
function gitlabCiFiles(context) {
    const cached = cache.get(context.files);
    if (cached)
        return cached;
    const byPath = new Map(context.files.map((f) => [f.path, f]));
    const result = new Set();
    const queue = context.files.filter((f) => (0,_discover_classify_js__WEBPACK_IMPORTED_MODULE_4__/* .classify */ .L8)(f.path) === 'gitlab-ci').map((f) => f.path);
    while (queue.length > 0 && result.size < MAX_FILES) {
        const current = queue.shift();
        if (result.has(current))
            continue;
        result.add(current);
        const file = byPath.get(current);
        if (!file)
            continue;
        // As the scan reads: never through a symlink (a hostile one could point out of the root).
        const outcome = (0,_discover_read_text_js__WEBPACK_IMPORTED_MODULE_0__/* .readTextFileSync */ .F3)(file.absPath, context.settings.maxFileSize);
        if (outcome.kind !== 'text')
            continue;
        const text = outcome.text;
        // The rules parse this file again when the scan reaches it: the same parse serves them.
        // Fast where it applies: the includes are values, and a rule given this parse reports on it
        // only after analysing the file again on `yaml`'s (src/core/analyze.ts).
        const parsed = (0,_yaml_load_js__WEBPACK_IMPORTED_MODULE_3__/* .loadYaml */ .y)(current, text, { fast: true });
        (0,_yaml_kept_parses_js__WEBPACK_IMPORTED_MODULE_2__/* .keepParse */ .v)(context.files, current, text, parsed);
        const { local, notFollowed } = includesIn(parsed.documents);
        for (const pattern of local) {
            const matches = resolveLocal(pattern, [...byPath.keys()]);
            if (matches.length === 0) {
                context.diagnostic({ file: current, level: 'warning', code: 'gitlab-include-missing', message: `local include "${pattern}" matches no file in the scan; not analysed` });
            }
            for (const match of matches)
                if (!result.has(match))
                    queue.push(match);
        }
        if (notFollowed > 0) {
            context.diagnostic({
                file: current,
                level: 'info',
                code: 'gitlab-include-not-followed',
                message: `${notFollowed} remote, project, template or component include(s) not followed: their jobs are not analysed`,
            });
        }
    }
    cache.set(context.files, result);
    return result;
}
/** Local include patterns of a pipeline file, and how many other includes it has. */
function includesOf(text) {
    return includesIn(loadYaml('', text).documents);
}
function includesIn(documents) {
    const local = [];
    let notFollowed = 0;
    for (const doc of documents) {
        if (doc.errors.length > 0 || !(0,_yaml_library_js__WEBPACK_IMPORTED_MODULE_6__/* .isMap */ .jh)(doc.contents))
            continue;
        const view = new _kubernetes_yaml_view_js__WEBPACK_IMPORTED_MODULE_5__/* .YamlView */ .n(doc);
        const include = view.get(doc.contents, 'include');
        const entries = (0,_yaml_library_js__WEBPACK_IMPORTED_MODULE_6__/* .isSeq */ .oP)(include) ? view.items(include) : include ? [include] : [];
        for (const entry of entries) {
            const value = (0,_yaml_library_js__WEBPACK_IMPORTED_MODULE_6__/* .isScalar */ .jn)(entry) ? view.text(entry) : view.text(view.get(entry, 'local'));
            if (value && !/^https?:\/\//i.test(value) && ((0,_yaml_library_js__WEBPACK_IMPORTED_MODULE_6__/* .isScalar */ .jn)(entry) || view.get(entry, 'local')))
                local.push(value);
            else
                notFollowed++;
        }
    }
    return { local, notFollowed };
}
/** Repository paths a local include names: `/a/b.yml`, `a/b.yml`, globs with `*` and `**`. */
function resolveLocal(pattern, paths) {
    const clean = node_path__WEBPACK_IMPORTED_MODULE_1__.posix.normalize(pattern.trim().replace(/^\/+/, ''));
    if (!clean.includes('*'))
        return paths.includes(clean) ? [clean] : [];
    const source = clean
        .split(/(\*\*\/|\*\*|\*)/)
        .map((part) => (part === '**/' ? '(?:.*/)?' : part === '**' ? '.*' : part === '*' ? '[^/]*' : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')))
        .join('');
    // RE2: the glob comes from the scanned file, and `*a*a*a*b` backtracks exponentially in RegExp.
    const re = (0,_util_re2_js__WEBPACK_IMPORTED_MODULE_7__/* .re2 */ .wI)().RE2JS.compile(`^${source}$`);
    return paths.filter((p) => re.test(p) && /\.ya?ml$/i.test(p));
}


/***/ }),

/***/ 9773:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $s: () => (/* binding */ literalSeverity),
/* harmony export */   EP: () => (/* binding */ GITLAB_HELP),
/* harmony export */   J9: () => (/* binding */ readsServiceUrls),
/* harmony export */   xD: () => (/* binding */ CI_VARIABLE_ADVICE)
/* harmony export */ });
/* harmony import */ var _detectors_password_policy_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4637);
/* harmony import */ var _secret_names_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(58);


const GITLAB_HELP = 'https://github.com/openai-secret-lint/openai-secret-lint/blob/main/docs/rules/gitlab-ci.md';
const CI_VARIABLE_ADVICE = (name) => `Delete the value from the file and define ${name} as a masked and protected CI/CD variable (Settings > CI/CD > Variables), referenced as $${name}, or fetch it with a \`secrets:\` entry (Vault, Azure Key Vault, GCP Secret Manager, AWS Secrets Manager) authenticated by \`id_tokens\`. Rotate the value: it is in the repository history.`;
/**
 * Severity policy of a literal under a secret-like name in a pipeline (docs/rules/gitlab-ci.md),
 * null when the value is not reported (a placeholder or a reference):
 * - low: a throwaway service-container password (the password variable of a database or queue
 *   service of the job, or any password in a `services:` entry's own variables), whatever the
 *   value's case; an access key id or upload-only token; a value a comment calls a placeholder;
 * - medium: a guessable password, the policy every literal rule shares
 *   (src/detectors/password-policy.ts): a well-known or image default, lower-case words with at
 *   most a short number, a counting run or stand-in words;
 * - high (the rule's default): anything else.
 */
function literalSeverity(value, context) {
    const verdict = (0,_detectors_password_policy_js__WEBPACK_IMPORTED_MODULE_0__/* .judgeLiteral */ .zC)(context.name, value);
    if (!verdict)
        return null;
    const password = /(PASSWORD|PASSWD|PASS|PWD)$/.test((0,_secret_names_js__WEBPACK_IMPORTED_MODULE_1__/* .normalizeName */ .Pc)(context.name));
    if ((0,_secret_names_js__WEBPACK_IMPORTED_MODULE_1__/* .isServiceContainerPassword */ .uF)(context.name, context.serviceImages ?? []) || (context.inService && password)) {
        return { severity: 'low', note: ` ${_secret_names_js__WEBPACK_IMPORTED_MODULE_1__/* .SERVICE_PASSWORD_NOTE */ .rZ}` };
    }
    if (verdict.severity === 'low')
        return { severity: 'low', note: verdict.note };
    if (context.placeholderComment) {
        return { severity: 'low', note: ' A comment beside it says it is a placeholder to replace, so it is reported at low: replace it with a masked CI/CD variable, not with the real value in this file.' };
    }
    return verdict.severity === 'medium' ? { severity: 'medium', note: verdict.note } : { note: '' };
}
/**
 * The kinds of file gitlab-ci-literal-variable reads: the URL detector leaves service-container passwords to it
 * in these only (src/detectors/ci-services.ts), so that every such password has a reporter.
 */
function readsServiceUrls(kind) {
    return kind === 'gitlab-ci' || kind === 'yaml';
}


/***/ }),

/***/ 2882:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Om: () => (/* binding */ extendedJobs),
/* harmony export */   PN: () => (/* binding */ scriptLines),
/* harmony export */   R3: () => (/* binding */ serviceImagesOf),
/* harmony export */   U0: () => (/* binding */ scriptOwners),
/* harmony export */   aW: () => (/* binding */ pipelines),
/* harmony export */   fu: () => (/* binding */ SCRIPT_KEYS),
/* harmony export */   ht: () => (/* binding */ variablesOf),
/* harmony export */   nG: () => (/* binding */ variableFindings)
/* harmony export */ });
/* harmony import */ var _yaml_library_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4716);
/* harmony import */ var _yaml_locate_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1281);
/* harmony import */ var _kubernetes_report_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6060);
/* harmony import */ var _include_set_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(727);
/* harmony import */ var _kubernetes_yaml_view_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8615);
/* harmony import */ var _detectors_ci_services_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3004);






/** Top-level keys that are not jobs. */
const GLOBAL_KEYWORDS = new Set(['default', 'include', 'stages', 'variables', 'workflow', 'image', 'services', 'cache', 'before_script', 'after_script', 'spec', 'types']);
const SCRIPT_KEYS = ['before_script', 'script', 'after_script'];
function pipelines(file) {
    const out = [];
    for (const doc of file.yaml().documents) {
        if (doc.errors.length > 0 || !(0,_yaml_library_js__WEBPACK_IMPORTED_MODULE_5__/* .isMap */ .jh)(doc.contents))
            continue;
        const view = new _kubernetes_yaml_view_js__WEBPACK_IMPORTED_MODULE_3__/* .YamlView */ .n(doc);
        const root = doc.contents;
        const jobs = [];
        for (const entry of view.entries(root)) {
            if (GLOBAL_KEYWORDS.has(entry.key) || !(0,_yaml_library_js__WEBPACK_IMPORTED_MODULE_5__/* .isMap */ .jh)(entry.value))
                continue;
            jobs.push({ name: entry.key, node: entry.value, path: (0,_kubernetes_yaml_view_js__WEBPACK_IMPORTED_MODULE_3__/* .joinPath */ .u)('', entry.key) });
        }
        out.push({ view, root, jobs });
    }
    return out;
}
/** Every `variables:` block of a pipeline: global, default, jobs, `rules:`, `workflow:rules:`, services. */
function variablesOf(pipeline) {
    const { view, root } = pipeline;
    const out = [];
    const seen = new Set();
    const imagesOf = (owner) => view.items(view.get(owner, 'services')).map((service) => view.text(view.get(service, 'name') ?? service) ?? '').filter(Boolean);
    const hostsOfService = (service) => (0,_detectors_ci_services_js__WEBPACK_IMPORTED_MODULE_4__/* .serviceHostNames */ .wi)(view.text(view.get(service, 'name') ?? service) ?? '', view.text(view.get(service, 'alias')));
    const hostsOf = (owner) => view.items(view.get(owner, 'services')).flatMap(hostsOfService);
    const defaults = view.get(root, 'default');
    const pipelineImages = [...imagesOf(root), ...imagesOf(defaults)];
    const pipelineHosts = [...hostsOf(root), ...hostsOf(defaults)];
    let images = pipelineImages;
    let hosts = pipelineHosts;
    let inService = false;
    const block = (owner, path, scope) => {
        const variablesPath = (0,_kubernetes_yaml_view_js__WEBPACK_IMPORTED_MODULE_3__/* .joinPath */ .u)(path, 'variables');
        for (const entry of view.entries(view.get(owner, 'variables'))) {
            let valueNode = entry.value;
            let valuePath = (0,_kubernetes_yaml_view_js__WEBPACK_IMPORTED_MODULE_3__/* .joinPath */ .u)(variablesPath, entry.key);
            if ((0,_yaml_library_js__WEBPACK_IMPORTED_MODULE_5__/* .isMap */ .jh)(valueNode)) {
                valueNode = view.get(valueNode, 'value');
                valuePath = (0,_kubernetes_yaml_view_js__WEBPACK_IMPORTED_MODULE_3__/* .joinPath */ .u)(valuePath, 'value');
            }
            if (!(0,_yaml_library_js__WEBPACK_IMPORTED_MODULE_5__/* .isScalar */ .jn)(valueNode) || seen.has(valueNode))
                continue;
            seen.add(valueNode);
            const text = view.text(valueNode);
            if (text !== null)
                out.push({ name: entry.key, value: valueNode, key: entry.keyNode ?? null, text, path: valuePath, scope, serviceImages: images, inService, serviceHosts: hosts });
        }
    };
    const rules = (owner, path, scope) => {
        view.items(view.get(owner, 'rules'), true).forEach((rule, i) => block(rule, (0,_kubernetes_yaml_view_js__WEBPACK_IMPORTED_MODULE_3__/* .joinPath */ .u)((0,_kubernetes_yaml_view_js__WEBPACK_IMPORTED_MODULE_3__/* .joinPath */ .u)(path, 'rules'), i), `rules of ${scope}`));
    };
    const services = (owner, path, scope) => {
        const saved = images;
        const savedHosts = hosts;
        view.items(view.get(owner, 'services')).forEach((service, i) => {
            images = [view.text(view.get(service, 'name') ?? service) ?? ''];
            hosts = hostsOfService(service);
            inService = true;
            block(service, (0,_kubernetes_yaml_view_js__WEBPACK_IMPORTED_MODULE_3__/* .joinPath */ .u)((0,_kubernetes_yaml_view_js__WEBPACK_IMPORTED_MODULE_3__/* .joinPath */ .u)(path, 'services'), i), `a service of ${scope}`);
            inService = false;
        });
        images = saved;
        hosts = savedHosts;
    };
    block(root, '', 'the global variables');
    services(root, '', 'the pipeline');
    rules(view.get(root, 'workflow'), 'workflow', 'workflow');
    block(defaults, 'default', 'default');
    services(defaults, 'default', 'default');
    for (const job of pipeline.jobs) {
        const scope = `job ${job.name}`;
        // A job's own `services:` replace the default ones; those of the jobs it extends count too.
        const own = [job, ...extendedJobs(pipeline, job)].flatMap((j) => imagesOf(j.node));
        images = own.length > 0 ? own : pipelineImages;
        const ownHosts = [job, ...extendedJobs(pipeline, job)].flatMap((j) => hostsOf(j.node));
        hosts = ownHosts.length > 0 ? ownHosts : pipelineHosts;
        block(job.node, job.path, scope);
        rules(job.node, job.path, scope);
        services(job.node, job.path, scope);
    }
    images = pipelineImages;
    hosts = pipelineHosts;
    return out;
}
/** Lines of the `before_script`/`script`/`after_script` of a job (or of `default:`/the root). */
function scriptLines(file, view, owner, path) {
    const out = [];
    for (const key of SCRIPT_KEYS) {
        const script = view.get(owner, key);
        const keyPath = (0,_kubernetes_yaml_view_js__WEBPACK_IMPORTED_MODULE_3__/* .joinPath */ .u)(path, key);
        const scalars = (0,_yaml_library_js__WEBPACK_IMPORTED_MODULE_5__/* .isScalar */ .jn)(script)
            ? [{ node: script, path: keyPath }]
            : view.items(script, true).flatMap((item, i) => ((0,_yaml_library_js__WEBPACK_IMPORTED_MODULE_5__/* .isScalar */ .jn)(item) ? [{ node: item, path: (0,_kubernetes_yaml_view_js__WEBPACK_IMPORTED_MODULE_3__/* .joinPath */ .u)(keyPath, i) }] : []));
        for (const { node, path: itemPath } of scalars) {
            if (typeof node.value !== 'string')
                continue;
            const locator = new _yaml_locate_js__WEBPACK_IMPORTED_MODULE_0__/* .ScalarLocator */ .HT(file.text, node);
            let offset = 0;
            for (const line of locator.value.split('\n')) {
                out.push({ text: line, offset, locator, path: itemPath });
                offset += line.length + 1;
            }
        }
    }
    return out;
}
/** Jobs by name, per pipeline: built once, not once per job (pipelines have hundreds of jobs). */
const jobsByName = new WeakMap();
/** The jobs a job extends (same document, transitively, cycles stopped). */
function extendedJobs(pipeline, job) {
    let byName = jobsByName.get(pipeline);
    if (!byName)
        jobsByName.set(pipeline, (byName = new Map(pipeline.jobs.map((j) => [j.name, j]))));
    const out = [];
    const visit = (current, depth) => {
        if (depth > 16)
            return;
        const ext = pipeline.view.get(current.node, 'extends');
        const names = (0,_yaml_library_js__WEBPACK_IMPORTED_MODULE_5__/* .isScalar */ .jn)(ext) ? [pipeline.view.text(ext)] : pipeline.view.items(ext).map((n) => pipeline.view.text(n));
        for (const name of names) {
            const parent = name ? byName.get(name) : undefined;
            if (!parent || parent === job || out.includes(parent))
                continue;
            out.push(parent);
            visit(parent, depth + 1);
        }
    };
    visit(job, 0);
    return out;
}
/** Everything that can hold scripts: the root (deprecated global scripts), `default:` and each job. */
function scriptOwners(pipeline) {
    return [
        { node: pipeline.root, path: '', label: 'the global scripts', job: null },
        { node: pipeline.view.get(pipeline.root, 'default'), path: 'default', label: 'default', job: null },
        ...pipeline.jobs.map((job) => ({ node: job.node, path: job.path, label: `job ${job.name}`, job })),
    ];
}
/**
 * One finding per pipeline variable that `describe` picks (it returns the finding's details, or
 * null to pass), for pipeline files only: the loop the `variables:` rules share.
 */
function variableFindings(meta, file, context, describe) {
    if (!(0,_include_set_js__WEBPACK_IMPORTED_MODULE_2__/* .isGitLabCiFile */ .kr)(file, context))
        return [];
    const findings = [];
    for (const pipeline of pipelines(file)) {
        for (const variable of variablesOf(pipeline)) {
            const details = describe(variable);
            if (details)
                findings.push((0,_kubernetes_report_js__WEBPACK_IMPORTED_MODULE_1__/* .findingOnNode */ .$)(meta, file, variable.value, details));
        }
    }
    return findings;
}
/** Images of the service containers a job runs with (its own or its parents', else the default ones); for global scripts, the default ones. */
function serviceImagesOf(pipeline, job) {
    const { view, root } = pipeline;
    const imagesOf = (owner) => view.items(view.get(owner, 'services')).map((service) => view.text(view.get(service, 'name') ?? service) ?? '').filter(Boolean);
    const own = job ? [job, ...extendedJobs(pipeline, job)].flatMap((j) => imagesOf(j.node)) : [];
    return own.length > 0 ? own : [...imagesOf(root), ...imagesOf(view.get(root, 'default'))];
}


/***/ }),

/***/ 4548:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g_: () => (/* binding */ kustomizeGeneratorSourceRule)
/* harmony export */ });
/* unused harmony exports generatorSources, envEntries */
/* harmony import */ var _discover_read_text_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
/* harmony import */ var _discover_classify_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6865);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var _yaml_library_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(4716);
/* harmony import */ var _detectors_password_policy_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4637);
/* harmony import */ var _secret_names_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(58);
/* harmony import */ var _meta_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(3331);
/* harmony import */ var _provider_key_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2665);
/* harmony import */ var _report_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(6060);
/* harmony import */ var _secret_name_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(4712);
/* harmony import */ var _yaml_view_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(8615);











const cache = new WeakMap();
/** Files that kustomize generators read (`envs:`, `files:`), by POSIX path; computed once per scan. */
function generatorSources(context) {
    let index = cache.get(context.files);
    if (index)
        return index;
    index = new Map();
    const known = new Set(context.files.map((f) => f.path));
    for (const file of context.files) {
        if (!(0,_discover_classify_js__WEBPACK_IMPORTED_MODULE_1__/* .isKustomizationFile */ .yi)(file.path))
            continue;
        // As the scan reads: never through a symlink (a hostile one could point out of the root).
        const outcome = (0,_discover_read_text_js__WEBPACK_IMPORTED_MODULE_0__/* .readTextFileSync */ .F3)(file.absPath, context.settings.maxFileSize);
        if (outcome.kind !== 'text')
            continue;
        const text = outcome.text;
        const dir = node_path__WEBPACK_IMPORTED_MODULE_2__.posix.dirname(file.path);
        for (const doc of (0,_yaml_library_js__WEBPACK_IMPORTED_MODULE_9__/* .yamlLibrary */ .Tj)().parseAllDocuments(text)) {
            if (doc.errors.length > 0 || !(0,_yaml_library_js__WEBPACK_IMPORTED_MODULE_9__/* .isMap */ .jh)(doc.contents))
                continue;
            const view = new _yaml_view_js__WEBPACK_IMPORTED_MODULE_8__/* .YamlView */ .n(doc);
            for (const generator of ['secretGenerator', 'configMapGenerator']) {
                for (const item of view.items(view.get(doc.contents, generator))) {
                    const name = view.text(view.get(item, 'name')) ?? '(unnamed)';
                    for (const field of ['envs', 'env', 'files']) {
                        const refs = field === 'env' ? [view.get(item, 'env')] : view.items(view.get(item, field));
                        for (const ref of refs) {
                            const text = view.text(ref);
                            if (!text)
                                continue;
                            // `files:` entries may be `key=path`.
                            const rel = field === 'files' && text.includes('=') ? text.slice(text.indexOf('=') + 1) : text;
                            const target = node_path__WEBPACK_IMPORTED_MODULE_2__.posix.normalize(node_path__WEBPACK_IMPORTED_MODULE_2__.posix.join(dir, rel.trim()));
                            if (!known.has(target))
                                continue;
                            const list = index.get(target) ?? [];
                            list.push({ generator, name, field: field === 'files' ? 'files' : 'envs', kustomization: file.path });
                            index.set(target, list);
                        }
                    }
                }
            }
        }
    }
    cache.set(context.files, index);
    return index;
}
/** Secrets in the env files and files that kustomize generators turn into Secrets and ConfigMaps. */
const kustomizeGeneratorSourceRule = {
    meta: {
        id: 'kustomize-generator-source',
        category: 'unsafe-injection',
        severity: 'medium',
        description: 'A committed file feeds a kustomize secretGenerator (or secret-like keys of a configMapGenerator), so the secret is in the repository in plain text.',
        helpUri: _meta_js__WEBPACK_IMPORTED_MODULE_10__/* .K8S_HELP */ .lL,
    },
    appliesTo: (file) => file.kind !== 'kustomization',
    check(file, context) {
        const sources = generatorSources(context).get(file.path);
        if (!sources)
            return [];
        const findings = [];
        const remediation = 'Keep generator inputs out of git (list them in .gitignore and create them in CI from the secret store), or replace the generator with an ExternalSecret, SealedSecret or a SOPS-encrypted file.';
        for (const source of sources) {
            const isSecret = source.generator === 'secretGenerator';
            if (source.field === 'files') {
                if (!isSecret || (0,_provider_key_js__WEBPACK_IMPORTED_MODULE_5__/* .containsProviderKey */ .g)(file.text) || file.text.trim() === '')
                    continue;
                findings.push({
                    ...(0,_report_js__WEBPACK_IMPORTED_MODULE_6__/* .findingAt */ .d)(this.meta, file, 0, 0, {
                        message: `${file.path} is committed and becomes secretGenerator "${source.name}" of ${source.kustomization}.`,
                        remediation,
                        fingerprintSeed: `${source.kustomization}\0${source.name}`,
                    }),
                    line: null,
                    column: null,
                    endLine: null,
                    endColumn: null,
                });
                continue;
            }
            for (const entry of envEntries(file.text)) {
                if (!(0,_secret_names_js__WEBPACK_IMPORTED_MODULE_4__/* .isLiteralSecretValue */ .R4)(entry.value) && isSecret)
                    continue;
                if (isSecret ? (0,_provider_key_js__WEBPACK_IMPORTED_MODULE_5__/* .containsProviderKey */ .g)(entry.value) : !(0,_secret_name_js__WEBPACK_IMPORTED_MODULE_7__/* .isSecretLikeKey */ .V)(entry.key, context.settings))
                    continue;
                // The password policy of every literal rule (guessable: medium; an access key id: low).
                const verdict = isSecret ? null : (0,_detectors_password_policy_js__WEBPACK_IMPORTED_MODULE_3__/* .judgeLiteral */ .zC)(entry.key, entry.value);
                if (!isSecret && !verdict)
                    continue;
                findings.push((0,_report_js__WEBPACK_IMPORTED_MODULE_6__/* .findingAt */ .d)(this.meta, file, entry.start, entry.start + entry.value.length, {
                    severity: isSecret ? 'medium' : verdict.severity,
                    message: isSecret
                        ? `${entry.key} is committed in ${file.path}, which secretGenerator "${source.name}" of ${source.kustomization} reads.`
                        : `The secret-like ${entry.key} in ${file.path} becomes part of ConfigMap "${source.name}" (configMapGenerator of ${source.kustomization}).${verdict.note}`,
                    remediation,
                    secret: entry.value,
                }));
            }
        }
        return findings;
    },
};
/** `KEY=value` lines of an env file, with the value's offset (quotes excluded). */
function envEntries(text) {
    const out = [];
    const line = /^[ \t]*(?:export[ \t]+)?([A-Za-z_][A-Za-z0-9_.-]*)[ \t]*=[ \t]*(.*?)[ \t]*\r?$/gm;
    for (const match of text.matchAll(line)) {
        let value = match[2];
        let start = match.index + match[0].indexOf('=', match[0].indexOf(match[1]) + match[1].length) + 1;
        while (text[start] === ' ' || text[start] === '\t')
            start++;
        const quoted = /^(["'])(.*)\1$/.exec(value);
        if (quoted) {
            value = quoted[2];
            start++;
        }
        else {
            value = value.replace(/(?<![ \t])[ \t]+#.*$/, ''); // from a run's start only: linear in a long run of blanks
        }
        out.push({ key: match[1], value, start });
    }
    return out;
}


/***/ }),

/***/ 3331:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ob: () => (/* binding */ SECRET_KEY_REF_EXAMPLE),
/* harmony export */   aK: () => (/* binding */ SECRET_STORE_ADVICE),
/* harmony export */   lL: () => (/* binding */ K8S_HELP)
/* harmony export */ });
/** Where every Kubernetes, Helm and kustomize rule documents itself. */
const K8S_HELP = 'https://github.com/openai-secret-lint/openai-secret-lint/blob/main/docs/rules/kubernetes.md';
const SECRET_KEY_REF_EXAMPLE = (name) => `valueFrom: { secretKeyRef: { name: <secret-name>, key: ${name} } }`;
const SECRET_STORE_ADVICE = 'Keep the value out of the repository: create the Secret from your secret store (ExternalSecret, SealedSecret, a SOPS-encrypted file or the Secrets Store CSI driver).';


/***/ }),

/***/ 2665:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ containsProviderKey)
/* harmony export */ });
/* harmony import */ var _detectors_catalogue_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3946);
/* harmony import */ var _detectors_prefilter_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(764);


// The generic name=value rule is not a provider: a value it matches still deserves this finding.
// Built on first use: most scans never ask (a kustomize source, a Kubernetes value), and a second
// prefilter built at start made V8 optimise the constructor on a background thread that the
// process then waited for at exit (about 25 ms of a staged scan).
let prefilter = null;
/** True when the text holds a credential the provider catalogue knows (the text rule reports it). */
function containsProviderKey(text) {
    prefilter ??= new _detectors_prefilter_js__WEBPACK_IMPORTED_MODULE_1__/* .KeywordPrefilter */ .T(_detectors_catalogue_js__WEBPACK_IMPORTED_MODULE_0__/* .DETECTORS */ .c.filter((d) => d.id !== 'generic-secret'));
    return prefilter.candidates(text).some((detector) => detector.find(text).length > 0);
}


/***/ }),

/***/ 6060:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ findingOnNode),
/* harmony export */   d: () => (/* binding */ findingAt)
/* harmony export */ });
/* harmony import */ var _yaml_locate_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1281);

/** A finding at offsets into `file.text`. */
function findingAt(meta, file, start, end, details) {
    const finding = {
        ruleId: meta.id,
        category: meta.category,
        severity: details.severity ?? meta.severity,
        file: file.path,
        ...file.lines.range(start, Math.max(start, end)),
        message: details.message,
        remediation: details.remediation,
    };
    if (details.secret !== undefined)
        finding.secret = details.secret;
    if (details.yamlPath !== undefined)
        finding.yamlPath = details.yamlPath;
    if (details.decodedFrom)
        finding.decodedFrom = details.decodedFrom;
    if (details.fingerprintSeed !== undefined)
        finding.fingerprintSeed = details.fingerprintSeed;
    return finding;
}
/** A finding on a YAML node: a scalar's value as written (quotes excluded), or a whole collection. */
function findingOnNode(meta, file, node, details) {
    const span = (0,_yaml_locate_js__WEBPACK_IMPORTED_MODULE_0__/* .valueSpan */ .MK)(file.text, node) ?? { start: 0, end: 0 };
    return findingAt(meta, file, span.start, span.end, details);
}


/***/ }),

/***/ 4712:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ isSecretLikeKey),
/* harmony export */   u: () => (/* binding */ toSnakeCase)
/* harmony export */ });
/* harmony import */ var _secret_names_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(58);

/**
 * Structured configs (Helm values, manifests) name keys in camelCase, and use secret-like words
 * for keys that only point at a secret (`existingSecret`, `secretName`, `passwordKey`).
 */
const REFERENCE_KEYS = [
    /(^|_)EXISTING_/,
    // etcd's bootstrap identifier, not a credential.
    /^(ETCD_)?INITIAL_CLUSTER_TOKEN$/,
    /_REFS?$/,
    /SECRET_(KEY_)?NAMES?$/,
    /(PASSWORD|TOKEN|CREDENTIALS?)_KEYS?$/,
    /(^|_)(TLS|CERT|CERTS|CA|KEY|PASSWORD|TOKEN|CREDENTIALS?)_SECRET$/,
    /(PASSWORDS?|TOKENS?|CREDENTIALS?)_SECRETS?_/,
    // Settings about secrets: `secretFieldSelector: "type!=kubernetes.io/dockercfg"` picks which to watch.
    /_(POLICY|MODE|ANNOTATIONS?|LABELS?|PROVIDER|SOURCE|MOUNT|VOLUME|DIR|PREFIX|SUFFIX|FORMAT|PATTERN|REGEX|SIZE|COUNT|TIMEOUT|ENV|ENVS|ALG|ALGORITHM|CONFIG|ISSUER|ROTATION|SELECTORS?)$/,
];
function toSnakeCase(name) {
    return name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').replace(/([A-Z])(?=[A-Z][a-z])/g, '$1_');
}
/** isSecretLikeName for keys of structured configs, honouring `settings.secretNames`. */
function isSecretLikeKey(name, settings) {
    const snake = toSnakeCase(name).toUpperCase().replace(/[-.\s]/g, '_');
    const { extra, ignore } = settings.secretNames;
    const ignored = (n) => !(0,_secret_names_js__WEBPACK_IMPORTED_MODULE_0__/* .isSecretLikeName */ .RW)(n, { ignore, extra: ['*'] });
    if (ignore.length > 0 && (ignored(snake) || ignored(name)))
        return false;
    if (extra.length > 0 && (0,_secret_names_js__WEBPACK_IMPORTED_MODULE_0__/* .isSecretLikeName */ .RW)(snake, { extra }) && !(0,_secret_names_js__WEBPACK_IMPORTED_MODULE_0__/* .isSecretLikeName */ .RW)(snake))
        return true;
    if (!(0,_secret_names_js__WEBPACK_IMPORTED_MODULE_0__/* .isSecretLikeName */ .RW)(snake))
        return false;
    return !REFERENCE_KEYS.some((re) => re.test(snake));
}


/***/ }),

/***/ 8615:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   n: () => (/* binding */ YamlView),
/* harmony export */   u: () => (/* binding */ joinPath)
/* harmony export */ });
/* harmony import */ var _yaml_library_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4716);
/* harmony import */ var _yaml_locate_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1281);
/* harmony import */ var _yaml_walk_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9606);



/**
 * The navigation these rules need over one document, on top of src/yaml/walk.ts: aliases and
 * `<<` merge keys resolved under one alias budget per document, nodes kept where written.
 */
class YamlView {
    doc;
    budget = new _yaml_walk_js__WEBPACK_IMPORTED_MODULE_1__/* .AliasBudget */ .CR();
    constructor(doc) {
        this.doc = doc;
    }
    resolve(node) {
        return (0,_yaml_walk_js__WEBPACK_IMPORTED_MODULE_1__/* .resolveNode */ .hl)(node, this.doc, this.budget);
    }
    map(node) {
        const resolved = this.resolve(node);
        return (0,_yaml_library_js__WEBPACK_IMPORTED_MODULE_2__/* .isMap */ .jh)(resolved) ? resolved : null;
    }
    /** Sequence items, resolved; with `flatten`, nested sequences (GitLab `!reference`) are inlined. */
    items(node, flatten = false, depth = 0) {
        const seq = this.resolve(node);
        if (!seq || !(0,_yaml_library_js__WEBPACK_IMPORTED_MODULE_2__/* .isSeq */ .oP)(seq) || depth > 16)
            return [];
        const out = [];
        for (const item of seq.items) {
            const resolved = this.resolve(item);
            if (!resolved)
                continue;
            if (flatten && (0,_yaml_library_js__WEBPACK_IMPORTED_MODULE_2__/* .isSeq */ .oP)(resolved))
                for (const inner of this.items(resolved, true, depth + 1))
                    out.push(inner);
            else
                out.push(resolved);
        }
        return out;
    }
    entries(node) {
        return (0,_yaml_walk_js__WEBPACK_IMPORTED_MODULE_1__/* .mapEntries */ .Nn)(node, this.doc, this.budget).map((e) => ({ key: e.key, keyNode: e.keyNode, value: e.value }));
    }
    get(node, key) {
        return this.entries(node).find((e) => e.key === key)?.value ?? null;
    }
    /** A scalar's text (numbers and booleans as written), or null for anything else or an empty value. */
    text(node) {
        const resolved = this.resolve(node);
        if (!resolved || !(0,_yaml_library_js__WEBPACK_IMPORTED_MODULE_2__/* .isScalar */ .jn)(resolved) || resolved.value === null || resolved.value === undefined)
            return null;
        return (0,_yaml_locate_js__WEBPACK_IMPORTED_MODULE_0__/* .scalarText */ .ws)(resolved);
    }
}
/** `a.b[0].c`, in the format of src/yaml/walk.ts. */
function joinPath(base, key) {
    const tail = (0,_yaml_walk_js__WEBPACK_IMPORTED_MODULE_1__/* .formatYamlPath */ .qD)([key]);
    if (base === '')
        return tail;
    return tail.startsWith('[') ? base + tail : `${base}.${tail}`;
}


/***/ }),

/***/ 5029:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ PLAIN_FILE_RULES),
/* harmony export */   v: () => (/* binding */ REPOSITORY_RULES)
/* harmony export */ });
/* harmony import */ var _browser_exposure_dangerously_allow_browser_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1140);
/* harmony import */ var _browser_exposure_public_env_api_key_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3012);
/* harmony import */ var _commands_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4023);
/* harmony import */ var _custom_detectors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2150);
/* harmony import */ var _env_files_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9751);
/* harmony import */ var _kubernetes_kustomize_sources_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4548);
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(1828);
/**
 * The rules a scan of plain files runs (kind 'other': sources, scripts, notes), without the
 * structural ones: those apply only to files of other kinds, which YAML and the full rule list
 * come with (src/analyzers/active-rules.ts, loaded by src/core/libraries.ts). A pre-commit scan of
 * a Python change then never loads the GitHub Actions, GitLab CI and Kubernetes analyzers.
 * test/core/plain-rules.test.ts holds this list to FILE_RULES: the same rules in the same
 * order, and no other rule applying to a plain file.
 */







/** In FILE_RULES order. */
const PLAIN_FILE_RULES = [_text_js__WEBPACK_IMPORTED_MODULE_6__/* .hardcodedSecretRule */ .rl, _kubernetes_kustomize_sources_js__WEBPACK_IMPORTED_MODULE_5__/* .kustomizeGeneratorSourceRule */ .g_, _browser_exposure_dangerously_allow_browser_js__WEBPACK_IMPORTED_MODULE_0__/* .dangerouslyAllowBrowserRule */ .J, _browser_exposure_public_env_api_key_js__WEBPACK_IMPORTED_MODULE_1__/* .publicEnvApiKeyRule */ .C, ..._commands_index_js__WEBPACK_IMPORTED_MODULE_2__/* .COMMAND_RULES */ .u, _custom_detectors_js__WEBPACK_IMPORTED_MODULE_3__/* .customDetectorsRule */ .zE];
/** Every repository rule (only the env-file area has any); the registry lists these. */
const REPOSITORY_RULES = [_text_js__WEBPACK_IMPORTED_MODULE_6__/* .secretInPathRule */ .D0, ..._env_files_index_js__WEBPACK_IMPORTED_MODULE_4__/* .ENV_FILE_REPOSITORY_RULES */ .e];


/***/ }),

/***/ 58:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Eh: () => (/* reexport safe */ _detectors_secret_names_js__WEBPACK_IMPORTED_MODULE_0__.Eh),
/* harmony export */   Pc: () => (/* reexport safe */ _detectors_secret_names_js__WEBPACK_IMPORTED_MODULE_0__.Pc),
/* harmony export */   R4: () => (/* reexport safe */ _detectors_secret_names_js__WEBPACK_IMPORTED_MODULE_0__.R4),
/* harmony export */   RW: () => (/* reexport safe */ _detectors_secret_names_js__WEBPACK_IMPORTED_MODULE_0__.RW),
/* harmony export */   T3: () => (/* reexport safe */ _detectors_secret_names_js__WEBPACK_IMPORTED_MODULE_0__.T3),
/* harmony export */   Yn: () => (/* reexport safe */ _detectors_secret_names_js__WEBPACK_IMPORTED_MODULE_0__.Yn),
/* harmony export */   h0: () => (/* reexport safe */ _detectors_secret_names_js__WEBPACK_IMPORTED_MODULE_0__.h0),
/* harmony export */   hj: () => (/* reexport safe */ _detectors_secret_names_js__WEBPACK_IMPORTED_MODULE_0__.hj),
/* harmony export */   ki: () => (/* reexport safe */ _detectors_secret_names_js__WEBPACK_IMPORTED_MODULE_0__.ki),
/* harmony export */   lv: () => (/* reexport safe */ _detectors_secret_names_js__WEBPACK_IMPORTED_MODULE_0__.lv),
/* harmony export */   nQ: () => (/* reexport safe */ _detectors_secret_names_js__WEBPACK_IMPORTED_MODULE_0__.nQ),
/* harmony export */   rZ: () => (/* reexport safe */ _detectors_secret_names_js__WEBPACK_IMPORTED_MODULE_0__.rZ),
/* harmony export */   s9: () => (/* reexport safe */ _detectors_secret_names_js__WEBPACK_IMPORTED_MODULE_0__.s9),
/* harmony export */   uF: () => (/* reexport safe */ _detectors_secret_names_js__WEBPACK_IMPORTED_MODULE_0__.uF),
/* harmony export */   xI: () => (/* reexport safe */ _detectors_secret_names_js__WEBPACK_IMPORTED_MODULE_0__.xI)
/* harmony export */ });
/* harmony import */ var _detectors_secret_names_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9510);
/**
 * The secret-name logic lives with the detectors (the generic rule needs it, and detectors never
 * import analyzers); the rules keep importing it from here.
 */



/***/ }),

/***/ 1828:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D0: () => (/* binding */ secretInPathRule),
/* harmony export */   rl: () => (/* binding */ hardcodedSecretRule)
/* harmony export */ });
/* unused harmony exports detectorMeta, findSecretsInText, fitRemediation */
/* harmony import */ var _core_settings_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3642);
/* harmony import */ var _detectors_catalogue_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3946);
/* harmony import */ var _detectors_find_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4016);
/* harmony import */ var _gitlab_ci_meta_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9773);




function detectorMeta(detector) {
    return {
        id: detector.id,
        category: 'hardcoded-secret',
        severity: detector.severity,
        description: `A hardcoded ${detector.provider} credential: ${detector.grants}.`,
        helpUri: detector.helpUri,
    };
}
/** Hardcoded credentials in any text file, by the provider catalogue, also inside encoded text. */
const hardcodedSecretRule = {
    meta: {
        id: 'hardcoded-secret',
        category: 'hardcoded-secret',
        severity: 'critical',
        description: 'A credential written into a file instead of coming from a secret store.',
        helpUri: 'https://github.com/openai-secret-lint/openai-secret-lint/blob/main/docs/rules/hardcoded-secrets.md',
    },
    reports: _detectors_catalogue_js__WEBPACK_IMPORTED_MODULE_0__/* .DETECTORS */ .c.map(detectorMeta),
    appliesTo: () => true,
    check(file, context) {
        const findings = findSecretsInText(file, { decodeDepth: context.settings.decodeDepth, secretNames: context.settings.secretNames });
        // In env files, secret-like assignments are env-file-secret's (with the file's ignore context);
        // reporting them here too would show one value twice.
        return file.kind === 'env' ? findings.filter((f) => f.ruleId !== 'generic-secret') : findings;
    },
};
/**
 * Findings for one file. A secret found after decoding is an `encoded-secret` at the encoded
 * text's position, with the chain of encodings it was found under.
 */
function findSecretsInText(file, options = {}) {
    const findings = [];
    const language = SOURCE_CODE.test(file.path) ? { language: 'code' } : YAML_FILE.test(file.path) ? { yaml: true } : {};
    // A service-container URL password is left to gitlab-ci-literal-variable only in files it reads.
    const pipeline = file.kind !== undefined && (0,_gitlab_ci_meta_js__WEBPACK_IMPORTED_MODULE_2__/* .readsServiceUrls */ .J9)(file.kind) ? { gitlabPipeline: true } : {};
    const inFixtures = TEST_FIXTURES.test(file.path) ? ' It sits among test fixtures: if it was made for tests only, mark it with an ignore comment; if it was ever real, rotate it.' : '';
    for (const match of (0,_detectors_find_js__WEBPACK_IMPORTED_MODULE_1__/* .findSecrets */ .d)(file.text, { decodeDepth: _core_settings_js__WEBPACK_IMPORTED_MODULE_3__/* .DEFAULT_DECODE_DEPTH */ .l$, ...options, ...language, ...pipeline })) {
        const encodedFrom = encodings(match);
        findings.push(secretFinding(match, file.text, { file: file.path, ...file.lines.range(match.start, match.end) }, {
            message: describe(match.detector, match.kind, encodedFrom) + splitNote(match) + inFixtures,
            remediation: fitRemediation(match.detector.remediation, file),
        }));
    }
    return findings;
}
/**
 * Source files of programming languages: there a string literal is quoted, so the generic rule
 * reads an unquoted right-hand side as code. Shell, Makefiles and config formats are not here:
 * their unquoted values are literals.
 */
const SOURCE_CODE = /\.(py|pyi|js|mjs|cjs|jsx|ts|mts|cts|tsx|java|kt|kts|scala|groovy|go|rs|rb|php|cs|fs|swift|m|mm|c|cc|cpp|cxx|h|hpp|dart|lua|ex|exs|erl|clj|jl|r|R|vue|svelte)$/;
/** YAML files, where a value may be folded over more-indented lines. */
const YAML_FILE = /\.ya?ml$/i;
/** Paths of test data (`tests/fixtures/...`, `testdata/`, `__fixtures__/`). */
const TEST_FIXTURES = /(^|\/)(tests?\/(fixtures?|data)|testdata|test-data|__fixtures__|fixtures?)\//i;
function describe(detector, kind, decodedFrom) {
    // The generic rule knows no provider: say what it saw, a name given a random-looking literal.
    const what = detector.id === 'generic-secret' ? `A random-looking literal assigned to \`${kind.replace(/^value of /, '')}\`` : `${detector.provider} ${kind}`;
    if (decodedFrom)
        return `${what} hidden in ${decodedFrom.join(' inside ')}-encoded text.`;
    return detector.id === 'generic-secret' ? `${what} looks like a hardcoded secret.` : `Hardcoded ${what}.`;
}
/** A key written over several lines: say so, since a reader looking at one line sees only a part. */
function splitNote(match) {
    const parts = match.parts;
    if (parts === undefined)
        return '';
    return ` It is split over ${parts.length} lines: the parts joined are the ${match.decodedFrom ? 'encoded text' : 'key'}.`;
}
/** The catalogue's remediations end with a workflow example; elsewhere that is the wrong fix. */
const WORKFLOW_EXAMPLE = / ?\(e\.g\. \$\{\{ secrets\.([A-Za-z0-9_]+) \}\}\)/;
/** The secret-store advice for where the key was found: a workflow, a pipeline, a manifest, code. */
function fitRemediation(remediation, file) {
    const example = WORKFLOW_EXAMPLE.exec(remediation);
    if (!example)
        return remediation;
    const name = example[1];
    const kind = file.kind;
    let where;
    if (kind === undefined || kind === 'workflow' || kind === 'action')
        return remediation;
    else if (kind === 'gitlab-ci')
        where = ` (a masked, protected GitLab CI/CD variable, read as $${name})`;
    else if (kind === 'k8s' || kind === 'helm-values' || kind === 'kustomization')
        where = ' (a Kubernetes Secret the pod reads with secretKeyRef, kept out of git with Sealed Secrets, External Secrets or SOPS)';
    else if (kind === 'env' || kind === 'env-template')
        where = ` (keep this file out of git and fill ${name} from a secrets manager where it is deployed)`;
    else if (kind === 'compose' || kind === 'dockerfile')
        where = ` (passed in at run time, e.g. Compose or Docker secrets, never baked into the image or the file)`;
    else
        where = ` (read at run time from the environment, e.g. ${name} set by the deployment's secrets manager)`;
    return remediation.replace(example[0], where);
}
/**
 * A key used as a file or directory name (`dir-<key>/a.txt`): the name is committed like any
 * content and is quoted by every report. Reported once per directory (on its first file) and
 * once per file name, as a finding about the whole file (line null).
 */
const secretInPathRule = {
    meta: {
        id: 'secret-in-path',
        category: 'hardcoded-secret',
        severity: 'critical',
        description: 'A credential written into a file or directory name.',
        helpUri: hardcodedSecretRule.meta.helpUri,
    },
    reports: _detectors_catalogue_js__WEBPACK_IMPORTED_MODULE_0__/* .DETECTORS */ .c.map(detectorMeta),
    async checkRepository(context) {
        const findings = [];
        const seenInDirectory = new Set();
        const files = [...context.files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
        for (const file of files) {
            const nameStart = file.path.lastIndexOf('/') + 1;
            for (const match of (0,_detectors_find_js__WEBPACK_IMPORTED_MODULE_1__/* .findSecrets */ .d)(file.path, { decodeDepth: context.settings.decodeDepth, secretNames: context.settings.secretNames })) {
                const inDirectory = match.end <= nameStart;
                if (inDirectory) {
                    const key = `${file.path.slice(0, file.path.indexOf('/', match.end) + 1)}\0${match.start}`;
                    if (seenInDirectory.has(key))
                        continue;
                    seenInDirectory.add(key);
                }
                const { detector } = match;
                const encodedFrom = encodings(match);
                const where = inDirectory ? 'a directory holding this file' : 'this file';
                findings.push(secretFinding(match, file.path, { file: file.path, line: null, column: null, endLine: null, endColumn: null }, {
                    message: `${encodedFrom ? `${detector.provider} ${match.kind} hidden in ${encodedFrom.join(' inside ')}-encoded text` : `${detector.provider} ${match.kind}`} in the name of ${where}.`,
                    remediation: `Rename the ${inDirectory ? 'directory' : 'file'}, then: ${detector.remediation}`,
                }));
            }
        }
        return findings;
    },
};
/** The encodings a secret was found under, or undefined when it was written plainly. */
function encodings(match) {
    return match.decodedFrom !== undefined && match.decodedFrom.length > 0 ? match.decodedFrom : undefined;
}
/**
 * A detector's match as a finding, wherever the text came from (a file's content, a path):
 * an encoded secret keeps its chain and the encoded text it was read from (so that is masked too).
 */
function secretFinding(match, scanned, location, text) {
    const encodedFrom = encodings(match);
    const finding = {
        ruleId: match.detector.id,
        category: encodedFrom ? 'encoded-secret' : 'hardcoded-secret',
        severity: match.severity ?? match.detector.severity,
        ...location,
        ...text,
        secret: match.secret,
        secretPrefix: match.prefix,
    };
    if (encodedFrom) {
        finding.decodedFrom = encodedFrom;
        finding.secretSource = match.parts ? match.parts.join('') : scanned.slice(match.start, match.end);
    }
    if (match.parts)
        finding.secretParts = match.parts;
    return finding;
}


/***/ }),

/***/ 6820:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ isSuppressedInline)
/* harmony export */ });
/**
 * Inline suppression, in any comment syntax, on the finding's line or alone on the line before:
 * `openai-secret-lint:ignore`, optionally `openai-secret-lint:ignore[rule-id, ...] reason`,
 * plus `gitleaks:allow` and `pragma: allowlist secret` / `pragma: allowlist nextline secret` for
 * teams that migrate. The directive is found anywhere on the line, so `#`, `//`, block comments,
 * `<!-- -->`, `--` and `;` comments all work.
 */
const DIRECTIVE = /openai-secret-lint:ignore(?:\[([^\]]*)\])?|gitleaks:allow|pragma:\s*allowlist(?:[ -]nextline)?[ -]secret/g;
/** Text before a directive that makes its line a comment of its own (it then covers the next line). */
const COMMENT_ONLY = /^\s*(#|\/\/|\/\*|<!--|--|;|\*|REM\b)?\s*$/i;
/** Per file, the directives of each line asked about: many findings on one long line parse it once. */
const parsed = new WeakMap();
function directivesOn(lines, line) {
    let known = parsed.get(lines);
    if (!known)
        parsed.set(lines, (known = new Map()));
    let directives = known.get(line);
    if (directives === undefined) {
        directives = [];
        const text = lines.lineText(line);
        if (text.includes('gitleaks') || text.includes('openai-secret-lint') || text.includes('pragma')) {
            for (const match of text.matchAll(DIRECTIVE)) {
                const scope = match[1];
                directives.push({ ids: scope === undefined ? null : scope.split(',').map((id) => id.trim()), ownLine: COMMENT_ONLY.test(text.slice(0, match.index)) });
            }
        }
        known.set(line, directives);
    }
    return directives;
}
function isSuppressedInline(finding, lines) {
    if (finding.line === null)
        return false;
    for (const line of [finding.line, finding.line - 1]) {
        if (line < 1)
            continue;
        for (const directive of directivesOn(lines, line)) {
            // A trailing comment (`key: ... # ignore`) covers its own line only, not the next one.
            if (line !== finding.line && !directive.ownLine)
                continue;
            if (directive.ids === null)
                return true;
            if (directive.ids.includes(finding.ruleId) || directive.ids.includes(finding.category))
                return true;
        }
    }
    return false;
}


/***/ }),

/***/ 6846:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   r: () => (/* binding */ LineIndex)
/* harmony export */ });
/**
 * Maps offsets in a decoded text (UTF-16 code units, BOM already removed) to 1-based line and
 * column, with columns counted in characters (code points) as editors and GitHub show them.
 * Lines end at `\n`; a `\r` before it belongs to the line's end, not its columns.
 */
class LineIndex {
    text;
    lineStarts;
    pairs;
    constructor(text) {
        this.text = text;
    }
    /** Offsets where lines start, found on first use: most files have nothing to report. */
    get starts() {
        if (this.lineStarts === undefined) {
            const starts = [0];
            for (let i = this.text.indexOf('\n'); i !== -1; i = this.text.indexOf('\n', i + 1))
                starts.push(i + 1);
            this.lineStarts = starts;
        }
        return this.lineStarts;
    }
    get lineCount() {
        return this.starts.length;
    }
    /** 1-based line of an offset. */
    lineOf(offset) {
        let lo = 0;
        let hi = this.starts.length - 1;
        while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            if ((this.starts[mid] ?? 0) <= offset)
                lo = mid;
            else
                hi = mid - 1;
        }
        return lo + 1;
    }
    lineStart(line) {
        return this.starts[line - 1] ?? this.text.length;
    }
    /** The text of a 1-based line without its line ending. */
    lineText(line) {
        const start = this.lineStart(line);
        let end = line < this.starts.length ? this.lineStart(line + 1) - 1 : this.text.length;
        if (end > start && this.text.charCodeAt(end - 1) === 13)
            end--;
        return this.text.slice(start, end);
    }
    position(offset) {
        const line = this.lineOf(offset);
        const start = this.lineStart(line);
        return { line, column: offset - start - this.pairsIn(start, offset) + 1 };
    }
    /**
     * Surrogate pairs (two code units, one character) starting in [from, to - 1): found once per
     * text, so that a column costs a binary search, not a walk along its line (many findings on one
     * long line would cost the line's length each).
     */
    pairsIn(from, to) {
        if (this.pairs === undefined) {
            this.pairs = [];
            for (const m of this.text.matchAll(/[\uD800-\uDBFF][\uDC00-\uDFFF]/g))
                this.pairs.push(m.index);
        }
        if (this.pairs.length === 0)
            return 0;
        return firstAtLeast(this.pairs, to - 1) - firstAtLeast(this.pairs, from);
    }
    /** Start and end (exclusive end offset, reported as the column after the last character). */
    range(start, end) {
        const from = this.position(start);
        const to = this.position(end);
        return { line: from.line, column: from.column, endLine: to.line, endColumn: to.column };
    }
}
/** Index of the first element of the sorted `values` that is >= `target` (values.length if none). */
function firstAtLeast(values, target) {
    let lo = 0;
    let hi = values.length;
    while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (values[mid] < target)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}


/***/ }),

/***/ 3225:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ wildcardMatch),
/* harmony export */   z: () => (/* binding */ segmentWildcardMatch)
/* harmony export */ });
/**
 * `*` wildcards from the scanned repository's config (`secretNames`, `envFiles.templates`),
 * matched without a regular expression: `^.*A.*A.*A.*B$` backtracks in time exponential in its
 * stars on a long name, and both the pattern and the name come from the repository.
 */
/**
 * True when `text` matches `pattern` whole, `*` standing for any run of characters (none
 * included). Greedy with one backtrack point (the last star): O(|pattern|.|text|) at worst.
 */
function wildcardMatch(pattern, text) {
    let p = 0;
    let t = 0;
    let star = -1;
    let resume = 0;
    while (t < text.length) {
        if (p < pattern.length && pattern[p] === '*') {
            star = p++;
            resume = t;
        }
        else if (p < pattern.length && pattern[p] === text[t]) {
            p++;
            t++;
        }
        else if (star !== -1) {
            // The last star takes one more character; earlier stars never need to (any later literal
            // run the last star skips past could be matched by it as well).
            p = star + 1;
            t = ++resume;
        }
        else {
            return false;
        }
    }
    while (p < pattern.length && pattern[p] === '*')
        p++;
    return p === pattern.length;
}
/** A path glob where `*` stays inside one `/`-separated segment: segments are matched pairwise. */
function segmentWildcardMatch(pattern, path) {
    const patterns = pattern.split('/');
    const segments = path.split('/');
    return patterns.length === segments.length && patterns.every((p, i) => wildcardMatch(p, segments[i]));
}


/***/ }),

/***/ 3946:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  c: () => (/* binding */ DETECTORS)
});

;// CONCATENATED MODULE: ./.build-emit/src/detectors/openai.js
/** base64 of "OpenAI": every OpenAI secret key carries it in its body. */
const OPENAI_MARKER = 'T3BlbkFJ';
const KEY_KINDS = {
    proj: 'project key',
    svcacct: 'service-account key',
    service: 'service-account key',
    admin: 'admin key',
    None: 'user key without a project',
};
/**
 * A run of key characters that starts with `sk-`. Key bodies use `A-Za-z0-9_-` and may begin or
 * end with `-` or `_`, so the run is delimited by any other character rather than by `\b`.
 * A single greedy character class cannot backtrack catastrophically; the shape is checked in code.
 */
const CANDIDATE = /sk-[A-Za-z0-9_-]+/g;
const BODY_SIDE_MIN = 20;
const BODY_SIDE_MAX = 256;
const openaiDetector = {
    id: 'openai-api-key',
    provider: 'OpenAI',
    grants: 'API access billed to the OpenAI organization or project (admin keys: manage keys and users)',
    keywords: [OPENAI_MARKER, 'sk-None-'],
    severity: 'critical',
    remediation: 'Revoke the key at https://platform.openai.com/api-keys (admin keys: https://platform.openai.com/settings/organization/admin-keys), create a new one and store it in the platform secret store (e.g. ${{ secrets.OPENAI_API_KEY }}).',
    helpUri: 'https://platform.openai.com/docs/api-reference/authentication',
    find(text) {
        const matches = [];
        for (const candidate of text.matchAll(CANDIDATE)) {
            const run = candidate[0];
            const runStart = candidate.index;
            // One run can hold several keys glued together: each marker anchors one key, and two keys
            // split at the last `sk-` before the next marker (an `sk-` inside one key's body is harmless).
            const markers = [];
            for (let m = run.indexOf(OPENAI_MARKER); m !== -1; m = run.indexOf(OPENAI_MARKER, m + OPENAI_MARKER.length))
                markers.push(m);
            let keyStart = 0;
            markers.forEach((marker, i) => {
                const next = markers[i + 1];
                const split = next === undefined ? -1 : run.lastIndexOf('sk-', next);
                if (next !== undefined && split <= marker + OPENAI_MARKER.length)
                    return; // not a boundary: one key
                const keyEnd = next === undefined ? run.length : split;
                const match = classify(run.slice(keyStart, keyEnd));
                if (match)
                    matches.push({ ...match, start: runStart + keyStart, end: runStart + keyEnd });
                keyStart = keyEnd;
            });
            if (!run.includes(OPENAI_MARKER) && run.startsWith('sk-None-')) {
                const body = run.slice('sk-None-'.length);
                if (/^[A-Za-z0-9]{48}$/.test(body) && looksRandom(body)) {
                    matches.push({ start: runStart, end: runStart + run.length, secret: run, prefix: 'sk-None-', kind: KEY_KINDS.None });
                }
            }
        }
        return matches;
    },
};
function classify(key) {
    const kindMatch = /^sk-(proj|svcacct|service|admin|None)-/.exec(key);
    const prefix = kindMatch ? kindMatch[0] : 'sk-';
    const body = key.slice(prefix.length);
    const marker = body.indexOf(OPENAI_MARKER);
    const left = body.slice(0, marker);
    const right = body.slice(marker + OPENAI_MARKER.length);
    if (left.length < BODY_SIDE_MIN || right.length < BODY_SIDE_MIN)
        return null;
    if (left.length > BODY_SIDE_MAX || right.length > BODY_SIDE_MAX)
        return null;
    if (!looksRandom(left) || !looksRandom(right))
        return null;
    let kind;
    if (kindMatch)
        kind = KEY_KINDS[kindMatch[1]];
    else if (/^[A-Za-z0-9]{20}$/.test(left) && /^[A-Za-z0-9]{20}$/.test(right))
        kind = 'legacy user key';
    else
        kind = 'secret key';
    return { secret: key, prefix, kind };
}
/** Rejects placeholder bodies such as `xxxxxxxx...` or `aaaa...` that only imitate the shape. */
function looksRandom(part) {
    return new Set(part).size >= Math.min(8, Math.ceil(part.length / 3));
}

// EXTERNAL MODULE: ./.build-emit/src/detectors/entropy.js
var entropy = __webpack_require__(1678);
// EXTERNAL MODULE: ./.build-emit/src/detectors/placeholders.js
var placeholders = __webpack_require__(7473);
;// CONCATENATED MODULE: ./.build-emit/src/detectors/token.js
/**
 * Building blocks for detectors: a single greedy character-class run per candidate (which
 * cannot backtrack catastrophically), with shape, boundary and placeholder checks done in code.
 */


const WORD = /[A-Za-z0-9]/;
function escapeRegExp(text) {
    return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
/** True when the characters around [start, end) do not continue a token. */
function isolated(text, start, end, after = /[A-Za-z0-9_]/) {
    return !WORD.test(text[start - 1] ?? '') && !after.test(text[end] ?? '');
}
/** A detector for `prefix + body` tokens such as `ghp_...`, `glpat-...`, `AIza...`. */
function tokenDetector(spec) {
    const prefixes = [...spec.prefixes].sort((a, b) => b.length - a.length);
    const candidate = new RegExp(`(?:${prefixes.map(escapeRegExp).join('|')})[${spec.body}]+`, 'g');
    return {
        id: spec.id,
        provider: spec.provider,
        grants: spec.grants,
        keywords: spec.keywords ?? spec.prefixes,
        ...(spec.exactKeywords ? { exactKeywords: spec.exactKeywords } : {}),
        severity: spec.severity,
        remediation: spec.remediation,
        helpUri: spec.helpUri,
        validators: ['shape', 'randomness', 'placeholder'],
        find(text) {
            const matches = [];
            for (const m of text.matchAll(candidate)) {
                const token = m[0];
                const start = m.index;
                const end = start + token.length;
                if (!isolated(text, start, end))
                    continue;
                const prefix = prefixes.find((p) => token.startsWith(p));
                const body = token.slice(prefix.length);
                if (body.length < spec.min || body.length > spec.max)
                    continue;
                // Cheapest checks first: structure, then randomness and placeholder words.
                if (spec.validate && !spec.validate(body, prefix))
                    continue;
                if (!(0,entropy/* looksRandom */.EZ)(body))
                    continue;
                if (spec.placeholderCheck !== false && (0,placeholders/* isPlaceholderBody */.u5)(body))
                    continue;
                const kind = typeof spec.kind === 'string' ? spec.kind : spec.kind(prefix, body);
                matches.push({ start, end, secret: token, prefix, kind });
            }
            return matches;
        },
    };
}

;// CONCATENATED MODULE: ./.build-emit/src/detectors/providers/remediation.js
/** The common tail of every remediation line. */
function rotate(where, secretName) {
    return `Revoke it at ${where}, create a new one and store it in the platform secret store (e.g. \${{ secrets.${secretName} }}).`;
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./.build-emit/src/detectors/published-examples.js
/**
 * Keys that are published as examples: shipped in the test resources and sample apps of public
 * SDKs, copied into countless repositories, and granting nothing. They are key-shaped, so only
 * their digests are kept here (the first 16 hex digits of SHA-256); a match costs one hash of a
 * value that already passed every other check.
 */

/** Google API keys from the test resources of firebase/firebase-android-sdk (also allowlisted by gitleaks). */
const GOOGLE_EXAMPLE_KEYS = new Set([
    'f56e323494a6ffc2',
    '2037abcaffb2b777',
    '3f370c9dd8225c63',
    'e4a5542bb7fd7b67',
    'a19f89ab3555eac1',
    '0b476bdf9acf2123',
    'eb540d2b6ee2a0a4',
    '37f8f09bdf12c2f2',
    '8731261cb72d8626',
    '49f777db995e8260',
    '27a9a42931dff7eb',
    'dc0fcf046c61640c',
    '4c98242dcadc8b29',
    'ea9bb1082cf95663',
    '3a8b61d0f636b007',
    'a6c814bc555ae62c',
]);
function digestOf(value) {
    return (0,external_node_crypto_.createHash)('sha256').update(value).digest('hex').slice(0, 16);
}
/** True for a Google (`AIza...`) key that an SDK publishes in its own examples. */
function isPublishedGoogleExample(key) {
    return GOOGLE_EXAMPLE_KEYS.has(digestOf(key));
}

;// CONCATENATED MODULE: ./.build-emit/src/detectors/providers/llm.js
/** Prefixed keys of LLM providers other than OpenAI (see openai.ts). */



const ALNUM = 'A-Za-z0-9';
const URL_SAFE = 'A-Za-z0-9_\\-';
const anthropicDetector = tokenDetector({
    id: 'anthropic-api-key',
    provider: 'Anthropic',
    grants: 'Claude API access billed to the Anthropic workspace (admin keys: manage the organization)',
    severity: 'critical',
    remediation: rotate('https://console.anthropic.com/settings/keys', 'ANTHROPIC_API_KEY'),
    helpUri: 'https://docs.anthropic.com/en/api/getting-started#authentication',
    prefixes: ['sk-ant-api01-', 'sk-ant-api02-', 'sk-ant-api03-', 'sk-ant-api04-', 'sk-ant-admin01-', 'sk-ant-oat01-'],
    keywords: ['sk-ant-'],
    body: URL_SAFE,
    min: 80,
    max: 160,
    // Every published key ends in `AA`; the placeholder word check stays, bodies are long and random.
    validate: (body) => body.endsWith('AA'),
    kind: (prefix) => (prefix.includes('admin') ? 'admin key' : prefix.includes('oat') ? 'OAuth token' : 'API key'),
});
const googleApiKeyDetector = tokenDetector({
    id: 'google-api-key',
    provider: 'Google',
    grants: 'calls to the Google Cloud / Gemini APIs the key is enabled for, billed to its project',
    severity: 'high',
    remediation: rotate('https://console.cloud.google.com/apis/credentials (Gemini: https://aistudio.google.com/app/apikey)', 'GOOGLE_API_KEY'),
    helpUri: 'https://cloud.google.com/docs/authentication/api-keys',
    prefixes: ['AIza'],
    body: URL_SAFE,
    min: 35,
    max: 35,
    kind: (_p, body) => (body.startsWith('Sy') ? 'API key (Gemini / Google Cloud)' : 'API key'),
    validate: (body, prefix) => !isPublishedGoogleExample(prefix + body),
});
const groqDetector = tokenDetector({
    id: 'groq-api-key',
    provider: 'Groq',
    grants: 'Groq inference API access billed to the account',
    severity: 'critical',
    remediation: rotate('https://console.groq.com/keys', 'GROQ_API_KEY'),
    helpUri: 'https://console.groq.com/docs/api-keys',
    prefixes: ['gsk_'],
    body: ALNUM,
    min: 52,
    max: 52,
    kind: 'API key',
});
const xaiDetector = tokenDetector({
    id: 'xai-api-key',
    provider: 'xAI',
    grants: 'Grok API access billed to the xAI team',
    severity: 'critical',
    remediation: rotate('https://console.x.ai', 'XAI_API_KEY'),
    helpUri: 'https://docs.x.ai/docs/overview',
    prefixes: ['xai-'],
    body: 'A-Za-z0-9_',
    min: 80,
    max: 80,
    kind: 'API key',
});
const huggingFaceDetector = tokenDetector({
    id: 'huggingface-token',
    provider: 'Hugging Face',
    grants: 'read or write access to the models, datasets and Spaces of the user or organization',
    severity: 'high',
    remediation: rotate('https://huggingface.co/settings/tokens', 'HF_TOKEN'),
    helpUri: 'https://huggingface.co/docs/hub/security-tokens',
    prefixes: ['hf_', 'api_org_'],
    body: 'A-Za-z',
    min: 34,
    max: 34,
    kind: (prefix) => (prefix === 'api_org_' ? 'organization token' : 'user access token'),
});
const perplexityDetector = tokenDetector({
    id: 'perplexity-api-key',
    provider: 'Perplexity',
    grants: 'Perplexity API access billed to the account',
    severity: 'critical',
    remediation: rotate('https://www.perplexity.ai/settings/api', 'PERPLEXITY_API_KEY'),
    helpUri: 'https://docs.perplexity.ai/guides/getting-started',
    prefixes: ['pplx-'],
    body: ALNUM,
    min: 48,
    max: 48,
    kind: 'API key',
});
const replicateDetector = tokenDetector({
    id: 'replicate-api-token',
    provider: 'Replicate',
    grants: 'running models and managing deployments billed to the Replicate account',
    severity: 'critical',
    remediation: rotate('https://replicate.com/account/api-tokens', 'REPLICATE_API_TOKEN'),
    helpUri: 'https://replicate.com/docs/topics/security/api-tokens',
    prefixes: ['r8_'],
    body: URL_SAFE,
    min: 37,
    max: 37,
    kind: 'API token',
});
const openRouterDetector = tokenDetector({
    id: 'openrouter-api-key',
    provider: 'OpenRouter',
    grants: 'access to every model routed through OpenRouter, billed to the account credits',
    severity: 'critical',
    remediation: rotate('https://openrouter.ai/settings/keys', 'OPENROUTER_API_KEY'),
    helpUri: 'https://openrouter.ai/docs/api-reference/authentication',
    prefixes: ['sk-or-v1-'],
    body: 'a-f0-9',
    min: 64,
    max: 64,
    kind: 'API key',
});

;// CONCATENATED MODULE: ./.build-emit/src/detectors/providers/ci.js
/** Prefixed credentials common in CI/CD: cloud, source hosting, package registries, SaaS. */


const awsAccessKeyIdDetector = tokenDetector({
    id: 'aws-access-key-id',
    provider: 'AWS',
    grants: 'half of an AWS credential pair; with its secret key, the IAM user or role permissions',
    // An access key id is an identifier: alone it grants nothing, and the secret half, where it is
    // written down too, is its own critical finding. Medium keeps it visible (it names the key to
    // rotate) without a high for every id whose secret lives in a secret store.
    severity: 'medium',
    remediation: rotate('https://console.aws.amazon.com/iam/home#/security_credentials (deactivate, then delete the access key)', 'AWS_ACCESS_KEY_ID'),
    helpUri: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_access-keys.html',
    prefixes: ['AKIA', 'ASIA', 'ABIA', 'ACCA'],
    body: 'A-Z2-7',
    min: 16,
    max: 16,
    // AWS documentation keys end in EXAMPLE; the word list would also drop random bodies with TEST.
    placeholderCheck: false,
    validate: (body) => !body.endsWith('EXAMPLE') && !/X{4}/.test(body),
    kind: (prefix) => (prefix === 'ASIA' ? 'temporary access key id' : 'access key id'),
});
const githubTokenDetector = tokenDetector({
    id: 'github-token',
    provider: 'GitHub',
    grants: 'the repositories and scopes of the user, OAuth app, GitHub App or runner the token belongs to',
    severity: 'critical',
    remediation: rotate('https://github.com/settings/tokens (app tokens: the app settings)', 'GH_TOKEN'),
    helpUri: 'https://docs.github.com/en/authentication/keeping-your-account-and-data-secure/about-authentication-to-github#githubs-token-formats',
    prefixes: ['ghp_', 'gho_', 'ghu_', 'ghs_', 'ghr_'],
    body: 'A-Za-z0-9',
    min: 36,
    max: 251,
    kind: (prefix) => ({ ghp_: 'personal access token', gho_: 'OAuth access token', ghu_: 'user-to-server token', ghs_: 'server-to-server token', ghr_: 'refresh token' })[prefix] ?? 'token',
});
const githubFineGrainedDetector = tokenDetector({
    id: 'github-fine-grained-pat',
    provider: 'GitHub',
    grants: 'the repositories and permissions selected for the fine-grained personal access token',
    severity: 'critical',
    remediation: rotate('https://github.com/settings/personal-access-tokens', 'GH_TOKEN'),
    helpUri: 'https://docs.github.com/en/authentication/keeping-your-account-and-data-secure/managing-your-personal-access-tokens',
    prefixes: ['github_pat_'],
    body: 'A-Za-z0-9_',
    min: 82,
    max: 120,
    kind: 'fine-grained personal access token',
});
const gitlabTokenDetector = tokenDetector({
    id: 'gitlab-token',
    provider: 'GitLab',
    grants: 'API, repository or registry access of the user, runner or deploy token',
    severity: 'critical',
    remediation: rotate('https://gitlab.com/-/user_settings/personal_access_tokens (runner and deploy tokens: the project CI/CD and repository settings)', 'GITLAB_TOKEN'),
    helpUri: 'https://docs.gitlab.com/ee/security/tokens/',
    prefixes: ['glpat-', 'glrt-', 'gldt-', 'glptt-', 'glft-', 'glsoat-', 'gloas-'],
    // Newer routable tokens carry `.` separated parts.
    body: 'A-Za-z0-9_.\\-',
    min: 20,
    max: 200,
    kind: (prefix) => ({ 'glpat-': 'personal access token', 'glrt-': 'runner authentication token', 'gldt-': 'deploy token', 'glptt-': 'pipeline trigger token', 'glft-': 'feed token', 'glsoat-': 'service account token', 'gloas-': 'OAuth application secret' })[prefix] ?? 'token',
});
const slackTokenDetector = tokenDetector({
    id: 'slack-token',
    provider: 'Slack',
    grants: 'posting, reading and administering the Slack workspace as the bot, user or app',
    severity: 'high',
    remediation: rotate('https://api.slack.com/apps (OAuth & Permissions: revoke and reinstall)', 'SLACK_TOKEN'),
    helpUri: 'https://api.slack.com/authentication/token-types',
    prefixes: ['xoxb-', 'xoxp-', 'xoxa-', 'xoxr-', 'xoxs-', 'xoxo-', 'xoxe-', 'xoxe.xoxp-', 'xoxe.xoxb-', 'xapp-'],
    body: 'A-Za-z0-9\\-',
    min: 12,
    max: 255,
    validate: slackTokenShape,
    kind: (prefix, body) => prefix === 'xapp-'
        ? 'app-level token'
        : prefix.startsWith('xoxe.')
            ? 'configuration access token'
            : prefix === 'xoxb-'
                ? body.split('-').length === 2 ? 'legacy bot token' : 'bot token'
                : prefix.includes('xoxp')
                    ? 'user token'
                    : prefix === 'xoxs-' || prefix === 'xoxo-' ? 'legacy token' : 'token',
});
/**
 * Real tokens are dash-separated groups that start with numeric workspace and user ids; legacy
 * bot tokens have one id and a 18-26 character secret; configuration tokens one digit and a long
 * secret.
 */
function slackTokenShape(body, prefix) {
    if (prefix.startsWith('xoxe.'))
        return /^\d-[A-Za-z0-9]{100,200}$/.test(body);
    // A workspace id and one secret group, shorter than today's layouts (older or cut tokens, and
    // trufflehog's pattern tests): the secret group mixes digits with a letter.
    if (/^xox[bpar]-$/.test(prefix) && /^\d{10,14}-(?=[A-Za-z0-9]*[A-Za-z])(?=[A-Za-z0-9]*\d)[A-Za-z0-9]{12,}$/.test(body))
        return true;
    if (prefix === 'xoxb-' && /^\d{8,14}-[A-Za-z0-9]{18,26}$/.test(body))
        return /[A-Za-z]/.test(body.slice(body.indexOf('-')));
    if (prefix === 'xoxa-' || prefix === 'xoxr-')
        return /^\d-[A-Za-z0-9-]{12,}$/.test(body);
    // A masked secret (`...-####`) leaves a trailing dash; bot and user ids have 8 digits or more.
    if (body.length < 20 || body.endsWith('-') || !/^\d[\dA-Za-z]*-/.test(body))
        return false;
    const groups = body.split('-');
    if (/^xox[bpe]-$/.test(prefix) && groups.length >= 3 && groups.slice(0, -1).some((g) => /^\d{1,7}$/.test(g)))
        return false;
    return groups.length >= 3 || (prefix === 'xoxe-' && body.length >= 40);
}
const slackWebhookDetector = tokenDetector({
    id: 'slack-webhook-url',
    provider: 'Slack',
    grants: 'posting messages into the channel the webhook is bound to',
    severity: 'high',
    remediation: rotate('https://api.slack.com/apps (Incoming Webhooks: remove the webhook and add a new one)', 'SLACK_WEBHOOK_URL'),
    helpUri: 'https://api.slack.com/messaging/webhooks',
    // Plain http:// still reaches Slack (it redirects), and docs and configs often drop the scheme.
    prefixes: ['services/', 'workflows/', 'triggers/'].flatMap((path) => ['https://', 'http://', ''].map((scheme) => `${scheme}hooks.slack.com/${path}`)),
    keywords: ['hooks.slack.com'],
    body: 'A-Za-z0-9/',
    min: 30,
    max: 120,
    // services/T.../B.../secret, workflows/T.../A.../id/secret, triggers/T.../id/secret (or /id/id/secret).
    validate: (body) => /^T[A-Z0-9]+\/[AB][A-Z0-9]+\/[A-Za-z0-9]{16,}$/.test(body) || /^T[A-Z0-9]+\/(?:(?:A[A-Z0-9]+|[0-9]+)\/)?[0-9]+\/[A-Za-z0-9]{16,}$/.test(body),
    kind: (prefix) => (prefix.includes('/services/') ? 'incoming webhook URL' : 'workflow webhook URL'),
});
const stripeDetector = tokenDetector({
    id: 'stripe-live-key',
    provider: 'Stripe',
    grants: 'live-mode charges, refunds and customer data of the Stripe account',
    severity: 'critical',
    remediation: rotate('https://dashboard.stripe.com/apikeys (roll the key)', 'STRIPE_SECRET_KEY'),
    helpUri: 'https://docs.stripe.com/keys',
    // `_prod_` is the same key shape with another environment word (gitleaks' rule tests carry one).
    prefixes: ['sk_live_', 'rk_live_', 'sk_prod_', 'rk_prod_'],
    body: 'A-Za-z0-9',
    min: 24,
    max: 247,
    kind: (prefix) => (prefix.startsWith('rk_') ? 'restricted live key' : 'live secret key'),
});
const stripeTestDetector = tokenDetector({
    id: 'stripe-test-key',
    provider: 'Stripe',
    grants: 'test-mode data of the Stripe account only (no real money), and a sign that live keys may sit nearby',
    severity: 'low',
    remediation: rotate('https://dashboard.stripe.com/test/apikeys (roll the key)', 'STRIPE_SECRET_KEY'),
    helpUri: 'https://docs.stripe.com/keys#test-live-modes',
    prefixes: ['sk_test_', 'rk_test_'],
    body: 'A-Za-z0-9',
    min: 24,
    max: 247,
    kind: (prefix) => (prefix === 'rk_test_' ? 'restricted test-mode key' : 'test-mode secret key'),
});
const sendgridDetector = tokenDetector({
    id: 'sendgrid-api-key',
    provider: 'SendGrid',
    grants: 'sending mail as the account and reading its contacts',
    severity: 'high',
    remediation: rotate('https://app.sendgrid.com/settings/api_keys', 'SENDGRID_API_KEY'),
    helpUri: 'https://www.twilio.com/docs/sendgrid/ui/account-and-settings/api-keys',
    prefixes: ['SG.'],
    body: 'A-Za-z0-9_.\\-',
    min: 66,
    max: 66,
    validate: (body) => /^[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}$/.test(body),
    kind: 'API key',
});
const twilioApiKeyDetector = tokenDetector({
    id: 'twilio-api-key',
    provider: 'Twilio',
    grants: 'the Twilio REST API as the account (calls, messages, billing) together with its secret',
    severity: 'high',
    remediation: rotate('https://console.twilio.com/us1/account/keys-credentials/api-keys', 'TWILIO_API_KEY'),
    helpUri: 'https://www.twilio.com/docs/iam/api-keys',
    prefixes: ['SK'],
    keywords: ['SK'],
    exactKeywords: ['SK'],
    body: 'a-f0-9',
    min: 32,
    max: 32,
    kind: 'API key SID',
});
const npmTokenDetector = tokenDetector({
    id: 'npm-token',
    provider: 'npm',
    grants: 'publishing and reading the packages of the npm user or organization',
    severity: 'critical',
    remediation: rotate('https://www.npmjs.com/settings/~/tokens', 'NPM_TOKEN'),
    helpUri: 'https://docs.npmjs.com/about-access-tokens',
    prefixes: ['npm_'],
    body: 'A-Za-z0-9',
    min: 36,
    max: 36,
    kind: 'access token',
});
const pypiTokenDetector = tokenDetector({
    id: 'pypi-token',
    provider: 'PyPI',
    grants: 'uploading releases of the projects the token is scoped to',
    severity: 'critical',
    remediation: rotate('https://pypi.org/manage/account/token/', 'PYPI_API_TOKEN'),
    helpUri: 'https://pypi.org/help/#apitoken',
    // The macaroon always starts with the base64 of its location, "pypi.org".
    prefixes: ['pypi-AgEIcHlwaS5vcmc', 'pypi-AgENdGVzdC5weXBpLm9yZw'],
    keywords: ['pypi-AgE'],
    body: 'A-Za-z0-9_\\-',
    min: 50,
    max: 400,
    kind: (prefix) => (prefix.includes('dGVzdC') ? 'TestPyPI API token' : 'API token'),
});
const dockerHubDetector = tokenDetector({
    id: 'dockerhub-token',
    provider: 'Docker Hub',
    grants: 'pushing and pulling the images of the Docker Hub user or organization',
    severity: 'high',
    remediation: rotate('https://app.docker.com/settings/personal-access-tokens', 'DOCKERHUB_TOKEN'),
    helpUri: 'https://docs.docker.com/security/for-developers/access-tokens/',
    prefixes: ['dckr_pat_', 'dckr_oat_'],
    body: 'A-Za-z0-9_\\-',
    min: 24,
    max: 64,
    kind: (prefix) => (prefix === 'dckr_oat_' ? 'organization access token' : 'personal access token'),
});

;// CONCATENATED MODULE: ./.build-emit/src/detectors/context.js
/**
 * Detectors for credentials without a distinctive prefix (32 hex characters, 40 alphanumerics):
 * a candidate counts only with its provider named nearby, by a host or a variable name.
 */


function contextDetector(spec) {
    const window = spec.window ?? 300;
    // Chosen on first use: every run pays for building the catalogue, and a pre-commit scan of a
    // file without any of these providers' keywords never asks (runShape tests 256 characters).
    let runs;
    const chosen = () => {
        if (runs)
            return runs;
        const stride = strideRuns(spec);
        return (runs = { stride, exact: stride ? null : exactRuns(spec) });
    };
    /** [start, end) of every candidate, ascending. */
    const candidates = (text) => {
        const { stride, exact } = chosen();
        return stride ? stride(text) : [...text.matchAll(exact ?? spec.candidate)].map((m) => [m.index, m.index + m[0].length]);
    };
    return {
        get exactRuns() {
            const { stride, exact } = chosen();
            return stride !== null || exact !== null;
        },
        id: spec.id,
        provider: spec.provider,
        grants: spec.grants,
        keywords: spec.keywords,
        ...(spec.exactKeywords ? { exactKeywords: spec.exactKeywords } : {}),
        severity: spec.severity,
        remediation: spec.remediation,
        helpUri: spec.helpUri,
        validators: ['shape', 'context', 'randomness', 'placeholder'],
        find(text) {
            const matches = [];
            // Keywords are a broad prefilter (`aws`): without the context itself there is nothing to check.
            const gated = spec.gate ? spec.gate.test(text) : spec.nearName?.test(text) || spec.nearText?.test(text);
            if (!gated)
                return matches;
            const prefixLength = spec.prefix?.length ?? 0;
            for (const [start, end] of candidates(text)) {
                // Most candidates are ordinary words: settle the length before anything else.
                if (end - start - prefixLength !== spec.length)
                    continue;
                const secret = text.slice(start, end);
                const body = secret.slice(prefixLength);
                if (spec.boundary.test(text[start - 1] ?? '') || spec.boundary.test(text[end] ?? ''))
                    continue;
                if (!(0,entropy/* looksRandom */.EZ)(body) || (0,placeholders/* isPlaceholderBody */.u5)(body))
                    continue;
                if (spec.minClasses && alnumClasses(body) < spec.minClasses)
                    continue;
                if (!hasContext(text, start, end, spec, window) || namedAsPublic(text, start))
                    continue;
                matches.push({ start, end, secret, prefix: spec.prefix ?? '', kind: spec.kind });
            }
            return matches;
        },
    };
}
/**
 * A candidate shape the exact-length search may take: a literal prefix (perhaps none), then a
 * greedy run of one plain ASCII character class, with a boundary class that holds every run
 * character (so a run touching no boundary character is a whole run) and a prefix that starts
 * outside the run's class (so a run never hides a prefix). Null for any other shape: the greedy
 * loop then decides alone.
 */
function runShape(spec) {
    const shape = /^(.*)(\[[^\]]+\])\+$/.exec(spec.candidate.source);
    const boundary = spec.boundary.source;
    if (!shape || spec.candidate.flags !== 'g' || spec.boundary.flags !== '')
        return null;
    const [, prefixSource = '', chars = ''] = shape;
    const prefix = spec.prefix ?? '';
    if (!asciiSet(chars) || !asciiSet(boundary) || prefixSource !== prefix.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
        return null;
    const inRun = table(new RegExp(chars));
    const inBoundary = table(new RegExp(boundary));
    for (let c = 0; c < 128; c++)
        if (inRun[c] === 1 && inBoundary[c] !== 1)
            return null;
    const first = prefix.charCodeAt(0);
    if (first < 128 && inRun[first] === 1)
        return null;
    return { prefixSource, chars, boundary, inRun, inBoundary };
}
/**
 * The candidates the loop keeps, found by the regex engine alone: a run of exactly `length` key
 * characters (after the prefix) with no boundary character on either side. The greedy run visits
 * every word of a file and allocates a match for each, to drop all but a few by their length; the
 * result is the same (see `runShape`; a test compares both on random texts).
 */
function exactRuns(spec) {
    const shape = runShape(spec);
    if (!shape)
        return null;
    const { boundary, prefixSource, chars } = shape;
    return new RegExp(`(?<!${boundary})${prefixSource}${chars}{${spec.length}}(?!${boundary})`, 'g');
}
/**
 * `exactRuns` without a regex, for shapes without a prefix: a run of exactly `length` characters
 * always covers one offset that is a multiple of `length`, so only those offsets are looked at and
 * a run is walked out from there (as decode.ts finds base64 runs). In text made of words that
 * touches a fraction of the characters; the regex tries every offset.
 */
function strideRuns(spec) {
    const shape = runShape(spec);
    if (!shape || shape.prefixSource !== '')
        return null;
    const { inRun, inBoundary } = shape;
    const length = spec.length;
    const inClass = (set, c) => c >= 0 && c < 128 && set[c] === 1;
    return (text) => {
        const runs = [];
        const n = text.length;
        const isRun = (i) => inClass(inRun, text.charCodeAt(i));
        for (let at = 0; at < n;) {
            if (!isRun(at)) {
                at += length;
                continue;
            }
            let start = at;
            while (start > 0 && isRun(start - 1))
                start--;
            let end = at + 1;
            while (end < n && isRun(end))
                end++;
            if (end - start === length && !inClass(inBoundary, start > 0 ? text.charCodeAt(start - 1) : -1) && !inClass(inBoundary, end < n ? text.charCodeAt(end) : -1))
                runs.push([start, end]);
            // The next offset looked at is the first multiple of `length` past this run.
            at = Math.ceil(end / length) * length;
        }
        return runs;
    };
}
/** A character class of printable ASCII only, not negated (so nothing outside ASCII is in it). */
function asciiSet(source) {
    // `\s`, `\S`, `\W`, `\D` and `\p{...}` hold characters beyond ASCII.
    return /^\[[^\^][\x20-\x7e]*\]$/.test(source) && !/\\[sSWDp]/.test(source);
}
function table(re) {
    const out = new Uint8Array(128);
    for (let c = 0; c < 128; c++)
        if (re.test(String.fromCharCode(c)))
            out[c] = 1;
    return out;
}
/** A hash, digest or id assigned on the same line: `BUILD_HASH: <hex>`, `commit = "<sha>"`. */
const PUBLIC_NAME = /(hash|sha\d*|checksum|digest|md5|uuid|guid|commit|etag|version|revision|[_-]id)["']?\s*[:=]\s*["']?$/i;
function namedAsPublic(text, start) {
    const lineStart = text.lastIndexOf('\n', start - 1) + 1;
    return PUBLIC_NAME.test(text.slice(Math.max(lineStart, start - 200), start));
}
function hasContext(text, start, end, spec, window) {
    if (spec.nameBefore) {
        const lineStart = text.lastIndexOf('\n', start - 1) + 1;
        if (spec.nameBefore.test(text.slice(Math.max(lineStart, start - window), start)))
            return true;
    }
    if (spec.nearName) {
        const lineStart = text.lastIndexOf('\n', start - 1);
        const previousLineStart = lineStart <= 0 ? 0 : text.lastIndexOf('\n', lineStart - 1) + 1;
        const lineEnd = text.indexOf('\n', end);
        const lines = text.slice(Math.max(previousLineStart, start - window), lineEnd === -1 ? Math.min(text.length, end + window) : Math.min(lineEnd, end + window));
        if (spec.nearName.test(lines))
            return true;
    }
    if (spec.nearText) {
        if (spec.nearText.test(text.slice(Math.max(0, start - window), Math.min(text.length, end + window))))
            return true;
    }
    return false;
}
function alnumClasses(text) {
    return [/[a-z]/, /[A-Z]/, /[0-9]/].filter((re) => re.test(text)).length;
}
/**
 * Keeps only the matches of `detector` with `context` within `window` characters either side:
 * for prefixed shapes that mean a provider's key only in that provider's setting (a Firebase
 * config, an AppSync client).
 */
function withNearbyText(detector, context, window) {
    return {
        ...detector,
        validators: [...(detector.validators ?? []), 'context'],
        find(text, options) {
            return detector.find(text, options).filter((m) => context.test(text.slice(Math.max(0, m.start - window), Math.min(text.length, m.end + window))));
        },
    };
}

;// CONCATENATED MODULE: ./.build-emit/src/detectors/providers/context-tokens.js
/**
 * Tokens whose shape alone is too common to report (32 or 40 hex characters, a UUID, an `AIza`
 * key that may be public): each counts only with its provider's setting around it.
 */






/** An account SID (`AC` + 32 hex) names the account whose auth token sits beside it. */
const TWILIO_ACCOUNT_SID = /\bAC[0-9a-f]{32}\b/;
const TWILIO_API_KEY_SID = /\bSK[0-9a-fA-F]{32}\b/;
const twilioAuthTokenDetector = contextDetector({
    id: 'twilio-auth-token',
    provider: 'Twilio',
    grants: 'the whole Twilio account (calls, messages, numbers, billing, subaccounts) with its account SID',
    severity: 'critical',
    remediation: rotate('https://console.twilio.com/us1/account/keys-credentials/api-keys (Auth Tokens: request a secondary token, promote it)', 'TWILIO_AUTH_TOKEN'),
    helpUri: 'https://www.twilio.com/docs/iam/api/authtoken',
    keywords: ['twilio', 'sid'],
    candidate: /[a-f0-9]+/g,
    length: 32,
    boundary: /[A-Za-z0-9_]/,
    nearName: /twilio/i,
    nearText: TWILIO_ACCOUNT_SID,
    kind: 'auth token',
});
const twilioApiKeySecretDetector = contextDetector({
    id: 'twilio-api-key-secret',
    provider: 'Twilio',
    grants: 'the Twilio REST API as the account (calls, messages, billing) together with its API key SID',
    severity: 'high',
    remediation: rotate('https://console.twilio.com/us1/account/keys-credentials/api-keys (delete the key, create a new one)', 'TWILIO_API_SECRET'),
    helpUri: 'https://www.twilio.com/docs/iam/api-keys',
    keywords: ['twilio', 'SK'],
    // Without `twilio` in the text, only a key SID (`SK` + 32 hex, upper case) is context enough.
    exactKeywords: ['SK'],
    candidate: /[A-Za-z0-9]+/g,
    length: 32,
    boundary: /[A-Za-z0-9_\-/+]/,
    nearName: /twilio/i,
    nearText: TWILIO_API_KEY_SID,
    // Secrets mix all three classes; hex SIDs and auth tokens (lower case and digits) do not.
    minClasses: 3,
    kind: 'API key secret',
});
const githubLegacyAssigned = contextDetector({
    id: 'github-legacy-token',
    provider: 'GitHub',
    grants: 'the repositories and scopes of the user or OAuth app the token belongs to',
    severity: 'high',
    remediation: rotate('https://github.com/settings/tokens (delete the token; new tokens carry a ghp_ prefix that scanners recognise)', 'GH_TOKEN'),
    helpUri: 'https://github.blog/engineering/platform-security/behind-githubs-new-authentication-token-formats/',
    keywords: ['github', 'gh_', 'gh-', 'gh.'],
    candidate: /[a-f0-9]+/g,
    length: 40,
    boundary: /[A-Za-z0-9_]/,
    // 40 hex is also every git SHA: only a GitHub credential name on the value's own line counts,
    // assigned to it (`uses: org/github-app-token@<sha>` is a pinned action, not an assignment).
    nameBefore: /(?:github|\bgh)[\w.-]{0,40}(?:token|pat\b|auth|secret|key|passw|cred)[\w.-]{0,20}["']?\s{0,4}[:=]\s{0,4}["']?$/im,
    gate: /(?:github|\bgh)[\w.-]{0,40}(?:token|pat\b|auth|secret|key|passw|cred)/i,
    kind: 'classic token (40 hex, before prefixed tokens)',
});
/**
 * `Authorization: token <40 hex>`, GitHub's own header scheme for classic tokens, with GitHub
 * named nearby (`api.github.com`, `github`): other services send 40-hex tokens the same way.
 */
const githubLegacyInHeader = withNearbyText(contextDetector({
    ...githubLegacyAssigned,
    keywords: ['github'],
    candidate: /[a-f0-9]+/g,
    length: 40,
    boundary: /[A-Za-z0-9_]/,
    nameBefore: /authorization["']?\s{0,4}:\s{0,4}["']?token\s{1,4}$/i,
    gate: /authorization/i,
    kind: 'classic token (40 hex) in an `Authorization: token` header',
}), /github/i, 300);
const githubLegacyTokenDetector = {
    ...githubLegacyAssigned,
    keywords: ['github', 'gh_', 'gh-', 'gh.'],
    find(text, context) {
        const assigned = githubLegacyAssigned.find(text, context);
        const inHeader = githubLegacyInHeader.find(text, context).filter((m) => !assigned.some((a) => a.start === m.start));
        return inHeader.length === 0 ? assigned : [...assigned, ...inHeader].sort((a, b) => a.start - b.start);
    },
};
const appSyncApiKeyDetector = withNearbyText(tokenDetector({
    id: 'aws-appsync-api-key',
    provider: 'AWS AppSync',
    grants: 'queries and mutations of the AppSync GraphQL API the key is enabled for, until it expires',
    severity: 'medium',
    remediation: rotate('the AppSync console (API > Settings > API keys: delete the key; prefer IAM or Cognito authorization)', 'APPSYNC_API_KEY'),
    helpUri: 'https://docs.aws.amazon.com/appsync/latest/devguide/security-authz.html#api-key-authorization',
    prefixes: ['da2-'],
    body: 'a-z0-9',
    min: 26,
    max: 26,
    kind: 'API key',
}), /appsync|graphql|api.?key/i, 400);
const firebaseWebApiKeyDetector = withNearbyText(tokenDetector({
    id: 'firebase-web-api-key',
    provider: 'Firebase',
    grants: 'identification of the Firebase project only (the key ships in every client; Security Rules and App Check guard the data)',
    severity: 'low',
    remediation: 'No need to hide it, but restrict the key in the Google Cloud console (APIs & Services > Credentials: HTTP referrers and the Firebase APIs only) and make sure Security Rules, not the key, guard the data.',
    helpUri: 'https://firebase.google.com/docs/projects/api-keys',
    prefixes: ['AIza'],
    body: 'A-Za-z0-9_\\-',
    min: 35,
    max: 35,
    kind: 'web API key (public by design, shipped in every client: restrict it rather than rotate it)',
    validate: (body, prefix) => !isPublishedGoogleExample(prefix + body),
}), 
// The keys of a Firebase web config, an Android google-services.json (`"current_key"`,
// `mobilesdk_app_id`) or an iOS GoogleService-Info.plist (`GCM_SENDER_ID`, `GOOGLE_APP_ID`).
/firebase|authDomain|messagingSenderId|storageBucket|measurementId|"current_key"|mobilesdk_app_id|GCM_SENDER_ID|GOOGLE_APP_ID/i, 400);
/**
 * `_authToken=<uuid>` in an `.npmrc`, Nexus's `NpmToken.<uuid>`, or a UUID assigned to an npm
 * token name (`NPM_TOKEN: "<uuid>"`, `ENV NPM_TOKEN <uuid>`). Bounded runs only.
 */
const NPM_LEGACY = /(_authToken\s{0,4}=\s{0,4}["']?(?:NpmToken\.)?|NpmToken\.|npm[\w.-]{0,20}(?:token|auth)(?:[ \t]{1,4}[A-Za-z_]{1,20})?["']?\s{0,4}[:=]?\s{0,4}["']?)([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?![0-9A-Za-z-])/gi;
const npmLegacyTokenDetector = {
    id: 'npm-legacy-token',
    provider: 'npm',
    grants: 'publishing and reading the packages of the npm user (legacy tokens never expire)',
    severity: 'critical',
    remediation: rotate('https://www.npmjs.com/settings/~/tokens (delete the legacy token, create a granular one)', 'NPM_TOKEN'),
    helpUri: 'https://docs.npmjs.com/about-access-tokens',
    keywords: ['_authToken', 'npm'],
    validators: ['shape', 'context', 'randomness', 'placeholder'],
    find(text) {
        const matches = [];
        for (const m of text.matchAll(NPM_LEGACY)) {
            const token = m[2];
            const hex = token.replace(/-/g, '');
            if (!(0,entropy/* looksRandom */.EZ)(hex) || (0,placeholders/* isPlaceholderBody */.u5)(hex) || /^0+$/.test(hex.slice(0, 12)))
                continue;
            const start = m.index + m[1].length;
            matches.push({ start, end: start + token.length, secret: token, prefix: '', kind: 'legacy access token (UUID)' });
        }
        return matches;
    },
};

;// CONCATENATED MODULE: ./.build-emit/src/detectors/providers/context-keys.js
/** Provider keys recognised only by context: a nearby variable name, host or key id. */


const azureOpenAiDetector = contextDetector({
    id: 'azure-openai-api-key',
    provider: 'Azure OpenAI',
    grants: 'the deployments of the Azure OpenAI resource, billed to its subscription',
    severity: 'critical',
    remediation: rotate('the Azure portal (resource > Keys and Endpoint > Regenerate key, see https://learn.microsoft.com/azure/ai-services/rotate-keys)', 'AZURE_OPENAI_API_KEY'),
    helpUri: 'https://learn.microsoft.com/azure/ai-services/openai/reference#authentication',
    keywords: ['openai.azure.com', 'azure_openai', 'azure-openai', 'azureopenai', 'api-key'],
    candidate: /[a-f0-9]+/g,
    length: 32,
    boundary: /[A-Za-z0-9_]/,
    nearName: /\bapi-key["']?\s*[:=]|azure[_-]?openai|azureopenai/i,
    nearText: /openai\.azure\.com|azure[_-]?openai|azureopenai/i,
    kind: 'API key',
});
const deepSeekDetector = contextDetector({
    id: 'deepseek-api-key',
    provider: 'DeepSeek',
    grants: 'DeepSeek API access billed to the account',
    severity: 'critical',
    remediation: rotate('https://platform.deepseek.com/api_keys', 'DEEPSEEK_API_KEY'),
    helpUri: 'https://api-docs.deepseek.com/',
    keywords: ['deepseek'],
    candidate: /sk-[a-f0-9]+/g,
    prefix: 'sk-',
    length: 32,
    boundary: /[A-Za-z0-9_-]/,
    nearText: /deepseek/i,
    kind: 'API key',
});
const cohereDetector = contextDetector({
    id: 'cohere-api-key',
    provider: 'Cohere',
    grants: 'Cohere API access billed to the account',
    severity: 'high',
    remediation: rotate('https://dashboard.cohere.com/api-keys', 'COHERE_API_KEY'),
    helpUri: 'https://docs.cohere.com/reference/about',
    keywords: ['cohere', 'co_api_key'],
    candidate: /[A-Za-z0-9]+/g,
    length: 40,
    boundary: /[A-Za-z0-9_\-/+]/,
    nearName: /cohere|co_api_key/i,
    minClasses: 3,
    kind: 'API key',
});
const mistralDetector = contextDetector({
    id: 'mistral-api-key',
    provider: 'Mistral AI',
    grants: 'Mistral API access billed to the workspace',
    severity: 'high',
    remediation: rotate('https://console.mistral.ai/api-keys', 'MISTRAL_API_KEY'),
    helpUri: 'https://docs.mistral.ai/getting-started/quickstart/',
    keywords: ['mistral'],
    candidate: /[A-Za-z0-9]+/g,
    length: 32,
    boundary: /[A-Za-z0-9_\-/+]/,
    nearName: /mistral/i,
    minClasses: 3,
    kind: 'API key',
});
const awsSecretKeyDetector = contextDetector({
    id: 'aws-secret-access-key',
    provider: 'AWS',
    grants: 'the AWS API with the permissions of the IAM user or role the key pair belongs to',
    severity: 'critical',
    remediation: rotate('https://console.aws.amazon.com/iam/home#/security_credentials (deactivate, then delete the access key)', 'AWS_SECRET_ACCESS_KEY'),
    helpUri: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_access-keys.html',
    keywords: ['aws', 'secret_access_key', 'secretaccesskey', 'secret-access-key', 'AKIA', 'ASIA', 'ABIA', 'ACCA'],
    candidate: /[A-Za-z0-9/+]+/g,
    length: 40,
    boundary: /[A-Za-z0-9/+_-]/,
    nearName: /aws.{0,24}secret|secret.?access.?key/i,
    // Context only, never reported: an id-shaped word marks the pair even when its digits fall
    // outside AWS's base32 alphabet (documentation and test ids).
    nearText: /\b(?:AKIA|ASIA|ABIA|ACCA)[A-Z0-9]{16}\b/,
    minClasses: 3,
    kind: 'secret access key',
});

;// CONCATENATED MODULE: ./.build-emit/src/detectors/private-key.js
const BEGIN = /-----BEGIN ((?:RSA |EC |DSA |OPENSSH |ENCRYPTED |PGP )?PRIVATE KEY(?: BLOCK)?)-----/g;
/** Fewer base64 characters than this is a truncated or placeholder key. */
const MIN_BODY = 64;
const privateKeyDetector = {
    id: 'private-key',
    provider: 'PEM / OpenSSH',
    grants: 'whatever trusts the matching public key: servers, signing, TLS identities, deploy access',
    keywords: ['PRIVATE KEY'],
    severity: 'critical',
    remediation: 'Generate a new key pair, replace the public key wherever it is trusted, and load the private key from the platform secret store instead of the repository.',
    helpUri: 'https://docs.github.com/en/code-security/secret-scanning/introduction/supported-secret-scanning-patterns',
    validators: ['body length'],
    find(text) {
        const matches = [];
        for (const m of text.matchAll(BEGIN)) {
            const block = privateKeyBlock(text, m.index, m[0].length, m[1]);
            if (block)
                matches.push({ start: m.index, end: block.end, secret: text.slice(m.index, block.end), prefix: '-----BEGIN ', kind: m[1].toLowerCase() });
        }
        return matches;
    },
};
/**
 * Key material after the header: base64, whitespace, literal `\n` escapes (also escaped again,
 * `\\n`, in a key file written inside a JSON string), string quotes and `Name: value` PEM headers
 * (encrypted keys). Sticky, so it never searches past the block.
 */
const BODY = /(?:[A-Za-z-]{1,40}:[^\n]{0,200}|[A-Za-z0-9+/=\s"',]|\\{1,4}[nr])*/y;
/** The block's end offset, when it holds enough key material to be a real key. */
function privateKeyBlock(text, start, headerLength, label) {
    const bodyStart = start + headerLength;
    BODY.lastIndex = bodyStart;
    const run = BODY.exec(text)?.[0] ?? '';
    const material = run.replace(/\\{1,4}[nr]/g, '\n').replace(/^[^\S\n]*[A-Za-z-]{1,40}:.*$/gm, '').replace(/[^A-Za-z0-9+/]/g, '');
    if (material.length < MIN_BODY)
        return null;
    if (/(.)\1{15}/.test(material))
        return null;
    const endMarker = `-----END ${label}-----`;
    const runEnd = bodyStart + run.length;
    if (text.startsWith(endMarker, runEnd))
        return { end: runEnd + endMarker.length };
    return { end: bodyStart + run.trimEnd().replace(/[\s"',]+$/, '').length };
}

;// CONCATENATED MODULE: ./.build-emit/src/detectors/gcp-service-account.js
/**
 * GCP service-account key files: JSON with `"type": "service_account"` and a `private_key` PEM.
 * Reported at the `private_key` value (the credential), ahead of the generic private-key rule.
 * Base64-encoded key files are reached through the decoder; a key file written inside a JSON
 * string (`{"credentials": "{\n  \"type\": \"service_account\", ..."}`) has escaped quotes, which
 * the patterns allow (a bounded run of backslashes before each quote keeps them linear).
 */

const TYPE = /"type\\{0,8}"\s*:\s*\\{0,8}"service_account\\{0,8}"/g;
const PRIVATE_KEY = /"private_key\\{0,8}"\s*:\s*\\{0,8}"(-----BEGIN (PRIVATE KEY|RSA PRIVATE KEY)-----)/y;
/** A key file is a few kilobytes; look this far around the `type` for its `private_key`. */
const WINDOW = 8192;
const gcpServiceAccountDetector = {
    id: 'gcp-service-account-key',
    provider: 'Google Cloud',
    grants: 'every IAM role granted to the service account, from anywhere, until the key is deleted',
    keywords: ['service_account'],
    severity: 'critical',
    remediation: 'Delete the key at https://console.cloud.google.com/iam-admin/serviceaccounts (Keys tab), prefer Workload Identity Federation (google-github-actions/auth) over key files, or store a new key in the platform secret store.',
    helpUri: 'https://cloud.google.com/iam/docs/keys-create-delete',
    validators: ['JSON structure', 'body length'],
    find(text) {
        const matches = [];
        const types = [...text.matchAll(TYPE)].map((m) => m.index);
        if (types.length === 0)
            return matches;
        // Each `"private_key"` is looked at once, against the nearest `type` (a moving pointer).
        let t = 0;
        for (let at = text.indexOf('"private_key'); at !== -1; at = text.indexOf('"private_key', at + 1)) {
            while (t + 1 < types.length && types[t + 1] <= at)
                t++;
            const near = [types[t], types[t + 1] ?? Infinity].some((p) => Math.abs(p - at) <= WINDOW);
            if (!near)
                continue;
            PRIVATE_KEY.lastIndex = at;
            const m = PRIVATE_KEY.exec(text);
            if (!m)
                continue;
            const start = at + m[0].length - m[1].length;
            const block = privateKeyBlock(text, start, m[1].length, m[2]);
            if (block)
                matches.push({ start, end: block.end, secret: text.slice(start, block.end), prefix: '-----BEGIN ', kind: 'service-account key file' });
        }
        return matches;
    },
};

;// CONCATENATED MODULE: ./.build-emit/src/detectors/docker-config.js
/**
 * Docker config JSON (`~/.docker/config.json`, `kubernetes.io/dockerconfigjson` Secrets):
 * `auths.<registry>.auth` is base64 of `user:password`. Found in plain text, written inside a
 * string with escaped quotes (`DOCKER_AUTH_CONFIG={\"auths\": ...}` in a runner config or a
 * variable, once or several times escaped), or, through the decoder, inside a base64
 * `.dockerconfigjson` value.
 */

/** The quotes may be escaped (`\"auth\"`, `\\\"auth\\\"`): a bounded run of backslashes keeps it linear. */
const AUTH = /"auth\\{0,8}"\s*:\s*\\{0,8}"([A-Za-z0-9+/]+={0,2})\\{0,8}"/g;
/** Passwords that documentation puts in example pull secrets (`user:pass`): not credentials. */
const STAND_IN = new Set(['pass', 'passwd', 'pwd', 'secret', 'token', 'guest', 'root', 'admin']);
const dockerConfigAuthDetector = {
    id: 'docker-config-auth',
    provider: 'Container registry',
    grants: 'pushing and pulling images as the registry user in the docker config',
    keywords: ['auths'],
    severity: 'high',
    remediation: 'Revoke the registry password or token, create a new one, and create the pull secret from the platform secret store (e.g. docker/login-action with ${{ secrets.REGISTRY_TOKEN }}) instead of committing it.',
    helpUri: 'https://kubernetes.io/docs/concepts/configuration/secret/#docker-config-secrets',
    validators: ['base64 user:password', 'placeholder'],
    find(text) {
        const matches = [];
        for (const m of text.matchAll(AUTH)) {
            const encoded = m[1];
            const decoded = Buffer.from(encoded, 'base64').toString('utf8');
            const colon = decoded.indexOf(':');
            if (colon < 1 || !/^[\x20-\x7e]+$/.test(decoded))
                continue;
            const password = decoded.slice(colon + 1);
            if (password.length < 4 || STAND_IN.has(password.toLowerCase()) || (0,placeholders/* isPlaceholder */.wK)(password) || (0,placeholders/* isReference */.A_)(password))
                continue;
            const start = m.index + m[0].indexOf('"', m[0].indexOf(':')) + 1;
            matches.push({ start, end: start + encoded.length, secret: decoded, prefix: '', kind: 'registry credentials (auth)', decodedFrom: ['base64'] });
        }
        return matches;
    },
};

// EXTERNAL MODULE: ./.build-emit/src/detectors/connection-string.js
var connection_string = __webpack_require__(3673);
// EXTERNAL MODULE: ./.build-emit/src/detectors/generic.js
var generic = __webpack_require__(4330);
;// CONCATENATED MODULE: ./.build-emit/src/detectors/catalogue.js










/**
 * Every provider the text analyzer looks for, in one flat list. The order is the priority where
 * two matches overlap: prefixed provider keys, then context rules, then structured files and
 * URLs, and the generic rule last. (OpenAI `org-`/`proj_` ids are identifiers, never reported.)
 */
const DETECTORS = [
    openaiDetector,
    anthropicDetector,
    openRouterDetector,
    groqDetector,
    xaiDetector,
    huggingFaceDetector,
    perplexityDetector,
    replicateDetector,
    // Before the Google rule: the same `AIza` key in a Firebase config is public by design.
    firebaseWebApiKeyDetector,
    googleApiKeyDetector,
    githubFineGrainedDetector,
    githubTokenDetector,
    gitlabTokenDetector,
    slackWebhookDetector,
    slackTokenDetector,
    stripeDetector,
    stripeTestDetector,
    sendgridDetector,
    npmTokenDetector,
    pypiTokenDetector,
    dockerHubDetector,
    appSyncApiKeyDetector,
    awsAccessKeyIdDetector,
    twilioApiKeyDetector,
    twilioAuthTokenDetector,
    twilioApiKeySecretDetector,
    npmLegacyTokenDetector,
    githubLegacyTokenDetector,
    deepSeekDetector,
    azureOpenAiDetector,
    awsSecretKeyDetector,
    cohereDetector,
    mistralDetector,
    gcpServiceAccountDetector,
    privateKeyDetector,
    dockerConfigAuthDetector,
    connection_string/* connectionStringDetector */._,
    generic/* genericSecretDetector */.kN,
];


/***/ }),

/***/ 3004:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ql: () => (/* binding */ mayHaveServiceVariables),
/* harmony export */   nM: () => (/* binding */ isGitLabServiceHost),
/* harmony export */   wi: () => (/* binding */ serviceHostNames)
/* harmony export */ });
/* harmony import */ var _yaml_library_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4716);

/**
 * The host names GitLab gives a service: its `alias` (or comma-separated aliases), and the image
 * name without tag or digest, with `/` written `__` and `-` (`bitnami/postgresql:16` is
 * `bitnami__postgresql` and `bitnami-postgresql`; `postgres:16` is `postgres`).
 */
function serviceHostNames(image, alias) {
    const out = new Set();
    for (const a of (alias ?? '').split(','))
        if (a.trim())
            out.add(a.trim().toLowerCase());
    const name = image.trim().toLowerCase().replace(/@.*$/, '').replace(/:[^/:]*$/, '');
    if (name) {
        if (name.includes('/')) {
            out.add(name.replace(/\//g, '__'));
            out.add(name.replace(/\//g, '-'));
        }
        else
            out.add(name);
    }
    return [...out];
}
/** Keys at the top of a pipeline that are not jobs. */
const GLOBAL_KEYWORDS = new Set(['default', 'include', 'stages', 'variables', 'workflow', 'image', 'services', 'cache', 'before_script', 'after_script', 'spec', 'types']);
/** One parse per text: the detector asks once per URL, the text rule runs once per file. */
let cached = null;
function roots(text) {
    if (cached?.text === text)
        return cached.roots;
    cached = { text, roots: mayHaveServiceVariables(text) ? parse(text) : [] };
    return cached.roots;
}
/** Only a pipeline has all three keys; anything else is not parsed. Each with its word, a cheap first test. */
const PIPELINE_KEYS = [
    ['services', /(^|\n)[ \t]*services[ \t]*:/],
    ['variables', /(^|\n)[ \t]*variables[ \t]*:/],
    ['script', /(^|\n)[ \t]*(- )?[ \t]*script[ \t]*:/],
];
/**
 * Whether a text may hold `variables:` that reach service containers: where it cannot, the URL
 * detector reports every password itself, and the GitLab rule need not parse the file for them.
 */
function mayHaveServiceVariables(text) {
    // The words first: an indexOf each, where the line-anchored regexes try every offset.
    return text.includes('://') && PIPELINE_KEYS.every(([word]) => text.includes(word)) && PIPELINE_KEYS.every(([, key]) => key.test(text));
}
/**
 * The pipeline documents this module can read as written. One with an alias or a `<<` merge key
 * is left out: its services and variables may come from elsewhere, which the lookups below do not
 * follow, so the detector keeps those passwords (a finding the rule's low one merges into) rather
 * than defer to a rule that may judge the hosts differently and report nothing.
 */
function parse(text) {
    const { parseAllDocuments, visit } = (0,_yaml_library_js__WEBPACK_IMPORTED_MODULE_0__/* .yamlLibrary */ .Tj)();
    try {
        return parseAllDocuments(text, { uniqueKeys: false, prettyErrors: false }).flatMap((d) => {
            if (!('contents' in d) || d.errors.length > 0 || !d.contents)
                return [];
            let indirect = false;
            visit(d, {
                Alias: () => ((indirect = true), visit.BREAK),
                Pair: (_, pair) => ((0,_yaml_library_js__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(pair.key) && pair.key.value === '<<' ? ((indirect = true), visit.BREAK) : undefined),
            });
            return indirect ? [] : [d.contents];
        });
    }
    catch {
        return [];
    }
}
const within = (node, offset) => !!node?.range && node.range[0] <= offset && offset < node.range[2];
function get(map, key) {
    if (!(0,_yaml_library_js__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(map))
        return null;
    for (const pair of map.items)
        if ((0,_yaml_library_js__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(pair.key) && pair.key.value === key)
            return pair.value ?? null;
    return null;
}
function hostsOfServices(services) {
    if (!(0,_yaml_library_js__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(services))
        return [];
    return services.items.flatMap((item) => hostsOfService(item));
}
function hostsOfService(service) {
    if ((0,_yaml_library_js__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(service))
        return typeof service.value === 'string' ? serviceHostNames(service.value) : [];
    const name = get(service, 'name');
    const alias = get(service, 'alias');
    if (!(0,_yaml_library_js__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(name) || typeof name.value !== 'string')
        return [];
    return serviceHostNames(name.value, (0,_yaml_library_js__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(alias) && typeof alias.value === 'string' ? alias.value : null);
}
/**
 * True when `offset` of a GitLab CI file `text` lies in a `variables:` block (global, `default:`,
 * a job's, or a service's own) and `host` is a service container that block's variables reach:
 * the job's own `services:` (a job that `extends` another and has none of its own is left alone),
 * else the pipeline's (`services:` at the top or under `default:`).
 */
function isGitLabServiceHost(text, offset, host) {
    const h = host.toLowerCase();
    for (const root of roots(text)) {
        if (!(0,_yaml_library_js__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(root) || !within(root, offset))
            continue;
        if (get(root, 'jobs') !== null && get(root, 'on') !== null)
            return false; // a GitHub workflow
        const pipelineHosts = () => [...hostsOfServices(get(root, 'services')), ...hostsOfServices(get(get(root, 'default'), 'services'))];
        if (within(get(root, 'variables'), offset))
            return pipelineHosts().includes(h);
        if (inRulesVariables(get(root, 'workflow'), offset))
            return pipelineHosts().includes(h);
        const defaults = get(root, 'default');
        if (within(get(defaults, 'variables'), offset))
            return pipelineHosts().includes(h);
        // A service's own `variables:` reach that service only.
        for (const owner of [root, defaults]) {
            const service = serviceWithVariablesAt(get(owner, 'services'), offset);
            if (service)
                return hostsOfService(service).includes(h);
        }
        for (const pair of root.items) {
            const job = pair.value;
            if (!(0,_yaml_library_js__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(pair.key) || GLOBAL_KEYWORDS.has(String(pair.key.value)) || !(0,_yaml_library_js__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(job) || !within(job, offset))
                continue;
            const services = get(job, 'services');
            const service = serviceWithVariablesAt(services, offset);
            if (service)
                return hostsOfService(service).includes(h);
            // The job's `variables:` and those of its `rules:` reach the same containers.
            if (!within(get(job, 'variables'), offset) && !inRulesVariables(job, offset))
                return false;
            const own = hostsOfServices(services);
            if (own.length > 0)
                return own.includes(h);
            return get(job, 'extends') === null && pipelineHosts().includes(h);
        }
    }
    return false;
}
/** The service of a `services:` list whose own `variables:` hold the offset. */
function serviceWithVariablesAt(services, offset) {
    if (!(0,_yaml_library_js__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(services))
        return null;
    for (const service of services.items)
        if (within(get(service, 'variables'), offset))
            return service;
    return null;
}
/** Whether the offset lies in the `variables:` of one of the owner's `rules:` (a job's, `workflow:`'s). */
function inRulesVariables(owner, offset) {
    const rules = get(owner, 'rules');
    return (0,_yaml_library_js__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(rules) && rules.items.some((rule) => within(get(rule, 'variables'), offset));
}


/***/ }),

/***/ 3673:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ connectionStringDetector)
/* harmony export */ });
/* harmony import */ var _ci_services_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3004);
/* harmony import */ var _password_policy_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4637);
/* harmony import */ var _placeholders_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7473);
/**
 * URLs and connection strings with an embedded password: `postgres://user:pass@host`,
 * `https://user:token@git.example`, and the `Key=Value;` form of ADO.NET, ODBC and Npgsql
 * (`Server=db;User ID=app;Password=...;`). Reported at the password, the part that is secret.
 */



const SCHEME = /[A-Za-z][A-Za-z0-9+.-]{0,30}$/;
/** Bounded and unambiguous (the user part cannot contain `:`), so matching stays linear. */
const USERINFO = /([^\s:@/?#'"<>`]{0,100}):([^\s@/?#'"<>`]{1,200})@([^\s/?#'"<>`:]{1,255})/y;
/** Passwords that tutorials, CI service containers and compose files use: not secrets. */
const WEAK = new Set('password pass passwd pwd secret postgres postgresql mysql mariadb mongo mongodb redis rabbitmq guest root admin administrator user username test tests testing example changeme default demo dev development local localhost toor 123456 12345678 qwerty letmein sa oracle ci mypass mypassword pass123 secret123'.split(' '));
/** Documentation and local-only hosts: passwords there are tutorial or development values. */
const DOC_HOSTS = /(^|\.)(example\.(com|org|net)|example|invalid|test|localhost\.localdomain|localhost)$|^(127\.0\.0\.1|0\.0\.0\.0)$/i;
const connectionStringDetector = {
    id: 'url-embedded-password',
    provider: 'URL / connection string',
    grants: 'access to the database, broker, registry or server as the embedded user',
    keywords: ['://', 'password=', 'pwd='],
    severity: 'high',
    remediation: 'Change the password on the server, then build the URL at run time from the platform secret store (e.g. ${{ secrets.DATABASE_URL }}) instead of writing it into the file.',
    helpUri: 'https://owasp.org/Top10/A07_2021-Identification_and_Authentication_Failures/',
    validators: ['placeholder', 'reference', 'weak password list', 'GitLab service container host'],
    find(text, context) {
        const matches = keyValuePasswords(text);
        for (let at = text.indexOf('://'); at !== -1; at = text.indexOf('://', at + 3)) {
            // Most URLs have no `user:password@`: that settles them before the scheme is looked at.
            USERINFO.lastIndex = at + 3;
            const m = USERINFO.exec(text);
            if (!m)
                continue;
            const scheme = SCHEME.exec(text.slice(Math.max(0, at - 31), at))?.[0];
            if (!scheme)
                continue;
            const [, user = '', password = '', host = ''] = m;
            if (!isSecretPassword(user, password) || DOC_HOSTS.test(host))
                continue;
            const start = at + 3 + user.length + 1;
            // A GitLab job's own service container (`@postgres:5432` beside a `postgres:16` service):
            // a throwaway password, reported at low by gitlab-ci-literal-variable (ci-services.ts).
            if (context?.gitlabPipeline === true && (0,_ci_services_js__WEBPACK_IMPORTED_MODULE_0__/* .isGitLabServiceHost */ .nM)(text, start, host))
                continue;
            matches.push(passwordMatch(start, password, `a ${scheme.toLowerCase()} URL`));
        }
        return matches;
    },
};
function isSecretPassword(user, password) {
    if (password.length < 4 || password === user)
        return false;
    if (WEAK.has(password.toLowerCase()))
        return false;
    if ((0,_placeholders_js__WEBPACK_IMPORTED_MODULE_2__/* .isReference */ .A_)(password) || (0,_placeholders_js__WEBPACK_IMPORTED_MODULE_2__/* .isPlaceholder */ .wK)(password))
        return false;
    // Template syntax of every kind (`{password}`, `%(pw)s`, `<pw>`), but percent-escapes are fine.
    if (/[{}<>]|%(?![0-9A-Fa-f]{2})|^:/.test(password))
        return false;
    return true;
}
/**
 * `Password=` / `Pwd=` of a `Key=Value;` connection string: the value up to `;`, a quote or a
 * blank. Led by the keyword (the character before it is checked apart), so the search does not
 * start a match at every blank of the text.
 */
const KEY_VALUE_PASSWORD = /(?:password|pwd)[ \t]*=[ \t]*([^;"'`\s]{1,200})/gi;
const KEY_BOUNDARY = /[;"'`\s]/;
/** Another key of the same connection string, which tells it from `PASSWORD=...` in a shell or env file. */
const CONNECTION_KEY = /(^|[;"'`\s])(server|host|data source|address|addr|database|initial catalog|user id|uid|username|user)[ \t]*=/i;
const SERVER_VALUE = /(^|[;"'`\s])(server|host|data source|address|addr)[ \t]*=[ \t]*(?:tcp:)?([^;,"'`\s]{1,255})/i;
/** Passwords of `Key=Value;` connection strings (`Host=db;Username=app;Password=...`), one line at a time. */
function keyValuePasswords(text) {
    const matches = [];
    KEY_VALUE_PASSWORD.lastIndex = 0;
    for (let m = KEY_VALUE_PASSWORD.exec(text); m !== null; m = KEY_VALUE_PASSWORD.exec(text)) {
        if (m.index > 0 && !KEY_BOUNDARY.test(text[m.index - 1]))
            continue;
        const password = m[1];
        const start = m.index + m[0].length - password.length;
        const next = text.indexOf('\n', start);
        const line = text.slice(text.lastIndexOf('\n', m.index) + 1, next === -1 ? text.length : next);
        // A connection string: `;`-separated, with a server, database or user key beside the password.
        if (!line.includes(';') || !CONNECTION_KEY.test(line))
            continue;
        if (!isSecretPassword('', password))
            continue;
        const server = SERVER_VALUE.exec(line)?.[3];
        if (server !== undefined && DOC_HOSTS.test(server))
            continue;
        matches.push(passwordMatch(start, password, 'a connection string'));
    }
    return matches;
}
/** The match for a password `where` it was found; a guessable one (`kuma123`) is medium, the policy of every literal rule. */
function passwordMatch(start, password, where) {
    const guessable = (0,_password_policy_js__WEBPACK_IMPORTED_MODULE_1__/* .guessableReason */ .cU)(password);
    return {
        start,
        end: start + password.length,
        secret: password,
        prefix: '',
        kind: guessable ? `password in ${where}, a well-known or guessable one (${guessable}) that anyone can try: set it from a Secret or the secret store` : `password in ${where}`,
        ...(guessable ? { severity: 'medium' } : {}),
    };
}


/***/ }),

/***/ 4016:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  d: () => (/* binding */ findSecrets)
});

// EXTERNAL MODULE: ./.build-emit/src/detectors/catalogue.js + 12 modules
var catalogue = __webpack_require__(3946);
// EXTERNAL MODULE: ./.build-emit/src/detectors/generic.js
var generic = __webpack_require__(4330);
;// CONCATENATED MODULE: ./.build-emit/src/detectors/continuations.js
/**
 * Keys written over several lines. The forms in which a value really continues on the next line:
 *
 * - a backslash right before the line break, inside a word: a YAML double-quoted scalar's escaped
 *   line break (the break and the next line's indentation are dropped), a shell or Dockerfile
 *   line continuation (`run:`, `script:`, `.sh`, `RUN`), a C macro;
 * - string concatenation across the break: `"abc" +` / `"def"`, `"abc"` / `+ "def"`, PHP `.`,
 *   Lua `..`, VB `&`, a Python `\` after the literal, and implicit concatenation of adjacent
 *   literals (Python, C: `("abc"` / `"def")`); the next line's literal must hold nothing but the
 *   rest of the key, closed on that line;
 * - a YAML plain or quoted scalar folded over lines (in YAML files only): the next line is more
 *   indented than the line the value started on and holds nothing but the rest (and perhaps the
 *   closing quote). YAML folds the break into a space, but a key has no space: the halves joined
 *   without it are the key.
 *
 * Each chain of such lines becomes a small joined text (with a few lines of context around it, for
 * detectors that look for a provider's name nearby) and a map back to the original offsets. The
 * detectors run on it, and only matches that cross a join are new. One pass over the lines, and
 * each line belongs to at most one chain, so the extra work stays linear in the text.
 */
/** Context kept before and after a chain: lines, and characters at most. */
const CONTEXT_LINES_BEFORE = 2;
const CONTEXT_CHARS = 400;
/** Characters of key bodies (alphanumerics, `_-`, base64 `+/=`, `.` of dotted tokens, `~`). */
function isKeyChar(code) {
    return ((code >= 48 && code <= 57) || // 0-9
        (code >= 65 && code <= 90) || // A-Z
        (code >= 97 && code <= 122) || // a-z
        code === 95 || // _
        code === 45 || // -
        code === 43 || // +
        code === 47 || // /
        code === 61 || // =
        code === 46 || // .
        code === 126 // ~
    );
}
const isBlank = (code) => code === 32 || code === 9;
const isQuote = (code) => code === 34 || code === 39 || code === 96; // " ' `
const BACKSLASH = 92;
/** Where line `start` ends: the offset of its `\n` (or the text's end), and the end of its content before any `\r`. */
function lineEnd(text, start) {
    let nl = text.indexOf('\n', start);
    if (nl === -1)
        nl = text.length;
    const end = nl > start && text.charCodeAt(nl - 1) === 13 ? nl - 1 : nl;
    return { nl, end };
}
function indentation(text, start, end) {
    let i = start;
    while (i < end && isBlank(text.charCodeAt(i)))
        i++;
    return i - start;
}
/** The end of the run of key characters starting at `i`. */
function runEnd(text, i, end) {
    while (i < end && isKeyChar(text.charCodeAt(i)))
        i++;
    return i;
}
/**
 * The link between the line [start, end) and the next line [next, nextEnd), if the value at the
 * end of the first continues at the start of the second. `base` is the indentation of the line
 * the chain started on (for folded scalars).
 */
function linkAt(text, start, end, next, nextEnd, base, options) {
    if (end <= start || next >= nextEnd)
        return null;
    const last = text.charCodeAt(end - 1);
    const nextIndent = indentation(text, next, nextEnd);
    const p = next + nextIndent;
    if (p >= nextEnd)
        return null;
    // 1. `abc\` + break + indentation + `def`: the word goes on.
    if (last === BACKSLASH && end - 2 >= start && isKeyChar(text.charCodeAt(end - 2))) {
        if (!isKeyChar(text.charCodeAt(p)))
            return null;
        // Indented further than this line (a shell command's next argument, a YAML double-quoted
        // scalar's next line): the rest of the word must end the line, close a string or a call, or
        // continue again; a word followed by more words (`    echo done`) is a new word.
        if (nextIndent > indentation(text, start, end) && !endsWord(text, runEnd(text, p, nextEnd), nextEnd))
            return null;
        return { glueStart: end - 1, glueEnd: p };
    }
    // 2. String concatenation: `...abc"` [op] + break + [op] `"def"`.
    let i = end;
    while (i > start && isBlank(text.charCodeAt(i - 1)))
        i--;
    let operatorBefore = false;
    const op = operatorEnding(text, start, i);
    if (op > 0) {
        operatorBefore = true;
        i -= op;
        while (i > start && isBlank(text.charCodeAt(i - 1)))
            i--;
    }
    if (i - 2 >= start && isQuote(text.charCodeAt(i - 1)) && isKeyChar(text.charCodeAt(i - 2))) {
        let q = p;
        if (!operatorBefore) {
            const leading = operatorStarting(text, q, nextEnd);
            q += leading;
            while (q < nextEnd && isBlank(text.charCodeAt(q)))
                q++;
        }
        // A string prefix (`f"`, `rb"`) before the opening quote.
        let prefixed = 0;
        while (prefixed < 2 && q < nextEnd && /[rbfuRBFU]/.test(text[q])) {
            q++;
            prefixed++;
        }
        if (q >= nextEnd || !isQuote(text.charCodeAt(q)))
            return null;
        const r = runEnd(text, q + 1, nextEnd);
        if (r === q + 1 || r >= nextEnd || text.charCodeAt(r) !== text.charCodeAt(q))
            return null;
        return { glueStart: i - 1, glueEnd: q + 1 };
    }
    // 3. A folded YAML scalar: the next line is more indented and holds only the rest of the value.
    if (!options.folds || !isKeyChar(last) || nextIndent <= base)
        return null;
    const r = runEnd(text, p, nextEnd);
    if (r === p)
        return null;
    let k = r;
    if (k < nextEnd && (text.charCodeAt(k) === 34 || text.charCodeAt(k) === 39))
        k++;
    while (k < nextEnd && isBlank(text.charCodeAt(k)))
        k++;
    if (k !== nextEnd)
        return null;
    return { glueStart: end, glueEnd: p };
}
/** After the rest of a word: the line's end, a closing quote, a closing bracket or `;`, or another continuation. */
function endsWord(text, r, end) {
    let k = r;
    while (k < end && isBlank(text.charCodeAt(k)))
        k++;
    if (k === end)
        return true;
    if (k > r)
        return false; // a blank, then more text: another word
    const c = text[k];
    return c === '"' || c === "'" || c === '`' || c === ')' || c === ']' || c === '}' || c === ';' || c === ',' || (c === '\\' && k === end - 1);
}
/** Length of a concatenation operator that ends [start, end): `+`, `.`, `..`, `&`, `\`. */
function operatorEnding(text, start, end) {
    if (end <= start)
        return 0;
    const c = text[end - 1];
    if (c === '.' && end - 2 >= start && text[end - 2] === '.')
        return 2;
    return c === '+' || c === '.' || c === '&' || c === '\\' ? 1 : 0;
}
/** Length of a concatenation operator that starts the next line. */
function operatorStarting(text, at, end) {
    if (at >= end)
        return 0;
    const c = text[at];
    if (c === '.' && text[at + 1] === '.')
        return 2;
    return c === '+' || c === '.' || c === '&' ? 1 : 0;
}
/**
 * Line breaks after a string's closing quote (and perhaps an operator): the second form's
 * candidates (a leading `+` on the next line still follows a quote on this one). The definition;
 * `candidateBreaks` finds the same breaks by looking back from each line break.
 */
const BREAK_AFTER_QUOTE = /["'`][ \t]*(?:(?:\+|\.\.?|&|\\)[ \t]*)?\r?\n/g;
/**
 * Line breaks before a line that holds a single run of key characters: a folded scalar's rest.
 * The definition; `candidateBreaks` finds the same breaks by looking on from each line break.
 */
const BREAK_BEFORE_RUN = /\n[ \t]+[A-Za-z0-9_\-+/=.~]+["']?[ \t]*(?=\r?\n|$)/g;
/**
 * Offsets of the line breaks that may join two parts of a value, ascending (few in most texts):
 * after a backslash (the first form), after a closing quote (BREAK_AFTER_QUOTE), and with
 * `folds`, before a line that is a single run (BREAK_BEFORE_RUN). One plain search for line
 * breaks and a few characters looked at around each: regexes that start at every quote of a
 * source file cost several times more.
 */
function candidateBreaks(text, options) {
    const found = [];
    const folds = options.folds === true;
    for (let nl = text.indexOf('\n'); nl !== -1; nl = text.indexOf('\n', nl + 1)) {
        if (breaksAfterQuoteOrBackslash(text, nl) || (folds && breaksBeforeRun(text, nl)))
            found.push(nl);
    }
    return found;
}
function isBlankCode(c) {
    return c === 32 || c === 9;
}
/** `\` then the break, or a quote, blanks, perhaps an operator and blanks, then the break. */
function breaksAfterQuoteOrBackslash(text, nl) {
    let j = nl - 1;
    if (text.charCodeAt(j) === 13)
        j--;
    if (text.charCodeAt(j) === 92)
        return true; // `\` + break: the first form
    while (j >= 0 && isBlankCode(text.charCodeAt(j)))
        j--;
    if (isQuoteCode(text.charCodeAt(j)))
        return true;
    // An operator between the quote and the break: `+`, `&`, `\`, `.` or `..`.
    const c = text.charCodeAt(j);
    if (c !== 43 && c !== 38 && c !== 46 && c !== 92)
        return false;
    const quoteBefore = (k) => {
        while (k >= 0 && isBlankCode(text.charCodeAt(k)))
            k--;
        return isQuoteCode(text.charCodeAt(k));
    };
    if (quoteBefore(j - 1))
        return true;
    return c === 46 && text.charCodeAt(j - 1) === 46 && quoteBefore(j - 2);
}
function isQuoteCode(c) {
    return c === 34 || c === 39 || c === 96;
}
/** The break, blanks, a run of key characters, perhaps a quote, blanks, then a break or the end. */
function breaksBeforeRun(text, nl) {
    let k = nl + 1;
    const start = k;
    while (isBlankCode(text.charCodeAt(k)))
        k++;
    if (k === start)
        return false;
    const runStart = k;
    while (k < text.length && isRunCode(text.charCodeAt(k)))
        k++;
    if (k === runStart)
        return false;
    const q = text.charCodeAt(k);
    if (q === 34 || q === 39)
        k++;
    while (isBlankCode(text.charCodeAt(k)))
        k++;
    if (k >= text.length)
        return true;
    const c = text.charCodeAt(k);
    return c === 10 || (c === 13 && text.charCodeAt(k + 1) === 10);
}
/** `[A-Za-z0-9_\-+/=.~]` */
function isRunCode(c) {
    return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === 45 || c === 43 || c === 47 || c === 61 || c === 46 || c === 126;
}
/** The joined texts of every chain of continued lines in `text` (usually none). */
function joinedTexts(text, options = {}) {
    const out = [];
    const breaks = candidateBreaks(text, options);
    let i = 0;
    // Breaks before this offset belong to a chain already taken.
    let taken = 0;
    while (i < breaks.length) {
        const nl = breaks[i];
        i++;
        if (nl < taken)
            continue;
        const start = text.lastIndexOf('\n', nl - 1) + 1;
        const end = nl > start && text.charCodeAt(nl - 1) === 13 ? nl - 1 : nl;
        const base = indentation(text, start, end);
        let following = lineEnd(text, nl + 1);
        let link = linkAt(text, start, end, nl + 1, following.end, base, options);
        if (!link)
            continue;
        // A chain: follow the links as long as they go (each one's break is a candidate too).
        const links = [];
        let lineStart = nl + 1;
        for (;;) {
            links.push(link);
            if (following.nl >= text.length || breaks[i] !== following.nl)
                break;
            const after = lineEnd(text, following.nl + 1);
            const next = linkAt(text, lineStart, following.end, following.nl + 1, after.end, base, options);
            if (!next)
                break;
            link = next;
            i++;
            lineStart = following.nl + 1;
            following = after;
        }
        taken = following.nl;
        out.push(joined(text, contextStart(text, start), contextEnd(text, following.nl), links));
    }
    return out;
}
/** Where the context before a chain starting at `start` begins: two lines up, at most CONTEXT_CHARS back. */
function contextStart(text, start) {
    const floor = Math.max(0, start - CONTEXT_CHARS);
    let at = start;
    for (let k = 0; k < CONTEXT_LINES_BEFORE && at > floor; k++)
        at = text.lastIndexOf('\n', at - 2) + 1;
    return Math.max(at, floor);
}
/** Where the context after a chain whose last line ends at `nl` ends: the next line, at most CONTEXT_CHARS on. */
function contextEnd(text, nl) {
    if (nl >= text.length)
        return text.length;
    return Math.min(lineEnd(text, nl + 1).nl, nl + CONTEXT_CHARS);
}
function joined(text, from, to, links) {
    const pieces = [];
    const joins = [];
    let parts = '';
    let at = from;
    for (const link of links) {
        pieces.push({ at: parts.length, from: at, length: link.glueStart - at });
        parts += text.slice(at, link.glueStart);
        joins.push(parts.length);
        at = link.glueEnd;
    }
    pieces.push({ at: parts.length, from: at, length: Math.max(0, to - at) });
    parts += text.slice(at, Math.max(at, to));
    return { text: parts, pieces, joins };
}
/** The original offset of a joined text's offset (an end offset maps from the character before it). */
function originalOffset(joinedText, offset, isEnd = false) {
    const target = isEnd ? offset - 1 : offset;
    const { pieces } = joinedText;
    let lo = 0;
    let hi = pieces.length - 1;
    while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (pieces[mid].at <= target)
            lo = mid;
        else
            hi = mid - 1;
    }
    const piece = pieces[lo];
    return piece.from + (target - piece.at) + (isEnd ? 1 : 0);
}
/** True when [start, end) of the joined text spans at least one join. */
function crossesJoin(joinedText, start, end) {
    return joinedText.joins.some((j) => start < j && end > j);
}
/** The parts of [start, end) of the joined text as written in the original, one per line. */
function originalParts(joinedText, original, start, end) {
    const parts = [];
    for (const piece of joinedText.pieces) {
        const s = Math.max(start, piece.at);
        const e = Math.min(end, piece.at + piece.length);
        if (s < e)
            parts.push(original.slice(piece.from + (s - piece.at), piece.from + (e - piece.at)));
    }
    return parts;
}

;// CONCATENATED MODULE: ./.build-emit/src/detectors/decode.js
/** Encoded runs shorter than this hold nothing worth decoding (a 12-byte value). */
const MIN_BASE64 = 16;
/** Decoded text must be at least this share of printable characters. */
const MIN_PRINTABLE = 0.9;
/** All decoded layers of one file together may not exceed this many characters. */
const BUDGET_FACTOR = 2;
/** Character classes by char code, as bit flags, so one table lookup classifies a character. */
const BASE64 = 1;
const HEX = 2;
const UPPER = 4;
const LOWER_OR_DIGIT = 8;
const URL_SAFE = 16;
const PLUS_SLASH = 32;
const URL_CHAR = 64;
const WORD = 128;
/** Indexed by any UTF-16 code unit, so the hot loop needs no range check. */
const CLASS = new Uint8Array(65536);
const mark = (chars, flag) => {
    for (const c of chars)
        CLASS[c.charCodeAt(0)] |= flag;
};
mark('ABCDEFGHIJKLMNOPQRSTUVWXYZ', BASE64 | UPPER | URL_CHAR | WORD);
mark('abcdefghijklmnopqrstuvwxyz0123456789', BASE64 | LOWER_OR_DIGIT | URL_CHAR | WORD);
mark('0123456789abcdefABCDEF', HEX);
mark('-_', BASE64 | URL_SAFE);
mark('+/', BASE64 | PLUS_SLASH);
mark('%._~+-', URL_CHAR);
/** The class flags of text[i]; 0 past the end (charCodeAt gives NaN, which indexes nothing). */
function classOf(text, i) {
    return CLASS[text.charCodeAt(i)] ?? 0;
}
const HEX_MIN = 32;
/** Base64 digit values by char code (both alphabets), -1 elsewhere. */
const BASE64_VALUE = new Int8Array(128).fill(-1);
[...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'].forEach((c, i) => (BASE64_VALUE[c.charCodeAt(0)] = i));
BASE64_VALUE['+'.charCodeAt(0)] = BASE64_VALUE['-'.charCodeAt(0)] = 62;
BASE64_VALUE['/'.charCodeAt(0)] = BASE64_VALUE['_'.charCodeAt(0)] = 63;
/** Bytes decoded from the head of a run before the whole run is: enough to reject binary. */
const SAMPLE_BYTES = 9;
const sample = new Uint8Array(SAMPLE_BYTES);
/** Every decodable run of `text`, nested up to `depth` levels, breadth first. */
function decodeLayers(text, depth) {
    const layers = [];
    let budget = Math.max(text.length * BUDGET_FACTOR, 65_536);
    let frontier = [{ text, chain: [], start: 0, end: text.length, spans: [] }];
    for (let level = 0; level < depth && frontier.length > 0; level++) {
        const next = [];
        for (const parent of frontier) {
            for (const piece of decodeRuns(parent.text)) {
                budget -= piece.text.length;
                if (budget < 0)
                    return layers;
                // Offsets inside a decoded layer do not map to the file: the whole outer span stands for it.
                const spans = [...parent.spans, { start: piece.start, end: piece.end }];
                const layer = { text: piece.text, chain: [...parent.chain, piece.encoding], start: spans[0].start, end: spans[0].end, spans };
                layers.push(layer);
                next.push(layer);
            }
        }
        frontier = next;
    }
    return layers;
}
function decodeRuns(text) {
    const pieces = [];
    encodedRuns(text, pieces);
    percentRuns(text, pieces);
    return pieces;
}
/**
 * Base64 and hex runs. A base64 run is a maximal run of the alphabet (standard or URL-safe) of at
 * least MIN_BASE64 characters plus up to two `=`; hex digits are base64 characters, so every hex
 * run (at least HEX_MIN digits, not inside a word) lies inside one. Such a run always covers an
 * offset that is a multiple of MIN_BASE64, so only those offsets are looked at, and a run is
 * walked out from there: in source code, where most runs are short words, that touches about a
 * third of the characters. (Regexes cost two to three times a plain loop here.)
 */
function encodedRuns(text, pieces) {
    const n = text.length;
    for (let at = 0; at < n;) {
        if ((classOf(text, at) & BASE64) === 0) {
            at += MIN_BASE64;
            continue;
        }
        let start = at;
        while (start > 0 && (classOf(text, start - 1) & BASE64) !== 0)
            start--;
        let end = at + 1;
        while (end < n && (classOf(text, end) & BASE64) !== 0)
            end++;
        // The next offset to look at is past this run (it ends at a character outside the alphabet).
        at = end + ((MIN_BASE64 - (end % MIN_BASE64)) % MIN_BASE64);
        if (end - start >= MIN_BASE64)
            decodeRun(text, start, end, pieces);
    }
}
/**
 * One base64 run [start, bodyEnd): the hex runs inside it, then the run itself as base64. Most
 * runs are identifiers, hashes or random data, so the cheap tests come first: long hex runs are
 * found by looking at few offsets (longHexRuns), and the head of the decoding is judged before
 * the whole run is read for its character mix.
 */
function decodeRun(text, start, bodyEnd, pieces) {
    let hexAtStart = false;
    longHexRuns(text, start, bodyEnd, (from, to) => {
        if (hexPiece(text, from, to, pieces) && from === start)
            hexAtStart = true;
    });
    if (hexAtStart)
        return;
    if ((bodyEnd - start) % 4 === 1)
        return;
    if (!headLooksLikeText(base64Head(text, start), bodyEnd - start))
        return;
    let seen = 0;
    for (let i = start; i < bodyEnd; i++)
        seen |= classOf(text, i);
    // base64 of text always has upper case letters (the top bits of ASCII bytes); paths and
    // lower-case identifiers never decode to anything useful.
    if ((seen & UPPER) === 0 || (seen & LOWER_OR_DIGIT) === 0)
        return;
    const urlSafe = (seen & URL_SAFE) !== 0;
    if (urlSafe && (seen & PLUS_SLASH) !== 0)
        return;
    let end = bodyEnd;
    while (end < text.length && end - bodyEnd < 2 && text.charCodeAt(end) === 61)
        end++;
    const decoded = printable(Buffer.from(text.slice(start, bodyEnd), urlSafe ? 'base64url' : 'base64'));
    if (decoded !== null)
        pieces.push({ text: decoded, encoding: 'base64', start, end });
}
/**
 * Every maximal run of hex digits of at least HEX_MIN inside [start, end), in order. Such a run
 * covers an offset that is a multiple of HEX_MIN, so only those offsets are looked at and a run is
 * walked out from there; most hex streaks in a base64 run are a few letters of a word.
 */
function longHexRuns(text, start, end, visit) {
    for (let at = start + ((HEX_MIN - (start % HEX_MIN)) % HEX_MIN); at < end;) {
        if ((classOf(text, at) & HEX) === 0) {
            at += HEX_MIN;
            continue;
        }
        let from = at;
        while (from > start && (classOf(text, from - 1) & HEX) !== 0)
            from--;
        let to = at + 1;
        while (to < end && (classOf(text, to) & HEX) !== 0)
            to++;
        if (to - from >= HEX_MIN)
            visit(from, to);
        at = to + ((HEX_MIN - (to % HEX_MIN)) % HEX_MIN);
    }
}
/** A hex run [start, end) inside a base64 run, when whole bytes, not part of a word, and text. */
function hexPiece(text, start, end, pieces) {
    if (end - start < HEX_MIN || (end - start) % 2 !== 0)
        return false;
    if (start > 0 && (classOf(text, start - 1) & WORD) !== 0)
        return false;
    if (end < text.length && (classOf(text, end) & WORD) !== 0)
        return false;
    if (!headLooksLikeText(hexHead(text, start), (end - start) / 2))
        return false;
    const decoded = printable(Buffer.from(text.slice(start, end), 'hex'));
    if (decoded === null)
        return false;
    pieces.push({ text: decoded, encoding: 'hex', start, end });
    return true;
}
/**
 * Percent-escaped runs: each `%XX` found by `indexOf`, grown into its run of URL characters in
 * code (a regex with a leading `[...]*` before `%` would rescan every long run quadratically).
 */
function percentRuns(text, pieces) {
    let covered = -1;
    for (let at = text.indexOf('%'); at >= 0; at = text.indexOf('%', at + 1)) {
        if (at < covered || (classOf(text, at + 1) & HEX) === 0 || (classOf(text, at + 2) & HEX) === 0)
            continue;
        let start = at;
        let end = at + 3;
        while (start > 0 && (classOf(text, start - 1) & URL_CHAR) !== 0)
            start--;
        while (end < text.length && (classOf(text, end) & URL_CHAR) !== 0)
            end++;
        covered = end;
        let decoded;
        try {
            decoded = decodeURIComponent(text.slice(start, end));
        }
        catch {
            continue;
        }
        if (printable(Buffer.from(decoded, 'utf8')) !== null)
            pieces.push({ text: decoded, encoding: 'url', start, end });
    }
}
/** The first SAMPLE_BYTES bytes a base64 run (at least 16 characters) decodes to, in `sample`. */
function base64Head(text, start) {
    for (let g = 0; g < SAMPLE_BYTES / 3; g++) {
        const at = start + g * 4;
        const v = (BASE64_VALUE[text.charCodeAt(at)] << 18) | (BASE64_VALUE[text.charCodeAt(at + 1)] << 12) | (BASE64_VALUE[text.charCodeAt(at + 2)] << 6) | BASE64_VALUE[text.charCodeAt(at + 3)];
        sample[g * 3] = v >> 16;
        sample[g * 3 + 1] = v >> 8;
        sample[g * 3 + 2] = v;
    }
    return sample;
}
/** The first SAMPLE_BYTES bytes a hex run (at least 32 digits) decodes to, in `sample`. */
function hexHead(text, start) {
    for (let b = 0; b < SAMPLE_BYTES; b++)
        sample[b] = (hexValue(text.charCodeAt(start + b * 2)) << 4) | hexValue(text.charCodeAt(start + b * 2 + 1));
    return sample;
}
function hexValue(c) {
    return c <= 57 ? c - 48 : (c | 32) - 87;
}
/**
 * The shape check behind both: at most `allowed` control characters, and bytes of 0x80 and up
 * only as UTF-8 sequences (random bytes fail within a few bytes). Returns how many multi-byte
 * sequences there are (0: plain ASCII), or -1 when this is not text. With `cut`, the bytes are
 * the head of a longer decoding, and a sequence cut off at their end is judged on what is there.
 */
function textShape(bytes, allowed, cut) {
    let control = 0;
    let sequences = 0;
    for (let i = 0; i < bytes.length; i++) {
        const b = bytes[i];
        if (b < 0x80) {
            if (((b < 0x20 && b !== 9 && b !== 10 && b !== 13) || b === 0x7f) && ++control > allowed)
                return -1;
            continue;
        }
        const need = b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : 0;
        if (need === 0 || (!cut && i + need >= bytes.length))
            return -1;
        for (let k = 1; k <= need && i + k < bytes.length; k++)
            if ((bytes[i + k] & 0xc0) !== 0x80)
                return -1;
        i += need;
        sequences++;
    }
    return sequences;
}
/**
 * False when the head of a decoding already rules out what `printable` accepts for the whole
 * (`total` bytes): invalid UTF-8, or more control characters than the whole may hold. Saves
 * decoding the many runs in source code that are identifiers, hashes or binary.
 */
function headLooksLikeText(head, total) {
    return textShape(head, Math.floor(total * (1 - MIN_PRINTABLE)), true) >= 0;
}
/**
 * The bytes as text when they are mostly printable (ASCII, or valid UTF-8 letters), else null.
 */
function printable(bytes) {
    if (bytes.length < 8)
        return null;
    const sequences = textShape(bytes, Math.floor(bytes.length * (1 - MIN_PRINTABLE)), false);
    if (sequences < 0)
        return null;
    if (sequences === 0)
        return bytes.toString('latin1');
    // Overlong forms and surrogates pass the shape check; the decoder replaces them.
    const text = bytes.toString('utf8');
    return text.includes('\uFFFD') ? null : text;
}

// EXTERNAL MODULE: ./.build-emit/src/detectors/prefilter.js
var prefilter = __webpack_require__(764);
;// CONCATENATED MODULE: ./.build-emit/src/detectors/find.js





// The generic rule walks from every secret-like word to its assignment: the prefilter finds the
// words' places in its own pass.
const find_prefilter = new prefilter/* KeywordPrefilter */.T(catalogue/* DETECTORS */.c, { track: generic/* genericSecretDetector */.kN.keywords });
const PRIORITY = new Map(catalogue/* DETECTORS */.c.map((d, i) => [d, i]));
function findSecrets(text, options = {}) {
    const candidates = candidatesIn(text, options);
    // A key split over lines: the detectors again on each chain of continued lines, joined; only
    // matches that cross a join are new (the others were found above).
    for (const joined of joinedTexts(text, { folds: options.yaml === true })) {
        for (const candidate of candidatesIn(joined.text, options)) {
            const { found, path } = candidate;
            if (!crossesJoin(joined, found.start, found.end))
                continue;
            const start = originalOffset(joined, found.start);
            const end = originalOffset(joined, found.end, true);
            const outer = path[0];
            candidates.push({
                found: { ...found, start, end, parts: originalParts(joined, text, found.start, found.end) },
                path: [{ start: originalOffset(joined, outer.start), end: originalOffset(joined, outer.end, true) }, ...path.slice(1)],
            });
        }
    }
    return resolveOverlaps(candidates);
}
/** Every detector's matches in a text and in its decoded layers, before overlaps are resolved. */
function candidatesIn(text, options) {
    const candidates = [];
    const { detectors, trackedAt } = find_prefilter.scan(text);
    for (const detector of detectors) {
        for (const match of detector.find(text, { ...options, trackedAt })) {
            candidates.push({ found: { ...match, detector }, path: [{ start: match.start, end: match.end }] });
        }
    }
    for (const layer of decodeLayers(text, options.decodeDepth ?? 0)) {
        const inLayer = find_prefilter.scan(layer.text);
        for (const detector of inLayer.detectors) {
            // Decoded text is data, whatever file it was found in.
            for (const match of detector.find(layer.text, { ...options, trackedAt: inLayer.trackedAt, language: undefined, gitlabPipeline: undefined })) {
                const decodedFrom = [...layer.chain, ...(match.decodedFrom ?? [])];
                candidates.push({
                    found: { ...match, detector, start: layer.start, end: layer.end, decodedFrom },
                    path: [...layer.spans, { start: match.start, end: match.end }],
                });
            }
        }
    }
    return candidates;
}
/**
 * Where matches overlap, the detector listed first wins (specific before generic), then the
 * shallower, then a key joined over lines (over the half a detector may accept on its own).
 */
function resolveOverlaps(candidates) {
    const ordered = [...candidates].sort((a, b) => PRIORITY.get(a.found.detector) - PRIORITY.get(b.found.detector) ||
        a.path.length - b.path.length ||
        Number(b.found.parts !== undefined) - Number(a.found.parts !== undefined) ||
        a.path[0].start - b.path[0].start);
    const kept = [];
    for (const candidate of ordered) {
        if (!kept.some((k) => pathsOverlap(k.path, candidate.path)))
            kept.push(candidate);
    }
    return kept.map((k) => k.found).sort((a, b) => a.start - b.start || a.end - b.end);
}
/**
 * Two matches overlap when their regions intersect at every level down to where one of them
 * ends; matches in the same decoded text are compared by their own offsets there.
 */
function pathsOverlap(a, b) {
    for (let i = 0; i < Math.min(a.length, b.length); i++) {
        const x = a[i];
        const y = b[i];
        if (x.start >= y.end || y.start >= x.end)
            return false;
        const last = i === a.length - 1 || i === b.length - 1;
        if (last || x.start !== y.start || x.end !== y.end)
            return true;
    }
    return true;
}


/***/ }),

/***/ 4330:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   kN: () => (/* binding */ genericSecretDetector),
/* harmony export */   w2: () => (/* binding */ isSecretValue)
/* harmony export */ });
/* unused harmony export separatorsAfter */
/* harmony import */ var _password_policy_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4637);
/* harmony import */ var _secret_names_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9510);
/* harmony import */ var _entropy_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1678);
/* harmony import */ var _placeholders_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7473);
/**
 * The generic rule: a secret-like name (`api_key`, `token`, `password`, ...) assigned a literal
 * that looks like key material. Assignments are found from each `:` / `=` by walking outwards in
 * code, so there is no regex to backtrack; the value must be long, random and not a placeholder,
 * reference, path or public identifier.
 */




const MIN_LENGTH = 12;
const MAX_LENGTH = 200;
const MIN_ENTROPY = 3;
/**
 * The names this rule considers contain one of these (most secret-like names do; `PAT` and
 * `WEBHOOK_URL` values are left to the provider detectors). Also its prefilter keywords.
 */
const HINTS = ['key', 'token', 'secret', 'pass', 'pwd', 'credential', 'auth'];
const NAME_HINT = new RegExp(HINTS.join('|'), 'i');
const SEPARATOR = /[:=]/g;
/** `{name}` / `{obj.attr}` (f-strings, format, templates), `%(name)s`, `%s`. */
const INTERPOLATION = /\{[A-Za-z_][\w.]*(\[[^\]]*\])?(![rsa])?(:[^}]*)?\}|%\([A-Za-z_]\w*\)[sdr]|%[sd](?![A-Za-z0-9])/;
/** Names `isSecretLikeName` accepts that hold references or settings in manifests and charts. */
const NOT_A_VALUE_NAME = /(^|_)(REF|KEY_REF|SECRET_REF|EXISTING(_[A-Z]+)*|SELECTOR|PROVIDER(_CLASS)?|STORE|MANAGER|MOUNT|VOLUME|ARN|VERSION|KEYS?|ALGORITHM|SIZE|COUNT|FORMAT|POLICY|SCOPES?|REGION|ENDPOINT|DIR|PREFIX|SUFFIX|HINT|FIELD|PARAM|PROPERTY|ENV|VAR|VARIABLE|NAMESPACE|KIND|SOURCE|ROTATION|LOCATION|HASH|SALT_ROUNDS|TEMPLATE)$/;
const genericSecretDetector = {
    id: 'generic-secret',
    provider: 'Generic',
    grants: 'whatever the credential assigned to this secret-like name protects',
    keywords: HINTS,
    severity: 'medium',
    remediation: 'If this is a real credential, rotate it with its issuer and read it from the platform secret store (e.g. ${{ secrets.NAME }}); if it is not, mark the line with `openai-secret-lint:ignore[generic-secret]`.',
    helpUri: 'https://github.com/openai-secret-lint/openai-secret-lint/blob/main/docs/rules/hardcoded-secrets.md#generic-secret',
    validators: ['secret-like name', 'entropy', 'placeholder', 'reference'],
    find(text, context) {
        const matches = [];
        // User-configured names need not contain the usual hints.
        const anyName = (context?.secretNames?.extra?.length ?? 0) > 0;
        // A file repeats its names: decide each once.
        const decided = new Map();
        // SealedSecret `encryptedData` values are ciphertext for the cluster's key, safe to commit.
        const sealed = text.includes('SealedSecret') && /kind:\s*SealedSecret/.test(text);
        const separators = anyName ? everySeparator(text) : separatorsAfter(text, context?.trackedAt ?? hintsIn(text));
        for (const sep of separators) {
            const assignment = readAssignment(text, sep, anyName);
            if (!assignment)
                continue;
            const { name, start, value } = assignment;
            let secretName = decided.get(name);
            if (secretName === undefined)
                decided.set(name, (secretName = isSecretName(name, context)));
            if (!secretName)
                continue;
            // Unquoted code (calls, comments, bundler names), YAML anchors, aliases and tags.
            if (!assignment.quoted && /^[&*!]|[()[\]"'`]|\/\*|\/\/|__/.test(value))
                continue;
            // In source code a literal is quoted: anything else is an expression, a name or a type.
            if (!assignment.quoted && context?.language === 'code')
                continue;
            // Interpolated templates (`f"...{x}..."`, `"%(x)s"`, `"#{x}"`): built at run time, not a literal.
            if (INTERPOLATION.test(value))
                continue;
            if (sealed && /^Ag[A-D]/.test(value))
                continue;
            // A base64 value (a Kubernetes Secret's `data:`) is judged by what it decodes to.
            const decoded = decodeBase64Text(value);
            if (decoded !== null) {
                if (isSecretValue(decoded))
                    matches.push({ start, end: start + value.length, secret: decoded, prefix: '', kind: `value of ${name}`, decodedFrom: ['base64'], ...limitedSeverity(name, decoded) });
                continue;
            }
            if (!isSecretValue(value))
                continue;
            matches.push({ start, end: start + value.length, secret: value, prefix: '', kind: `value of ${name}`, ...limitedSeverity(name, value) });
        }
        return matches;
    },
};
/**
 * An access key id (`aws-access-key: AKIA...`, `accessKey`) or an upload-only token is reported at
 * low, as the structural rules report it (`limitedCredential`): otherwise the merge of findings
 * would keep this rule's medium for the same value.
 */
function limitedSeverity(name, value) {
    // `echo KEY | base64` ends the text with a line break, which decodeBase64Text does not take as text.
    const decoded = (0,_password_policy_js__WEBPACK_IMPORTED_MODULE_0__/* .base64Text */ .$n)(value);
    return (0,_secret_names_js__WEBPACK_IMPORTED_MODULE_1__/* .limitedCredential */ .Eh)(name, value) || (decoded !== null && (0,_secret_names_js__WEBPACK_IMPORTED_MODULE_1__/* .limitedCredential */ .Eh)(name, decoded)) ? { severity: 'low' } : {};
}
/** Offsets of every `:` and `=` (any name may be secret-like when the user adds names). */
function* everySeparator(text) {
    for (const m of text.matchAll(SEPARATOR))
        yield m.index;
}
/** Where the hints occur in `text` (what the prefilter reports as `trackedAt`, when it ran). */
function hintsIn(text) {
    const hints = new RegExp(NAME_HINT.source, 'gi');
    const at = [];
    for (let m = hints.exec(text); m !== null; m = hints.exec(text))
        at.push(m.index);
    return at;
}
/**
 * Offsets of the `:` / `=` that could follow a name holding a hint, found from the hints (at
 * `hintAt`, ascending) rather than from every separator: minified code and JSON have a separator
 * every few characters, names with a hint are rare. Mirrors how `readAssignment` walks back from
 * a separator (name characters, an optional closing quote, up to seven blanks), so it yields a
 * superset of the separators whose name holds a hint, each once; `readAssignment` then decides.
 */
function* separatorsAfter(text, hintAt) {
    let covered = -1;
    for (const hint of hintAt) {
        // Later hints in the same name lead to the same separator.
        if (hint < covered)
            continue;
        let at = hint;
        while (at < text.length && isNameChar(text.charCodeAt(at)))
            at++;
        covered = at;
        if (text[at] === '"' || text[at] === "'")
            at++;
        const blanksFrom = at;
        while (at < text.length && at - blanksFrom < 8 && (text[at] === ' ' || text[at] === '\t'))
            at++;
        if (text[at] === ':' || text[at] === '=')
            yield at;
    }
}
/**
 * `name: value`, `"name": "value"`, `NAME=value`, `name := "value"`, `name => 'value'`. Null when
 * the value is too short to be a secret (`isSecretValue` wants MIN_LENGTH characters, and a
 * decoded base64 value fewer still): most assignments are settled on offsets, before any slice.
 */
function readAssignment(text, sep, anyName) {
    const op = text[sep];
    let after = sep + 1;
    if (op === '=') {
        const before = text[sep - 1];
        if (before === '=' || before === '!' || before === '<' || before === '>' || before === ':')
            return null;
        if (text[after] === '=')
            return null;
        if (text[after] === '>')
            after++;
    }
    else if (text[after] === '=') {
        after++;
    }
    // Name, walking back over spaces and a closing quote.
    let j = sep - 1;
    while (j >= 0 && j > sep - 8 && (text[j] === ' ' || text[j] === '\t'))
        j--;
    let quotedName = false;
    if (text[j] === '"' || text[j] === "'") {
        quotedName = true;
        j--;
    }
    const nameEnd = j + 1;
    while (j >= 0 && nameEnd - j <= 100 && isNameChar(text.charCodeAt(j)))
        j--;
    let nameStart = j + 1;
    while (nameStart < nameEnd && (text[nameStart] === '-' || text[nameStart] === '.'))
        nameStart++;
    // Most separators are not secret assignments: settle that on the name before reading a value.
    if (nameStart === nameEnd || !isNameStart(text.charCodeAt(nameStart)))
        return null;
    // YAML needs a space after `:`; JSON and code quote the name. Avoids URLs, times, `a:b` ids.
    if (op === ':' && after === sep + 1 && !quotedName && text[after] !== ' ' && text[after] !== '\t')
        return null;
    // Value, after spaces and an optional opening quote.
    let k = after;
    while (k < text.length && k < after + 8 && (text[k] === ' ' || text[k] === '\t'))
        k++;
    const quote = text[k];
    let start;
    let end;
    if (quote === '"' || quote === "'" || quote === '`') {
        start = k + 1;
        end = findClosingQuote(text, start, quote);
        if (end === -1)
            return null;
    }
    else {
        start = end = k;
        // An unquoted value ends at whitespace, punctuation, or an escape (`\n` in YAML held in a string).
        while (end < text.length && end - k <= MAX_LENGTH && !endsUnquotedValue(text, end))
            end++;
    }
    if (end - start < MIN_LENGTH)
        return null;
    const name = text.slice(nameStart, nameEnd);
    if (!anyName && !NAME_HINT.test(name))
        return null;
    return { name, start, value: text.slice(start, end), quoted: start !== k };
}
function isNameStart(c) {
    return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95;
}
/** Whitespace, `,;)}]`, or a backslash escape (`\n`, `\"`): where an unquoted value stops. */
function endsUnquotedValue(text, i) {
    const c = text.charCodeAt(i);
    if (c >= 128)
        return /\s/.test(text[i]);
    if (c === 32 || (c >= 9 && c <= 13) || c === 44 || c === 59 || c === 41 || c === 125 || c === 93)
        return true;
    if (c !== 92)
        return false;
    const next = text.charCodeAt(i + 1);
    return next === 110 || next === 114 || next === 116 || next === 34 || next === 39;
}
function findClosingQuote(text, from, quote) {
    for (let i = from; i < text.length && i - from <= MAX_LENGTH; i++) {
        const ch = text[i];
        if (ch === '\n')
            return -1;
        if (ch === '\\')
            i++;
        else if (ch === quote)
            return i;
    }
    return -1;
}
function isNameChar(c) {
    return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === 46 || c === 45;
}
/** `apiKey` and `api_key` alike: camelCase is split before the shared name check. */
function isSecretName(name, context) {
    const snake = name.replace(/([a-z0-9])([A-Z])/g, '$1_$2');
    const normalized = snake.toUpperCase().replace(/[-.\s]/g, '_');
    if (NOT_A_VALUE_NAME.test(normalized) && !/(API|ACCESS|AUTH|PRIVATE|SECRET|CLIENT)_KEY$/.test(normalized))
        return false;
    const options = { extra: context?.secretNames?.extra ?? [], ignore: context?.secretNames?.ignore ?? [] };
    return (0,_secret_names_js__WEBPACK_IMPORTED_MODULE_1__/* .isSecretLikeName */ .RW)(snake, options) || (0,_secret_names_js__WEBPACK_IMPORTED_MODULE_1__/* .isSecretLikeName */ .RW)(name, options);
}
/** Random-looking key material, not a word, identifier, path, reference or placeholder. */
function isSecretValue(value) {
    if (value.length < MIN_LENGTH || value.length > MAX_LENGTH)
        return false;
    if (/\s/.test(value))
        return false;
    if ((0,_placeholders_js__WEBPACK_IMPORTED_MODULE_2__/* .isReference */ .A_)(value) || (0,_placeholders_js__WEBPACK_IMPORTED_MODULE_2__/* .isPlaceholder */ .wK)(value) || (0,_placeholders_js__WEBPACK_IMPORTED_MODULE_2__/* .isPublicIdentifier */ .Bf)(value))
        return false;
    if (value.includes('://') || /^[~.]?\.?\//.test(value) || /^[A-Za-z]:\\/.test(value))
        return false;
    // Dotted or slashed identifiers: paths, hosts, package and module names, emails.
    if (/^[A-Za-z0-9_-]+([./@][A-Za-z0-9_-]+)+$/.test(value) && !(/[0-9]/.test(value) && /[A-Za-z]/.test(value)))
        return false;
    if (/^[a-z]+([-_.][a-z0-9]+)*$/.test(value) || /^[A-Z][A-Z0-9_]*$/.test(value) || /^[a-z]+([A-Z][a-z0-9]+)+$/.test(value))
        return false;
    if (/^[0-9.:_-]+$/.test(value))
        return false;
    // Words joined by separators (`more-custom-CAs`, `Release_Signing_Key`): names, not keys.
    if (/^[A-Za-z]+([-_.][A-Za-z]+)*$/.test(value) && value.length < 32)
        return false;
    if ((0,_entropy_js__WEBPACK_IMPORTED_MODULE_3__/* .characterClasses */ .Sm)(value) < 2 || (0,_entropy_js__WEBPACK_IMPORTED_MODULE_3__/* .shannonEntropy */ .ly)(value) < MIN_ENTROPY)
        return false;
    return true;
}
/** Printable text when `value` is padded-or-exact base64 of it, else null. */
function decodeBase64Text(value) {
    if (value.length < 8 || value.length % 4 !== 0 || !/^[A-Za-z0-9+/]+={0,2}$/.test(value))
        return null;
    const text = Buffer.from(value, 'base64').toString('utf8');
    // Random bytes are almost never all printable, so a printable result was text before encoding.
    return /^[\x20-\x7e]+$/.test(text) ? text : null;
}


/***/ }),

/***/ 4637:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $n: () => (/* binding */ base64Text),
/* harmony export */   cU: () => (/* binding */ guessableReason),
/* harmony export */   zC: () => (/* binding */ judgeLiteral)
/* harmony export */ });
/* unused harmony export guessableNote */
/* harmony import */ var _secret_names_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9510);
/**
 * The one policy for a literal value under a secret-like name, shared by every literal rule
 * (Compose, Helm values, container `env`, ConfigMaps, Secrets, GitLab variables), so that one
 * value gets one severity wherever it is written:
 *
 * - not reported: placeholders and references (`changeme`, `<your-token>`, `${VAR}`, base64 of
 *   `REPLACE_ME`...), see `isLiteralSecretValue`;
 * - low: an access key id or an upload-only token (`limitedCredential`);
 * - medium: a guessable password -- a well-known or image default (`postgres`, `root`, `minio123`,
 *   `P@ssw0rd`), lower-case dictionary words with at most a short number (`mypassword`,
 *   `kuma123`, `restaurant_pass_2024`), a counting run or stand-in words (`abcd1234`,
 *   `db-password`), also when base64-encoded: anyone can try it;
 * - high: anything else, a random-looking value or a password someone chose (`Gautam123@`).
 */

/** Defaults of images, products and tutorials, lower-cased with leetspeak undone (`P@ssw0rd`). */
const KNOWN_DEFAULTS = new Set(('password passwort passwd pass admin administrator root toor guest user postgres postgresql mysql mariadb mongo mongodb redis ' +
    'rabbitmq minio minioadmin elastic kibana changeme changeit secret supersecret letmein qwerty welcome default demo sa oracle ' +
    'test master superuser strongpassword yourstrongpassword mypassword mysecret admin admins keycloak bitnami').split(' '));
/** Placeholder-looking values that are nonetheless the real defaults of images (`MYSQL_ROOT_PASSWORD: root`). */
const DEFAULT_BUT_PLACEHOLDER = /^(root|admin|guest|toor|passw0rd|p@ssw0rd|password\d{1,4}|admin\d{1,4}|root\d{1,4})$/i;
/** Names that hold a password (not a token or an API key, where `root` would only stand in). */
const PASSWORD_NAME = /(PASSWORD|PASSWD|PASS|PWD|PASSPHRASE)$/;
function undoLeet(text) {
    return text.replace(/@/g, 'a').replace(/0/g, 'o').replace(/3/g, 'e').replace(/\$/g, 's').replace(/1/g, 'i');
}
/**
 * Letters in lower case, as words a dictionary attack tries (`backstagepassword`, `cnc-su`), not
 * a random lower-case string: a long run of letters needs vowels a word would have.
 */
function isDictionaryStyle(letters) {
    const parts = letters.split(/[-_. ]+/).filter(Boolean);
    if (parts.length === 0 || !parts.every((p) => /^[a-z]+$/.test(p)))
        return false;
    return parts.every((p) => p.length < 12 || ((p.match(/[aeiouy]/g)?.length ?? 0) / p.length >= 0.2 && !/[^aeiouy]{6,}/.test(p)));
}
/** Why a value is a guessable password, or null. Call on values `isLiteralSecretValue` accepts. */
function guessableReason(value) {
    const v = value.trim();
    if (v === '' || v.length > 64)
        return null;
    const lower = v.toLowerCase();
    // A known default, any case, leetspeak undone, a short number and a symbol after it (`Root123!`).
    const stem = /^(.*?)[-_.!@#*]?\d{0,4}[!@#$%*.?]?$/.exec(lower)?.[1] ?? lower;
    if (KNOWN_DEFAULTS.has(stem) || KNOWN_DEFAULTS.has(undoLeet(stem)) || KNOWN_DEFAULTS.has(undoLeet(lower)))
        return 'a well-known default password';
    if ((0,_secret_names_js__WEBPACK_IMPORTED_MODULE_0__/* .isWeakLiteral */ .Yn)(v))
        return 'a counting run or stand-in words';
    // Lower-case words with at most a short number after them: `mypassword`, `minio123`, `restaurant_pass_2024`.
    const words = /^([a-z][a-z_. -]*?)[-_.]?\d{0,4}$/.exec(v)?.[1];
    if (words !== undefined && isDictionaryStyle(words))
        return 'lower-case words with at most a short number';
    return null;
}
/** Printable text when a value is strict base64 of it (as in a Secret's `data:` or a Helm value), else null. */
function base64Text(value) {
    const v = value.trim();
    if (v.length < 8 || v.length % 4 !== 0 || !/^[A-Za-z0-9+/]+={0,2}$/.test(v))
        return null;
    const text = Buffer.from(v, 'base64').toString('utf8').replace(/\r?\n$/, '');
    return /^[\x20-\x7e]+$/.test(text) ? text : null;
}
/** The medium sentence of the policy, the same on every platform. */
function guessableNote(reason) {
    return ` The value is a well-known or guessable default (${reason}): anyone can try it, so it is reported at medium. Set it from a Secret or the secret store instead, and change it wherever it was deployed.`;
}
/**
 * The verdict of the policy above for a literal `value` under the secret-like `name`, or null
 * when it is not a value to report.
 */
function judgeLiteral(name, value) {
    const v = value.trim();
    const passwordName = PASSWORD_NAME.test((0,_secret_names_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeName */ .Pc)(name));
    if (!(0,_secret_names_js__WEBPACK_IMPORTED_MODULE_0__/* .isLiteralSecretValue */ .R4)(v)) {
        // `MYSQL_ROOT_PASSWORD: root` is the password the image sets up, not a stand-in.
        return passwordName && DEFAULT_BUT_PLACEHOLDER.test(v) ? { severity: 'medium', note: guessableNote('a well-known default password'), kind: 'guessable' } : null;
    }
    const limited = (0,_secret_names_js__WEBPACK_IMPORTED_MODULE_0__/* .limitedCredential */ .Eh)(name, v);
    if (limited)
        return { severity: 'low', note: ` ${limited.note}`, kind: limited.kind };
    const decoded = base64Text(v);
    if (decoded !== null && /[a-z]/i.test(decoded)) {
        // Base64 of a placeholder (`REPLACE_ME`, `<your-key>`); a `$` in a decoded password is not a reference.
        if (!(0,_secret_names_js__WEBPACK_IMPORTED_MODULE_0__/* .isLiteralSecretValue */ .R4)(decoded) && !(0,_secret_names_js__WEBPACK_IMPORTED_MODULE_0__/* .isReferenceValue */ .lv)(decoded))
            return null;
        const reason = guessableReason(decoded);
        if (reason)
            return { severity: 'medium', note: guessableNote(`base64 of ${reason}`), kind: 'guessable' };
    }
    const reason = guessableReason(v);
    if (reason)
        return { severity: 'medium', note: guessableNote(reason), kind: 'guessable' };
    return { severity: 'high', note: '', kind: 'strong' };
}


/***/ }),

/***/ 7473:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A_: () => (/* binding */ isReference),
/* harmony export */   Bf: () => (/* binding */ isPublicIdentifier),
/* harmony export */   rK: () => (/* binding */ MASK_RUN),
/* harmony export */   u5: () => (/* binding */ isPlaceholderBody),
/* harmony export */   wK: () => (/* binding */ isPlaceholder)
/* harmony export */ });
/* unused harmony export isOpenAiIdentifier */
/* harmony import */ var _entropy_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1678);
/**
 * Values that have a credential's place but are not credentials: documentation placeholders,
 * references to a secret store or variable, and well-known non-secret identifiers.
 */

/** Words that mark documentation and test values, matched anywhere, case-insensitively. */
const PLACEHOLDER_WORDS = /your|here|example|placeholder|redacted|changeme|change_me|replace|dummy|fake|sample|test|\*\*\*|insert|mock|lorem|passw(or)?d|username/i;
/**
 * Masking written over a key: `xxxx` or `yyyy` at an end or beside a separator (`SG.xxxxx.yyyyy`,
 * `sk-xxxx1234`), or a longer run in one case (`sk-proj-XXXXXXXX...`). Not `xXxX` anywhere: a
 * random mixed-case body spells that in about one key in a thousand, a real key missed.
 */
const MASK_RUN = /(^|[^A-Za-z0-9])(x{4,}|X{4,}|y{4,}|Y{4,})|(x{4,}|X{4,}|y{4,}|Y{4,})($|[^A-Za-z0-9])|x{6,}|X{6,}|y{6,}|Y{6,}/;
/**
 * The placeholder words as people write them, in one case each (`your`, `YOUR`, `Your`): a random
 * mixed-case body spells `mOcK` or `HERe` at an end in about one key in 50,000 (`ghp_`, `glpat-`,
 * `sk-ant-`), and such a key is real.
 */
const ONE_CASE_WORDS = ['your', 'here', 'example', 'placeholder', 'redacted', 'changeme', 'change_me', 'replace', 'dummy', 'fake', 'sample', 'test', 'insert', 'mock', 'lorem', 'password', 'passwd', 'username']
    .flatMap((w) => [w, w.toUpperCase(), w[0].toUpperCase() + w.slice(1)])
    .join('|');
/** A placeholder word at an end of the body or beside a separator. */
const BOUNDED_WORD = new RegExp(`(^|[-_.])(${ONE_CASE_WORDS}|\\*\\*\\*)|(${ONE_CASE_WORDS}|\\*\\*\\*)([-_.]|$)`);
/** A real prefix followed by an ellipsis, an angle-bracketed hint, or masking characters. */
const PLACEHOLDER_SHAPES = [/\.\.\./, /\u2026/, /^<.*>$/, /^\[.*\]$/, /^\(.*\)$/, /^x+$/i, /^\*+$/, /^#+$/, /^0+$/, /EXAMPLE$/];
/** True for documentation and masked values: `your-key-here`, `<api-key>`, `sk-proj-...`, `xxx`. */
function isPlaceholder(value) {
    if (PLACEHOLDER_SHAPES.some((re) => re.test(value)))
        return true;
    if (PLACEHOLDER_WORDS.test(value) || MASK_RUN.test(value))
        return true;
    // Leetspeak spellings of the same words (`p@ssw0rd`, `s3cr3t`) are documentation favourites.
    if (/passw(or)?d|secret|admin/.test(value.toLowerCase().replace(/[@4]/g, 'a').replace(/0/g, 'o').replace(/3/g, 'e').replace(/[$5]/g, 's').replace(/[1!]/g, 'i')))
        return true;
    if (/^(.)\1+$/.test(value))
        return true;
    // A provider prefix and a camelCase word: `sk-ant-oat01-tooShort`, `xoxb-myBotToken`.
    if (/^([a-z0-9]{1,6}[-_])+[a-z]{2,10}([A-Z][a-z]{1,10}){1,3}$/.test(value))
        return true;
    return (0,_entropy_js__WEBPACK_IMPORTED_MODULE_0__/* .isSequential */ .Gp)(value.replace(/[^A-Za-z0-9]/g, ''));
}
/**
 * The placeholder test for the body of a prefixed key (`ghp_...`, `sk-ant-...`), where random
 * characters can spell `test` or `fake` by chance: a word counts only at the body's start or end,
 * between separators, or in an all-lower-case body.
 */
function isPlaceholderBody(body) {
    if (PLACEHOLDER_SHAPES.some((re) => re.test(body)) || MASK_RUN.test(body) || /\*\*\*|\.\.\.|EXAMPLE/i.test(body))
        return true;
    if (/^(.)\1+$/.test(body) || (0,_entropy_js__WEBPACK_IMPORTED_MODULE_0__/* .isSequential */ .Gp)(body.replace(/[^A-Za-z0-9]/g, '')))
        return true;
    if (!/[A-Z]/.test(body) && PLACEHOLDER_WORDS.test(body))
        return true;
    return BOUNDED_WORD.test(body);
}
/**
 * References resolved elsewhere: `${{ secrets.X }}`, `$VAR`, `${VAR}`, `{{ .Values.x }}`,
 * `%VAR%`, `$(cmd)`, `#{var}`, SOPS `ENC[...]`, vault and secret-manager URIs.
 */
function isReference(value) {
    return (/\$\{\{|\{\{|\}\}|\$\{|\$\(|^\$[A-Za-z_]|%[A-Za-z_][A-Za-z0-9_]*%|#\{|^ENC\[|^vault:|^ref\+|^secretsmanager:|^arn:aws:|^projects\/[^/]+\/secrets\//.test(value) ||
        /^<%.*%>$/.test(value));
}
/** Hashes and ids that are public by design: integrity hashes, digests, git SHAs, UUIDs. */
function isPublicIdentifier(value) {
    return (/^sha(1|256|384|512)[-:]/i.test(value) ||
        // Password hashes (bcrypt, crypt, argon2, htpasswd SHA) are stored verifiers, not secrets.
        /\$2[aby]?\$\d\d\$|(^|:)\$(1|5|6|apr1|argon2id?|argon2i|scrypt)\$|\{SHA\}/.test(value) ||
        /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value) ||
        isOpenAiIdentifier(value));
}
/** OpenAI organization and project ids: sent in headers, context only, never secrets. */
function isOpenAiIdentifier(value) {
    return /^org-[A-Za-z0-9]{24}$/.test(value) || /^proj_[A-Za-z0-9]{24}$/.test(value);
}


/***/ }),

/***/ 764:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ KeywordPrefilter)
/* harmony export */ });
/* unused harmony exports trieSource, prebuiltTrieSource */
class KeywordPrefilter {
    detectors;
    /** Lower-case keywords, longest first, and the detectors (by index) each one calls for. */
    keywords;
    detectorsOf;
    keywordIndex = new Map();
    /** The regex for the keywords still worth looking for, by which detectors are already chosen. */
    compiled = new Map();
    /** The same regexes by the keywords they look for (several chosen sets want the same ones). */
    byWanted = new Map();
    /** Every keyword in one trie, built once: a regex for some of them is emitted from it. */
    trie;
    /** Per keyword: the offsets inside it where a tracked word starts (`secret_access_key`: 0, 14). */
    trackedOffsets;
    /**
     * Per keyword: detectors it chooses only when the match starts with one of their exact keywords
     * as written (see Detector.exactKeywords). Only at the start: an exact keyword later inside a
     * longer match is met again on its own, as the scan goes on from the match's second character.
     */
    exactOf;
    /**
     * `track`: words whose every occurrence is reported with the detectors (the generic rule walks
     * from each secret-like word to its assignment): they stay in the regex for the whole text, so
     * the rule needs no second pass of its own.
     */
    constructor(detectors, options = {}) {
        this.detectors = detectors;
        const track = (options.track ?? []).map((w) => w.toLowerCase());
        const byKeyword = new Map();
        const exact = [];
        detectors.forEach((detector, d) => {
            // A case typo would quietly leave the keyword matched in any case.
            for (const keyword of detector.exactKeywords ?? [])
                if (!detector.keywords.includes(keyword))
                    throw new Error(`${detector.id}: exact keyword ${keyword} is not among its keywords`);
            for (const keyword of detector.keywords) {
                const key = keyword.toLowerCase();
                if (!byKeyword.has(key))
                    byKeyword.set(key, new Set());
                if (detector.exactKeywords?.includes(keyword))
                    exact.push({ detector: d, form: keyword });
                else
                    byKeyword.get(key).add(d);
            }
        });
        // The regex reports one keyword per position (the longest), so a keyword also triggers the
        // detectors of every shorter keyword it contains (`sk-ant-` implies `sk-`).
        // Plain index loops: this runs once per process, cold, and every scan's start-up pays for it.
        const words = [...byKeyword.keys()];
        const sets = [...byKeyword.values()];
        for (let i = 0; i < words.length; i++) {
            for (let j = 0; j < words.length; j++)
                if (words[j].length < words[i].length && words[i].includes(words[j]))
                    for (const d of sets[j])
                        sets[i].add(d);
        }
        this.keywords = [...byKeyword.keys()].sort((a, b) => b.length - a.length);
        this.detectorsOf = this.keywords.map((k) => [...byKeyword.get(k)].sort((a, b) => a - b));
        this.keywords.forEach((k, i) => this.keywordIndex.set(k, i));
        this.trackedOffsets = this.keywords.map((k) => {
            const offsets = [];
            for (const word of track)
                for (let at = k.indexOf(word); at !== -1; at = k.indexOf(word, at + 1))
                    offsets.push(at);
            return offsets;
        });
        this.exactOf = this.keywords.map((k) => exact.filter(({ detector, form }) => !byKeyword.get(k).has(detector) && k.startsWith(form.toLowerCase())));
        this.trie = buildTrie(this.keywords);
    }
    /**
     * `trieSource` of the keywords whose index is marked in `wanted`, emitted from the prebuilt
     * trie: the same source (a test holds them equal), without building a trie per regex.
     */
    sourceFor(wanted) {
        return emitTrie(this.trie, wanted);
    }
    /**
     * The keywords some of whose detectors are not chosen yet, as one regex (null when none): a
     * trie of alternatives (`gl(?:pat-|ptt-|...)`), which the engine scans faster than a flat list.
     * Depends only on the chosen set, so a few dozen regexes serve every file.
     */
    patternFor(chosen) {
        const key = chosen.join('');
        let pattern = this.compiled.get(key);
        if (pattern === undefined) {
            const wanted = new Uint8Array(this.keywords.length);
            for (let i = 0; i < wanted.length; i++)
                if (this.trackedOffsets[i].length > 0 || this.detectorsOf[i].some((d) => chosen[d] === 0) || this.exactOf[i].some((c) => chosen[c.detector] === 0))
                    wanted[i] = 1;
            const wantedKey = wanted.join('');
            pattern = this.byWanted.get(wantedKey);
            if (pattern === undefined) {
                pattern = wanted.includes(1) ? new RegExp(this.sourceFor(wanted), 'gi') : null;
                if (this.byWanted.size < 512)
                    this.byWanted.set(wantedKey, pattern);
            }
            if (this.compiled.size < 512)
                this.compiled.set(key, pattern);
        }
        return pattern;
    }
    candidates(text) {
        return this.scan(text).detectors;
    }
    scan(text) {
        const chosen = new Uint8Array(this.detectors.length);
        const trackedAt = [];
        let pattern = this.patternFor(chosen);
        if (pattern)
            pattern.lastIndex = 0;
        // Common words (`key`, `token`) occur thousands of times in source code: once a keyword's
        // detectors are all chosen it is dropped from the regex (unless tracked), so it costs one
        // match. The scan goes on from the character after a match's start, since another keyword
        // may begin inside it (`aws` then `SK` in `awSK`).
        while (pattern) {
            const match = pattern.exec(text);
            if (match === null)
                break;
            const keyword = this.keywordIndex.get(match[0].toLowerCase());
            for (const offset of this.trackedOffsets[keyword])
                trackedAt.push(match.index + offset);
            let added = false;
            for (const d of this.detectorsOf[keyword]) {
                if (chosen[d] === 0) {
                    chosen[d] = 1;
                    added = true;
                }
            }
            for (const { detector, form } of this.exactOf[keyword]) {
                if (chosen[detector] === 0 && text.startsWith(form, match.index)) {
                    chosen[detector] = 1;
                    added = true;
                }
            }
            const at = match.index + 1;
            // With every detector chosen, only tracked words are left to look for (or nothing).
            if (added)
                pattern = this.patternFor(chosen);
            if (pattern)
                pattern.lastIndex = at;
        }
        return { detectors: this.detectors.filter((_, d) => chosen[d] === 1), trackedAt: ascendingUnique(trackedAt) };
    }
}
/**
 * Offsets inside one match can pass the start of the next (`private key`), and a word inside a
 * longer keyword is met again on its own (`secret_access_key`, then `key`).
 */
function ascendingUnique(offsets) {
    offsets.sort((a, b) => a - b);
    let kept = 0;
    for (let i = 0; i < offsets.length; i++)
        if (i === 0 || offsets[i] !== offsets[kept - 1])
            offsets[kept++] = offsets[i];
    offsets.length = kept;
    return offsets;
}
/**
 * A regex source matching exactly the given words, longest first at each position, factored by
 * common prefixes: `['sk-ant-', 'sk-', 'sg.']` gives `s(?:k-(?:ant-)?|g\.)`.
 */
function trieSource(words) {
    const root = { end: false, next: new Map() };
    for (const word of words) {
        let node = root;
        for (const ch of word) {
            let child = node.next.get(ch);
            if (!child)
                node.next.set(ch, (child = { end: false, next: new Map() }));
            node = child;
        }
        node.end = true;
    }
    const emit = (node) => {
        const alternatives = [...node.next].map(([ch, child]) => escapeRegExp(ch) + emit(child));
        if (alternatives.length === 0)
            return '';
        const body = alternatives.length === 1 ? alternatives[0] : `(?:${alternatives.join('|')})`;
        // A word ending here is the shorter choice: the greedy `?` tries the longer words first.
        return node.end ? `(?:${body})?` : body;
    };
    return emit(root);
}
function escapeRegExp(text) {
    return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
function buildTrie(words) {
    const root = { ends: -1, children: [] };
    words.forEach((word, index) => {
        let node = root;
        for (const ch of word) {
            const escaped = escapeRegExp(ch);
            let child = node.children.find((c) => c.escaped === escaped);
            if (!child)
                node.children.push((child = { escaped, node: { ends: -1, children: [] }, through: [] }));
            child.through.push(index);
            node = child.node;
        }
        node.ends = index;
    });
    return root;
}
/**
 * What `trieSource` gives for the marked words: a child comes in the order of the first marked
 * word through it, as inserting only the marked words (in order) would have made it.
 */
function emitTrie(node, wanted) {
    const alternatives = [];
    for (const child of node.children) {
        const first = child.through.find((i) => wanted[i] === 1);
        if (first !== undefined)
            alternatives.push({ first, source: child.escaped + emitTrie(child.node, wanted) });
    }
    if (alternatives.length === 0)
        return '';
    alternatives.sort((a, b) => a.first - b.first);
    const body = alternatives.length === 1 ? alternatives[0].source : `(?:${alternatives.map((a) => a.source).join('|')})`;
    return node.ends !== -1 && wanted[node.ends] === 1 ? `(?:${body})?` : body;
}
/** `emitTrie` over a trie of `words` (for tests: it must equal `trieSource` of the marked words). */
function prebuiltTrieSource(words, wanted) {
    return emitTrie(buildTrie(words), wanted);
}


/***/ }),

/***/ 9510:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Eh: () => (/* binding */ limitedCredential),
/* harmony export */   Pc: () => (/* binding */ normalizeName),
/* harmony export */   R4: () => (/* binding */ isLiteralSecretValue),
/* harmony export */   RW: () => (/* binding */ isSecretLikeName),
/* harmony export */   T3: () => (/* binding */ mayHoldSecretNames),
/* harmony export */   Yn: () => (/* binding */ isWeakLiteral),
/* harmony export */   h0: () => (/* binding */ isStandInPlaceholder),
/* harmony export */   hj: () => (/* binding */ commentAnnouncesPlaceholder),
/* harmony export */   ki: () => (/* binding */ WEAK_NOTE),
/* harmony export */   lv: () => (/* binding */ isReferenceValue),
/* harmony export */   nQ: () => (/* binding */ isLowercaseWords),
/* harmony export */   rZ: () => (/* binding */ SERVICE_PASSWORD_NOTE),
/* harmony export */   s9: () => (/* binding */ isSettingName),
/* harmony export */   uF: () => (/* binding */ isServiceContainerPassword),
/* harmony export */   xI: () => (/* binding */ isWrittenValue)
/* harmony export */ });
/* unused harmony exports hasTemplateBraces, hasHashInterpolation, isDummyValue */
/* harmony import */ var _core_wildcard_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3225);
/* harmony import */ var _placeholders_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7473);
/**
 * The one shared notion of a secret-like variable name, used by every structural rule.
 * Case-insensitive; `-`, `.`, spaces and camelCase humps are treated alike
 * (`api-key`, `api.key`, `apiKey`, `API_KEY`).
 */


/**
 * `{{ ... }}` anywhere (lines included). `/\{\{.*\}\}/s` would rescan to the end from every `{{`
 * (quadratic in a hostile value): the first `{{` and a later `}}` decide it in one pass.
 */
function hasTemplateBraces(v) {
    const open = v.indexOf('{{');
    return open !== -1 && v.indexOf('}}', open + 2) !== -1;
}
/** `#{...}` with something inside, as `/#\{[^}]+\}/` finds it, in one pass. */
function hasHashInterpolation(v) {
    for (let open = v.indexOf('#{'); open !== -1; open = v.indexOf('#{', open + 1)) {
        const close = v.indexOf('}', open + 2);
        if (close === -1)
            return false;
        if (close > open + 2)
            return true;
    }
    return false;
}
const TEMPLATE = { test: hasTemplateBraces };
const HASH_INTERPOLATION = { test: hasHashInterpolation };
const SECRET_LIKE = [
    /API_?KEY$/,
    /API_?KEYS$/,
    /TOKEN$/,
    /SECRET/,
    /PASSWORD$/,
    /PASSWD$/,
    /(^|_)PASS$/,
    /(^|_)PWD$/,
    /PASSPHRASE$/,
    /CREDENTIAL/,
    /PRIVATE_?KEY$/,
    /ACCESS_?KEY/,
    /AUTH_?KEY$/,
    /^OPENAI_.*KEY$/,
    /CLIENT_?SECRET/,
    /SIGNING_?KEY$/,
    /ENCRYPTION_?KEY$/,
    /WEBHOOK_?URL$/,
    /^(PAT|GH_PAT|NPM_AUTH|AUTHORIZATION)$/,
];
/**
 * Names that hold references to secrets, or metadata about them, rather than secret values.
 * (`WEBHOOK_URL` above is checked first: a webhook URL embeds its secret.)
 */
const NOT_SECRET = [
    /_PATH$/, /_FILE$/, /_FILES$/, /_DIR$/, /_URL$/, /_URI$/, /_NAME$/, /_NAMES$/, /_ID$/, /_IDS$/, /_ARN$/, /_REF$/,
    /_ENABLED$/, /_DISABLED$/, /_EXPIRY$/, /_EXPIRES(_AT)?$/, /_EXPIRATION$/, /_TTL$/, /_LENGTH$/, /_TYPE$/, /_HEADER$/,
    /_VERSION$/, /_PREFIX$/, /_ENV$/, /_FORMAT$/, /_REGION$/, /_HOST$/, /_PORT$/, /_COUNT$/, /_SIZE$/, /_MODE$/, /_KIND$/,
    /^(USE|ENABLE|DISABLE|HAS|IS|SKIP|REQUIRE|WITH)_/,
    // Where a secret lives, not the secret: `SECRET_STORE: vault`, `clientSecretFrom: vault`.
    /_STORE$/, /_FROM$/, /_BACKEND$/, /_MANAGER$/, /_PROVIDER$/,
];
/** Exceptions to the exclusions: names ending in a metadata suffix that do hold secrets. */
const SECRET_DESPITE_SUFFIX = [/ACCESS_KEY_ID$/, /WEBHOOK_?URL$/];
/** `apiKey` -> `API_KEY`, `api-key` -> `API_KEY`, `openai.apiKey` -> `OPENAI_API_KEY`. */
function normalizeName(name) {
    return name
        .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
        .replace(/([A-Z])(?=[A-Z][a-z])/g, '$1_') // a lookahead: `([A-Z]+)([A-Z][a-z])` rescans long capital runs
        .toUpperCase()
        .replace(/[-.\s]/g, '_');
}
/** True when a variable of this name is expected to hold a secret value. */
function isSecretLikeName(name, options = {}) {
    const normalized = normalizeName(name);
    if (options.ignore?.some((n) => globMatch(n, normalized)))
        return false;
    if (options.extra?.some((n) => globMatch(n, normalized)))
        return true;
    if (SECRET_DESPITE_SUFFIX.some((re) => re.test(normalized)))
        return true;
    if (NOT_SECRET.some((re) => re.test(normalized)))
        return false;
    return SECRET_LIKE.some((re) => re.test(normalized));
}
/** Settings and identifiers by name: a flag, a location, an account, or an id that names an account or key. */
const SETTING_NAME = [
    /_(ENABLED|DISABLED|URL|URI|HOST|HOSTNAME|ENDPOINT|REGION|ZONE|PORT|DOMAIN|BUCKET|ORG|ORGANIZATION|PROJECT|REPOSITORY|REPO|CLUSTER|NAMESPACE|USER|USERNAME|LOGIN|EMAIL|NAME|ID|IDS|ARN|PATH|DIR|VERSION|MODE|TYPE|ENVIRONMENT)$/,
    /^(USE|ENABLE|DISABLE|IS|HAS|SKIP|RUN)_/,
    /^(URL|HOST|HOSTNAME|PORT|ENDPOINT|REGION|USER|USERNAME|EMAIL)$/,
];
/** URLs that carry their credential: webhooks, database and broker connection strings, DSNs. */
const CREDENTIAL_URL_NAME = /(WEBHOOK_?URL|(DATABASE|(^|_)DB|POSTGRES|MYSQL|MONGO(DB)?|REDIS|AMQP|RABBITMQ|CONNECTION)_?(URL|URI)$|_DSN$)/;
/**
 * True when a stored secret's name says it holds configuration, not a credential: a flag
 * (`*_ENABLED`), a location (`*_HOST`, `*_PORT`, `*_URL`, `*_REGION`), an account (`*_USER`,
 * `*_USERNAME`, `*_EMAIL`, `*_NAME`) or an identifier (`*_ID`: `AZURE_CLIENT_ID`,
 * `AWS_ACCESS_KEY_ID`). Webhook and database URLs and DSNs embed their credential: not settings.
 * Teams keep such values in the secret store too; using them is not handling a credential.
 */
function isSettingName(name) {
    const normalized = normalizeName(name);
    if (CREDENTIAL_URL_NAME.test(normalized))
        return false;
    return SETTING_NAME.some((re) => re.test(normalized));
}
/**
 * Every name `isSecretLikeName` accepts without user-added names holds one of these words in its
 * raw spelling, in any case (`apiKey`, `api-key`, `GH_PAT`, `ghPat`); a property test holds the
 * two together. `pat` not followed by a letter, so that `path` does not count.
 */
const SECRET_NAME_WORD = /key|token|secret|pass|pwd|credential|auth|webhook|pat(?![a-z])/i;
/** YAML and JSON escapes that can spell a letter (`"\x73ecret"`) or join two lines of a word. */
const LETTER_ESCAPE = /\\[xuU\r\n]/;
/**
 * False only when no name written in `text` can be secret-like: then a structural rule that
 * reports only secret-like names (or Secrets) has nothing to report, and the file need not be
 * parsed. Always true when the user added names, which may be any word.
 */
function mayHoldSecretNames(text, options = {}) {
    if ((options.extra?.length ?? 0) > 0)
        return true;
    if (SECRET_NAME_WORD.test(text) || LETTER_ESCAPE.test(text))
        return true;
    // `normalizeName` upper-cases with Unicode's rules, where `pa\u00df` becomes `PASS` and `\u017fecret`
    // `SECRET`: non-ASCII text is checked in that spelling too.
    return NON_ASCII.test(text) && SECRET_NAME_WORD.test(text.toUpperCase());
}
const NON_ASCII = /[^\x00-\x7f]/;
/** `*` wildcards over normalized names, as users write them in the config (`*_SIGNING_KEY`). */
function globMatch(pattern, normalized) {
    // Not a regular expression: both sides come from the scanned repository (src/core/wildcard.ts).
    return (0,_core_wildcard_js__WEBPACK_IMPORTED_MODULE_1__/* .wildcardMatch */ .U)(normalizeName(pattern), normalized);
}
const DUMMY_WORDS = new Set([
    '', 'test', 'tests', 'testing', 'dummy', 'fake', 'mock', 'sk-test', 'changeme', 'example', 'sample', 'xxx', 'none', 'null', 'nil',
    'secret', 'password', 'foo', 'bar', 'baz', 'todo', 'placeholder', 'redacted', 'true', 'false', 'yes', 'no', 'on', 'off', '~',
]);
/** Values typical of test jobs that are not findings even under a secret-like name. */
function isDummyValue(value) {
    const v = value.trim().toLowerCase();
    if (DUMMY_WORDS.has(v))
        return true;
    // `test-token`, `dummy_key`, `fake-openai-key`, `sk-test-123`, `my-test-secret`.
    if (/^(sk[-_])?(test|dummy|fake|mock|sample|example|stub)([-_.][a-z0-9_.-]*)?$/.test(v))
        return true;
    if (/^[a-z0-9]+([-_](test|dummy|fake|mock|sample|example))+([-_][a-z0-9]+)*$/.test(v) && v.length <= 40)
        return true;
    if (/not[-_ ]?a[-_ ]?(real[-_ ]?)?(secret|password|token|key)/.test(v))
        return true;
    // `xxxx`, `****`, `0000`, `<your-key>`, `your-api-key-here`, `sk-proj-...`.
    if (/^(.)\1+$/.test(v))
        return true;
    if (/^<[^<>]*>$/.test(v) || /^your[-_ ]/.test(v) || /[-_ ]here$/.test(v) || /(\.\.\.|\u2026)/.test(v))
        return true;
    return false;
}
/**
 * True when a value is resolved at run time rather than written: `$VAR`, `${VAR}`, `$(cmd)`,
 * `${{ expr }}`, `{{ .Values.x }}`, `%VAR%`, SOPS `ENC[...]`.
 */
function isReferenceValue(value) {
    const v = value.trim();
    return /\$[A-Za-z_{(]/.test(v) || TEMPLATE.test(v) || /%[A-Za-z_][A-Za-z0-9_]*%/.test(v) || /^ENC\[[A-Z0-9_]+,/.test(v);
}
/**
 * Any value written in the file rather than resolved at run time (and not a dummy): for places
 * that only ever hold a real account's credential, such as registry `credentials.password`,
 * where even `pass` is a real (weak) password.
 */
function isWrittenValue(value) {
    const v = value.trim();
    return v.length >= 3 && !isDummyValue(v) && !isReferenceValue(v);
}
/**
 * A literal value worth reporting under a secret-like name: not empty or too short, not a dummy
 * test value, not a reference resolved at run time, not a placeholder, a boolean, a number, a
 * path or a file name, and not one character repeated. The one notion every structural rule uses.
 */
function isLiteralSecretValue(value) {
    const v = value.trim();
    if (v.length < 3 || isDummyValue(v) || isReferenceValue(v))
        return false;
    if (LITERAL_REFERENCE.some((re) => re.test(v)))
        return false;
    if (LITERAL_PLACEHOLDER.some((re) => re.test(v)))
        return false;
    if (/^(true|false|yes|no|on|off|y|n)$/i.test(v) || /^-?\d+(\.\d+)?$/.test(v))
        return false;
    return new Set(v).size > 1;
}
/** `$VAR`, `${VAR}`, `$(cmd)`, `${{ }}`, `{{ }}`, `%VAR%`, `#{var}`, SOPS, vals/Vault refs, paths. */
const LITERAL_REFERENCE = [
    /\$[A-Za-z_{(]/,
    TEMPLATE,
    /%[A-Za-z_][A-Za-z0-9_]*%/,
    HASH_INTERPOLATION,
    /^ENC\[[A-Z0-9_]+,/,
    /^ref\+[a-z0-9]+:\/\//,
    /^(vault|secret|secretsmanager|awssecretsmanager|gcpsm|azurekeyvault|op):(\/\/)?[\w/.-]+(#.*)?$/i,
    /^\/[\w.@/-]+$/,
    /^(\.{1,2}\/|~\/)[\w.@/-]*$/,
    // The name of a variable, not its value: `server-password: MAVEN_PASSWORD` (setup-java reads
    // that env variable), `exclude-secrets: DEPLOY_KEY`, `GOOGLE_API_KEY_VAL` (replaced by a script).
    /^[A-Z][A-Z0-9]*(_[A-Z][A-Z0-9]*)+$/,
    // Lines mapping env names to secret-store paths: `OPENAI_API_KEY=openai:api-key` (a vault path
    // and the field read from it), as grafana/shared-workflows' get-vault-secrets takes them.
    /^(\s*[A-Za-z_][\w-]*\s*=\s*[a-z0-9][\w./-]*:[a-z][a-z0-9_.-]*\s*(\n|$))+$/,
];
/** Values that only stand in for a real secret. */
const LITERAL_PLACEHOLDER = [
    /^<[^<>]*>$/,
    // Masked or templated bodies behind a real prefix: `r8_******`, `SG.xxxxx.yyyyy`, `xoxb-your-bot-token`.
    /\*{3,}/,
    _placeholders_js__WEBPACK_IMPORTED_MODULE_0__/* .MASK_RUN */ .rK,
    /(^|[-_.])your([-_.]|$)/i,
    /^\[[^[\]]*\]$/,
    /^(x+|\*+|\.+|-+|#+|0+|1234(5678?)?|123456789?)$/i,
    /(\.\.\.|\u2026)/,
    /^your/i,
    // A file name is the key of a Secret entry or a mounted file, not its content.
    /^[\w.-]+\.(json|ya?ml|pem|key|crt|cert|txt|conf|cfg|ini|properties|env|p12|pfx|jks|keystore|truststore)$/i,
    /^[a-z0-9-]+-(secret|secrets|credentials|creds)$/,
    /^-----BEGIN [A-Z ]+-----\s*-----END [A-Z ]+-----\s*$/,
    /[-_ ]here$/i,
    // Padded to a required length: `CHANGEME00000000`, `changeme123`.
    /^(change|replace)[-_ ]?me[-_.]?\d+$/i,
    // Values that say they do not work: `invalid_key_but_this_is_fine`, `not-set`, `unset`.
    /(^|[-_.])invalid([-_.]|$)/i,
    /^(not[-_ ]?set|unset|not[-_ ]?used|unused)$/i,
    /^(token|api[-_]?key|key|access[-_]?key|auth[-_]?token)$/i,
    /^(change[-_ ]?me|change[-_ ]?it|replace[-_ ]?me|redacted|placeholder|tbd|undefined|n\/a|~|nil|empty|default|insert[-_ ].*|put[-_ ].*|set[-_ ]?me|secret[-_]?(value|key|token)?|password[0-9]*|passw0rd|pass|admin|root|user|guest|demo)$/i,
    /^(test|testing|dummy|fake|mock|sample|example|stub|local|dev)([-_.]|$)/i,
    /[-_.](test|dummy|fake|mock|sample|example|stub)$/i,
    // Values that carry the instruction to replace them: `server-monitor-change-me`,
    // `supersecret_changeme`, `CHANGE_THIS_32_BYTE_KEY_IN_PROD`, `...-change-in-production`,
    // `replace-me-with-a-real-key`. A password that only contains the letters (`Changeme@2024`) is kept.
    /(^|[-_./\s])(change|replace)[-_.\s]?(me|this|it)([-_.\s]|$)/i,
    // Instructions in capitals or words: `REPLACE_WITH_A_SECURE_RANDOM_KEY_AT_LEAST_512_BITS`,
    // `insert-your-token`, `ENTER_THE_PASSWORD`, `generate-a-random-secret`.
    /^(replace|insert|enter|put|fill|paste|generate|set)[-_ ](with|in|your|the|a|an|me|here|random|real|own)([-_ ]|$)/i,
    // The same stand-in in other languages: `sua-chave-jwt-super-secreta` ("your JWT key"),
    // `tu_clave_secreta`, `votre-mot-de-passe`, `dein-passwort`.
    /^(sua|seu|tu|su|votre|ton|ta|dein|deine|ihr|ihre|il[-_ ]tuo|la[-_ ]tua)[-_ ].*(chave|clave|cl[e\u00e9]|schl[u\u00fc]ssel|senha|contrase[n\u00f1]a|passe|passwort|segreto|secret|token|key|password)/i,
    /(^|[-_.\s])change[-_.\s]?(in|for|before)[-_.\s]?prod(uction)?([-_.\s]|$)/i,
];
/**
 * Words that only name a credential or stand in for one (`some-password`, `secret_pw`,
 * `another_pw`, `my-token`): a value made of these alone is a documentation default.
 */
const STAND_IN_WORDS = new Set([
    'some', 'another', 'any', 'other', 'my', 'the', 'a', 'new', 'default',
    'secret', 'secrets', 'password', 'passwd', 'pass', 'pw', 'pwd', 'token', 'key', 'api', 'apikey', 'value', 'credential', 'credentials',
]);
/**
 * A literal that is a real value but a weak one, which nobody generated: a counting run
 * (`abcd1234`, `sk-lf-1234567890` behind a short prefix) or stand-in words only
 * (`some-password`, `secret_pw`). Typical of test services and documented defaults: worth a
 * medium finding (it is known to every reader), not a high one. Call only on values
 * `isLiteralSecretValue` accepts.
 */
function isWeakLiteral(value) {
    const v = value.trim();
    const body = v.replace(/^[a-z]{1,4}([-_][a-z]{1,4})?[-_]/i, '');
    if (isCountingRun(body.replace(/[^A-Za-z0-9]/g, '')) || isCountingRun(v.replace(/[^A-Za-z0-9]/g, '')))
        return true;
    const words = v.toLowerCase().split(/[-_. ]+/).filter(Boolean);
    return words.length > 0 && words.every((w) => STAND_IN_WORDS.has(w));
}
/** Why a weak literal is reported at medium, for messages. */
const WEAK_NOTE = 'a counting run or stand-in words, known to every reader rather than issued';
/** `abcdefgh`, `12345678`, `abcd1234`: mostly steps of one (or repeats) between neighbours. */
function isCountingRun(part) {
    if (part.length < 6)
        return false;
    let steps = 0;
    for (let i = 1; i < part.length; i++) {
        const d = part.charCodeAt(i) - part.charCodeAt(i - 1);
        if (d === 1 || d === 0)
            steps++;
    }
    return steps / (part.length - 1) > 0.7;
}
/**
 * Lower-case words only (`postgres`, `baserow`, `hello world`): in a CI file, the throwaway
 * password of a service container or test data rather than a credential anyone issued.
 */
function isLowercaseWords(value) {
    return /^[a-z]+([-_ ][a-z]+)*$/.test(value.trim());
}
/**
 * Stand-in words led by a possessive or an article (`my-password`, `your_token`, `some-secret`,
 * `the-api-key`): how documentation writes "put your value here", not a value anyone uses.
 */
function isStandInPlaceholder(value) {
    const words = value.trim().toLowerCase().split(/[-_. ]+/).filter(Boolean);
    return words.length > 1 && ['my', 'your', 'some', 'the', 'a', 'any'].includes(words[0]) && words.every((w) => STAND_IN_WORDS.has(w) || w === 'your' || w === 'username' || w === 'user');
}
/**
 * A comment that announces the value beside it as a placeholder to replace ("replace with your
 * key", "change me", "put your token here"): the value is a sample, not a credential anyone uses.
 */
const PLACEHOLDER_COMMENT = /#.*\b(replace (it |this |them )?(with|by) (your|a|the|real)|change[- _]?(me|it|this)\b|replace[- _]?me\b|(put|insert|enter|add|set) your\b|your [\w -]*here\b|placeholder|dummy value|example value|sample value|not a real)/i;
function commentAnnouncesPlaceholder(lines) {
    return lines.some((line) => PLACEHOLDER_COMMENT.test(line));
}
/** Password variables that official database and queue images read, with the images that read them. */
const SERVICE_PASSWORD_VARIABLES = [
    [/^POSTGRES(QL)?_(PASSWORD|POSTGRES_PASSWORD)$/, /postgres|postgis|timescale|pgvector|cockroach/],
    [/^MYSQL_(ROOT_)?PASSWORD$/, /mysql|mariadb|percona/],
    [/^MARIADB_(ROOT_)?PASSWORD$/, /mariadb/],
    [/^MONGO(_INITDB)?_ROOT_PASSWORD$/, /mongo/],
    [/^REDIS_PASSWORD$/, /redis|valkey/],
    [/^RABBITMQ_DEFAULT_PASS$/, /rabbitmq/],
    [/^(MSSQL_)?SA_PASSWORD$/, /mssql|sql-?server/],
    [/^ELASTIC_PASSWORD$/, /elastic|opensearch/],
    [/^MINIO_(ROOT_PASSWORD|SECRET_KEY)$/, /minio/],
    [/^CLICKHOUSE_PASSWORD$/, /clickhouse/],
    [/^(KEYCLOAK_ADMIN_PASSWORD|KC_BOOTSTRAP_ADMIN_PASSWORD)$/, /keycloak/],
];
/**
 * True when `name` is the password variable of one of the service containers (`images`) of a CI
 * job (`POSTGRES_PASSWORD` beside a `postgres:16` service): a throwaway service-container password.
 */
function isServiceContainerPassword(name, images) {
    const n = normalizeName(name);
    return SERVICE_PASSWORD_VARIABLES.some(([variable, image]) => variable.test(n) && images.some((i) => image.test(i.toLowerCase())));
}
/** The message of the throwaway service-container password policy (same words on every CI platform). */
const SERVICE_PASSWORD_NOTE = 'This is a throwaway service-container password: it configures a service container that only this job reaches and that is discarded with it, so it is reported at low. Use a real secret store for anything that outlives the job.';
/**
 * Credentials that grant little alone: an access key id (`AWS_ACCESS_KEY_ID`, `AKIA...`) is an
 * identifier whose secret half is what signs requests; an upload-only token (`CODECOV_TOKEN`)
 * can only add reports. Null for everything else.
 */
function limitedCredential(name, value) {
    const n = normalizeName(name).replace(/_+/g, '_');
    if (/ACCESS_KEY_ID$/.test(n) || /^(AKIA|ASIA)[A-Z0-9]{16}$/.test(value.trim()) || isAccessKeyIdHalf(n, value.trim())) {
        return { kind: 'key-id', note: 'An access key id is an identifier, not the credential: the secret access key that goes with it signs requests, so this is reported at low. Keep the pair together in the secret store all the same.' };
    }
    if (/^CODECOV(_UPLOAD)?_TOKEN$/.test(n)) {
        return { kind: 'upload-only', note: 'A Codecov upload token can only upload coverage reports for this repository (no read access to code or secrets), so it is reported at low. Keep it in the secret store all the same (or use Codecov\'s tokenless or OIDC upload).' };
    }
    return null;
}
/**
 * `accessKey`, `access_key`, `aws-access-key`, `minio.accessKey`: the id half of an access key
 * pair (MinIO's and S3-compatible stores' user name), not `secretKey`/`secret_access_key`. Only
 * when the value has the id's shape (short, or upper-case letters and digits like `AKIA...`): a
 * long mixed value under such a name is treated as the secret it looks like.
 */
function isAccessKeyIdHalf(normalized, value) {
    if (!/(^|_)ACCESS_?KEY$/.test(normalized) || /SECRET/.test(normalized))
        return false;
    return /^[A-Za-z0-9._@-]{1,24}$/.test(value) || /^[A-Z0-9]{16,32}$/.test(value);
}


/***/ }),

/***/ 8815:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F3: () => (/* binding */ readTextFileSync),
/* harmony export */   Gu: () => (/* binding */ readTextFile),
/* harmony export */   g7: () => (/* binding */ decodeText)
/* harmony export */ });
/* harmony import */ var _util_regular_file_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6943);

const BINARY_SNIFF_BYTES = 8 * 1024;
/**
 * Reads one file as text without following symlinks or blocking on FIFOs. UTF-8 (BOM removed)
 * unless a UTF-16 BOM says otherwise; invalid bytes become U+FFFD so positions stay usable.
 * Kept as a promise for callers; the work is synchronous (see readTextFileSync).
 */
async function readTextFile(absPath, maxBytes) {
    return readTextFileSync(absPath, maxBytes);
}
/**
 * `absPath` is bytes for a name that is not UTF-8 (see util/file-name.ts).
 * Synchronous on purpose: for the many small files of a repository, open/fstat/read/close as
 * direct system calls cost a few microseconds each, while the promise API pays a thread-pool
 * round trip per call (it measured 3x slower end to end). Regular files never block.
 */
function readTextFileSync(absPath, maxBytes) {
    const read = (0,_util_regular_file_js__WEBPACK_IMPORTED_MODULE_0__/* .readRegularFileSync */ .c)(absPath, maxBytes);
    if (!Buffer.isBuffer(read))
        return read;
    const text = decodeText(read);
    if (text === null)
        return { kind: 'binary', bytes: read.length };
    return { kind: 'text', text, bytes: read.length };
}
const UTF16LE = new TextDecoder('utf-16le');
const UTF16BE = new TextDecoder('utf-16be');
/** Text of a buffer, or null when it looks binary (a NUL byte in the first 8 KiB). */
function decodeText(buffer) {
    if (buffer.length >= 2 && buffer[0] === 0xff && buffer[1] === 0xfe)
        return UTF16LE.decode(buffer.subarray(2));
    if (buffer.length >= 2 && buffer[0] === 0xfe && buffer[1] === 0xff)
        return UTF16BE.decode(buffer.subarray(2));
    if (buffer.subarray(0, BINARY_SNIFF_BYTES).indexOf(0) !== -1)
        return null;
    const start = buffer.length >= 3 && buffer[0] === 0xef && buffer[1] === 0xbb && buffer[2] === 0xbf ? 3 : 0;
    // Buffer#toString replaces invalid sequences with U+FFFD like TextDecoder, and is faster.
    return buffer.toString('utf8', start);
}


/***/ }),

/***/ 3596:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ takeParse),
/* harmony export */   v: () => (/* binding */ keepParse)
/* harmony export */ });
/**
 * Whole-file parses made before the scan reached the file, kept for it: resolving GitLab
 * `include:` parses every pipeline file when the first one is analysed, and the rules then need
 * the very same parse (on the corpus of CI files, parsing them twice cost a tenth of the scan).
 * Kept per scan (by its file list, as the include set is) and per path, taken once, used only
 * for the same text, and bounded: past KEEP_CHARS of text nothing more is kept, so a scan that
 * never reaches a file (a diff, an excluded path, another thread's share) holds little.
 */
const byScan = new WeakMap();
const KEEP_CHARS = 2 * 1024 * 1024;
function keepParse(scan, path, text, parsed) {
    let kept = byScan.get(scan);
    if (!kept)
        byScan.set(scan, (kept = { chars: 0, parses: new Map() }));
    if (kept.parses.has(path) || kept.chars + text.length > KEEP_CHARS)
        return;
    kept.parses.set(path, { text, parsed });
    kept.chars += text.length;
}
/** The kept parse of `path` when it was made of this very text; forgotten either way. */
function takeParse(scan, path, text) {
    const kept = byScan.get(scan);
    const entry = kept?.parses.get(path);
    if (!kept || !entry)
        return undefined;
    kept.parses.delete(path);
    kept.chars -= entry.text.length;
    return entry.text === text ? entry.parsed : undefined;
}


/***/ }),

/***/ 4041:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  r: () => (/* binding */ describeYamlError),
  y: () => (/* binding */ loadYaml)
});

// EXTERNAL MODULE: ./.build-emit/src/yaml/library.js
var library = __webpack_require__(4716);
;// CONCATENATED MODULE: ./.build-emit/src/yaml/fast-parse.js

const TEMPLATE_LINE = /(?:^|\n)[ \t]*\{\{/;
/** `---x` or `...x` starting a line (a plain scalar to `yaml`, a marker to the peer), or a marker with content after it. */
const MARKER_LIKE = /(?:^|\n)(?:---|\.\.\.)(?:[^ \t\r\n]|[ \t]+[^# \t\r\n])/;
const LONG_LINE = /[^\n]{1025}/;
/** A lone CR (text to `yaml`, a line break to the peer) or a byte-order mark past the start. */
const ODD_BREAK = /\r(?!\n)|\uFEFF/;
/** `yaml`'s symbol for the schema's plain-string tag (its `identity.SCALAR`). */
const SCALAR_TAG = Symbol.for('yaml.scalar');
class Unsupported extends Error {
}
let coreSchema = null;
/** Documents as `yaml` would parse them, or null where this path does not model the text exactly. */
function fastParseAllDocuments(text, lineCounter) {
    const ast = (0,library/* yamlAstLibrary */.LZ)();
    // A line that starts with a template directive (`{{- if ... }}`, a Helm template) is not YAML the
    // fast path can take: `yaml` parses it, without the cost of a failed attempt first.
    if (ast === null || TEMPLATE_LINE.test(text) || MARKER_LIKE.test(text) || ODD_BREAK.test(text))
        return fallback('template, marker-like text, lone CR or BOM');
    // The rebuild looks back along a node's line for several checks: on a hostile line of
    // thousands of flow entries that is quadratic (1 MB: over a minute), so long lines go to `yaml`.
    if (LONG_LINE.test(text))
        return fallback('a line over 1,024 characters');
    const roots = [];
    try {
        ast.loadAll(text, (document) => roots.push(document), { ignoreDuplicateKeys: true });
    }
    catch {
        return fallback('parser threw');
    }
    const Y = (0,library/* yamlLibrary */.Tj)();
    coreSchema ??= new Y.Document().schema;
    const builder = new Builder(text, ast, coreSchema);
    const documents = [];
    try {
        for (const root of roots) {
            if (!root || root.errors.length > 0)
                return fallback('parse error');
            const document = new Y.Document();
            if (root.kind === ast.Kind.SCALAR && root.startPosition === root.endPosition) {
                // An empty document after `---` (a document `selectDocuments` blanked, a trailing marker):
                // `yaml`'s is a null scalar right after the marker. Without a marker (a text of comments
                // only) `yaml` finds no document at all.
                // The peer's empty document starts where the next one does (or at the end).
                const marker = text.lastIndexOf('---', root.startPosition - 1);
                if (marker === -1 || (marker > 0 && text[marker - 1] !== '\n') || text.slice(marker + 3, root.startPosition).replace(/#[^\n]*/g, '').trim() !== '')
                    return fallback('empty document');
                let at = marker + 3;
                while (isBlank(text.charCodeAt(at)))
                    at++;
                const empty = builder.emptyAt(at);
                document.contents = empty;
                document.range = [marker, marker + 3, marker + 3];
            }
            else {
                const contents = builder.node(root, false);
                document.contents = contents;
                document.range = [root.startPosition, contents.range[1], contents.range[2]];
            }
            documents.push(document);
        }
    }
    catch (error) {
        // Anything else (a stack too deep for a hostile nesting): `yaml` parses it, as it always did.
        return fallback(error instanceof Unsupported ? error.message : 'rebuild failed');
    }
    if (!builder.onlyStructureOutside())
        return fallback('text outside the nodes');
    // What `yaml`'s lexer records: every line start, the first included.
    lineCounter.addNewLine(0);
    for (let nl = text.indexOf('\n'); nl !== -1; nl = text.indexOf('\n', nl + 1))
        lineCounter.addNewLine(nl + 1);
    return documents;
}
/** `yaml` parses the text; the reason names the shape (for whoever debugs a fallback). */
function fallback(_reason) {
    return null;
}
class Builder {
    text;
    ast;
    schema;
    /** Source spans of the nodes built: what lies outside them must be structure only. */
    covered = [];
    Y = (0,library/* yamlLibrary */.Tj)();
    constructor(text, ast, schema) {
        this.text = text;
        this.ast = ast;
        this.schema = schema;
    }
    node(node, inFlow) {
        const { ast, text, Y } = this;
        if (node.errors.length > 0)
            throw new Unsupported('node error');
        const start = node.startPosition;
        const end = node.endPosition;
        if (node.kind === ast.Kind.ANCHOR_REF) {
            // `*name`: the peer's node starts after the `*`, `yaml`'s Alias at it.
            const name = node.referencesAnchor;
            if (text[start - 1] !== '*' || text.slice(start, end) !== name)
                throw new Unsupported('alias');
            const alias = new Y.Alias(name);
            alias.range = [start - 1, end, inFlow ? end : this.restOfLine(end)];
            this.covered.push([start - 1, end]);
            return alias;
        }
        const built = this.value(node, inFlow);
        if (node.anchorId) {
            // `&name` before the value (on its line or one above): covered here, so that anything else
            // between them (a tag) is left outside the nodes and sends the file to `yaml`.
            const at = text.lastIndexOf(`&${node.anchorId}`, start);
            if (at === -1)
                throw new Unsupported('anchor token');
            // `&a[]`: the peer reads an anchor stuck to a flow collection; to `yaml` it is an error.
            if (!isWhiteSpace(text.charCodeAt(at + 1 + node.anchorId.length)))
                throw new Unsupported('anchor without white space');
            this.covered.push([at, at + 1 + node.anchorId.length]);
            built.anchor = node.anchorId;
        }
        return built;
    }
    value(node, inFlow) {
        const { ast, text, Y } = this;
        const start = node.startPosition;
        const end = node.endPosition;
        if (node.kind === ast.Kind.MAP || node.kind === ast.Kind.SEQ) {
            const flow = text[start] === '{' || text[start] === '[';
            const inner = inFlow || flow;
            // Over several lines, a flow collection's indentation decides what `yaml` accepts.
            if (flow && text.lastIndexOf('\n', end - 1) >= start)
                throw new Unsupported('flow over lines');
            const collection = node.kind === ast.Kind.MAP ? new Y.YAMLMap(this.schema) : new Y.YAMLSeq(this.schema);
            // A map inside a flow collection (`[a: 1]`) is a flow map to `yaml` too.
            if (inner)
                collection.flow = true;
            let last = null;
            if (node.kind === ast.Kind.MAP) {
                for (const mapping of node.mappings) {
                    if (!mapping.key || mapping.key.kind !== ast.Kind.SCALAR)
                        throw new Unsupported('complex key');
                    // A block map's key starts its line (after indentation and `- `): `d: "" t:` is one
                    // line of two pairs to the peer, an error to `yaml`.
                    if (!inner) {
                        const keyStart = mapping.key.startPosition;
                        if (!/^[ \t]*(?:-[ \t]+)*$/.test(text.slice(text.lastIndexOf('\n', keyStart - 1) + 1, keyStart)))
                            throw new Unsupported('key inside a line');
                    }
                    // `<<` stays a key, as `yaml` leaves it (src/yaml/walk.ts merges).
                    const key = this.node(mapping.key, inner);
                    last = mapping.value ? this.node(mapping.value, inner) : this.emptyValue(mapping.key.endPosition);
                    collection.items.push(new Y.Pair(key, last));
                }
            }
            else {
                for (const item of node.items) {
                    if (!item)
                        throw new Unsupported('empty item');
                    last = this.node(item, inner);
                    collection.items.push(last);
                }
            }
            if (flow) {
                this.covered.push([start, start + 1], [end - 1, end]);
                collection.range = [start, end, inFlow ? end : this.restOfLine(end)];
            }
            else {
                // A block collection ends where its last value does.
                const until = last?.range ? last.range[2] : end;
                collection.range = [start, until, until];
            }
            return collection;
        }
        if (node.kind !== ast.Kind.SCALAR)
            throw new Unsupported('node kind');
        const scalarNode = node;
        let scalar;
        if (scalarNode.doubleQuoted || scalarNode.singleQuoted) {
            // Ends at its closing quote (the peer's end may take the line break after it).
            let until = end;
            while (until > start + 1 && isWhiteSpace(text.charCodeAt(until - 1)))
                until--;
            if (text[until - 1] !== text[start])
                throw new Unsupported('quoted end');
            // Folding quoted lines (blanks before a break, escaped breaks, empty lines) is where the two
            // parsers part; so are escapes past the common ones (`\U00110000` is an error to `yaml`),
            // and text right after the closing quote.
            if (text.lastIndexOf('\n', until - 1) >= start)
                throw new Unsupported('quoted over lines');
            if (scalarNode.doubleQuoted && /\\[^\\"nt\/ ]/.test(text.slice(start + 1, until - 1)))
                throw new Unsupported('escape');
            if (until < text.length && !/[ \t\r\n:,\]}]/.test(text[until]))
                throw new Unsupported('text after quote');
            scalar = new Y.Scalar(scalarNode.value);
            scalar.type = scalarNode.doubleQuoted ? 'QUOTE_DOUBLE' : 'QUOTE_SINGLE';
            scalar.range = [start, until, inFlow ? until : this.restOfLine(until)];
        }
        else if (scalarNode.plainScalar) {
            // The peer's end may take the line break and comment lines after the scalar: a scalar on one
            // line ends where its value does; one folded over lines at its last character, unless a
            // comment line comes last there (then `yaml` decides).
            let until = end;
            const value = scalarNode.value;
            if (text.startsWith(value, start))
                until = start + value.length;
            else {
                while (until > start && isWhiteSpace(text.charCodeAt(until - 1)))
                    until--;
                const lastLine = Math.max(start, text.lastIndexOf('\n', until - 1) + 1);
                if (lastLine > start && text.slice(lastLine, until).trimStart().startsWith('#'))
                    throw new Unsupported('comment after plain');
                if (/\n(?:\.\.\.|---)(?:\s|$)/.test(text.slice(start, until)))
                    throw new Unsupported('marker after plain');
                // A comment after the last line's part (` #` ends a plain scalar).
                const comment = /[ \t]#/.exec(text.slice(lastLine, until));
                if (comment)
                    until = lastLine + comment.index;
                while (until > start && isWhiteSpace(text.charCodeAt(until - 1)))
                    until--;
                if (until - start < value.length && !text.startsWith(value, start))
                    throw new Unsupported('plain end');
            }
            if (start === until)
                throw new Unsupported('empty plain');
            scalar = this.plain(scalarNode.value);
            scalar.range = [start, until, inFlow ? until : this.restOfLine(until)];
        }
        else {
            const header = /^([|>])([-+]?)[ \t]*(?:#[^\n]*)?\r?\n/.exec(text.slice(start, start + 256));
            if (!header || header[2] === '+')
                throw new Unsupported('block header');
            const body = start + header[0].length;
            if (/^[ \t]*\r?\n/.test(text.slice(body, body + 256)))
                throw new Unsupported('block blank first line');
            // `yaml` ends a block scalar after the line break of its last content line: not blank, and
            // indented as its first (the peer's end may take blank and less indented comment lines).
            const indent = /^[ \t]*/.exec(text.slice(body, body + 256))[0].length;
            if (indent === 0)
                throw new Unsupported('block at column 0');
            // A line of blanks deeper than the content is content to `yaml` (`|` then `  x`, `    `).
            if (hasDeepBlankLine(text, body, end, indent))
                throw new Unsupported('deep blank line');
            let last = end;
            for (;;) {
                while (last > body && isWhiteSpace(text.charCodeAt(last - 1)))
                    last--;
                if (last <= body)
                    throw new Unsupported('empty block');
                const lineStart = text.lastIndexOf('\n', last - 1) + 1;
                if (/^[ \t]*/.exec(text.slice(lineStart, last))[0].length >= indent)
                    break;
                last = lineStart;
            }
            const nl = text.indexOf('\n', last - 1);
            const until = nl === -1 ? text.length : nl + 1;
            // Every character of the lines but white space is the value's (the peer took a first line
            // that looks like a comment, at the top level, for one).
            if (scalarNode.value.replace(/\s+/g, '') !== text.slice(body, until).replace(/\s+/g, ''))
                throw new Unsupported('block value');
            scalar = new Y.Scalar(scalarNode.value);
            scalar.type = header[1] === '|' ? 'BLOCK_LITERAL' : 'BLOCK_FOLDED';
            scalar.range = [start, until, until];
        }
        scalar.source = scalarNode.value;
        this.covered.push([start, scalar.range[1]]);
        return scalar;
    }
    /** A plain scalar resolved as `yaml`'s core schema resolves it (the first default tag whose test matches). */
    plain(source) {
        const { Y } = this;
        const tags = this.schema.tags;
        const tag = tags.find((t) => t.default === true && t.test?.test(source)) ?? this.schema[SCALAR_TAG];
        const resolved = tag.resolve(source, () => {
            throw new Unsupported('resolve');
        }, {});
        const scalar = (Y.isScalar(resolved) ? resolved : new Y.Scalar(resolved));
        if (tag.format)
            scalar.format = tag.format;
        scalar.type = 'PLAIN';
        return scalar;
    }
    /** `yaml`'s null scalar of an empty node at `at`. */
    emptyAt(at) {
        const scalar = this.plain('');
        scalar.source = '';
        scalar.range = [at, at, at];
        return scalar;
    }
    /** `key:` with no value: `yaml`'s null scalar after the colon and the blanks beside it. */
    emptyValue(keyEnd) {
        const { text } = this;
        let i = keyEnd;
        while (isBlank(text.charCodeAt(i)))
            i++;
        if (text[i] !== ':')
            throw new Unsupported('empty value');
        i++;
        while (isBlank(text.charCodeAt(i)))
            i++;
        return this.emptyAt(i);
    }
    /** After a value ending at `end` in block context: blanks, a comment and one line break. */
    restOfLine(end) {
        const { text } = this;
        let i = end;
        while (isBlank(text.charCodeAt(i)))
            i++;
        if (text[i] === '#')
            while (i < text.length && text[i] !== '\n')
                i++;
        if (text[i] === '\n')
            return i + 1;
        if (text[i] === '\r' && text[i + 1] === '\n')
            return i + 2;
        return i >= text.length ? i : end;
    }
    /**
     * Whether every character outside the nodes is white space, an indicator, a comment or a
     * document marker: a tag (`!!str 123`, which this parser drops and `yaml` keeps), an anchor,
     * an alias or a directive left there sends the file to `yaml`.
     */
    onlyStructureOutside() {
        const { text } = this;
        const spans = this.covered.sort((a, b) => a[0] - b[0]);
        let k = 0;
        for (let i = 0; i < text.length; i++) {
            while (k < spans.length && spans[k][1] <= i)
                k++;
            if (k < spans.length && spans[k][0] <= i) {
                i = spans[k][1] - 1;
                continue;
            }
            const c = text.charCodeAt(i);
            if (isWhiteSpace(c) || STRUCTURE.has(c))
                continue;
            if (c === 0x23 /* # */) {
                const nl = text.indexOf('\n', i);
                i = nl === -1 ? text.length : nl;
                continue;
            }
            // `...` ends a document (`---` is three indicators).
            if (c === 0x2e /* . */ && text.startsWith('...', i) && (i === 0 || text[i - 1] === '\n')) {
                i += 2;
                continue;
            }
            return false;
        }
        return true;
    }
}
/** Whether a line of [from, to) holds only spaces, more than `indent` of them. */
function hasDeepBlankLine(text, from, to, indent) {
    for (let at = from; at < to;) {
        let i = at;
        while (i < to && text.charCodeAt(i) === 0x20)
            i++;
        const nl = text.indexOf('\n', at);
        const lineEnd = nl === -1 || nl > to ? to : nl;
        if (i - at > indent && (i === lineEnd || (text.charCodeAt(i) === 0x0d && i + 1 === lineEnd)))
            return true;
        if (nl === -1)
            break;
        at = nl + 1;
    }
    return false;
}
/** `:`, `-`, `,`, `[`, `]`, `{`, `}` (not `?`: an explicit key goes to `yaml`). */
const STRUCTURE = new Set([0x3a, 0x2d, 0x2c, 0x5b, 0x5d, 0x7b, 0x7d]);
function isBlank(code) {
    return code === 0x20 || code === 0x09;
}
function isWhiteSpace(code) {
    return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d;
}

;// CONCATENATED MODULE: ./.build-emit/src/yaml/load.js


const NO_ENV = Object.freeze({});
/**
 * `parseAllDocuments` with a LineCounter; never throws. Node ranges are offsets into `text`
 * (the decoded text, BOM removed), the same offsets a LineIndex maps to line and column. `fast`:
 * the fast path first, for a parse whose caller analyses again what it reports (see YamlFile.fast).
 */
function loadYaml(path, text, options = {}) {
    const { LineCounter, parseAllDocuments } = (0,library/* yamlLibrary */.Tj)();
    const lineCounter = new LineCounter();
    const diagnostics = [];
    let documents = [];
    // Parse errors are data here, and a template can have hundreds: their stack traces (captured
    // for every error object) are never read, so they are not taken.
    const stackTraceLimit = Error.stackTraceLimit;
    Error.stackTraceLimit = 0;
    if (options.fast) {
        let fast = null;
        try {
            fast = fastParseAllDocuments(text, lineCounter);
        }
        finally {
            Error.stackTraceLimit = stackTraceLimit;
        }
        if (fast !== null)
            return { documents: fast, lineCounter, diagnostics, ok: true, fast: true };
        Error.stackTraceLimit = 0;
    }
    // yaml's parser reads `process.env.LOG_TOKENS` for every token, and each read of the real
    // environment goes through a native getter (~140 ns): a quarter of the parse time of a small
    // manifest. The parse is synchronous, so nothing else can see this empty stand-in.
    const env = process.env;
    process.env = NO_ENV;
    try {
        const parsed = parseAllDocuments(text, { lineCounter, prettyErrors: false, uniqueKeys: false, strict: false });
        documents = Array.isArray(parsed) ? parsed : [];
    }
    catch (error) {
        diagnostics.push({ file: path, level: 'warning', code: 'yaml-parse-failed', message: `YAML parser failed (${error instanceof Error ? error.name : 'error'}); scanned as text` });
    }
    finally {
        Error.stackTraceLimit = stackTraceLimit;
        process.env = env;
    }
    let ok = documents.length === 0 && diagnostics.length === 0;
    for (const document of documents) {
        if (document.errors.length === 0) {
            ok = true;
            continue;
        }
        const first = document.errors[0];
        const { line, col } = lineCounter.linePos(first.pos[0]);
        diagnostics.push({
            file: path,
            level: 'info',
            code: 'yaml-invalid',
            message: `not valid YAML (line ${line}, column ${col}: ${describeYamlError(first)}); scanned as text`,
        });
    }
    return { documents, lineCounter, diagnostics, ok };
}
/**
 * The yaml library's messages quote the text the parser stopped at ("Unsupported YAML version
 * <text>", "The !<text>! tag has no suffix", "...extra characters: |<text>"), and that text may be the
 * very secret being reported. So a parse error is described by its code alone, in fixed words;
 * the caller adds the position.
 */
const YAML_ERRORS = {
    ALIAS_PROPS: 'an alias cannot have a tag or anchor',
    BAD_ALIAS: 'an alias that names no anchor',
    BAD_COLLECTION_TYPE: 'a collection of the wrong type for its tag',
    BAD_DIRECTIVE: 'a bad or unknown directive',
    BAD_DQ_ESCAPE: 'a bad escape in a double-quoted string',
    BAD_INDENT: 'bad indentation',
    BAD_PROP_ORDER: 'anchor and tag in the wrong order',
    BAD_SCALAR_START: 'a plain value cannot start with this character',
    BLOCK_AS_IMPLICIT_KEY: 'a nested mapping in a compact mapping',
    BLOCK_IN_FLOW: 'a block collection inside a flow collection',
    DUPLICATE_KEY: 'map keys must be unique',
    IMPOSSIBLE: 'an internal parser error',
    KEY_OVER_1024_CHARS: 'an implicit key longer than 1024 characters',
    MISSING_CHAR: 'a missing closing character',
    MULTILINE_IMPLICIT_KEY: 'an implicit key spanning lines',
    MULTIPLE_ANCHORS: 'a node with more than one anchor',
    MULTIPLE_DOCS: 'more than one document',
    MULTIPLE_TAGS: 'a node with more than one tag',
    NON_STRING_KEY: 'a key that is not a string',
    RESOURCE_EXHAUSTION: 'too many alias expansions',
    TAB_AS_INDENT: 'tabs used as indentation',
    TAG_RESOLVE_FAILED: 'an unknown or invalid tag',
    UNEXPECTED_TOKEN: 'an unexpected token',
};
/** `message` is accepted (a YAMLError has one) and never read. */
function describeYamlError(error) {
    const code = /^[A-Z0-9_]{1,40}$/.test(error.code) ? error.code : 'UNKNOWN';
    return `${YAML_ERRORS[code] ?? 'a syntax error'} [${code}]`;
}


/***/ }),

/***/ 1281:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HT: () => (/* binding */ ScalarLocator),
/* harmony export */   MK: () => (/* binding */ valueSpan),
/* harmony export */   Vk: () => (/* binding */ nodeSpan),
/* harmony export */   cj: () => (/* binding */ locateInScalar),
/* harmony export */   ws: () => (/* binding */ scalarText)
/* harmony export */ });
/* harmony import */ var _library_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4716);

/** The text of a scalar as written: strings as parsed, other scalars (numbers, booleans) as in the source. */
function scalarText(node) {
    if (typeof node.value === 'string')
        return node.value;
    if (typeof node.source === 'string')
        return node.source;
    return node.value === null || node.value === undefined ? '' : String(node.value);
}
/** Where the node's value is written (without its tag/anchor, without trailing comments). */
function nodeSpan(node) {
    const range = node.range;
    if (!range)
        return null;
    return { start: range[0], end: range[1] };
}
/**
 * Maps value characters of one scalar to source offsets. Built once per scalar (cheap: linear in
 * its source) and reused for every match inside it.
 */
class ScalarLocator {
    node;
    /** Source start and end of each value character; `value.length` entries. */
    starts;
    ends;
    value;
    constructor(text, node) {
        this.node = node;
        this.value = scalarText(node);
        const units = sourceUnits(text, node);
        const aligned = align(this.value, units, node.range?.[0] ?? 0);
        this.starts = aligned.starts;
        this.ends = aligned.ends;
    }
    /** Source offset of value character `index` (`index === value.length`: just after the last one). */
    offset(index) {
        if (index < this.starts.length)
            return this.starts[index];
        const last = this.ends[this.ends.length - 1];
        return last ?? this.node.range?.[0] ?? 0;
    }
    /** Source span of value characters [start, end). */
    span(start, end) {
        if (end <= start)
            return { start: this.offset(start), end: this.offset(start) };
        return { start: this.offset(start), end: this.ends[end - 1] ?? this.offset(end) };
    }
}
/** One-off form of ScalarLocator.span. */
function locateInScalar(text, node, start, end) {
    return new ScalarLocator(text, node).span(start, end);
}
/** The span of a whole node: a scalar's value as written (quotes excluded), or a collection. */
function valueSpan(text, node) {
    if ((0,_library_js__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(node)) {
        const locator = new ScalarLocator(text, node);
        if (locator.value.length > 0)
            return locator.span(0, locator.value.length);
    }
    return nodeSpan(node);
}
function sourceUnits(text, node) {
    const range = node.range;
    if (!range)
        return [];
    const [from, to] = range;
    const units = [];
    const push = (value, start, end) => units.push({ text: value, start, end });
    switch (node.type) {
        case 'QUOTE_DOUBLE':
            doubleQuotedUnits(text, from + 1, Math.max(from + 1, to - 1), push);
            break;
        case 'QUOTE_SINGLE':
            for (let i = from + 1; i < to - 1; i++) {
                if (text[i] === "'" && text[i + 1] === "'") {
                    push("'", i, i + 2);
                    i++;
                }
                else
                    push(text[i], i, i + 1);
            }
            break;
        case 'BLOCK_LITERAL':
        case 'BLOCK_FOLDED': {
            // Skip the header line (`|-`, `>+2`, `| # comment`): content starts on the next line.
            const headerEnd = text.indexOf('\n', from);
            const body = headerEnd === -1 || headerEnd >= to ? to : headerEnd + 1;
            for (let i = body; i < to; i++)
                push(text[i], i, i + 1);
            break;
        }
        default:
            for (let i = from; i < to; i++)
                push(text[i], i, i + 1);
    }
    return units;
}
const SIMPLE_ESCAPES = {
    '0': '\0', a: '\x07', b: '\b', t: '\t', '\t': '\t', n: '\n', v: '\v', f: '\f', r: '\r', e: '\x1b',
    ' ': ' ', '"': '"', '/': '/', '\\': '\\', N: '\u0085', _: '\u00a0', L: '\u2028', P: '\u2029',
};
const HEX_ESCAPES = { x: 2, u: 4, U: 8 };
function doubleQuotedUnits(text, from, to, push) {
    for (let i = from; i < to; i++) {
        const ch = text[i];
        if (ch !== '\\' || i + 1 >= to) {
            push(ch, i, i + 1);
            continue;
        }
        const next = text[i + 1];
        if (next === '\n' || (next === '\r' && text[i + 2] === '\n')) {
            // Escaped line break: the break and the next line's indentation vanish from the value.
            let j = i + (next === '\r' ? 3 : 2);
            while (j < to && (text[j] === ' ' || text[j] === '\t'))
                j++;
            push('', i, j);
            i = j - 1;
            continue;
        }
        const simple = SIMPLE_ESCAPES[next];
        if (simple !== undefined) {
            push(simple, i, i + 2);
            i++;
            continue;
        }
        const digits = HEX_ESCAPES[next];
        if (digits !== undefined) {
            const hex = text.slice(i + 2, i + 2 + digits);
            const code = Number.parseInt(hex, 16);
            const decoded = /^[0-9a-fA-F]+$/.test(hex) && hex.length === digits && code <= 0x10ffff ? String.fromCodePoint(code) : hex;
            push(decoded, i, i + 2 + digits);
            i += 1 + digits;
            continue;
        }
        push(ch, i, i + 1);
    }
}
/**
 * Greedy alignment of the value against the source units. Folding, indentation, chomping and
 * line-break normalisation only add, drop or change whitespace, so every non-whitespace value
 * character is found verbatim in order; whitespace maps to the nearest matching source character.
 */
function align(value, units, fallback) {
    const starts = new Array(value.length);
    const ends = new Array(value.length);
    let u = 0;
    let pending = ''; // the rest of a multi-character unit (an escape such as \u263A decoding to several code units)
    let pendingUnit = null;
    let last = fallback;
    for (let i = 0; i < value.length; i++) {
        const ch = value[i];
        if (pendingUnit && pending.startsWith(ch)) {
            starts[i] = pendingUnit.start;
            ends[i] = pendingUnit.end;
            pending = pending.slice(1);
            if (pending === '')
                pendingUnit = null;
            continue;
        }
        pendingUnit = null;
        pending = '';
        const whitespace = ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r';
        let found = -1;
        for (let j = u; j < units.length; j++) {
            const unit = units[j];
            if (unit.text.startsWith(ch)) {
                found = j;
                break;
            }
            // A non-whitespace character can only be preceded by skipped whitespace or escaped breaks.
            if (!whitespace && unit.text !== '' && !/^[ \t\r\n]$/.test(unit.text))
                break;
            if (whitespace && unit.text !== '' && !/^[ \t\r\n]$/.test(unit.text))
                break;
        }
        if (found === -1) {
            // Whitespace made by folding (a line break read as a space): it sits where the next unit is.
            const at = units[u]?.start ?? last;
            starts[i] = at;
            ends[i] = at;
            continue;
        }
        const unit = units[found];
        starts[i] = unit.start;
        ends[i] = unit.end;
        last = unit.end;
        if (unit.text.length > 1) {
            pending = unit.text.slice(1);
            pendingUnit = unit;
        }
        u = found + 1;
    }
    return { starts, ends };
}


/***/ }),

/***/ 9606:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CR: () => (/* binding */ AliasBudget),
/* harmony export */   DG: () => (/* binding */ DEFAULT_ALIAS_BUDGET),
/* harmony export */   Nn: () => (/* binding */ mapEntries),
/* harmony export */   QC: () => (/* binding */ walkValues),
/* harmony export */   Sg: () => (/* binding */ seqItems),
/* harmony export */   Um: () => (/* binding */ scalarValue),
/* harmony export */   _W: () => (/* binding */ getValue),
/* harmony export */   hl: () => (/* binding */ resolveNode),
/* harmony export */   qD: () => (/* binding */ formatYamlPath),
/* harmony export */   vw: () => (/* binding */ aliasBudgetExceeded)
/* harmony export */ });
/* unused harmony export getEntry */
/* harmony import */ var _library_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4716);
/* harmony import */ var _locate_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1281);


/**
 * How many nodes one walk may materialise through aliases before it stops resolving them. An
 * alias costs the size of what it names (every node under its anchor, nested aliases counted once
 * each, and charged again when followed), not one lookup: 400 jobs aliasing one list of 400 steps
 * are 160 000 steps to a consumer while written once. Real files stay far below (the largest
 * GitLab template of the corpus materialises a few thousand nodes).
 */
const DEFAULT_ALIAS_BUDGET = 100_000;
const MAX_DEPTH = 200;
/** Shared by everything one rule does on one document: exhausted once, stays exhausted. */
class AliasBudget {
    limit;
    used = 0;
    /** True once the budget ran out: results are partial and the caller should say so. */
    exceeded = false;
    /**
     * `mapEntries` per mapping under this budget: a mapping with merge keys is looked up once per
     * key by the rules, and its merges are resolved (and paid for) once, not per lookup.
     */
    entries = new WeakMap();
    constructor(limit = DEFAULT_ALIAS_BUDGET) {
        this.limit = limit;
    }
    /** Pays for `nodes` materialised nodes; false (and exhausted from then on) when they do not fit. */
    take(nodes = 1) {
        if (this.exceeded)
            return false;
        if (this.used + nodes > this.limit) {
            this.exceeded = true;
            return false;
        }
        this.used += nodes;
        return true;
    }
    /** Nodes materialised so far. */
    get spent() {
        return this.used;
    }
}
/** Documents on which some walk ran out of alias budget, so the file can say so once (src/core/analyze.ts). */
const exhausted = new WeakSet();
/** True when a walk over this document stopped following aliases because its budget ran out. */
function aliasBudgetExceeded(document) {
    return exhausted.has(document);
}
/**
 * Follows aliases to the node they name, paying for its size. Returns null for an unresolvable
 * alias, an exhausted budget, or no node at all.
 */
function resolveNode(node, document, budget) {
    let current = node;
    for (let hops = 0; (0,_library_js__WEBPACK_IMPORTED_MODULE_1__/* .isAlias */ .Vj)(current); hops++) {
        if (hops > MAX_DEPTH)
            return null;
        const target = aliasTarget(current, document);
        if (target && !budget.take(subtreeSize(target))) {
            exhausted.add(document);
            return null;
        }
        current = target;
    }
    if (current === null || current === undefined)
        return null;
    return current;
}
const sizes = new WeakMap();
/**
 * Nodes under `root`, itself included; an alias inside counts as one node (it is paid for when
 * followed). Iterative, and memoised for every collection on the way, so nested anchors cost one
 * pass over the document in all.
 */
function subtreeSize(root) {
    const known = sizes.get(root);
    if (known !== undefined)
        return known;
    if (!(0,_library_js__WEBPACK_IMPORTED_MODULE_1__/* .isMap */ .jh)(root) && !(0,_library_js__WEBPACK_IMPORTED_MODULE_1__/* .isSeq */ .oP)(root))
        return 1;
    const childrenOf = (node) => {
        if ((0,_library_js__WEBPACK_IMPORTED_MODULE_1__/* .isSeq */ .oP)(node))
            return node.items;
        const out = [];
        for (const pair of node.items) {
            out.push(pair.key, pair.value);
        }
        return out;
    };
    const stack = [{ node: root, children: childrenOf(root), next: 0, total: 1 }];
    let result = 1;
    while (stack.length > 0) {
        const frame = stack[stack.length - 1];
        if (frame.next >= frame.children.length) {
            sizes.set(frame.node, frame.total);
            stack.pop();
            if (stack.length > 0)
                stack[stack.length - 1].total += frame.total;
            else
                result = frame.total;
            continue;
        }
        const child = frame.children[frame.next++];
        if (child === null || child === undefined)
            continue;
        const memo = (0,_library_js__WEBPACK_IMPORTED_MODULE_1__/* .isMap */ .jh)(child) || (0,_library_js__WEBPACK_IMPORTED_MODULE_1__/* .isSeq */ .oP)(child) ? sizes.get(child) : undefined;
        if (memo !== undefined)
            frame.total += memo;
        else if ((0,_library_js__WEBPACK_IMPORTED_MODULE_1__/* .isMap */ .jh)(child) || (0,_library_js__WEBPACK_IMPORTED_MODULE_1__/* .isSeq */ .oP)(child))
            stack.push({ node: child, children: childrenOf(child), next: 0, total: 1 });
        else
            frame.total += 1;
    }
    return result;
}
const aliasTargets = new WeakMap();
/**
 * The node an alias names: the last node with its anchor before it in document order, as
 * `Alias#resolve` finds it. That method walks the whole document on every call (quadratic in
 * files with many aliases, such as GitLab CI templates); this walks it once per document.
 */
function aliasTarget(alias, document) {
    let targets = aliasTargets.get(document);
    if (!targets) {
        const found = new Map();
        const lastByAnchor = new Map();
        (0,_library_js__WEBPACK_IMPORTED_MODULE_1__/* .yamlLibrary */ .Tj)().visit(document, {
            Node: (_key, node) => {
                if ((0,_library_js__WEBPACK_IMPORTED_MODULE_1__/* .isAlias */ .Vj)(node))
                    found.set(node, lastByAnchor.get(node.source) ?? null);
                else if (node.anchor)
                    lastByAnchor.set(node.anchor, node);
            },
        });
        aliasTargets.set(document, (targets = found));
    }
    return targets.get(alias) ?? null;
}
/**
 * The entries of a mapping as a consumer sees them: `<<: *a` and `<<: [*a, *b]` merged in
 * (explicit keys win, earlier merge sources win over later ones), with duplicate keys resolved
 * to the last one written, as yaml's non-unique mode does.
 */
function mapEntries(node, document, budget, depth = 0) {
    const map = resolveNode(node, document, budget);
    if (!map || !(0,_library_js__WEBPACK_IMPORTED_MODULE_1__/* .isMap */ .jh)(map) || depth > MAX_DEPTH)
        return [];
    const cached = budget.entries.get(map);
    if (cached)
        return cached;
    // A merge cycle (`&a {<<: *a}`) meets this placeholder and adds nothing.
    budget.entries.set(map, []);
    const result = ownAndMergedEntries(map, document, budget, depth);
    budget.entries.set(map, result);
    return result;
}
function ownAndMergedEntries(map, document, budget, depth) {
    const own = new Map();
    const merges = [];
    for (const pair of map.items) {
        if (!(0,_library_js__WEBPACK_IMPORTED_MODULE_1__/* .isPair */ .tO)(pair))
            continue;
        const keyNode = resolveNode(pair.key, document, budget);
        const key = keyNode && (0,_library_js__WEBPACK_IMPORTED_MODULE_1__/* .isScalar */ .jn)(keyNode) ? (0,_locate_js__WEBPACK_IMPORTED_MODULE_0__/* .scalarText */ .ws)(keyNode) : null;
        if (key === null)
            continue;
        const valueNode = pair.value ?? null;
        const isMergeKey = key === '<<' && (0,_library_js__WEBPACK_IMPORTED_MODULE_1__/* .isScalar */ .jn)(pair.key) && pair.key.type === 'PLAIN';
        if (isMergeKey) {
            const source = resolveNode(valueNode, document, budget);
            const sources = source && (0,_library_js__WEBPACK_IMPORTED_MODULE_1__/* .isSeq */ .oP)(source) ? source.items : [source]; // resolved once: paid once
            for (const item of sources)
                merges.push(mapEntries(item, document, budget, depth + 1));
            continue;
        }
        own.delete(key); // the last duplicate wins, and keeps its own position
        own.set(key, { key, keyNode: (0,_library_js__WEBPACK_IMPORTED_MODULE_1__/* .isScalar */ .jn)(pair.key) ? pair.key : null, valueNode, value: resolveNode(valueNode, document, budget), merged: false });
    }
    const result = [];
    const seen = new Set(own.keys());
    for (const entries of merges) {
        for (const entry of entries) {
            if (seen.has(entry.key))
                continue;
            seen.add(entry.key);
            result.push(entry.merged ? entry : { ...entry, merged: true });
        }
    }
    for (const entry of own.values())
        result.push(entry);
    return result;
}
/** The entry named `key` of a mapping (merge keys resolved), or undefined. */
function getEntry(node, key, document, budget) {
    return mapEntries(node, document, budget).find((e) => e.key === key);
}
/** The resolved value at `key` of a mapping, or null. */
function getValue(node, key, document, budget) {
    return getEntry(node, key, document, budget)?.value ?? null;
}
/** The items of a sequence, each resolved, with the item as written. */
function seqItems(node, document, budget) {
    const seq = resolveNode(node, document, budget);
    if (!seq || !(0,_library_js__WEBPACK_IMPORTED_MODULE_1__/* .isSeq */ .oP)(seq))
        return [];
    return seq.items.map((item, index) => ({ index, valueNode: item ?? null, value: resolveNode(item, document, budget) }));
}
/** A scalar's text if the (resolved) node is a scalar, else null. */
function scalarValue(node) {
    return node && (0,_library_js__WEBPACK_IMPORTED_MODULE_1__/* .isScalar */ .jn)(node) ? (0,_locate_js__WEBPACK_IMPORTED_MODULE_0__/* .scalarText */ .ws)(node) : null;
}
/**
 * Visits every value of a document depth-first with its path, aliases and merge keys resolved
 * under the alias budget. A node reached again through an alias inside itself is not re-entered.
 */
function walkValues(document, visit, options = {}) {
    const budget = options.budget ?? new AliasBudget();
    const stack = new Set();
    // `resolved`: a mapping value mapEntries already resolved (and paid for), not resolved again.
    const step = (written, path, keyNode, viaAlias, resolved) => {
        if (path.length > MAX_DEPTH)
            return;
        const aliased = viaAlias || (0,_library_js__WEBPACK_IMPORTED_MODULE_1__/* .isAlias */ .Vj)(written);
        const node = resolved !== undefined ? resolved : resolveNode(written, document, budget);
        if (!node || stack.has(node))
            return;
        const value = { path, node, keyNode, viaAlias: aliased };
        visit(value);
        if (options.enter && options.enter(value) === false)
            return;
        stack.add(node);
        if ((0,_library_js__WEBPACK_IMPORTED_MODULE_1__/* .isMap */ .jh)(node)) {
            for (const entry of mapEntries(node, document, budget))
                step(entry.valueNode, [...path, entry.key], entry.keyNode, aliased || entry.merged, entry.value);
        }
        else if ((0,_library_js__WEBPACK_IMPORTED_MODULE_1__/* .isSeq */ .oP)(node)) {
            node.items.forEach((item, index) => step(item, [...path, index], null, aliased));
        }
        stack.delete(node);
    };
    step(document.contents, [], null, false);
    return budget;
}
/** `jobs.build.steps[2].env.OPENAI_API_KEY`; keys that are not plain identifiers are quoted. */
function formatYamlPath(path) {
    let out = '';
    for (const segment of path) {
        if (typeof segment === 'number')
            out += `[${segment}]`;
        else if (/^[A-Za-z0-9_-]+$/.test(segment))
            out += out === '' ? segment : `.${segment}`;
        else
            out += `[${JSON.stringify(segment)}]`;
    }
    return out;
}


/***/ })

};
