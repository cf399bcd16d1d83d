import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { BROWSER_EXPOSURE_RULES } from '../src/analyzers/browser-exposure/index.js';
import { brief, runRules, type MemoryFile } from '../test/kubernetes/run-rules.js';
import { CORPUS } from './corpus-root.js';


/** Corpus files under their original paths (`<kind>/<owner>__<repo>/<path with / as __>`), so the classifier sees workflows as workflows. */
function corpus(): MemoryFile[] {
  const files: MemoryFile[] = [];
  for (const kind of readdirSync(CORPUS, { withFileTypes: true }).filter((d) => d.isDirectory())) {
    for (const repo of readdirSync(path.join(CORPUS, kind.name), { withFileTypes: true }).filter((d) => d.isDirectory())) {
      for (const name of readdirSync(path.join(CORPUS, kind.name, repo.name)).sort()) {
        const abs = path.join(CORPUS, kind.name, repo.name, name);
        files.push({ path: `${kind.name}/${repo.name}/${name.split('__').join('/')}`, absPath: abs, text: readFileSync(abs, 'utf8') });
      }
    }
  }
  return files;
}

test('the real-world corpus: no crash, and no finding', () => {
  const files = corpus();
  expect(files.length).toBeGreaterThan(2000);
  const run = runRules(BROWSER_EXPOSURE_RULES, files);
  // Every rule looked at something: workflows, GitLab CI and Kubernetes files are all in the corpus.
  const kinds = new Set(run.sources.map((s) => s.kind));
  for (const kind of ['workflow', 'action', 'gitlab-ci', 'helm-values', 'yaml', 'env']) expect(kinds).toContain(kind);
  expect(run.findings.map(brief)).toEqual([]);
});
