import { mkdirSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/core/logger.js';
import { defaultSettings } from '../../src/core/settings.js';
import { scanStaged } from '../../src/diff/staged.js';
import { openaiKey } from '../helpers/keys.js';
import { cleanupTempDirs, gitIn, makeRepo } from '../helpers/repo.js';

afterAll(cleanupTempDirs);

describe('scanStaged', () => {
  it('scans the staged content on added lines only, never unstaged edits or old lines', async () => {
    const old = openaiKey();
    const staged = openaiKey();
    const unstaged = openaiKey();
    const dir = realpathSync(makeRepo({ 'app.py': `OLD = "${old}"\nx = 1\n`, 'keep.txt': 'k\n' }));
    writeFileSync(path.join(dir, 'app.py'), `OLD = "${old}"\nx = 1\nNEW = "${staged}"\n`);
    writeFileSync(path.join(dir, 'gone.py'), `G = "${staged}"\n`);
    gitIn(dir, 'add', 'app.py', 'gone.py');
    // After staging: the working tree changes, and one staged file is deleted from disk.
    writeFileSync(path.join(dir, 'app.py'), `U = "${unstaged}"\nOLD = "${old}"\nx = 1\nNEW = "${staged}"\n`);
    writeFileSync(path.join(dir, 'keep.txt'), `k\nU = "${unstaged}"\n`);
    rmSync(path.join(dir, 'gone.py'));
    writeFileSync(path.join(dir, 'untracked.py'), `U = "${unstaged}"\n`);

    const report = await scanStaged(defaultSettings(dir), silentLogger);
    expect(report.findings.map((f) => [f.file, f.line, f.column])).toEqual([
      ['app.py', 3, 8],
      ['gone.py', 1, 6],
    ]);
    expect(report.stats.filesScanned).toBe(2);
  });

  it('honours exclude and skips binary staged files', async () => {
    const dir = realpathSync(makeRepo({ 'a.txt': 'a\n' }));
    writeFileSync(path.join(dir, 'vendor.txt'), `K = "${openaiKey()}"\n`);
    writeFileSync(path.join(dir, 'bin.dat'), Buffer.concat([Buffer.from([0, 0]), Buffer.from(openaiKey())]));
    gitIn(dir, 'add', '.');
    const report = await scanStaged(defaultSettings(dir, { exclude: ['vendor.txt'] }), silentLogger);
    expect(report.findings).toEqual([]);
    expect(report.stats.skippedBinary).toBe(1);
    expect(report.stats.filesDiscovered).toBe(1);
  });

  it('keeps file-level findings about staged files, such as a staged env file', async () => {
    const dir = realpathSync(makeRepo({ 'a.txt': 'a\n' }));
    writeFileSync(path.join(dir, '.env'), 'DEBUG=1\n');
    gitIn(dir, 'add', '.env');
    const report = await scanStaged(defaultSettings(dir), silentLogger);
    expect(report.findings.map((f) => [f.category, f.file, f.line])).toEqual([['unprotected-env-file', '.env', null]]);
  });

  it('reads from the index what the diff names no blob for (a pure rename, a mode change), and skips staged links', async () => {
    const key = openaiKey();
    const dir = realpathSync(makeRepo({ 'old/.env': 'DEBUG=1\n', 'tool.sh': `K="${key}"\n` }));
    mkdirSync(path.join(dir, 'new'));
    gitIn(dir, 'mv', 'old/.env', 'new/.env');
    gitIn(dir, 'update-index', '--chmod=+x', 'tool.sh');
    writeFileSync(path.join(dir, 'empty.txt'), '');
    symlinkSync('tool.sh', path.join(dir, 'link'));
    writeFileSync(path.join(dir, 'added.py'), `x = 1\nK = "${key}"\n`);
    gitIn(dir, 'add', 'empty.txt', 'link', 'added.py');
    const report = await scanStaged(defaultSettings(dir), silentLogger);
    // tool.sh's key is on no added line; the renamed env file is a file-level finding.
    expect(report.findings.map((f) => [f.category, f.file, f.line, f.column])).toEqual([
      ['hardcoded-secret', 'added.py', 2, 6],
      ['unprotected-env-file', 'new/.env', null, null],
    ]);
    expect(report.stats.filesScanned).toBe(4);
    expect(report.stats.skippedSymlink).toBe(1);
  });
});
