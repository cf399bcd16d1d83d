/** secret-exposure: `set -x` / `bash -x` in a step that holds secrets echoes every expanded command. */
import { isScalar } from 'yaml';
import type { RawFinding } from '../../core/finding.js';
import type { FileRule, RuleMeta } from '../types.js';
import { appliesToWorkflowOrAction } from './model.js';
import { findingAt, HELP_BASE } from './report.js';
import { runSteps } from './runs.js';
import { secretRead } from './script.js';

const meta: RuleMeta = {
  id: 'gha-shell-trace-with-secrets',
  category: 'secret-exposure',
  severity: 'medium',
  description: 'Shell tracing (set -x, bash -x) is on in a step that holds secrets, so expanded commands, secret values included, go to the log.',
  helpUri: `${HELP_BASE}#gha-shell-trace-with-secrets`,
};

const SHELL_TRACE = /\b(?:bash|sh|zsh)\s+-[a-zA-Z]*x[a-zA-Z]*\b/;

export const shellTraceRule: FileRule = {
  meta,
  appliesTo: appliesToWorkflowOrAction,
  check(file) {
    const findings: RawFinding[] = [];
    for (const { job, step, analysis, scriptPath } of runSteps(file)) {
      const secrets = new Set(analysis.secretEnv.values());
      for (const use of analysis.uses) secrets.add(use.secret);
      for (const entry of step.with) if (entry.value && isScalar(entry.value)) addRead(secrets, String(entry.value.value ?? ''));
      if (secrets.size === 0) continue;
      const held = [...secrets].sort().join(', ');
      const text = {
        message: `Shell tracing is on in a step that holds secrets (${held}): each expanded command, secret values included, is written to the log.`,
        remediation: 'Remove `set -x` / `-x` from this step, or turn tracing off (`set +x`) around commands that use secrets.',
      };
      for (const trace of analysis.traces) {
        findings.push(findingAt(file, meta, analysis.run, scriptPath, { ...text, seed: `${held}\0${trace.text}` }, trace.start, trace.end));
      }
      if (step.shellNode && step.shell && SHELL_TRACE.test(step.shell)) {
        findings.push(findingAt(file, meta, step.shellNode, [...step.path, 'shell'], { ...text, seed: `${held}\0shell` }));
      } else if (!step.shell && job.shellNode && job.shell && SHELL_TRACE.test(job.shell)) {
        findings.push(findingAt(file, meta, job.shellNode, [...job.path, 'defaults', 'run', 'shell'], { ...text, seed: `${held}\0defaults` }));
      }
    }
    return findings;
  },
};

function addRead(secrets: Set<string>, value: string): void {
  const secret = secretRead(value);
  if (secret) secrets.add(secret);
}
