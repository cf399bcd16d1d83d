import { it } from 'vitest';
import { FILE_RULES } from '../../src/analyzers/registry.js';
import { makeSourceFile } from '../../src/core/analyze.js';
import { defaultSettings } from '../../src/core/settings.js';

const N = 100_000;
const rep = (s: string, bytes = N) => s.repeat(Math.ceil(bytes / s.length)).slice(0, bytes);
const lines = (f: (i: number) => string, count: number) => Array.from({ length: count }, (_, i) => f(i)).join('\n') + '\n';

const inputs: Record<string, [string, string][]> = {
  text: [
    ['a', rep('a')], ['sk-a', 'sk-' + rep('a')], ['sk-proj-rep', rep('sk-proj-')], ['b64', rep('QUJD')], ['hex', rep('0123456789abcdef')],
    ['eq', rep('=')], ['quotes', rep('"\'')], ['kv', rep('api_key=')], ['OPENAI', rep('OPENAI_API_KEY=')], ['pem', rep('-----BEGIN PRIVATE KEY-----')],
    ['url', rep('postgres://a:')], ['pct', rep('%41')], ['spaces', rep(' \t')], ['akia', rep('AKIA')], ['eyJ', rep('eyJ')], ['ghp', rep('ghp_')],
    ['mixed-b64', rep('sk-proj-QUJDREVGR0hJSktM')], ['nl-kv', rep('password: x\n')], ['dashes', rep('-_')], ['backslash', rep('\\x4')],
    ['secret-word', rep('secret ')], ['token-colon', rep('token:"')], ['braces', rep('${')], ['json-key', rep('{"api_key":"')], ['aws', rep('aws_secret_access_key=')],
    ['xoxb', rep('xoxb-1-')], ['at', rep('@')], ['pw-url', rep('https://u:p@')], ['base64-eq', rep('QQ==')], ['hexpairs', rep('\\x41\\x42')],
  ],
  '.github/workflows/w.yml': [
    ['long-run', `on: push\njobs:\n  a:\n    runs-on: x\n    steps:\n      - run: "${rep('echo ${{ secrets.A }} | ')}"\n`],
    ['quotes-run', `on: push\njobs:\n  a:\n    runs-on: x\n    steps:\n      - run: |\n          ${rep(`"'"$(`)}\n`],
    ['many-env', `on: push\nenv:\n${lines((i) => `  K${i}_TOKEN: \${{ secrets.S${i} }}`, 4000)}jobs:\n  a:\n    runs-on: x\n    steps:\n      - run: echo \${{ secrets.X }}\n`],
    ['many-steps', `on: push\njobs:\n  a:\n    runs-on: x\n    env: {T: \${{ secrets.T }}}\n    steps:\n${lines((i) => `      - run: echo $T${i} \${{ secrets.S${i} }}`, 3000)}`],
    ['many-jobs', `on: pull_request_target\njobs:\n${lines((i) => `  j${i}: {runs-on: x, needs: [${Array.from({ length: 20 }, (_, k) => `j${k}`).join(',')}], steps: [{uses: actions/checkout@v4, with: {ref: '\${{ github.head_ref }}'}}, {run: make}]}`, 400)}`],
    ['nested-expr', `on: push\njobs:\n  a:\n    runs-on: x\n    steps:\n      - run: echo \${{ ${rep('format(', 30000)} }}\n`],
    ['expr-many', `on: push\njobs:\n  a:\n    runs-on: x\n    steps:\n      - run: ${rep('${{ secrets.A }}')}\n`],
    ['env-refs', `on: push\njobs:\n  a:\n    runs-on: x\n    env:\n${lines((i) => `      S${i}: \${{ secrets.S${i} }}`, 500)}    steps:\n      - run: ${rep('$S1 ${S2} ')}\n`],
    ['long-line-semicolons', `on: push\njobs:\n  a:\n    runs-on: x\n    steps:\n      - run: ${rep('a;')}\n`],
    ['set-x', `on: push\njobs:\n  a:\n    runs-on: x\n    steps:\n      - run: ${rep('set -x; ')}\n`],
    ['github-env', `on: push\njobs:\n  a:\n    runs-on: x\n    steps:\n      - run: ${rep('echo "${{ secrets.A }}" >> $GITHUB_ENV; ')}\n`],
  ],
  '.gitlab-ci.yml': [
    ['many-jobs-vars', `variables:\n${lines((i) => `  V${i}_TOKEN: $X${i}`, 2000)}${lines((i) => `job${i}:\n  variables: {API_TOKEN${i}: $T}\n  script: [echo $API_TOKEN${i}]`, 2000)}`],
    ['extends-wide', `${lines((i) => `.t${i}: {script: [echo $T${i}]}`, 300)}${lines((i) => `job${i}: {extends: [${Array.from({ length: 300 }, (_, k) => `.t${k}`).join(',')}], script: [echo]}`, 60)}`],
    ['long-script', `job:\n  variables: {API_TOKEN: $T}\n  script:\n    - ${rep('echo $API_TOKEN | ')}\n`],
    ['quotes-script', `job:\n  variables: {API_TOKEN: $T}\n  script:\n    - ${rep(`"'`)}\n`],
    ['include-glob', `include:\n  - local: '${rep('*a', 200)}*b.yml'\njob: {script: [x]}\n`],
    ['many-scripts', `${lines((i) => `job${i}:\n  script:\n    - echo $CI_JOB_TOKEN${i}\n    - curl -u user:$API_TOKEN ${i}`, 3000)}`],
  ],
  'deploy/k8s.yaml': [
    ['list', `apiVersion: v1\nkind: List\nitems:\n${lines((i) => `  - {apiVersion: v1, kind: Pod, metadata: {name: p${i}}, spec: {containers: [{name: c, image: x, env: [{name: API_TOKEN, value: abcdef${i}xyz}]}]}}`, 800)}`],
    ['docs', lines((i) => `---\napiVersion: v1\nkind: Secret\nmetadata: {name: s${i}}\nstringData: {API_TOKEN: abc${i}defghij}`, 1500)],
    ['configmap', `apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\ndata:\n${lines((i) => `  API_TOKEN_${i}: abcdefghij${i}`, 4000)}`],
    ['deep', `apiVersion: v1\nkind: Pod\nspec:\n${lines((i) => `${'  '.repeat(i + 1)}a${i}:`, 300)}`],
  ],
  'docker-compose.yml': [['env', `services:\n${lines((i) => `  s${i}: {image: x, environment: {API_TOKEN: abcdefgh${i}, NEXT_PUBLIC_API_KEY: x}}`, 2000)}`]],
  'Dockerfile': [['env', lines((i) => `ENV API_TOKEN${i}=abcdefghijk${i}`, 4000)], ['long', `RUN ${rep('echo $API_TOKEN && ')}\n`]],
  '.env': [['env', lines((i) => `API_TOKEN${i}=abcdefghijk${i}`, 5000)], ['long', `A=${rep('"\'$')}\n`]],
  'web/app.js': [['js', rep('new OpenAI({ apiKey: process.env.NEXT_PUBLIC_X, dangerouslyAllowBrowser: true }); ')], ['js-quotes', rep('"\'`(')], ['imports', rep("import OpenAI from 'openai';\n")]],
  'values.yaml': [['helm', lines((i) => `k${i}:\n  apiToken: abcdefghij${i}\n  password: hunter${i}hunter`, 3000)]],
  'kustomization.yaml': [['kust', `secretGenerator:\n${lines((i) => `  - name: s${i}\n    literals: [API_TOKEN=abcdefgh${i}]`, 3000)}`]],
};

it('audit', () => {
  const settings = defaultSettings('/tmp');
  const slow: string[] = [];
  for (const [name, cases] of Object.entries(inputs)) {
    for (const [label, text] of cases) {
      const path = name === 'text' ? 'src/a.txt' : name;
      const context = { settings, logger: { debug() {}, info() {}, warning() {} }, files: [], diagnostic: () => {} } as never;
      const source = makeSourceFile({ absPath: '/nonexistent/' + path, path, tracked: true } as never, text, context);
      let total = 0;
      for (const rule of FILE_RULES) {
        const t = performance.now();
        try { if (rule.appliesTo(source)) rule.check(source, context); } catch (e) { slow.push(`${name}/${label} ${rule.meta.id} THREW ${String(e).slice(0, 100)}`); }
        const ms = performance.now() - t;
        total += ms;
        if (ms > 300) slow.push(`${name}/${label} ${rule.meta.id} ${ms.toFixed(0)}ms (${text.length} chars)`);
      }
      console.log(`${name}/${label}: ${total.toFixed(0)}ms`);
    }
  }
  console.log('SLOW', slow);
}, 1_800_000);
