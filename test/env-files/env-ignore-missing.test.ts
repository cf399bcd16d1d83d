import { afterAll, describe, expect, it } from 'vitest';
import { cleanupTempDirs } from '../helpers/repo.js';
import { findingsOf, scanFixture } from './tree-fixture.js';

afterAll(cleanupTempDirs);

const RULE = 'env-file-ignore-missing';
// Built from pieces: this file must not itself look like code that loads env files.
const LOAD_DOTENV = ['load', 'dotenv('].join('_');
const IMPORT_CONFIG = ['import', "'dotenv/config'"].join(' ');

describe('env-file-ignore-missing', () => {
  it.each([
    ['ng-package-json.yaml', '.gitignore', 'the `dotenv` dependency in `package.json`'],
    ['ng-python.yaml', '.gitignore', 'the `python-dotenv` dependency in `requirements.txt`'],
    ['ng-source.yaml', '.gitignore', `\`${LOAD_DOTENV}\` in \`app/main.py\``],
    ['ng-import.yaml', '.gitignore', `\`${IMPORT_CONFIG}\` in \`src/index.ts\``],
    ['ng-compose.yaml', '.', 'Compose `env_file:` in `docker-compose.yml`'],
  ])('ng: %s is reported on %s', async (fixture, file, evidence) => {
    const report = await scanFixture(`env-file-ignore-missing/${fixture}`);
    expect(findingsOf(report, [RULE])).toEqual([`${RULE} medium ${file} -`]);
    const finding = report.findings.find((f) => f.ruleId === RULE)!;
    expect(finding.message).toContain(`(${evidence})`);
    expect(finding.remediation).toContain('`.env*` and `!.env.example`');
  });

  it('ng: names the negation that re-includes the root .env', async () => {
    const report = await scanFixture('env-file-ignore-missing/ng-import.yaml');
    expect(report.findings.find((f) => f.ruleId === RULE)!.message).toContain('(`!/.env` at .gitignore line 4 re-includes it)');
  });

  it('ng: outside git the same check runs over the .gitignore files', async () => {
    const report = await scanFixture('env-file-ignore-missing/ng-package-json.yaml', { git: false });
    expect(findingsOf(report, [RULE])).toEqual([`${RULE} medium .gitignore -`]);
  });

  it.each(['ok-ignored.yaml', 'ok-no-usage.yaml', 'ok-info-exclude.yaml'])('ok: %s', async (fixture) => {
    const report = await scanFixture(`env-file-ignore-missing/${fixture}`);
    expect(findingsOf(report, [RULE])).toEqual([]);
  });
});
