import { afterAll, describe, expect, it } from 'vitest';
import { fitRemediation } from '../../src/analyzers/text.js';
import { openaiKey } from '../helpers/keys.js';
import { cleanupTempDirs } from '../helpers/repo.js';
import { scanTree } from '../helpers/scan.js';

afterAll(cleanupTempDirs);

const CATALOGUE = 'Revoke it at https://example.invalid/keys, create a new one and store it in the platform secret store (e.g. ${{ secrets.OPENAI_API_KEY }}).';

describe('a key found by text gets the fix for the file it sits in', () => {
  it('workflows keep the secrets syntax; pipelines, manifests, env files and code get their own', () => {
    expect(fitRemediation(CATALOGUE, { path: '.github/workflows/ci.yml', kind: 'workflow' })).toBe(CATALOGUE);
    const gitlab = fitRemediation(CATALOGUE, { path: '.gitlab-ci.yml', kind: 'gitlab-ci' });
    expect(gitlab).toContain('masked, protected GitLab CI/CD variable, read as $OPENAI_API_KEY');
    expect(fitRemediation(CATALOGUE, { path: 'deploy/app.yaml', kind: 'k8s' })).toContain('secretKeyRef');
    expect(fitRemediation(CATALOGUE, { path: '.env', kind: 'env' })).toContain('keep this file out of git');
    for (const kind of ['gitlab-ci', 'k8s', 'env', 'other'] as const) expect(fitRemediation(CATALOGUE, { path: 'x', kind })).not.toContain('${{');
  });

  it('through the scan: a key in config.py is told to come from the environment, not ${{ secrets }}', async () => {
    const key = openaiKey('proj');
    const report = await scanTree({ 'app/config.py': `import os\nOPENAI_API_KEY = "${key}"\n` });
    const hit = report.findings.filter((f) => f.ruleId === 'openai-api-key').map((f) => [f.file, f.line, f.column]);
    expect(hit).toEqual([['app/config.py', 2, 19]]);
    expect(report.findings[0]!.remediation).toContain('read at run time from the environment');
    expect(report.findings[0]!.remediation).not.toContain('${{');
  });

  it('a key under tests/fixtures says so', async () => {
    const key = openaiKey('proj');
    const report = await scanTree({ 'tests/fixtures/client.py': `KEY = "${key}"\n`, 'src/client.py': `KEY = "${key}"\n` });
    const byFile = Object.fromEntries(report.findings.map((f) => [f.file, f.message]));
    expect(byFile['tests/fixtures/client.py']).toMatch(/^Hardcoded OpenAI .* It sits among test fixtures/);
    expect(byFile['src/client.py']).not.toContain('test fixtures');
  });
});
