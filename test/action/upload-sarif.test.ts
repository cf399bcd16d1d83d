import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { startFakeGitHub } from '../helpers/github-api-server.js';
import { openaiKey } from '../helpers/keys.js';
import { cleanupTempDirs, makeRepo } from '../helpers/repo.js';
import { runAction } from './run-action.js';

afterAll(cleanupTempDirs);

const SARIFS = '/repos/octo-org/demo-repo/code-scanning/sarifs';

describe('upload-sarif', () => {
  it('uploads the SARIF log, gzipped and base64-encoded, under the run commit and ref', async () => {
    const key = openaiKey('proj');
    const workspace = makeRepo({ 'services/api/app.js': `k = "${key}"\n` });
    const api = await startFakeGitHub();
    try {
      const run = await runAction({ workspace, event: 'push', apiUrl: api.url, inputs: { 'upload-sarif': 'true', path: 'services/api', 'fail-on': 'critical' }, env: { GITHUB_REF: 'refs/heads/main' } });
      const uploads = api.requests.filter((r) => r.method === 'POST' && r.path === SARIFS);
      expect(uploads).toHaveLength(1);
      const body = uploads[0]!.body as Record<string, string>;
      expect(body.commit_sha).toBe('2222222222222222222222222222222222222222');
      expect(body.ref).toBe('refs/heads/main');
      expect(body.tool_name).toBe('openai-secret-lint');
      const sarif = gunzipSync(Buffer.from(body.sarif!, 'base64')).toString('utf8');
      expect(sarif).toBe(readFileSync(run.outputs['sarif-file']!, 'utf8'));
      expect(sarif).not.toContain(key);
      expect(JSON.parse(sarif).runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri).toBe('services/api/app.js');
      expect(run.outputs['sarif-id']).toMatch(/^sarif-\d+$/);
      expect(uploads[0]!.authorization).toBe('token fake-token');
    } finally {
      await api.close();
    }
  });

  it('warns, without failing the step, when the token may not upload', async () => {
    const workspace = makeRepo({ 'README.md': '# clean\n' });
    const api = await startFakeGitHub();
    api.failures.set(`POST ${SARIFS}`, 403);
    try {
      const run = await runAction({ workspace, event: 'push', apiUrl: api.url, inputs: { 'upload-sarif': 'true' }, env: { GITHUB_REF: 'refs/heads/main' } });
      expect(run.code).toBe(0);
      expect(run.stdout).toContain('::warning::Could not upload the SARIF report to code scanning: the token may not upload to code scanning (grant `security-events: write`');
      expect(run.outputs['sarif-id']).toBe('');
    } finally {
      await api.close();
    }
  });

  it('is off by default', async () => {
    const workspace = makeRepo({ 'README.md': '# clean\n' });
    const api = await startFakeGitHub();
    try {
      await runAction({ workspace, event: 'push', apiUrl: api.url, env: { GITHUB_REF: 'refs/heads/main' } });
      expect(api.requests.filter((r) => r.path === SARIFS)).toEqual([]);
    } finally {
      await api.close();
    }
  });
});
