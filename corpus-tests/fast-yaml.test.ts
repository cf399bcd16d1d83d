/**
 * The fast YAML path (src/yaml/fast-parse.ts) over every YAML file of the real-world corpus, each
 * read as the scanner would (workflows, actions, pipelines, manifests, Helm values): every file
 * rule's findings (all severities, positions included) and diagnostics are the same on the fast
 * parse as on `yaml`'s, even without the second analysis a file with findings gets; and the fast
 * path takes most of the files (it is not a test of `yaml` against itself). And node by node, what
 * the rules read of each parse (test/helpers/yaml-nodes.ts) is `yaml`'s.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import type { ScanContext } from '../src/analyzers/types.js';
import { analyzeFile, makeSourceFile, recheckFastParses } from '../src/core/analyze.js';
import type { Diagnostic } from '../src/core/finding.js';
import { silentLogger } from '../src/core/logger.js';
import { defaultSettings } from '../src/core/settings.js';
import { classify, type FileKind } from '../src/discover/classify.js';
import { loadYaml } from '../src/yaml/load.js';
import { decisive } from '../test/helpers/yaml-nodes.js';
import { CORPUS } from './corpus-root.js';

function kindOf(dir: string, original: string): FileKind {
  if (dir.startsWith('gha')) return /(^|\/)action\.ya?ml$/.test(original) ? 'action' : 'workflow';
  if (dir === 'gitlab') return 'gitlab-ci';
  return classify(original);
}

interface CorpusYaml {
  path: string;
  absPath: string;
  text: string;
  kind: FileKind;
}

function yamlFiles(): CorpusYaml[] {
  const out: CorpusYaml[] = [];
  for (const dir of readdirSync(CORPUS).sort()) {
    if (!statSync(path.join(CORPUS, dir)).isDirectory()) continue;
    const visit = (abs: string, rel: string) => {
      for (const name of readdirSync(abs).sort()) {
        const child = path.join(abs, name);
        if (statSync(child).isDirectory()) visit(child, `${rel}/${name}`);
        else if (/\.ya?ml$/i.test(name)) {
          const original = `${rel}/${name.replace(/__/g, '/')}`.slice(1);
          out.push({ path: `${dir}/${original}`, absPath: child, text: readFileSync(child, 'utf8').replace(/^\uFEFF/, ''), kind: kindOf(dir, original) });
        }
      }
    };
    visit(path.join(CORPUS, dir), '');
  }
  return out;
}

test('the fast YAML path reports on the real corpus exactly what yaml does', () => {
  const files = yamlFiles();
  expect(files.length).toBeGreaterThan(3000);
  const settings = defaultSettings(CORPUS);
  const analyse = (file: CorpusYaml, exact: boolean) => {
    const diagnostics: Diagnostic[] = [];
    const context: ScanContext = { settings, logger: silentLogger, files: [], diagnostic: (d) => diagnostics.push(d) };
    const source = makeSourceFile({ absPath: file.absPath, path: file.path, tracked: true }, file.text, context, { exact });
    source.kind = file.kind;
    return { ...analyzeFile(source, context), diagnostics };
  };
  let fast = 0;
  let withFindings = 0;
  const differing: string[] = [];
  recheckFastParses(false);
  try {
    for (const file of files) {
      if (loadYaml(file.path, file.text, { fast: true }).fast) fast++;
      const exact = analyse(file, true);
      if (exact.findings.length > 0) withFindings++;
      if (JSON.stringify(analyse(file, false)) !== JSON.stringify(exact)) differing.push(file.path);
    }
  } finally {
    recheckFastParses(true);
  }
  expect(differing).toEqual([]);
  // 3,248 of 3,591 when written; the rest (invalid YAML, anchors, tags…) go to yaml.
  expect(fast).toBeGreaterThan(files.length * 0.85);
  expect(withFindings).toBeGreaterThan(100);
});

test('the fast YAML path gives every node of the real corpus as yaml does', () => {
  let taken = 0;
  const differing: string[] = [];
  const files = yamlFiles();
  for (const file of files) {
    const fast = loadYaml(file.path, file.text, { fast: true });
    if (!fast.fast) continue;
    taken++;
    const exact = loadYaml(file.path, file.text);
    if (JSON.stringify(decisive(fast.documents)) !== JSON.stringify(decisive(exact.documents)) || JSON.stringify(fast.lineCounter.lineStarts) !== JSON.stringify(exact.lineCounter.lineStarts) || !exact.ok) differing.push(file.path);
  }
  expect(differing).toEqual([]);
  expect(taken).toBeGreaterThan(files.length * 0.85);
});
