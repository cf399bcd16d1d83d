/**
 * Attacks on the pull request commit scan (issue 17): the pull request is data. Its payload
 * values never reach git as options, its own configuration never relaxes the scan of its commits,
 * and nothing of it is checked out or run.
 */
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runAction } from '../action/run-action.js';
import { startFakeGitHub } from '../helpers/github-api-server.js';
import { openaiKey } from '../helpers/keys.js';
import { cleanupTempDirs, gitIn, makeRepo, tempDir } from '../helpers/repo.js';
import { commit, prShas } from './action-helpers.js';

afterAll(cleanupTempDirs);

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

describe('pull_request_target attacks on the commit scan', () => {
  it('a head sha that is a git option reaches git as nothing: the step fails, nothing runs', async () => {
    const remote = remoteWithPullRequest([{ 'src/a.js': `k = "${openaiKey('proj')}"\n` }]);
    const marker = path.join(tempDir('osl-marker-'), 'pwned');
    const api = await startFakeGitHub();
    try {
      const run = await runAction({
        workspace: remote.workspace,
        event: 'pull_request_target',
        apiUrl: api.url,
        env: { GITHUB_SERVER_URL: `file://${remote.server}` },
        edit: (payload) => {
          prShas(remote.base, `--upload-pack=touch ${marker}`)(payload);
        },
      });
      expect(existsSync(marker)).toBe(false);
      expect(run.code).toBe(1);
      expect(run.stdout).toContain("::error::cannot scan the pull request's commits on pull_request_target: the event names no head commit");
    } finally {
      await api.close();
    }
  }, 120_000);

  it("the pull request's own config, committed in its commits, does not turn off the rule that finds its key", async () => {
    const key = openaiKey('proj');
    const remote = remoteWithPullRequest([
      { '.openai-secret-lint.yml': 'rules:\n  openai-api-key: off\n  hardcoded-secret: off\nexclude:\n  - "src/**"\n' },
      { 'src/a.js': `k = "${key}"\n` },
      { 'src/a.js': 'k = 1\n' },
    ]);
    const api = await startFakeGitHub();
    try {
      const run = await runAction({
        workspace: remote.workspace,
        event: 'pull_request_target',
        apiUrl: api.url,
        sha: remote.base,
        env: { GITHUB_SERVER_URL: `file://${remote.server}` },
        edit: (payload) => {
          prShas(remote.base, remote.head)(payload);
          payload.pull_request.commits = remote.commits;
        },
      });
      expect(run.code).toBe(1);
      expect(run.outputs.findings).toBe('1');
      expect(run.summary).toContain("removed by a later commit — still in the pull request's history: rotate it");
      expect(run.summary).toContain('src/a.js:1');
      expect(run.stdout).toContain(`::add-mask::${key}`);
      // Checked out: nothing. The config file of the pull request is not in the workspace.
      expect(existsSync(path.join(remote.workspace, '.openai-secret-lint.yml'))).toBe(false);
    } finally {
      await api.close();
    }
  }, 120_000);
});
