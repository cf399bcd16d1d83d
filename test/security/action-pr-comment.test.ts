/**
 * The PR comment and the audit issue are found by their hidden marker *and* their author: anyone
 * can post the marker, and an attacker's comment must never be edited (GitHub lets a token with
 * write access edit it) nor stop our own comment from being posted.
 */
import { describe, expect, it } from 'vitest';
import { runAction, useFakeGitHub } from '../action/run-action.js';
import { type FakeGitHub } from '../helpers/github-api-server.js';
import { openaiKey } from '../helpers/keys.js';
import { makeRepo } from '../helpers/repo.js';
import { annotations, commit, head, prShas } from './action-helpers.js';

const REPO_API = '/repos/octo-org/demo-repo';
const MARKER = ['<!-- openai-secret-lint', 'pr-comment -->'].join(':');
const AUDIT_MARKER = ['<!-- openai-secret-lint', 'audit-issue -->'].join(':');
const ATTACKER_BODY = `${MARKER}\n## openai-secret-lint\n\n✅ All clear (posted by someone else)\n`;

let api: FakeGitHub;
useFakeGitHub((started) => (api = started));

/** A pull request adding a key at new.js:2:12. */
function leakingPullRequest() {
  const workspace = makeRepo({ 'README.md': '# demo\n' });
  const base = head(workspace);
  const headSha = commit(workspace, { 'new.js': `// added\nconst b = "${openaiKey('proj')}";\n` }, 'add key');
  return { workspace, edit: prShas(base, headSha) };
}

describe('the pull request comment belongs to the token, not to whoever posts the marker', () => {
  it('leaves an attacker\'s marked comment untouched and posts its own (GITHUB_TOKEN)', async () => {
    const { workspace, edit } = leakingPullRequest();
    api.comments.push({ id: 66, issueNumber: 7, body: ATTACKER_BODY, user: { login: 'mallory' } });
    const run = await runAction({ workspace, event: 'pull_request', edit, apiUrl: api.url });

    expect(run.code).toBe(1);
    expect(annotations(run)[0]).toContain('file=new.js,line=2,endLine=2,col=12,');
    expect(api.comments.find((c) => c.id === 66)!.body).toBe(ATTACKER_BODY);
    expect(api.requests.some((r) => r.method === 'PATCH')).toBe(false);
    const ours = api.comments.filter((c) => c.id !== 66);
    expect(ours).toHaveLength(1);
    expect(ours[0]!.user.login).toBe('github-actions[bot]');
    expect(ours[0]!.body.startsWith(MARKER)).toBe(true);
    expect(ours[0]!.body).toContain('new.js:2');
    expect(api.requests.map((r) => `${r.method} ${r.path}`)).toEqual([`GET ${REPO_API}/issues/7/comments`, 'GET /user', `POST ${REPO_API}/issues/7/comments`]);

    // The next run updates ours, and still not the attacker's.
    api.requests.length = 0;
    await runAction({ workspace, event: 'pull_request', edit, apiUrl: api.url });
    expect(api.comments.find((c) => c.id === 66)!.body).toBe(ATTACKER_BODY);
    expect(api.comments).toHaveLength(2);
  });

  it('still posts its findings when editing the attacker\'s comment would be refused (403)', async () => {
    const { workspace, edit } = leakingPullRequest();
    api.comments.push({ id: 67, issueNumber: 7, body: ATTACKER_BODY, user: { login: 'mallory' } });
    api.failures.set(`PATCH ${REPO_API}/issues/comments/67`, 403);
    const run = await runAction({ workspace, event: 'pull_request', edit, apiUrl: api.url });

    expect(run.stdout).not.toContain('Could not update the pull request comment');
    const ours = api.comments.filter((c) => c.id !== 67);
    expect(ours).toHaveLength(1);
    expect(ours[0]!.body).toContain('new.js:2');
    expect(api.comments.find((c) => c.id === 67)!.body).toBe(ATTACKER_BODY);
  });

  it('with a personal token, compares with GET /user: updates its own comment, not the attacker\'s', async () => {
    const { workspace, edit } = leakingPullRequest();
    api.identity.user = 'ci-bot';
    api.comments.push({ id: 70, issueNumber: 7, body: ATTACKER_BODY, user: { login: 'mallory' } });
    api.comments.push({ id: 71, issueNumber: 7, body: `${MARKER}\nold findings`, user: { login: 'CI-Bot' } });
    const run = await runAction({ workspace, event: 'pull_request', edit, apiUrl: api.url });

    expect(run.code).toBe(1);
    expect(api.comments).toHaveLength(2);
    expect(api.comments.find((c) => c.id === 70)!.body).toBe(ATTACKER_BODY);
    expect(api.comments.find((c) => c.id === 71)!.body).toContain('new.js:2');
    expect(api.requests.filter((r) => r.method === 'PATCH').map((r) => r.path)).toEqual([`${REPO_API}/issues/comments/71`]);
  });
});

describe('the audit issue belongs to the token too', () => {
  it('opens its own issue beside an attacker\'s marked one, and never closes the attacker\'s', async () => {
    const key = openaiKey('proj');
    const workspace = makeRepo({ 'deploy/values.yaml': `openai:\n  apiKey: ${key}\n` });
    const attackerIssue = { number: 5, title: 'Secret audit: leaked credentials found', body: `${AUDIT_MARKER}\nnothing to see`, state: 'open' as const, labels: ['secret-audit'], user: { login: 'mallory' } };
    api.issues.push({ ...attackerIssue });

    const first = await runAction({ workspace, event: 'schedule', apiUrl: api.url });
    expect(first.code).toBe(1);
    expect(annotations(first)[0]).toContain('file=deploy/values.yaml,line=2,');
    expect(api.issues.find((i) => i.number === 5)).toMatchObject({ body: attackerIssue.body, state: 'open' });
    const ours = api.issues.filter((i) => i.number !== 5);
    expect(ours).toHaveLength(1);
    expect(ours[0]!.body).toContain('deploy/values.yaml:2');
    expect(ours[0]!.body).not.toContain(key);

    // Clean again: ours is closed, the attacker's stays as it was.
    commit(workspace, { 'deploy/values.yaml': 'openai:\n  apiKeySecretRef: openai\n' }, 'rotate');
    const clean = await runAction({ workspace, event: 'schedule', apiUrl: api.url });
    expect(clean.code).toBe(0);
    expect(ours[0]!.state).toBe('closed');
    expect(api.issues.find((i) => i.number === 5)).toMatchObject({ body: attackerIssue.body, state: 'open' });
    expect(api.comments.map((c) => c.issueNumber)).toEqual([ours[0]!.number]);
  });
});
