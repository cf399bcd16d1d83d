/**
 * A checkout owned by another user (as on CI runners, where the job may run as root in a
 * container): git's ownership check refuses such a repository unless safe.directory names it.
 * The tool names exactly the repository it scans, so every git mode still works.
 */
import { execFileSync } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { openaiKey } from '../helpers/keys.js';
import { cleanupTempDirs, gitIn, makeRepo, writeTree } from '../helpers/repo.js';
import { findingsOf, runCli } from './git-helpers.js';

afterAll(cleanupTempDirs);

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;

describe.skipIf(!isRoot)('a repository owned by another user', () => {
  it('is scanned in tree, --staged, --diff and --history mode', async () => {
    const repo = makeRepo({ 'README.md': 'hello\n' });
    const base = gitIn(repo, 'rev-parse', 'HEAD').trim();
    writeTree(repo, { 'app.js': `const key = "${openaiKey('proj')}";\n` });
    gitIn(repo, 'add', '-A');
    gitIn(repo, 'commit', '-q', '-m', 'app');
    writeTree(repo, { 'staged.js': `k = "${openaiKey('proj')}"\n` });
    gitIn(repo, 'add', 'staged.js');
    execFileSync('chown', ['-R', '12345:12345', repo]);
    // Plain git refuses it now: the test is about a real ownership mismatch.
    expect(() => execFileSync('git', ['status'], { cwd: repo, stdio: 'pipe' })).toThrow(/dubious ownership/);

    const [tree, staged, diff, history] = await Promise.all([
      runCli(repo, ['scan', '--format', 'json', '--fail-on', 'low', '.']),
      runCli(repo, ['scan', '--staged', '--format', 'json', '--fail-on', 'low']),
      runCli(repo, ['scan', '--diff', base, '--format', 'json', '--fail-on', 'low']),
      runCli(repo, ['scan', '--history', '--format', 'json', '--fail-on', 'low']),
    ]);
    for (const run of [tree, staged, diff, history]) expect(run.code, run.stderr).toBe(1);
    const where = (run: typeof tree) => findingsOf(run).map((f) => `${f.file}:${f.line}:${f.column}`);
    expect(where(tree)).toEqual(expect.arrayContaining(['app.js:1:14', 'staged.js:1:6']));
    expect(where(staged)).toEqual(['staged.js:1:6']);
    expect(where(diff)).toEqual(expect.arrayContaining(['app.js:1:14', 'staged.js:1:6']));
    expect(where(history)).toEqual(['app.js:1:14']);
  }, 60_000);
});
