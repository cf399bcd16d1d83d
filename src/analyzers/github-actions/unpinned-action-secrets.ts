/**
 * secret-exposure: secrets handed to a third-party action (or reusable workflow) that is not
 * pinned to a full commit SHA. Whoever controls its tag or branch can change the code that
 * receives them.
 */
import type { Scalar } from 'yaml';
import { isScalar } from '../../yaml/library.js';
import type { RawFinding } from '../../core/finding.js';
import type { FileRule, RuleMeta } from '../types.js';
import { appliesToWorkflowOrAction, workflowModels, type NamedValue } from './model.js';
import { findingAt, HELP_BASE } from './report.js';
import { analyzeValue } from '../expressions/index.js';
import { isCredentialSecretName } from './secret-kind.js';

const meta: RuleMeta = {
  id: 'gha-secrets-to-unpinned-action',
  category: 'secret-exposure',
  severity: 'medium',
  description:
    'Secrets are passed to a third-party action or reusable workflow referenced by a tag or branch instead of a full commit SHA. Severity: medium. ' +
    "Not reported when the only secrets passed are `GITHUB_TOKEN` / `github.token` (it can do no more than the workflow's own `permissions:` allow, and expires with the job) " +
    'or secrets whose names say they hold an identifier or a setting, not a credential (`*_CLIENT_ID`, `*_TENANT_ID`, `*_SUBSCRIPTION_ID`, `*_ACCOUNT_ID`, any `*_ID`, `*_HOST`, `*_USERNAME`, `*_URL`, `*_REGION`); the message names the credentials only.',
  helpUri: `${HELP_BASE}#gha-secrets-to-unpinned-action`,
};

/** Owners whose actions ship with GitHub itself. */
const FIRST_PARTY = new Set(['actions', 'github']);

export const unpinnedActionSecretsRule: FileRule = {
  meta,
  appliesTo: appliesToWorkflowOrAction,
  check(file) {
    const findings: RawFinding[] = [];
    const report = (uses: Scalar, path: (string | number)[], secrets: string[]) => {
      const reference = String(uses.value).trim();
      const at = reference.lastIndexOf('@');
      findings.push(
        findingAt(file, meta, uses, path, {
          message: `Secrets (${secrets.join(', ')}) are passed to \`${reference}\`, which is pinned to \`${reference.slice(at + 1)}\`, a tag or branch its owner can move.`,
          remediation: `Pin it to a full commit SHA: \`uses: ${reference.slice(0, at)}@<40-character commit SHA> # ${reference.slice(at + 1)}\`.`,
          seed: reference,
        }),
      );
    };
    for (const model of workflowModels(file)) {
      for (const job of model.jobs) {
        for (const step of job.steps) {
          if (!step.uses || !isUnpinnedThirdParty(String(step.uses.value))) continue;
          const secrets = secretsIn([...step.with, ...step.env]);
          if (secrets.length > 0) report(step.uses, [...step.path, 'uses'], secrets);
        }
        if (job.uses && isUnpinnedThirdParty(String(job.uses.value))) {
          const secrets = secretsIn(job.secrets);
          if (job.secretsScalar && String(job.secretsScalar.value).trim() === 'inherit') secrets.push('all, via secrets: inherit');
          if (secrets.length > 0) report(job.uses, [...job.path, 'uses'], secrets);
        }
      }
    }
    return findings;
  },
};

function secretsIn(entries: NamedValue[]): string[] {
  const names = new Set<string>();
  for (const entry of entries) {
    if (!entry.value || !isScalar(entry.value)) continue;
    // GITHUB_TOKEN is scoped by the workflow's own permissions; ids and settings grant nothing.
    for (const secret of secretsRead(String(entry.value.value ?? ''))) {
      if (secret !== 'GITHUB_TOKEN' && isCredentialSecretName(secret)) names.add(secret);
    }
  }
  return [...names].sort();
}

/** Every secret a value reads (`secrets.X` -> `X`, `github.token` -> `GITHUB_TOKEN`). */
function secretsRead(value: string): string[] {
  if (!value.includes('${{')) return [];
  const out: string[] = [];
  for (const expr of analyzeValue(value)) {
    for (const ref of expr.refs) {
      if (!ref.valueFlows) continue;
      if (ref.context === 'secrets') out.push(typeof ref.path[0] === 'string' ? ref.path[0] : 'secrets');
      else if (ref.context === 'github' && ref.path[0] === 'token') out.push('GITHUB_TOKEN');
    }
  }
  return out;
}

export function isUnpinnedThirdParty(uses: string): boolean {
  const reference = uses.trim();
  if (reference.startsWith('./') || reference.startsWith('docker://')) return false;
  const at = reference.lastIndexOf('@');
  if (at === -1) return false;
  const owner = reference.slice(0, reference.indexOf('/')).toLowerCase();
  if (FIRST_PARTY.has(owner)) return false;
  return !/^[0-9a-f]{40}$/i.test(reference.slice(at + 1));
}
