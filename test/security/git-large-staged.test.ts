/**
 * Reading git's output is linear: a 64 MB staged file is skipped (over the size limit) in seconds,
 * not after minutes of re-copying the buffer on every chunk, and the key staged beside it is
 * still reported.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openaiKey } from '../helpers/keys.js';
import { cleanupTempDirs, gitIn, makeRepo } from '../helpers/repo.js';
import { findingsOf, runCli } from './git-helpers.js';

afterAll(cleanupTempDirs);

describe('a 64 MB staged file', () => {
  it('is skipped quickly, makes the scan incomplete (exit 3, naming it), and the small staged key is reported', async () => {
    const repo = makeRepo({ 'README.md': 'hello\n' });
    const line = 'x'.repeat(99) + '\n';
    writeFileSync(path.join(repo, 'big.txt'), line.repeat((64 * 1024 * 1024) / line.length));
    writeFileSync(path.join(repo, 'app.js'), `const key = "${openaiKey('proj')}";\n`);
    gitIn(repo, 'add', '-A');
    // The bound is the spawn's: the old reader took about two minutes here.
    const run = await runCli(repo, ['scan', '--staged', '--format', 'json', '--fail-on', 'low'], { timeoutMs: 40_000 });
    // A file the scan could not look at could hold a key: incomplete, named (exclude it to skip it on purpose).
    expect(run.code, run.stderr).toBe(3);
    expect(run.stderr).toContain('big.txt');
    const report = JSON.parse(run.stdout) as { diagnostics: { file: string; code: string }[] };
    expect(findingsOf(run).map((f) => `${f.file}:${f.line}:${f.column}`)).toEqual(['app.js:1:14']);
    expect(report.diagnostics).toContainEqual(expect.objectContaining({ file: 'big.txt', code: 'skipped-too-large' }));
  }, 90_000);
});
