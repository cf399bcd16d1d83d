/**
 * History mode and NUL bytes: a file is binary when its first 8 KiB hold a NUL (the tree scan's
 * test). A commit that adds a NUL further into a text file, beside a key, must not make its added
 * lines look binary; a real binary file changed in the middle is still skipped.
 */
import { realpathSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/core/logger.js';
import { defaultSettings } from '../../src/core/settings.js';
import { scanHistory } from '../../src/history/scan-history.js';
import { openaiKey } from '../helpers/keys.js';
import { cleanupTempDirs, gitIn, makeRepo, writeTree, type Tree } from '../helpers/repo.js';

afterAll(cleanupTempDirs);

function history(trees: Tree[]): { root: string; commits: string[] } {
  const root = realpathSync(makeRepo(trees[0]!));
  for (const tree of trees.slice(1)) {
    writeTree(root, tree);
    gitIn(root, 'add', '-A');
    gitIn(root, 'commit', '-q', '-m', 'next');
  }
  return { root, commits: gitIn(root, 'rev-list', '--reverse', 'HEAD').trim().split('\n') };
}

const numbered = (count: number) => Array.from({ length: count }, (_, i) => `n${i} = ${i}\n`).join('');

describe('history and NUL bytes', () => {
  it('finds a key added beside a NUL past a text file\'s first 8 KiB, small or over the whole-blob limit', async () => {
    const small = openaiKey();
    const large = openaiKey();
    const text = numbered(2000); // about 20 KiB: the added NUL is far past the first 8 KiB
    const big = numbered(60000); // about 700 KiB: more than history reads of a blob whole
    const { root, commits } = history([
      { 'a.py': text, 'b.py': big },
      { 'a.py': `${text}x = "\0"\nK = "${small}"\n`, 'b.py': `${big}x = "\0"\nK = "${large}"\n` },
    ]);
    const report = await scanHistory(defaultSettings(root), silentLogger, { since: null, allBranches: false });
    expect(report.findings.map((f) => [f.ruleId, f.file, f.line, f.column, commits.indexOf((f as { commit: string }).commit)])).toEqual([
      ['openai-api-key', 'a.py', 2002, 6, 1],
      ['openai-api-key', 'b.py', 60002, 6, 1],
    ]);
    expect(report.stats.skippedBinary).toBe(0);
  });

  it('still skips a binary file (a NUL in its first 8 KiB), changed at its start or in its middle', async () => {
    const head = `PK\0\0${numbered(2000)}`;
    const { root } = history([
      { 'mid.bin': head, 'big.bin': `PK\0\0${numbered(60000)}` },
      { 'mid.bin': `${head}x\0K = "${openaiKey()}"\n`, 'big.bin': `PK\0\0${numbered(60000)}x\0K = "${openaiKey()}"\n`, 'new.bin': `\0K = "${openaiKey()}"\n` },
    ]);
    const report = await scanHistory(defaultSettings(root), silentLogger, { since: null, allBranches: false });
    expect(report.findings).toEqual([]);
    // Each file of each commit that touched it: 2 + 3.
    expect(report.stats.skippedBinary).toBe(5);
  });
});
