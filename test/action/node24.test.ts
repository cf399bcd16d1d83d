import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openaiKey } from '../helpers/keys.js';
import { cleanupTempDirs, makeRepo } from '../helpers/repo.js';
import { BUNDLE, REPO_ROOT, runAction } from './run-action.js';

const CLI = path.join(REPO_ROOT, 'dist/cli/index.js');

/**
 * action.yml says `using: node24`: run the bundle under a Node 24 binary. It is not a dependency
 * (every install would download it): `.ci/run` fetches it on demand and names it in OSL_NODE24.
 * Outside CI the test is skipped without it; in CI a missing binary is a failure.
 */
const NODE24 = process.env.OSL_NODE24 ?? '';
const available = NODE24 !== '' && existsSync(NODE24);
if (!available && process.env.CI !== 'true') console.warn('Node 24 smoke test skipped: set OSL_NODE24 to a Node 24 binary (e.g. npm install --prefix /tmp/node24 node@24)');

afterAll(cleanupTempDirs);

describe.skipIf(!available && process.env.CI !== 'true')('the bundled Action under Node 24', () => {
  it('has a Node 24 binary to run', () => {
    expect(available, `OSL_NODE24=${NODE24} is not a file`).toBe(true);
  });

  it('runs a scan end to end', async () => {
    expect(existsSync(BUNDLE)).toBe(true);
    const key = openaiKey('proj');
    const workspace = makeRepo({ '.github/workflows/ci.yml': `on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    env:\n      OPENAI_API_KEY: ${key}\n    steps:\n      - run: echo hi\n` });
    const run = await runAction({ workspace, event: 'push', node: NODE24, inputs: { 'fail-on': 'critical' } });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
    expect(Number(run.outputs.findings)).toBeGreaterThanOrEqual(1);
    expect(run.stdout).toContain(`::add-mask::${key}`);
    expect(run.stdout).toContain('file=.github/workflows/ci.yml,line=6');
  });

  it('runs the CLI: a scan that finds the key and exits 1', () => {
    const key = openaiKey('proj');
    const repo = makeRepo({ 'app.py': `KEY = "${key}"\n` });
    const run = spawnSync(NODE24, [CLI, 'scan', repo, '--format', 'json'], { encoding: 'utf8', timeout: 60_000 });
    expect(run.status).toBe(1);
    const report = JSON.parse(run.stdout) as { findings: { ruleId: string; file: string; line: number; column: number }[] };
    expect(report.findings.map((f) => [f.ruleId, f.file, f.line, f.column])).toEqual([['openai-api-key', 'app.py', 1, 8]]);
    expect(run.stdout).not.toContain(key);
  });
});
