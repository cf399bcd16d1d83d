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
import { runFixtureDir } from '../kubernetes/run-rules.js';

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
