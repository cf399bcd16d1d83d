// Generates the ~20,000-file / ~200 MB benchmark repository under /tmp: mixed source, YAML (GitHub
// Actions, GitLab CI, Kubernetes), JSON, lock files, minified bundles and env files, with OpenAI
// keys planted at recorded places. Seeded, so every run scans the same tree; reused when present.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { seeded } from './keys.mjs';

const GENERATOR_VERSION = 3;

/** Returns { dir, files, bytes, planted } and builds the tree first when missing or stale. */
export function ensureBigRepo(dir, { files = 20_000, git = true, log = console.log } = {}) {
  const manifestPath = `${dir}.manifest.json`;
  if (existsSync(manifestPath)) {
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
    if (manifest.version === GENERATOR_VERSION && manifest.files === files && manifest.git === git) return { dir, ...manifest };
  }
  log(`generating ${files} files under ${dir} (once; reused by later runs)…`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const rng = seeded(20_000);
  const lines = linePool(rng);
  let bytes = 0;
  let planted = 0;
  const write = (rel, text) => {
    const abs = path.join(dir, rel);
    mkdirSync(path.dirname(abs), { recursive: true });
    writeFileSync(abs, text);
    bytes += Buffer.byteLength(text);
  };
  // One planted key per ~100 files, spread over every kind of file.
  const maybeKey = () => (rng.int(100) === 0 ? (planted++, rng.openaiKey()) : null);

  for (let i = 0; i < files; i++) {
    const pkg = `packages/pkg-${Math.floor(i / 400)}`;
    const slot = i % 100;
    const key = maybeKey();
    if (slot < 62) write(`${pkg}/src/mod-${i}.${rng.pick(['ts', 'js', 'py', 'go'])}`, source(rng, lines, 30 + rng.int(190), key));
    else if (slot < 72) write(`${pkg}/deploy/manifest-${i}.yaml`, kubernetes(rng, key));
    else if (slot < 78) write(`${pkg}/.github/workflows/ci-${i}.yml`, workflow(rng, key));
    else if (slot < 80) write(`${pkg}/ci-${i}/.gitlab-ci.yml`, gitlab(rng, key));
    else if (slot < 93) write(`${pkg}/config/settings-${i}.json`, json(rng, 20 + rng.int(200), key));
    else if (slot < 96) write(`${pkg}/docs/notes-${i}.md`, source(rng, lines, 30 + rng.int(100), key));
    else if (slot < 97) write(`${pkg}/env-${i}/.env.example`, env(rng, key));
    else if (slot === 97 && i % 500 === 97) write(`${pkg}/package-lock.json`, lockFile(rng, 3_000 + rng.int(3_000), key));
    else if (slot === 98 && i % 700 === 98) write(`${pkg}/dist/bundle-${i}.min.js`, minified(rng, lines, 600_000 + rng.int(1_500_000), key));
    else write(`${pkg}/src/util-${i}.ts`, source(rng, lines, 60 + rng.int(200), key));
  }
  if (git) {
    const env = { ...process.env, GIT_AUTHOR_NAME: 'bench', GIT_AUTHOR_EMAIL: 'bench@example.invalid', GIT_COMMITTER_NAME: 'bench', GIT_COMMITTER_EMAIL: 'bench@example.invalid' };
    execFileSync('git', ['init', '-q', '-b', 'main'], { cwd: dir, env });
    execFileSync('git', ['add', '-A'], { cwd: dir, env });
    execFileSync('git', ['commit', '-q', '-m', 'generated benchmark tree'], { cwd: dir, env, maxBuffer: 1 << 26 });
  }
  const manifest = { version: GENERATOR_VERSION, files, git, bytes, planted };
  writeFileSync(manifestPath, JSON.stringify(manifest));
  return { dir, ...manifest };
}

/** A few thousand plausible source lines to draw from (building every line afresh is slow). */
function linePool(rng) {
  const ids = ['user', 'order', 'config', 'client', 'token', 'request', 'handler', 'cache', 'session', 'buffer', 'schema', 'value'];
  const templates = [
    () => `export function ${rng.pick(ids)}${rng.int(999)}(${rng.pick(ids)}: string, ${rng.pick(ids)}: number) {`,
    () => `  const ${rng.pick(ids)} = await fetch(\`https://api.example.com/v1/${rng.pick(ids)}/\${id}\`);`,
    () => `  if (${rng.pick(ids)}.length > ${rng.int(4096)}) throw new Error('${rng.pick(ids)} too long');`,
    () => `  // ${rng.pick(ids)} is cached for ${rng.int(60)} seconds because the upstream rate-limits ${rng.pick(ids)} lookups`,
    () => `  return { ${rng.pick(ids)}: ${rng.pick(ids)}.map((x) => x * ${rng.int(100)}), hash: '${rng.string(40, '0123456789abcdef')}' };`,
    () => `def ${rng.pick(ids)}_${rng.int(999)}(self, ${rng.pick(ids)}=None):`,
    () => `    logger.info("processing %s for %s", ${rng.pick(ids)}, self.${rng.pick(ids)})`,
    () => `const integrity = "sha512-${rng.string(86)}==";`,
    () => `  data = base64.b64decode("${rng.string(64)}")`,
    () => `}`,
    () => ``,
    () => `import { ${rng.pick(ids)}, ${rng.pick(ids)} } from './${rng.pick(ids)}-${rng.int(50)}.js';`,
    () => `func (s *${rng.pick(ids)}Service) Get(ctx context.Context, id string) (*${rng.pick(ids)}, error) {`,
    () => `  token := os.Getenv("${rng.pick(ids).toUpperCase()}_TOKEN") // read at run time, never hardcoded`,
  ];
  return Array.from({ length: 4_000 }, () => rng.pick(templates)());
}

function plantLine(rng, key) {
  return rng.pick([`const apiKey = "${key}";`, `OPENAI_API_KEY = '${key}'`, `    client = OpenAI(api_key="${key}")`, `// fallback key: ${key}`]);
}

function source(rng, pool, count, key) {
  const out = [];
  const at = key ? rng.int(count) : -1;
  for (let i = 0; i < count; i++) out.push(i === at ? plantLine(rng, key) : rng.pick(pool));
  return out.join('\n') + '\n';
}

function kubernetes(rng, key) {
  const name = `svc-${rng.int(10_000)}`;
  const docs = [`apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: ${name}\n  labels:\n    app: ${name}\nspec:\n  replicas: ${1 + rng.int(5)}\n  selector:\n    matchLabels:\n      app: ${name}\n  template:\n    metadata:\n      labels:\n        app: ${name}\n    spec:\n      containers:\n        - name: app\n          image: registry.example.com/${name}:${rng.int(100)}.${rng.int(100)}\n          ports:\n            - containerPort: ${8000 + rng.int(1000)}\n          env:\n            - name: LOG_LEVEL\n              value: info\n            - name: OPENAI_API_KEY\n              valueFrom:\n                secretKeyRef:\n                  name: ${name}-secrets\n                  key: openai\n`];
  if (key) docs.push(`apiVersion: v1\nkind: Secret\nmetadata:\n  name: ${name}-secrets\ntype: Opaque\nstringData:\n  openai: ${key}\n`);
  docs.push(`apiVersion: v1\nkind: Service\nmetadata:\n  name: ${name}\nspec:\n  selector:\n    app: ${name}\n  ports:\n    - port: 80\n      targetPort: ${8000 + rng.int(1000)}\n`);
  return docs.join('---\n');
}

function workflow(rng, key) {
  const steps = Array.from({ length: 3 + rng.int(8) }, (_, i) => `      - name: step ${i}\n        run: npm run task-${rng.int(50)} -- --shard ${i}\n`).join('');
  const apiKey = key ? key : '${{ secrets.OPENAI_API_KEY }}';
  return `name: CI ${rng.int(1000)}\non:\n  push:\n    branches: [main]\n  pull_request:\njobs:\n  test:\n    runs-on: ubuntu-latest\n    env:\n      OPENAI_API_KEY: ${apiKey}\n    steps:\n      - uses: actions/checkout@v4\n      - uses: actions/setup-node@v4\n        with:\n          node-version: 20\n${steps}`;
}

function gitlab(rng, key) {
  const vars = key ? `variables:\n  OPENAI_API_KEY: "${key}"\n` : `variables:\n  NODE_ENV: test\n`;
  return `${vars}stages: [build, test]\nbuild:\n  stage: build\n  image: node:20\n  script:\n    - npm ci\n    - npm run build\ntest:\n  stage: test\n  script:\n    - npm test -- --shard ${rng.int(8)}\n`;
}

function json(rng, count, key) {
  const entries = Array.from({ length: count }, (_, i) => `  "setting_${i}_${rng.string(6)}": ${rng.pick([`"${rng.string(24)}"`, String(rng.int(100_000)), 'true', 'null'])}`);
  if (key) entries.splice(rng.int(entries.length), 0, `  "openai_api_key": "${key}"`);
  return `{\n${entries.join(',\n')}\n}\n`;
}

function env(rng, key) {
  return `# copy to .env\nNODE_ENV=development\nPORT=${3000 + rng.int(1000)}\nOPENAI_API_KEY=${key ?? ''}\nDATABASE_URL=\n`;
}

function lockFile(rng, packages, key) {
  const out = ['{', '  "name": "app",', '  "lockfileVersion": 3,', '  "packages": {'];
  for (let i = 0; i < packages; i++) {
    const name = `dep-${rng.string(8).toLowerCase()}`;
    out.push(`    "node_modules/${name}": {\n      "version": "${rng.int(20)}.${rng.int(20)}.${rng.int(20)}",\n      "resolved": "https://registry.npmjs.org/${name}/-/${name}-1.0.0.tgz",\n      "integrity": "sha512-${rng.string(86)}==",\n      "license": "MIT"\n    },`);
  }
  if (key) out.push(`    "": { "scripts": { "smoke": "OPENAI_API_KEY=${key} node smoke.js" } },`);
  out.push('    "end": {}', '  }', '}');
  return out.join('\n') + '\n';
}

function minified(rng, pool, size, key) {
  const parts = [];
  let length = 0;
  const at = key ? Math.floor(size / 2) : -1;
  let plantedHere = false;
  while (length < size) {
    const line = rng.pick(pool).trim();
    parts.push(line);
    length += line.length + 1;
    if (!plantedHere && at >= 0 && length >= at) {
      parts.push(`var k="${key}";`);
      plantedHere = true;
    }
  }
  return parts.join(';');
}
