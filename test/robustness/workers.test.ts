/**
 * The worker-thread path only runs from a bundle (workers re-enter it), so this test bundles the
 * bench probe (bench/lib/scan-entry.ts) with rolldown, vitest's bundler, and compares a scan in one
 * thread with scans on 1 and 3 workers: same findings, same diagnostics, same counts.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, realpathSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Report } from '../../src/core/finding.js';
import { openaiKey } from '../helpers/keys.js';
import { cleanupTempDirs, makeRepo, tempDir } from '../helpers/repo.js';

afterAll(cleanupTempDirs);

describe('worker threads', () => {
  it('give the same report as one thread (findings, diagnostics, stats)', async () => {
    let build: typeof import('rolldown').build;
    try {
      ({ build } = await import('rolldown'));
    } catch {
      console.warn('rolldown not available: worker parity test not run');
      return;
    }
    const work = tempDir('osl-workers-');
    const bundle = path.join(work, 'probe.mjs');
    await build({ input: path.resolve(import.meta.dirname, '../../bench/lib/scan-entry.ts'), platform: 'node', logLevel: 'silent', output: { file: bundle, format: 'esm', codeSplitting: false } });

    const tree: Record<string, string | Buffer> = {};
    for (let i = 0; i < 1200; i++) {
      const key = i % 97 === 0 ? openaiKey('proj') : null;
      if (i % 5 === 0) tree[`ci/${i}/.gitlab-ci.yml`] = `include: [{local: missing-${i}.yml}]\nvariables:\n  OPENAI_API_KEY: "${key ?? 'none'}"\n`;
      else if (i % 5 === 1) tree[`.github/workflows/w${i}.yml`] = `on: push\njobs:\n  t:\n    runs-on: ubuntu-latest\n    env:\n      OPENAI_API_KEY: ${key ?? '${{ secrets.OPENAI_API_KEY }}'}\n    steps: [{run: echo}]\n`;
      else if (i % 5 === 2) tree[`bin/${i}.yml`] = Buffer.from([0, 1, 2, 3]);
      else tree[`src/m${i}.py`] = `x = 1\nkey = "${key ?? 'nothing here'}"\n`;
    }
    const dir = realpathSync(makeRepo(tree));
    const run = (workers: number): Report => {
      const out = path.join(work, `report-${workers}.json`);
      execFileSync(process.execPath, [bundle, dir, String(workers), out]);
      const report = JSON.parse(readFileSync(out, 'utf8')) as Report;
      report.stats.durationMs = 0;
      return report;
    };
    const single = run(0);
    // 13 keys planted, 3 of them in the binary files' slots (i % 5 === 2), which get no key.
    expect(single.findings.filter((f) => f.ruleId === 'openai-api-key').length).toBe(10);
    expect(single.stats.skippedBinary).toBe(240);
    for (const workers of [1, 3]) expect(run(workers)).toEqual(single);
  }, 180_000);
});
