/**
 * Hostile file-system entries: symlink loops and links out of the root, FIFOs, unreadable files
 * and folders, a file deleted mid-scan, odd names, a folder of 10,000 files. Every scan completes,
 * says what it skipped, and still finds the canary key at its exact position.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, realpathSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Report } from '../../src/core/finding.js';
import { silentLogger, type Logger } from '../../src/core/logger.js';
import { scan } from '../../src/core/scan.js';
import { defaultSettings } from '../../src/core/settings.js';
import { openaiKey } from '../helpers/keys.js';
import { cleanupTempDirs, gitIn, makeRepo, tempDir, writeTree, type Tree } from '../helpers/repo.js';
import { canary, diagnosticsFor, expectCanary, expectKeyAt } from './canary.js';

afterAll(cleanupTempDirs);

function treeDir(tree: Tree): string {
  const dir = realpathSync(tempDir());
  writeTree(dir, tree);
  return dir;
}

const scanDir = (dir: string, logger: Logger = silentLogger): Promise<Report> => scan(defaultSettings(dir), logger);

describe('symlinks', () => {
  it('loops and links pointing outside the root are never followed; a key outside stays unseen', async () => {
    const c = canary();
    const outside = realpathSync(tempDir('osl-outside-'));
    writeFileSync(path.join(outside, 'leak.env'), `OPENAI_API_KEY=${openaiKey('proj')}\n`);
    const dir = treeDir({ [c.path]: c.text });
    symlinkSync('.', path.join(dir, 'self')); // a -> .
    symlinkSync('loop-b', path.join(dir, 'loop-a'));
    symlinkSync('loop-a', path.join(dir, 'loop-b'));
    symlinkSync(outside, path.join(dir, 'outside-dir'));
    symlinkSync(path.join(outside, 'leak.env'), path.join(dir, 'outside.env'));
    symlinkSync('../../../../../../../../etc/passwd', path.join(dir, 'app', 'passwd'));
    const report = await scanDir(dir);
    expectCanary(report, c);
    expect(report.findings.filter((f) => f.ruleId === 'openai-api-key')).toHaveLength(1);
    expect(report.findings.every((f) => !f.file.startsWith('..') && !f.file.includes('outside'))).toBe(true);
    expect(report.stats.skippedSymlink).toBe(6);
    expect(report.stats.filesScanned).toBe(1);
  });

  it('in a git work tree, committed symlinks are listed by git but never opened', async () => {
    const c = canary();
    const outside = realpathSync(tempDir('osl-outside-'));
    writeFileSync(path.join(outside, 'leak.env'), `OPENAI_API_KEY=${openaiKey('proj')}\n`);
    const dir = realpathSync(makeRepo({ [c.path]: c.text }));
    symlinkSync(path.join(outside, 'leak.env'), path.join(dir, 'outside.env'));
    symlinkSync('.', path.join(dir, 'self'));
    gitIn(dir, 'add', '-A');
    gitIn(dir, 'commit', '-q', '-m', 'links');
    const report = await scanDir(dir);
    expectCanary(report, c);
    expect(report.findings.filter((f) => f.ruleId === 'openai-api-key')).toHaveLength(1);
    expect(report.stats.skippedSymlink).toBe(2);
  });
});

describe('special and vanishing files', () => {
  it('a FIFO is not opened for a blocking read: skipped with a diagnostic', async () => {
    const c = canary();
    const dir = treeDir({ [c.path]: c.text });
    execFileSync('mkfifo', [path.join(dir, 'pipe.yml')]);
    const report = await scanDir(dir);
    expectCanary(report, c);
    expect(diagnosticsFor(report, 'pipe.yml')).toContain('skipped-special');
    expect(report.stats.skippedSpecial).toBe(1);
  });

  it('a file deleted during the scan becomes an "unreadable" diagnostic (ENOENT)', async () => {
    const c = canary();
    const dir = treeDir({ [c.path]: c.text, 'zz/victim.txt': 'soon gone\n' });
    let deleted = false;
    // Files are scanned in path order: the victim is deleted after the first file is done.
    const logger: Logger = { ...silentLogger, progress: () => {
      if (!deleted) unlinkSync(path.join(dir, 'zz/victim.txt'));
      deleted = true;
    } };
    const report = await scanDir(dir, logger);
    expectCanary(report, c);
    expect(report.diagnostics.find((d) => d.file === 'zz/victim.txt')).toMatchObject({ code: 'unreadable', message: expect.stringContaining('ENOENT') });
  });
});

describe('permission denied', () => {
  const tree = (c: ReturnType<typeof canary>): Tree => ({ [c.path]: c.text, 'secret.txt': `k=${openaiKey('proj')}\n`, 'locked/inner.txt': 'x\n' });
  const lock = (dir: string) => {
    chmodSync(path.join(dir, 'secret.txt'), 0o000);
    chmodSync(path.join(dir, 'locked'), 0o000);
  };
  const expectDenied = (report: Report) => {
    expect(report.diagnostics.find((d) => d.file === 'secret.txt')).toMatchObject({ code: 'unreadable', message: expect.stringContaining('EACCES') });
    expect(diagnosticsFor(report, 'locked')).toContain('unreadable-directory');
  };

  it.skipIf(process.getuid?.() === 0)('unreadable files and folders are skipped with diagnostics', async () => {
    const c = canary();
    const dir = treeDir(tree(c));
    lock(dir);
    const report = await scanDir(dir);
    expectCanary(report, c);
    expectDenied(report);
  });

  // Root reads through any mode bits, so as root the same scan runs in a child process that drops
  // to uid/gid 65534 (nobody): the sources are bundled for it with rolldown (vitest's bundler).
  it.runIf(process.getuid?.() === 0)('as root: the same scan, run as nobody in a child process, reports EACCES', async () => {
    let build: typeof import('rolldown').build;
    try {
      ({ build } = await import('rolldown'));
    } catch {
      console.warn('rolldown not available: permission-denied test not run as root');
      return;
    }
    const c = canary();
    const work = tempDir('osl-nobody-');
    chmodSync(work, 0o755);
    const entry = path.join(work, 'entry.ts');
    const src = path.resolve(import.meta.dirname, '../../src');
    writeFileSync(entry, `import { scan } from ${JSON.stringify(path.join(src, 'core/scan.ts'))};\nimport { silentLogger } from ${JSON.stringify(path.join(src, 'core/logger.ts'))};\nimport { defaultSettings } from ${JSON.stringify(path.join(src, 'core/settings.ts'))};\nconst report = await scan(defaultSettings(process.argv[2]), silentLogger, { threads: 0 });\nprocess.stdout.write(JSON.stringify(report));\n`);
    const bundle = path.join(work, 'scan.mjs');
    await build({ input: entry, platform: 'node', logLevel: 'silent', output: { file: bundle, format: 'esm', codeSplitting: false } });
    chmodSync(bundle, 0o644);
    const dir = path.join(work, 'tree');
    mkdirSync(dir, { mode: 0o755 });
    writeTree(dir, tree(c));
    chmodSync(path.join(dir, 'app'), 0o755);
    lock(dir);
    const child = spawnSync(process.execPath, [bundle, dir], { uid: 65534, gid: 65534, encoding: 'utf8', cwd: work, maxBuffer: 1 << 26 });
    expect(child.status, child.stderr).toBe(0);
    const report = JSON.parse(child.stdout) as Report;
    expectCanary(report, c);
    expectDenied(report);
  }, 60_000);
});

describe('names and numbers', () => {
  const names = ['with space/key file.txt', 'new\nline/key\nfile.txt', 'ünïcødé/ключ-密钥.txt', 'emoji/🔑.env.example', ' leading and trailing .yml '];

  for (const git of [false, true]) {
    it(`file names with spaces, newlines and non-ASCII characters (${git ? 'git ls-files' : 'walk'})`, async () => {
      const c = canary();
      const tree: Tree = { [c.path]: c.text };
      const keys = new Map<string, string>();
      for (const name of names) {
        const key = openaiKey('proj');
        keys.set(name, key);
        tree[name] = `token: "${key}"\n`;
      }
      const dir = git ? realpathSync(makeRepo(tree)) : treeDir(tree);
      const report = await scanDir(dir);
      expectCanary(report, c);
      for (const [name, key] of keys) expectKeyAt(report, name, 1, 'token: "'.length + 1, key.length);
    });
  }

  it('a folder of 10,000 files', async () => {
    const c = canary();
    const dir = treeDir({ [c.path]: c.text });
    mkdirSync(path.join(dir, 'many'));
    for (let i = 0; i < 10_000; i++) writeFileSync(path.join(dir, 'many', `f${i}.txt`), `line ${i}\n`);
    const key = openaiKey('admin');
    writeFileSync(path.join(dir, 'many', 'f5000.txt'), `line\nkey=${key}\n`);
    const report = await scanDir(dir);
    expectCanary(report, c);
    expectKeyAt(report, 'many/f5000.txt', 2, 'key='.length + 1, key.length);
    expect(report.stats.filesScanned).toBe(10_001);
  }, 120_000);
});
