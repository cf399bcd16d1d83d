/**
 * unsafe-injection: a secret-like name given a literal value in the file (workflow, job, step,
 * container and service env, step `with:`, container credentials, reusable-workflow `secrets:`
 * and `with:`, input defaults). Anyone who can read the repository can read it, and the runner
 * does not mask it in logs.
 */
import { isScalar } from 'yaml';
import type { RawFinding } from '../../core/finding.js';
import { findExpressions } from '../expressions/index.js';
import { isLiteralSecretValue, isSecretLikeName, isWrittenValue } from '../secret-names.js';
import type { FileRule, RuleMeta } from '../types.js';
import { appliesToWorkflowOrAction, workflowModels, type NamedValue } from './model.js';
import { findingAt, HELP_BASE, locatorFor, secretNameFor } from './report.js';

const meta: RuleMeta = {
  id: 'gha-literal-secret',
  category: 'unsafe-injection',
  severity: 'high',
  description: 'A secret-like variable, input or credential is given a literal value in a workflow or action file instead of a ${{ secrets.NAME }} reference.',
  helpUri: `${HELP_BASE}#gha-literal-secret`,
};

export const literalSecretRule: FileRule = {
  meta,
  appliesTo: appliesToWorkflowOrAction,
  check(file, context) {
    const names = context.settings.secretNames;
    const findings: RawFinding[] = [];
    for (const model of workflowModels(file)) {
      const entries: NamedValue[] = [...model.env, ...model.inputDefaults];
      for (const job of model.jobs) {
        for (const list of [job.env, job.containerValues, job.with, job.secrets]) for (const entry of list) entries.push(entry);
        for (const step of job.steps) for (const entry of [...step.env, ...step.with]) entries.push(entry);
      }
      for (const entry of entries) {
        // Everything passed under a reusable workflow's `secrets:` is a secret by declaration.
        const secretLike = entry.scope === 'job-secrets' || isSecretLikeName(entry.name, names);
        if (!secretLike || !entry.value || !isScalar(entry.value)) continue;
        const locator = locatorFor(file, entry.value);
        const value = locator.value;
        const literal = entry.scope === 'credentials' ? isWrittenValue(value) : isLiteralSecretValue(value);
        if (findExpressions(value).length > 0 || !literal || isStructuredConfig(value)) continue;
        // Lowercase words (`postgres`, `hello world`, `github-actions` selecting a provider) are the
        // throwaway passwords of CI service containers and test data, not secrets; registry
        // credentials always belong to a real account, so they get no such excuse.
        if (entry.scope !== 'credentials' && /^[a-z]+([-_ ][a-z]+)*$/.test(value.trim())) continue;
        // Report the value without surrounding whitespace (block scalars end with a newline).
        const start = value.length - value.trimStart().length;
        const end = value.trimEnd().length;
        findings.push(findingAt(file, meta, entry.value, entry.path, { ...advice(entry), secret: value.trim() }, start, end));
      }
    }
    return findings;
  },
};

/** A multi-line JSON or YAML document (a list of registries, a config block) is configuration, not one secret value. */
function isStructuredConfig(value: string): boolean {
  return value.trim().includes('\n') && /^\s*[[{]/.test(value);
}

function advice(entry: NamedValue): { message: string; remediation: string } {
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
