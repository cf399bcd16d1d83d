/**
 * A connection URL in a GitLab job's `variables:` whose host is one of the job's service
 * containers (its alias or image name) carries a throwaway password: gitlab-ci-literal-variable
 * reports it at low, like the service's own POSTGRES_PASSWORD, and url-embedded-password leaves
 * it alone. Elsewhere (another host, a script line, a job that extends another without services
 * of its own) url-embedded-password reports it at high as before.
 */
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { GITLAB_CI_RULES } from '../../src/analyzers/gitlab-ci/index.js';
import { hardcodedSecretRule } from '../../src/analyzers/text.js';
import { isGitLabServiceHost, serviceHostNames } from '../../src/detectors/ci-services.js';
import { randomBody } from '../helpers/keys.js';
import { runFixtureDir, runRules } from '../kubernetes/run-rules.js';

/** Written apart so that this file holds no URL with a password (the repository scans itself). */
const SEP = '://';

const DIR = path.resolve(import.meta.dirname, '../fixtures/gitlab-ci/gitlab-ci-literal-variable/ng-service-url');

describe('GitLab service-container URL passwords', () => {
  test('low at the password when the host is a service of the job (or of the pipeline for global variables); high elsewhere', () => {
    const r = runFixtureDir([hardcodedSecretRule, ...GITLAB_CI_RULES], DIR);
    const at = (line: number) => r.keys.find((k) => k.line === line)!;
    const got = r.findings.map((f) => `${f.ruleId} ${f.line}:${f.column}-${f.endColumn} ${f.severity}`).sort();
    const want = (rule: string, line: number, severity: string) => `${rule} ${line}:${at(line).column}-${at(line).column + at(line).key.length} ${severity}`;
    expect(got).toEqual(
      [
        want('gitlab-ci-literal-variable', 3, 'low'), // the pipeline's postgres service
        want('gitlab-ci-literal-variable', 12, 'low'), // the alias `db`
        want('gitlab-ci-literal-variable', 13, 'low'), // the image name, `/` as `__`
        want('url-embedded-password', 14, 'high'), // another host
        want('url-embedded-password', 16, 'high'), // a script line, not a variable
        want('url-embedded-password', 20, 'high'), // extends a job: left to the detector
        want('gitlab-ci-literal-variable', 20, 'low'), // …and the rule (merged into the high one)
      ].sort(),
    );
    const low = r.findings.find((f) => f.line === 12)!;
    expect(low.message).toContain('service container "db"');
    expect(low.message).toContain('throwaway service-container password');
  });

  test('host names of a service', () => {
    expect(serviceHostNames('postgres:16')).toEqual(['postgres']);
    expect(serviceHostNames('registry.example.com/team/mysql:8@sha256:00', 'db, mysql')).toEqual(['db', 'mysql', 'registry.example.com__team__mysql', 'registry.example.com-team-mysql']);
  });

  test('only inside variables of a pipeline that runs the service', () => {
    const text = `job:\n  services: [redis:7]\n  variables:\n    URL: redis${SEP}u:p4ss@redis:6379\n  script: x\n`;
    const at = text.indexOf('p4ss');
    expect(isGitLabServiceHost(text, at, 'redis')).toBe(true);
    expect(isGitLabServiceHost(text, at, 'postgres')).toBe(false);
    expect(isGitLabServiceHost(text.replace('  script: x\n', ''), at, 'redis')).toBe(false);
    const workflow = `on: push\njobs:\n  t:\n    services: [redis:7]\n    variables:\n      URL: redis${SEP}u:p4ss@redis:6379\n    script: x\n`;
    expect(isGitLabServiceHost(workflow, workflow.indexOf('p4ss'), 'redis')).toBe(false);
  });
});

describe('plain YAML is not parsed for service-container URLs', () => {
  // A chosen password (random: no secret-like literal in the repository) the URL detector reports at high.
  const PASSWORD = randomBody(14);

  /** Every GitLab rule and the text rule over one file, counting how often it was parsed. */
  function parses(path: string, text: string) {
    let parsed = 0;
    const run = runRules([hardcodedSecretRule, ...GITLAB_CI_RULES], [{ path, text }], {}, (source) => {
      const yaml = source.yaml.bind(source);
      source.yaml = (keep) => {
        parsed++;
        return yaml(keep);
      };
    });
    return { parsed, findings: run.findings.map((f) => `${f.ruleId} ${f.file}:${f.line}:${f.column} ${f.severity}`) };
  }

  test('a YAML file with URLs but no services, variables and scripts is left to the URL detector, unparsed', () => {
    // A Helm-values-like settings file full of URLs (the bitnami values files of the corpus): the
    // GitLab rule parsed every such file whole, which tripled the corpus scan time.
    const settings = `# docs: https${SEP}example.org/guide\nupstream:\n  url: postgres${SEP}app:${PASSWORD}@db.internal:5432/app\n  mirror: https${SEP}mirror.example.org/\n`;
    expect(parses('settings.yaml', settings)).toEqual({ parsed: 0, findings: ['url-embedded-password settings.yaml:3:23 high'] });
  });

  test('a pipeline-shaped YAML file (services, variables, a script) is parsed once, and its service URL is low', () => {
    const pipeline = `test:\n  services: [postgres:16]\n  variables:\n    DATABASE_URL: postgres${SEP}app:${PASSWORD}@postgres:5432/app\n  script: make test\n`;
    expect(parses('ci/test.yml', pipeline)).toEqual({ parsed: 1, findings: ['gitlab-ci-literal-variable ci/test.yml:4:34 low'] });
  });
});

describe('every service-container URL password has a reporter', () => {
  const PASSWORD = randomBody(14);
  const run = (path: string, text: string) =>
    runRules([hardcodedSecretRule, ...GITLAB_CI_RULES], [{ path, text }]).findings.map((f) => `${f.ruleId} ${f.file}:${f.line}:${f.column} ${f.severity}`);

  test('a job that takes its services through a merge key or an alias: the detector keeps the password (the rule may judge the hosts otherwise)', () => {
    const url = `postgres${SEP}app:${PASSWORD}@postgres:5432/app`;
    const merged = `services: [postgres:16]\n.base: &base\n  services: [redis:7]\ntest:\n  <<: *base\n  variables:\n    DB: ${url}\n  script: make test\n`;
    expect(run('.gitlab-ci.yml', merged)).toEqual(['url-embedded-password .gitlab-ci.yml:7:24 high']);
    const aliased = `.svcs: &svcs [redis:7]\nservices: [postgres:16]\ntest:\n  services: *svcs\n  variables:\n    DB: ${url}\n  script: make test\n`;
    expect(run('.gitlab-ci.yml', aliased)).toEqual(['url-embedded-password .gitlab-ci.yml:6:24 high']);
    // Without the indirection the same password is the rule's, at low.
    const direct = `services: [postgres:16]\ntest:\n  variables:\n    DB: ${url}\n  script: make test\n`;
    expect(run('.gitlab-ci.yml', direct)).toEqual(['gitlab-ci-literal-variable .gitlab-ci.yml:4:24 low']);
  });

  test('a service\'s own variables, workflow rules and job rules: one finding each, the rule\'s low one', () => {
    const url = (host: string) => `postgres${SEP}app:${PASSWORD}@${host}:5432/app`;
    const pipeline = [
      'services:',
      '  - name: postgres:16',
      '    variables:',
      `      SELF: ${url('postgres')}`,
      'workflow:',
      '  rules:',
      '    - if: $CI',
      '      variables:',
      `        WF: ${url('postgres')}`,
      'default:',
      '  services:',
      '    - name: redis:7',
      '      variables:',
      `        R: ${url('redis')}`,
      'test:',
      '  services: [mysql:8]',
      '  rules:',
      '    - if: $CI',
      '      variables:',
      `        JOB: ${url('mysql')}`,
      '  script: make test',
      '',
    ].join('\n');
    const col = (line: string) => line.indexOf(PASSWORD) + 1;
    const lines = pipeline.split('\n');
    expect(run('.gitlab-ci.yml', pipeline).sort()).toEqual(
      [4, 9, 14, 20].map((n) => `gitlab-ci-literal-variable .gitlab-ci.yml:${n}:${col(lines[n - 1]!)} low`).sort(),
    );
  });

  test('a pipeline-shaped file the GitLab rule does not read (a template, Helm values) keeps its password in the detector', () => {
    const pipeline = `services: [postgres:16]\ntest:\n  variables:\n    DB: postgres${SEP}app:${PASSWORD}@postgres:5432/app\n  script: make test\n`;
    expect(run('ci/.gitlab-ci.yml.example', pipeline)).toEqual(['url-embedded-password ci/.gitlab-ci.yml.example:4:24 high']);
    expect(run('chart/values-ci.yaml', pipeline)).toEqual(['url-embedded-password chart/values-ci.yaml:4:24 high']);
  });
});

describe('url-embedded-password and the password policy', () => {
  test('a guessable URL password is medium, a chosen one high, at the password', async () => {
    const { findSecretsInText } = await import('../../src/analyzers/text.js');
    const { LineIndex } = await import('../../src/core/text-position.js');
    const text = `DATABASE_URL: "postgresql${SEP}app:restaurant_pass_2024@db-service:5432/app"\nOTHER_URL: "postgresql${SEP}app:Kv7!harbourLantern@db-service:5432/app"\n`;
    const found = findSecretsInText({ path: 'k8s/configmap.yaml', text, lines: new LineIndex(text) }).filter((f) => f.ruleId === 'url-embedded-password');
    expect(found.map((f) => `${f.line}:${f.column}-${f.endColumn} ${f.severity}`)).toEqual(['1:33-53 medium', '2:30-48 high']);
    expect(found[0]!.message).toContain('anyone can try');
  });
});
