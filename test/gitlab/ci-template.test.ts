/**
 * templates/openai-secret-lint.gitlab-ci.yml, run as a GitLab runner would: its script lines in one
 * POSIX shell (`sh -e`), in the project directory, with the job's variables and GitLab's
 * predefined ones, the built CLI standing in for npx through OSL_CMD.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { openaiKey } from '../helpers/keys.js';
import { cleanupTempDirs, gitIn, makeRepo } from '../helpers/repo.js';
import { scanTree } from '../helpers/scan.js';
import { schemaErrors, validateCodequality, validateSecretDetection } from './schemas.js';

afterAll(cleanupTempDirs);

const ROOT = path.resolve(import.meta.dirname, '../..');
const TEMPLATE_TEXT = readFileSync(path.join(ROOT, 'templates/openai-secret-lint.gitlab-ci.yml'), 'utf8');
const TEMPLATE = parse(TEMPLATE_TEXT) as Record<string, any>;
const JOB = TEMPLATE['.openai-secret-lint'];
const CLI = path.join(ROOT, 'dist/cli/index.js');
const VERSION = (JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;

/** Runs the job's script in `dir`: template variables, then GitLab's, then the project's overrides. */
function runJob(dir: string, gitlab: Record<string, string>, project: Record<string, string> = {}) {
  const script = (JOB.script as string[]).join('\n');
  const env: Record<string, string> = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', NO_COLOR: '1', ...JOB.variables, CI: 'true', GITLAB_CI: 'true', CI_PROJECT_DIR: dir, ...gitlab, OSL_CMD: `${process.execPath} ${CLI}`, ...project };
  const result = spawnSync('sh', ['-e', '-c', script], { cwd: dir, env, encoding: 'utf8', timeout: 120_000 });
  const read = (name: string) => (existsSync(path.join(dir, name)) ? JSON.parse(readFileSync(path.join(dir, name), 'utf8')) : null);
  return { code: result.status, stdout: result.stdout, stderr: result.stderr, gitlab: read('gl-secret-detection-report.json'), codequality: read('gl-code-quality-report.json') };
}

describe('the GitLab CI template', () => {
  it('is a job for merge request pipelines and the default branch, publishing both reports', () => {
    const job = TEMPLATE['openai-secret-lint'];
    expect(job.extends).toBe('.openai-secret-lint');
    expect(job.rules).toEqual([{ if: '$CI_PIPELINE_SOURCE == "merge_request_event"' }, { if: '$CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH' }]);
    expect(JOB.artifacts).toMatchObject({ when: 'always', reports: { secret_detection: 'gl-secret-detection-report.json', codequality: 'gl-code-quality-report.json' } });
    expect(JOB.variables.OSL_CMD).toBe(`npx --yes openai-secret-lint@${VERSION}`);
    expect(TEMPLATE_TEXT).toContain(`openai-secret-lint/v${VERSION}/templates/`);
  });

  it('passes our own rules, as a template and as a .gitlab-ci.yml', async () => {
    const report = await scanTree({ 'templates/openai-secret-lint.gitlab-ci.yml': TEMPLATE_TEXT, '.gitlab-ci.yml': TEMPLATE_TEXT });
    expect(report.findings).toEqual([]);
    expect(report.diagnostics.filter((d) => d.level !== 'info')).toEqual([]);
  });

  it('merge request pipeline: diff mode against CI_MERGE_REQUEST_DIFF_BASE_SHA reports only what the merge request adds', () => {
    const old = openaiKey();
    const added = openaiKey();
    const dir = makeRepo({ 'old.py': `OLD = "${old}"\n`, 'README.md': 'hello\n' });
    gitIn(dir, 'branch', '-M', 'main');
    const base = gitIn(dir, 'rev-parse', 'HEAD').trim();
    gitIn(dir, 'checkout', '-qb', 'feature');
    writeFileSync(path.join(dir, 'app.py'), `import os\nKEY = "${added}"\n`);
    gitIn(dir, 'add', '-A');
    gitIn(dir, 'commit', '-qm', 'feature');
    const job = runJob(dir, { CI_PIPELINE_SOURCE: 'merge_request_event', CI_MERGE_REQUEST_DIFF_BASE_SHA: base, CI_DEFAULT_BRANCH: 'main', CI_COMMIT_REF_NAME: 'feature' });
    expect(job.code, job.stderr).toBe(1);
    expect(schemaErrors(validateSecretDetection, job.gitlab)).toEqual([]);
    expect(schemaErrors(validateCodequality, job.codequality)).toEqual([]);
    expect(job.gitlab.vulnerabilities.map((v: any) => [v.location.file, v.location.start_line, v.severity])).toEqual([['app.py', 2, 'Critical']]);
    expect(job.codequality.map((i: any) => [i.location.path, i.location.lines.begin, i.severity])).toEqual([['app.py', 2, 'blocker']]);
    for (const text of [JSON.stringify(job.gitlab), JSON.stringify(job.codequality), job.stdout, job.stderr]) expect(text).not.toContain(added);
  });

  it('default branch pipeline: the whole tree; a clean tree passes with empty reports; OSL_FAIL_ON and OSL_ARGS apply', () => {
    const key = openaiKey();
    const dir = makeRepo({ 'old.py': `OLD = "${key}"\n`, 'docs/a.md': 'x\n' });
    const branch = { CI_PIPELINE_SOURCE: 'push', CI_COMMIT_BRANCH: 'main', CI_DEFAULT_BRANCH: 'main' };
    const full = runJob(dir, branch);
    expect(full.code, full.stderr).toBe(1);
    expect(full.gitlab.vulnerabilities.map((v: any) => [v.location.file, v.location.start_line])).toEqual([['old.py', 1]]);
    expect(schemaErrors(validateSecretDetection, full.gitlab)).toEqual([]);
    // A project can pass options: here a config that lowers the rule below the threshold.
    writeFileSync(path.join(dir, 'ci-lint.yml'), 'rules:\n  openai-api-key: low\n');
    const relaxed = runJob(dir, branch, { OSL_ARGS: '--config ci-lint.yml' });
    expect(relaxed.code, relaxed.stderr).toBe(0);
    expect(relaxed.codequality.map((i: any) => i.severity)).toEqual(['minor']);
    expect(runJob(dir, branch, { OSL_ARGS: '--config ci-lint.yml', OSL_FAIL_ON: 'low' }).code).toBe(1);

    const clean = makeRepo({ 'a.md': 'nothing here\n' });
    const ok = runJob(clean, branch);
    expect(ok.code, ok.stderr).toBe(0);
    expect(ok.gitlab.vulnerabilities).toEqual([]);
    expect(ok.codequality).toEqual([]);
    expect(schemaErrors(validateSecretDetection, ok.gitlab)).toEqual([]);
  });
});
