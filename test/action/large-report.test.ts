import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { renderMarkdown, SUMMARY_MAX_BYTES } from '../../src/output/markdown.js';
import { finding, report } from '../output/report-fixture.js';
import { startFakeGitHub } from '../helpers/github-api-server.js';
import { openaiKey } from '../helpers/keys.js';
import { cleanupTempDirs, makeRepo } from '../helpers/repo.js';
import { runAction } from './run-action.js';

afterAll(cleanupTempDirs);

describe('a report too large for the summary and the comment', () => {
  it('renders in linear time: 20,000 findings against the 1 MiB summary limit', () => {
    const many = Array.from({ length: 20_000 }, (_, i) => finding({ file: `src/f${i}.js`, fingerprint: String(i).padStart(32, '0') }));
    const started = performance.now();
    const md = renderMarkdown(report(many), { maxBytes: SUMMARY_MAX_BYTES, overflowHint: 'the JSON report' });
    const elapsed = performance.now() - started;
    // Re-measuring the whole body per row took minutes here; one pass takes well under a second.
    expect(elapsed).toBeLessThan(5_000);
    const rows = md.split('\n').filter((l) => l.startsWith('| 🟥 critical | src/f')).length;
    expect(rows).toBeGreaterThan(1000);
    expect(md).toContain(`and ${20_000 - rows} more findings not shown here (size limit): see the JSON report`);
    expect(Buffer.byteLength(md)).toBeLessThanOrEqual(SUMMARY_MAX_BYTES);
  });

  it('says where the rest is, in the summary, the annotations note and the PR comment (through dist/index.js)', async () => {
    const files: Record<string, string> = {};
    for (let f = 0; f < 30; f++) files[`src/keys${f}.js`] = Array.from({ length: 100 }, () => `k = "${openaiKey('proj')}"`).join('\n') + '\n';
    const workspace = makeRepo(files);
    const api = await startFakeGitHub();
    try {
      const run = await runAction({
        workspace,
        event: 'pull_request',
        apiUrl: api.url,
        inputs: { mode: 'full', 'fail-on': 'critical' },
        edit: (payload) => {
          payload.pull_request.base.sha = 'f'.repeat(40);
        },
      });
      expect(run.outputs.findings).toBe('3000');
      const json = JSON.parse(readFileSync(run.outputs['report-file']!, 'utf8'));
      expect(json.findings).toHaveLength(3000);

      const rows = run.summary.split('\n').filter((l) => l.startsWith('| 🟥 critical | [src/keys')).length;
      expect(rows).toBeGreaterThan(100);
      expect(rows).toBeLessThan(3000);
      const overflow = run.summary.split('\n').find((l) => l.includes('more findings not shown here'))!;
      expect(overflow).toContain(`and ${3000 - rows} more findings not shown here (size limit)`);
      // The reports it names exist only on the runner: the text says so and how to keep them.
      expect(overflow).toContain('exist only on the runner');
      expect(overflow).toContain('set the artifact input, or upload them in a later step');
      // Never the old claim that every finding is in the summary.
      expect(run.stdout + run.summary).not.toContain('Every finding is in the job summary');
      expect(run.stdout).toContain('not annotated. They are in the job summary table; what does not fit there is in the JSON report');

      const comment = api.comments[0]!.body;
      expect(comment).toContain('more findings not shown here (size limit): see the job summary of the workflow run');
      expect(comment).toContain('([workflow run](https://github.com/octo-org/demo-repo/actions/runs/4242))');
      expect(comment).toContain('[the workflow run](https://github.com/octo-org/demo-repo/actions/runs/4242)');
    } finally {
      await api.close();
    }
  }, 240_000);
});
