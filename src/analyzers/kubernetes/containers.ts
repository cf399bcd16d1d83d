import type { Node, YAMLMap } from 'yaml';
import { isMap, isSeq } from '../../yaml/library.js';
import type { K8sObject } from './objects.js';
import { joinPath, type YamlView } from './yaml-view.js';

const CONTAINER_LISTS = ['containers', 'initContainers', 'ephemeralContainers'];

export interface Container {
  name: string;
  node: YAMLMap;
  path: string;
}

/** One `env:` entry of a container. */
export interface EnvVar {
  container: Container;
  name: string;
  nameNode: Node;
  value: Node | null;
  valueFrom: YAMLMap | null;
  path: string;
}

/**
 * Containers of every pod spec in an object, whatever its kind: pod specs are found by their
 * container lists, so Deployments, CronJobs and CRDs that embed pods (Argo Rollouts) are alike.
 */
export function containersOf(object: K8sObject): Container[] {
  const out: Container[] = [];
  walk(object.view, object.node, object.path, out, 0);
  return out;
}

function walk(view: YamlView, node: Node, path: string, out: Container[], depth: number): void {
  if (depth > 40) return;
  if (isSeq(node)) {
    view.items(node).forEach((item, i) => walk(view, item, joinPath(path, i), out, depth + 1));
    return;
  }
  if (!isMap(node)) return;
  for (const entry of view.entries(node)) {
    if (!entry.value) continue;
    const entryPath = joinPath(path, entry.key);
    if (CONTAINER_LISTS.includes(entry.key) && isSeq(entry.value)) {
      view.items(entry.value).forEach((item, i) => {
        if (isMap(item) && (view.get(item, 'image') !== null || view.get(item, 'env') !== null || view.get(item, 'envFrom') !== null)) {
          out.push({ name: view.text(view.get(item, 'name')) ?? `#${i}`, node: item, path: joinPath(entryPath, i) });
        }
      });
      continue;
    }
    walk(view, entry.value, entryPath, out, depth + 1);
  }
}

export function envOf(view: YamlView, container: Container): EnvVar[] {
  const out: EnvVar[] = [];
  const envPath = joinPath(container.path, 'env');
  const seen = new Set<Node>();
  view.items(view.get(container.node, 'env')).forEach((item, i) => {
    // An aliased entry (`- *token`) is the anchored one again: report where it is written, once.
    if (!isMap(item) || seen.has(item)) return;
    seen.add(item);
    const nameNode = view.get(item, 'name');
    const name = view.text(nameNode);
    if (name === null || !nameNode) return;
    out.push({ container, name, nameNode, value: view.get(item, 'value'), valueFrom: view.map(view.get(item, 'valueFrom')), path: joinPath(envPath, i) });
  });
  return out;
}
