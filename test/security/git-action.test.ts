/**
 * The bundled Action in full, diff (pull request) and history mode on the hostile repository of
 * git-helpers.ts: no planted program runs, every run ends, and the key is annotated where it is.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAction, type ActionRun } from '../action/run-action.js';
import { openaiKey } from '../helpers/keys.js';
import { cleanupTempDirs, gitIn, makeRepo } from '../helpers/repo.js';
import { appendConfig, fifo, hostileRepo, Markers } from './git-helpers.js';

const markers = new Markers();
const keys = { app: openaiKey('proj'), staged: openaiKey('proj') };
const runs = new Map<string, ActionRun>();

beforeAll(async () => {
  const { repo, base } = hostileRepo(markers, keys);
  const head = gitIn(repo, 'rev-parse', 'HEAD').trim();
  const common = { workspace: repo, timeoutMs: 30_000 };
  const [full, diff, history] = await Promise.all([
    runAction({ ...common, event: 'push', sha: head, inputs: { mode: 'full', 'pr-comment': 'false', 'audit-issue': 'false' } }),
    runAction({
      ...common,
      event: 'pull_request',
      sha: head,
      inputs: { mode: 'diff', 'pr-comment': 'false' },
      edit: (p) => {
        p.pull_request.base.sha = base;
        p.pull_request.head.sha = head;
      },
    }),
    runAction({ ...common, event: 'push', sha: head, inputs: { mode: 'history', 'audit-issue': 'false' } }),
  ]);
  runs.set('full', full).set('diff', diff).set('history', history);
}, 90_000);

afterAll(cleanupTempDirs);

describe('the Action on a repository configuring a program for every key', () => {
  it.each(['full', 'diff', 'history'])('%s mode ends and annotates the key at app.js line 2', (mode) => {
    const run = runs.get(mode)!;
    expect(run.code, run.stdout.slice(-2000)).toBe(1);
    const annotations = run.stdout.split('\n').filter((l) => l.startsWith('::error ') && l.includes('file=app.js'));
    expect(annotations[0], run.stdout.slice(-2000)).toContain('file=app.js,line=2');
  });

  it('runs no planted program', () => {
    expect(runs.size).toBe(3);
    expect(markers.fired()).toEqual([]);
  });
});

describe('the Action when the repository config includes a FIFO', () => {
  it('fails the step as an incomplete scan instead of passing with nothing found', async () => {
    const repo = makeRepo({ 'app.js': `const key = "${openaiKey('proj')}";\n` });
    appendConfig(repo, `[include]\n\tpath = ${fifo('included')}\n`);
    // git's own timeout is a minute: the step ends long before, because git is never started.
    const run = await runAction({ workspace: repo, event: 'push', timeoutMs: 30_000, inputs: { mode: 'full' }, env: { OPENAI_SECRET_LINT_GIT_TIMEOUT_MS: '60000' } });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/::error::the repository's git config includes .*included, which is not a regular file: git was not run in .*: scan incomplete/);
    expect(run.outputs.findings).toBeUndefined();
  }, 40_000);
});
