import { afterAll, describe, expect, it } from 'vitest';
import { startFakeGitHub } from '../helpers/github-api-server.js';
import { openaiKey } from '../helpers/keys.js';
import { cleanupTempDirs, makeRepo } from '../helpers/repo.js';
import { runAction, type ActionRun } from './run-action.js';

afterAll(cleanupTempDirs);

function lines(run: ActionRun, prefix: string): string[] {
  return run.stdout.split('\n').filter((l) => l.startsWith(prefix));
}

describe('Action inputs', () => {
  it('takes enumerated inputs in any case (`fail-on: High`, `mode: FULL`)', async () => {
    const workspace = makeRepo({ 'src/a.js': `k = "${openaiKey('proj')}"\n` });
    const run = await runAction({ workspace, event: 'push', inputs: { 'fail-on': 'High', mode: 'FULL', 'audit-issue': 'False' } });
    expect(run.code).toBe(1);
    expect(lines(run, '::error::')).toEqual(['::error::1 finding at or above high']);
    expect(lines(run, '::error ').some((l) => l.includes(',file=src/a.js,line=1,'))).toBe(true);
  });

  it('parses a .json config as strict JSON and names the line and column, never the text there', async () => {
    const key = openaiKey('proj');
    const workspace = makeRepo({
      'src/a.js': `k = "${key}"\n`,
      // A trailing comma, which YAML would accept; the value before it must not be echoed.
      '.openai-secret-lint.json': `{\n  "allow": { "patterns": ["${key.slice(0, 20)}"], },\n  "failOn": "low"\n}\n`,
    });
    const run = await runAction({ workspace, event: 'push' });
    expect(run.code).toBe(1);
    const error = lines(run, '::error::').join('\n');
    expect(error).toContain('.openai-secret-lint.json:2: invalid JSON: expected a double-quoted property name (column');
    expect(error).not.toContain('YAML');
    expect(run.stdout + run.stderr).not.toContain(key.slice(0, 20));
    // No scan ran on a broken config: no findings were reported.
    expect(run.outputs.findings).toBeUndefined();
  });

  it('still accepts a valid .json config', async () => {
    const workspace = makeRepo({ 'src/a.js': `k = "${openaiKey('proj')}"\n`, '.openai-secret-lint.json': '{ "exclude": ["src/**"] }\n' });
    const run = await runAction({ workspace, event: 'push' });
    expect(run.code).toBe(0);
    expect(run.outputs.findings).toBe('0');
  });

  it('masks each value once, however often it is found', async () => {
    const key = openaiKey('proj');
    const workspace = makeRepo({ 'a.js': `k = "${key}"\n`, 'b.js': `k = "${key}"\n`, 'c/d.js': `k = "${key}"\n` });
    const run = await runAction({ workspace, event: 'push', inputs: { 'fail-on': 'critical' } });
    expect(run.outputs.findings).toBe('3');
    expect(lines(run, '::add-mask::').filter((l) => l === `::add-mask::${key}`)).toHaveLength(1);
  });
});

describe('two steps of one job', () => {
  it('keep their own report files and their own pull request comment', async () => {
    const workspace = makeRepo({ 'web/a.js': `k = "${openaiKey('proj')}"\n`, 'api/b.js': `k = "${openaiKey('proj')}"\n` });
    const api = await startFakeGitHub();
    try {
      const step = (id: string, dir: string) =>
        runAction({ workspace, event: 'pull_request', apiUrl: api.url, inputs: { path: dir, mode: 'full', 'fail-on': 'critical' }, env: { GITHUB_JOB: 'scan', GITHUB_ACTION: id } });
      const web = await step('__octo_openai-secret-lint', 'web');
      const apiStep = await step('__octo_openai-secret-lint_2', 'api');
      expect(web.outputs['report-file']).not.toBe(apiStep.outputs['report-file']);
      expect(web.outputs['sarif-file']).not.toBe(apiStep.outputs['sarif-file']);
      expect(api.comments).toHaveLength(2);
      expect(api.comments[0]!.body).toContain('web/a.js');
      expect(api.comments[0]!.body).not.toContain('api/b.js');
      expect(api.comments[1]!.body).toContain('api/b.js');
      // A rerun of the first step edits its own comment, not the other step's.
      await step('__octo_openai-secret-lint', 'web');
      expect(api.comments).toHaveLength(2);
      expect(api.comments[1]!.body).toContain('api/b.js');
      expect(api.requests.filter((r) => r.method === 'POST' && r.path.endsWith('/comments'))).toHaveLength(2);
    } finally {
      await api.close();
    }
  }, 120_000);

  it("takes over an earlier version's unkeyed comment instead of adding a second one", async () => {
    const workspace = makeRepo({ 'a.js': `k = "${openaiKey('proj')}"\n` });
    const api = await startFakeGitHub();
    const legacy = ['<!-- openai-secret-lint', 'pr-comment -->'].join(':');
    api.comments.push({ id: 1, body: `${legacy}\nold findings`, issueNumber: 7, user: { login: 'github-actions[bot]' } });
    // Someone else's comment holding the old marker is never touched.
    api.comments.push({ id: 2, body: `${legacy}\nforged`, issueNumber: 7, user: { login: 'mallory' } });
    try {
      await runAction({ workspace, event: 'pull_request', apiUrl: api.url, inputs: { mode: 'full', 'fail-on': 'critical' }, env: { GITHUB_JOB: 'scan', GITHUB_ACTION: 'secrets' } });
      expect(api.comments).toHaveLength(2);
      expect(api.comments[0]!.body.startsWith('<!-- openai-secret-lint:pr-comment:scan-secrets -->')).toBe(true);
      expect(api.comments[0]!.body).toContain('a.js:1');
      expect(api.comments[1]!.body).toBe(`${legacy}\nforged`);
    } finally {
      await api.close();
    }
  });

  it('a `name` input keys them too', async () => {
    const workspace = makeRepo({ 'a.js': `k = "${openaiKey('proj')}"\n` });
    const run = await runAction({ workspace, event: 'push', inputs: { name: 'matrix node-20', 'fail-on': 'critical' } });
    expect(run.outputs['report-file']!.endsWith('openai-secret-lint-report-matrix_node-20.json')).toBe(true);
  });
});
