import type { Document, YAMLMap } from 'yaml';
import { isMap } from '../../yaml/library.js';
import { looksLikeKubernetes, mayHoldKubernetes } from '../../discover/classify.js';
import type { Settings } from '../../core/settings.js';
import { mayHoldSecretNames } from '../secret-names.js';
import type { SourceFile } from '../types.js';
import { joinPath, YamlView } from './yaml-view.js';

/** One Kubernetes object of a file: a document's root, or an item of a `kind: List`. */
export interface K8sObject {
  view: YamlView;
  node: YAMLMap;
  /** Case-sensitive, as the API server matches it. */
  kind: string;
  apiVersion: string;
  /** Path of the object inside its document ('' for a root object). */
  path: string;
}

/** Files a manifest can be in: plain YAML or JSON, kustomize resources; never Helm values. */
export function mayHoldManifests(file: SourceFile): boolean {
  if (!mayHoldKubernetes(file.kind) || file.kind === 'helm-values') return false;
  // `k8s` is the classifier's answer for exactly this content test: no need to repeat it.
  return (file.kind === 'k8s' || looksLikeKubernetes(file.text)) && !onlyDefinitions(file.text);
}

/**
 * CustomResourceDefinitions are large (megabytes of schema) and hold no pod, Secret or ConfigMap
 * values: a file whose top-level kinds are all CRDs is not parsed for these rules.
 */
function onlyDefinitions(text: string): boolean {
  const kinds = [...text.matchAll(/^kind:[ \t]*["']?([A-Za-z]+)/gm)].map((m) => m[1]);
  return kinds.length > 0 && kinds.every((k) => k === 'CustomResourceDefinition');
}

/** A SOPS-encrypted document carries a top-level `sops:` map with its metadata. */
export function isSopsEncrypted(view: YamlView): boolean {
  const sops = view.map(view.get(view.doc.contents, 'sops'));
  return !!sops && (view.get(sops, 'mac') !== null || view.get(sops, 'version') !== null || view.get(sops, 'lastmodified') !== null);
}

/**
 * What every manifest rule reads: a container's `env` / `envFrom`, or a `Secret` or `ConfigMap`
 * object; or an escape that may spell one of them in a quoted key or value.
 */
const MANIFEST_RULE_WORD = /env|Secret|ConfigMap|\\[xuU\r\n]/;

// Every manifest rule asks for the same objects: walk each file once.
const objectCache = new WeakMap<SourceFile, K8sObject[]>();

/**
 * Every object with `apiVersion` and `kind` in the parsed documents (List items included), for
 * the manifest rules, which all report secret-like names or Secrets, in containers' environment,
 * Secrets or ConfigMaps: only the documents that can hold both are parsed, and a file with none
 * (most manifests) is not parsed at all.
 */
export function k8sObjects(file: SourceFile, settings: Pick<Settings, 'secretNames'>): K8sObject[] {
  const cached = objectCache.get(file);
  if (cached) return cached;
  const out: K8sObject[] = [];
  objectCache.set(file, out);
  const relevant = (text: string) => mayHoldSecretNames(text, settings.secretNames) && MANIFEST_RULE_WORD.test(text);
  if (!relevant(file.text)) return out;
  for (const doc of file.yaml(relevant).documents) {
    if (doc.errors.length > 0 || !isMap(doc.contents)) continue;
    const view = new YamlView(doc as Document);
    if (isSopsEncrypted(view)) continue;
    collect(view, doc.contents, '', out, 0);
  }
  return out;
}

function collect(view: YamlView, node: YAMLMap, path: string, out: K8sObject[], depth: number): void {
  const kind = view.text(view.get(node, 'kind'));
  const apiVersion = view.text(view.get(node, 'apiVersion'));
  if (kind === null || apiVersion === null) return;
  const items = view.get(node, 'items');
  // A List is only its items (reporting it too would report every item twice).
  if (!kind.endsWith('List') || !items) {
    out.push({ view, node, kind, apiVersion, path });
    return;
  }
  if (depth > 4) return;
  view.items(items).forEach((item, i) => {
    if (isMap(item)) collect(view, item, joinPath(joinPath(path, 'items'), i), out, depth + 1);
  });
}
