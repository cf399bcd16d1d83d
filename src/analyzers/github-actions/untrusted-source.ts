/**
 * unsafe-injection: a secret-like name fed from somewhere that is not the secret store:
 * `${{ vars.* }}` (configuration variables: plain text, not masked), `${{ github.event.* }}`
 * (event payloads: written by whoever triggers the run, and logged), or `${{ env.X }}` where X is
 * itself a literal in the file.
 */
import { isScalar } from '../../yaml/library.js';
import type { RawFinding } from '../../core/finding.js';
import { referencesIn, type ContextRef } from '../expressions/index.js';
import { isLiteralSecretValue, isSecretLikeName, type SecretNameOptions } from '../secret-names.js';
import type { FileRule, RuleMeta, SourceFile } from '../types.js';
import { literalSecretOf } from './literal-secret.js';
import { appliesToWorkflowOrAction, effectiveEnv, workflowModels, type NamedValue } from './model.js';
import { findingAt, HELP_BASE, locatorFor, secretNameFor } from './report.js';

const meta: RuleMeta = {
  id: 'gha-secret-from-untrusted-source',
  category: 'unsafe-injection',
  severity: 'medium',
  description:
    'A secret-like variable or input is fed from vars.*, the event payload or a literal env variable instead of the secrets context. ' +
    'Severity: medium; high for a literal env variable that gha-literal-secret does not already report. ' +
    'Workflow inputs are not attacker-controlled (workflow_dispatch needs write access; workflow_call inputs carry the caller\'s trust): `github.event.inputs.*` is medium because an input is kept with the run and not masked, and `inputs.*` is not reported. ' +
    'A computed secret name (`secrets[env.STAGE]`, `secrets[format(…, env.X)]`) still reads the secret store: the env value only names the secret and is not reported here (gha-all-secrets reports the computed name).',
  helpUri: `${HELP_BASE}#gha-secret-from-untrusted-source`,
};

export const untrustedSourceRule: FileRule = {
  meta,
  appliesTo: appliesToWorkflowOrAction,
  check(file, context) {
    const names = context.settings.secretNames;
    const findings: RawFinding[] = [];
    for (const model of workflowModels(file)) {
      const visit = (entries: NamedValue[], scope: Map<string, NamedValue>) => {
        for (const entry of entries) {
          // Only secret-like names: a reusable workflow's `secrets:` also carries public ids (`APP_ID: ${{ vars.APP_ID }}`).
          const secretLike = isSecretLikeName(entry.name, names);
          if (!secretLike || !entry.value || !isScalar(entry.value)) continue;
          const locator = locatorFor(file, entry.value);
          for (const ref of referencesIn(locator.value)) {
            // A fallback, or a value that only names the secret read (`secrets[env.STAGE]`): the
            // secret store is still the source.
            if (ref.inDefault || !ref.valueFlows) continue;
            const problem = classify(file, ref, scope, entry, names);
            if (!problem) continue;
            const secret = secretNameFor(entry.name);
            findings.push(
              findingAt(
                file,
                meta,
                entry.value,
                entry.path,
                {
                  severity: problem.severity,
                  message: `\`${entry.name}\` is fed from ${problem.source}: ${problem.why}`,
                  remediation: `Store the value as a secret named ${secret} and write \`${entry.name}: \${{ secrets.${secret} }}\`.`,
                  seed: `${entry.path.join('.')}\0${ref.context}.${ref.path.join('.')}`,
                },
                ref.start,
                ref.end,
              ),
            );
          }
        }
      };
      const workflowScope = new Map(model.env.map((e) => [e.name, e] as const));
      visit(model.env, new Map());
      for (const job of model.jobs) {
        const jobScope = effectiveEnv(model, job, null);
        visit(job.env, workflowScope);
        visit([...job.containerValues, ...job.with, ...job.secrets], jobScope);
        for (const step of job.steps) {
          visit(step.env, jobScope);
          visit(step.with, effectiveEnv(model, job, step));
        }
      }
    }
    return findings;
  },
};

function classify(
  file: SourceFile,
  ref: ContextRef,
  scope: Map<string, NamedValue>,
  entry: NamedValue,
  names: SecretNameOptions,
): { source: string; why: string; severity: RuleMeta['severity'] } | null {
  const path = ref.path.filter((p): p is string => p !== null).join('.');
  if (ref.context === 'vars') {
    return { source: `\`vars.${path}\``, why: 'configuration variables are stored in plain text, shown to anyone with read access and not masked in logs.', severity: 'medium' };
  }
  // Workflow inputs are not attacker-controlled: workflow_dispatch needs write access, and
  // workflow_call inputs carry the caller's trust (docs/rules/github-actions.md). Dispatch inputs
  // are still not a secret store: typed in a form, kept with the run and not masked.
  if (ref.context === 'github' && ref.path[0] === 'event' && ref.path[1] === 'inputs') {
    return { source: `\`github.event.inputs.${ref.path.slice(2).join('.')}\``, why: 'a workflow input is typed by whoever starts the run (which needs write access), kept with the run and not masked in logs.', severity: 'medium' };
  }
  if (ref.context === 'github' && ref.path[0] === 'event') {
    return { source: `\`github.event.${ref.path.slice(1).join('.')}\``, why: 'the event payload is supplied by whoever triggers the run and is stored with the run, unmasked.', severity: 'medium' };
  }
  if (ref.context === 'env' && typeof ref.path[0] === 'string') {
    const source = scope.get(ref.path[0]);
    if (!source || source === entry || !source.value || !isScalar(source.value)) return null;
    const value = String(source.value.value ?? '');
    if (/\$\{\{/.test(value) || !isLiteralSecretValue(value)) return null;
    // gha-literal-secret reports the literal where it is written: its readers are the same
    // problem (one value to move into the secret store), not one more finding each.
    if (literalSecretOf(file, source, names)) return null;
    return { source: `\`env.${ref.path[0]}\``, why: `\`${ref.path[0]}\` is a literal value written in this file.`, severity: 'high' };
  }
  return null;
}
