/**
 * Config keys that make git open a file, pointed at FIFOs nobody writes to: every mode must end
 * (the keys are overridden, git never opens them) and still report the key. A FIFO the tool cannot
 * override away (an `include.path` of the repository's config) must end too: in the git timeout,
 * as an incomplete scan (exit 3) that names git, never as a clean result.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openaiKey } from '../helpers/keys.js';
import { cleanupTempDirs, gitIn, makeRepo, writeTree } from '../helpers/repo.js';
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

describe('a FIFO included by the repository config', () => {
  it('stops git at the timeout and exits 3 naming the incomplete scan', async () => {
    const repo = makeRepo({ 'app.js': `const key = "${openaiKey('proj')}";\n` });
    appendConfig(repo, `[include]\n\tpath = ${fifo('included')}\n`);
    const run = await runCli(repo, ['scan', '--history', '--format', 'json'], { timeoutMs: 20_000, env: { OPENAI_SECRET_LINT_GIT_TIMEOUT_MS: '1500' } });
    expect(run.code, run.stderr).toBe(3);
    expect(run.stderr).toMatch(/git config produced nothing for 2 s in .* and was stopped: scan incomplete/);
    expect(run.stdout).toBe('');
  }, 30_000);
});
