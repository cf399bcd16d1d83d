/**
 * secret-exposure: shell tracing (`set -x`, `bash -x`, `shell: bash -x {0}`) in a step whose
 * traced commands expand a secret: the trace writes each expanded command to the log. A secret
 * that only sits in the step's env is not printed by tracing; only the commands that name it are.
 */
import type { RawFinding } from '../../core/finding.js';
import type { FileRule, RuleMeta } from '../types.js';
import { appliesToWorkflowOrAction } from './model.js';
import { findingAt, HELP_BASE, locatorFor } from './report.js';
import { runSteps } from './runs.js';
import type { RunAnalysis } from './script.js';
import { isCredentialSecretName } from './secret-kind.js';

const meta: RuleMeta = {
  id: 'gha-shell-trace-with-secrets',
  category: 'secret-exposure',
  severity: 'medium',
  description:
    'Shell tracing (set -x, bash -x) is on where a traced command expands a secret, so the expanded command, secret value included, goes to the log. ' +
    'Severity: medium. The traced region is the script after `set -x` / `set -o xtrace` up to `set +x`, the whole script under `shell: bash -x {0}` (or `defaults.run.shell`), or the `bash -x …` command itself; a secret that only sits in `env:` and that no traced command names is not printed by tracing, and settings kept in the secret store (see gha-secret-printed) do not count.',
  helpUri: `${HELP_BASE}#gha-shell-trace-with-secrets`,
};

const SHELL_TRACE = /\b(?:bash|sh|zsh)\s+-[a-zA-Z]*x[a-zA-Z]*\b/;

type Trace = RunAnalysis['traces'][number];

export const shellTraceRule: FileRule = {
  meta,
  appliesTo: appliesToWorkflowOrAction,
  check(file) {
    const findings: RawFinding[] = [];
    for (const { job, step, analysis, scriptPath } of runSteps(file)) {
      // Only credentials count: a flag or URL kept in the secret store is not worth the noise.
      const refs = analysis.refs.filter((r) => isCredentialSecretName(r.secret));
      if (refs.length === 0) continue;
      const end = locatorFor(file, analysis.run).value.length;
      const text = (secrets: string[]) => ({
        message: `Shell tracing is on where a traced command expands secrets (${secrets.join(', ')}): the expanded command, secret values included, is written to the log.`,
        remediation: 'Remove `set -x` / `-x` from this step, or turn tracing off (`set +x`) around the commands that use secrets.',
      });
      for (const trace of analysis.traces) {
        if (trace.kind === 'off') continue;
        const region = trace.kind === 'command' ? [{ start: trace.end, end: trace.lineEnd }] : tracedFrom(analysis.traces, trace.end, end);
        const secrets = secretsIn(refs, region);
        if (secrets.length === 0) continue;
        findings.push(findingAt(file, meta, analysis.run, scriptPath, { ...text(secrets), seed: `${secrets.join(',')}\0${trace.text}` }, trace.start, trace.end));
      }
      const shellTraced = step.shellNode && step.shell ? SHELL_TRACE.test(step.shell) : !step.shell && job.shellNode && job.shell ? SHELL_TRACE.test(job.shell) : false;
      if (!shellTraced) continue;
      const secrets = secretsIn(refs, tracedFrom(analysis.traces, 0, end));
      if (secrets.length === 0) continue;
      if (step.shellNode && step.shell) {
        findings.push(findingAt(file, meta, step.shellNode, [...step.path, 'shell'], { ...text(secrets), seed: `${secrets.join(',')}\0shell` }));
      } else if (job.shellNode) {
        findings.push(findingAt(file, meta, job.shellNode, [...job.path, 'defaults', 'run', 'shell'], { ...text(secrets), seed: `${secrets.join(',')}\0defaults` }));
      }
    }
    return findings;
  },
};

/** The intervals traced when tracing is on at `from`: up to each `set +x`, again after each later `set -x`. */
function tracedFrom(traces: readonly Trace[], from: number, end: number): { start: number; end: number }[] {
  const regions: { start: number; end: number }[] = [];
  let on: number | null = from;
  for (const trace of traces) {
    if (trace.start < from) continue;
    if (trace.kind === 'off' && on !== null) {
      regions.push({ start: on, end: trace.start });
      on = null;
    } else if (trace.kind === 'set' && on === null) on = trace.end;
  }
  if (on !== null) regions.push({ start: on, end });
  return regions;
}

function secretsIn(refs: RunAnalysis['refs'], regions: { start: number; end: number }[]): string[] {
  const names = new Set(refs.filter((r) => regions.some((g) => r.start >= g.start && r.start < g.end)).map((r) => r.secret));
  return [...names].sort();
}
