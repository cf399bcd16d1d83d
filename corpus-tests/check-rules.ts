/** Structural rules over folders of the real-world corpus, checked against a list of expected findings. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
import { atLeast } from '../src/core/finding.js';
import type { FileKind } from '../src/discover/classify.js';
import type { FileRule, SourceFile } from '../src/analyzers/types.js';
import { runRules, type MemoryFile } from '../test/kubernetes/run-rules.js';
import { CORPUS } from './corpus-root.js';

/** Every file below a folder of the real-world corpus, with the kind its original name implies. */
export function corpusFiles(dir: string, kindOf: (originalName: string) => FileKind): MemoryFile[] {
  const out: MemoryFile[] = [];
  const visit = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const abs = path.join(d, name);
      if (statSync(abs).isDirectory()) visit(abs);
      else out.push({ path: path.relative(dir, abs).split(path.sep).join('/'), absPath: abs, text: readFileSync(abs, 'utf8'), kind: kindOf(name.split('__').pop()!) });
    }
  };
  visit(dir);
  return out;
}

/** A high or critical finding expected on the real corpus, with the reason it is right. */
interface ListedFinding {
  ruleId: string;
  file: string;
  line: number;
  column: number;
  reason: string;
}

/** A finding the triage once listed at high, now below it by a documented policy. */
interface DemotedFinding extends ListedFinding {
  severity: 'medium' | 'low';
}

/**
 * Structural rules over folders of the real corpus: every file a rule looks at parses or gets a
 * diagnostic, every position is 1-based, and the high and critical findings are exactly those
 * listed (in order) in `expectedFile`, each with its reason; the `demoted` ones (true findings
 * a severity policy moved below high) are reported at exactly their listed severity.
 */
export function checkRulesOverCorpus(options: {
  rules: readonly FileRule[];
  dirs: string[];
  kindOf: (originalName: string) => FileKind;
  minFiles: number;
  /** Files the rules look at, whose parse is checked. */
  looksAt: (source: SourceFile) => boolean;
  expectedFile: string;
}): void {
  const listed = JSON.parse(readFileSync(options.expectedFile, 'utf8')) as { findings: ListedFinding[]; demoted?: DemotedFinding[] };
  const expected = listed.findings;
  const high: Omit<ListedFinding, 'reason'>[] = [];
  const below: (Omit<ListedFinding, 'reason'> & { severity: string })[] = [];
  for (const dir of options.dirs) {
    const files = corpusFiles(path.join(CORPUS, dir), options.kindOf);
    expect(files.length).toBeGreaterThan(options.minFiles);
    const run = runRules(options.rules, files);
    for (const source of run.sources) {
      if (!options.looksAt(source)) continue;
      const parsed = source.yaml().documents.every((d) => d.errors.length === 0);
      const diagnosed = run.diagnostics.some((d) => d.file === source.path);
      expect(parsed || diagnosed, source.path).toBe(true);
    }
    for (const f of run.findings) {
      expect(f.line === null || (f.line >= 1 && f.column! >= 1), `${f.file} position`).toBe(true);
      if (atLeast(f.severity, 'high')) high.push({ ruleId: f.ruleId, file: `${dir}/${f.file}`, line: f.line!, column: f.column! });
      else if (f.line !== null) below.push({ ruleId: f.ruleId, file: `${dir}/${f.file}`, line: f.line, column: f.column!, severity: f.severity });
    }
  }
  expect(high).toEqual(expected.map(({ reason: _reason, ...rest }) => rest));
  for (const e of expected) expect(e.reason.length, `${e.file}:${e.line} needs a reason`).toBeGreaterThan(20);
  for (const d of listed.demoted ?? []) {
    const { reason, ...at } = d;
    expect(below, `${d.file}:${d.line} at ${d.severity}`).toContainEqual({ ruleId: at.ruleId, file: at.file, line: at.line, column: at.column, severity: at.severity });
    expect(reason.length, `${d.file}:${d.line} needs a reason`).toBeGreaterThan(20);
  }
}
