/**
 * History mode: a file renamed out of a config-excluded path was never scanned there, and a rename
 * adds no line. Every line of it counts as added at the commit that moved it in; a rename from a
 * scanned path is not reported again. Plain files and YAML, pure renames and renames with edits.
 */
import { mkdirSync, realpathSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/core/logger.js';
import { defaultSettings } from '../../src/core/settings.js';
import { scanHistory, type HistoryFinding } from '../../src/history/scan-history.js';
import { openaiKey } from '../helpers/keys.js';
import { cleanupTempDirs, gitIn, makeRepo, writeTree } from '../helpers/repo.js';

afterAll(cleanupTempDirs);

describe('history and files renamed out of an excluded path', () => {
  it('reports their keys at the commit that moved them in, and nothing twice', async () => {
    const [plain, yaml, edited, scanned] = [openaiKey(), openaiKey(), openaiKey(), openaiKey()];
    const root = realpathSync(
      makeRepo({
        'vendor/app.py': `x = 1\nK = "${plain}"\n`,
        'vendor/ci.yml': `env:\n  OPENAI_API_KEY: ${yaml}\n`,
        'vendor/edit.py': `a = 1\nb = 2\nK = "${edited}"\n`,
        'lib/util.py': `y = 2\nK = "${scanned}"\n`,
      }),
    );
    mkdirSync(path.join(root, 'src'));
    for (const [from, to] of [['vendor/app.py', 'src/app.py'], ['vendor/ci.yml', 'src/ci.yml'], ['vendor/edit.py', 'src/edit.py'], ['lib/util.py', 'src/util.py']]) gitIn(root, 'mv', from!, to!);
    writeTree(root, { 'src/edit.py': `a = 1\nb = 2\nK = "${edited}"\nc = 3\n` });
    gitIn(root, 'add', '-A');
    gitIn(root, 'commit', '-q', '-m', 'move in');
    const commits = gitIn(root, 'rev-list', '--reverse', 'HEAD').trim().split('\n');
    const report = await scanHistory(defaultSettings(root, { exclude: ['vendor/'] }), silentLogger, { since: null, allBranches: false });
    const rows = (report.findings as HistoryFinding[]).map((f) => [f.ruleId, f.file, f.line, f.column, commits.indexOf(f.commit)]);
    expect(rows).toEqual([
      ['openai-api-key', 'lib/util.py', 2, 6, 0],
      ['openai-api-key', 'src/app.py', 2, 6, 1],
      ['openai-api-key', 'src/ci.yml', 2, 19, 1],
      ['openai-api-key', 'src/edit.py', 3, 6, 1],
    ]);
  });
});
