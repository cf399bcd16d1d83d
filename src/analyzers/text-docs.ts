/**
 * Documentation data of the key detectors (rule ids from src/detectors/catalogue.ts, reported by
 * the text rule): one severity each, and an example of the key in source code with its fix.
 */
import { DETECTORS } from '../detectors/catalogue.js';
import type { RuleDoc, RuleExample, SeverityCase } from './rule-docs.js';

const SETTINGS = 'app/settings.py';

/** A key assigned in Python settings, and the same name read from the environment. */
function inSettings(name: string, value: string, wrap: (v: string) => string = (v) => `"${v}"`): RuleExample {
  return {
    file: SETTINGS,
    bad: `import os\n\n${name} = ${wrap(value)}\n`,
    fixed: `import os\n\n${name} = os.environ["${name}"]\n`,
    line: 3,
  };
}

/** Per detector: its example, what its severity is for when it needs more than the shape, and lower severities it also emits. */
const EXAMPLES: Record<string, { example: RuleExample; when?: string; lower?: SeverityCase[] }> = {
  'openai-api-key': { example: inSettings('OPENAI_API_KEY', '<<openai:proj>>'), when: 'an OpenAI key of any kind (legacy `sk-…`, `sk-proj-…`, `sk-svcacct-…`, `sk-admin-…`, `sk-None-…`, any body length) is written in a file' },
  'anthropic-api-key': { example: inSettings('ANTHROPIC_API_KEY', '<<anthropic:api03>>') },
  'azure-openai-api-key': { example: inSettings('AZURE_OPENAI_API_KEY', '<<azure:openai>>'), when: 'a 32-character hex value is assigned to an Azure OpenAI key name (the shape alone is too common, so the name decides)' },
  'google-api-key': { example: inSettings('GEMINI_API_KEY', '<<google:api>>') },
  'groq-api-key': { example: inSettings('GROQ_API_KEY', '<<groq:api>>') },
  'xai-api-key': { example: inSettings('XAI_API_KEY', '<<xai:api>>') },
  'huggingface-token': { example: inSettings('HF_TOKEN', '<<huggingface:user>>') },
  'perplexity-api-key': { example: inSettings('PERPLEXITY_API_KEY', '<<perplexity:api>>') },
  'replicate-api-token': { example: inSettings('REPLICATE_API_TOKEN', '<<replicate:api>>') },
  'openrouter-api-key': { example: inSettings('OPENROUTER_API_KEY', '<<openrouter:api>>') },
  'cohere-api-key': { example: inSettings('COHERE_API_KEY', '<<cohere:api>>'), when: 'a value of the key\'s shape is assigned to a Cohere key name (the name decides: the shape alone is too common)' },
  'mistral-api-key': { example: inSettings('MISTRAL_API_KEY', '<<mistral:api>>'), when: 'a value of the key\'s shape is assigned to a Mistral key name (the name decides: the shape alone is too common)' },
  'deepseek-api-key': { example: inSettings('DEEPSEEK_API_KEY', '<<deepseek:api>>'), when: 'an `sk-` + 32 hex value is assigned to a DeepSeek key name or sits beside a DeepSeek base URL' },
  'aws-access-key-id': { example: inSettings('AWS_ACCESS_KEY_ID', '<<aws:akia>>'), when: 'an AWS access key id (`AKIA…`, `ASIA…`) is written in a file: it is an identifier, the secret half is its own critical finding (aws-secret-access-key)' },
  'aws-secret-access-key': { example: inSettings('AWS_SECRET_ACCESS_KEY', '<<aws:secret>>'), when: 'a 40-character value is assigned to an AWS secret access key name' },
  'aws-appsync-api-key': { example: inSettings('APPSYNC_API_KEY', '<<aws:appsync>>') },
  'github-token': { example: inSettings('GITHUB_TOKEN', '<<github:ghp>>') },
  'github-fine-grained-pat': { example: inSettings('GH_TOKEN', '<<github:pat-fine>>') },
  'github-legacy-token': { example: inSettings('GITHUB_TOKEN', '<<github:legacy>>'), when: 'a 40-character hex value is assigned to a GitHub token name (the shape of pre-2021 tokens; the name decides)' },
  'gitlab-token': { example: inSettings('GITLAB_TOKEN', '<<gitlab:glpat>>') },
  'slack-token': { example: inSettings('SLACK_BOT_TOKEN', '<<slack:xoxb>>') },
  'slack-webhook-url': { example: inSettings('SLACK_WEBHOOK_URL', '<<slack:webhook>>') },
  'stripe-live-key': { example: inSettings('STRIPE_SECRET_KEY', '<<stripe:sk-live>>') },
  'stripe-test-key': { example: inSettings('STRIPE_SECRET_KEY', '<<stripe:sk-test>>'), when: 'a Stripe test-mode key (`sk_test_…`, `rk_test_…`) is written in a file: it moves no money, but reads and writes the test account' },
  'sendgrid-api-key': { example: inSettings('SENDGRID_API_KEY', '<<sendgrid:api>>') },
  'twilio-api-key': { example: inSettings('TWILIO_API_KEY', '<<twilio:sk>>') },
  'twilio-auth-token': { example: inSettings('TWILIO_AUTH_TOKEN', '<<twilio:auth-token>>'), when: 'a 32-character hex value is assigned to a Twilio auth token name or passed beside a Twilio account SID' },
  'twilio-api-key-secret': { example: inSettings('TWILIO_API_SECRET', '<<twilio:api-secret>>'), when: 'a 32-character value is assigned to a Twilio API key secret name' },
  'npm-token': { example: inSettings('NPM_TOKEN', '<<npm:token>>') },
  'npm-legacy-token': { example: inSettings('NPM_TOKEN', '<<npm:legacy>>'), when: 'a UUID is assigned to an npm token name (the shape of legacy npm tokens; a UUID elsewhere is not a secret)' },
  'pypi-token': { example: inSettings('PYPI_TOKEN', '<<pypi:token>>') },
  'dockerhub-token': { example: inSettings('DOCKERHUB_TOKEN', '<<dockerhub:pat>>') },
  'firebase-web-api-key': {
    example: {
      file: 'web/firebase.js',
      bad: `export const firebaseConfig = {\n  apiKey: "<<firebase:web>>",\n  authDomain: "demo-app.firebaseapp.com",\n  projectId: "demo-app",\n};\n`,
      fixed: `export const firebaseConfig = {\n  apiKey: import.meta.env.VITE_FIREBASE_API_KEY,\n  authDomain: "demo-app.firebaseapp.com",\n  projectId: "demo-app",\n};\n`,
      line: 2,
      note: 'A Firebase web key is meant to ship in the page; what protects the project is its Security Rules and the key\'s API restrictions, so it is reported at low, to check those.',
    },
    when: 'a Google API key sits in a Firebase web config (`apiKey` beside `authDomain`/`projectId`): it is public by design',
  },
  'private-key': {
    example: { file: 'certs/server.key', bad: '<<private-key:rsa>>\n', fixed: '', line: 1, note: 'Keep key files out of the repository (ignore `*.key`, `*.pem`) and load them from a secret store; revoke the committed key.' },
    when: 'a PEM or OpenSSH private key block (`-----BEGIN … PRIVATE KEY-----` with a body) is written in a file',
  },
  'gcp-service-account-key': {
    example: {
      file: 'deploy/service-account.json',
      bad: `{\n  "type": "service_account",\n  "project_id": "demo",\n  "private_key": "<<gcp:pem-escaped>>",\n  "client_email": "ci@demo.iam.gserviceaccount.com"\n}\n`,
      fixed: '',
      line: 4,
      note: 'Delete the key in the Google Cloud console; in CI use Workload Identity Federation instead of key files.',
    },
    when: 'a Google Cloud service-account key file (`"type": "service_account"` with a `private_key`) is committed',
  },
  'docker-config-auth': {
    example: {
      file: '.docker/config.json',
      bad: `{\n  "auths": {\n    "registry.example.io": { "auth": "<<docker:auth>>" }\n  }\n}\n`,
      fixed: `{\n  "credsStore": "desktop"\n}\n`,
      line: 3,
    },
    when: 'a docker config `auths` entry holds a base64 `user:password` in `auth`',
  },
  'url-embedded-password': {
    example: inSettings('DATABASE_URL', 'postgres://app:<<url:password>>@db.internal:5432/app'),
    lower: [{ severity: 'medium', when: 'the password is guessable, the one policy of every literal rule: a well-known default, lower-case words with at most a short number (`kuma123`, `restaurant_pass_2024`), a counting run or stand-in words' }],
    when: 'a URL carries a literal password (`scheme://user:password@host`), or a `Key=Value;` connection string (ADO.NET, ODBC, Npgsql: `Server=db;User ID=app;Password=…;`) does; placeholders, `$VAR` references and passwords of local and documentation hosts are not reported, nor a URL in a GitLab job\'s `variables:` whose host is one of that job\'s service containers (`@postgres:5432` beside a `postgres:16` service): gitlab-ci-literal-variable reports that throwaway password at low',
  },
  'generic-secret': {
    example: inSettings('API_SECRET', '<<generic:secret>>'),
    lower: [{ severity: 'low', when: 'the value is the id half of an access key pair under an `accessKey`-style name (`aws-access-key`, `MINIO_ACCESS_KEY`), as the structural rules report it' }],
    when: 'a secret-like name (`*_SECRET`, `*_TOKEN`, `api_key`, `password`…) is assigned a random-looking literal that no provider detector recognises (in env files env-file-secret reports these)',
  },
};

export const HARDCODED_SECRET_DOCS: Record<string, RuleDoc> = Object.fromEntries(
  DETECTORS.filter((d) => EXAMPLES[d.id]).map((d) => {
    const { example, when, lower = [] } = EXAMPLES[d.id]!;
    const found = when ?? `a ${d.provider} credential of this shape is written in a file`;
    return [d.id, { severities: [{ severity: d.severity, when: `${found}; also inside base64, hex or URL encoding (then the category is \`encoded-secret\`)` }, ...lower], example }];
  }),
);
