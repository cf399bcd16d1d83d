/** The one module that writes the tool's files (util/safe-write) and the baseline reader's bounds. */
import { execFileSync, spawnSync } from 'node:child_process';
import { linkSync, lstatSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeFileNoFollow } from '../../src/util/safe-write.js';
import { openaiKey } from '../helpers/keys.js';
import { cleanupTempDirs, makeRepo, tempDir } from '../helpers/repo.js';
import { CLI_BUNDLE } from './action-helpers.js';

afterAll(cleanupTempDirs);

const PRECIOUS = 'precious\n';

function victim(): string {
  const file = path.join(tempDir('osl-victim-'), 'victim.txt');
  writeFileSync(file, PRECIOUS);
  return file;
}

describe('writeFileNoFollow', () => {
  it('replaces a symlink and a hard link instead of writing through them, leaving no temporary file', async () => {
    const dir = tempDir();
    const soft = victim();
    const hard = victim();
    symlinkSync(soft, path.join(dir, 'a.json'));
    linkSync(hard, path.join(dir, 'b.json'));
    await writeFileNoFollow(path.join(dir, 'a.json'), 'report a');
    await writeFileNoFollow(path.join(dir, 'b.json'), 'report b');
    expect(readFileSync(soft, 'utf8')).toBe(PRECIOUS);
    expect(readFileSync(hard, 'utf8')).toBe(PRECIOUS);
    expect(lstatSync(path.join(dir, 'a.json')).isSymbolicLink()).toBe(false);
    expect(readFileSync(path.join(dir, 'a.json'), 'utf8')).toBe('report a');
    expect(readFileSync(path.join(dir, 'b.json'), 'utf8')).toBe('report b');
    expect(readdirSync(dir).sort()).toEqual(['a.json', 'b.json']);
  });

  it('refuses a directory reached through a link under `within`, creates missing directories, cleans up on failure', async () => {
    const dir = tempDir();
    const outside = tempDir('osl-victim-dir-');
    symlinkSync(outside, path.join(dir, 'out'));
    await expect(writeFileNoFollow(path.join(dir, 'out/deep/r.sarif'), 'x', { within: dir })).rejects.toThrow('out is a symbolic link');
    expect(readdirSync(outside)).toEqual([]);

    await writeFileNoFollow(path.join(dir, 'new/deeper/r.sarif'), 'y', { within: dir });
    expect(readFileSync(path.join(dir, 'new/deeper/r.sarif'), 'utf8')).toBe('y');

    mkdirSync(path.join(dir, 'taken'));
    await expect(writeFileNoFollow(path.join(dir, 'taken'), 'z')).rejects.toThrow();
    expect(readdirSync(dir).sort()).toEqual(['new', 'out', 'taken']);
  });
});

describe('the baseline reader', () => {
  it('refuses a baseline that is not a regular file (a link to a FIFO would hang, /dev/zero would exhaust memory)', () => {
    const fifo = path.join(tempDir('osl-fifo-'), 'pipe');
    execFileSync('mkfifo', [fifo]);
    const key = openaiKey('proj');
    const workspace = makeRepo({ 'app.js': `k = "${key}";\n` });
    symlinkSync(fifo, path.join(workspace, 'baseline.json'));
    const result = spawnSync(process.execPath, [CLI_BUNDLE, 'scan', '.', '--baseline', 'baseline.json'], { cwd: workspace, encoding: 'utf8', timeout: 20_000, env: { ...process.env, NO_COLOR: '1' } });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('is not a file');
    // Without it, the key is reported at its place.
    const plain = spawnSync(process.execPath, [CLI_BUNDLE, 'scan', '.'], { cwd: workspace, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    expect(plain.status).toBe(1);
    expect(plain.stdout).toContain('app.js:1:6');
  });
});
