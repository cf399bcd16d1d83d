/**
 * What gha-literal-secret does with literals that are not plain secrets: names of env variables
 * given where a value would go, placeholders a comment announces, the throwaway passwords of CI
 * service containers, upload-only tokens and access key ids. Each class has one severity,
 * documented in docs/rules/github-actions.md.
 */
import { isScalar } from 'yaml';
import type { RuleMeta, SourceFile } from '../types.js';
import type { JobModel, NamedValue, StepModel, WorkflowModel } from './model.js';

export type LiteralClass = 'secret' | 'service-password' | 'key-id' | 'upload-token' | 'public-client-key';

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

/** Severity and the sentence that explains it, for the classes that are not plain secrets. */
export function severityPolicy(kind: LiteralClass): { severity: RuleMeta['severity']; note: string; remediation?: string } | null {
  switch (kind) {
    case 'service-password':
      return {
        severity: 'low',
        note: "It is the throwaway password of a CI service container (a database of this test job), which only reaches the job's own container: reported at low.",
        remediation: 'Nothing outside this job uses it: make sure the same value protects nothing real (rotate it there if it does); to silence this, move it to a secret or suppress the finding.',
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
