import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { commit, prShas } from '../security/action-helpers.js';
import { startFakeGitHub } from '../helpers/github-api-server.js';
import { openaiKey } from '../helpers/keys.js';
import { cleanupTempDirs, gitIn, makeRepo, tempDir } from '../helpers/repo.js';
import { runAction, type ActionRun } from './run-action.js';

afterAll(cleanupTempDirs);

const REMOVED = "removed by a later commit — still in the pull request's history: rotate it";

function findingAnnotations(run: ActionRun): string[] {
  return run.stdout.split('\n').filter((l) => /^::(error|warning|notice) /.test(l) && l.includes(',file='));
}

describe('pull_request: every commit of base..head', () => {
  it('reports a key one commit added and a later one removed, at the commit that added it', async () => {
    const key = openaiKey('proj');
    const workspace = makeRepo({ 'src/summarize.js': 'export const x = 1;\n' });
    const base = gitIn(workspace, 'rev-parse', 'HEAD').trim();
    const added = commit(workspace, { 'src/summarize.js': `export const x = 1;\nconst k = "${key}";\n` }, 'add a key');
    const head = commit(workspace, { 'src/summarize.js': 'export const x = 1;\nconst k = process.env.OPENAI_API_KEY;\n' }, 'read it from the environment');
    const api = await startFakeGitHub();
    try {
      const run = await runAction({ workspace, event: 'pull_request', apiUrl: api.url, edit: prShas(base, head) });
      expect(run.outputs.findings).toBe('1');
      expect(run.code).toBe(1);
      expect(run.summary).toContain(REMOVED);
      expect(run.summary).toContain(`/blob/${added}/src/summarize.js#L2)`);
      expect(run.summary).toContain('Pull request commits: every commit of base..head (2 commits, already in the clone) read as git objects');
      // Line 2 of the head's file no longer holds the key: no annotation claims it does.
      expect(findingAnnotations(run)).toEqual([]);
      expect(api.comments[0]!.body).toContain(REMOVED);
    } finally {
      await api.close();
    }
  }, 120_000);
});

describe('history findings at HEAD', () => {
  it('are linked to their commit and annotated only where HEAD still holds them', async () => {
    const gone = openaiKey('proj');
    const kept = openaiKey('proj');
    const workspace = makeRepo({ 'src/summarize.js': `const a = "${gone}";\nconst b = "${kept}";\n` });
    const first = gitIn(workspace, 'rev-parse', 'HEAD').trim();
    // The first key is removed; its line 1 now holds other text. The second key stays (moved to line 1).
    commit(workspace, { 'src/summarize.js': `const b = "${kept}";\n` }, 'drop a');
    const run = await runAction({ workspace, event: 'push', inputs: { mode: 'history' } });
    expect(run.outputs.findings).toBe('2');
    expect(run.summary).toContain(`/blob/${first}/src/summarize.js#L1)`);
    expect(run.summary).toContain(`/blob/${first}/src/summarize.js#L2)`);
    // Only the kept key's line still holds it, and it moved: nothing matches line 2 at HEAD either.
    expect(findingAnnotations(run)).toEqual([]);

    commit(workspace, { 'src/summarize.js': `const a = 1;\nconst b = "${kept}";\n` }, 'put b back on line 2');
    const again = await runAction({ workspace, event: 'push', inputs: { mode: 'history' } });
    const annotated = findingAnnotations(again);
    expect(annotated).toHaveLength(1);
    expect(annotated[0]).toMatch(/,file=src\/summarize\.js,line=2,/);
  }, 120_000);
});

/** A "GitHub" of bare repositories under a file:// server URL: the PR's commits live only there. */
function remoteWithPullRequest(prTree: Record<string, string>[]): { server: string; workspace: string; base: string; head: string; commits: number } {
  const server = tempDir('osl-server-');
  const origin = makeRepo({ 'README.md': '# demo\n' });
  const base = gitIn(origin, 'rev-parse', 'HEAD').trim();
  gitIn(origin, 'checkout', '-q', '-b', 'feature');
  let head = base;
  prTree.forEach((tree, i) => (head = commit(origin, tree, `pr commit ${i + 1}`)));
  gitIn(origin, 'checkout', '-q', 'main');
  const bare = path.join(server, 'octo-org', 'demo-repo');
  mkdirSync(path.dirname(bare), { recursive: true });
  gitIn(server, 'clone', '-q', '--bare', origin, bare);
  gitIn(bare, 'update-ref', 'refs/pull/7/head', head);
  gitIn(bare, 'branch', '-q', '-D', 'feature');
  // actions/checkout on pull_request_target: the base branch, one commit deep.
  const workspace = tempDir('osl-ws-');
  gitIn(workspace, 'clone', '-q', '--depth', '1', '--branch', 'main', `file://${bare}`, '.');
  return { server, workspace, base, head, commits: prTree.length };
}

describe('pull_request_target: the pull request is data', () => {
  const target = (remote: ReturnType<typeof remoteWithPullRequest>, apiUrl: string) =>
    runAction({
      workspace: remote.workspace,
      event: 'pull_request_target',
      apiUrl,
      sha: remote.base,
      env: { GITHUB_SERVER_URL: `file://${remote.server}` },
      edit: (payload) => {
        prShas(remote.base, remote.head)(payload);
        payload.pull_request.commits = remote.commits;
      },
    });

  it('fetches refs/pull/N/head as objects and scans its commits, checking out nothing', async () => {
    const removedKey = openaiKey('proj');
    const keptKey = openaiKey('proj');
    const remote = remoteWithPullRequest([{ 'src/a.js': `k = "${removedKey}"\n`, 'src/b.js': `k = "${keptKey}"\n` }, { 'src/a.js': 'k = process.env.K\n' }]);
    expect(() => gitIn(remote.workspace, 'cat-file', '-e', `${remote.head}^{commit}`)).toThrow();
    const api = await startFakeGitHub();
    try {
      const run = await target(remote, api.url);
      expect(run.stdout.split('\n').filter((l) => l.startsWith('::error::'))).toEqual(['::error::2 findings at or above high']);
      expect(run.outputs.findings).toBe('2');
      expect(run.code).toBe(1);
      expect(run.summary).toContain(REMOVED);
      expect(run.summary).toContain('src/a.js:1');
      expect(run.summary).toContain('src/b.js:1');
      expect(run.summary).toContain('fetched refs/pull/7/head as objects');
      // The kept key is on line 1 of the head's src/b.js: annotated there; the removed one is not.
      const annotated = findingAnnotations(run);
      expect(annotated).toHaveLength(1);
      expect(annotated[0]).toMatch(/,file=src\/b\.js,line=1,/);
      // Nothing checked out: the workspace is still the base, clean, without the pull request's files.
      expect(gitIn(remote.workspace, 'rev-parse', 'HEAD').trim()).toBe(remote.base);
      expect(gitIn(remote.workspace, 'status', '--porcelain')).toBe('');
      expect(existsSync(path.join(remote.workspace, 'src'))).toBe(false);
    } finally {
      await api.close();
    }
  }, 120_000);

  it("fails the step when the pull request's commits cannot be obtained", async () => {
    const remote = remoteWithPullRequest([{ 'src/a.js': `k = "${openaiKey('proj')}"\n` }]);
    gitIn(path.join(remote.server, 'octo-org', 'demo-repo'), 'update-ref', '-d', 'refs/pull/7/head');
    const api = await startFakeGitHub();
    try {
      const run = await target(remote, api.url);
      expect(run.code).toBe(1);
      const errors = run.stdout.split('\n').filter((l) => l.startsWith('::error::'));
      expect(errors).toHaveLength(1);
      expect(errors[0]).toContain("cannot scan the pull request's commits on pull_request_target: its head commit");
      expect(errors[0]).toContain('refs/pull/7/head could not be fetched');
    } finally {
      await api.close();
    }
  }, 120_000);
});

describe('the pull request comment', () => {
  it('links the run, says how to suppress or baseline, and counts findings outside the change', async () => {
    const old = [openaiKey('proj'), openaiKey('proj'), openaiKey('proj')];
    const workspace = makeRepo({ 'legacy/a.js': old.map((k) => `k = "${k}"`).join('\n') + '\n' });
    const base = gitIn(workspace, 'rev-parse', 'HEAD').trim();
    const head = commit(workspace, { 'new.js': `k = "${openaiKey('proj')}"\n` }, 'add');
    const api = await startFakeGitHub();
    try {
      const run = await runAction({ workspace, event: 'pull_request', apiUrl: api.url, edit: prShas(base, head) });
      expect(run.outputs.findings).toBe('1');
      const body = api.comments[0]!.body;
      expect(body).toContain('new.js:1');
      expect(body).not.toContain('legacy/a.js');
      expect(body).toContain('3 more findings in files or lines this pull request does not touch: not part of this check');
      expect(body).toContain('[the workflow run](https://github.com/octo-org/demo-repo/actions/runs/4242)');
      expect(body).toContain('openai-secret-lint:ignore[rule-id]');
      expect(body).toContain('--write-baseline');
    } finally {
      await api.close();
    }
  }, 120_000);
});

describe('workflow_run of a pull request', () => {
  it("scans the listed pull request's commits as data", async () => {
    const key = openaiKey('proj');
    const remote = remoteWithPullRequest([{ 'src/a.js': `k = "${key}"\n` }, { 'src/a.js': 'k = 1\n' }]);
    const api = await startFakeGitHub();
    try {
      const run = await runAction({
        workspace: remote.workspace,
        event: 'workflow_run',
        apiUrl: api.url,
        sha: remote.base,
        env: { GITHUB_SERVER_URL: `file://${remote.server}` },
        edit: (payload) => {
          payload.workflow_run = { event: 'pull_request', head_sha: remote.head, pull_requests: [{ number: 7, head: { sha: remote.head }, base: { sha: remote.base } }] };
        },
      });
      expect(run.outputs.findings).toBe('1');
      expect(run.code).toBe(1);
      expect(run.summary).toContain(REMOVED);
      expect(run.summary).toContain('fetched refs/pull/7/head as objects');
      expect(gitIn(remote.workspace, 'status', '--porcelain')).toBe('');
    } finally {
      await api.close();
    }
  }, 120_000);

  it('fails the step when the payload lists no pull request (a fork)', async () => {
    const workspace = makeRepo({ 'README.md': '# x\n' });
    const run = await runAction({
      workspace,
      event: 'workflow_run',
      edit: (payload) => {
        payload.workflow_run = { event: 'pull_request', head_sha: 'a'.repeat(40), pull_requests: [] };
      },
    });
    expect(run.code).toBe(1);
    expect(run.stdout.split('\n').filter((l) => l.startsWith('::error::'))).toEqual([
      expect.stringContaining("::error::cannot scan the pull request's commits on workflow_run: the payload lists no pull request"),
    ]);
  });
});

describe('pull_request without its commits in the clone', () => {
  it('scans the net change and says the commits were not scanned, and why', async () => {
    const workspace = makeRepo({ 'a.js': `k = "${openaiKey('proj')}"\n` });
    const api = await startFakeGitHub();
    try {
      // Head and base the clone does not hold, and no server to fetch them from.
      const run = await runAction({ workspace, event: 'pull_request', apiUrl: api.url, env: { GITHUB_SERVER_URL: `file://${tempDir('osl-empty-')}` } });
      const warning = run.stdout.split('\n').find((l) => l.startsWith('::warning::Pull request commits: not scanned'));
      expect(warning).toContain('its head commit 333333333333 is not in the clone and refs/pull/7/head could not be fetched');
      expect(run.summary).toContain('Pull request commits: not scanned');
      expect(run.summary).toContain('only the net change was');
    } finally {
      await api.close();
    }
  }, 120_000);
});
