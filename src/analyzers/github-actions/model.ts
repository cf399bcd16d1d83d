/**
 * A workflow or action metadata file read once into the places the rules look at: env maps at
 * each level, steps with their `with:`, `uses:` and `run:`, containers and services, reusable
 * workflow calls. Aliases and merge keys are resolved; every node is still the one written in
 * the file. Built lazily and shared by all rules on the same parsed file.
 */
import type { Document, Node, Scalar } from 'yaml';
import { isMap, isScalar } from '../../yaml/library.js';
import { type YamlFile } from '../../yaml/load.js';
import { AliasBudget, getValue, mapEntries, scalarValue, seqItems, type PathSegment } from '../../yaml/walk.js';
import type { SourceFile } from '../types.js';

/** Where a name/value pair sits, which decides how the message phrases the fix. */
export type EntryScope =
  | 'workflow-env'
  | 'job-env'
  | 'step-env'
  | 'container-env'
  | 'service-env'
  | 'credentials'
  | 'with'
  | 'job-with'
  | 'job-secrets'
  | 'input-default'
  | 'action-env';

export interface NamedValue {
  name: string;
  keyNode: Scalar | null;
  /** The resolved value node; null for `NAME:` with nothing after it. */
  value: Node | null;
  path: PathSegment[];
  scope: EntryScope;
}

export interface StepModel {
  path: PathSegment[];
  node: Node;
  name: string | null;
  env: NamedValue[];
  with: NamedValue[];
  uses: Scalar | null;
  run: Scalar | null;
  shell: string | null;
  shellNode: Scalar | null;
}

export interface JobModel {
  id: string;
  path: PathSegment[];
  node: Node;
  env: NamedValue[];
  steps: StepModel[];
  /** `container:` and `services:` env and credentials. */
  containerValues: NamedValue[];
  /** Names of the job's `services:` containers. */
  services: string[];
  /** A reusable workflow call: `jobs.X.uses`, its `with:` and `secrets:` (a map, or the scalar `inherit`). */
  uses: Scalar | null;
  with: NamedValue[];
  secrets: NamedValue[];
  secretsScalar: Scalar | null;
  /** `defaults.run.shell`. */
  shell: string | null;
  shellNode: Scalar | null;
}

export interface WorkflowModel {
  kind: 'workflow' | 'action';
  document: Document.Parsed;
  budget: AliasBudget;
  /** Event names from `on:` (string, list or map). */
  triggers: Set<string>;
  env: NamedValue[];
  jobs: JobModel[];
  /** Workflow `on.*.inputs.*.default` and action `inputs.*.default`. */
  inputDefaults: NamedValue[];
}

const cache = new WeakMap<YamlFile, WorkflowModel[]>();

/** The models of every well-formed document in a workflow or action file. */
export function workflowModels(file: SourceFile): WorkflowModel[] {
  const yaml = file.yaml();
  let models = cache.get(yaml);
  if (!models) {
    models = [];
    for (const document of yaml.documents) {
      if (document.errors.length > 0 || !isMap(document.contents)) continue;
      models.push(buildModel(document, file.kind === 'action' ? 'action' : 'workflow'));
    }
    cache.set(yaml, models);
  }
  return models;
}

export function appliesToWorkflowOrAction(file: SourceFile): boolean {
  return file.kind === 'workflow' || file.kind === 'action';
}

function buildModel(document: Document.Parsed, kind: 'workflow' | 'action'): WorkflowModel {
  const budget = new AliasBudget();
  const root = document.contents;
  const get = (node: unknown, key: string) => getValue(node, key, document, budget);
  const named = (node: Node | null, path: PathSegment[], scope: EntryScope): NamedValue[] =>
    mapEntries(node, document, budget).map((e) => ({ name: e.key, keyNode: e.keyNode, value: e.value, path: [...path, e.key], scope }));

  const stepsOf = (node: Node | null, path: PathSegment[]): StepModel[] =>
    seqItems(node, document, budget)
      .filter((item) => item.value && isMap(item.value))
      .map(({ index, value }) => {
        const stepPath = [...path, index];
        const run = get(value, 'run');
        const uses = get(value, 'uses');
        const shell = get(value, 'shell');
        return {
          path: stepPath,
          node: value!,
          name: scalarValue(get(value, 'name')),
          env: named(get(value, 'env'), [...stepPath, 'env'], 'step-env'),
          with: named(get(value, 'with'), [...stepPath, 'with'], 'with'),
          uses: uses && isScalar(uses) ? uses : null,
          run: run && isScalar(run) ? run : null,
          shell: scalarValue(shell),
          shellNode: shell && isScalar(shell) ? shell : null,
        };
      });

  if (kind === 'action') {
    const runs = get(root, 'runs');
    const inputs = mapEntries(get(root, 'inputs'), document, budget);
    const inputDefaults: NamedValue[] = [];
    for (const input of inputs) {
      const entry = getDefault(input.value, document, budget);
      if (entry) inputDefaults.push({ name: input.key, keyNode: input.keyNode, value: entry, path: ['inputs', input.key, 'default'], scope: 'input-default' });
    }
    const job: JobModel = {
      id: '(action)',
      path: ['runs'],
      node: runs ?? root!,
      env: named(get(runs, 'env'), ['runs', 'env'], 'action-env'),
      steps: stepsOf(get(runs, 'steps'), ['runs', 'steps']),
      containerValues: [],
      services: [],
      uses: null,
      with: [],
      secrets: [],
      secretsScalar: null,
      shell: null,
      shellNode: null,
    };
    return { kind, document, budget, triggers: new Set(), env: [], jobs: [job], inputDefaults };
  }

  const on = getValue(root, 'on', document, budget) ?? getValue(root, 'true', document, budget);
  const triggers = new Set<string>();
  const inputDefaults: NamedValue[] = [];
  if (on && isScalar(on)) triggers.add(String(on.value));
  for (const item of seqItems(on, document, budget)) {
    const name = scalarValue(item.value);
    if (name) triggers.add(name);
  }
  for (const event of mapEntries(on, document, budget)) {
    triggers.add(event.key);
    for (const input of mapEntries(get(event.value, 'inputs'), document, budget)) {
      const value = getDefault(input.value, document, budget);
      if (value) inputDefaults.push({ name: input.key, keyNode: input.keyNode, value, path: ['on', event.key, 'inputs', input.key, 'default'], scope: 'input-default' });
    }
  }

  const jobs: JobModel[] = [];
  for (const job of mapEntries(get(root, 'jobs'), document, budget)) {
    if (!job.value || !isMap(job.value)) continue;
    const path: PathSegment[] = ['jobs', job.key];
    const containerValues: NamedValue[] = [];
    const services: string[] = [];
    const container = get(job.value, 'container');
    if (container && isMap(container)) {
      for (const entry of named(get(container, 'env'), [...path, 'container', 'env'], 'container-env')) containerValues.push(entry);
      for (const entry of named(get(container, 'credentials'), [...path, 'container', 'credentials'], 'credentials')) containerValues.push(entry);
    }
    for (const service of mapEntries(get(job.value, 'services'), document, budget)) {
      const servicePath = [...path, 'services', service.key];
      services.push(service.key);
      for (const entry of named(get(service.value, 'env'), [...servicePath, 'env'], 'service-env')) containerValues.push(entry);
      for (const entry of named(get(service.value, 'credentials'), [...servicePath, 'credentials'], 'credentials')) containerValues.push(entry);
    }
    const uses = get(job.value, 'uses');
    const secrets = get(job.value, 'secrets');
    const shell = get(get(get(job.value, 'defaults'), 'run'), 'shell');
    jobs.push({
      id: job.key,
      path,
      node: job.value,
      env: named(get(job.value, 'env'), [...path, 'env'], 'job-env'),
      steps: stepsOf(get(job.value, 'steps'), [...path, 'steps']),
      containerValues,
      services,
      uses: uses && isScalar(uses) ? uses : null,
      with: named(get(job.value, 'with'), [...path, 'with'], 'job-with'),
      secrets: secrets && isMap(secrets) ? named(secrets, [...path, 'secrets'], 'job-secrets') : [],
      secretsScalar: secrets && isScalar(secrets) ? secrets : null,
      shell: scalarValue(shell),
      shellNode: shell && isScalar(shell) ? shell : null,
    });
  }
  return { kind, document, budget, triggers, env: named(get(root, 'env'), ['env'], 'workflow-env'), jobs, inputDefaults };
}

function getDefault(input: Node | null, document: Document, budget: AliasBudget): Node | null {
  if (!input || !isMap(input)) return null;
  return getValue(input, 'default', document, budget);
}

/** The env a step sees: workflow, then job, then step entries (later ones win). */
export function effectiveEnv(model: WorkflowModel, job: JobModel, step: StepModel | null): Map<string, NamedValue> {
  const env = new Map<string, NamedValue>();
  for (const entry of [...model.env, ...job.env, ...(step?.env ?? [])]) env.set(entry.name, entry);
  return env;
}

/** Every scalar string value of a job (env, with, run, container values, calls), for "does it use secrets". */
export function jobScalars(job: JobModel): Scalar[] {
  const values: (Node | null)[] = [
    ...job.env.map((e) => e.value),
    ...job.containerValues.map((e) => e.value),
    ...job.with.map((e) => e.value),
    ...job.secrets.map((e) => e.value),
  ];
  for (const step of job.steps) {
    for (const entry of [...step.env, ...step.with]) values.push(entry.value);
    values.push(step.run);
  }
  return values.filter((v): v is Scalar => v !== null && isScalar(v));
}
