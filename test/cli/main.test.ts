import { existsSync, readFileSync, realpathSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { hookScript, runningCli } from '../../src/cli/install-hook.js';
import { FORMATS } from '../../src/output/index.js';
import { openaiKey } from '../helpers/keys.js';
import { cleanupTempDirs, gitIn, makeRepo, tempDir, writeTree } from '../helpers/repo.js';
import { run } from './io.js';

afterAll(cleanupTempDirs);

const CONFIG = '.openai-secret-lint.yml';

describe('scan with a config file', () => {
  it('applies the config at the root, and flags override it', async () => {
    const dir = tempDir();
    writeTree(dir, { 'a.py': `A = "${openaiKey()}"\n`, 'vendor/b.py': `B = "${openaiKey()}"\n`, [CONFIG]: 'exclude: [vendor/]\nrules: { openai-api-key: low }\n' });
    const json = await run(dir, 'scan', '--format', 'json');
    expect(json.code).toBe(0); // low is below the default fail-on
    expect(JSON.parse(json.stdout).findings.map((f: { file: string; line: number; severity: string }) => [f.file, f.line, f.severity])).toEqual([['a.py', 1, 'low']]);
    expect((await run(dir, 'scan', '--fail-on', 'low')).code).toBe(1);
    writeFileSync(path.join(dir, 'other.yml'), 'failOn: low\n');
    expect((await run(dir, 'scan', '--config', 'other.yml')).code).toBe(1);
  });

  it('exits 2 with every problem located, and no stack trace', async () => {
    const dir = tempDir();
    writeTree(dir, { [CONFIG]: 'failOn: hihg\nexlude: [x]\n' });
    const result = await run(dir, 'scan');
    expect(result).toEqual({
      code: 2,
      stdout: '',
      stderr: [
        'openai-secret-lint: invalid configuration (2 problems):',
        `  ${CONFIG}:1: failOn: must be one of critical, high, medium, low; did you mean "high"?`,
        `  ${CONFIG}:2: exlude: unknown key; did you mean "exclude"?`,
        '',
      ].join('\n'),
    });
  });
});

describe('baselines', () => {
  it('--write-baseline records, --baseline hides; a new key still fails', async () => {
    const dir = tempDir();
    writeTree(dir, { 'a.py': `A = "${openaiKey()}"\n` });
    const written = await run(dir, 'scan', '--write-baseline', 'baseline.json');
    expect(written).toEqual({ code: 0, stdout: '', stderr: 'openai-secret-lint: wrote 1 finding to the baseline baseline.json\n' });
    expect(JSON.parse(readFileSync(path.join(dir, 'baseline.json'), 'utf8')).findings).toHaveLength(1);
    expect((await run(dir, 'scan', '--baseline', 'baseline.json')).code).toBe(0);
    writeTree(dir, { 'a.py': `\n\nA = "${readFileSync(path.join(dir, 'a.py'), 'utf8').split('"')[1]}"\n`, 'b.py': `B = "${openaiKey()}"\n` });
    const after = await run(dir, 'scan', '--baseline', 'baseline.json', '--format', 'json');
    expect(after.code).toBe(1);
    expect(JSON.parse(after.stdout).findings.map((f: { file: string }) => f.file)).toEqual(['b.py']);
    expect((await run(dir, 'scan', '--baseline', 'missing.json')).code).toBe(2);
  });
});

describe('diff, staged and history modes', () => {
  it('--diff BASE keeps only findings on lines added since BASE', async () => {
    const dir = realpathSync(makeRepo({ 'old.py': `OLD = "${openaiKey()}"\n` }));
    gitIn(dir, 'tag', 'base');
    writeFileSync(path.join(dir, 'old.py'), `OLD = "${readFileSync(path.join(dir, 'old.py'), 'utf8').split('"')[1]}"\nNEW = "${openaiKey()}"\n`);
    const result = await run(dir, 'scan', '--diff', 'base', '--format', 'json');
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout).findings.map((f: { file: string; line: number; column: number }) => [f.file, f.line, f.column])).toEqual([['old.py', 2, 8]]);
    expect(await run(dir, 'scan', '--diff', 'nope')).toMatchObject({ code: 2, stderr: expect.stringContaining('--diff: unknown revision "nope"') });
  });

  it('--diff scans every line of a file renamed out of an excluded path, not one renamed from a scanned path', async () => {
    const key = openaiKey();
    const dir = realpathSync(makeRepo({ [CONFIG]: 'exclude:\n  - vendor/\n', 'vendor/app.py': `x = 1\nK = "${key}"\n`, 'lib/util.py': `y = 2\nK = "${key}"\n` }));
    gitIn(dir, 'tag', 'base');
    writeTree(dir, { 'src/.keep': '' });
    gitIn(dir, 'mv', 'vendor/app.py', 'src/app.py');
    gitIn(dir, 'mv', 'lib/util.py', 'src/util.py');
    gitIn(dir, 'commit', '-q', '-m', 'move');
    const result = await run(dir, 'scan', '--diff', 'base', '--format', 'json');
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout).findings.map((f: { ruleId: string; file: string; line: number; column: number }) => [f.ruleId, f.file, f.line, f.column])).toEqual([['openai-api-key', 'src/app.py', 2, 6]]);
  });

  it('--staged fails a commit that stages a key, and passes once it is unstaged', async () => {
    const dir = makeRepo({ 'a.txt': 'a\n' });
    writeFileSync(path.join(dir, 'a.txt'), `a\nkey=${openaiKey()}\n`);
    gitIn(dir, 'add', 'a.txt');
    const staged = await run(dir, 'scan', '--staged', '--format', 'json');
    expect(staged.code).toBe(1);
    expect(JSON.parse(staged.stdout).findings.map((f: { file: string; line: number; column: number }) => [f.file, f.line, f.column])).toEqual([['a.txt', 2, 5]]);
    gitIn(dir, 'reset', '-q');
    expect((await run(dir, 'scan', '--staged')).code).toBe(0);
    expect(await run(tempDir(), 'scan', '--staged')).toMatchObject({ code: 2, stderr: expect.stringMatching(/--staged needs a git work tree/) });
  });

  it('--history reports the introducing commit, its author date and presence at HEAD', async () => {
    const dir = realpathSync(makeRepo({ 'a.txt': `key=${openaiKey()}\n` }));
    const first = gitIn(dir, 'rev-parse', 'HEAD').trim();
    writeFileSync(path.join(dir, 'a.txt'), 'clean\n');
    gitIn(dir, 'commit', '-q', '-am', 'remove the key');
    expect((await run(dir, 'scan')).code).toBe(0);
    const result = await run(dir, 'scan', '--history', '--format', 'json');
    expect(result.code).toBe(1);
    const [finding, ...rest] = JSON.parse(result.stdout).findings;
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ file: 'a.txt', line: 1, column: 5, commit: first, presentAtHead: false, authorDate: expect.stringMatching(/^\d{4}-\d\d-\d\dT/) });
    expect(finding.remediation).toMatch(/purge it from history/);
  });
});

describe('formats', () => {
  it.each(FORMATS)('renders %s without the secret', async (format) => {
    const key = openaiKey();
    const dir = tempDir();
    writeTree(dir, { 'a.py': `A = "${key}"\n` });
    const result = await run(dir, 'scan', '--format', format);
    expect(result.code).toBe(1);
    expect(result.stdout.length).toBeGreaterThan(0);
    expect(result.stdout).not.toContain(key.slice(12));
  });
});

describe('install-hook', () => {
  it('writes an executable pre-commit hook and refuses to replace another without --force', async () => {
    const dir = makeRepo({ 'a.txt': 'a\n' });
    const hook = path.join(dir, '.git', 'hooks', 'pre-commit');
    const first = await run(dir, 'install-hook');
    expect(first).toEqual({ code: 0, stdout: `installed the pre-commit hook: ${realpathSync(hook)}\n`, stderr: '' });
    const script = hookScript(runningCli());
    expect(readFileSync(hook, 'utf8')).toBe(script);
    expect(script).toContain('exec openai-secret-lint scan --staged');
    expect(script).toContain(`cli='${runningCli()}'`);
    expect(script).not.toContain('npx');
    expect(statSync(hook).mode & 0o111).toBe(0o111);
    expect((await run(dir, 'install-hook')).code).toBe(0); // our own hook again: a no-op

    writeFileSync(hook, '#!/bin/sh\necho mine\n');
    const refused = await run(dir, 'install-hook');
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/pre-commit already exists; pass --force to replace it/);
    expect(readFileSync(hook, 'utf8')).toBe('#!/bin/sh\necho mine\n');
    expect((await run(dir, 'install-hook', '--force')).code).toBe(0);
    expect(readFileSync(hook, 'utf8')).toBe(script);
  });

  it('warns when core.hooksPath sends git elsewhere, and refuses outside a repository', async () => {
    const dir = makeRepo({ 'a.txt': 'a\n' });
    gitIn(dir, 'config', 'core.hooksPath', '.githooks');
    const result = await run(dir, 'install-hook');
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/^warning: core\.hooksPath is set to \.githooks: git runs hooks from there/);
    const outside = tempDir();
    expect(await run(outside, 'install-hook')).toMatchObject({ code: 2, stderr: expect.stringMatching(/is not inside a git repository/) });
    expect(existsSync(path.join(outside, '.git'))).toBe(false);
  });
});
