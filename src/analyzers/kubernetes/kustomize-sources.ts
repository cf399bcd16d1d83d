import { readTextFileSync } from '../../discover/read-text.js';
import { isKustomizationFile } from '../../discover/classify.js';
import path from 'node:path';
import { isMap, yamlLibrary } from '../../yaml/library.js';
import type { RawFinding } from '../../core/finding.js';
import type { DiscoveredFile } from '../../discover/files.js';
import type { FileRule, ScanContext } from '../types.js';
import { judgeLiteral } from '../../detectors/password-policy.js';
import { isLiteralSecretValue } from '../secret-names.js';
import { K8S_HELP } from './meta.js';
import { containsProviderKey } from './provider-key.js';
import { findingAt } from './report.js';
import { isSecretLikeKey } from './secret-name.js';
import { YamlView } from './yaml-view.js';

interface GeneratorSource {
  generator: 'secretGenerator' | 'configMapGenerator';
  name: string;
  field: 'envs' | 'files';
  kustomization: string;
}

const cache = new WeakMap<readonly DiscoveredFile[], Map<string, GeneratorSource[]>>();

/** Files that kustomize generators read (`envs:`, `files:`), by POSIX path; computed once per scan. */
export function generatorSources(context: ScanContext): Map<string, GeneratorSource[]> {
  let index = cache.get(context.files);
  if (index) return index;
  index = new Map();
  const known = new Set(context.files.map((f) => f.path));
  for (const file of context.files) {
    if (!isKustomizationFile(file.path)) continue;
    // As the scan reads: never through a symlink (a hostile one could point out of the root).
    const outcome = readTextFileSync(file.absPath, context.settings.maxFileSize);
    if (outcome.kind !== 'text') continue;
    const text = outcome.text;
    const dir = path.posix.dirname(file.path);
    for (const doc of yamlLibrary().parseAllDocuments(text)) {
      if (doc.errors.length > 0 || !isMap(doc.contents)) continue;
      const view = new YamlView(doc);
      for (const generator of ['secretGenerator', 'configMapGenerator'] as const) {
        for (const item of view.items(view.get(doc.contents, generator))) {
          const name = view.text(view.get(item, 'name')) ?? '(unnamed)';
          for (const field of ['envs', 'env', 'files'] as const) {
            const refs = field === 'env' ? [view.get(item, 'env')] : view.items(view.get(item, field));
            for (const ref of refs) {
              const text = view.text(ref);
              if (!text) continue;
              // `files:` entries may be `key=path`.
              const rel = field === 'files' && text.includes('=') ? text.slice(text.indexOf('=') + 1) : text;
              const target = path.posix.normalize(path.posix.join(dir, rel.trim()));
              if (!known.has(target)) continue;
              const list = index.get(target) ?? [];
              list.push({ generator, name, field: field === 'files' ? 'files' : 'envs', kustomization: file.path });
              index.set(target, list);
            }
          }
        }
      }
    }
  }
  cache.set(context.files, index);
  return index;
}

/** Secrets in the env files and files that kustomize generators turn into Secrets and ConfigMaps. */
export const kustomizeGeneratorSourceRule: FileRule = {
  meta: {
    id: 'kustomize-generator-source',
    category: 'unsafe-injection',
    severity: 'medium',
    description: 'A committed file feeds a kustomize secretGenerator (or secret-like keys of a configMapGenerator), so the secret is in the repository in plain text.',
    helpUri: K8S_HELP,
  },
  appliesTo: (file) => file.kind !== 'kustomization',
  check(file, context) {
    const sources = generatorSources(context).get(file.path);
    if (!sources) return [];
    const findings: RawFinding[] = [];
    const remediation =
      'Keep generator inputs out of git (list them in .gitignore and create them in CI from the secret store), or replace the generator with an ExternalSecret, SealedSecret or a SOPS-encrypted file.';
    for (const source of sources) {
      const isSecret = source.generator === 'secretGenerator';
      if (source.field === 'files') {
        if (!isSecret || containsProviderKey(file.text) || file.text.trim() === '') continue;
        findings.push({
          ...findingAt(this.meta, file, 0, 0, {
            message: `${file.path} is committed and becomes secretGenerator "${source.name}" of ${source.kustomization}.`,
            remediation,
            fingerprintSeed: `${source.kustomization}\0${source.name}`,
          }),
          line: null,
          column: null,
          endLine: null,
          endColumn: null,
        });
        continue;
      }
      for (const entry of envEntries(file.text)) {
        if (!isLiteralSecretValue(entry.value) && isSecret) continue;
        if (isSecret ? containsProviderKey(entry.value) : !isSecretLikeKey(entry.key, context.settings)) continue;
        // The password policy of every literal rule (guessable: medium; an access key id: low).
        const verdict = isSecret ? null : judgeLiteral(entry.key, entry.value);
        if (!isSecret && !verdict) continue;
        findings.push(
          findingAt(this.meta, file, entry.start, entry.start + entry.value.length, {
            severity: isSecret ? 'medium' : verdict!.severity,
            message: isSecret
              ? `${entry.key} is committed in ${file.path}, which secretGenerator "${source.name}" of ${source.kustomization} reads.`
              : `The secret-like ${entry.key} in ${file.path} becomes part of ConfigMap "${source.name}" (configMapGenerator of ${source.kustomization}).${verdict!.note}`,
            remediation,
            secret: entry.value,
          }),
        );
      }
    }
    return findings;
  },
};

/** `KEY=value` lines of an env file, with the value's offset (quotes excluded). */
export function envEntries(text: string): { key: string; value: string; start: number }[] {
  const out: { key: string; value: string; start: number }[] = [];
  const line = /^[ \t]*(?:export[ \t]+)?([A-Za-z_][A-Za-z0-9_.-]*)[ \t]*=[ \t]*(.*?)[ \t]*\r?$/gm;
  for (const match of text.matchAll(line)) {
    let value = match[2]!;
    let start = match.index + match[0].indexOf('=', match[0].indexOf(match[1]!) + match[1]!.length) + 1;
    while (text[start] === ' ' || text[start] === '\t') start++;
    const quoted = /^(["'])(.*)\1$/.exec(value);
    if (quoted) {
      value = quoted[2]!;
      start++;
    } else {
      value = value.replace(/(?<![ \t])[ \t]+#.*$/, ''); // from a run's start only: linear in a long run of blanks
    }
    out.push({ key: match[1]!, value, start });
  }
  return out;
}
