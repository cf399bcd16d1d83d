import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { type FakeGitHub } from '../helpers/github-api-server.js';
import { openaiKey } from '../helpers/keys.js';
import { gitIn, makeRepo, writeTree } from '../helpers/repo.js';
import { validateSarif } from '../output/sarif-schema.js';
import { startFakeProviders } from '../verify/fake-providers.js';
import { runAction, type ActionRun, useFakeGitHub } from './run-action.js';

const REPO_API = '/repos/octo-org/demo-repo';
const MARKER = ['<!-- openai-secret-lint', 'pr-comment -->'].join(':');
const AUDIT_MARKER = ['<!-- openai-secret-lint', 'audit-issue -->'].join(':');

let api: FakeGitHub;
useFakeGitHub((started) => (api = started));

function commandLines(run: ActionRun, kind: string): string[] {
  return run.stdout.split('\n').filter((l) => l.startsWith(`::${kind} `) || l.startsWith(`::${kind}::`));
}

/** Nothing but the add-mask commands may carry a raw key. */
function expectNoKeyLeaks(run: ActionRun, keys: string[], files: string[] = []): void {
  const logged = run.stdout.split('\n').filter((l) => !l.startsWith('::add-mask::')).join('\n') + run.stderr;
  for (const key of keys) {
    expect(logged).not.toContain(key);
    expect(run.summary).not.toContain(key);
    for (const file of files) expect(readFileSync(file, 'utf8')).not.toContain(key);
  }
}

function commit(dir: string, tree: Record<string, string>, message: string): string {
  writeTree(dir, tree);
  gitIn(dir, 'add', '-A');
  gitIn(dir, 'commit', '-q', '-m', message);
  return gitIn(dir, 'rev-parse', 'HEAD').trim();
}

describe('the bundled Action on a push (full scan)', () => {
  it('masks, annotates (capped), writes outputs, summary, SARIF and the JSON report, and fails', async () => {
    const keys = Array.from({ length: 12 }, () => openaiKey('proj'));
    const workspace = makeRepo({ 'src/config.js': keys.map((k, i) => `export const key${i} = "${k}";`).join('\n') + '\n', 'README.md': '# demo\n' });
    const run = await runAction({ workspace, event: 'push', apiUrl: api.url });

    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^::error::12 findings at or above high$/m);
    // Every key is masked before the first annotation.
    const firstAnnotation = run.stdout.indexOf('::error title=');
    expect(firstAnnotation).toBeGreaterThan(0);
    for (const key of keys) {
      const mask = run.stdout.indexOf(`::add-mask::${key}`);
      expect(mask).toBeGreaterThanOrEqual(0);
      expect(mask).toBeLessThan(firstAnnotation);
    }
    const errors = commandLines(run, 'error').filter((l) => l.includes(',file='));
    expect(errors).toHaveLength(10);
    expect(errors[0]).toMatch(/^::error title=critical%3A openai-api-key,file=src\/config.js,line=1,endLine=1,col=22,endColumn=186::Hardcoded OpenAI/);
    expect(run.stdout).toContain('2 more errors not annotated');

    expect(run.outputs).toMatchObject({ findings: '12', critical: '12', high: '0', medium: '0', low: '0' });
    // Written outside the workspace (RUNNER_TEMP), beside the JSON report: never scanned, never through a link.
    expect(run.outputs['sarif-file']).toBe(path.join(path.dirname(run.outputs['report-file']!), 'openai-secret-lint.sarif'));
    expect(existsSync(path.join(workspace, 'openai-secret-lint.sarif'))).toBe(false);
    const sarif = JSON.parse(readFileSync(run.outputs['sarif-file']!, 'utf8')) as { runs: { results: unknown[] }[] };
    expect(validateSarif(sarif)).toBe(true);
    expect(sarif.runs[0]!.results).toHaveLength(12);
    const reportJson = JSON.parse(readFileSync(run.outputs['report-file']!, 'utf8')) as { findings: unknown[] };
    expect(reportJson.findings).toHaveLength(12);

    expect(run.summary).toContain('| 🟥 critical | 12 |');
    expect(run.summary).toContain('[src/config.js:1](https://github.com/octo-org/demo-repo/blob/2222222222222222222222222222222222222222/src/config.js#L1)');
    expect(run.summary).toContain('2 more errors not annotated');
    expect(run.summary.match(/^\| 🟥 critical \| \[src/gm)).toHaveLength(12);

    expectNoKeyLeaks(run, keys, [run.outputs['sarif-file']!, run.outputs['report-file']!]);
    expect(api.requests).toEqual([]);
  });

  it('scans the path input only, with annotations and links relative to the repository', async () => {
    const workspace = makeRepo({ 'services/api/app.js': `k = "${openaiKey('proj')}"\n`, 'other/b.js': `k = "${openaiKey('proj')}"\n` });
    const run = await runAction({ workspace, event: 'push', inputs: { path: 'services' } });
    expect(run.outputs.findings).toBe('1');
    expect(commandLines(run, 'error')[0]).toContain(',file=services/api/app.js,line=1');
    expect(run.summary).toContain('/blob/2222222222222222222222222222222222222222/services/api/app.js#L1)');
    const missing = await runAction({ workspace, event: 'push', inputs: { path: 'nope' } });
    expect(commandLines(missing, 'error')).toEqual([`::error::input path: ${path.join(workspace, 'nope')} does not exist`]);
  });

  it('passes a clean repository with zero counts and no sarif when disabled', async () => {
    const workspace = makeRepo({ 'README.md': '# nothing here\n' });
    const run = await runAction({ workspace, event: 'push', apiUrl: api.url, inputs: { 'sarif-file': '' } });
    expect(run.code).toBe(0);
    expect(run.outputs).toMatchObject({ findings: '0', critical: '0', 'sarif-file': '' });
    expect(existsSync(path.join(workspace, 'openai-secret-lint.sarif'))).toBe(false);
    expect(run.summary).toContain('✅ No findings.');
  });

  it('fails with one clear message on an invalid input', async () => {
    const workspace = makeRepo({ 'README.md': 'x\n' });
    const bad = await runAction({ workspace, event: 'push', inputs: { 'fail-on': 'severe' } });
    expect(bad.code).toBe(1);
    expect(commandLines(bad, 'error')).toEqual(['::error::input fail-on must be critical, high, medium or low, not "severe"']);
    const mode = await runAction({ workspace, event: 'push', inputs: { mode: 'everything' } });
    expect(commandLines(mode, 'error')).toEqual(['::error::input mode must be auto, full, diff or history, not "everything"']);
    const config = await runAction({ workspace, event: 'push', inputs: { config: 'missing.yml' } });
    expect(commandLines(config, 'error')).toHaveLength(1);
    expect(commandLines(config, 'error')[0]).toContain('missing.yml');
  });

  it('applies the config file (the config input, or one at the scan root)', async () => {
    const workspace = makeRepo({ 'fixtures/a.js': `k = "${openaiKey('proj')}"\n`, 'src/b.js': `k = "${openaiKey('proj')}"\n`, 'ci/lint.yml': 'allow:\n  paths: ["fixtures/**"]\n' });
    const explicit = await runAction({ workspace, event: 'push', inputs: { config: 'ci/lint.yml' } });
    expect(explicit.outputs.findings).toBe('1');
    expect(explicit.stdout).toContain('file=src/b.js');
    writeTree(workspace, { '.openai-secret-lint.yml': 'rules:\n  openai-api-key: "off"\n' });
    const found = await runAction({ workspace, event: 'push' });
    expect(found.outputs.findings).toBe('0');
    expect(found.code).toBe(0);
  });

  it('history mode reports a removed key at the commit that added it, masked and linked there', async () => {
    const key = openaiKey('proj');
    const workspace = makeRepo({ 'app.env.example': `OPENAI_API_KEY=${key}\n` });
    const added = gitIn(workspace, 'rev-parse', 'HEAD').trim();
    commit(workspace, { 'app.env.example': 'OPENAI_API_KEY=\n' }, 'remove key');
    const run = await runAction({ workspace, event: 'push', inputs: { mode: 'history' } });
    expect(run.code).toBe(1);
    expect(Number(run.outputs.findings)).toBeGreaterThanOrEqual(1);
    expect(run.stdout).toContain(`::add-mask::${key}`);
    expect(run.summary).toContain(`/blob/${added}/app.env.example#L1`);
    expect(run.summary).toContain('History mode');
    expectNoKeyLeaks(run, [key]);
  });
});

describe('the bundled Action on a pull request (diff mode)', () => {
  it('keeps only added lines (git diff against the base) and keeps one comment up to date', async () => {
    const oldKey = openaiKey('proj');
    const workspace = makeRepo({ 'old.js': `const a = "${oldKey}";\n` });
    const baseSha = gitIn(workspace, 'rev-parse', 'HEAD').trim();
    const newKey = openaiKey('proj');
    const headSha = commit(workspace, { 'new.js': `// added\nconst b = "${newKey}";\n` }, 'add key');
    const edit = (p: Record<string, any>) => {
      p.pull_request.base.sha = baseSha;
      p.pull_request.head.sha = headSha;
    };

    const first = await runAction({ workspace, event: 'pull_request', edit, apiUrl: api.url });
    expect(first.code).toBe(1);
    expect(first.outputs.findings).toBe('1');
    expect(commandLines(first, 'error')[0]).toContain('file=new.js,line=2');
    expect(first.summary).toContain('Diff mode: only lines added or changed by this change (git diff against');
    expect(first.summary).toContain(`/blob/${headSha}/new.js#L2`);
    expect(api.requests.map((r) => `${r.method} ${r.path}`)).toEqual([`GET ${REPO_API}/issues/7/comments`, `POST ${REPO_API}/issues/7/comments`]);
    expect(api.requests[0]!.authorization).toBe('token fake-token');
    expect(api.comments).toHaveLength(1);
    expect(api.comments[0]!.body.startsWith(MARKER)).toBe(true);
    expect(api.comments[0]!.body).toContain('new.js:2');
    expect(api.comments[0]!.body).not.toContain('old.js');
    expectNoKeyLeaks(first, [oldKey, newKey]);
    expect(api.comments[0]!.body).not.toContain(newKey);

    const secondKey = openaiKey('proj');
    const head2 = commit(workspace, { 'more.js': `x = "${secondKey}"\n` }, 'another');
    api.requests.length = 0;
    const second = await runAction({ workspace, event: 'pull_request', edit: (p) => (edit(p), (p.pull_request.head.sha = head2)), apiUrl: api.url });
    expect(second.outputs.findings).toBe('2');
    // A marked comment exists: the token's identity (GET /user, 403 for GITHUB_TOKEN) says whether it is ours.
    expect(api.requests.map((r) => `${r.method} ${r.path}`)).toEqual([`GET ${REPO_API}/issues/7/comments`, 'GET /user', `PATCH ${REPO_API}/issues/comments/${api.comments[0]!.id}`]);
    expect(api.comments).toHaveLength(1);
    expect(api.comments[0]!.body).toContain('more.js:1');

    const head3 = commit(workspace, { 'new.js': '// added\nconst b = process.env.KEY;\n', 'more.js': 'x = 1\n' }, 'fix');
    const third = await runAction({ workspace, event: 'pull_request', edit: (p) => (edit(p), (p.pull_request.head.sha = head3)), apiUrl: api.url });
    // Removed from the files, but still in the pull request's commits: still findings, at the
    // commits that added them (issue 17), and no longer annotated on the head's lines.
    expect(third.code).toBe(1);
    expect(third.outputs.findings).toBe('2');
    expect(commandLines(third, 'error').filter((l) => l.includes(',file='))).toEqual([]);
    expect(api.comments).toHaveLength(1);
    expect(api.comments[0]!.body).toContain("removed by a later commit — still in the pull request's history: rotate it");
    expect(api.comments[0]!.body).toContain(`/blob/${headSha}/new.js#L2`);
    expect(api.comments[0]!.body.startsWith(MARKER)).toBe(true);

    // Only a pull request whose commits never held a key is all clear.
    gitIn(workspace, 'reset', '-q', '--hard', baseSha);
    const clean = commit(workspace, { 'new.js': 'const b = process.env.KEY;\n' }, 'clean');
    const fourth = await runAction({ workspace, event: 'pull_request', edit: (p) => (edit(p), (p.pull_request.head.sha = clean)), apiUrl: api.url });
    expect(fourth.code).toBe(0);
    expect(api.comments).toHaveLength(1);
    expect(api.comments[0]!.body).toContain('All clear');
    expect(api.comments[0]!.body.startsWith(MARKER)).toBe(true);
  });

  it('keeps file-level findings for files the pull request changes only (a new .env)', async () => {
    const workspace = makeRepo({ 'legacy/.env': 'DEBUG=1\n' });
    const baseSha = gitIn(workspace, 'rev-parse', 'HEAD').trim();
    const headSha = commit(workspace, { 'service/.env': 'PORT=8080\n' }, 'add env');
    const edit = (p: Record<string, any>) => {
      p.pull_request.base.sha = baseSha;
      p.pull_request.head.sha = headSha;
    };
    const diff = await runAction({ workspace, event: 'pull_request', edit, apiUrl: api.url, inputs: { 'pr-comment': 'false' } });
    const annotated = commandLines(diff, 'error').filter((l) => l.includes(',file='));
    expect(annotated).toHaveLength(1);
    expect(annotated[0]).toContain('file=service/.env');
    expect(annotated[0]).not.toContain('line=');
    const full = await runAction({ workspace, event: 'pull_request', edit, apiUrl: api.url, inputs: { 'pr-comment': 'false', mode: 'full' } });
    expect(commandLines(full, 'error').filter((l) => l.includes(',file='))).toHaveLength(2);
  });

  it('diff mode on a push compares with the push\'s before commit', async () => {
    const workspace = makeRepo({ 'old.js': `k = "${openaiKey('proj')}"\n` });
    const before = gitIn(workspace, 'rev-parse', 'HEAD').trim();
    const after = commit(workspace, { 'new.js': `k = "${openaiKey('proj')}"\n` }, 'push');
    const run = await runAction({ workspace, event: 'push', sha: after, inputs: { mode: 'diff' }, edit: (p) => ((p.before = before), (p.after = after)) });
    expect(run.outputs.findings).toBe('1');
    expect(commandLines(run, 'error')[0]).toContain(',file=new.js,line=1');
  });

  it('falls back to the paginated pull request files API when the base is not fetched', async () => {
    const keys = [openaiKey('proj'), openaiKey('proj')];
    const workspace = makeRepo({ 'app/new.js': `a\nk = "${keys[0]}"\nc\nd\nk2 = "${keys[1]}"\n` });
    const filler = Array.from({ length: 120 }, (_, i) => ({ filename: `docs/page-${i}.md`, status: 'modified', patch: '@@ -1 +1 @@\n-a\n+b' }));
    api.prFiles.set(7, [...filler, { filename: 'app/new.js', status: 'modified', patch: '@@ -1,4 +1,5 @@\n a\n k\n c\n d\n+k2' }]);

    const run = await runAction({ workspace, event: 'pull_request', apiUrl: api.url, inputs: { 'pr-comment': 'false' } });
    expect(run.outputs.findings).toBe('1');
    expect(commandLines(run, 'error')[0]).toContain('file=app/new.js,line=5');
    const pages = api.requests.filter((r) => r.path === `${REPO_API}/pulls/7/files`).map((r) => r.query.page ?? '1');
    expect(pages).toEqual(['1', '2']);
    expect(run.summary).toContain('the files of pull request #7');
    expect(api.requests.some((r) => r.path.includes('/comments'))).toBe(false);
  });

  it('scans everything with a notice when neither the base nor the API is available', async () => {
    const workspace = makeRepo({ 'a.js': `k = "${openaiKey('proj')}"\n` });
    const run = await runAction({ workspace, event: 'pull_request', inputs: { 'github-token': '' } });
    expect(run.stdout).toContain('::notice::Diff mode: no base commit fetched and no pull request files available, so the whole tree was scanned.');
    expect(run.outputs.findings).toBe('1');
  });

  it('warns, without failing, when the token may not comment (fork pull request)', async () => {
    const workspace = makeRepo({ 'README.md': 'clean\n' });
    api.comments.push({ id: 55, issueNumber: 7, body: `${MARKER}\nold findings`, user: { login: 'github-actions[bot]' } });
    api.failures.set(`PATCH ${REPO_API}/issues/comments/55`, 403);
    const run = await runAction({ workspace, event: 'pull_request', apiUrl: api.url });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^::warning::Could not update the pull request comment: the token may not comment/m);
    expect(api.requests.filter((r) => r.path.includes('/comments')).map((r) => r.method)).toEqual(['GET', 'PATCH']);
  });
});

describe('the bundled Action on a schedule (audit issue)', () => {
  it('creates one labelled issue, updates it, and closes it with a comment once clean', async () => {
    const key = openaiKey('proj');
    const workspace = makeRepo({ 'deploy/values.yaml': `openai:\n  apiKey: ${key}\n` });

    const first = await runAction({ workspace, event: 'schedule', apiUrl: api.url });
    expect(first.code).toBe(1);
    const list = api.requests[0]!;
    expect(`${list.method} ${list.path}`).toBe(`GET ${REPO_API}/issues`);
    expect(list.query).toMatchObject({ labels: 'secret-audit', state: 'open' });
    expect(api.issues).toHaveLength(1);
    expect(api.issues[0]!.labels).toEqual(['secret-audit']);
    expect(api.issues[0]!.body.startsWith(AUDIT_MARKER)).toBe(true);
    expect(api.issues[0]!.body).toContain('deploy/values.yaml:2');
    expect(api.issues[0]!.body).not.toContain(key);

    const second = await runAction({ workspace, event: 'workflow_dispatch', apiUrl: api.url });
    expect(second.code).toBe(1);
    expect(api.issues).toHaveLength(1);
    expect(api.requests.filter((r) => r.method === 'PATCH')).toHaveLength(1);

    commit(workspace, { 'deploy/values.yaml': 'openai:\n  apiKeySecretRef: openai\n' }, 'rotate');
    api.requests.length = 0;
    const third = await runAction({ workspace, event: 'schedule', apiUrl: api.url });
    expect(third.code).toBe(0);
    expect(api.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
      `GET ${REPO_API}/issues`,
      'GET /user',
      `POST ${REPO_API}/issues/${api.issues[0]!.number}/comments`,
      `PATCH ${REPO_API}/issues/${api.issues[0]!.number}`,
    ]);
    expect(api.issues[0]!.state).toBe('closed');
    expect(api.comments[0]!.body).toContain('no leaked secrets');
    expect(api.comments[0]!.body).toContain('https://github.com/octo-org/demo-repo/actions/runs/4242');
    expect(api.comments[0]!.body).toContain('still in git history: rotate every key this issue listed');
  });
});

describe('the bundled Action on a large repository (worker threads)', () => {
  it('scans with workers and still masks every key (the masking callback stays on the main thread)', async () => {
    const keys = [openaiKey('proj'), openaiKey('admin')];
    const tree: Record<string, string> = {};
    for (let i = 0; i < 4200; i++) tree[`pkg/m${i}.js`] = `export const v${i} = ${i};\n`;
    tree['pkg/m600.js'] = `export const a = "${keys[0]}";\n`;
    tree['pkg/m4100.js'] = `export const b = "${keys[1]}";\n`;
    const workspace = makeRepo(tree);
    const run = await runAction({ workspace, event: 'push', apiUrl: api.url, inputs: { 'pr-comment': 'false', 'audit-issue': 'false' } });
    expect(run.stderr).toBe('');
    expect(run.stdout).not.toContain('worker threads could not start');
    expect(run.code).toBe(1);
    expect(run.outputs.findings).toBe('2');
    for (const key of keys) expect(run.stdout).toContain(`::add-mask::${key}`);
    expect(commandLines(run, 'error').filter((l) => l.includes('file=pkg/m600.js,line=1,')).length).toBe(1);
    expectNoKeyLeaks(run, keys);
  });
});

describe('the bundled Action with verify: true', () => {
  it('asks each key\'s own provider (and only it), reports active keys first in the summary and SARIF', async () => {
    const providers = await startFakeProviders();
    try {
      const active = openaiKey('proj');
      const revoked = openaiKey('admin');
      providers.behave(active, 'valid');
      providers.behave(revoked, 'revoked');
      const workspace = makeRepo({ 'a.py': `A = "${revoked}"\n`, 'b.py': `B = "${active}"\n` });
      const run = await runAction({ workspace, event: 'push', apiUrl: api.url, env: providers.env, inputs: { verify: 'true', 'pr-comment': 'false', 'audit-issue': 'false' } });
      expect(run.stderr).toBe('');
      expect(providers.requests.map((r) => r.key === active ? 'active' : r.key === revoked ? 'revoked' : '?').sort()).toEqual(['active', 'revoked']);
      expect(run.summary).toContain('**1 key is verified ACTIVE**');
      const sarif = JSON.parse(readFileSync(run.outputs['sarif-file']!, 'utf8'));
      const results = sarif.runs[0].results as { properties: { verification?: { status: string } }; locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[];
      expect(results[0]!.locations[0]!.physicalLocation.artifactLocation.uri).toBe('b.py');
      expect(results.map((r) => r.properties.verification?.status)).toEqual(['active', 'inactive']);
      expectNoKeyLeaks(run, [active, revoked]);
    } finally {
      await providers.close();
    }
  });

  it('fails the step with one message when a base-URL override is plain HTTP off loopback', async () => {
    const workspace = makeRepo({ 'a.py': `A = "${openaiKey('proj')}"\n` });
    const run = await runAction({ workspace, event: 'push', apiUrl: api.url, env: { OPENAI_SECRET_LINT_OPENAI_BASE_URL: 'http://proxy.example.com' }, inputs: { verify: 'true' } });
    expect(run.code).toBe(1);
    expect(commandLines(run, 'error')).toEqual([expect.stringContaining('OPENAI_SECRET_LINT_OPENAI_BASE_URL')]);
  });
});
