/**
 * Config keys that make git open a file, pointed at FIFOs nobody writes to: every mode must end
 * (the keys are overridden, git never opens them) and still report the key. A FIFO the tool cannot
 * override away (an `include.path` of the repository's config) is found before git runs: the scan
 * is refused as incomplete (exit 3) naming the file, never a clean result and never a wait.
 */
import { execFileSync } from 'node:child_process';
import { rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openaiKey } from '../helpers/keys.js';
import { cleanupTempDirs, gitIn, makeRepo, tempDir, writeTree } from '../helpers/repo.js';
import { appendConfig, fifo, findingsOf, runCli, type CliRun } from './git-helpers.js';

const FIFO_KEYS = ['core.excludesFile', 'core.attributesFile', 'diff.orderFile', 'mailmap.file', 'blame.ignoreRevsFile', 'commit.template'] as const;

afterAll(cleanupTempDirs);

describe('path keys pointing at FIFOs', () => {
  const key = openaiKey('proj');
  const runs = new Map<string, CliRun>();
  let base = '';

  beforeAll(async () => {
    const repo = makeRepo({ 'README.md': 'hello\n' });
    base = gitIn(repo, 'rev-parse', 'HEAD').trim();
    writeTree(repo, { 'app.js': `const key = "${key}";\n` });
    gitIn(repo, 'add', '-A');
    gitIn(repo, '-c', 'user.name=t', '-c', 'user.email=t@example.invalid', 'commit', '-q', '-m', 'app');
    writeTree(repo, { 'README.md': 'changed\n' });
    gitIn(repo, 'add', 'README.md');
    const lines = FIFO_KEYS.map((k) => {
      const [section, name] = k.split('.');
      return `[${section}]\n\t${name} = ${fifo(k)}\n`;
    });
    appendConfig(repo, lines.join('') + '[log]\n\tmailmap = true\n');
    const modes: [string, string[]][] = [
      ['tree', ['scan', '--format', 'json', '.']],
      ['staged', ['scan', '--staged', '--format', 'json']],
      ['diff', ['scan', '--diff', base, '--format', 'json']],
      ['history', ['scan', '--history', '--format', 'json']],
      ['all-branches', ['scan', '--history', '--all-branches', '--format', 'json']],
      ['install-hook', ['install-hook']],
    ];
    // The time bound is the spawn's: a run that blocks on a FIFO is killed and has no exit code.
    const done = await Promise.all(modes.map(async ([mode, args]) => [mode, await runCli(repo, args, { timeoutMs: 20_000 })] as const));
    for (const [mode, run] of done) runs.set(mode, run);
  }, 60_000);

  it.each(['tree', 'diff', 'history', 'all-branches'])('%s ends and reports the key', (mode) => {
    const run = runs.get(mode)!;
    expect(run.code, `${mode} hung or failed: ${run.stderr}`).toBe(1);
    expect(findingsOf(run).map((f) => `${f.file}:${f.line}:${f.column}`)).toContain('app.js:1:14');
  });

  it('--staged ends (nothing staged holds a key)', () => {
    const run = runs.get('staged')!;
    expect(run.code, run.stderr).toBe(0);
    expect(findingsOf(run)).toEqual([]);
  });

  it('install-hook ends', () => {
    expect(runs.get('install-hook')!.code, runs.get('install-hook')!.stderr).toBe(0);
  });
});

describe('a config that includes (or is) something other than a regular file', () => {
  // The git timeout is a minute and the spawn's bound 20 s: a run that waits for git is killed
  // (code null), so exit 3 here means git was refused before it ran.
  const slowTimeout = { OPENAI_SECRET_LINT_GIT_TIMEOUT_MS: '60000' };
  const MODES: [string, string[]][] = [
    ['tree', ['scan', '--format', 'json', '.']],
    ['staged', ['scan', '--staged', '--format', 'json']],
    ['diff', ['scan', '--diff', 'HEAD', '--format', 'json']],
    ['history', ['scan', '--history', '--format', 'json']],
    ['install-hook', ['install-hook']],
  ];
  const refusedRun = async (repo: string, args: string[]) => {
    const run = await runCli(repo, args, { timeoutMs: 20_000, env: slowTimeout });
    expect(run.code, `${args.join(' ')}: ${run.stderr}`).toBe(3);
    expect(run.stdout).toBe('');
    return run;
  };

  it.each(MODES)('%s: an include of a FIFO is refused at once, naming the file (exit 3)', async (_mode, args) => {
    const repo = makeRepo({ 'app.js': `const key = "${openaiKey('proj')}";\n` });
    const target = fifo('included');
    appendConfig(repo, `[include]\n\tpath = ${target}\n`);
    const run = await refusedRun(repo, args);
    expect(run.stderr).toContain(`the repository's git config includes ${target}, which is not a regular file: git was not run in`);
    expect(run.stderr).toContain('scan incomplete');
  }, 30_000);

  it.each([
    ['a relative include of a file that includes a FIFO', (repo: string) => {
      const target = fifo('nested');
      writeFileSync(path.join(repo, '.git', 'more.cfg'), `[includeIf "gitdir:/"]\n\tpath = ${target}\n`);
      appendConfig(repo, '[Include]\n\tpath = more.cfg\n');
      return target;
    }],
    ['a symlink to a FIFO', (repo: string) => {
      const link = path.join(repo, '.git', 'link.cfg');
      symlinkSync(fifo('behind-link'), link);
      appendConfig(repo, `[include]\n\tpath = "${link}"\n`);
      return link;
    }],
    ['a device', (repo: string) => {
      appendConfig(repo, '[include]\n\tpath = /dev/zero\n');
      return '/dev/zero';
    }],
  ])('%s is refused too', async (_what, plant) => {
    const repo = makeRepo({ 'app.js': 'hello\n' });
    const target = plant(repo);
    const run = await refusedRun(repo, ['scan', '--history', '--format', 'json']);
    expect(run.stderr).toContain(`includes ${target}, which is not a regular file`);
  }, 30_000);

  it('a .git/config that is itself a FIFO is refused', async () => {
    const repo = makeRepo({ 'app.js': 'hello\n' });
    const config = path.join(repo, '.git', 'config');
    rmSync(config);
    execFileSync('mkfifo', [config]);
    const run = await refusedRun(repo, ['scan', '--format', 'json', '.']);
    expect(run.stderr).toContain(`the repository's git config is ${config}, which is not a regular file`);
  }, 30_000);

  it('a linked worktree whose common config includes a FIFO is refused', async () => {
    const repo = makeRepo({ 'app.js': 'hello\n' });
    const worktree = path.join(tempDir('osl-wt-'), 'wt');
    gitIn(repo, 'worktree', 'add', '-q', worktree);
    appendConfig(repo, `[include]\n\tpath = ${fifo('common')}\n`);
    const run = await refusedRun(worktree, ['scan', '--staged', '--format', 'json']);
    expect(run.stderr).toContain('which is not a regular file: git was not run in');
  }, 30_000);

  it('includes of regular files (and of files that do not exist) are read as before', async () => {
    const repo = makeRepo({ 'app.js': `const key = "${openaiKey('proj')}";\n` });
    writeFileSync(path.join(repo, '.git', 'extra.cfg'), '[core]\n\tpager = /bin/evil\n');
    appendConfig(repo, '[include]\n\tpath = extra.cfg\n\tpath = missing.cfg\n[includeIf "gitdir:/nowhere/"]\n\tpath = ~/osl-not-there.cfg\n');
    const run = await runCli(repo, ['scan', '--history', '--format', 'json'], { timeoutMs: 20_000, env: slowTimeout });
    expect(run.code, run.stderr).toBe(1);
    expect(findingsOf(run).map((f) => `${f.file}:${f.line}:${f.column}`)).toEqual(['app.js:1:14']);
  }, 30_000);
});
