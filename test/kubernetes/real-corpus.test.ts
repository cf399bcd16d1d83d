import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { KUBERNETES_RULES } from '../../src/analyzers/kubernetes/index.js';
import { mayHoldManifests } from '../../src/analyzers/kubernetes/objects.js';
import { atLeast } from '../../src/core/finding.js';
import { classify } from '../../src/discover/classify.js';
import { corpusFiles, runRules } from './run-rules.js';
import { CORPUS } from '../helpers/corpus.js';


interface Expected {
  ruleId: string;
  file: string;
  line: number;
  column: number;
  reason: string;
}

const expected: Expected[] = JSON.parse(readFileSync(path.join(import.meta.dirname, 'real-corpus-expected.json'), 'utf8')).findings;

test('kubernetes rules over the real-world k8s and k8s-helm corpus: no crash, every file parsed or diagnosed, every high/critical finding expected', () => {
  const high: Omit<Expected, 'reason'>[] = [];
  for (const dir of ['k8s', 'k8s-helm']) {
    const files = corpusFiles(path.join(CORPUS, dir), (name) => classify(name));
    expect(files.length).toBeGreaterThan(40);
    const run = runRules(KUBERNETES_RULES, files);
    for (const source of run.sources) {
      // Files none of these rules look at (CRDs, non-manifests) are the text scan's business.
      if (!mayHoldManifests(source) && source.kind !== 'helm-values' && source.kind !== 'kustomization') continue;
      const parsed = source.yaml().documents.every((d) => d.errors.length === 0);
      const diagnosed = run.diagnostics.some((d) => d.file === source.path);
      expect(parsed || diagnosed, source.path).toBe(true);
    }
    for (const f of run.findings) {
      expect(f.line === null || (f.line >= 1 && f.column! >= 1), `${f.file} position`).toBe(true);
      if (atLeast(f.severity, 'high')) high.push({ ruleId: f.ruleId, file: `${dir}/${f.file}`, line: f.line!, column: f.column! });
    }
  }
  expect(high).toEqual(expected.map(({ reason: _reason, ...rest }) => rest));
  for (const e of expected) expect(e.reason.length, `${e.file}:${e.line} needs a reason`).toBeGreaterThan(20);
});
