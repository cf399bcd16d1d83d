/** Loads an env-files tree fixture (see test/fixtures/env-files/README.md) and scans it. */
import { appendFileSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import type { Report } from '../../src/core/finding.js';
import { silentLogger } from '../../src/core/logger.js';
import { scan } from '../../src/core/scan.js';
import { defaultSettings, type Settings } from '../../src/core/settings.js';
import { renderTemplate, type PlacedKey } from '../helpers/fixtures.js';
import { makeRepo, tempDir, writeTree, type Tree } from '../helpers/repo.js';

export const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/env-files');

interface TreeFixture {
  tracked?: Record<string, string>;
  untracked?: Record<string, string>;
  gitignoreAfter?: string;
  infoExclude?: string;
  settings?: Partial<Settings>;
}

export interface Materialized {
  root: string;
  settings: Partial<Settings>;
  /** Generated keys by the file they were written to. */
  keys: Map<string, PlacedKey[]>;
}

function render(files: Record<string, string> | undefined, keys: Map<string, PlacedKey[]>): Tree {
  const tree: Tree = {};
  for (const [file, template] of Object.entries(files ?? {})) {
    const { text, keys: placed } = renderTemplate(template);
    tree[file] = text;
    if (placed.length > 0) keys.set(file, placed);
  }
  return tree;
}

/** Writes the fixture into a git repository, or (git: false) every file into a plain folder. */
export function materialize(fixture: string, options: { git: boolean } = { git: true }): Materialized {
  const spec = (parse(readFileSync(path.join(FIXTURES, fixture), 'utf8')) ?? {}) as TreeFixture;
  const keys = new Map<string, PlacedKey[]>();
  const tracked = render(spec.tracked, keys);
  const untracked = render(spec.untracked, keys);
  let root: string;
  if (options.git) {
    root = realpathSync(makeRepo(tracked, { untracked }));
    writeFileSync(path.join(root, '.git/info/exclude'), spec.infoExclude ?? '');
  } else {
    root = realpathSync(tempDir());
    writeTree(root, { ...tracked, ...untracked });
  }
  if (spec.gitignoreAfter) appendFileSync(path.join(root, '.gitignore'), spec.gitignoreAfter);
  return { root, settings: spec.settings ?? {}, keys };
}

export async function scanFixture(fixture: string, options: { git: boolean } = { git: true }): Promise<Report & { keys: Map<string, PlacedKey[]>; root: string }> {
  const m = materialize(fixture, options);
  const report = await scan(defaultSettings(m.root, m.settings), silentLogger);
  return { ...report, keys: m.keys, root: m.root };
}

/** The findings of some rules as `ruleId severity file line:column`, sorted, for exact comparison. */
export function findingsOf(report: Report, ruleIds: readonly string[]): string[] {
  return report.findings
    .filter((f) => ruleIds.includes(f.ruleId))
    .map((f) => `${f.ruleId} ${f.severity} ${f.file} ${f.line === null ? '-' : `${f.line}:${f.column}-${f.endLine}:${f.endColumn}`}`)
    .sort();
}
