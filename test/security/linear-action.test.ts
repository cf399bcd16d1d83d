/**
 * The Action's front door honours an incomplete scan as the CLI does: the step fails with a
 * message naming the file, even with no finding at all: the file is a 400×400 alias bomb (and the
 * old bundle passes the step).
 */
import { afterAll, describe, expect, it } from 'vitest';
import { makeRepo, cleanupTempDirs } from '../helpers/repo.js';
import { runAction } from '../action/run-action.js';

afterAll(cleanupTempDirs);

describe('Action on an incomplete scan', () => {
  it('fails the step naming the file whose aliases were not all analysed', async () => {
    const lines = ['on: push', 'jobs:', '  j0:', '    runs-on: ubuntu-latest', '    steps: &steps'];
    for (let i = 0; i < 400; i++) lines.push(`      - run: echo ${i}`);
    for (let i = 1; i < 400; i++) lines.push(`  j${i}: {runs-on: ubuntu-latest, steps: *steps}`);
    const workspace = makeRepo({ '.github/workflows/ci.yml': lines.join('\n') + '\n' });
    const run = await runAction({ workspace, event: 'push', inputs: { 'pr-comment': 'false', 'audit-issue': 'false' } });
    expect(run.code).toBe(1);
    const errors = run.stdout.split('\n').filter((l) => l.startsWith('::error::'));
    expect(errors.some((l) => l.includes('scan incomplete') && l.includes('.github/workflows/ci.yml') && l.includes('yaml-alias-budget')), run.stdout.slice(-2000)).toBe(true);
  }, 120_000);
});
