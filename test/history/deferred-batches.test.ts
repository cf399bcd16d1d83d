/**
 * --history analyses YAML files whole, batch by batch, while git still writes the log: the report
 * must be the one analysing them all after the log gives (the full path), whatever the batch size.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/core/logger.js';
import { defaultSettings } from '../../src/core/settings.js';
import { scanHistory } from '../../src/history/scan-history.js';
import { openaiKey, randomBody } from '../helpers/keys.js';
import { cleanupTempDirs } from '../helpers/repo.js';
import { withGitCalls } from '../helpers/git-calls.js';
import { FastHistory } from './fast-history.js';

afterAll(cleanupTempDirs);

let repo: string;
const shared = openaiKey();
const replaced = [openaiKey(), openaiKey(), openaiKey()];

beforeAll(() => {
  const h = new FastHistory();
  const workflow = (value: string) => `on: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n    env:\n      API_TOKEN: ${value}\n    steps:\n      - run: echo hi\n`;
  const manifest = (value: string) => `apiVersion: v1\nkind: Pod\nmetadata:\n  name: app\nspec:\n  containers:\n    - name: app\n      image: app\n      env:\n        - name: DB_PASSWORD\n          value: "${value}"\n`;
  const first = workflow(randomBody(32));
  for (let i = 1; i <= 60; i++) {
    const changes: Parameters<FastHistory['commit']>[2] = [{ path: `deploy/pod-${i % 7}.yaml`, content: manifest(randomBody(24)) }];
    // Ties: one key into two YAML files and a source file in the same commit.
    if (i === 20) changes.push({ path: 'a.yaml', content: `key: ${shared}\n` }, { path: 'b.yaml', content: `other: 1\nkey: ${shared}\n` }, { path: 'c.py', content: `key = "${shared}"\n` });
    // Different keys at the same place of one file, commit after commit.
    if (i >= 30 && i < 33) changes.push({ path: 'same.yaml', content: `token: ${replaced[i - 30]}\n` });
    // A blob met again (a revert): its first place decides the order of its analyses.
    if (i === 5 || i === 45) changes.push({ path: '.github/workflows/ci.yml', content: first });
    if (i === 25) changes.push({ path: '.github/workflows/ci.yml', content: workflow(randomBody(40)) });
    h.commit('main', `c${i}`, changes);
  }
  repo = h.build();
});

describe('deferred YAML analyses while the log is read', () => {
  it('give the same report for every batch size as after the log', async () => {
    const run = async (deferredBatch: number) => {
      const report = await scanHistory(defaultSettings(repo), silentLogger, { since: null, allBranches: false, deferredBatch });
      return { ...report, stats: { ...report.stats, durationMs: 0 } };
    };
    const full = await run(Number.POSITIVE_INFINITY);
    // The history holds findings of every kind that the order matters for.
    // The shared key once, and each of the three keys written one after another at one place.
    expect(full.findings.filter((f) => f.ruleId === 'openai-api-key').length).toBe(4);
    expect(full.findings.filter((f) => f.ruleId === 'gha-literal-secret').length).toBe(2);
    expect(full.findings.length).toBeGreaterThan(10);
    for (const batch of [1, 2, 5, 64]) expect(await run(batch)).toEqual(full);
  });

  it.skipIf(process.platform === 'win32')('read through one git cat-file, however many batches', async () => {
    const scan = (deferredBatch: number) => withGitCalls(() => scanHistory(defaultSettings(repo), silentLogger, { since: null, allBranches: false, deferredBatch }));
    const one = await scan(Number.POSITIVE_INFINITY);
    const many = await scan(1);
    // 60 commits touch YAML files: one batch each; the same reader then reads the tip's files.
    expect(many.calls.filter((c) => c === 'cat-file')).toHaveLength(1);
    expect(one.calls.filter((c) => c === 'cat-file')).toHaveLength(1);
    expect({ ...many.result, stats: { ...many.result.stats, durationMs: 0 } }).toEqual({ ...one.result, stats: { ...one.result.stats, durationMs: 0 } });
  });
});

describe.skipIf(process.platform === 'win32')('progress of a history scan', () => {
  it('counts the commits with git beside the log when progress is shown, and not at all otherwise', async () => {
    const calls: [number, number][] = [];
    const logger = { ...silentLogger, progress: (done: number, total: number) => calls.push([done, total]) };
    const shown = await withGitCalls(() => scanHistory(defaultSettings(repo), logger, { since: null, allBranches: false }));
    expect(shown.calls).toContain('rev-list');
    expect(calls.length).toBe(60);
    expect(calls.at(-1)).toEqual([60, 60]);
    // Never a total below what is done, whenever the count arrives.
    expect(calls.every(([done, total]) => total >= done)).toBe(true);
    const quiet = await withGitCalls(() => scanHistory(defaultSettings(repo), silentLogger, { since: null, allBranches: false }));
    expect(quiet.calls).not.toContain('rev-list');
    expect(quiet.calls).toContain('log');
  });
});
