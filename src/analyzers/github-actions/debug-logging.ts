/**
 * secret-exposure: ACTIONS_STEP_DEBUG / ACTIONS_RUNNER_DEBUG set true in the file turns on debug
 * logging for every run, which writes inputs, environment and expression values to the log.
 */
import { isScalar } from '../../yaml/library.js';
import type { RawFinding } from '../../core/finding.js';
import type { FileRule, RuleMeta } from '../types.js';
import { appliesToWorkflowOrAction, workflowModels, type NamedValue } from './model.js';
import { findingAt, HELP_BASE } from './report.js';

const meta: RuleMeta = {
  id: 'gha-debug-logging',
  category: 'secret-exposure',
  severity: 'medium',
  description: 'ACTIONS_STEP_DEBUG or ACTIONS_RUNNER_DEBUG is set true in the workflow, so every run logs debug output that can include secret-derived values.',
  helpUri: `${HELP_BASE}#gha-debug-logging`,
};

const DEBUG_NAMES = new Set(['ACTIONS_STEP_DEBUG', 'ACTIONS_RUNNER_DEBUG']);

export const debugLoggingRule: FileRule = {
  meta,
  appliesTo: appliesToWorkflowOrAction,
  check(file) {
    const findings: RawFinding[] = [];
    for (const model of workflowModels(file)) {
      const entries: NamedValue[] = [...model.env];
      for (const job of model.jobs) {
        for (const list of [job.env, job.containerValues, ...job.steps.map((s) => s.env)]) for (const entry of list) entries.push(entry);
      }
      for (const entry of entries) {
        if (!DEBUG_NAMES.has(entry.name.toUpperCase()) || !entry.value || !isScalar(entry.value)) continue;
        if (!/^(true|1)$/i.test(String(entry.value.value).trim())) continue;
        findings.push(
          findingAt(file, meta, entry.value, entry.path, {
            message: `\`${entry.name}: true\` turns on debug logging for every run of this workflow.`,
            remediation: 'Remove it; to debug one run, use "Re-run jobs" with "Enable debug logging", or set the ACTIONS_STEP_DEBUG secret or variable temporarily.',
            seed: entry.name,
          }),
        );
      }
    }
    return findings;
  },
};
