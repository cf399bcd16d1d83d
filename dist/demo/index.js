import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ // The require scope
/******/ var __nccwpck_require__ = {};
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/************************************************************************/
var __webpack_exports__ = {};

;// CONCATENATED MODULE: external "node:child_process"
const external_node_child_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");
;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");
;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_namespaceObject);
;// CONCATENATED MODULE: external "node:url"
const external_node_url_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");
;// CONCATENATED MODULE: external "node:crypto"
const external_node_crypto_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");
;// CONCATENATED MODULE: ./test/helpers/keys.ts
/**
 * Provider-shaped test keys with random bodies, generated at test time so that no key-shaped
 * literal is ever committed (the repository must pass its own scan). The marker and prefixes are
 * assembled from pieces for the same reason.
 */

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const URL_SAFE = ALNUM + '_-';
function randomString(length, alphabet = ALNUM) {
    let out = '';
    for (let i = 0; i < length; i++)
        out += alphabet[(0,external_node_crypto_namespaceObject.randomInt)(alphabet.length)];
    return out;
}
/** "OpenAI" in base64, built so the literal never appears in the repository. */
const OPENAI_MARKER = ['T3Bl', 'bkFJ'].join('');
/** An OpenAI-shaped key of the given kind with a random body. */
function openaiKey(kind = 'proj', options = {}) {
    const sk = ['s', 'k', '-'].join('');
    if (kind === 'legacy')
        return sk + randomString(20) + OPENAI_MARKER + randomString(20);
    if (kind === 'none-48')
        return `${sk}None-` + randomString(48);
    const side = options.side ?? (kind === 'admin' ? 58 : 74);
    let left = randomString(side, URL_SAFE);
    let right = randomString(side, URL_SAFE);
    const edgeChar = () => ((0,external_node_crypto_namespaceObject.randomInt)(2) === 0 ? '-' : '_');
    if (options.edge === 'start' || options.edge === 'both')
        left = edgeChar() + left.slice(1);
    if (options.edge === 'end' || options.edge === 'both')
        right = right.slice(0, -1) + edgeChar();
    const prefix = kind === 'none-marker' ? 'None' : kind;
    return `${sk}${prefix}-${left}${OPENAI_MARKER}${right}`;
}
/** base64 of a string, for Kubernetes Secret `data:` and similar fixtures. */
function base64(text) {
    return Buffer.from(text, 'utf8').toString('base64');
}
/**
 * Key generators by name, for fixture templates: `<<openai:proj>>` in a fixture becomes a fresh
 * key from `KEY_GENERATORS['openai:proj']`. Provider entries are added here as detectors grow.
 */
const KEY_GENERATORS = {
    'openai:legacy': () => openaiKey('legacy'),
    'openai:proj': () => openaiKey('proj'),
    'openai:proj-58': () => openaiKey('proj', { side: 58 }),
    'openai:proj-46': () => openaiKey('proj', { side: 46 }),
    'openai:proj-20': () => openaiKey('proj', { side: 20 }),
    'openai:proj-edge': () => openaiKey('proj', { edge: 'both' }),
    'openai:svcacct': () => openaiKey('svcacct'),
    'openai:service': () => openaiKey('service'),
    'openai:admin': () => openaiKey('admin'),
    'openai:none': () => openaiKey('none-48'),
};
function generateKey(spec) {
    const generator = KEY_GENERATORS[spec];
    if (!generator)
        throw new Error(`no test key generator named "${spec}"`);
    return generator();
}

;// CONCATENATED MODULE: ./test/helpers/repo.ts
/** Temporary folders and git repositories built from a map of paths to contents. */




const created = (/* unused pure expression or super */ null && ([]));
function tempDir(prefix = 'osl-test-') {
    const dir = mkdtempSync(path.join(tmpdir(), prefix));
    created.push(dir);
    return dir;
}
function writeTree(root, tree) {
    for (const [rel, content] of Object.entries(tree)) {
        const abs = external_node_path_default().join(root, rel);
        (0,external_node_fs_namespaceObject.mkdirSync)(external_node_path_default().dirname(abs), { recursive: true });
        (0,external_node_fs_namespaceObject.writeFileSync)(abs, content);
    }
}
function gitIn(dir, ...args) {
    return (0,external_node_child_process_namespaceObject.execFileSync)('git', args, {
        cwd: dir,
        encoding: 'utf8',
        env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.invalid', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.invalid' },
    });
}
/** A git repository whose `tree` is committed (or only added, with commit: false). */
function makeRepo(tree, options = {}) {
    const dir = tempDir('osl-repo-');
    gitIn(dir, 'init', '-q', '-b', 'main');
    writeTree(dir, tree);
    if (Object.keys(tree).length > 0) {
        gitIn(dir, 'add', '-A');
        if (options.commit !== false)
            gitIn(dir, 'commit', '-q', '-m', 'fixture');
    }
    if (options.untracked)
        writeTree(dir, options.untracked);
    return dir;
}
function cleanupTempDirs() {
    for (const dir of created.splice(0))
        rmSync(dir, { recursive: true, force: true });
}

;// CONCATENATED MODULE: ./scripts/demo.ts
/**
 * `npm run demo`: builds a throwaway git repository with freshly generated fake keys in the
 * places they leak from in real projects, scans it with the built CLI and removes it again.
 * Bundled into dist/demo so it needs no install.
 */







const cli = external_node_path_default().join(external_node_path_default().dirname((0,external_node_url_namespaceObject.fileURLToPath)(import.meta.url)), '..', 'cli', 'index.js');
const dir = (0,external_node_fs_namespaceObject.mkdtempSync)(external_node_path_default().join((0,external_node_os_namespaceObject.tmpdir)(), 'openai-secret-lint-demo-'));
try {
    writeTree(dir, {
        '.github/workflows/deploy.yml': [
            'name: deploy',
            'on: push',
            'jobs:',
            '  deploy:',
            '    runs-on: ubuntu-latest',
            '    env:',
            `      OPENAI_API_KEY: ${openaiKey('proj')}`,
            '    steps:',
            '      - uses: actions/checkout@v4',
            '      - run: npm ci && npm run deploy',
            '',
        ].join('\n'),
        '.gitlab-ci.yml': [
            'variables:',
            `  OPENAI_API_KEY: "${openaiKey('svcacct')}"`,
            '',
            'test:',
            '  script:',
            '    - npm test',
            '',
        ].join('\n'),
        'k8s/openai-secret.yaml': [
            'apiVersion: v1',
            'kind: Secret',
            'metadata:',
            '  name: openai',
            'type: Opaque',
            'data:',
            `  OPENAI_API_KEY: ${base64(openaiKey('proj', { side: 58 }))}`,
            '',
        ].join('\n'),
        '.env': [`OPENAI_API_KEY=${openaiKey('admin')}`, 'PORT=3000', ''].join('\n'),
        'src/client.ts': [
            "import OpenAI from 'openai';",
            '',
            '// The right way: the key comes from the environment, never from the source.',
            'export const client = new OpenAI({ apiKey: process.env.OPENAI_API_KEY });',
            '',
        ].join('\n'),
    });
    gitIn(dir, 'init', '-q');
    gitIn(dir, 'add', '-A');
    gitIn(dir, 'commit', '-q', '-m', 'demo: a repository that leaks keys');
    process.stdout.write(`Demo repository with freshly generated fake keys: ${dir}\n`);
    process.stdout.write(`$ openai-secret-lint scan ${dir}\n\n`);
    const result = (0,external_node_child_process_namespaceObject.spawnSync)(process.execPath, [cli, 'scan', dir], { stdio: 'inherit' });
    process.stdout.write(`\nExit code ${result.status}: 1 means findings at or above --fail-on (high), which is what the demo expects.\n`);
    process.exitCode = result.status === 0 || result.status === 1 ? 0 : (result.status ?? 3);
}
finally {
    (0,external_node_fs_namespaceObject.rmSync)(dir, { recursive: true, force: true });
}

