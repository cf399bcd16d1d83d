/**
 * No finding lost silently: a rule that throws, a worker thread that dies, a file that cannot be
 * read or is over the size limit make the scan incomplete. The CLI then exits 3 and names the
 * file (the Action fails its step with the same message, src/action/main.ts), while every
 * finding the other rules made is still reported. A deliberate skip (a binary file) does not.
 */
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { FILE_RULES } from '../../src/analyzers/registry.js';
import type { Report } from '../../src/core/finding.js';
import { run } from '../cli/io.js';
import { openaiKey } from '../helpers/keys.js';
import { cleanupTempDirs, tempDir, writeTree } from '../helpers/repo.js';
import { positionOf, REPO_ROOT, scanWithBundle } from './linear-cli.js';

afterAll(cleanupTempDirs);
afterEach(() => {
  vi.restoreAllMocks();
});

const WORKFLOW = ['on: push', 'jobs:', '  leak:', '    runs-on: ubuntu-latest', '    steps:', '      - run: echo ${{ secrets.OPENAI_API_KEY }}', ''].join('\n');
const EXPRESSION = '${{ secrets.OPENAI_API_KEY }}';
const FAULT = path.join(REPO_ROOT, 'test/security/linear-fault.cjs');

function findingsOf(report: Report, ruleId: string): [string, number | null, number | null][] {
  return report.findings.filter((f) => f.ruleId === ruleId).map((f) => [f.file, f.line, f.column]);
}

describe('a rule that throws', () => {
  it('makes the CLI exit 3 naming the file and the rule; the other rules still report', async () => {
    const dir = tempDir();
    writeTree(dir, { '.github/workflows/ci.yml': WORKFLOW });
    const rule = FILE_RULES.find((r) => r.meta.id === 'gha-secret-printed')!;
    vi.spyOn(rule, 'check').mockImplementation(() => {
      throw new TypeError('planted failure');
    });
    const result = await run(dir, 'scan', '.', '--format', 'json');
    expect(result.code).toBe(3);
    expect(result.stderr).toContain('scan incomplete');
    expect(result.stderr).toContain('.github/workflows/ci.yml: rule gha-secret-printed failed');
    const report = JSON.parse(result.stdout) as Report;
    expect(report.diagnostics).toContainEqual(expect.objectContaining({ file: '.github/workflows/ci.yml', code: 'rule-failed', level: 'error', incomplete: true }));
    const at = positionOf(WORKFLOW, EXPRESSION);
    expect(findingsOf(report, 'gha-secret-interpolated-in-run')).toEqual([['.github/workflows/ci.yml', at.line, at.column]]);
    expect(findingsOf(report, 'gha-secret-printed')).toEqual([]);
  });

  it('exits 3 also when the findings alone would exit 1 (incomplete wins over findings)', async () => {
    const dir = tempDir();
    const key = openaiKey('proj');
    writeTree(dir, { 'app/settings.py': `OPENAI_API_KEY = "${key}"\n`, '.github/workflows/ci.yml': WORKFLOW });
    const rule = FILE_RULES.find((r) => r.meta.id === 'gha-secret-printed')!;
    vi.spyOn(rule, 'check').mockImplementation(() => {
      throw new RangeError('planted failure');
    });
    const result = await run(dir, 'scan', '.', '--format', 'json');
    expect(result.code).toBe(3);
    const report = JSON.parse(result.stdout) as Report;
    expect(report.findings.some((f) => f.file === 'app/settings.py' && f.line === 1 && f.column === 'OPENAI_API_KEY = "'.length + 1)).toBe(true);
  });
});

describe('files the scan could not read', () => {
  it('a file over the size limit is incomplete (exit 3); a binary file is a deliberate skip (exit 0)', async () => {
    const dir = tempDir();
    writeTree(dir, { '.openai-secret-lint.yml': 'maxFileSize: 1000\n', 'data/big.txt': 'x'.repeat(2000), 'img/logo.png': Buffer.from([0x89, 0x50, 0, 0, 1, 2]) });
    const result = await run(dir, 'scan', '.', '--format', 'json');
    expect(result.code).toBe(3);
    expect(result.stderr).toContain('data/big.txt');
    const report = JSON.parse(result.stdout) as Report;
    expect(report.diagnostics).toContainEqual(expect.objectContaining({ file: 'data/big.txt', code: 'skipped-too-large', incomplete: true }));
    expect(report.diagnostics).toContainEqual(expect.objectContaining({ file: 'img/logo.png', code: 'skipped-binary', level: 'info' }));
    expect(report.diagnostics.find((d) => d.code === 'skipped-binary')!.incomplete).toBeUndefined();

    const binaryOnly = tempDir();
    writeTree(binaryOnly, { 'img/logo.png': Buffer.from([0x89, 0x50, 0, 0, 1, 2]) });
    expect((await run(binaryOnly, 'scan', '.', '--format', 'json')).code).toBe(0);
  });

  it('an unreadable file (EIO) makes the bundled CLI exit 3 naming it; the other files are scanned', () => {
    const dir = tempDir();
    writeTree(dir, { '.github/workflows/ci.yml': WORKFLOW, 'config/unreadable-marker.env': 'A=1\n' });
    const result = scanWithBundle(dir, { nodeArgs: ['--require', FAULT], env: { LINEAR_FAULT_UNREADABLE: 'unreadable-marker' } });
    expect(result.code, result.stderr).toBe(3);
    expect(result.stderr).toContain('config/unreadable-marker.env');
    expect(result.report!.diagnostics).toContainEqual(expect.objectContaining({ file: 'config/unreadable-marker.env', code: 'unreadable', incomplete: true }));
    const at = positionOf(WORKFLOW, EXPRESSION);
    expect(findingsOf(result.report!, 'gha-secret-printed')).toEqual([['.github/workflows/ci.yml', at.line, at.column]]);
  });
});

describe('a worker thread that dies', () => {
  it('makes the bundled CLI exit 3 naming a file it died on; findings elsewhere are kept', () => {
    const dir = tempDir();
    // Enough files for the pool to start workers (MIN_FILES_FOR_WORKERS); each one it reads kills it.
    const tree: Record<string, string> = { '.github/workflows/ci.yml': WORKFLOW };
    for (let i = 0; i < 4100; i++) tree[`zz-worker-fault/f${i}.txt`] = `line ${i}\n`;
    writeTree(dir, tree);
    const result = scanWithBundle(dir, { nodeArgs: ['--require', FAULT], env: { LINEAR_FAULT_WORKER: 'zz-worker-fault', LINEAR_FAULT_CORES: '2' } });
    expect(result.code, result.stderr.slice(0, 2000)).toBe(3);
    const failed = result.report!.diagnostics.filter((d) => d.code === 'scan-failed');
    expect(failed.length).toBeGreaterThan(0);
    for (const d of failed) {
      expect(d.file).toMatch(/^zz-worker-fault\/f\d+\.txt$/);
      expect(d.incomplete).toBe(true);
      expect(result.stderr).toContain(d.file!);
    }
    const at = positionOf(WORKFLOW, EXPRESSION);
    expect(findingsOf(result.report!, 'gha-secret-printed')).toEqual([['.github/workflows/ci.yml', at.line, at.column]]);
  }, 120_000);
});
