/**
 * Every github-actions rule against its fixtures: each `ng` file yields exactly the listed
 * findings (line, column, and the source text the finding spans), each `ok` file yields none
 * from any github-actions rule.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { GITHUB_ACTIONS_RULES } from '../../src/analyzers/github-actions/index.js';
import { renderFixture } from '../helpers/fixtures.js';
import { runRules } from './source.js';

const ROOT = 'test/fixtures/github-actions';
/** `KEY0` stands for the first generated key in the fixture; a severity, when given, is checked too. */
type Expected = [line: number, column: number, text: string, severity?: 'critical' | 'high' | 'medium' | 'low'];

const EXPECTED: Record<string, Record<string, Expected[]>> = {
  'gha-literal-secret': {
    'ng.yml': [
      [8, 19, 'Zx81-prod-token-77'],
      [10, 19, 'KEY0'],
      [15, 20, 'hunter2-prod-7f9c'],
      [20, 19, 'Registry-Pa55word'],
      // A service container's password: throwaway, only reaches the job's own container.
      [25, 28, 'r3dis-S3cret-value', 'low'],
      [29, 21, 'k-19f8e7d6c5b4a3'],
      [32, 13, 'whsec-literal-Value-2b'],
      [43, 20, 'Abc123-literal'],
    ],
    'ng.action.yml': [
      [6, 14, 'KEY0'],
      [15, 27, 'S3rvice-Pa55-42'],
    ],
    // Counting runs are real but weak values: medium (the env.* readers add no finding, see below).
    'ng.weak.yml': [
      [5, 19, 'abcd1234', 'medium'],
      [17, 45, 'sk-lf-1234567890', 'medium'],
    ],
    // Test-service passwords (low, whatever the case), a key id (low), an upload token (medium);
    // setup-java's input given a literal instead of a variable name stays high.
    'ng.policy.yml': [
      [10, 30, 'Sequelize1!', 'low'],
      [14, 32, 'root', 'low'],
      [16, 20, 'Sequelize1!', 'low'],
      [17, 26, 'KEY0', 'low'],
      [22, 18, 'cc-Up10ad-Tk93hQ2', 'medium'],
      [25, 28, 'Hunter2-Maven-77', 'high'],
    ],
    // The app's own secrets and database passwords of a test run (a database on the runner): low,
    // whatever the case; an OpenAI key in the same place stays high.
    'ng.test-context.yml': [
      [5, 15, 'KEY0', 'low'],
      [6, 15, 'mysessionsigner', 'low'],
      [11, 19, 'Sequelize1!', 'low'],
      [12, 23, 'KEY1', 'high'],
    ],
    // A test mode, a test suite, a job named for tests: low; a third party's key and a deploy job: high.
    'ng.test-jobs.yml': [
      [9, 19, 'discourse', 'low'],
      [17, 27, 'Kq7Vx2Lm9Tz4Wp', 'low'],
      [18, 30, 'Rz8Qw3Kv6Lt1Nm', 'high'],
      [22, 19, 'Pw6Ln3Xq8Vt2Rk', 'low'],
      [28, 19, 'Ty5Mq2Wk7Lx4Vz', 'high'],
    ],
    // Database client password variables outside a test run: even lower-case words (medium).
    'ng.db-client.yml': [
      [7, 19, 'discourse', 'medium'],
      [8, 18, 'Vt4Kx9Qm2Lz7', 'high'],
      [9, 19, 'Wm5Rq8Tz3Kx6Lp', 'high'],
    ],
    // Issued-looking literals assigned to secret-like names inside the script: high, as under env.
    'ng.script.yml': [
      [10, 26, 'KEY0', 'high'],
      [12, 35, 'KEY1', 'high'],
      [13, 29, 'KEY2', 'high'],
    ],
  },
  'gha-secret-from-untrusted-source': {
    'ng.yml': [
      [8, 27, 'vars.OPENAI_API_KEY'],
      [12, 22, 'github.event.inputs.token'],
      [15, 37, 'ENV . PLAIN_VALUE'],
    ],
  },
  'gha-secret-printed': {
    'ng.yml': [
      [9, 24, '$OPENAI_API_KEY'],
      [10, 26, '${{ secrets.NPM_TOKEN }}'],
      [12, 32, '$env:OPENAI_API_KEY'],
      [13, 35, 'process.env.OPENAI_API_KEY'],
      [16, 19, '${OPENAI_API_KEY}'],
      [18, 54, '$OPENAI_API_KEY'],
      [19, 20, '$OPENAI_API_KEY'],
      [20, 20, '$OPENAI_API_KEY'],
      // A substitution that only encodes the secret still prints it (a digest would not: ok.digest.yml).
      [21, 48, '$OPENAI_API_KEY'],
    ],
    // A flag and a URL kept in the secret store print at low; a webhook URL is a credential.
    'ng.settings.yml': [
      [8, 25, '${{ secrets.SENTRY_ENABLED }}', 'low'],
      [9, 24, '${{ secrets.STAGING_API_URL }}', 'low'],
      [10, 22, '${{ secrets.SLACK_WEBHOOK_URL }}', 'high'],
    ],
  },
  'gha-shell-trace-with-secrets': {
    'ng.yml': [
      [9, 11, 'set -eux'],
      // The traced command expands $TOKEN (a secret only in env is not: ok.env-only.yml).
      [11, 16, 'bash -x {0}'],
      // Tracing turned off around one use, on again before the next one.
      [20, 11, 'set -x'],
    ],
  },
  'gha-secret-interpolated-in-run': {
    'ng.yml': [
      [7, 42, '${{ secrets.API_TOKEN }}'],
      [10, 19, '${{ github.token }}'],
      [14, 93, '${{ secrets.ADMIN_TOKEN }}'],
    ],
    // One finding per script, at its first credential (hosts, ports, users, regions, ids skipped).
    'ng.many.yml': [
      [8, 33, '${{ secrets.DB_PASSWORD }}'],
      [13, 132, '${{ secrets.API_TOKEN }}'],
    ],
  },
  'gha-all-secrets': {
    'ng.yml': [
      [11, 16, '${{ toJSON(secrets) }}'],
      [14, 25, "${{ secrets[format('{0}_API_KEY', matrix.provider)] }}"],
    ],
    'ng.env-index.yml': [
      [10, 30, "${{ secrets[format('{0}_AWS_SECRET_ACCESS_KEY', env.STAGE)] }}", 'medium'],
      [14, 25, '${{ secrets[env.STAGE] }}', 'medium'],
    ],
  },
  'gha-fromjson-secret-field': { 'ng.yml': [[8, 40, 'secrets.PROVIDERS).openai.key']] },
  'gha-secrets-inherit': { 'ng.yml': [[5, 14, 'inherit']] },
  'gha-untrusted-checkout-with-secrets': {
    'ng.yml': [[10, 16, '${{ github.event.pull_request.head.sha }}', 'critical']],
    'ng.subdir.yml': [
      // Into `pr`, only read by the base's tools (`-folder=pr`, `git -C pr`): medium.
      [12, 16, '${{ github.event.pull_request.head.ref }}', 'medium'],
      // A same-repository guard that `||` escapes; `cd $GITHUB_WORKSPACE/pr`, `npm --prefix=src-pr`.
      [26, 16, '${{ github.event.pull_request.head.sha }}', 'critical'],
      [36, 16, '${{ github.event.pull_request.head.sha }}', 'critical'],
    ],
    // gh pr checkout, git fetch pull/N/head, git checkout of the head sha, then `npm ci`: critical;
    // a fetch of the head that only `git diff` reads: medium.
    'ng.commands.yml': [
      [12, 14, 'gh pr checkout ${{ github.event.pull_request.number }}', 'critical'],
      [16, 11, 'git fetch origin pull/${{ github.event.pull_request.number }}/head:pr', 'critical'],
      [18, 14, 'git checkout ${{ github.event.pull_request.head.sha }}', 'critical'],
      [26, 14, 'git fetch origin "$HEAD_SHA"', 'medium'],
    ],
    'ng.artifacts.yml': [
      [12, 19, '${{ github.event.workflow_run.id }}', 'critical'],
      [23, 19, '${{ github.event.workflow_run.id }}', 'critical'],
    ],
  },
  'gha-secrets-to-unpinned-action': {
    'ng.yml': [
      [6, 15, 'acme/deploy-action@v2'],
      [10, 11, 'acme/workflows/.github/workflows/release.yml@main'],
    ],
    // Beside ids and GITHUB_TOKEN, a client secret or an npm token still counts.
    'ng.identifiers.yml': [
      [6, 15, 'azure/login@v2'],
      [11, 15, 'acme/release-action@v1'],
    ],
  },
  'gha-debug-logging': {
    'ng.yml': [
      [3, 23, 'true'],
      [10, 34, 'true'],
    ],
  },
  'gha-secret-to-github-env': {
    'ng.yml': [
      [9, 32, '$KEY'],
      [10, 21, '${KEY}'],
      [12, 26, '$KEY'],
    ],
  },
};

function run(rule: string, name: string) {
  const { text, keys } = renderFixture(path.join(ROOT, rule, name));
  const kind = name.includes('action') ? 'action' : 'workflow';
  const result = runRules(`.github/workflows/${name}`, text, { kind });
  return { ...result, text, keys };
}

/** The source text a finding spans (single-line findings). */
function spanned(text: string, f: { line: number | null; column: number | null; endLine: number | null; endColumn: number | null }): string {
  const line = [...text.split('\n')[f.line! - 1]!.replace(/\r$/, '')];
  return line.slice(f.column! - 1, f.endLine === f.line ? f.endColumn! - 1 : undefined).join('');
}

describe('github-actions rules', () => {
  it('every registered rule has ng and ok fixtures and expectations', () => {
    for (const rule of GITHUB_ACTIONS_RULES) {
      const files = readdirSync(path.join(ROOT, rule.meta.id));
      expect(files.some((f) => f.startsWith('ng.'))).toBe(true);
      expect(files.some((f) => f.startsWith('ok.'))).toBe(true);
      expect(Object.keys(EXPECTED[rule.meta.id] ?? {}).length).toBeGreaterThan(0);
    }
  });

  for (const [rule, files] of Object.entries(EXPECTED)) {
    for (const [name, expected] of Object.entries(files)) {
      it(`${rule}: ${name} finds exactly the expected places`, () => {
        const { findings, text, keys, diagnostics } = run(rule, name);
        expect(diagnostics).toEqual([]);
        const own = findings.filter((f) => f.ruleId === rule);
        // The scan reports a value once per place (merge keys reach DB_PASSWORD twice): so do we.
        const unique = [...new Map(own.map((f) => [`${f.line}:${f.column}`, f])).values()].sort((a, b) => a.line! - b.line! || a.column! - b.column!);
        expect(unique.map((f) => [f.line, f.column])).toEqual(expected.map(([l, c]) => [l, c]));
        unique.forEach((f, i) => {
          const want = expected[i]![2].replace(/^KEY(\d)$/, (_, n: string) => keys[Number(n)]!.key);
          expect(spanned(text, f)).toBe(want);
          if (expected[i]![3]) expect(f.severity).toBe(expected[i]![3]);
          expect(f.file).toBe(`.github/workflows/${name}`);
          expect(f.category).toBe(GITHUB_ACTIONS_RULES.find((r) => r.meta.id === rule)!.meta.category);
          expect(f.message.length).toBeGreaterThan(0);
          expect(f.remediation.length).toBeGreaterThan(0);
          expect(f.yamlPath).toMatch(/^[A-Za-z]/);
        });
      });
    }
  }

  it('a literal read through env.* is one finding (gha-literal-secret), not one more per reader', () => {
    const { findings } = run('gha-literal-secret', 'ng.weak.yml');
    expect(findings.filter((f) => f.ruleId === 'gha-secret-from-untrusted-source')).toEqual([]);
    expect(findings.filter((f) => f.ruleId === 'gha-literal-secret').map((f) => `${f.line}:${f.severity}`)).toEqual(['5:medium', '17:medium']);
  });

  it('a secret read by a computed name is one finding (the computed name), not a literal source', () => {
    const { findings } = run('gha-all-secrets', 'ng.env-index.yml');
    expect(findings.filter((f) => f.ruleId !== 'gha-all-secrets').map((f) => `${f.ruleId} ${f.line}`)).toEqual([]);
  });

  it('severity classes of literals say why, and setup-java is told to take a variable name', () => {
    const { findings } = run('gha-literal-secret', 'ng.policy.yml');
    const at = (line: number) => findings.filter((f) => f.line === line);
    // One finding for the key id, from one rule.
    expect(at(17).map((f) => `${f.ruleId}:${f.severity}`)).toEqual(['gha-literal-secret:low']);
    expect(at(17)[0]!.message).toMatch(/identifies a key/);
    for (const line of [10, 14, 16]) expect(at(line)[0]!.message).toMatch(/throwaway password of a CI service container/);
    for (const line of [10, 14, 16]) expect(at(line)[0]!.remediation).toMatch(/protects nothing real/);
    expect(at(17)[0]!.remediation).toMatch(/role-to-assume/);
    expect(at(22)[0]!.message).toMatch(/upload/i);
    expect(at(22)[0]!.remediation).toContain('${{ secrets.CODECOV_TOKEN }}');
    const java = at(25)[0]!;
    expect(java.message).toMatch(/takes the name of an environment variable/);
    expect(java.remediation).toContain('`server-password: MAVEN_PASSWORD`');
    expect(java.remediation).toContain('${{ secrets.MAVEN_PASSWORD }}');
  });

  it('test-run literals say why they are low; in-script literals make one finding with the generic rule', () => {
    const { findings } = run('gha-literal-secret', 'ng.test-jobs.yml');
    const at = (line: number) => findings.find((f) => f.line === line && f.ruleId === 'gha-literal-secret')!;
    expect(at(9).message).toContain('test run (`RAILS_ENV: test`)');
    expect(at(17).message).toContain('the job runs a test suite');
    expect(at(22).message).toContain('the job is named `e2e`');
    expect(at(22).remediation).toMatch(/protects nothing real/);
    expect(at(28).message).not.toMatch(/test run/);
    const context = run('gha-literal-secret', 'ng.test-context.yml').findings.find((f) => f.line === 5)!;
    expect(context.message).toContain('`DATABASE_URL` points at a database on the runner');
    const script = run('gha-literal-secret', 'ng.script.yml').findings.filter((f) => f.ruleId === 'gha-literal-secret');
    expect(script.map((f) => f.message.split(' is ')[0])).toEqual(['`SSO_SECRET_KEY`', '`JENKINS_TOKEN`', '`API_TOKEN`']);
    expect(script[0]!.message).toContain('assigned a literal value in a run step of job deploy');
    expect(script[0]!.remediation).toContain('${{ secrets.SSO_SECRET_KEY }}');
    expect(script[1]!.remediation).toContain('and its default');
    expect(script.every((f) => f.yamlPath === 'jobs.deploy.steps[0].run')).toBe(true);
  });

  it('an interpolating script is one finding that names its secrets and the other lines, never the values', () => {
    const { findings } = run('gha-secret-interpolated-in-run', 'ng.many.yml');
    const own = findings.filter((f) => f.ruleId === 'gha-secret-interpolated-in-run');
    expect(own[0]!.message).toBe('This script interpolates 3 secrets (`DB_PASSWORD`, `API_KEY`, `DATABASE_URL`) into its source 4 times: here, and on lines 9, 10, 11.');
    expect(own[1]!.message).toBe('This script interpolates 2 secrets (`API_TOKEN`, `API_KEY`) into its source 2 times (all on this line).');
    expect(own[0]!.message).not.toMatch(/SSH_(USER|HOST|PORT)|GCP_/);
    expect(own[0]!.remediation).toContain("add each to the step's `env:`");
    const single = run('gha-secret-interpolated-in-run', 'ng.yml').findings.find((f) => f.ruleId === 'gha-secret-interpolated-in-run')!;
    expect(single.message).toBe('`${{ secrets.API_TOKEN }}` interpolates secret `API_TOKEN` into the script source.');
  });

  it('unpinned actions: the message names the credentials, not the ids or GITHUB_TOKEN', () => {
    const own = run('gha-secrets-to-unpinned-action', 'ng.identifiers.yml').findings.filter((f) => f.ruleId === 'gha-secrets-to-unpinned-action');
    expect(own.map((f) => f.message.split(' are ')[0])).toEqual(['Secrets (AZURE_CLIENT_SECRET)', 'Secrets (NPM_TOKEN)']);
  });

  it('workflow_dispatch inputs are not an attacker-controlled source: medium, and the message says so', () => {
    const { findings } = run('gha-secret-from-untrusted-source', 'ng.yml');
    const input = findings.find((f) => f.ruleId === 'gha-secret-from-untrusted-source' && f.line === 12)!;
    expect(input.severity).toBe('medium');
    expect(input.message).toMatch(/needs write access/);
  });

  it('parses as leniently as GitHub: a workflow with duplicate keys is still analysed', () => {
    const text = ['on: push', 'on: push', 'jobs:', '  a:', '    runs-on: ubuntu-latest', '    runs-on: ubuntu-22.04', '    steps:', '      - run: ./x.sh', '        env:', '          DEPLOY_TOKEN: Zx81-prod-token-77', ''].join('\n');
    const { findings, diagnostics } = runRules('.github/workflows/dup.yml', text, { kind: 'workflow' });
    expect(diagnostics).toEqual([]);
    expect(findings.map((f) => `${f.ruleId} ${f.line}:${f.column} ${f.severity}`)).toEqual(['gha-literal-secret 10:25 high']);
  });

  it('a workflow the YAML parser rejects gets a warning that it was not analysed structurally', () => {
    const text = ['on: push', 'jobs:', '  a:', '    steps:', '      - run: curl -H "A: $T" x: y', ''].join('\n');
    const { diagnostics } = runRules('.github/workflows/broken.yml', text, { kind: 'workflow' });
    const warning = diagnostics.filter((d) => d.code === 'workflow-not-analyzed');
    expect(warning).toHaveLength(1);
    expect(warning[0]!.level).toBe('warning');
    expect(warning[0]!.message).toMatch(/line 5/);
  });

  for (const rule of GITHUB_ACTIONS_RULES.map((r) => r.meta.id)) {
    for (const name of readdirSync(path.join(ROOT, rule)).filter((f) => f.startsWith('ok.'))) {
      it(`${rule}: ${name} yields no github-actions finding`, () => {
        const { findings, diagnostics } = run(rule, name);
        expect(diagnostics).toEqual([]);
        expect(findings.map((f) => `${f.ruleId} ${f.line}:${f.column} ${f.message}`)).toEqual([]);
      });
    }
  }
});
