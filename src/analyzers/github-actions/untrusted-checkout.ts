/**
 * secret-exposure: a `pull_request_target` or `workflow_run` workflow that checks out the pull
 * request's head and holds secrets. The PR author's code (build scripts, tests, package hooks)
 * then runs with the secrets of the base repository ("pwn request").
 */
import { isScalar, type Scalar } from 'yaml';
import type { RawFinding } from '../../core/finding.js';
import { referencesIn } from '../expressions/index.js';
import type { FileRule, RuleMeta } from '../types.js';
import { appliesToWorkflowOrAction, jobScalars, workflowModels, type JobModel, type WorkflowModel } from './model.js';
import { findingAt, HELP_BASE } from './report.js';
import { secretRead } from './script.js';

const meta: RuleMeta = {
  id: 'gha-untrusted-checkout-with-secrets',
  category: 'secret-exposure',
  severity: 'critical',
  description: 'A pull_request_target or workflow_run workflow checks out the pull request head in a job that holds secrets, so untrusted code runs with them.',
  helpUri: `${HELP_BASE}#gha-untrusted-checkout-with-secrets`,
};

const PRIVILEGED_TRIGGERS = ['pull_request_target', 'workflow_run'];

export const untrustedCheckoutRule: FileRule = {
  meta,
  appliesTo: (file) => file.kind === 'workflow',
  check(file) {
    const findings: RawFinding[] = [];
    for (const model of workflowModels(file)) {
      const trigger = PRIVILEGED_TRIGGERS.find((t) => model.triggers.has(t));
      if (!trigger) continue;
      for (const job of model.jobs) {
        const secrets = heldSecrets(model, job);
        if (secrets.length === 0) continue;
        for (const step of job.steps) {
          if (!step.uses || !/^actions\/checkout@/i.test(String(step.uses.value))) continue;
          const ref = step.with.find((w) => w.name === 'ref' || w.name === 'repository');
          const refs = step.with.filter((w) => (w.name === 'ref' || w.name === 'repository') && w.value && isScalar(w.value) && isHeadRef(String((w.value as Scalar).value ?? '')));
          if (!ref || refs.length === 0) continue;
          const head = refs.find((w) => w.name === 'ref') ?? refs[0]!;
          findings.push(
            findingAt(file, meta, head.value!, head.path, {
              message: `This ${trigger} workflow checks out the pull request's code in job \`${job.id}\`, which holds secrets (${secrets.join(', ')}): code from any fork runs with them.`,
              remediation:
                'Check out the base ref only (omit `ref:`), or split the work: build the untrusted code in a `pull_request` workflow without secrets and use the artifacts in a privileged one; pass only the secrets a trusted step needs, through its `env:`.',
              seed: `${job.id}\0${trigger}`,
            }),
          );
        }
      }
    }
    return findings;
  },
};

function heldSecrets(model: WorkflowModel, job: JobModel): string[] {
  const names = new Set<string>();
  for (const scalar of [...jobScalars(job), ...model.env.map((e) => e.value)]) {
    if (!scalar || !isScalar(scalar)) continue;
    const secret = secretRead(String(scalar.value ?? ''));
    if (secret) names.add(secret);
  }
  if (job.secretsScalar && String(job.secretsScalar.value).trim() === 'inherit') names.add('all, via secrets: inherit');
  return [...names].sort();
}

/** Values that name the pull request's head rather than the base repository. */
function isHeadRef(value: string): boolean {
  if (/refs\/pull\//.test(value)) return true;
  return referencesIn(value).some((ref) => {
    if (ref.context !== 'github') return false;
    const path = ref.path.join('.');
    return (
      path === 'head_ref' ||
      /^event\.pull_request\.head\.(sha|ref|repo\.full_name)$/.test(path) ||
      /^event\.workflow_run\.(head_sha|head_branch|head_repository\.full_name)$/.test(path) ||
      path === 'event.number' ||
      path === 'event.pull_request.number'
    );
  });
}
