/**
 * Pull request commits the clone lacks and cannot fetch: read through the GitHub API (the local
 * stand-in), the added lines of each commit's patch; and base..head semantics, so commits a merge
 * of the base branch brought in are never the pull request's.
 */
import { describe, expect, it } from 'vitest';
import { commit, prShas } from '../security/action-helpers.js';
import type { FakeCommit, FakeGitHub } from '../helpers/github-api-server.js';
import { openaiKey } from '../helpers/keys.js';
import { gitIn, makeRepo, tempDir } from '../helpers/repo.js';
import { runAction, type ActionRun, useFakeGitHub } from './run-action.js';

let api: FakeGitHub;
useFakeGitHub((started) => (api = started));

const REMOVED = "removed by a later commit — still in the pull request's history: rotate it";
const sha = (c: string) => c.repeat(40);

function findingAnnotations(run: ActionRun): string[] {
  return run.stdout.split('\n').filter((l) => /^::(error|warning|notice) /.test(l) && l.includes(',file='));
}

/** A checkout of the base only, whose server has no refs/pull/N/head to fetch. */
function baseOnly(): { workspace: string; base: string } {
  const workspace = makeRepo({ 'src/a.js': 'export const x = 1;\n' });
  return { workspace, base: gitIn(workspace, 'rev-parse', 'HEAD').trim() };
}

function target(workspace: string, base: string, head: string, commits: number, event: 'pull_request_target' | 'pull_request' = 'pull_request_target') {
  return runAction({
    workspace,
    event,
    apiUrl: api.url,
    sha: base,
    env: { GITHUB_SERVER_URL: `file://${tempDir('osl-no-server-')}` },
    edit: (payload) => {
      prShas(base, head)(payload);
      payload.pull_request.commits = commits;
    },
  });
}

describe('pull request commits through the GitHub API', () => {
  it('scans the lines each commit added, reports a removed key at its commit, and skips a merge of the base branch', async () => {
    const removed = openaiKey('proj');
    const kept = openaiKey('proj');
    const fromBase = openaiKey('proj');
    const { workspace, base } = baseOnly();
    const commits: FakeCommit[] = [
      { sha: sha('a'), parents: [base], date: '2026-11-30T10:00:00Z', files: [{ filename: 'src/a.js', status: 'modified', patch: `@@ -1 +1,3 @@\n export const x = 1;\n+const k = "${removed}";\n+const j = "${kept}";` }] },
      // A merge of the base branch: its patch against the first parent is the base's work.
      { sha: sha('b'), parents: [sha('a'), sha('9')], date: '2026-11-30T11:00:00Z', files: [{ filename: 'lib/main.js', status: 'added', patch: `@@ -0,0 +1 @@\n+const m = "${fromBase}";` }] },
      { sha: sha('c'), parents: [sha('b')], date: '2026-11-30T12:00:00Z', files: [{ filename: 'src/a.js', status: 'modified', patch: `@@ -1,3 +1,3 @@\n export const x = 1;\n-const k = "${removed}";\n+const k = process.env.K;\n const j = "${kept}";` }] },
    ];
    api.prCommits.set(7, commits);
    api.prFiles.set(7, [{ filename: 'src/a.js', status: 'modified', patch: `@@ -1 +1,3 @@\n export const x = 1;\n+const k = process.env.K;\n+const j = "${kept}";` }]);
    const run = await target(workspace, base, sha('c'), 3);
    expect(run.code).toBe(1);
    expect(run.outputs.findings).toBe('2');
    expect(run.summary).toContain(REMOVED);
    expect(run.summary).toContain(`/blob/${sha('a')}/src/a.js#L2)`);
    expect(run.summary).toContain(`/blob/${sha('a')}/src/a.js#L3)`);
    expect(run.summary).toContain("still present at the pull request's head");
    expect(run.summary).not.toContain('lib/main.js');
    expect(run.summary).toContain('Pull request commits: every commit of base..head (3 commits) read through the GitHub API');
    expect(run.summary).toContain('1 merge commit not scanned');
    // Only the kept key is on its line at the head: only it is annotated.
    const annotated = findingAnnotations(run);
    expect(annotated).toHaveLength(1);
    expect(annotated[0]).toMatch(/,file=src\/a\.js,line=3,/);
    // Nothing checked out or written into the workspace.
    expect(gitIn(workspace, 'status', '--porcelain')).toBe('');
  }, 120_000);

  it('on pull_request too, when the clone has neither the head nor a way to fetch it', async () => {
    const key = openaiKey('proj');
    const { workspace, base } = baseOnly();
    api.prCommits.set(7, [{ sha: sha('d'), parents: [base], date: '2026-11-30T10:00:00Z', files: [{ filename: 'src/b.js', status: 'added', patch: `@@ -0,0 +1,2 @@\n+// config\n+const k = "${key}";` }] }]);
    const run = await target(workspace, base, sha('d'), 1, 'pull_request');
    expect(run.outputs.findings).toBe('1');
    expect(run.summary).toContain(`/blob/${sha('d')}/src/b.js#L2)`);
    expect(run.summary).toContain('read through the GitHub API');
  }, 120_000);

  it('fails the step when neither git nor the API gives the commits', async () => {
    const { workspace, base } = baseOnly();
    const run = await target(workspace, base, sha('e'), 1);
    expect(run.code).toBe(1);
    const errors = run.stdout.split('\n').filter((l) => l.startsWith('::error::'));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain('refs/pull/7/head could not be fetched');
    expect(errors[0]).toContain('the GitHub API did not list its commits');
  }, 120_000);
});

describe('base..head: a merge of the base branch is not the pull request', () => {
  /** main gets a key after the branch point; the pull request merges main in. */
  function mergedBase(): { workspace: string; forkPoint: string; mainTip: string; prCommit: string; head: string; baseKey: string; prKey: string } {
    const baseKey = openaiKey('proj');
    const prKey = openaiKey('proj');
    const workspace = makeRepo({ 'README.md': '# demo\n' });
    const forkPoint = gitIn(workspace, 'rev-parse', 'HEAD').trim();
    const mainTip = commit(workspace, { 'lib/main.js': `const m = "${baseKey}";\n` }, 'main: a key');
    gitIn(workspace, 'checkout', '-q', '-b', 'feature', forkPoint);
    const prCommit = commit(workspace, { 'src/pr.js': `const p = "${prKey}";\n` }, 'pr: a key');
    gitIn(workspace, 'merge', '-q', '--no-edit', 'main');
    const head = gitIn(workspace, 'rev-parse', 'HEAD').trim();
    gitIn(workspace, 'checkout', '-q', 'main');
    return { workspace, forkPoint, mainTip, prCommit, head, baseKey, prKey };
  }

  it('git: the merged-in base commit and the merge are not reported as the pull request\'s', async () => {
    const repo = mergedBase();
    const run = await target(repo.workspace, repo.mainTip, repo.head, 2);
    expect(run.outputs.findings).toBe('1');
    expect(run.summary).toContain(`/blob/${repo.prCommit}/src/pr.js#L1)`);
    expect(run.summary).not.toContain('lib/main.js');
    expect(run.summary).toContain('(2 commits, already in the clone) read as git objects');
  }, 120_000);

  it('a stale base (more commits in base..head than GitHub counts) goes to the API, which lists only the pull request\'s own', async () => {
    const repo = mergedBase();
    api.prCommits.set(7, [
      { sha: repo.prCommit, parents: [repo.forkPoint], date: '2026-11-30T10:00:00Z', files: [{ filename: 'src/pr.js', status: 'added', patch: `@@ -0,0 +1 @@\n+const p = "${repo.prKey}";` }] },
      { sha: repo.head, parents: [repo.prCommit, repo.mainTip], date: '2026-11-30T11:00:00Z', files: [{ filename: 'lib/main.js', status: 'added', patch: `@@ -0,0 +1 @@\n+const m = "${repo.baseKey}";` }] },
    ]);
    // The event's base is the fork point: rev-list forkPoint..head holds main's commit too (3 > 2).
    const run = await target(repo.workspace, repo.forkPoint, repo.head, 2);
    expect(run.outputs.findings).toBe('1');
    expect(run.summary).toContain(`/blob/${repo.prCommit}/src/pr.js#L1)`);
    expect(run.summary).not.toContain('lib/main.js');
    expect(run.summary).toContain('3 commits lie between its base and head in the clone where GitHub counts 2');
    expect(run.summary).toContain('read through the GitHub API');
  }, 120_000);
});
