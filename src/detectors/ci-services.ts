/**
 * Service containers of a GitLab CI job, as host names: a connection URL in the job's
 * `variables:` whose host is one of them (`postgres://app:pass@postgres:5432/app` beside a
 * `postgres:16` service) reaches a throwaway container that only this job runs. The URL detector
 * leaves such passwords to the GitLab rule, which reports them at low like the service's own
 * password variable (the throwaway service-container policy); both use the names below.
 */
import type { Node } from 'yaml';
import { isMap, isScalar, isSeq, yamlLibrary } from '../yaml/library.js';

/**
 * The host names GitLab gives a service: its `alias` (or comma-separated aliases), and the image
 * name without tag or digest, with `/` written `__` and `-` (`bitnami/postgresql:16` is
 * `bitnami__postgresql` and `bitnami-postgresql`; `postgres:16` is `postgres`).
 */
export function serviceHostNames(image: string, alias?: string | null): string[] {
  const out = new Set<string>();
  for (const a of (alias ?? '').split(',')) if (a.trim()) out.add(a.trim().toLowerCase());
  const name = image.trim().toLowerCase().replace(/@.*$/, '').replace(/:[^/:]*$/, '');
  if (name) {
    if (name.includes('/')) {
      out.add(name.replace(/\//g, '__'));
      out.add(name.replace(/\//g, '-'));
    } else out.add(name);
  }
  return [...out];
}

/** Keys at the top of a pipeline that are not jobs. */
const GLOBAL_KEYWORDS = new Set(['default', 'include', 'stages', 'variables', 'workflow', 'image', 'services', 'cache', 'before_script', 'after_script', 'spec', 'types']);

/** One parse per text: the detector asks once per URL, the text rule runs once per file. */
let cached: { text: string; roots: Node[] } | null = null;

function roots(text: string): Node[] {
  if (cached?.text === text) return cached.roots;
  cached = { text, roots: mayHaveServiceVariables(text) ? parse(text) : [] };
  return cached.roots;
}

/** Only a pipeline has all three keys; anything else is not parsed. Each with its word, a cheap first test. */
const PIPELINE_KEYS: [string, RegExp][] = [
  ['services', /(^|\n)[ \t]*services[ \t]*:/],
  ['variables', /(^|\n)[ \t]*variables[ \t]*:/],
  ['script', /(^|\n)[ \t]*(- )?[ \t]*script[ \t]*:/],
];

/**
 * Whether a text may hold `variables:` that reach service containers: where it cannot, the URL
 * detector reports every password itself, and the GitLab rule need not parse the file for them.
 */
export function mayHaveServiceVariables(text: string): boolean {
  // The words first: an indexOf each, where the line-anchored regexes try every offset.
  return text.includes('://') && PIPELINE_KEYS.every(([word]) => text.includes(word)) && PIPELINE_KEYS.every(([, key]) => key.test(text));
}

/**
 * The pipeline documents this module can read as written. One with an alias or a `<<` merge key
 * is left out: its services and variables may come from elsewhere, which the lookups below do not
 * follow, so the detector keeps those passwords (a finding the rule's low one merges into) rather
 * than defer to a rule that may judge the hosts differently and report nothing.
 */
function parse(text: string): Node[] {
  const { parseAllDocuments, visit } = yamlLibrary();
  try {
    return parseAllDocuments(text, { uniqueKeys: false, prettyErrors: false }).flatMap((d) => {
      if (!('contents' in d) || d.errors.length > 0 || !d.contents) return [];
      let indirect = false;
      visit(d, {
        Alias: () => ((indirect = true), visit.BREAK),
        Pair: (_, pair) => (isScalar(pair.key) && pair.key.value === '<<' ? ((indirect = true), visit.BREAK) : undefined),
      });
      return indirect ? [] : [d.contents as Node];
    });
  } catch {
    return [];
  }
}

const within = (node: Node | null | undefined, offset: number): boolean => !!node?.range && node.range[0] <= offset && offset < node.range[2];

function get(map: Node | null | undefined, key: string): Node | null {
  if (!isMap(map)) return null;
  for (const pair of map.items) if (isScalar(pair.key) && pair.key.value === key) return (pair.value as Node | null) ?? null;
  return null;
}

function hostsOfServices(services: Node | null): string[] {
  if (!isSeq(services)) return [];
  return services.items.flatMap((item) => hostsOfService(item as Node));
}

function hostsOfService(service: Node | null): string[] {
  if (isScalar(service)) return typeof service.value === 'string' ? serviceHostNames(service.value) : [];
  const name = get(service, 'name');
  const alias = get(service, 'alias');
  if (!isScalar(name) || typeof name.value !== 'string') return [];
  return serviceHostNames(name.value, isScalar(alias) && typeof alias.value === 'string' ? alias.value : null);
}

/**
 * True when `offset` of a GitLab CI file `text` lies in a `variables:` block (global, `default:`,
 * a job's, or a service's own) and `host` is a service container that block's variables reach:
 * the job's own `services:` (a job that `extends` another and has none of its own is left alone),
 * else the pipeline's (`services:` at the top or under `default:`).
 */
export function isGitLabServiceHost(text: string, offset: number, host: string): boolean {
  const h = host.toLowerCase();
  for (const root of roots(text)) {
    if (!isMap(root) || !within(root, offset)) continue;
    if (get(root, 'jobs') !== null && get(root, 'on') !== null) return false; // a GitHub workflow
    const pipelineHosts = () => [...hostsOfServices(get(root, 'services')), ...hostsOfServices(get(get(root, 'default'), 'services'))];
    if (within(get(root, 'variables'), offset)) return pipelineHosts().includes(h);
    if (inRulesVariables(get(root, 'workflow'), offset)) return pipelineHosts().includes(h);
    const defaults = get(root, 'default');
    if (within(get(defaults, 'variables'), offset)) return pipelineHosts().includes(h);
    // A service's own `variables:` reach that service only.
    for (const owner of [root, defaults]) {
      const service = serviceWithVariablesAt(get(owner, 'services'), offset);
      if (service) return hostsOfService(service).includes(h);
    }
    for (const pair of root.items) {
      const job = pair.value as Node | null;
      if (!isScalar(pair.key) || GLOBAL_KEYWORDS.has(String(pair.key.value)) || !isMap(job) || !within(job, offset)) continue;
      const services = get(job, 'services');
      const service = serviceWithVariablesAt(services, offset);
      if (service) return hostsOfService(service).includes(h);
      // The job's `variables:` and those of its `rules:` reach the same containers.
      if (!within(get(job, 'variables'), offset) && !inRulesVariables(job, offset)) return false;
      const own = hostsOfServices(services);
      if (own.length > 0) return own.includes(h);
      return get(job, 'extends') === null && pipelineHosts().includes(h);
    }
  }
  return false;
}

/** The service of a `services:` list whose own `variables:` hold the offset. */
function serviceWithVariablesAt(services: Node | null, offset: number): Node | null {
  if (!isSeq(services)) return null;
  for (const service of services.items) if (within(get(service as Node, 'variables'), offset)) return service as Node;
  return null;
}

/** Whether the offset lies in the `variables:` of one of the owner's `rules:` (a job's, `workflow:`'s). */
function inRulesVariables(owner: Node | null, offset: number): boolean {
  const rules = get(owner, 'rules');
  return isSeq(rules) && rules.items.some((rule) => within(get(rule as Node, 'variables'), offset));
}
