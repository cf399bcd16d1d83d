/**
 * A labelled corpus generated at test time: true positives of every provider and form in
 * realistic contexts (quoted, unquoted, JSON, YAML block scalars, shell, URLs, HTTP headers,
 * base64, double base64, hex, percent-encoding) and decoys of every kind the scanner must not
 * report. Keys come from test/helpers/keys.ts, so nothing key-shaped is committed.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { renderTemplate } from '../helpers/fixtures.js';
import { ALNUM, HEX, base64, generateKey, randomBody, randomString } from '../helpers/keys.js';

export interface Expected {
  ruleId: string;
  category: 'hardcoded-secret' | 'encoded-secret';
  line: number;
  column: number;
}

export interface Sample {
  name: string;
  text: string;
  /** The one finding this sample must produce; decoys have none. */
  expected: Expected | null;
}

type Encoding = '' | 'base64' | 'base64x2' | 'hex' | 'url';
/** A context writes the token `<<spec|enc>>` into a file under a variable name. */
type Context = { id: string; encoding: Encoding; render: (token: string, name: string) => string };

const ctx = (id: string, render: Context['render'], encoding: Encoding = ''): Context => ({ id, render, encoding });

const YAML_UNQUOTED = ctx('yaml-unquoted', (t, n) => `env:\n  DEBUG: "false"\n  ${n}: ${t}\n`);
const YAML_DOUBLE = ctx('yaml-double', (t, n) => `jobs:\n  build:\n    env:\n      ${n}: "${t}"\n`);
const YAML_SINGLE = ctx('yaml-single', (t, n) => `spec:\n  values:\n    ${n.toLowerCase()}: '${t}'\n`);
const JSON_FILE = ctx('json', (t, n) => `{\n  "name": "service",\n  "${n}": "${t}",\n  "retries": 3\n}\n`);
const BLOCK_SCALAR = ctx('yaml-block', (t, n) => `data:\n  app.env: |\n    LOG_LEVEL=info\n    ${n}=${t}\n`);
const SHELL = ctx('shell', (t, n) => `#!/bin/sh\nset -eu\nexport ${n}=${t}\n./deploy.sh\n`);
const DOTENV_QUOTED = ctx('dotenv', (t, n) => `# local settings\n${n}="${t}"\n`);
const HEADER = ctx('http-header', (t) => `steps:\n  - run: |\n      curl -sf -H "Authorization: Bearer ${t}" https://api.internal/v1/models\n`);
const URL_QUERY = ctx('url-query', (t) => `webhook: https://relay.internal/hook?key=${t}&source=ci\n`);
const PYTHON = ctx('python', (t, n) => `import os\n\nclient = Client(\n    ${n.toLowerCase()}="${t}",\n)\n`);
const K8S_DATA = ctx('k8s-base64', (t, n) => `apiVersion: v1\nkind: Secret\nmetadata:\n  name: app\ntype: Opaque\ndata:\n  ${n}: ${t}\n`, 'base64');
const K8S_DOUBLE = ctx('double-base64', (t, n) => `apiVersion: v1\nkind: Secret\ndata:\n  ${n}: ${t}\n`, 'base64x2');
const HEX_CTX = ctx('hex', (t) => `payload = "${t}"\n`, 'hex');
const URL_ENC = ctx('url-encoded', (t) => `redirect: https://app.internal/callback?state=${t}\n`, 'url');

const EVERYWHERE = [YAML_UNQUOTED, YAML_DOUBLE, YAML_SINGLE, JSON_FILE, BLOCK_SCALAR, SHELL, DOTENV_QUOTED, HEADER, URL_QUERY, PYTHON, K8S_DATA, K8S_DOUBLE, HEX_CTX, URL_ENC];
/** Context rules need their provider's name on the line: no header, URL or encoded forms. */
const NAMED = [YAML_UNQUOTED, YAML_DOUBLE, JSON_FILE, BLOCK_SCALAR, SHELL, DOTENV_QUOTED, PYTHON];
const CORE = [YAML_UNQUOTED, JSON_FILE, SHELL, HEADER, K8S_DATA, K8S_DOUBLE];

interface Family {
  ruleId: string;
  specs: string[];
  name: string;
  contexts: Context[];
}

const FAMILIES: Family[] = [
  {
    ruleId: 'openai-api-key',
    specs: ['openai:legacy', 'openai:proj', 'openai:proj-58', 'openai:proj-46', 'openai:proj-20', 'openai:proj-edge', 'openai:svcacct', 'openai:service', 'openai:admin', 'openai:none', 'openai:admin-edge', 'openai:svcacct-46'],
    name: 'OPENAI_API_KEY',
    contexts: EVERYWHERE,
  },
  { ruleId: 'anthropic-api-key', specs: ['anthropic:api03', 'anthropic:admin01'], name: 'ANTHROPIC_API_KEY', contexts: EVERYWHERE },
  { ruleId: 'google-api-key', specs: ['google:api', 'google:gemini'], name: 'GEMINI_API_KEY', contexts: CORE },
  { ruleId: 'groq-api-key', specs: ['groq:api'], name: 'GROQ_API_KEY', contexts: CORE },
  { ruleId: 'xai-api-key', specs: ['xai:api'], name: 'XAI_API_KEY', contexts: CORE },
  { ruleId: 'huggingface-token', specs: ['huggingface:user', 'huggingface:org'], name: 'HF_TOKEN', contexts: CORE },
  { ruleId: 'perplexity-api-key', specs: ['perplexity:api'], name: 'PPLX_API_KEY', contexts: CORE },
  { ruleId: 'replicate-api-token', specs: ['replicate:api'], name: 'REPLICATE_API_TOKEN', contexts: CORE },
  { ruleId: 'openrouter-api-key', specs: ['openrouter:api'], name: 'OPENROUTER_API_KEY', contexts: CORE },
  { ruleId: 'azure-openai-api-key', specs: ['azure:openai'], name: 'AZURE_OPENAI_API_KEY', contexts: NAMED },
  { ruleId: 'deepseek-api-key', specs: ['deepseek:api'], name: 'DEEPSEEK_API_KEY', contexts: NAMED },
  { ruleId: 'cohere-api-key', specs: ['cohere:api'], name: 'COHERE_API_KEY', contexts: NAMED },
  { ruleId: 'mistral-api-key', specs: ['mistral:api'], name: 'MISTRAL_API_KEY', contexts: NAMED },
  { ruleId: 'aws-access-key-id', specs: ['aws:akia', 'aws:asia'], name: 'AWS_ACCESS_KEY_ID', contexts: CORE },
  { ruleId: 'aws-secret-access-key', specs: ['aws:secret'], name: 'AWS_SECRET_ACCESS_KEY', contexts: NAMED },
  { ruleId: 'github-token', specs: ['github:ghp', 'github:gho', 'github:ghu', 'github:ghs', 'github:ghr'], name: 'GH_TOKEN', contexts: CORE },
  { ruleId: 'github-fine-grained-pat', specs: ['github:pat-fine'], name: 'GH_PAT', contexts: CORE },
  { ruleId: 'gitlab-token', specs: ['gitlab:glpat', 'gitlab:glrt', 'gitlab:gldt'], name: 'GITLAB_TOKEN', contexts: CORE },
  { ruleId: 'slack-token', specs: ['slack:xoxb', 'slack:xoxp', 'slack:xapp', 'slack:xoxb-legacy', 'slack:xoxe-config', 'slack:xoxb-short', 'slack:xoxr-short'], name: 'SLACK_TOKEN', contexts: CORE },
  {
    ruleId: 'slack-webhook-url',
    specs: ['slack:webhook', 'slack:webhook-http', 'slack:webhook-bare', 'slack:workflow', 'slack:trigger'],
    name: 'SLACK_WEBHOOK',
    contexts: [YAML_UNQUOTED, JSON_FILE, SHELL, K8S_DATA],
  },
  { ruleId: 'stripe-live-key', specs: ['stripe:sk-live', 'stripe:rk-live', 'stripe:sk-prod', 'stripe:rk-prod'], name: 'STRIPE_SECRET_KEY', contexts: CORE },
  // Test-mode keys are low-severity true positives, Stripe's documentation key included.
  { ruleId: 'stripe-test-key', specs: ['stripe:sk-test', 'stripe:rk-test', 'decoy:stripe-test'], name: 'STRIPE_TEST_KEY', contexts: CORE },
  { ruleId: 'twilio-auth-token', specs: ['twilio:auth-token'], name: 'TWILIO_AUTH_TOKEN', contexts: NAMED },
  { ruleId: 'twilio-api-key-secret', specs: ['twilio:api-secret'], name: 'TWILIO_API_SECRET', contexts: NAMED },
  { ruleId: 'github-legacy-token', specs: ['github:legacy'], name: 'GITHUB_TOKEN', contexts: NAMED },
  { ruleId: 'npm-legacy-token', specs: ['npm:legacy'], name: 'NPM_TOKEN', contexts: NAMED },
  { ruleId: 'aws-appsync-api-key', specs: ['aws:appsync'], name: 'APPSYNC_API_KEY', contexts: NAMED },
  { ruleId: 'firebase-web-api-key', specs: ['firebase:web'], name: 'FIREBASE_API_KEY', contexts: NAMED },
  { ruleId: 'sendgrid-api-key', specs: ['sendgrid:api'], name: 'SENDGRID_API_KEY', contexts: CORE },
  { ruleId: 'twilio-api-key', specs: ['twilio:sk'], name: 'TWILIO_API_KEY', contexts: CORE },
  { ruleId: 'npm-token', specs: ['npm:token'], name: 'NPM_TOKEN', contexts: CORE },
  { ruleId: 'pypi-token', specs: ['pypi:token'], name: 'PYPI_TOKEN', contexts: CORE },
  { ruleId: 'dockerhub-token', specs: ['dockerhub:pat'], name: 'DOCKERHUB_TOKEN', contexts: CORE },
  { ruleId: 'url-embedded-password', specs: ['url:password'], name: 'DATABASE_URL', contexts: [] },
  { ruleId: 'generic-secret', specs: ['generic:secret'], name: 'API_SECRET', contexts: [YAML_UNQUOTED, YAML_DOUBLE, JSON_FILE, BLOCK_SCALAR, SHELL, DOTENV_QUOTED, PYTHON, K8S_DATA] },
];

function fromTemplate(name: string, template: string, ruleId: string, category: Expected['category']): Sample {
  const { text, keys } = renderTemplate(template);
  const key = keys[0]!;
  return { name, text, expected: { ruleId, category, line: key.line, column: key.column } };
}

export function truePositives(): Sample[] {
  const samples: Sample[] = [];
  for (const family of FAMILIES) {
    for (const spec of family.specs) {
      for (const context of family.contexts) {
        const token = context.encoding ? `<<${spec}|${context.encoding}>>` : `<<${spec}>>`;
        const category = context.encoding ? 'encoded-secret' : 'hardcoded-secret';
        samples.push(fromTemplate(`${spec} in ${context.id}`, context.render(token, family.name), family.ruleId, category));
      }
    }
  }
  // Connection strings in their usual homes.
  for (const [id, template] of [
    ['compose', 'services:\n  web:\n    environment:\n      DATABASE_URL: postgres://app:<<url:password>>@db.internal:5432/app\n'],
    ['dotenv', 'REDIS_URL="redis://default:<<url:password>>@cache.internal:6379/0"\n'],
    ['json', '{ "mongo": "mongodb+srv://svc:<<url:password>>@cluster0.internal/prod" }\n'],
    ['git-remote', 'git remote add origin https://deploy:<<url:password>>@git.internal/org/repo.git\n'],
    ['amqp', 'broker_url = "amqp://worker:<<url:password>>@rabbit.internal:5672//"\n'],
    ['mongo-hosts', 'MONGO_URL=mongodb://reader:<<url:password>>@db1.internal:27017,db2.internal:27017/app?replicaSet=rs0\n'],
    ['redis-password-only', 'cache:\n  url: rediss://:<<url:password>>@cache.internal:6380/0\n'],
    ['mysql', 'spring.datasource.url=mysql://app:<<url:password>>@mysql.internal:3306/app\n'],
    ['postgresql', 'const pool = new Pool({ connectionString: "postgresql://svc:<<url:password>>@pg.internal/app" });\n'],
  ] as const) {
    samples.push(fromTemplate(`url:password in ${id}`, template, 'url-embedded-password', 'hardcoded-secret'));
  }
  // Context tokens in their own homes: an .npmrc, a Twilio client beside its account SID (an
  // identifier, not reported), a Firebase config, an AppSync client.
  for (const [id, template, ruleId] of [
    ['npmrc', '//registry.npmjs.org/:_authToken=<<npm:legacy>>\n', 'npm-legacy-token'],
    ['twilio client', `account_sid = "${'A' + 'C'}${hex(32)}"\nauth = "<<twilio:auth-token>>"\n`, 'twilio-auth-token'],
    ['firebase config', 'const firebaseConfig = {\n  apiKey: "<<firebase:web>>",\n  authDomain: "demo.firebaseapp.com",\n};\n', 'firebase-web-api-key'],
    ['npm token under two words', "npmtoken token = '<<npm:legacy>>'\n", 'npm-legacy-token'],
    ['aws pair with a loose id', 'aws credentials{\n  secret: .<<aws:secret>>;\n  id: <<aws:id-loose>>\n}\n', 'aws-secret-access-key'],
    ['github token header', 'curl -H "Authorization: token <<github:legacy>>" https://api.github.com/user\n', 'github-legacy-token'],
    ['appsync client', "new AWSAppSyncClient({ url: 'https://x.appsync-api.eu-west-1.amazonaws.com/graphql', auth: { type: 'API_KEY', apiKey: '<<aws:appsync>>' } });\n", 'aws-appsync-api-key'],
  ] as const) {
    samples.push(fromTemplate(id, template, ruleId, 'hardcoded-secret'));
  }
  // Private keys: block scalars, JSON strings, base64.
  for (const spec of ['private-key:rsa', 'private-key:pkcs8', 'private-key:ec', 'private-key:openssh']) {
    samples.push(fromTemplate(`${spec} in a file`, `<<${spec}>>\n`, 'private-key', 'hardcoded-secret'));
    samples.push(fromTemplate(`${spec} in k8s data`, `apiVersion: v1\nkind: Secret\ndata:\n  tls.key: <<${spec}|base64>>\n`, 'private-key', 'encoded-secret'));
    const pem = generateKey(spec);
    const indented = `tls:\n  key: |\n    ${pem.split('\n').join('\n    ')}\n`;
    samples.push({ name: `${spec} in a block scalar`, text: indented, expected: { ruleId: 'private-key', category: 'hardcoded-secret', line: 3, column: 5 } });
  }
  // GCP service-account keys: as a JSON file, base64 in a Secret and double base64.
  samples.push(fromTemplate('gcp json', '{\n  "type": "service_account",\n  "private_key": "<<gcp:pem-escaped>>"\n}\n', 'gcp-service-account-key', 'hardcoded-secret'));
  samples.push(fromTemplate('gcp base64', 'data:\n  key.json: <<gcp:service-account|base64>>\n', 'gcp-service-account-key', 'encoded-secret'));
  samples.push(fromTemplate('gcp base64x2', 'env:\n  GOOGLE_CREDENTIALS_B64: "<<gcp:service-account|base64x2>>"\n', 'gcp-service-account-key', 'encoded-secret'));
  // Docker config JSON, plain and as a kubernetes.io/dockerconfigjson Secret.
  samples.push(fromTemplate('docker config', '{\n  "auths": {\n    "ghcr.io": {\n      "auth": "<<docker:auth>>"\n    }\n  }\n}\n', 'docker-config-auth', 'encoded-secret'));
  for (let i = 0; i < 3; i++) {
    const config = JSON.stringify({ auths: { 'registry.internal:5000': { username: 'ci', auth: generateKey('docker:auth') } } });
    const text = `apiVersion: v1\nkind: Secret\ntype: kubernetes.io/dockerconfigjson\ndata:\n  .dockerconfigjson: ${base64(config)}\n`;
    samples.push({ name: `dockerconfigjson ${i}`, text, expected: { ruleId: 'docker-config-auth', category: 'encoded-secret', line: 5, column: 22 } });
  }
  return samples;
}

const randomBase64 = (bytes: number) => randomBytes(bytes).toString('base64');
const hex = (n: number) => randomString(n, HEX);
const sk = ['s', 'k', '-'].join('');

/** Values that must never be reported, each in a realistic line. */
export function decoys(): Sample[] {
  const lines: string[] = [];
  const secretNames = ['API_KEY', 'OPENAI_API_KEY', 'client_secret', 'password', 'auth_token', 'GH_TOKEN', 'db_passwd', 'PRIVATE_KEY', 'access_key', 'credentials'];
  const placeholders = [
    'your-key-here', '<your-api-key>', 'YOUR_API_KEY_HERE', 'xxxxxxxxxxxxxxxxxxxxxxxx', '************************', 'changeme', 'CHANGEME',
    'REDACTED', '[REDACTED]', 'dummy-secret-value-123', 'fake-token-0123456789', 'sample_api_key_12345', 'test-token-abc123XYZ', 'placeholder',
    'insert-your-token', 'replace_me_with_a_real_key', `${sk}proj-...`, `${sk}...`, 'ghp_...', 'AIza...', 'xoxb-...', 'abcdefghijklmnopqrstuvwxyz', '1234567890123456',
    'aaaaaaaaaaaaaaaaaaaaaaaa', 'mock-secret-for-tests-9', 'p@ssw0rd1234', 'example-token-20240101',
  ];
  for (const name of secretNames) for (const value of placeholders.slice(0, 14)) lines.push(`${name}: "${value}"`);
  for (const value of placeholders.slice(14)) lines.push(`API_KEY=${value}`);
  const references = [
    '${{ secrets.OPENAI_API_KEY }}', '${{ vars.API_KEY }}', '$OPENAI_API_KEY', '${OPENAI_API_KEY}', '${OPENAI_API_KEY:-}', '{{ .Values.openai.apiKey }}',
    '{{ secret "openai" }}', '%OPENAI_API_KEY%', '$(cat /run/secrets/openai)', 'ENC[AES256_GCM,data:0a1B2c3D4e5F6g7H8i9J,iv:Zx9Yw8Vu7Ts6Rq5P,tag:Mn4Lk3Jh2Gf1,type:str]',
    '#{OpenAiKey}', '<%= ENV["OPENAI_API_KEY"] %>', 'vault:secret/data/openai#key', 'arn:aws:secretsmanager:us-east-1:123456789012:secret:openai-Ab12Cd',
  ];
  for (const name of secretNames) for (const value of references) lines.push(`${name}: "${value}"`);
  // Public identifiers, hashes and digests, including under secret-like names.
  for (let i = 0; i < 12; i++) {
    lines.push(`"integrity": "sha512-${randomBase64(64)}"`);
    lines.push(`image: ghcr.io/org/app@sha256:${hex(64)}`);
    lines.push(`uses: actions/checkout@${hex(40)}`);
    lines.push(`client_id: ${randomUUID()}`);
    lines.push(`OPENAI_ORG_ID: org-${randomBody(24)}`);
    lines.push(`OPENAI_PROJECT_ID: "proj_${randomBody(24)}"`);
    lines.push(`token_hash: sha256:${hex(64)}`);
  }
  lines.push(`organization: "org-${randomBody(24)}"`, `project: proj_${randomBody(24)}`);
  // The new context classes' look-alikes: SIDs, commit SHAs beside GitHub words, docs URLs.
  for (let i = 0; i < 4; i++) {
    lines.push(`TWILIO_ACCOUNT_SID=${'A' + 'C'}${hex(32)}`);
    lines.push(`GITHUB_SHA: ${hex(40)}`);
    lines.push(`github_commit: "${hex(40)}"`);
    lines.push(`npm_package_gitHead: ${hex(40)}`);
    lines.push(`mongodb_url: mongodb://app:${randomBody(16)}@localhost:27017/app`);
    lines.push(`request_id: ${randomUUID()}`);
  }
  lines.push(
    `STRIPE_SECRET_KEY=${['sk', 'test', 'xxxxxxxxxxxxxxxxxxxxxxxx'].join('_')}`,
    'SLACK_BOT_TOKEN=xoxb-12345-abcd234',
    'SLACK_CONFIG_TOKEN=xoxe.xoxp-1-RANDOMSTRINGHERE',
    'TWILIO_AUTH_TOKEN=your_auth_token',
    'TWILIO_AUTH_TOKEN=${TWILIO_AUTH_TOKEN}',
    '//registry.npmjs.org/:_authToken=${NPM_TOKEN}',
    '//registry.npmjs.org/:_authToken=00000000-0000-0000-0000-000000000000',
    "apiKey: 'da2-xxxxxxxxxxxxxxxxxxxxxxxxxx'",
    'MONGO_URL=mongodb://root:root@192.168.74.143:27018,192.168.74.143:27019',
    'MONGO_URL=mongodb+srv://<user>:<password>@cluster0.mongodb.net/db',
    'REDIS_URL=redis://:password@localhost:6379',
    'DATABASE_URL=postgres://user:pass@db.example.com/app',
    'BROKER_URL=amqp://guest:guest@rabbitmq:5672/',
    'webhook: https://hooks.slack.com/workflows/T00000000/A00000000/000000000000000000/XXXXXXXXXXXXXXXXXXXXXXXX',
  );
  // Names that hold paths, URLs, names and times, not secrets.
  lines.push(
    'TOKEN_PATH: /var/run/secrets/kubernetes.io/serviceaccount/token',
    'SECRET_FILE: ./config/prod-credentials-v2.json',
    'TOKEN_URL: https://login.microsoftonline.com/common/oauth2/v2.0/token',
    'SECRET_NAME: my-release-postgresql-credentials',
    'token_expiry: 2025-12-31T23:59:59Z',
    'API_KEY_HEADER: X-Api-Key',
    'secretName: wildcard-tls-2024',
    'existingSecret: release-redis-auth',
    // Peer rule-test decoys: a camelCase stand-in behind a real prefix, a Basic value that is no
    // base64, a user name with no password, a DRF-style token header for a non-GitHub host.
    'anthropic_token = "sk-ant-oat01-tooShort"',
    'curl -H "Authorization: basic {base64(email:password)}" https://api.internal.io',
    'curl -H "Authorization: Basic YnJvd3Nlcjo=" https://api.internal.io',
    `curl -H "Authorization: Token ${hex(40)}" https://api.shop.internal/orders`,
    'SLACK_BOT_TOKEN=xoxb-xoxb-my-bot-token',
    'passwordSecretKeyRef: db-password-key',
  );
  const text = lines.join('\n') + '\n';
  const samples: Sample[] = [];
  // One sample per line keeps the count honest; each is its own file.
  lines.forEach((line, i) => samples.push({ name: `decoy ${i}: ${line.slice(0, 40)}`, text: line + '\n', expected: null }));
  // Certificates, public keys and caBundle.
  const armour = (word: string, label: string) => ['-----', word, ' ', label, '-----'].join('');
  const pemBody = () => Array.from({ length: 8 }, () => randomString(64, ALNUM + '+/')).join('\n');
  const cert = `${armour('BEGIN', 'CERTIFICATE')}\n${pemBody()}\n${armour('END', 'CERTIFICATE')}`;
  samples.push({ name: 'certificate', text: `tls.crt: |\n  ${cert.split('\n').join('\n  ')}\n`, expected: null });
  samples.push({ name: 'public key', text: `${armour('BEGIN', 'PUBLIC KEY')}\n${pemBody()}\n${armour('END', 'PUBLIC KEY')}\n`, expected: null });
  samples.push({ name: 'ssh public key', text: `authorized_key: ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${randomString(43, ALNUM + '+/')} ci@build\n`, expected: null });
  samples.push({ name: 'caBundle', text: `webhooks:\n  - clientConfig:\n      caBundle: ${base64(cert)}\n`, expected: null });
  samples.push({ name: 'truncated private key', text: `key: "${armour('BEGIN', 'RSA PRIVATE KEY')}\\n...\\n${armour('END', 'RSA PRIVATE KEY')}"\n`, expected: null });
  samples.push({ name: 'base64 config', text: `data:\n  config.yaml: ${base64('logLevel: info\nport: 8080\nfeatures:\n  - search\n')}\n`, expected: null });
  samples.push({ name: 'whole decoy file', text, expected: null });
  return samples;
}
