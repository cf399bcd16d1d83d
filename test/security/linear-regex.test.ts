/**
 * Patterns from the scanned repository's own config run in linear time: `allow.patterns` on RE2,
 * `secretNames` wildcards without a regular expression. A pattern RE2 refuses is a configuration
 * error (exit 2) naming its key, never quoting it. And the GitHub Actions script analysis stays
 * linear on a long hostile `run:` line. Each scan is bounded by the spawn's time limit, not by a
 * timed assertion: the old code never ends within it.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { openaiKey } from '../helpers/keys.js';
import { cleanupTempDirs, tempDir, writeTree } from '../helpers/repo.js';
import { positionOf, scanWithBundle } from './linear-cli.js';

afterAll(cleanupTempDirs);

const LIMIT = { timeoutMs: 60_000 };

describe('allow.patterns', () => {
  it('a catastrophic backtracking pattern completes, and does not hide the key', () => {
    const dir = tempDir();
    const key = openaiKey('proj');
    const text = `OPENAI_API_KEY="${key}"\n`;
    writeTree(dir, { '.openai-secret-lint.yml': 'allow:\n  patterns: ["^([a-zA-Z0-9_-]+)+!$"]\n', 'app/.env.production': text });
    const run = scanWithBundle(dir, LIMIT);
    expect(run.signal, 'the scan did not end in time').toBeNull();
    expect(run.code, run.stderr).toBe(1);
    const at = positionOf(text, key);
    expect(run.report!.findings.some((f) => f.file === 'app/.env.production' && f.line === at.line && f.column === at.column)).toBe(true);
  });

  it('still allows what an RE2 pattern matches (inline flags work)', () => {
    const dir = tempDir();
    const key = openaiKey('proj');
    writeTree(dir, { '.openai-secret-lint.yml': 'allow:\n  patterns: ["(?i)^SK-PROJ-"]\n', 'app/settings.py': `OPENAI_API_KEY = "${key}"\n` });
    const run = scanWithBundle(dir, LIMIT);
    expect(run.code, run.stderr).toBe(0);
    expect(run.report!.findings.filter((f) => f.file === 'app/settings.py')).toEqual([]);
    expect(run.report!.stats.suppressed).toBeGreaterThan(0);
  });

  it('a backreference (not RE2) is a configuration error: exit 2, naming allow.patterns[1], not quoting it', () => {
    const dir = tempDir();
    writeTree(dir, { '.openai-secret-lint.yml': 'allow:\n  patterns: ["^ok$", "(ab)\\\\1-marker"]\n', 'a.txt': 'nothing\n' });
    const run = scanWithBundle(dir, LIMIT);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('allow.patterns[1]');
    expect(run.stderr).toContain('RE2');
    expect(run.stderr).not.toContain('-marker');
  });
});

describe('secretNames wildcards', () => {
  it('a wildcard with many stars against a long name completes, and the configured name still counts', () => {
    const dir = tempDir();
    const text = [
      'on: push',
      'jobs:',
      '  build:',
      '    runs-on: ubuntu-latest',
      '    env:',
      `      ${'A'.repeat(80)}: plain`,
      '      WEBHOOK_SALT: s3cr3t-Value-9f8e7d6c',
      '    steps:',
      '      - run: make',
      '',
    ].join('\n');
    writeTree(dir, {
      '.openai-secret-lint.yml': 'secretNames:\n  extra: ["*A*A*A*A*A*A*A*A*A*B", "WEBHOOK_SALT"]\n',
      '.github/workflows/ci.yml': text,
    });
    const run = scanWithBundle(dir, LIMIT);
    expect(run.signal, 'the scan did not end in time').toBeNull();
    const at = positionOf(text, 's3cr3t-Value-9f8e7d6c');
    const literal = run.report!.findings.filter((f) => f.ruleId === 'gha-literal-secret');
    expect(literal.map((f) => [f.file, f.line, f.column])).toEqual([['.github/workflows/ci.yml', at.line, at.column]]);
  });
});

describe('GitHub Actions script analysis on a long hostile run: line', () => {
  it('`set -xxxx…` (100 KB) beside a printed secret: the scan ends and the echo is reported', () => {
    const dir = tempDir();
    const text = [
      'on: push',
      'jobs:',
      '  build:',
      '    runs-on: ubuntu-latest',
      '    steps:',
      `      - run: set -${'x'.repeat(100_000)}!`,
      '      - run: echo ${{ secrets.OPENAI_API_KEY }}',
      `      - run: echo $T ${'print('.repeat(15_000)}`,
      '        env:',
      '          T: ${{ secrets.T }}',
      '',
    ].join('\n');
    writeTree(dir, { '.github/workflows/ci.yml': text });
    const run = scanWithBundle(dir, LIMIT);
    expect(run.signal, 'the scan did not end in time').toBeNull();
    const at = positionOf(text, '${{ secrets.OPENAI_API_KEY }}');
    const printed = run.report!.findings.filter((f) => f.ruleId === 'gha-secret-printed');
    expect(printed.map((f) => [f.line, f.column])).toContainEqual([at.line, at.column]);
    const t = positionOf(text, '$T ');
    expect(printed.map((f) => [f.line, f.column])).toContainEqual([t.line, t.column]);
  });
});

describe('Dockerfile ENV on a long hostile line', () => {
  it('a 150 KB run of name characters without `=` beside a real literal: the scan ends, the literal is reported', () => {
    const dir = tempDir();
    const text = `FROM busybox\nENV ${'A'.repeat(150_000)}\\A=\u0001\nENV DB_PASSWORD=s3cr3t-Value-9f8e7d6c\n`;
    writeTree(dir, { Dockerfile: text });
    const run = scanWithBundle(dir, LIMIT);
    expect(run.signal, 'the scan did not end in time').toBeNull();
    const at = positionOf(text, 's3cr3t-Value-9f8e7d6c');
    const found = run.report!.findings.filter((f) => f.ruleId === 'dockerfile-literal-secret');
    expect(found.map((f) => [f.file, f.line, f.column])).toEqual([['Dockerfile', at.line, at.column]]);
  });
});
