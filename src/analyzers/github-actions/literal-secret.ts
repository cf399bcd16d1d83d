/**
 * unsafe-injection: a secret-like name given a literal value in the file (workflow, job, step,
 * container and service env, step `with:`, container credentials, reusable-workflow `secrets:`
 * and `with:`, input defaults). Anyone who can read the repository can read it, and the runner
 * does not mask it in logs.
 */
import { isScalar } from 'yaml';
import type { RawFinding } from '../../core/finding.js';
import { findExpressions } from '../expressions/index.js';
import { isLiteralSecretValue, isLowercaseWords, isSecretLikeName, isWeakLiteral, isWrittenValue, WEAK_NOTE, type SecretNameOptions } from '../secret-names.js';
import type { FileRule, RuleMeta, SourceFile } from '../types.js';
import { expressionsInFile } from './expression-scan.js';
import { appliesToWorkflowOrAction, workflowModels, type NamedValue } from './model.js';
import { findingAt, HELP_BASE, locatorFor, secretNameFor, type FindingText } from './report.js';

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
        entries.push(...job.env, ...job.containerValues, ...job.with, ...job.secrets);
        for (const step of job.steps) entries.push(...step.env, ...step.with);
      }
      for (const entry of entries) {
        const literal = literalSecretOf(file, entry, names);
        if (!literal) continue;
        // Report the value without surrounding whitespace (block scalars end with a newline).
        const start = literal.raw.length - literal.raw.trimStart().length;
        const end = literal.raw.trimEnd().length;
        const text = advice(entry);
        if (literal.weak) {
          text.message += ` The value looks like a test or default one (${WEAK_NOTE}), so it is reported at medium.`;
          text.severity = 'medium';
        }
        findings.push(findingAt(file, meta, entry.value!, entry.path, { ...text, secret: literal.raw.trim() }, start, end));
      }
      // One rule says so for the file: models and the expression walk share one budget, so every
      // rule saw the same partial view. Run the walk (cached) now so the budget is final.
      expressionsInFile(file);
      if (model.budget.exceeded) {
        context.diagnostic({ file: file.path, level: 'warning', code: 'yaml-alias-budget', message: `more than ${model.budget.limit} alias expansions: the rest of the file was analysed without following aliases` });
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
export function literalSecretOf(file: SourceFile, entry: NamedValue, names: SecretNameOptions): { raw: string; weak: boolean } | null {
  // Everything passed under a reusable workflow's `secrets:` is a secret by declaration.
  const secretLike = entry.scope === 'job-secrets' || isSecretLikeName(entry.name, names);
  if (!secretLike || !entry.value || !isScalar(entry.value)) return null;
  const value = locatorFor(file, entry.value).value;
  const literal = entry.scope === 'credentials' ? isWrittenValue(value) : isLiteralSecretValue(value);
  if (findExpressions(value).length > 0 || !literal || isStructuredConfig(value)) return null;
  // Registry credentials always belong to a real account: no excuse of weakness for them.
  if (entry.scope === 'credentials') return { raw: value, weak: false };
  // Lowercase words (`postgres`, `hello world`, `github-actions` selecting a provider) are the
  // throwaway passwords of CI service containers and test data, not secrets.
  if (isLowercaseWords(value)) return null;
  return { raw: value, weak: isWeakLiteral(value) };
}

/** A multi-line JSON or YAML document (a list of registries, a config block) is configuration, not one secret value. */
function isStructuredConfig(value: string): boolean {
  return value.trim().includes('\n') && /^\s*[[{]/.test(value);
}

function advice(entry: NamedValue): FindingText {
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
