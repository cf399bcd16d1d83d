/**
 * `core.worktree` in the repository's config names a folder for git to treat as the work tree:
 * the scan must stay on the folder it was given, reading its files and nothing of the other one.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { openaiKey } from '../helpers/keys.js';
import { cleanupTempDirs, gitIn, makeRepo, tempDir, writeTree } from '../helpers/repo.js';
import { appendConfig, findingsOf, runCli } from './git-helpers.js';

afterAll(cleanupTempDirs);

describe('a repository whose core.worktree points elsewhere', () => {
  it('is scanned where it is (tree, --diff, --history), and the other folder is not read', async () => {
    const repo = makeRepo({ 'README.md': 'hello\n' });
    const base = gitIn(repo, 'rev-parse', 'HEAD').trim();
    writeTree(repo, { 'app.js': `const key = "${openaiKey('proj')}";\n` });
    gitIn(repo, 'add', '-A');
    gitIn(repo, 'commit', '-q', '-m', 'app');
    const elsewhere = tempDir();
    writeTree(elsewhere, { 'decoy.js': `const key = "${openaiKey('proj')}";\n` });
    appendConfig(repo, `[core]\n\tworktree = ${elsewhere}\n`);
    const [tree, diff, history] = await Promise.all([
      runCli(repo, ['scan', '--format', 'json', '--fail-on', 'low', '.']),
      runCli(repo, ['scan', '--diff', base, '--format', 'json', '--fail-on', 'low']),
      runCli(repo, ['scan', '--history', '--format', 'json', '--fail-on', 'low']),
    ]);
    for (const run of [tree, diff, history]) {
      expect(run.code, run.stderr).toBe(1);
      expect(findingsOf(run).map((f) => `${f.file}:${f.line}:${f.column}`)).toEqual(['app.js:1:14']);
    }
  });
});
