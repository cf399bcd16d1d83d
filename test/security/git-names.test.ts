/**
 * File names are bytes: a key in a file whose name is not UTF-8 is read, reported (exit 1 with
 * --fail-on low) and shown with the odd bytes escaped, in every mode.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openaiKey } from '../helpers/keys.js';
import { cleanupTempDirs, gitIn, makeRepo, tempDir } from '../helpers/repo.js';
import { findingsOf, runCli } from './git-helpers.js';

afterAll(cleanupTempDirs);

/** `dir/key-<0xff>.txt` and `sub<0xfe>/k.js` on disk (byte paths), each with a key on line 2. */
function plant(root: string): string[] {
  const files = [Buffer.from('key-\xff.txt', 'latin1'), Buffer.from('sub\xfe/k\xe9.js', 'latin1')];
  const keys: string[] = [];
  for (const rel of files) {
    const abs = Buffer.concat([Buffer.from(root + path.sep), rel]);
    const slash = rel.indexOf(0x2f);
    if (slash !== -1) mkdirSync(Buffer.concat([Buffer.from(root + path.sep), rel.subarray(0, slash)]), { recursive: true });
    const key = openaiKey('proj');
    keys.push(key);
    writeFileSync(abs, `first\nk = "${key}"\n`);
  }
  return keys;
}

const SHOWN = ['key-\\xff.txt:2:6', 'sub\\xfe/k\\xe9.js:2:6'];

function located(run: Awaited<ReturnType<typeof runCli>>): string[] {
  return findingsOf(run)
    .map((f) => `${f.file}:${f.line}:${f.column}`)
    .sort();
}

describe('file names that are not UTF-8', () => {
  it('are scanned in a plain folder (no git) and shown escaped', async () => {
    const dir = tempDir();
    plant(dir);
    const run = await runCli(dir, ['scan', '--format', 'json', '--fail-on', 'low', '.']);
    expect(run.code, run.stderr).toBe(1);
    expect(located(run)).toEqual(SHOWN);
  });

  it('are scanned in a git work tree, --staged, --diff and --history', async () => {
    const repo = makeRepo({ 'README.md': 'hello\n' });
    const base = gitIn(repo, 'rev-parse', 'HEAD').trim();
    plant(repo);
    execFileSync('git', ['add', '-A'], { cwd: repo });
    const staged = await runCli(repo, ['scan', '--staged', '--format', 'json', '--fail-on', 'low']);
    expect(staged.code, staged.stderr).toBe(1);
    expect(located(staged)).toEqual(SHOWN);

    const tree = await runCli(repo, ['scan', '--format', 'json', '--fail-on', 'low', '.']);
    expect(tree.code, tree.stderr).toBe(1);
    expect(located(tree)).toEqual(SHOWN);

    gitIn(repo, 'commit', '-q', '-m', 'odd names');
    const [diff, history] = await Promise.all([
      runCli(repo, ['scan', '--diff', base, '--format', 'json', '--fail-on', 'low']),
      runCli(repo, ['scan', '--history', '--format', 'json', '--fail-on', 'low']),
    ]);
    expect(diff.code, diff.stderr).toBe(1);
    expect(located(diff)).toEqual(SHOWN);
    expect(history.code, history.stderr).toBe(1);
    expect(located(history)).toEqual(SHOWN);

    // Untracked files in --diff are read by their bytes too.
    const again = makeRepo({ 'README.md': 'hello\n' });
    plant(again);
    const untracked = await runCli(again, ['scan', '--diff', 'HEAD', '--format', 'json', '--fail-on', 'low']);
    expect(untracked.code, untracked.stderr).toBe(1);
    expect(located(untracked)).toEqual(SHOWN);
  });
});
