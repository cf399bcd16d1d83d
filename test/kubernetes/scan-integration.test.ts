import { afterAll, expect, test } from 'vitest';
import { base64, openaiKey } from '../helpers/keys.js';
import { cleanupTempDirs } from '../helpers/repo.js';
import { scanTree } from '../helpers/scan.js';

afterAll(cleanupTempDirs);

test('through the real scan: a Secret whose data decodes to a key is reported once, by the text rule; other values by k8s-secret-manifest', async () => {
  const key = openaiKey('proj');
  const manifest = ['apiVersion: v1', 'kind: Secret', 'metadata:', '  name: app', 'data:', `  api-key: ${base64(key)}`, `  db-password: ${base64('s3cr3t-db-pass')}`, ''].join('\n');
  const report = await scanTree({ 'deploy/secret.yaml': manifest });
  const found = report.findings.map((f) => `${f.ruleId} ${f.category} ${f.file}:${f.line}:${f.column}`).sort();
  expect(found).toContain('k8s-secret-manifest unsafe-injection deploy/secret.yaml:7:16');
  expect(found.filter((f) => f.includes(':6:'))).toEqual(['openai-api-key encoded-secret deploy/secret.yaml:6:12']);
  expect(report.findings.every((f) => f.secret === undefined || !f.secret.includes('s3cr3t-db-pass'))).toBe(true);
});

test('through the real scan: local includes of .gitlab-ci.yml are analysed, other YAML files are not', async () => {
  const report = await scanTree({
    '.gitlab-ci.yml': 'include:\n  - local: /ci/jobs.yml\n',
    'ci/jobs.yml': 'deploy:\n  variables:\n    API_TOKEN: included-token-value\n  script: ./deploy.sh\n',
    'other/config.yml': 'variables:\n  API_TOKEN: not-a-pipeline-value\n',
  });
  expect(report.findings.filter((f) => f.ruleId.startsWith('gitlab-ci-')).map((f) => `${f.ruleId} ${f.file}:${f.line}:${f.column}`)).toEqual([
    'gitlab-ci-literal-variable ci/jobs.yml:3:16',
  ]);
});
