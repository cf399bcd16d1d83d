import { existsSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openaiKey } from '../helpers/keys.js';
import { cleanupTempDirs, makeRepo } from '../helpers/repo.js';
import { BUNDLE, REPO_ROOT, runAction } from './run-action.js';

/** action.yml says `using: node24`: run the bundle under the Node 24 binary from the `node` devDependency. */
const NODE24 = path.join(REPO_ROOT, 'node_modules/node/bin/node');
const available = existsSync(NODE24);
if (!available) console.warn(`Node 24 smoke test skipped: ${NODE24} is missing (npm install restores the node@24 devDependency)`);

afterAll(cleanupTempDirs);

describe.skipIf(!available)('the bundled Action under Node 24', () => {
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
});
