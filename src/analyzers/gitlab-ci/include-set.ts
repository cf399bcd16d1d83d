import { readTextFileSync } from '../../discover/read-text.js';
import path from 'node:path';
import type { Document, Node } from 'yaml';
import { isMap, isScalar, isSeq } from '../../yaml/library.js';
import { keepParse } from '../../yaml/kept-parses.js';
import { loadYaml } from '../../yaml/load.js';
import { classify } from '../../discover/classify.js';
import type { DiscoveredFile } from '../../discover/files.js';
import type { ScanContext, SourceFile } from '../types.js';
import { YamlView } from '../kubernetes/yaml-view.js';
import { re2 } from '../../util/re2.js';

const cache = new WeakMap<readonly DiscoveredFile[], Set<string>>();
const MAX_FILES = 1000;

/** True for `.gitlab-ci.yml` and every file it reaches through local `include:`. */
export function isGitLabCiFile(file: SourceFile, context: ScanContext): boolean {
  return file.kind === 'gitlab-ci' || gitlabCiFiles(context).has(file.path);
}

/**
 * The pipeline files of a scan: each `.gitlab-ci.yml` and, transitively, its local includes
 * (strings, lists, `local:` maps, globs), relative to the scan root. Cycles end where a file is
 * met again; missing files and remote/project/template/component includes become diagnostics.
 * Computed once per scan (keyed by the context's file list).
 */
export function gitlabCiFiles(context: ScanContext): Set<string> {
  const cached = cache.get(context.files);
  if (cached) return cached;
  const byPath = new Map(context.files.map((f) => [f.path, f]));
  const result = new Set<string>();
  const queue = context.files.filter((f) => classify(f.path) === 'gitlab-ci').map((f) => f.path);
  while (queue.length > 0 && result.size < MAX_FILES) {
    const current = queue.shift()!;
    if (result.has(current)) continue;
    result.add(current);
    const file = byPath.get(current);
    if (!file) continue;
    // As the scan reads: never through a symlink (a hostile one could point out of the root).
    const outcome = readTextFileSync(file.absPath, context.settings.maxFileSize);
    if (outcome.kind !== 'text') continue;
    const text = outcome.text;
    // The rules parse this file again when the scan reaches it: the same parse serves them.
    // Fast where it applies: the includes are values, and a rule given this parse reports on it
    // only after analysing the file again on `yaml`'s (src/core/analyze.ts).
    const parsed = loadYaml(current, text, { fast: true });
    keepParse(context.files, current, text, parsed);
    const { local, notFollowed } = includesIn(parsed.documents);
    for (const pattern of local) {
      const matches = resolveLocal(pattern, [...byPath.keys()]);
      if (matches.length === 0) {
        context.diagnostic({ file: current, level: 'warning', code: 'gitlab-include-missing', message: `local include "${pattern}" matches no file in the scan; not analysed` });
      }
      for (const match of matches) if (!result.has(match)) queue.push(match);
    }
    if (notFollowed > 0) {
      context.diagnostic({
        file: current,
        level: 'info',
        code: 'gitlab-include-not-followed',
        message: `${notFollowed} remote, project, template or component include(s) not followed: their jobs are not analysed`,
      });
    }
  }
  cache.set(context.files, result);
  return result;
}

/** Local include patterns of a pipeline file, and how many other includes it has. */
export function includesOf(text: string): { local: string[]; notFollowed: number } {
  return includesIn(loadYaml('', text).documents);
}

function includesIn(documents: readonly Document.Parsed[]): { local: string[]; notFollowed: number } {
  const local: string[] = [];
  let notFollowed = 0;
  for (const doc of documents) {
    if (doc.errors.length > 0 || !isMap(doc.contents)) continue;
    const view = new YamlView(doc);
    const include = view.get(doc.contents, 'include');
    const entries: Node[] = isSeq(include) ? view.items(include) : include ? [include] : [];
    for (const entry of entries) {
      const value = isScalar(entry) ? view.text(entry) : view.text(view.get(entry, 'local'));
      if (value && !/^https?:\/\//i.test(value) && (isScalar(entry) || view.get(entry, 'local'))) local.push(value);
      else notFollowed++;
    }
  }
  return { local, notFollowed };
}

/** Repository paths a local include names: `/a/b.yml`, `a/b.yml`, globs with `*` and `**`. */
export function resolveLocal(pattern: string, paths: readonly string[]): string[] {
  const clean = path.posix.normalize(pattern.trim().replace(/^\/+/, ''));
  if (!clean.includes('*')) return paths.includes(clean) ? [clean] : [];
  const source = clean
    .split(/(\*\*\/|\*\*|\*)/)
    .map((part) => (part === '**/' ? '(?:.*/)?' : part === '**' ? '.*' : part === '*' ? '[^/]*' : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')))
    .join('');
  // RE2: the glob comes from the scanned file, and `*a*a*a*b` backtracks exponentially in RegExp.
  const re = re2().RE2JS.compile(`^${source}$`);
  return paths.filter((p) => re.test(p) && /\.ya?ml$/i.test(p));
}
