import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/core/logger.js';
import { defaultSettings } from '../../src/core/settings.js';
import { scanStaged } from '../../src/diff/staged.js';
import { cleanupTempDirs, gitIn, makeRepo } from '../helpers/repo.js';
import { findingsOf } from './tree-fixture.js';

afterAll(cleanupTempDirs);

describe('pre-commit mode (staged content)', () => {
  it('a staged env file is reported as tracked, with its secret-like values on added lines', async () => {
    const dir = makeRepo({ 'README.md': 'x\n', '.gitignore': 'node_modules/\n' });
    writeFileSync(path.join(dir, '.env'), 'DEBUG=1\nDB_PASSWORD=hunter2xyz\n');
    writeFileSync(path.join(dir, 'notes.env'), 'A=1\n'); // not staged: not part of this commit
    gitIn(dir, 'add', '.env');
    const report = await scanStaged(defaultSettings(dir), silentLogger);
    expect(findingsOf(report, ['env-file-committed', 'env-file-not-ignored', 'env-file-secret'])).toEqual([
      'env-file-committed critical .env -',
      'env-file-secret high .env 2:13-2:23',
    ]);
    expect(report.findings.find((f) => f.ruleId === 'env-file-committed')!.message).toContain('tracked by git (committed or staged)');
  });

  it('reads the staged content, not unstaged edits in the working tree', async () => {
    const dir = makeRepo({ 'README.md': 'x\n' });
    writeFileSync(path.join(dir, '.env'), 'DEBUG=1\nDB_PASSWORD=hunter2xyz\n');
    gitIn(dir, 'add', '.env');
    // After staging, the working tree drops the secret and shifts the lines: the commit would still hold it.
    writeFileSync(path.join(dir, '.env'), '# moved\n# around\nDEBUG=1\n');
    const report = await scanStaged(defaultSettings(dir), silentLogger);
    expect(findingsOf(report, ['env-file-secret'])).toEqual(['env-file-secret high .env 2:13-2:23']);
  });

  it('nothing is reported when only ignored env files exist beside the staged change', async () => {
    const dir = makeRepo({ 'README.md': 'x\n', '.gitignore': '.env*\n' });
    writeFileSync(path.join(dir, '.env'), 'DB_PASSWORD=hunter2xyz\n');
    writeFileSync(path.join(dir, 'README.md'), 'y\n');
    gitIn(dir, 'add', 'README.md');
    const report = await scanStaged(defaultSettings(dir), silentLogger);
    expect(findingsOf(report, ['env-file-committed', 'env-file-not-ignored', 'env-file-secret', 'env-file-ignore-missing'])).toEqual([]);
  });
});
