/**
 * The installed pre-commit hook in the ways a commit takes its files: `git commit -a` and a
 * partial commit (`git commit <path>`) run the hook on a temporary index (GIT_INDEX_FILE), which
 * the git runner must keep while it pins GIT_DIR and GIT_WORK_TREE (src/util/git-hardening.ts).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { appendFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { REPO_ROOT } from '../action/run-action.js';
import { openaiKey } from '../helpers/keys.js';
import { cleanupTempDirs, gitIn, makeRepo, tempDir } from '../helpers/repo.js';

afterAll(cleanupTempDirs);

const CLI = path.join(REPO_ROOT, 'dist/cli/index.js');

it('blocks a key added by `commit -a` and by a partial commit, and lets a commit of other files through', () => {
  const repo = makeRepo({ 'app.py': 'x = 1\n', 'other.py': 'y = 1\n' });
  const env = { ...process.env, XDG_CACHE_HOME: tempDir('osl-cache-'), NO_COLOR: '1' };
  execFileSync(process.execPath, [CLI, 'install-hook'], { cwd: repo, env });
  const commit = (...args: string[]) => spawnSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.invalid', 'commit', '-q', ...args], { cwd: repo, env, encoding: 'utf8' });
  const head = () => gitIn(repo, 'rev-parse', 'HEAD').trim();
  const start = head();
  appendFileSync(path.join(repo, 'app.py'), `KEY = "${openaiKey('proj')}"\n`);

  const all = commit('-am', 'all');
  expect(all.status).not.toBe(0);
  expect(all.stdout + all.stderr).toContain('app.py:2:8');
  expect(head()).toBe(start);

  const partial = commit('-m', 'partial', 'app.py');
  expect(partial.status).not.toBe(0);
  expect(partial.stdout + partial.stderr).toContain('app.py:2:8');
  expect(head()).toBe(start);

  writeFileSync(path.join(repo, 'other.py'), 'y = 2\n');
  const other = commit('-m', 'other', 'other.py');
  expect(other.status, other.stderr).toBe(0);
  expect(head()).not.toBe(start);
}, 30_000);
