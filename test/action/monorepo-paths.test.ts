import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openaiKey } from '../helpers/keys.js';
import { cleanupTempDirs, makeRepo } from '../helpers/repo.js';
import { runAction, type ActionRun } from './run-action.js';

afterAll(cleanupTempDirs);

function commands(run: ActionRun): string[] {
  return run.stdout.split('\n').filter((l) => /^::(error|warning|notice) /.test(l));
}

describe('the Action with `path` in a monorepo', () => {
  let run: ActionRun;
  beforeAll(async () => {
    const workspace = makeRepo({
      'services/api/k8s/secret.yaml': `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: app\ndata:\n  OPENAI_API_KEY: "${openaiKey('proj')}"\n`,
      // The service loads `.env` and its own .gitignore covers it: nothing to say about env files.
      'services/api/.gitignore': '.env\n',
      'services/api/app.js': "require('dotenv').config();\n",
      // The repository root has no ignore rule for .env: not the service's business.
      'README.md': '# monorepo\n',
    });
    run = await runAction({ workspace, event: 'push', inputs: { path: 'services/api', 'sarif-file': 'auto', 'fail-on': 'critical' } });
  }, 60_000);

  it('names every file from the repository root in annotations, SARIF, JSON and the summary', () => {
    const findings = commands(run).filter((l) => l.includes(',file='));
    expect(findings.length).toBeGreaterThan(0);
    for (const line of findings) expect(line).toMatch(/,file=services\/api\/k8s\/secret\.yaml,line=6,/);

    const sarif = JSON.parse(readFileSync(run.outputs['sarif-file']!, 'utf8'));
    const uris = sarif.runs[0].results.map((r: any) => r.locations[0].physicalLocation.artifactLocation.uri);
    expect(uris.length).toBeGreaterThan(0);
    for (const uri of uris) expect(uri).toBe('services/api/k8s/secret.yaml');

    const json = JSON.parse(readFileSync(run.outputs['report-file']!, 'utf8'));
    expect(json.findings.map((f: any) => f.file)).toEqual(uris);
    expect(run.summary).toContain('/blob/2222222222222222222222222222222222222222/services/api/k8s/secret.yaml#L6)');
    expect(run.summary).toContain('services/api/k8s/secret.yaml:6');
  });

  it('never reports a repository rule outside the scan root', () => {
    const json = JSON.parse(readFileSync(run.outputs['report-file']!, 'utf8'));
    for (const f of json.findings) expect(f.file.startsWith('services/api/')).toBe(true);
    expect(json.findings.some((f: any) => f.ruleId === 'env-file-ignore-missing')).toBe(false);
    expect(run.stdout).not.toContain('file=services/api/..');
    expect(run.stdout).not.toContain('../../.env');
  });
});

describe('env-file-ignore-missing in a subdirectory scan', () => {
  it('is reported on the scan root, named from the repository root', async () => {
    const workspace = makeRepo({
      'services/web/app.js': "require('dotenv').config();\n",
      'services/web/.gitignore': 'node_modules/\n',
      '.gitignore': '/.env\n',
    });
    const run = await runAction({ workspace, event: 'push', inputs: { path: 'services/web', 'fail-on': 'critical' } });
    const json = JSON.parse(readFileSync(run.outputs['report-file']!, 'utf8'));
    // The repository root ignores its own `.env` only (anchored), the service ignores none: its own `.env` is unprotected.
    expect(json.findings.filter((f: any) => f.ruleId === 'env-file-ignore-missing').map((f: any) => f.file)).toEqual(['services/web/.gitignore']);
    expect(commands(run).some((l) => l.startsWith('::warning ') && l.includes(',file=services/web/.gitignore::'))).toBe(true);
  }, 60_000);
});

