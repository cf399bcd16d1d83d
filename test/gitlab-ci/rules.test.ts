import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { GITLAB_CI_RULES } from '../../src/analyzers/gitlab-ci/index.js';
import { includesOf, resolveLocal } from '../../src/analyzers/gitlab-ci/include-set.js';
import type { Settings } from '../../src/core/settings.js';
import { runFixtureDir } from '../kubernetes/run-rules.js';

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/gitlab-ci');

/** One rule over `<rule>/<side>` as a scan root: `file:line:column-endColumn` of each finding. */
function run(id: string, side: 'ng' | 'ok' | 'ng-weak' | 'ng-services', settings: Partial<Settings> = {}) {
  const rule = GITLAB_CI_RULES.find((r) => r.meta.id === id);
  if (!rule) throw new Error(`no rule ${id}`);
  const result = runFixtureDir([rule], path.join(FIXTURES, id, side), settings);
  return {
    ...result,
    at: result.findings.map((f) => `${f.file}:${f.line}:${f.column}-${f.endColumn}`),
    severities: result.findings.map((f) => `${f.line}:${f.severity}`),
  };
}

describe('gitlab-ci rules: ng fixtures find, ok fixtures do not', () => {
  test('gitlab-ci-literal-variable: global, {value:}, hidden jobs, merge keys, rules:, services, and local includes', () => {
    const r = run('gitlab-ci-literal-variable', 'ng');
    const key = r.keys[0]!;
    expect(r.at).toEqual([
      `.gitlab-ci.yml:${key.line}:${key.column}-${key.column + key.key.length}`,
      '.gitlab-ci.yml:13:13-36',
      '.gitlab-ci.yml:19:18-32',
      '.gitlab-ci.yml:27:29-49',
      '.gitlab-ci.yml:31:28-40',
      'ci/deploy.yml:4:28-52',
      'ci/extra.gitlab-ci.yml:6:16-32',
    ]);
    expect(key.line).toBe(11);
    expect(r.findings[2]!.yamlPath).toBe('[".defaults"].variables.DB_PASSWORD');
    expect(r.findings[3]!.yamlPath).toBe('build.rules[0].variables.SENTRY_AUTH_TOKEN');
    expect(r.findings[0]!.remediation).toMatch(/CI\/CD variable.*secrets:.*id_tokens/s);
    // not-included.yml is not reached from .gitlab-ci.yml; the missing include and the three
    // remote/project/template includes are diagnostics, the include cycle ends quietly.
    expect(r.diagnostics.map((d) => `${d.code} ${d.file} ${d.message}`)).toEqual([
      'gitlab-include-missing .gitlab-ci.yml local include "/ci/missing.yml" matches no file in the scan; not analysed',
      'gitlab-include-not-followed .gitlab-ci.yml 3 remote, project, template or component include(s) not followed: their jobs are not analysed',
    ]);
    expect(run('gitlab-ci-literal-variable', 'ok').at).toEqual([]);
  });

  test('gitlab-ci-literal-variable: throwaway values of test services (lower-case words, counting runs, stand-in words) are medium', () => {
    const r = run('gitlab-ci-literal-variable', 'ng-weak');
    expect(r.at).toEqual([
      '.gitlab-ci.yml:9:28-36',
      '.gitlab-ci.yml:10:26-47',
      '.gitlab-ci.yml:11:21-29',
      '.gitlab-ci.yml:12:20-33',
      '.gitlab-ci.yml:13:16-34',
      '.gitlab-ci.yml:7:28-35',
    ]);
    // POSTGRES_PASSWORD of the postgres service: a throwaway service-container password (low);
    // MYSQL_ROOT_PASSWORD has no mysql service here: medium as a lower-case value.
    expect(r.severities).toEqual(['9:medium', '10:medium', '11:medium', '12:medium', '13:high', '7:low']);
    expect(r.findings[0]!.message).toMatch(/reported at medium/);
  });

  test('gitlab-ci-literal-variable: one policy for service containers (low whatever the case), key ids and upload-only tokens low, comment-announced placeholders low', () => {
    const r = run('gitlab-ci-literal-variable', 'ng-services');
    expect(r.at).toEqual([
      '.gitlab-ci.yml:6:24-43',
      '.gitlab-ci.yml:12:24-39',
      '.gitlab-ci.yml:13:18-33',
      '.gitlab-ci.yml:14:24-40',
      '.gitlab-ci.yml:15:20-44',
      '.gitlab-ci.yml:19:24-39',
      '.gitlab-ci.yml:21:22-39',
    ]);
    // The mysql service of the pipeline, the postgres one of the job: low; DB_PASSWORD is not the
    // image's variable, and `deploy` runs only the mysql service: high.
    expect(r.severities).toEqual(['6:low', '12:low', '13:high', '14:low', '15:low', '19:high', '21:low']);
    expect(r.findings[0]!.message).toContain('throwaway service-container password');
    expect(r.findings[0]!.message).toContain('only this job reaches');
    expect(r.findings[3]!.message).toContain('identifier');
    expect(r.findings[4]!.message).toContain('upload');
    expect(r.findings[6]!.message).toContain('placeholder');
  });

  test('gitlab-ci-script-literal-secret: export and inline assignments, inside block scalars and quoted items', () => {
    const r = run('gitlab-ci-script-literal-secret', 'ng');
    const key = r.keys[0]!;
    expect(r.at).toEqual([
      `.gitlab-ci.yml:3:29-${29 + key.key.length}`,
      '.gitlab-ci.yml:7:27-41',
      '.gitlab-ci.yml:8:17-35',
      '.gitlab-ci.yml:10:28-47',
    ]);
    expect(`${key.line}:${key.column}`).toBe('3:29');
    expect(r.findings.map((f) => f.yamlPath)).toEqual(['deploy.before_script[0]', 'deploy.script[0]', 'deploy.script[0]', 'deploy.after_script[0]']);
    const ok = run('gitlab-ci-script-literal-secret', 'ok');
    expect(ok.at).toEqual([]);
    // The ok file parses (its script lines are read as a pipeline, not skipped as invalid YAML).
    expect(ok.sources[0]!.yaml().documents.every((d) => d.errors.length === 0)).toBe(true);
    const weak = run('gitlab-ci-script-literal-secret', 'ng-weak');
    expect(weak.at).toEqual(['.gitlab-ci.yml:3:26-34', '.gitlab-ci.yml:4:27-45', '.gitlab-ci.yml:6:30-51', '.gitlab-ci.yml:7:29-48', '.gitlab-ci.yml:12:32-47']);
    // Comment-announced placeholders and the postgres service's password: low.
    expect(weak.severities).toEqual(['3:medium', '4:high', '6:low', '7:low', '12:low']);
    expect(weak.findings[4]!.message).toContain('throwaway service-container password');
  });

  test('gitlab-ci-secret-echo: echo, printenv, env, set -x in a job that uses secrets; piped, redirected, filtered and escaped output pass', () => {
    expect(run('gitlab-ci-secret-echo', 'ng').at).toEqual([
      '.gitlab-ci.yml:3:12-25',
      '.gitlab-ci.yml:4:22-32',
      '.gitlab-ci.yml:5:7-15',
      '.gitlab-ci.yml:6:7-10',
      '.gitlab-ci.yml:7:16-27',
      '.gitlab-ci.yml:8:7-13',
      '.gitlab-ci.yml:10:19-29',
      '.gitlab-ci.yml:11:13-23',
      '.gitlab-ci.yml:12:13-23',
    ]);
    expect(run('gitlab-ci-secret-echo', 'ok').at).toEqual([]);
  });

  test('gitlab-ci-debug-trace: string and boolean true; CI_DEBUG_SERVICES (service logs only) at medium', () => {
    const r = run('gitlab-ci-debug-trace', 'ng');
    expect(r.at).toEqual(['.gitlab-ci.yml:2:20-24', '.gitlab-ci.yml:5:24-28']);
    expect(r.severities).toEqual(['2:high', '5:medium']);
    expect(r.findings[1]!.message).toMatch(/service container logs/);
    expect(run('gitlab-ci-debug-trace', 'ok').at).toEqual([]);
  });

  test('gitlab-ci-image-credentials: user:password in image and service names, literal DOCKER_AUTH_CONFIG; name:tag@digest is no password', () => {
    const r = run('gitlab-ci-image-credentials', 'ng');
    expect(r.at).toEqual(['.gitlab-ci.yml:4:18-34', '.gitlab-ci.yml:6:19-31', '.gitlab-ci.yml:8:26-112']);
    expect(r.findings[0]!.secret).toBe('r3gistry-pass-42');
    expect(run('gitlab-ci-image-credentials', 'ok').at).toEqual([]);
  });

  test('settings.secretNames.ignore silences a name', () => {
    const r = run('gitlab-ci-script-literal-secret', 'ng', { secretNames: { extra: [], ignore: ['SLACK_TOKEN'] } });
    expect(r.at).toHaveLength(3);
  });
});

describe('include resolution', () => {
  test('strings, lists, local: maps; remote, project, template and component includes counted', () => {
    expect(includesOf('include: /a.yml\n')).toEqual({ local: ['/a.yml'], notFollowed: 0 });
    expect(includesOf('include: https://example.com/x.yml\n')).toEqual({ local: [], notFollowed: 1 });
    expect(
      includesOf('include:\n  - b.yml\n  - local: c.yml\n    rules: [{if: $X}]\n  - component: gitlab.com/a/b@1\n  - template: T.yml\n  - project: p\n    file: f.yml\n'),
    ).toEqual({ local: ['b.yml', 'c.yml'], notFollowed: 3 });
    expect(includesOf('include: [\n')).toEqual({ local: [], notFollowed: 0 });
  });

  test('globs', () => {
    const paths = ['ci/a.yml', 'ci/b.yaml', 'ci/sub/c.yml', 'ci/readme.md', 'x.yml'];
    expect(resolveLocal('/ci/*.yml', paths)).toEqual(['ci/a.yml']);
    expect(resolveLocal('ci/**.yml', paths)).toEqual(['ci/a.yml', 'ci/sub/c.yml']);
    expect(resolveLocal('/ci/**/*.y*ml', paths)).toEqual(['ci/a.yml', 'ci/b.yaml', 'ci/sub/c.yml']);
    expect(resolveLocal('/x.yml', paths)).toEqual(['x.yml']);
    expect(resolveLocal('/missing.yml', paths)).toEqual([]);
  });
});
