/** Every `run:` step of a file with its script analysis, shared by the script rules. */
import type { SourceFile } from '../types.js';
import type { Scalar } from 'yaml';
import { isScalar } from '../../yaml/library.js';
import type { PathSegment } from '../../yaml/walk.js';
import { workflowModels, type JobModel, type StepModel, type WorkflowModel } from './model.js';
import type { RawFinding } from '../../core/finding.js';
import type { RuleMeta } from '../types.js';
import { findingAt, type FindingText } from './report.js';
import { analyzeRun, type RunAnalysis, type SecretUse } from './script.js';

export interface RunStep {
  model: WorkflowModel;
  job: JobModel;
  step: StepModel;
  analysis: RunAnalysis;
  /** Where the script is written: the step's `run:`, or `with.script` of actions/github-script. */
  scriptPath: PathSegment[];
}

/**
 * actions/github-script runs `with.script` as JavaScript after pasting `${{ }}` values into it:
 * the same hazards as `run:` (interpolation, console.log), so it is analysed as a script too.
 */
function githubScript(step: StepModel): { run: Scalar; path: PathSegment[] } | null {
  const uses = step.uses?.value;
  if (typeof uses !== 'string' || !/^actions\/github-script@/i.test(uses)) return null;
  const script = step.with.find((w) => w.name === 'script');
  return script?.value && isScalar(script.value) ? { run: script.value, path: script.path } : null;
}

const cache = new WeakMap<WorkflowModel, RunStep[]>();

export function runSteps(file: SourceFile): RunStep[] {
  const all: RunStep[] = [];
  for (const model of workflowModels(file)) {
    let steps = cache.get(model);
    if (!steps) {
      steps = [];
      for (const job of model.jobs) {
        for (const step of job.steps) {
          const analysis = analyzeRun(file, model, job, step);
          if (analysis) steps.push({ model, job, step, analysis, scriptPath: [...step.path, 'run'] });
          const script = githubScript(step);
          const scripted = script && analyzeRun(file, model, job, { ...step, run: script.run, shell: 'node' });
          if (script && scripted) steps.push({ model, job, step, analysis: scripted, scriptPath: script.path });
        }
      }
      cache.set(model, steps);
    }
    for (const step of steps) all.push(step);
  }
  return all;
}

/** `${{ secrets.X }}` written as `$X` in the env-based fix. */
export function envFix(secret: string): string {
  const name = secret === 'secrets' ? 'NAME' : secret;
  return `add \`env: ${name}: \${{ secrets.${name} }}\` to the step and use \`"$${name}"\` in the script`;
}

/**
 * One finding per secret use in every script of the file that `describe` picks (it returns the
 * finding's text, or null to pass): the loop the script rules share.
 */
export function scriptUseFindings(file: SourceFile, meta: RuleMeta, describe: (use: SecretUse) => FindingText | null): RawFinding[] {
  const findings: RawFinding[] = [];
  for (const { analysis, scriptPath } of runSteps(file)) {
    for (const use of analysis.uses) {
      const text = describe(use);
      if (text) findings.push(findingAt(file, meta, analysis.run, scriptPath, text, use.start, use.end));
    }
  }
  return findings;
}
