import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { GITLAB_CI_RULES } from '../../src/analyzers/gitlab-ci/index.js';
import { atLeast } from '../../src/core/finding.js';
import { corpusFiles, runRules } from '../kubernetes/run-rules.js';
import { CORPUS } from '../helpers/corpus.js';


interface Expected {
  ruleId: string;
  file: string;
  line: number;
  column: number;
  reason: string;
}

const expected: Expected[] = JSON.parse(readFileSync(path.join(import.meta.dirname, 'real-corpus-expected.json'), 'utf8')).findings;

test('gitlab-ci rules over the real-world gitlab corpus (every file treated as a pipeline file): no crash, every file parsed or diagnosed, every high/critical finding expected', () => {
  const high: Omit<Expected, 'reason'>[] = [];
  for (const dir of ['gitlab']) {
    const files = corpusFiles(path.join(CORPUS, dir), () => 'gitlab-ci');
    expect(files.length).toBeGreaterThan(500);
    const run = runRules(GITLAB_CI_RULES, files);
    for (const source of run.sources) {
      if (!/\.ya?ml$/.test(source.path)) continue;
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
