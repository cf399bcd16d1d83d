/**
 * What gha-literal-secret does with literals that are not plain secrets: names of env variables
 * given where a value would go, placeholders a comment announces, the throwaway passwords of CI
 * service containers, upload-only tokens and access key ids. Each class has one severity,
 * documented in docs/rules/github-actions.md.
 */
import { isScalar } from '../../yaml/library.js';
import type { RuleMeta, SourceFile } from '../types.js';
import { findSecrets } from '../../detectors/find.js';
import { genericSecretDetector } from '../../detectors/generic.js';
import { connectionStringDetector } from '../../detectors/connection-string.js';
import { normalizeName } from '../secret-names.js';
import type { JobModel, NamedValue, StepModel, WorkflowModel } from './model.js';

export type LiteralClass = 'secret' | 'service-password' | 'test-secret' | 'key-id' | 'upload-token' | 'public-client-key';

/** Inputs that take the name of an environment variable, not its value, by action. */
const ENV_NAME_INPUTS: { action: RegExp; label: string; inputs: ReadonlySet<string> }[] = [
  // setup-java writes `${env.<value>}` into settings.xml (server-username/password, gpg-passphrase).
  { action: /^actions\/setup-java@/i, label: 'actions/setup-java', inputs: new Set(['server-username', 'server-password', 'gpg-passphrase']) },
];

/** The action whose input `name` takes an env variable's name, or null. */
export function envNameInputOf(step: StepModel, name: string): string | null {
  const uses = String(step.uses?.value ?? '');
  return ENV_NAME_INPUTS.find((a) => a.action.test(uses) && a.inputs.has(name))?.label ?? null;
}

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;

/**
 * True when the value is the name of an env variable rather than a value: an identifier given to
 * an input that takes a variable's name, or one that names a variable set in this workflow.
 */
export function envNameInput(entry: NamedValue, where: { model: WorkflowModel; job: JobModel | null; step: StepModel | null }): boolean {
  if (!entry.value || !isScalar(entry.value)) return false;
  const value = String(entry.value.value ?? '').trim();
  if (!IDENTIFIER.test(value)) return false;
  if (entry.scope === 'with' && where.step && envNameInputOf(where.step, entry.name)) return true;
  const { model } = where;
  const set = [...model.env, ...model.jobs.flatMap((j) => [...j.env, ...j.steps.flatMap((s) => s.env)])];
  return set.some((e) => e !== entry && e.name === value);
}

/** A comment on the value's line, or the comment line just above its key, that calls it a placeholder. */
const PLACEHOLDER_COMMENT = /\b(replace|change|fill|put|insert|paste|substitute|set)\b[^#\n]{0,40}\b(your|own|real|actual|here)\b|\bplaceholder\b|\bnot\s+(a\s+)?real\b|\b(dummy|fake|example)\s+(value|key|token|password|secret)\b/i;

export function placeholderComment(file: SourceFile, entry: NamedValue): boolean {
  if (!entry.value || !isScalar(entry.value) || !entry.value.range) return false;
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
export function isShellFragment(value: string): boolean {
  let v = value.trim();
  const quotes = (q: string) => v.split(q).length - 1;
  // An unbalanced quote at either end; one inside a value may be a real password's character.
  if ((quotes("'") % 2 === 1 || quotes('"') % 2 === 1) && /^['"]|['"]$/.test(v)) return true;
  while (v.length >= 2 && (v[0] === "'" || v[0] === '"') && v[v.length - 1] === v[0]) v = v.slice(1, -1).trim();
  return /^[A-Za-z][\w-]*:\s*((Bearer|Basic|token|Token|Digest)\s*)?$/.test(v) || /^(Bearer|Basic|token|Digest)$/i.test(v);
}

/** Names of the env variables tests use to reach a database or broker service. */
const SERVICE_CLIENT_NAME = /(POSTGRES|(^|_)PG|MYSQL|MARIADB|MSSQL|(^|_)SA_|(^|_)DB|DATABASE|REDIS|MONGO|RABBIT|AMQP|ELASTIC|CLICKHOUSE|CASSANDRA|NEO4J|SQL|MINIO|KEYCLOAK|LDAP)/;

/**
 * A password of a CI service container (`services.*.env`), or a job/step env value of a job with
 * services that the tests use to connect (the same value as a service's, or a database client
 * variable): a throwaway value that only reaches the job's own container.
 */
export function serviceCredential(file: SourceFile, entry: NamedValue, job: JobModel): boolean {
  if (entry.scope === 'service-env') return true;
  if (job.services.length === 0 || (entry.scope !== 'job-env' && entry.scope !== 'step-env')) return false;
  if (!entry.value || !isScalar(entry.value)) return false;
  const value = String(entry.value.value ?? '').trim();
  const serviceValues = new Set(job.containerValues.filter((v) => v.scope === 'service-env' && v.value && isScalar(v.value)).map((v) => String((v.value as { value: unknown }).value ?? '').trim()));
  if (serviceValues.has(value)) return true;
  return SERVICE_CLIENT_NAME.test(entry.name.toUpperCase().replace(/-/g, '_'));
}

/**
 * Secrets an application under test reads itself (it signs, encrypts or hashes with them):
 * `SECRET_KEY`, `SECRET_KEY_BASE`, `JWT_SECRET`, `SESSION_SECRET`, `APP_KEY`, `ENCRYPTION_KEY`…
 * In a test run they protect nothing but that run. At most one word before them (the app or
 * framework: `DJANGO_SECRET_KEY`, `NEXTAUTH_SECRET`). Keys and tokens of other services are not
 * in this list: a test job may well hold a real one.
 */
const APP_SECRET_NAME =
  /^([A-Z0-9]+_)?(SECRET|SECRET_KEY|SECRET_KEY_BASE|SECRET_TOKEN|APP_KEY|APP_SECRET|JWT|JWT_SECRET|JWT_KEY|JWT_SIGNING_KEY|JWT_SECRET_KEY|SESSION_SECRET|SESSION_KEY|COOKIE_SECRET|COOKIE_KEY|ENCRYPTION_KEY|SIGNING_KEY|SIGNING_SECRET|HMAC_KEY|HMAC_SECRET|CSRF_SECRET|MASTER_KEY|OTP_SECRET|AUTH_SECRET|TOKEN_SECRET|ACCESS_TOKEN_SECRET|REFRESH_TOKEN_SECRET|UTILS_SECRET|HASH_SALT|SALT|PEPPER)$/;
/** …unless the name belongs to a service the app talks to, or to an OAuth app registered there. */
const THIRD_PARTY_NAME =
  /(^|_)(CLIENT|CONSUMER|OAUTH|WEBHOOK)_|^(AWS|AMAZON|AZURE|GCP|GOOGLE|GCLOUD|FIREBASE|GITHUB|GH|GITLAB|BITBUCKET|OPENAI|ANTHROPIC|STRIPE|PAYPAL|BRAINTREE|TWILIO|SENDGRID|MAILGUN|MAILCHIMP|POSTMARK|SLACK|DISCORD|TELEGRAM|CLOUDFLARE|HEROKU|VERCEL|NETLIFY|SENTRY|DATADOG|NPM|PYPI|DOCKER|DOCKERHUB|SHOPIFY|ALGOLIA|PUSHER|SUPABASE|AUTH0|OKTA|CLERK|PLAID|SQUARE|ADYEN|MOLLIE|RAZORPAY|HUGGINGFACE|HF|COHERE|LANGFUSE|LANGSMITH|POSTHOG|MIXPANEL|SEGMENT|MISTRAL|GROQ|REPLICATE|PINECONE|LINEAR|NOTION|JIRA|ATLASSIAN|APPLE|FACEBOOK|META|TWITTER|X|LINKEDIN|MICROSOFT|MSAL|DIGITALOCEAN|DO|LINODE|HETZNER|VAULT|CODECOV|SONAR|SNYK|CIRCLECI|TRAVIS)_/;

/** Env variables that say which mode an app runs in, and the values that mean a test run. */
const MODE_NAME = /^(NODE_ENV|RAILS_ENV|RACK_ENV|APP_ENV|APP_ENVIRONMENT|FLASK_ENV|DJANGO_ENV|MIX_ENV|GO_ENV|ENV|ENVIRONMENT|ASPNETCORE_ENVIRONMENT|DOTNET_ENVIRONMENT|SPRING_PROFILES_ACTIVE|QUARKUS_PROFILE|MICRONAUT_ENVIRONMENTS|STAGE|DEPLOY_ENV)$/;
const TEST_MODE = /^(test|tests|testing|ci|e2e)$/i;
/** A database or broker address on the runner itself. */
const LOCAL_SERVICE_NAME = /(DATABASE|(^|_)DB|POSTGRES|(^|_)PG|MYSQL|MARIADB|MONGO|REDIS|RABBIT|AMQP|ELASTIC|CLICKHOUSE)[A-Z_]*(URL|URI|HOST|DSN)$/;
const LOCAL_HOST = /^(localhost|127\.0\.0\.1|0\.0\.0\.0|::1|\[::1\])$|[@/](localhost|127\.0\.0\.1|0\.0\.0\.0|\[::1\])([:/?]|$)/;
/** Commands and actions that run a test suite. */
const TEST_COMMAND =
  /(^|[\s;&|(])((npm|pnpm|bun)\s+(run\s+)?test|yarn\s+(run\s+)?test|npx\s+(jest|vitest|mocha|playwright|cypress)|jest|vitest|mocha|pytest|python3?\s+-m\s+(pytest|unittest)|manage\.py\s+test|tox|nox|(bundle\s+exec\s+)?(rspec|rails\s+test|rake\s+(test|spec))|go\s+test|cargo\s+(test|nextest)|mix\s+test|phpunit|vendor\/bin\/(phpunit|pest)|php\s+artisan\s+test|dotnet\s+test|(mvn|\.\/mvnw|gradle|\.\/gradlew)\s+([\w:.=-]+\s+){0,6}(test|verify|check))\b/;
const TEST_ACTION = /^(cypress-io\/github-action|microsoft\/playwright-github-action)@/i;
const TEST_JOB_NAME = /(^|[-_ ])(tests?|testing|e2e|specs?)([-_ ]|$)/i;

function scalarText(entry: NamedValue): string | null {
  return entry.value && isScalar(entry.value) ? String(entry.value.value ?? '').trim() : null;
}

/** Why the env entries say this is a test run (a mode variable set to test, a local database), or null. */
function testEnvReason(entries: readonly NamedValue[]): string | null {
  for (const entry of entries) {
    const name = normalizeName(entry.name);
    const value = scalarText(entry);
    if (value === null) continue;
    if (MODE_NAME.test(name) && TEST_MODE.test(value)) return `\`${entry.name}: ${value}\``;
    if (LOCAL_SERVICE_NAME.test(name) && LOCAL_HOST.test(value)) return `\`${entry.name}\` points at a database on the runner`;
  }
  return null;
}

/** Why a job is a test job (it has service containers, runs a test suite, or says so in its id or name), or null. */
function testJobReason(job: JobModel): string | null {
  if (job.services.length > 0) return 'the job has service containers';
  for (const step of job.steps) {
    if (step.run && TEST_COMMAND.test(String(step.run.value ?? ''))) return 'the job runs a test suite';
    if (step.uses && TEST_ACTION.test(String(step.uses.value ?? ''))) return 'the job runs a test suite';
  }
  const name = (job.node as { get?: (key: string) => unknown }).get?.('name');
  // The id (letters, digits, `-`, `_`) may go in the message; a free-text name is not repeated.
  if (TEST_JOB_NAME.test(job.id)) return `the job is named \`${job.id}\``;
  if (typeof name === 'string' && TEST_JOB_NAME.test(name)) return "the job's name says it runs tests";
  return null;
}

/**
 * Why an env entry sits in a test run, or null: its own env level or one above it sets a test
 * mode or points at a local database, or (for job and step env) the job is a test job; a
 * workflow-level entry also when every job is one.
 */
export function testContextOf(entry: NamedValue, where: { model: WorkflowModel; job: JobModel | null; step: StepModel | null }): string | null {
  const { model, job, step } = where;
  if (!['workflow-env', 'job-env', 'step-env', 'container-env'].includes(entry.scope)) return null;
  const levels = [model.env, ...(job ? [job.env] : []), ...(step ? [step.env] : [])];
  if (job && entry.scope === 'container-env') levels.push(job.containerValues.filter((v) => v.scope === 'container-env'));
  const byEnv = testEnvReason(levels.flat());
  if (byEnv) return byEnv;
  if (job) return testJobReason(job);
  const jobs = model.jobs.filter((j) => j.uses === null);
  if (jobs.length > 0 && jobs.every((j) => testJobReason(j) !== null)) return 'every job of the workflow is a test job';
  return null;
}

/** Why a step's script runs in a test run (the env it sees, or its job), or null. */
export function testJobContext(where: { model: WorkflowModel; job: JobModel; step: StepModel }): string | null {
  return testEnvReason([...where.model.env, ...where.job.env, ...where.step.env]) ?? testJobReason(where.job);
}

/** The name of a secret an application under test reads itself (not a third party's key). */
export function isAppSecretName(name: string): boolean {
  const n = normalizeName(name);
  return APP_SECRET_NAME.test(n) && !THIRD_PARTY_NAME.test(n);
}

/** Database and broker client variables (`PGPASSWORD`, `DB_PASSWORD`, `REDIS_PASSWORD`). */
export function isServiceClientName(name: string): boolean {
  return SERVICE_CLIENT_NAME.test(name.toUpperCase().replace(/-/g, '_'));
}

/** True when a provider detector (not the generic one) recognises the value under this name: a real key. */
export function isProviderKey(name: string, value: string): boolean {
  return findSecrets(`${name}=${value}`, { decodeDepth: 0 }).some((m) => m.detector !== genericSecretDetector && m.detector !== connectionStringDetector);
}

/** Severity and the sentence that explains it, for the classes that are not plain secrets. */
export function severityPolicy(kind: LiteralClass): { severity: RuleMeta['severity']; note: string; remediation?: string } | null {
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
