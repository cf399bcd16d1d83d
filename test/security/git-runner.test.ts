/**
 * The git runner itself (src/util/git.ts): the only module that starts processes, its overrides,
 * its environment, and its timeout.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { git, GitTimeoutError, overrideFor, setGitTimeoutMs } from '../../src/util/git.js';
import { REPO_ROOT } from '../action/run-action.js';
import { openaiKey } from '../helpers/keys.js';
import { cleanupTempDirs, makeRepo } from '../helpers/repo.js';
import { appendConfig, fifo, findingsOf, Markers, runCli } from './git-helpers.js';

afterAll(cleanupTempDirs);
afterEach(() => setGitTimeoutMs(null));

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? sources(full) : full.endsWith('.ts') ? [full] : [];
  });
}

describe('one way to run git', () => {
  it('only src/util/git.ts starts processes', () => {
    const spawning = sources(path.join(REPO_ROOT, 'src')).filter((file) => /child_process|\bexeca\b|cross-spawn/.test(readFileSync(file, 'utf8')));
    expect(spawning.map((f) => path.relative(REPO_ROOT, f))).toEqual([path.join('src', 'util', 'git.ts')]);
  });

  it.each([
    ['filter.a=b.clean', ''],
    ['filter.a=b.process', ''],
    ['filter.a=b.required', 'false'],
    ['diff.drv.textconv', ''],
    ['diff.x.y.command', ''],
    ['merge.m.driver', ''],
    ['gpg.ssh.program', ''],
    ['gpg.ssh.defaultKeyCommand', ''],
    ['credential.https://h.invalid.helper', ''],
    ['remote.origin.uploadpack', ''],
    ['remote.origin.proxy', ''],
    ['http.https://h.invalid.proxy', ''],
    ['pager.log', 'false'],
    ['protocol.ext.allow', 'never'],
    ['submodule.s.update', 'none'],
    ['sendemail.toCmd', ''],
    ['core.excludesFile', '/dev/null'],
    ['http.cookieFile', '/dev/null'],
    ['difftool.t.path', ''],
    ['mergetool.t.cmd', ''],
    ['gpg.ssh.allowedSignersFile', '/dev/null'],
    ['log.showSignature', 'false'],
    ['core.fsmonitor', 'false'],
    ['core.hooksPath', '/dev/null'],
    ['include.path', null],
    ['includeIf.gitdir:/x/.path', null],
    ['user.name', null],
    ['diff.drv.xfuncname', null],
  ])('overrides %s with %j', (key, value) => {
    expect(overrideFor(key)).toBe(value);
  });

  it('ignores git variables of the parent environment (GIT_DIR, GIT_CONFIG_*)', async () => {
    const repo = makeRepo({ 'a.txt': 'a\n' });
    const other = makeRepo({ 'b.txt': 'b\n' });
    const saved = { ...process.env };
    try {
      Object.assign(process.env, { GIT_DIR: path.join(other, '.git'), GIT_WORK_TREE: other, GIT_CONFIG_COUNT: '1', GIT_CONFIG_KEY_0: 'core.quotePath', GIT_CONFIG_VALUE_0: 'false' });
      const listed = await git(repo, ['ls-files', '-z']);
      expect(listed.stdout.toString()).toBe('a.txt\0');
      const quoted = await git(repo, ['config', 'core.quotePath']);
      expect(quoted.stdout.toString().trim()).toBe('true');
    } finally {
      for (const name of Object.keys(process.env)) if (!(name in saved)) delete process.env[name];
    }
  });

  it('wins over the repository config and what it includes', async () => {
    const repo = makeRepo({ 'a.txt': 'a\n' });
    const included = path.join(repo, '.git', 'extra');
    execFileSync('git', ['config', '--file', included, 'gpg.program', '/bin/evil']);
    appendConfig(repo, `[include]\n\tpath = ${included}\n[filter "a=b"]\n\tclean = /bin/evil\n`);
    const shown = async (key: string) => (await git(repo, ['config', '--get', key])).stdout.toString().trim();
    expect(await shown('gpg.program')).toBe('');
    expect(await shown('filter.a=b.clean')).toBe('');
    expect(await shown('core.excludesFile')).toBe('/dev/null');
  });

  it('never runs a `git` planted in the scanned folder, even with a relative PATH entry', async () => {
    const markers = new Markers();
    const repo = makeRepo({ 'app.js': `const key = "${openaiKey('proj')}";\n` });
    copyFileSync(markers.program('planted-git'), path.join(repo, 'git'));
    const run = await runCli(repo, ['scan', '--history', '--format', 'json'], { env: { PATH: `.:${process.env.PATH}` } });
    expect(run.code, run.stderr).toBe(1);
    expect(findingsOf(run).map((f) => `${f.file}:${f.line}:${f.column}`)).toEqual(['app.js:1:14']);
    expect(markers.fired()).toEqual([]);
  });

  it('answers -1 when git cannot be started (callers then treat the folder as outside git)', async () => {
    const dir = makeRepo({ 'a.txt': 'a\n' });
    const saved = process.env.PATH;
    try {
      process.env.PATH = path.join(dir, 'no-bin');
      const result = await git(dir, ['rev-parse', '--show-toplevel']);
      expect(result.code).toBe(-1);
      expect(result.stderr).toContain('ENOENT');
    } finally {
      process.env.PATH = saved;
    }
  });

  it('stops a git call that blocks (reading a FIFO) and rejects with GitTimeoutError', async () => {
    const repo = makeRepo({ 'a.txt': 'a\n' });
    setGitTimeoutMs(300);
    const started = Date.now();
    await expect(git(repo, ['hash-object', '--no-filters', fifo()])).rejects.toBeInstanceOf(GitTimeoutError);
    expect(Date.now() - started).toBeLessThan(10_000);
  });
});
