import type { Document, Node, Scalar, YAMLMap } from 'yaml';
import { isMap, isScalar } from '../../yaml/library.js';
import { ScalarLocator } from '../../yaml/locate.js';
import type { RawFinding } from '../../core/finding.js';
import type { RuleMeta, ScanContext, SourceFile } from '../types.js';
import { findingOnNode, type FindingDetails } from '../kubernetes/report.js';
import { isGitLabCiFile } from './include-set.js';
import { joinPath, YamlView } from '../kubernetes/yaml-view.js';
import { serviceHostNames } from '../../detectors/ci-services.js';

/** Top-level keys that are not jobs. */
const GLOBAL_KEYWORDS = new Set(['default', 'include', 'stages', 'variables', 'workflow', 'image', 'services', 'cache', 'before_script', 'after_script', 'spec', 'types']);
export const SCRIPT_KEYS = ['before_script', 'script', 'after_script'] as const;

export interface Job {
  name: string;
  node: YAMLMap;
  path: string;
}

/** One parsed pipeline document: the root, `default:` and every job, hidden (`.name`) ones included. */
export interface Pipeline {
  view: YamlView;
  root: YAMLMap;
  jobs: Job[];
}

export function pipelines(file: SourceFile): Pipeline[] {
  const out: Pipeline[] = [];
  for (const doc of file.yaml().documents) {
    if (doc.errors.length > 0 || !isMap(doc.contents)) continue;
    const view = new YamlView(doc as Document);
    const root = doc.contents as YAMLMap;
    const jobs: Job[] = [];
    for (const entry of view.entries(root)) {
      if (GLOBAL_KEYWORDS.has(entry.key) || !isMap(entry.value)) continue;
      jobs.push({ name: entry.key, node: entry.value, path: joinPath('', entry.key) });
    }
    out.push({ view, root, jobs });
  }
  return out;
}

/** A variable definition: `NAME: value` or `NAME: { value:, description: }`. */
export interface Variable {
  name: string;
  /** The scalar holding the value, where it is written. */
  value: Scalar;
  /** The variable's name as written. */
  key: Node | null;
  text: string;
  path: string;
  /** Where it is defined, for messages: "global", "job build", "rules of job build"… */
  scope: string;
  /** Images of the service containers that receive it (GitLab passes job variables to services too). */
  serviceImages: string[];
  /** Defined in a `services:` entry: only that service container gets it. */
  inService: boolean;
  /** Host names of those service containers (aliases and image names, src/detectors/ci-services.ts). */
  serviceHosts: string[];
}

/** Every `variables:` block of a pipeline: global, default, jobs, `rules:`, `workflow:rules:`, services. */
export function variablesOf(pipeline: Pipeline): Variable[] {
  const { view, root } = pipeline;
  const out: Variable[] = [];
  const seen = new Set<Node>();
  const imagesOf = (owner: Node | null): string[] =>
    view.items(view.get(owner, 'services')).map((service) => view.text(view.get(service, 'name') ?? service) ?? '').filter(Boolean);
  const hostsOfService = (service: Node): string[] => serviceHostNames(view.text(view.get(service, 'name') ?? service) ?? '', view.text(view.get(service, 'alias')));
  const hostsOf = (owner: Node | null): string[] => view.items(view.get(owner, 'services')).flatMap(hostsOfService);
  const defaults = view.get(root, 'default');
  const pipelineImages = [...imagesOf(root), ...imagesOf(defaults)];
  const pipelineHosts = [...hostsOf(root), ...hostsOf(defaults)];
  let images = pipelineImages;
  let hosts = pipelineHosts;
  let inService = false;
  const block = (owner: Node | null, path: string, scope: string) => {
    const variablesPath = joinPath(path, 'variables');
    for (const entry of view.entries(view.get(owner, 'variables'))) {
      let valueNode = entry.value;
      let valuePath = joinPath(variablesPath, entry.key);
      if (isMap(valueNode)) {
        valueNode = view.get(valueNode, 'value');
        valuePath = joinPath(valuePath, 'value');
      }
      if (!isScalar(valueNode) || seen.has(valueNode)) continue;
      seen.add(valueNode);
      const text = view.text(valueNode);
      if (text !== null) out.push({ name: entry.key, value: valueNode, key: entry.keyNode ?? null, text, path: valuePath, scope, serviceImages: images, inService, serviceHosts: hosts });
    }
  };
  const rules = (owner: Node | null, path: string, scope: string) => {
    view.items(view.get(owner, 'rules'), true).forEach((rule, i) => block(rule, joinPath(joinPath(path, 'rules'), i), `rules of ${scope}`));
  };
  const services = (owner: Node | null, path: string, scope: string) => {
    const saved = images;
    const savedHosts = hosts;
    view.items(view.get(owner, 'services')).forEach((service, i) => {
      images = [view.text(view.get(service, 'name') ?? service) ?? ''];
      hosts = hostsOfService(service);
      inService = true;
      block(service, joinPath(joinPath(path, 'services'), i), `a service of ${scope}`);
      inService = false;
    });
    images = saved;
    hosts = savedHosts;
  };
  block(root, '', 'the global variables');
  services(root, '', 'the pipeline');
  rules(view.get(root, 'workflow'), 'workflow', 'workflow');
  block(defaults, 'default', 'default');
  services(defaults, 'default', 'default');
  for (const job of pipeline.jobs) {
    const scope = `job ${job.name}`;
    // A job's own `services:` replace the default ones; those of the jobs it extends count too.
    const own = [job, ...extendedJobs(pipeline, job)].flatMap((j) => imagesOf(j.node));
    images = own.length > 0 ? own : pipelineImages;
    const ownHosts = [job, ...extendedJobs(pipeline, job)].flatMap((j) => hostsOf(j.node));
    hosts = ownHosts.length > 0 ? ownHosts : pipelineHosts;
    block(job.node, job.path, scope);
    rules(job.node, job.path, scope);
    services(job.node, job.path, scope);
  }
  images = pipelineImages;
  hosts = pipelineHosts;
  return out;
}

/** One line of a script, with a locator that maps its characters back to the file. */
export interface ScriptLine {
  text: string;
  /** Offset of the line inside the scalar's value. */
  offset: number;
  locator: ScalarLocator;
  path: string;
}

/** Lines of the `before_script`/`script`/`after_script` of a job (or of `default:`/the root). */
export function scriptLines(file: SourceFile, view: YamlView, owner: Node | null, path: string): ScriptLine[] {
  const out: ScriptLine[] = [];
  for (const key of SCRIPT_KEYS) {
    const script = view.get(owner, key);
    const keyPath = joinPath(path, key);
    const scalars: { node: Scalar; path: string }[] = isScalar(script)
      ? [{ node: script, path: keyPath }]
      : view.items(script, true).flatMap((item, i) => (isScalar(item) ? [{ node: item, path: joinPath(keyPath, i) }] : []));
    for (const { node, path: itemPath } of scalars) {
      if (typeof node.value !== 'string') continue;
      const locator = new ScalarLocator(file.text, node);
      let offset = 0;
      for (const line of locator.value.split('\n')) {
        out.push({ text: line, offset, locator, path: itemPath });
        offset += line.length + 1;
      }
    }
  }
  return out;
}

/** Jobs by name, per pipeline: built once, not once per job (pipelines have hundreds of jobs). */
const jobsByName = new WeakMap<Pipeline, Map<string, Job>>();

/** The jobs a job extends (same document, transitively, cycles stopped). */
export function extendedJobs(pipeline: Pipeline, job: Job): Job[] {
  let byName = jobsByName.get(pipeline);
  if (!byName) jobsByName.set(pipeline, (byName = new Map(pipeline.jobs.map((j) => [j.name, j]))));
  const out: Job[] = [];
  const visit = (current: Job, depth: number) => {
    if (depth > 16) return;
    const ext = pipeline.view.get(current.node, 'extends');
    const names = isScalar(ext) ? [pipeline.view.text(ext)] : pipeline.view.items(ext).map((n) => pipeline.view.text(n));
    for (const name of names) {
      const parent = name ? byName.get(name) : undefined;
      if (!parent || parent === job || out.includes(parent)) continue;
      out.push(parent);
      visit(parent, depth + 1);
    }
  };
  visit(job, 0);
  return out;
}

/** Everything that can hold scripts: the root (deprecated global scripts), `default:` and each job. */
export function scriptOwners(pipeline: Pipeline): { node: Node | null; path: string; label: string; job: Job | null }[] {
  return [
    { node: pipeline.root, path: '', label: 'the global scripts', job: null },
    { node: pipeline.view.get(pipeline.root, 'default'), path: 'default', label: 'default', job: null },
    ...pipeline.jobs.map((job) => ({ node: job.node as Node, path: job.path, label: `job ${job.name}`, job })),
  ];
}

/**
 * One finding per pipeline variable that `describe` picks (it returns the finding's details, or
 * null to pass), for pipeline files only: the loop the `variables:` rules share.
 */
export function variableFindings(
  meta: RuleMeta,
  file: SourceFile,
  context: ScanContext,
  describe: (variable: Variable) => FindingDetails | null,
): RawFinding[] {
  if (!isGitLabCiFile(file, context)) return [];
  const findings: RawFinding[] = [];
  for (const pipeline of pipelines(file)) {
    for (const variable of variablesOf(pipeline)) {
      const details = describe(variable);
      if (details) findings.push(findingOnNode(meta, file, variable.value, details));
    }
  }
  return findings;
}

/** Images of the service containers a job runs with (its own or its parents', else the default ones); for global scripts, the default ones. */
export function serviceImagesOf(pipeline: Pipeline, job: Job | null): string[] {
  const { view, root } = pipeline;
  const imagesOf = (owner: Node | null): string[] =>
    view.items(view.get(owner, 'services')).map((service) => view.text(view.get(service, 'name') ?? service) ?? '').filter(Boolean);
  const own = job ? [job, ...extendedJobs(pipeline, job)].flatMap((j) => imagesOf(j.node)) : [];
  return own.length > 0 ? own : [...imagesOf(root), ...imagesOf(view.get(root, 'default'))];
}
