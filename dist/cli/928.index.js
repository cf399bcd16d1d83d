export const id = 928;
export const ids = [928];
export const modules = {

/***/ 6928:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  readStdin: () => (/* binding */ readStdin),
  stdinPath: () => (/* binding */ stdinPath)
});

// EXTERNAL MODULE: ./.build-emit/src/discover/read-text.js
var read_text = __webpack_require__(8815);
// EXTERNAL MODULE: ./.build-emit/src/discover/classify.js
var classify = __webpack_require__(6865);
;// CONCATENATED MODULE: ./.build-emit/src/discover/stdin-kind.js

/** The path findings in standard input are reported under when `--stdin-filename` is not given. */
const STDIN_NAME = '<stdin>';
// Top-level keys (at the start of a line) that mark a GitLab pipeline or a GitHub workflow.
const GITLAB_KEYS = /(^|\n)(stages|include|default|variables|workflow)[ \t]*:|(^|\n)[ \t]+script[ \t]*:/;
const GITLAB_SCRIPT = /(^|\n)[ \t]+(script|before_script|after_script)[ \t]*:/;
const WORKFLOW_ON = /(^|\n)(on|"on"|'on')[ \t]*:/;
const WORKFLOW_JOBS = /(^|\n)jobs[ \t]*:/;
/**
 * The kind of the text read from standard input. A name that says what the file is decides
 * (`.gitlab-ci.yml`, `.github/workflows/x.yml`, `values.yaml`, `.env`...); otherwise the content
 * does: `kind:` with `apiVersion:` is a Kubernetes manifest (`kubectl get ... -o yaml`, `helm
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

// EXTERNAL MODULE: ./.build-emit/src/core/errors.js
var errors = __webpack_require__(7144);
;// CONCATENATED MODULE: ./.build-emit/src/cli/stdin.js



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


/***/ })

};
