/** secret-exposure: `secrets: inherit` passes every secret of the caller to a reusable workflow. */
import type { RawFinding } from '../../core/finding.js';
import type { FileRule, RuleMeta } from '../types.js';
import { appliesToWorkflowOrAction, workflowModels } from './model.js';
import { findingAt, HELP_BASE } from './report.js';

const meta: RuleMeta = {
  id: 'gha-secrets-inherit',
  category: 'secret-exposure',
  severity: 'medium',
  description: '`secrets: inherit` gives a reusable workflow every secret of the calling repository instead of the ones it declares.',
  helpUri: `${HELP_BASE}#gha-secrets-inherit`,
};

export const secretsInheritRule: FileRule = {
  meta,
  appliesTo: appliesToWorkflowOrAction,
  check(file) {
    const findings: RawFinding[] = [];
    for (const model of workflowModels(file)) {
      for (const job of model.jobs) {
        if (!job.secretsScalar || String(job.secretsScalar.value).trim() !== 'inherit') continue;
        const called = job.uses ? String(job.uses.value) : 'the called workflow';
        findings.push(
          findingAt(file, meta, job.secretsScalar, [...job.path, 'secrets'], {
            message: `Job \`${job.id}\` passes every secret of this repository to ${called} with \`secrets: inherit\`.`,
            remediation: 'Pass only the secrets the called workflow declares under on.workflow_call.secrets, e.g. `secrets: { OPENAI_API_KEY: ${{ secrets.OPENAI_API_KEY }} }`.',
            seed: called,
          }),
        );
      }
    }
    return findings;
  },
};
