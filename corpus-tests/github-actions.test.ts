/**
 * The github-actions rules over real workflows (the shared real-world corpus/gha and gha-broken): no rule
 * throws, every file either parses or gets a diagnostic, and every high or critical finding is
 * one listed, with the reason it is right, in github-actions-expected.json.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { corpusFiles } from './github-actions-files.js';
import { runRules } from '../test/github-actions/source.js';

interface Expected {
  file: string;
  line: number;
  column: number;
  ruleId: string;
  reason: string;
}

const expected = JSON.parse(readFileSync(new URL('./github-actions-expected.json', import.meta.url), 'utf8')) as Expected[];

describe('real-world GitHub Actions corpus', () => {
  const files = corpusFiles();
  const results = files.map((file) => ({ file, ...runRules(file.id, file.text, { kind: file.kind }) }));

  it('reads the whole corpus', () => {
    expect(files.length).toBeGreaterThan(900);
  });

  it('parses every file or gives it a diagnostic, and never fails a rule', () => {
    const silent = results.filter((r) => !r.source.yaml().ok && r.diagnostics.length === 0).map((r) => r.file.id);
    expect(silent).toEqual([]);
    expect(results.flatMap((r) => r.diagnostics).filter((d) => d.code === 'rule-failed')).toEqual([]);
    // gha-broken holds deliberately invalid YAML: the check above must have had something to check.
    expect(results.some((r) => !r.source.yaml().ok)).toBe(true);
  });

  it('reports only high and critical findings that are listed with a reason', () => {
    const seen = new Set<string>();
    const actual: string[] = [];
    for (const { findings } of results) {
      for (const f of findings) {
        if (f.severity !== 'high' && f.severity !== 'critical') continue;
        const key = `${f.file}:${f.line}:${f.column} ${f.ruleId}`;
        if (!seen.has(key)) actual.push(key);
        seen.add(key);
      }
    }
    for (const entry of expected) expect(entry.reason.length, `${entry.file}: reason`).toBeGreaterThan(20);
    expect(actual.sort()).toEqual(expected.map((e) => `${e.file}:${e.line}:${e.column} ${e.ruleId}`).sort());
  });
});
