/**
 * Red-team attacks through the repository's own git metadata:
 * - a `.git/config` git cannot read (a bad line, an include of a device) must not turn the tree
 *   scan into a plain walk that quietly skips a tracked file `.gitignore` lists;
 * - `.gitattributes` marking text files `binary`, `-diff`, `-text` or with an unknown diff driver
 *   must not hide their added lines from `--staged`, `--diff` and `--history`, while real binary
 *   files are still skipped;
 * - FIFOs in place of files git reads by itself (HEAD, index, info/exclude, packed-refs,
 *   objects/info/alternates, ...: no config key can redirect them) are found before git runs:
 *   exit 3 naming the file, never a hang and never a clean result.
 */
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openaiKey } from '../helpers/keys.js';
import { cleanupTempDirs, gitIn, makeRepo, writeTree } from '../helpers/repo.js';
import { appendConfig, findingsOf, runCli } from './git-helpers.js';

afterAll(cleanupTempDirs);

describe('a .git/config that git cannot read', () => {
  /** `secrets.js` is committed, then listed in .gitignore: git still tracks (and the scan reads) it. */
  const ignoredButTracked = () => {
    const repo = makeRepo({ 'secrets.js': `const key = "${openaiKey('proj')}";\n` });
    writeTree(repo, { '.gitignore': 'secrets.js\n' });
    gitIn(repo, 'add', '.gitignore');
    gitIn(repo, 'commit', '-q', '-m', 'ignore');
    return repo;
  };

  it('scans the tracked, ignored file while git can read the config', async () => {
    const run = await runCli(ignoredButTracked(), ['scan', '--format', 'json', '.']);
    expect(run.code, run.stderr).toBe(1);
    expect(findingsOf(run).map((f) => `${f.file}:${f.line}:${f.column}`)).toEqual(['secrets.js:1:14']);
  });

  it.each([
    ['a bad line', '[core\n', '[git-failed]'],
    ['an include of a missing value', '[include]\n\tpath\n', '[git-failed]'],
    ['an include of /dev/zero', '[include]\n\tpath = /dev/zero\n', 'includes /dev/zero, which is not a regular file'],
    ['an include of a directory', '[include]\n\tpath = /\n', 'includes /, which is not a regular file'],
  ])('with %s: the scan is incomplete (exit 3), never a clean walk that skips the file', async (_what, text, why) => {
    const repo = ignoredButTracked();
    appendConfig(repo, text);
    const run = await runCli(repo, ['scan', '--format', 'json', '.']);
    expect(run.code, run.stderr).toBe(3);
    expect(run.stderr).toContain(why);
    expect(run.stderr).toContain('scan incomplete');
  });
});

describe('.gitattributes hiding added lines from the diff modes', () => {
  const ATTRIBUTES = '*.js binary\n*.py -diff\n*.txt -text\n*.rb diff=undefined-driver\n';
  const NAMES = ['a.js', 'b.py', 'c.txt', 'd.rb'];

  /** A base commit, then the attributes and one key per attributed file (and a real binary file). */
  const attributedRepo = () => {
    const repo = makeRepo({ 'README.md': 'hello\n' });
    const base = gitIn(repo, 'rev-parse', 'HEAD').trim();
    const tree: Record<string, string | Buffer> = { '.gitattributes': ATTRIBUTES, 'image.png': Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0]), randomBytes(20_000)]) };
    for (const name of NAMES) tree[name] = `// ${name}\nk = "${openaiKey('proj')}"\n`;
    writeTree(repo, tree);
    gitIn(repo, 'add', '-A');
    return { repo, base };
  };
  const located = (run: Awaited<ReturnType<typeof runCli>>) => findingsOf(run).map((f) => `${f.file}:${f.line}:${f.column}`).sort();
  const expected = NAMES.map((n) => `${n}:2:6`);

  it('--staged reports every attributed file at its line', async () => {
    const { repo } = attributedRepo();
    const run = await runCli(repo, ['scan', '--staged', '--format', 'json']);
    expect(run.code, run.stderr).toBe(1);
    expect(located(run)).toEqual(expected);
  });

  it('--diff reports every attributed file at its line', async () => {
    const { repo, base } = attributedRepo();
    gitIn(repo, 'commit', '-q', '-m', 'keys');
    const run = await runCli(repo, ['scan', '--diff', base, '--format', 'json']);
    expect(run.code, run.stderr).toBe(1);
    expect(located(run)).toEqual(expected);
  });

  it('--history reports every attributed file at its line and still skips the real binary file', async () => {
    const { repo } = attributedRepo();
    gitIn(repo, 'commit', '-q', '-m', 'keys');
    const run = await runCli(repo, ['scan', '--history', '--format', 'json']);
    expect(run.code, run.stderr).toBe(1);
    expect(located(run)).toEqual(expected);
    const report = JSON.parse(run.stdout) as { stats: { skippedBinary: number }; findings: { presentAtHead?: boolean }[] };
    expect(report.stats.skippedBinary).toBe(1);
    // git grep must not take the attributed files for binary ones either.
    expect(report.findings.map((f) => f.presentAtHead)).toEqual([true, true, true, true]);
  });
});

describe('FIFOs inside .git that git opens without asking its config', () => {
  const FILES = ['HEAD', 'index', 'commondir', 'info/exclude', 'info/attributes', 'packed-refs', 'shallow', 'objects/info/alternates'];
  const cases = FILES.flatMap((file) => [[file, 'tree', ['scan', '--format', 'json', '.']], [file, 'history', ['scan', '--history', '--format', 'json']]] as const);

  it.each(cases)('%s (%s scan): git is not run, the scan is incomplete (exit 3) naming the file', async (file, _mode, args) => {
    const repo = makeRepo({ 'app.js': `const key = "${openaiKey('proj')}";\n` });
    const fifo = path.join(repo, '.git', file);
    mkdirSync(path.dirname(fifo), { recursive: true });
    rmSync(fifo, { force: true });
    execFileSync('mkfifo', [fifo]);
    // git's timeout is a minute, the spawn's bound 20 s: a run that waits on the FIFO is killed (no exit code).
    const run = await runCli(repo, [...args], { timeoutMs: 20_000, env: { OPENAI_SECRET_LINT_GIT_TIMEOUT_MS: '60000' } });
    expect(run.code, run.stderr).toBe(3);
    expect(run.stderr).toContain(`${fifo} is not a regular file: git was not run in`);
    expect(run.stdout).toBe('');
  }, 30_000);
});
