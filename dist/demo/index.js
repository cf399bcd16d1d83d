import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
var __webpack_exports__ = {};

;// CONCATENATED MODULE: external "node:child_process"
const external_node_child_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");
;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");
;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
;// CONCATENATED MODULE: external "node:url"
const external_node_url_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");
;// CONCATENATED MODULE: external "node:crypto"
const external_node_crypto_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");
;// CONCATENATED MODULE: ./.build-emit/test/helpers/keys.js
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
    const prefix = kind === 'none-marker' ? 'None' : kind;
    for (;;) {
        let left = randomString(side, URL_SAFE);
        let right = randomString(side, URL_SAFE);
        const edgeChar = () => ((0,external_node_crypto_namespaceObject.randomInt)(2) === 0 ? '-' : '_');
        if (options.edge === 'start' || options.edge === 'both')
            left = edgeChar() + left.slice(1);
        if (options.edge === 'end' || options.edge === 'both')
            right = right.slice(0, -1) + edgeChar();
        const key = `${sk}${prefix}-${left}${OPENAI_MARKER}${right}`;
        // Masking written over a key, which the literal rules rightly skip (`_yyyy`, `XXXX-`, `xxxxxx`):
        // a plain random body spells it in about one key in 400,000. Mixed-case runs (`xXxX`) are kept.
        if (!SINGLE_CASE_MASK.test(key))
            return key;
    }
}
const SINGLE_CASE_MASK = /[-_](x{4}|X{4}|y{4}|Y{4})|(x{4}|X{4}|y{4}|Y{4})([-_]|$)|x{6}|X{6}|y{6}|Y{6}/;
const HEX = '0123456789abcdef';
const UPPER_B32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
const DIGITS = '0123456789';
/**
 * Words that detectors treat as placeholder markers (`test`, `your`, `fake`, …): a random body
 * that happens to spell one is drawn again, so generated keys are always found. Also an ellipsis
 * (`...`, documentation's `sk-proj-...`), which a body with `.` in its alphabet (url:password)
 * spells about one time in 18,000.
 */
const PLACEHOLDER_LOOKALIKE = /your|here|example|placeholder|redacted|changeme|change_me|replace|dummy|fake|sample|test|xxxx|yyyy|insert|mock|lorem|pass|pwd|username|secret|admin|[@4]dm|EXAMPLE|\.\.\./i;
/**
 * True when a generated string spells one of those words anywhere. Keys built from randomString
 * (openaiKey, the plain entries of KEY_GENERATORS) can, as real keys can: a test that hands a whole
 * key to a word-sensitive check (isPlaceholder, the generic rule) draws again while this holds.
 */
function spellsPlaceholder(text) {
    if (PLACEHOLDER_LOOKALIKE.test(text))
        return true;
    // The leetspeak spellings isPlaceholder reads too (`4dm1n`, `p455`, `s3cr3t`).
    const plain = text.toLowerCase().replace(/[@4]/g, 'a').replace(/0/g, 'o').replace(/3/g, 'e').replace(/[$5]/g, 's').replace(/[1!]/g, 'i');
    return /pass|pwd|secret|admin/.test(plain);
}
/** A random string that never spells a placeholder word and mixes lower, upper and digits where the alphabet allows. */
function randomBody(length, alphabet = ALNUM) {
    for (;;) {
        const s = randomString(length, alphabet);
        if (spellsPlaceholder(s))
            continue;
        const hasMix = (re) => !re.test(alphabet) || re.test(s);
        if (length >= 12 && !(hasMix(/[a-z]/) && hasMix(/[A-Z]/) && hasMix(/[0-9]/)))
            continue;
        return s;
    }
}
const join = (...parts) => parts.join('');
/** A PEM private key block with a random body (never a usable key). */
function pemPrivateKey(label = 'RSA PRIVATE KEY', lines = 12) {
    const armour = (word) => join('-----', word, ' ', label, '-----');
    const body = Array.from({ length: lines }, () => randomBody(64, ALNUM + '+/'));
    return [armour('BEGIN'), ...body, armour('END')].join('\n');
}
/** A GCP service-account key file, as its JSON text. */
function gcpServiceAccountJson() {
    return JSON.stringify({
        type: join('service', '_account'),
        project_id: 'demo-project-123',
        private_key_id: randomString(40, HEX),
        private_key: pemPrivateKey('PRIVATE KEY', 16) + '\n',
        client_email: 'ci@demo-project-123.iam.gserviceaccount.com',
        client_id: randomString(21, DIGITS),
    }, null, 2);
}
/** Generators for every provider and form the catalogue knows, keyed `provider:kind`. */
function providerGenerators() {
    const sk = join('s', 'k', '-');
    const urlSafe = (n) => randomBody(n, URL_SAFE);
    const alnum = (n) => randomBody(n);
    const hex = (n) => randomBody(n, HEX);
    const letters = (n) => randomBody(n, ALNUM.slice(0, 52));
    const digits = (n) => randomString(n, DIGITS);
    return {
        'openai:none-marker': () => openaiKey('none-marker'),
        'openai:admin-edge': () => openaiKey('admin', { edge: 'both' }),
        'openai:svcacct-46': () => openaiKey('svcacct', { side: 46 }),
        'anthropic:api03': () => join(sk, 'ant-api03-', urlSafe(93), 'AA'),
        'anthropic:admin01': () => join(sk, 'ant-admin01-', urlSafe(93), 'AA'),
        'azure:openai': () => hex(32),
        'google:api': () => join('AI', 'za', urlSafe(35)),
        'google:gemini': () => join('AI', 'za', 'Sy', urlSafe(33)),
        'groq:api': () => join('gs', 'k_', alnum(52)),
        'xai:api': () => join('xa', 'i-', randomBody(80, ALNUM + '_')),
        'huggingface:user': () => join('h', 'f_', letters(34)),
        'huggingface:org': () => join('api', '_org_', letters(34)),
        'perplexity:api': () => join('pp', 'lx-', alnum(48)),
        'replicate:api': () => join('r', '8_', urlSafe(37)),
        'openrouter:api': () => join(sk, 'or-v1-', hex(64)),
        'deepseek:api': () => join(sk, hex(32)),
        'cohere:api': () => alnum(40),
        'mistral:api': () => alnum(32),
        'aws:akia': () => join('AK', 'IA', randomBody(16, UPPER_B32)),
        'aws:asia': () => join('AS', 'IA', randomBody(16, UPPER_B32)),
        'aws:secret': () => randomBody(40, ALNUM + '+/'),
        'github:ghp': () => join('gh', 'p_', alnum(36)),
        'github:gho': () => join('gh', 'o_', alnum(36)),
        'github:ghu': () => join('gh', 'u_', alnum(36)),
        'github:ghs': () => join('gh', 's_', alnum(36)),
        'github:ghr': () => join('gh', 'r_', alnum(36)),
        'github:pat-fine': () => join('github', '_pat_', '11', randomBody(20, UPPER_B32), '_', alnum(59)),
        'gitlab:glpat': () => join('glp', 'at-', urlSafe(20)),
        'gitlab:glrt': () => join('glr', 't-', urlSafe(20)),
        'gitlab:gldt': () => join('gld', 't-', urlSafe(20)),
        'slack:xoxb': () => join('xo', 'xb-', digits(12), '-', digits(13), '-', alnum(24)),
        'slack:xoxp': () => join('xo', 'xp-', digits(12), '-', digits(12), '-', digits(13), '-', hex(32)),
        'slack:xapp': () => join('xa', 'pp-1-A', randomBody(10, UPPER_B32), '-', digits(13), '-', hex(64)),
        'slack:webhook': () => join('https://hooks.', 'slack.com/services/T', randomBody(10, UPPER_B32), '/B', randomBody(10, UPPER_B32), '/', alnum(24)),
        'stripe:sk-live': () => join('sk', '_live_', alnum(99)),
        'stripe:rk-live': () => join('rk', '_live_', alnum(24)),
        'stripe:sk-test': () => join('sk', '_test_', alnum(99)),
        'stripe:rk-test': () => join('rk', '_test_', alnum(24)),
        'slack:xoxb-legacy': () => join('xo', 'xb-', digits(12), '-', alnum(24)),
        // A workspace id and one shorter secret group (older or cut tokens; trufflehog's test shape).
        'slack:xoxb-short': () => join('xo', 'xb-', digits(11), '-', digits(6), randomBody(8, 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghjkmnpqrstuvwxyz'), digits(2)),
        'slack:xoxr-short': () => join('xo', 'xr-', digits(12), '-', digits(6), randomBody(8, 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghjkmnpqrstuvwxyz'), digits(2)),
        'stripe:sk-prod': () => join('sk', '_prod_', alnum(99)),
        'stripe:rk-prod': () => join('rk', '_prod_', alnum(99)),
        // An id with digits outside AWS's base32 alphabet: context for the secret beside it, never reported.
        'aws:id-loose': () => join('AB', 'IA', randomBody(7, UPPER_B32), '9', randomBody(8, UPPER_B32)),
        'slack:xoxe-config': () => join('xo', 'xe.', 'xo', 'xp-1-', alnum(163)),
        'slack:webhook-http': () => join('http://hooks.', 'slack.com/services/T', randomBody(10, UPPER_B32), '/B', randomBody(10, UPPER_B32), '/', alnum(24)),
        'slack:webhook-bare': () => join('hooks.', 'slack.com/services/T', randomBody(10, UPPER_B32), '/B', randomBody(10, UPPER_B32), '/', alnum(24)),
        'slack:workflow': () => join('https://hooks.', 'slack.com/workflows/T', randomBody(10, UPPER_B32), '/A', randomBody(10, UPPER_B32), '/', digits(18), '/', alnum(24)),
        'slack:trigger': () => join('https://hooks.', 'slack.com/triggers/T', randomBody(10, UPPER_B32), '/', digits(13), '/', hex(32)),
        /** Twilio account SID: an identifier, written beside the auth token it names. */
        'twilio:account-sid': () => join('A', 'C', hex(32)),
        'twilio:auth-token': () => hex(32),
        'twilio:api-secret': () => alnum(32),
        'github:legacy': () => hex(40),
        'npm:legacy': () => [hex(8), hex(4), '4' + hex(3), '8' + hex(3), hex(12)].join('-'),
        'aws:appsync': () => join('da', '2-', randomBody(26, 'abcdefghijklmnopqrstuvwxyz0123456789')),
        'firebase:web': () => join('AI', 'za', 'Sy', urlSafe(33)),
        'sendgrid:api': () => join('S', 'G.', urlSafe(22), '.', urlSafe(43)),
        'twilio:sk': () => join('S', 'K', hex(32)),
        'npm:token': () => join('np', 'm_', alnum(36)),
        'pypi:token': () => join('py', 'pi-', 'AgEIcHlwaS5vcmc', urlSafe(70)),
        'dockerhub:pat': () => join('dckr', '_pat_', urlSafe(27)),
        'private-key:rsa': () => pemPrivateKey('RSA PRIVATE KEY'),
        'private-key:pkcs8': () => pemPrivateKey('PRIVATE KEY'),
        'private-key:ec': () => pemPrivateKey('EC PRIVATE KEY', 4),
        'private-key:openssh': () => pemPrivateKey('OPENSSH PRIVATE KEY', 7),
        /** The PEM with `\n` escapes, as it sits inside a JSON string. */
        'gcp:pem-escaped': () => pemPrivateKey('PRIVATE KEY', 16).replace(/\n/g, '\\n') + '\\n',
        'gcp:service-account': () => gcpServiceAccountJson(),
        /** A docker config `auth` value: base64 of `user:password`. */
        'docker:auth': () => base64(join('deploy-bot:', alnum(24))),
        'url:password': () => randomBody(20, ALNUM + '-_.~'),
        // A leading digit and no `__`: a random body can look like a camelCase identifier
        // (`tPyktLo25bsk…`) or a bundler name (`a__b`), which the generic rule rightly skips; the
        // test value must be key material every time, or the fixtures flake.
        'generic:secret': () => randomString(1, '0123456789') + randomBody(23, ALNUM + '_-+').replace(/_(?=_)/g, 'x'),
        // Decoys: documentation values that must never be reported, assembled so the repository
        // holds no key-shaped literal.
        'decoy:aws-example-id': () => join('AKIA', 'IOSFODNN7', 'EXAMPLE'),
        'decoy:aws-example-secret': () => join('wJalrXUtnFEMI/K7MDENG/', 'bPxRfiCY', 'EXAMPLEKEY'),
        'decoy:stripe-test': () => join('sk', '_test_', '4eC39HqLyjWDarjtT1zdp7dc'),
    };
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
    ...providerGenerators(),
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
    // Other providers (live verification tests); prefixes are plain, bodies random, with no
    // placeholder word: isPlaceholderBody drops a body that starts or ends with one (`MOcK…`,
    // `…HERe`, `-tES…`), about one key in 30,000 to 75,000 here, and these keys are also scanned.
    'anthropic:api': () => 'sk-ant-api03-' + wordless(93, URL_SAFE) + 'AA',
    'anthropic:admin': () => 'sk-ant-admin01-' + wordless(93, URL_SAFE) + 'AA',
    'anthropic:oauth': () => 'sk-ant-oat01-' + wordless(93, URL_SAFE) + 'AA',
    'github:pat': () => 'ghp_' + wordless(36),
    'github:installation': () => 'ghs_' + wordless(36),
    'github:refresh': () => 'ghr_' + wordless(36),
    'github:fine-grained': () => 'github_pat_' + wordless(82, ALNUM + '_'),
    'gitlab:pat': () => 'glpat-' + wordless(20, URL_SAFE),
    'gitlab:runner': () => 'glrt-' + wordless(20, URL_SAFE),
    'huggingface:user': () => 'hf_' + wordless(34, ALNUM.slice(0, 52)),
    'groq:api': () => 'gsk_' + wordless(52),
    'slack:bot': () => `xoxb-${randomString(12, '0123456789')}-${randomString(13, '0123456789')}-${wordless(24)}`,
    'slack:refresh': () => `xoxe-1-${wordless(60)}`,
    'stripe:live': () => 'sk_live_' + wordless(99),
    'stripe:restricted': () => 'rk_live_' + wordless(99),
};
/** A random string that spells no placeholder word (see spellsPlaceholder); any mix of cases. */
function wordless(length, alphabet = ALNUM) {
    for (;;) {
        const s = randomString(length, alphabet);
        if (!spellsPlaceholder(s))
            return s;
    }
}
function generateKey(spec) {
    const generator = KEY_GENERATORS[spec];
    if (!generator)
        throw new Error(`no test key generator named "${spec}"`);
    return generator();
}

;// CONCATENATED MODULE: ./.build-emit/test/helpers/repo.js
/** Temporary folders and git repositories built from a map of paths to contents. */




const created = (/* unused pure expression or super */ null && ([]));
function tempDir(prefix = 'osl-test-') {
    const dir = mkdtempSync(path.join(tmpdir(), prefix));
    created.push(dir);
    return dir;
}
function writeTree(root, tree) {
    for (const [rel, content] of Object.entries(tree)) {
        const abs = external_node_path_namespaceObject.join(root, rel);
        (0,external_node_fs_namespaceObject.mkdirSync)(external_node_path_namespaceObject.dirname(abs), { recursive: true });
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
/** A repository with one commit per tree, in order (symlinks resolved); returns it and the commits' ids, oldest first. */
function makeHistory(trees) {
    const root = realpathSync(makeRepo(trees[0]));
    for (const tree of trees.slice(1)) {
        writeTree(root, tree);
        gitIn(root, 'add', '-A');
        gitIn(root, 'commit', '-q', '-m', 'next');
    }
    return { root, commits: gitIn(root, 'rev-list', '--reverse', 'HEAD').trim().split('\n') };
}
function cleanupTempDirs() {
    for (const dir of created.splice(0))
        rmSync(dir, { recursive: true, force: true });
}

;// CONCATENATED MODULE: ./.build-emit/scripts/demo.js
/**
 * `npm run demo`: builds a throwaway git repository with freshly generated fake keys in the
 * places they leak from in real projects, scans it with the built CLI and removes it again.
 * Bundled into dist/demo so it needs no install.
 */







const cli = external_node_path_namespaceObject.join(external_node_path_namespaceObject.dirname((0,external_node_url_namespaceObject.fileURLToPath)(import.meta.url)), '..', 'cli', 'index.js');
const dir = (0,external_node_fs_namespaceObject.mkdtempSync)(external_node_path_namespaceObject.join((0,external_node_os_namespaceObject.tmpdir)(), 'openai-secret-lint-demo-'));
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

