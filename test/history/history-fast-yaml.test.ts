/**
 * History analyses each YAML version on the fast parse (src/yaml/fast-parse.ts) and again on
 * `yaml`'s only when a finding may be kept, one that may touch a line the commit added: a planted
 * fault of the fast parser shows that what is reported is still `yaml`'s, and that versions which
 * only keep an earlier key are not analysed twice.
 */
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { fastParsesRechecked, recheckFastParses } from '../../src/core/analyze.js';
import { silentLogger } from '../../src/core/logger.js';
import { defaultSettings } from '../../src/core/settings.js';
import { contentLineAfter, scanHistory, type HistoryFinding } from '../../src/history/scan-history.js';
import { loadYamlLibrary, yamlAstLibrary } from '../../src/yaml/library.js';
import { openaiKey } from '../helpers/keys.js';
import { cleanupTempDirs, makeHistory } from '../helpers/repo.js';

afterAll(cleanupTempDirs);

const WORKFLOW = '.github/workflows/ci.yml';
const workflow = (env: string[], steps: string[]) =>
  ['on: push', 'jobs:', '  build:', '    runs-on: ubuntu-latest', '    env:', ...env.map((l) => `      ${l}`), '    steps:', ...steps.map((s) => `      - run: ${s}`), ''].join('\n');

async function scan(root: string) {
  const report = await scanHistory(defaultSettings(root), silentLogger, { since: null, allBranches: false });
  return (report.findings as HistoryFinding[]).map((f) => ({ ruleId: f.ruleId, line: f.line, column: f.column, endLine: f.endLine, endColumn: f.endColumn, commit: f.commit, fingerprint: f.fingerprint }));
}

describe('history on the fast YAML parse', () => {
  const calls: string[] = [];
  let restore: (() => void) | null = null;
  afterEach(() => {
    restore?.();
    restore = null;
    recheckFastParses(true);
  });

  /** Every key-like scalar value the fast parser reads has its last character changed; parses are counted. */
  async function plantFault(): Promise<void> {
    await loadYamlLibrary();
    const ast = yamlAstLibrary()!;
    const loadAll = ast.loadAll;
    restore = () => (ast.loadAll = loadAll);
    ast.loadAll = ((text: string, iterator: (document: never) => void, options?: object) => {
      calls.push(text);
      return loadAll(
        text,
        (document) => {
          const shift = (node: { kind: number; value?: unknown; mappings?: { key: unknown; value: unknown }[]; items?: unknown[] } | null) => {
            if (!node) return;
            if (node.kind === ast.Kind.SCALAR && /^sk-/.test(String(node.value))) node.value = String(node.value).slice(0, -1) + (String(node.value).endsWith('A') ? 'B' : 'A');
            for (const m of node.mappings ?? []) (shift(m.key as never), shift(m.value as never));
            for (const item of node.items ?? []) shift(item as never);
          };
          shift(document as never);
          iterator(document as never);
        },
        options,
      );
    }) as typeof ast.loadAll;
  }

  // A key, then a commit that keeps it and adds a step, then a second key.
  const [one, two] = [openaiKey('proj'), openaiKey('proj')];
  const history = () =>
    makeHistory([
      { [WORKFLOW]: workflow([`OPENAI_API_KEY: ${one}`], ['make']) },
      { [WORKFLOW]: workflow([`OPENAI_API_KEY: ${one}`], ['make', 'make test']) },
      { [WORKFLOW]: workflow([`OPENAI_API_KEY: ${one}`, `BACKUP_OPENAI_KEY: ${two}`], ['make', 'make test']) },
    ]);

  it("reports what yaml's parse gives, though the fast parser is wrong, and parses a version that only keeps a key once", async () => {
    const { root, commits } = history();
    const expected = await scan(root);
    expect(expected.filter((f) => f.ruleId === 'openai-api-key').map((f) => [f.line, commits.indexOf(f.commit)])).toEqual([
      [6, 0],
      [7, 2],
    ]);
    await plantFault();
    calls.length = 0;
    const before = fastParsesRechecked();
    expect(await scan(root)).toEqual(expected);
    // Each version was read by the fast parser once, and analysed again when it added a key; not
    // the middle one, whose only finding is the key it kept, on no line it added.
    expect(calls.filter((t) => t.startsWith('on: push'))).toHaveLength(3);
    expect(fastParsesRechecked() - before).toBe(2);
  });

  it('(the planted fault does change the report when nothing analyses a version again: the test above could fail)', async () => {
    const { root } = history();
    const expected = await scan(root);
    await plantFault();
    recheckFastParses(false);
    expect(await scan(root)).not.toEqual(expected);
  });
});

describe('contentLineAfter (how far a collection may end on the fast parse)', () => {
  const lines = ['a:', '  b: 1', '  # note', '', '   ', 'c: 2', '# end', ''];
  it.each([
    [1, 2],
    [2, 6],
    [3, 6],
    [6, 8],
    [7, 8],
    [8, 8],
  ])('after line %i: line %i', (line, expected) => {
    expect(contentLineAfter(lines, line)).toBe(expected);
  });
});
