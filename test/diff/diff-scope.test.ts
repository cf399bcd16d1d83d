/**
 * `--diff BASE` reads only the files that changed (whole, for the structural rules), not the
 * whole repository; repository rules still see every file.
 */
import { writeFileSync } from 'node:fs';
import { realpathSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/core/logger.js';
import { scan } from '../../src/core/scan.js';
import { defaultSettings } from '../../src/core/settings.js';
import { changedLinesSince } from '../../src/diff/changed-lines.js';
import { generateKey, openaiKey } from '../helpers/keys.js';
import { cleanupTempDirs, gitIn, makeRepo } from '../helpers/repo.js';

afterAll(cleanupTempDirs);

async function diffScan(root: string, base: string) {
  const settings = defaultSettings(root, { changedLines: await changedLinesSince(root, base) });
  return scan(settings, silentLogger, { threads: 0 });
}

const brief = (f: { ruleId: string; file: string; line: number | null; column: number | null; endLine: number | null; endColumn: number | null }) => ({
  ruleId: f.ruleId,
  file: f.file,
  line: f.line,
  column: f.column,
  endLine: f.endLine,
  endColumn: f.endColumn,
});

describe('--diff scans the changed files only', () => {
  it('reads no unchanged file, and keeps findings on changed lines', async () => {
    const old = openaiKey('proj');
    const tree: Record<string, string> = { 'old.txt': `k=${old}\n` };
    for (let i = 0; i < 50; i++) tree[`pad/f${i}.txt`] = `line ${i}\n`;
    const root = realpathSync(makeRepo(tree));
    const base = gitIn(root, 'rev-parse', 'HEAD').trim();
    const key = generateKey('github:ghp');
    writeFileSync(path.join(root, 'pad/f3.txt'), `line 3\ntoken=${key}\n`);
    const report = await diffScan(root, base);
    expect(report.stats.filesScanned).toBe(1);
    expect(report.stats.filesDiscovered).toBe(51);
    expect(report.findings.map(brief)).toEqual([{ ruleId: 'github-token', file: 'pad/f3.txt', line: 2, column: 7, endLine: 2, endColumn: 7 + key.length }]);
  });

  it('reports a key split over lines when only its last part changed, over its whole range', async () => {
    const key = openaiKey('proj');
    const parts = [key.slice(0, 60), key.slice(60)];
    const root = realpathSync(makeRepo({ 'deploy.sh': `#!/bin/sh\nexport KEY=${parts[0]}\\\nplaceholder\n` }));
    const base = gitIn(root, 'rev-parse', 'HEAD').trim();
    writeFileSync(path.join(root, 'deploy.sh'), `#!/bin/sh\nexport KEY=${parts[0]}\\\n${parts[1]}\n`);
    const report = await diffScan(root, base);
    expect(report.findings.map(brief)).toEqual([{ ruleId: 'openai-api-key', file: 'deploy.sh', line: 2, column: 12, endLine: 3, endColumn: 1 + parts[1]!.length }]);
  });

  it('still runs the structural rules on a changed file whole, and repository rules over every file', async () => {
    const workflow = (env: string) => `on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n${env}    steps:\n      - run: make\n`;
    const root = realpathSync(makeRepo({ '.github/workflows/ci.yml': workflow(''), 'README.md': 'hi\n' }));
    const base = gitIn(root, 'rev-parse', 'HEAD').trim();
    const key = openaiKey('proj');
    writeFileSync(path.join(root, '.github/workflows/ci.yml'), workflow(`    env:\n      OPENAI_API_KEY: ${key}\n`));
    // An untracked, unignored .env file: a repository rule's finding about the whole file.
    writeFileSync(path.join(root, '.env'), `OPENAI_API_KEY=${openaiKey('proj')}\n`);
    const report = await diffScan(root, base);
    const ci = report.findings.find((f) => f.file === '.github/workflows/ci.yml');
    expect(ci && brief(ci)).toEqual({ ruleId: 'openai-api-key', file: '.github/workflows/ci.yml', line: 6, column: 23, endLine: 6, endColumn: 23 + key.length });
    expect(ci?.relatedRules).toContain('gha-literal-secret');
    expect(report.findings.some((f) => f.file === '.env' && f.line === null)).toBe(true);
  });
});
