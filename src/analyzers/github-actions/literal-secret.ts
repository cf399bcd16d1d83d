/**
 * unsafe-injection: a secret-like name given a literal value in the file (workflow, job, step,
 * container and service env, step `with:`, container credentials, reusable-workflow `secrets:`
 * and `with:`, input defaults). Anyone who can read the repository can read it, and the runner
 * does not mask it in logs.
 */
import { isScalar } from '../../yaml/library.js';
import type { RawFinding } from '../../core/finding.js';
import { findExpressions } from '../expressions/index.js';
import { isLiteralSecretValue, isLowercaseWords, isSecretLikeName, isWeakLiteral, isWrittenValue, normalizeName, WEAK_NOTE, type SecretNameOptions } from '../secret-names.js';
import type { FileRule, RuleMeta, ScanContext, SourceFile } from '../types.js';
import { appliesToWorkflowOrAction, workflowModels, type JobModel, type NamedValue, type StepModel, type WorkflowModel } from './model.js';
import { findingAt, HELP_BASE, locatorFor, secretNameFor, type FindingText } from './report.js';
import { isSecretValue } from '../../detectors/generic.js';
import { envNameInput, envNameInputOf, isAppSecretName, isProviderKey, isServiceClientName, isShellFragment, placeholderComment, serviceCredential, severityPolicy, testContextOf, testJobContext, type LiteralClass } from './literal-policy.js';

const meta: RuleMeta = {
  id: 'gha-literal-secret',
  category: 'unsafe-injection',
  severity: 'high',
  description:
    "A secret-like variable, input or credential is given a literal value in a workflow or action file instead of a ${{ secrets.NAME }} reference. " +
    'Also a secret-like name assigned an issued-looking literal inside a `run:` script (`NAME=value`, `export NAME=value`, `${NAME:-value}`, here-document lines). ' +
    'Severity: high; medium for a weak literal (a counting run or stand-in words; lower-case words too under `PGPASSWORD`, `MYSQL_PWD`, `REDISCLI_AUTH`, which are reported whatever they look like) and for a Codecov upload token (it only uploads reports); ' +
    "low for the throwaway password of a CI service container (`services.*.env`, and the job or step env a job with services connects with: the same value, or a database client variable), whatever the value's case, " +
    "for the app's own secret (`SECRET_KEY`, `JWT_SECRET`, `SESSION_SECRET`, `APP_SECRET`, `ENCRYPTION_KEY`…; not a third party's key) or a database password in the env of a test run (a test mode such as `NODE_ENV: test` or `RAILS_ENV: test`, a database on the runner, or a job with service containers, a test-suite command or a test name), whatever the value's case, unless a provider detector recognises the value, " +
    'for an access key id (`*_ACCESS_KEY_ID`, `*_KEY_ID`, `AKIA…`: an identifier; the secret half is what grants access), ' +
    'and for a Firebase web API key (an `AIza…` key under a `*FIREBASE*` name: public by design, it ships in every client of the app). ' +
    "Not reported: the name of an env variable where the action takes one (actions/setup-java `server-username`, `server-password`, `gpg-passphrase`) or an identifier naming a variable the workflow sets, and a value that a comment on its line or the line above calls a placeholder. " +
    'A workflow the YAML parser rejects (duplicate keys are accepted, as GitHub accepts them) gets a `workflow-not-analyzed` warning: only its text was checked.',
  helpUri: `${HELP_BASE}#gha-literal-secret`,
};

export const literalSecretRule: FileRule = {
  meta,
  appliesTo: appliesToWorkflowOrAction,
  check(file, context) {
    const names = context.settings.secretNames;
    const findings: RawFinding[] = [];
    notAnalyzed(file, context);
    for (const model of workflowModels(file)) {
      for (const { entry, job, step } of entriesOf(model)) {
        const literal = literalSecretOf(file, entry, names, { model, job, step });
        if (!literal) continue;
        // Report the value without surrounding whitespace (block scalars end with a newline).
        const start = literal.raw.length - literal.raw.trimStart().length;
        const end = literal.raw.trimEnd().length;
        const text = advice(entry, step);
        const policy = severityPolicy(literal.kind);
        if (policy) {
          text.message += ` ${policy.note.replace('{reason}', literal.reason ?? 'a test job')}`;
          text.severity = policy.severity;
          if (policy.remediation) text.remediation = policy.remediation;
        } else if (literal.weak) {
          text.message += ` The value looks like a test or default one (${WEAK_NOTE}), so it is reported at medium.`;
          text.severity = 'medium';
        }
        findings.push(findingAt(file, meta, entry.value!, entry.path, { ...text, secret: literal.raw.trim() }, start, end));
      }
      for (const job of model.jobs) {
        for (const step of job.steps) {
          for (const found of scriptLiterals(file, step, names)) {
            // The app's own secrets in a test job's script: the test-run policy, left to the text rule.
            if (isAppSecretName(found.name) && testJobContext({ model, job, step })) continue;
            const where = model.kind === 'action' ? 'a step of the action' : `a run step of job ${job.id}`;
            findings.push(
              findingAt(file, meta, step.run!, [...step.path, 'run'], {
                message: `\`${found.name}\` is assigned a literal value in ${where}: it is readable by anyone with access to the repository and not masked in logs.`,
                remediation: `Store the value as a repository or environment secret named ${secretNameFor(found.name)}, pass it through the step's env (\`env: ${secretNameFor(found.name)}: \${{ secrets.${secretNameFor(found.name)} }}\`) and drop the assignment${found.fallback ? ' and its default' : ''}; rotate the exposed value.`,
                secret: found.value,
              }, found.start, found.end),
            );
          }
        }
      }
    }
    return findings;
  },
};

/**
 * The literal secret an entry holds, as this rule reports it, or null; `weak` when the value is
 * a counting run or stand-in words (`abcd1234`, `sk-lf-1234567890`, `some-password`): a test
 * service's password or a documented default, reported at medium. Shared with
 * gha-secret-from-untrusted-source, so that a literal and the places that read it through
 * `env.X` make one finding, not several.
 */
export function literalSecretOf(
  file: SourceFile,
  entry: NamedValue,
  names: SecretNameOptions,
  where?: { model: WorkflowModel; job: JobModel | null; step: StepModel | null },
): { raw: string; weak: boolean; kind: LiteralClass; reason?: string } | null {
  // Everything passed under a reusable workflow's `secrets:` is a secret by declaration.
  const secretLike = entry.scope === 'job-secrets' || isSecretLikeName(entry.name, names);
  if (!secretLike || !entry.value || !isScalar(entry.value)) return null;
  const value = locatorFor(file, entry.value).value;
  if (findExpressions(value).length > 0 || isStructuredConfig(value)) return null;
  // Registry credentials always belong to a real account: no excuse of weakness for them.
  if (entry.scope === 'credentials') return isWrittenValue(value) ? { raw: value, weak: false, kind: 'secret' } : null;
  // An input that takes the name of an env variable (setup-java's `server-password`), or any
  // identifier naming an env variable the workflow sets: a reference, not a value.
  if (where && envNameInput(entry, where)) return null;
  if (placeholderComment(file, entry) || isShellFragment(value)) return null;
  // Test services' passwords (and the job env the tests connect with): one policy whatever the
  // value's case, `root` like `Sequelize1!` (see literal-policy.ts).
  if (where?.job && serviceCredential(file, entry, where.job)) {
    return isWrittenValue(value) ? { raw: value, weak: false, kind: 'service-password' } : null;
  }
  // The app's own secrets and database passwords of a test run: the same policy, any case,
  // unless a provider detector knows the value (a real key stays a secret wherever it sits).
  if (where && (isAppSecretName(entry.name) || (isServiceClientName(entry.name) && /(PASSWORD|PASSWD|PASS|PWD)$/.test(normalizeName(entry.name))))) {
    const reason = testContextOf(entry, where);
    if (reason && !isProviderKey(entry.name, value)) return isWrittenValue(value) ? { raw: value, weak: false, kind: 'test-secret', reason } : null;
  }
  if (!isLiteralSecretValue(value)) return null;
  // Lowercase words (`hello world`, `github-actions` selecting a provider) are test data, not
  // secrets; but the variables database clients read their password from hold one whatever it looks like.
  const clientPassword = DB_CLIENT_PASSWORD.test(normalizeName(entry.name));
  if (isLowercaseWords(value) && !clientPassword) return null;
  const kind = classOf(entry, value, where?.step ?? null);
  return { raw: value, weak: isWeakLiteral(value) || isLowercaseWords(value), kind };
}

/** The env variables database clients read their password from (`PGPASSWORD=… psql`). */
const DB_CLIENT_PASSWORD = /^(PGPASSWORD|MYSQL_PWD|REDISCLI_AUTH)$/;

/**
 * `NAME=value`, `export NAME="value"`, `${NAME:-value}` in a shell `run:` script (here-documents
 * included: an env file written by the step): a secret-like name given a value that looks issued
 * (random key material, as the generic rule judges it), not a word, reference or placeholder.
 */
const SCRIPT_ASSIGNMENT = /(?:^|[\s;&|({])(?:(?:export|local|readonly|declare(?:\s+-\w+)?)\s+)?([A-Za-z_][A-Za-z0-9_]*)=(?:"([^"$`\\\n]*)"|'([^'\n]*)'|([^\s;&|'"`$()<>]+))/g;
const SCRIPT_FALLBACK = /\$\{([A-Za-z_][A-Za-z0-9_]*):?[-=](?:"([^"$`\\\n}]*)"|'([^'\n}]*)'|([^\s"'$`}]+))\}/g;

export function scriptLiterals(file: SourceFile, step: StepModel, names: SecretNameOptions): { name: string; value: string; start: number; end: number; fallback: boolean }[] {
  if (!step.run || typeof step.run.value !== 'string' || (step.shell !== null && /^(python|node|pwsh|powershell|cmd)/i.test(step.shell))) return [];
  const script = locatorFor(file, step.run).value;
  const out: { name: string; value: string; start: number; end: number; fallback: boolean }[] = [];
  for (const [re, fallback] of [[SCRIPT_ASSIGNMENT, false], [SCRIPT_FALLBACK, true]] as const) {
    for (const match of script.matchAll(re)) {
      const name = match[1]!;
      const group = match[2] !== undefined ? 2 : match[3] !== undefined ? 3 : 4;
      const value = match[group]!;
      if (!isSecretLikeName(name, names) || !isLiteralSecretValue(value) || !isSecretValue(value)) continue;
      if (isWeakLiteral(value) || classOf({ name, scope: 'step-env' } as NamedValue, value, null) !== 'secret') continue;
      // Offsets of the value inside the match: quoted values start after their quote.
      const end = match.index + match[0].length - (group === 4 ? 0 : 1) - (fallback ? 1 : 0);
      out.push({ name, value, start: end - value.length, end, fallback });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Every name/value entry of a model with the job and step it belongs to. */
function entriesOf(model: WorkflowModel): { entry: NamedValue; job: JobModel | null; step: StepModel | null }[] {
  const out: { entry: NamedValue; job: JobModel | null; step: StepModel | null }[] = [];
  for (const entry of [...model.env, ...model.inputDefaults]) out.push({ entry, job: null, step: null });
  for (const job of model.jobs) {
    for (const entry of [...job.env, ...job.containerValues, ...job.with, ...job.secrets]) out.push({ entry, job, step: null });
    for (const step of job.steps) for (const entry of [...step.env, ...step.with]) out.push({ entry, job, step });
  }
  return out;
}

/** Upload-only tokens and key ids have their own severity (literal-policy.ts). */
function classOf(entry: NamedValue, value: string, step: StepModel | null): LiteralClass {
  const name = entry.name.toUpperCase().replace(/-/g, '_');
  if (/(^|_)ACCESS_KEY_ID$|(^|_)KEY_ID$/.test(name) || /^(AKIA|ASIA)[A-Z0-9]{16}$/.test(value.trim())) return 'key-id';
  const codecovInput = entry.scope === 'with' && name === 'TOKEN' && /^codecov\/codecov-action@/i.test(String(step?.uses?.value ?? ''));
  if (/^CODECOV_TOKEN$/.test(name) || codecovInput) return 'upload-token';
  // A Firebase web config's key (`VITE_FIREBASE_API_KEY`): the same key the built site ships.
  if (/FIREBASE/.test(name) && /^AIza[0-9A-Za-z_-]{35}$/.test(value.trim())) return 'public-client-key';
  return 'secret';
}

/** A multi-line JSON or YAML document (a list of registries, a config block) is configuration, not one secret value. */
function isStructuredConfig(value: string): boolean {
  return value.trim().includes('\n') && /^\s*[[{]/.test(value);
}

function advice(entry: NamedValue, step: StepModel | null): FindingText {
  const secret = secretNameFor(entry.name);
  const ref = `\${{ secrets.${secret} }}`;
  const where: Record<NamedValue['scope'], string> = {
    'workflow-env': 'workflow env',
    'job-env': 'job env',
    'step-env': 'step env',
    'container-env': 'container env',
    'service-env': 'service container env',
    credentials: 'container registry credentials',
    with: 'action input',
    'job-with': 'reusable workflow input',
    'job-secrets': 'reusable workflow secret',
    'input-default': 'input default',
    'action-env': 'action env',
  };
  if (entry.scope === 'input-default') {
    return {
      message: `Input \`${entry.name}\` has a literal secret as its default value.`,
      remediation: `Remove the default and make the caller pass it from a secret: \`${entry.name}: ${ref}\`; rotate the exposed value.`,
    };
  }
  const takesEnvName = step && envNameInputOf(step, entry.name);
  if (takesEnvName) {
    // setup-java writes `${env.<value>}` into settings.xml: the input wants a variable's name.
    const variable = secretNameFor(entry.name === 'server-username' ? 'MAVEN_USERNAME' : entry.name === 'gpg-passphrase' ? 'MAVEN_GPG_PASSPHRASE' : 'MAVEN_PASSWORD');
    return {
      message: `\`${entry.name}\` (${takesEnvName} input) takes the name of an environment variable, but is given a literal value: it is readable by anyone with access to the repository.`,
      remediation: `Set the variable from a secret on the step that needs it (\`env: ${variable}: \${{ secrets.${variable} }}\`) and write \`${entry.name}: ${variable}\` (the variable's name); rotate the exposed value.`,
    };
  }
  if (entry.scope === 'job-with') {
    return {
      message: `Reusable workflow input \`${entry.name}\` is given a literal secret value.`,
      remediation: `Declare it under \`on.workflow_call.secrets\` in the called workflow and pass it as \`secrets: { ${entry.name}: ${ref} }\`; rotate the exposed value.`,
    };
  }
  return {
    message: `\`${entry.name}\` (${where[entry.scope]}) is set to a literal value: it is readable by anyone with access to the repository and not masked in logs.`,
    remediation: `Store the value as a repository or environment secret named ${secret} and write \`${entry.name}: ${ref}\`; rotate the exposed value.`,
  };
}

/**
 * A document the YAML library rejects even parsed leniently (duplicate keys and the like are
 * accepted, as GitHub accepts them): every structural rule skips it, so the report says so at
 * warning level rather than leaving the file silently clean. One rule says it for the file.
 */
function notAnalyzed(file: SourceFile, context: ScanContext): void {
  const yaml = file.yaml();
  const broken = yaml.documents.filter((d) => d.errors.length > 0);
  if (broken.length === 0 && (yaml.ok || yaml.documents.length > 0)) return;
  const first = broken[0]?.errors[0];
  const where = first ? yaml.lineCounter.linePos(first.pos[0]) : null;
  const what = file.kind === 'action' ? 'action metadata' : 'workflow';
  context.diagnostic({
    file: file.path,
    level: 'warning',
    code: 'workflow-not-analyzed',
    message: `this ${what} could not be parsed as YAML${where ? ` (line ${where.line}, column ${where.col}${first ? `: ${first.code}` : ''})` : ''}: ${broken.length > 0 && broken.length < yaml.documents.length ? 'that document was' : 'it was'} checked as text only, not by the GitHub Actions rules`,
  });
}
