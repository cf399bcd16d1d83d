import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/core/logger.js';
import { scan } from '../../src/core/scan.js';
import { defaultSettings } from '../../src/core/settings.js';
import { cleanupTempDirs } from '../helpers/repo.js';
import { findingsOf, materialize, scanFixture } from './tree-fixture.js';

afterAll(cleanupTempDirs);

const RULES = ['env-file-committed', 'env-file-not-ignored'];

describe('env-file-committed', () => {
  it('ng: reports every committed env file, by name or by use, at file level', async () => {
    const report = await scanFixture('env-file-committed/ng.yaml');
    expect(findingsOf(report, RULES)).toEqual(
      [
        '.env',
        '.env.production',
        '.env.staging',
        '.envrc',
        'ci/vars.list',
        'config/runtime.txt',
        'env.list',
        'k8s/secrets.properties',
        'services/api/prod.env',
      ].map((f) => `env-file-committed critical ${f} -`),
    );
    const byFile = new Map(report.findings.filter((f) => f.ruleId === 'env-file-committed').map((f) => [f.file, f]));
    // The message names the rule covering a sibling, and suggests the smallest pattern.
    expect(byFile.get('.env')!.message).toContain('`.env.local` (.gitignore line 2) covers `.env.local` beside it, but not this file');
    expect(byFile.get('.env')!.message).toContain('Add `.env*` to .gitignore at the repository root.');
    expect(byFile.get('services/api/prod.env')!.message).toContain('Add `*.env` to .gitignore');
    expect(byFile.get('.env.staging')!.message).toContain('`.env.staging` (.gitignore line 3) already ignores it, but ignore rules do not apply to files git already tracks');
    expect(byFile.get('config/runtime.txt')!.message).toContain('used as an env file by Compose env_file in `compose.yaml`');
    expect(byFile.get('config/runtime.txt')!.message).toContain('Add `/config/runtime.txt`');
    expect(byFile.get('k8s/secrets.properties')!.message).toContain('kustomize envs in `k8s/kustomization.yaml`');
    expect(byFile.get('ci/vars.list')!.message).toContain('docker run --env-file in `.github/workflows/ci.yml`');
    const remediation = byFile.get('.env')!.remediation;
    for (const step of ['Rotate every key in `.env`', '`git rm --cached .env`', 'add `.env*` to .gitignore', 'purge the file from history']) {
      expect(remediation).toContain(step);
    }
    // The key inside is the text rule's finding, reported once.
    const placed = report.keys.get('.env.production')![0]!;
    expect(report.findings.filter((f) => f.file === '.env.production' && f.line !== null).map((f) => [f.ruleId, f.line, f.column])).toEqual([
      ['openai-api-key', placed.line, placed.column],
    ]);
  });

  it('ok: templates, ignored files, unresolvable references and look-alike names produce nothing', async () => {
    const report = await scanFixture('env-file-committed/ok.yaml');
    expect(findingsOf(report, [...RULES, 'env-file-secret', 'env-file-ignore-missing'])).toEqual([]);
  });

  it('suggests re-including committed templates, and only those the pattern would catch', async () => {
    const report = await scanFixture('env-file-not-ignored/ng.yaml');
    expect(report.findings.find((f) => f.file === '.env.local')!.message).toContain('Add `.env*` and `!.env.example` to .gitignore');
    expect(report.findings.find((f) => f.file === 'docker/app.env')!.message).toContain('Add `*.env` to .gitignore');
  });
});

describe('env-file-not-ignored', () => {
  it('ng: reports untracked env files that no rule ignores, naming a negation that re-includes one', async () => {
    const report = await scanFixture('env-file-not-ignored/ng.yaml');
    expect(findingsOf(report, RULES)).toEqual(['.env.local', 'docker/app.env', 'sub/.env'].map((f) => `env-file-not-ignored high ${f} -`));
    const sub = report.findings.find((f) => f.file === 'sub/.env')!;
    expect(sub.message).toContain('`!.env` (sub/.gitignore line 1) re-includes it');
    expect(sub.message).toContain('Remove `!.env` from sub/.gitignore');
    const local = report.findings.find((f) => f.file === '.env.local')!;
    expect(local.message).toContain('`.env` (.gitignore line 1) covers `.env` beside it, but not this file');
    expect(local.message).toContain('one `git add .` away');
  });

  it('ng: outside git, env files not covered by any .gitignore are reported from the same tree', async () => {
    const report = await scanFixture('env-file-not-ignored/ng.yaml', { git: false });
    expect(findingsOf(report, RULES)).toEqual(['.env.local', 'docker/app.env', 'sub/.env'].map((f) => `env-file-not-ignored high ${f} -`));
    expect(report.findings.find((f) => f.file === 'docker/app.env')!.message).toContain('is not covered by any .gitignore');
  });

  it('ok: ignored env files (by .gitignore, a directory rule or .git/info/exclude) produce nothing', async () => {
    const report = await scanFixture('env-file-not-ignored/ok.yaml');
    expect(findingsOf(report, [...RULES, 'env-file-secret'])).toEqual([]);
  });

  it('ok: outside git too', async () => {
    const report = await scanFixture('env-file-committed/ok.yaml', { git: false });
    expect(findingsOf(report, [...RULES, 'env-file-secret'])).toEqual([]);
  });
});

describe('explicitly named files', () => {
  it('an ignored env file named on the command line is still not reported (it is protected)', async () => {
    const m = materialize('env-file-not-ignored/ok.yaml');
    const targets = ['.env', '.env.local', '.envrc'].map((f) => path.join(m.root, f));
    const report = await scan(defaultSettings(m.root, { targets }), silentLogger);
    expect(report.stats.filesScanned).toBe(3);
    expect(findingsOf(report, [...RULES, 'env-file-secret'])).toEqual([]);
  });
});
