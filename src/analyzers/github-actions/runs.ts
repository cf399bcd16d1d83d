/** Every `run:` step of a file with its script analysis, shared by the script rules. */
import type { SourceFile } from '../types.js';
import { workflowModels, type JobModel, type StepModel, type WorkflowModel } from './model.js';
import { analyzeRun, type RunAnalysis } from './script.js';

export interface RunStep {
  model: WorkflowModel;
  job: JobModel;
  step: StepModel;
  analysis: RunAnalysis;
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
          if (analysis) steps.push({ model, job, step, analysis });
        }
      }
      cache.set(model, steps);
    }
    all.push(...steps);
  }
  return all;
}

/** `${{ secrets.X }}` written as `$X` in the env-based fix. */
export function envFix(secret: string): string {
  const name = secret === 'secrets' ? 'NAME' : secret;
  return `add \`env: ${name}: \${{ secrets.${name} }}\` to the step and use \`"$${name}"\` in the script`;
}
