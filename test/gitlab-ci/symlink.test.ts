import { symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/core/logger.js';
import { scan } from '../../src/core/scan.js';
import { defaultSettings } from '../../src/core/settings.js';
import { cleanupTempDirs, gitIn, makeRepo, tempDir } from '../helpers/repo.js';

afterAll(cleanupTempDirs);

describe('a committed .gitlab-ci.yml that is a symbolic link', () => {
  it('is never read through the link (it could point out of the repository)', async () => {
    const outside = tempDir();
    writeFileSync(path.join(outside, 'pipeline.yml'), 'include:\n  - local: from-outside.yml\n');
    const dir = makeRepo({ 'README.md': 'x\n', 'ci/jobs.yml': 'test:\n  script: [make]\n' });
    symlinkSync(path.join(outside, 'pipeline.yml'), path.join(dir, '.gitlab-ci.yml'));
    gitIn(dir, 'add', '.gitlab-ci.yml');
    gitIn(dir, 'commit', '-q', '-m', 'link');
    const report = await scan(defaultSettings(dir), silentLogger);
    expect(report.diagnostics.filter((d) => d.code.startsWith('gitlab-include'))).toEqual([]);
    expect(report.stats.skippedSymlink).toBe(1);
  });
});
