import path from 'node:path';
import { isMap, isScalar, isSeq, loadYamlLibrary } from '../../yaml/library.js';
import { classify } from '../../discover/classify.js';
import type { DiscoveredFile } from '../../discover/files.js';
import { loadYaml } from '../../yaml/load.js';

/** A file that configuration uses as an env file, whatever its name. */
export interface EnvFileReference {
  /** POSIX path relative to the scan root. */
  path: string;
  /** The file that refers to it. */
  from: string;
  via: 'compose' | 'kustomize' | 'docker-run';
}

export type ReadText = (file: DiscoveredFile) => Promise<string | null>;

/** `docker run --env-file x`, `--env-file=x`, quoted or not, in any CI script or shell file. */
const DOCKER_ENV_FILE = /--env-file(?:=|[ \t]+)(["']?)([^\s"';&|)]+)\1/g;

/** Files that can hold `docker run` commands run from the checkout's root. */
export function isCiScript(file: DiscoveredFile): boolean {
  const kind = classify(file.path);
  if (kind === 'workflow' || kind === 'action' || kind === 'gitlab-ci') return true;
  const name = file.path.slice(file.path.lastIndexOf('/') + 1).toLowerCase();
  return (
    /\.(sh|bash)$/.test(name) ||
    name === 'makefile' ||
    name === 'jenkinsfile' ||
    name === 'azure-pipelines.yml' ||
    name === 'bitbucket-pipelines.yml' ||
    /(^|\/)\.circleci\/config\.ya?ml$/.test(file.path)
  );
}

export async function findEnvFileReferences(files: readonly DiscoveredFile[], read: ReadText): Promise<EnvFileReference[]> {
  const references: EnvFileReference[] = [];
  for (const file of files) {
    const kind = classify(file.path);
    const wanted = kind === 'compose' || kind === 'kustomization' || isCiScript(file);
    if (!wanted) continue;
    const text = await read(file);
    if (text === null) continue;
    if (kind === 'compose' || kind === 'kustomization') await loadYamlLibrary();
    const dir = path.posix.dirname(file.path);
    if (kind === 'compose') {
      for (const target of composeEnvFiles(file.path, text)) push(references, dir, target, file.path, 'compose');
    } else if (kind === 'kustomization') {
      for (const target of kustomizeEnvs(file.path, text)) push(references, dir, target, file.path, 'kustomize');
    }
    if (isCiScript(file)) {
      // CI runs scripts from the checkout's root, so these paths are relative to it.
      for (const match of text.matchAll(DOCKER_ENV_FILE)) push(references, '.', match[2]!, file.path, 'docker-run');
    }
  }
  return references;
}

function push(into: EnvFileReference[], dir: string, target: string, from: string, via: EnvFileReference['via']): void {
  // Variables and templating cannot be resolved statically; absolute paths are outside the repository.
  if (target === '' || /[$%{}]/.test(target) || target.startsWith('/') || target.startsWith('~')) return;
  const resolved = path.posix.normalize(path.posix.join(dir, target));
  if (resolved.startsWith('../') || resolved === '..') return;
  into.push({ path: resolved, from, via });
}

/** Every `env_file:` under `services.*`: a string, a list of strings, or a list of `{path}`. */
function composeEnvFiles(file: string, text: string): string[] {
  const found: string[] = [];
  for (const document of loadYaml(file, text).documents) {
    const services = isMap(document.contents) ? document.contents.get('services', true) : null;
    if (!isMap(services)) continue;
    for (const service of services.items) {
      if (!isMap(service.value)) continue;
      const envFile = service.value.get('env_file', true);
      for (const s of stringsOf(envFile, 'path')) found.push(s);
    }
  }
  return found;
}

/** `envs:` (and the older `env:`) of every configMapGenerator and secretGenerator entry. */
function kustomizeEnvs(file: string, text: string): string[] {
  const found: string[] = [];
  for (const document of loadYaml(file, text).documents) {
    if (!isMap(document.contents)) continue;
    for (const generator of ['configMapGenerator', 'secretGenerator']) {
      const list = document.contents.get(generator, true);
      if (!isSeq(list)) continue;
      for (const entry of list.items) {
        if (!isMap(entry)) continue;
        for (const s of [...stringsOf(entry.get('envs', true)), ...stringsOf(entry.get('env', true))]) found.push(s);
      }
    }
  }
  return found;
}

function stringsOf(node: unknown, objectKey?: string): string[] {
  if (isScalar(node)) return typeof node.value === 'string' ? [node.value] : [];
  if (isSeq(node)) return node.items.flatMap((item) => stringsOf(item, objectKey));
  if (objectKey && isMap(node)) return stringsOf(node.get(objectKey, true));
  return [];
}

