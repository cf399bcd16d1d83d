import { execFileSync } from 'node:child_process';
import { mkdirSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/core/logger.js';
import { defaultSettings } from '../../src/core/settings.js';
import { scanStaged } from '../../src/diff/staged.js';
import { blobObjectId } from '../../src/diff/worktree-blobs.js';
import { openaiKey } from '../helpers/keys.js';
import { withGitCalls } from '../helpers/git-calls.js';
import { cleanupTempDirs, gitIn, makeRepo, tempDir } from '../helpers/repo.js';

afterAll(cleanupTempDirs);

describe('scanStaged', () => {
  it('scans the staged content on added lines only, never unstaged edits or old lines', async () => {
    const old = openaiKey();
    const staged = openaiKey();
    const unstaged = openaiKey();
    const dir = realpathSync(makeRepo({ 'app.py': `OLD = "${old}"\nx = 1\n`, 'keep.txt': 'k\n' }));
    writeFileSync(path.join(dir, 'app.py'), `OLD = "${old}"\nx = 1\nNEW = "${staged}"\n`);
    writeFileSync(path.join(dir, 'gone.py'), `G = "${staged}"\n`);
    gitIn(dir, 'add', 'app.py', 'gone.py');
    // After staging: the working tree changes, and one staged file is deleted from disk.
    writeFileSync(path.join(dir, 'app.py'), `U = "${unstaged}"\nOLD = "${old}"\nx = 1\nNEW = "${staged}"\n`);
    writeFileSync(path.join(dir, 'keep.txt'), `k\nU = "${unstaged}"\n`);
    rmSync(path.join(dir, 'gone.py'));
    writeFileSync(path.join(dir, 'untracked.py'), `U = "${unstaged}"\n`);

    const report = await scanStaged(defaultSettings(dir), silentLogger);
    expect(report.findings.map((f) => [f.file, f.line, f.column])).toEqual([
      ['app.py', 3, 8],
      ['gone.py', 1, 6],
    ]);
    expect(report.stats.filesScanned).toBe(2);
  });

  it('honours exclude and skips binary staged files', async () => {
    const dir = realpathSync(makeRepo({ 'a.txt': 'a\n' }));
    writeFileSync(path.join(dir, 'vendor.txt'), `K = "${openaiKey()}"\n`);
    writeFileSync(path.join(dir, 'bin.dat'), Buffer.concat([Buffer.from([0, 0]), Buffer.from(openaiKey())]));
    gitIn(dir, 'add', '.');
    const report = await scanStaged(defaultSettings(dir, { exclude: ['vendor.txt'] }), silentLogger);
    expect(report.findings).toEqual([]);
    expect(report.stats.skippedBinary).toBe(1);
    expect(report.stats.filesDiscovered).toBe(1);
  });

  it('scans every line of a file renamed out of an excluded path (a rename adds no line), and only then', async () => {
    const key = openaiKey();
    const dir = realpathSync(makeRepo({ 'vendor/app.py': `x = 1\nK = "${key}"\n`, 'lib/util.py': `y = 2\nK = "${key}"\n` }));
    mkdirSync(path.join(dir, 'src'));
    gitIn(dir, 'mv', 'vendor/app.py', 'src/app.py');
    gitIn(dir, 'mv', 'lib/util.py', 'src/util.py');
    const report = await scanStaged(defaultSettings(dir, { exclude: ['vendor/'] }), silentLogger);
    // From vendor/ (never scanned there): reported. From lib/ (scanned when it was committed): not again.
    expect(report.findings.map((f) => [f.ruleId, f.file, f.line, f.column])).toEqual([['openai-api-key', 'src/app.py', 2, 6]]);
  });

  it('keeps file-level findings about staged files, such as a staged env file', async () => {
    const dir = realpathSync(makeRepo({ 'a.txt': 'a\n' }));
    writeFileSync(path.join(dir, '.env'), 'DEBUG=1\n');
    gitIn(dir, 'add', '.env');
    const report = await scanStaged(defaultSettings(dir), silentLogger);
    expect(report.findings.map((f) => [f.category, f.file, f.line])).toEqual([['unprotected-env-file', '.env', null]]);
  });

  it('reads from the index what the diff names no blob for (a pure rename, a mode change), and a staged link\'s target text', async () => {
    const key = openaiKey();
    const dir = realpathSync(makeRepo({ 'old/.env': 'DEBUG=1\n', 'tool.sh': `K="${key}"\n` }));
    mkdirSync(path.join(dir, 'new'));
    gitIn(dir, 'mv', 'old/.env', 'new/.env');
    gitIn(dir, 'update-index', '--chmod=+x', 'tool.sh');
    writeFileSync(path.join(dir, 'empty.txt'), '');
    symlinkSync('tool.sh', path.join(dir, 'link'));
    writeFileSync(path.join(dir, 'added.py'), `x = 1\nK = "${key}"\n`);
    gitIn(dir, 'add', 'empty.txt', 'link', 'added.py');
    const report = await scanStaged(defaultSettings(dir), silentLogger);
    // tool.sh's key is on no added line; the renamed env file is a file-level finding.
    expect(report.findings.map((f) => [f.category, f.file, f.line, f.column])).toEqual([
      ['hardcoded-secret', 'added.py', 2, 6],
      ['unprotected-env-file', 'new/.env', null, null],
    ]);
    // The link's blob (its target text, `tool.sh`) is scanned too: nothing in it.
    expect(report.stats.filesScanned).toBe(5);
    expect(report.stats.skippedSymlink).toBe(0);
  });

  it('scans a staged symlink\'s target text (its blob, committed and pushed), never following the link', async () => {
    const inTarget = openaiKey();
    const inForged = openaiKey();
    const dir = realpathSync(makeRepo({ 'a.txt': 'a\n' }));
    // A link whose target text is a key, and one forged with update-index (mode 120000 over a file's blob).
    symlinkSync(inTarget, path.join(dir, 'link'));
    const forged = path.join(dir, 'forged.txt');
    writeFileSync(forged, `x = 1\nK = "${inForged}"\n`);
    const oid = execFileSync('git', ['hash-object', '-w', 'forged.txt'], { cwd: dir, encoding: 'utf8' }).trim();
    rmSync(forged);
    gitIn(dir, 'add', 'link');
    gitIn(dir, 'update-index', '--add', '--cacheinfo', `120000,${oid},forged.txt`);
    const report = await scanStaged(defaultSettings(dir), silentLogger);
    expect(report.findings.map((f) => [f.ruleId, f.file, f.line, f.column])).toEqual([
      ['openai-api-key', 'forged.txt', 2, 6],
      ['openai-api-key', 'link', 1, 1],
    ]);
    expect(report.stats.skippedSymlink).toBe(0);
  });
});

describe.skipIf(process.platform === 'win32')('a staged scan starts as few git processes as it can', () => {
  /** scanStaged, with the git subcommands it started (test/helpers/git-calls.ts). */
  async function withGitLog(dir: string, settings = defaultSettings(dir)) {
    const { result: report, calls } = await withGitCalls(() => scanStaged(settings, silentLogger));
    return { report, calls };
  }

  it('takes a staged file the working tree holds byte for byte from there, and asks nothing about ignore rules without env files', async () => {
    const key = openaiKey();
    const dir = realpathSync(makeRepo({ 'a.txt': 'a\n' }));
    writeFileSync(path.join(dir, 'app.py'), `x = 1\nK = "${key}"\n`);
    gitIn(dir, 'add', 'app.py');
    const { report, calls } = await withGitLog(dir);
    expect(report.findings.map((f) => [f.file, f.line, f.column])).toEqual([['app.py', 2, 6]]);
    expect(calls).toEqual(['config', 'diff']);
  });

  it('reads from git what the working tree holds differently, and scans what is staged', async () => {
    const staged = openaiKey();
    const dir = realpathSync(makeRepo({ 'a.txt': 'a\n' }));
    writeFileSync(path.join(dir, 'app.py'), `x = 1\nK = "${staged}"\n`);
    writeFileSync(path.join(dir, 'same.py'), 'y = 2\n');
    gitIn(dir, 'add', 'app.py', 'same.py');
    // Same length, other bytes: only the object id tells them apart.
    const unstaged = openaiKey();
    writeFileSync(path.join(dir, 'app.py'), `x = 1\nK = "${unstaged}"\n`);
    const { report, calls } = await withGitLog(dir);
    expect(report.findings.map((f) => [f.file, f.line, f.column])).toEqual([['app.py', 2, 6]]);
    // The staged key's finding (as a repository with only that key staged gives it), not the working tree's.
    const alone = async (key: string) => {
      const other = realpathSync(makeRepo({ 'a.txt': 'a\n' }));
      writeFileSync(path.join(other, 'app.py'), `x = 1\nK = "${key}"\n`);
      gitIn(other, 'add', 'app.py');
      return (await scanStaged(defaultSettings(other), silentLogger)).findings[0]!.fingerprint;
    };
    expect(report.findings[0]!.fingerprint).toBe(await alone(staged));
    expect(report.findings[0]!.fingerprint).not.toBe(await alone(unstaged));
    expect(calls).toEqual(['config', 'diff', 'cat-file']);
    expect(report.stats.filesScanned).toBe(2);
  });

  it('a staged file skipped as too large is read once, by git, and not again for a rule', async () => {
    const dir = realpathSync(makeRepo({ 'a.txt': 'a\n' }));
    writeFileSync(path.join(dir, 'bundle.js'), `// ${'x'.repeat(300)}\n`);
    gitIn(dir, 'add', 'bundle.js');
    const { report, calls } = await withGitLog(dir, defaultSettings(dir, { maxFileSize: 100 }));
    expect(report.diagnostics.map((d) => [d.file, d.code])).toEqual([['bundle.js', 'skipped-too-large']]);
    expect(calls).toEqual(['config', 'diff', 'cat-file']);
  });

  it('a FIFO, a symlink or a directory where the staged file was is not read (nor waited on): git gives the staged content', async () => {
    for (const plant of ['fifo', 'link', 'dir'] as const) {
      const key = openaiKey();
      const dir = realpathSync(makeRepo({ 'a.txt': 'a\n' }));
      writeFileSync(path.join(dir, 'app.py'), `K = "${key}"\n`);
      gitIn(dir, 'add', 'app.py');
      rmSync(path.join(dir, 'app.py'));
      if (plant === 'fifo') execFileSync('mkfifo', [path.join(dir, 'app.py')]);
      if (plant === 'dir') mkdirSync(path.join(dir, 'app.py'));
      if (plant === 'link') {
        // The link's target holds the very bytes staged: still not followed, so git is asked.
        writeFileSync(path.join(dir, 'target.txt'), `K = "${key}"\n`);
        symlinkSync('target.txt', path.join(dir, 'app.py'));
      }
      const { report, calls } = await withGitLog(dir);
      expect(report.findings.map((f) => [f.file, f.line, f.column]), plant).toEqual([['app.py', 1, 6]]);
      expect(calls, plant).toEqual(['config', 'diff', 'cat-file']);
    }
  });

  it('a directory symlink on the way to a staged file: what it leads to is used only when it is the staged content', async () => {
    const key = openaiKey();
    const dir = realpathSync(makeRepo({ 'a.txt': 'a\n' }));
    mkdirSync(path.join(dir, 'src'));
    writeFileSync(path.join(dir, 'src', 'app.py'), `K = "${key}"\n`);
    gitIn(dir, 'add', 'src/app.py');
    // The folder is replaced by a link to one outside the repository holding other bytes.
    const outside = tempDir('osl-outside-');
    writeFileSync(path.join(outside, 'app.py'), `K = "${openaiKey()}"\n`);
    rmSync(path.join(dir, 'src'), { recursive: true });
    symlinkSync(outside, path.join(dir, 'src'));
    const other = await withGitLog(dir);
    expect(other.calls).toEqual(['config', 'diff', 'cat-file']);
    // Outside, the staged bytes themselves: read there (they are what the index holds).
    writeFileSync(path.join(outside, 'app.py'), `K = "${key}"\n`);
    const same = await withGitLog(dir);
    expect(same.calls.filter((c) => c !== 'config')).toEqual(['diff']);
    expect(same.report.findings.map((f) => [f.file, f.line, f.column, f.fingerprint])).toEqual(other.report.findings.map((f) => [f.file, f.line, f.column, f.fingerprint]));
    expect(other.report.findings.map((f) => [f.file, f.line, f.column])).toEqual([['src/app.py', 1, 6]]);
  });

  it('a staged env file still gets its ignore rules from git, in one batch', async () => {
    const dir = realpathSync(makeRepo({ 'a.txt': 'a\n' }));
    writeFileSync(path.join(dir, '.env'), 'DEBUG=1\n');
    gitIn(dir, 'add', '.env');
    const { report, calls } = await withGitLog(dir);
    expect(report.findings.map((f) => [f.ruleId, f.file])).toEqual([['env-file-committed', '.env']]);
    expect(calls).toEqual(['config', 'diff', 'rev-parse', 'check-ignore']);
  });

  it('staged code that loads env files: git is asked about the root .env, and a staged .gitignore without it is reported', async () => {
    const dir = realpathSync(makeRepo({ 'a.txt': 'a\n' }));
    writeFileSync(path.join(dir, 'app.py'), 'from dotenv import load_dotenv\nload_dotenv()\n');
    writeFileSync(path.join(dir, '.gitignore'), 'node_modules/\n');
    gitIn(dir, 'add', 'app.py', '.gitignore');
    const missing = await withGitLog(dir);
    expect(missing.report.findings.map((f) => [f.ruleId, f.file])).toEqual([['env-file-ignore-missing', '.gitignore']]);
    expect(missing.calls).toEqual(['config', 'diff', 'rev-parse', 'check-ignore']);
    writeFileSync(path.join(dir, '.gitignore'), 'node_modules/\n.env*\n');
    gitIn(dir, 'add', '.gitignore');
    const covered = await withGitLog(dir);
    expect(covered.report.findings).toEqual([]);
    // (The config check may be remembered from the first scan of the same repository.)
    expect(covered.calls.filter((c) => c !== 'config')).toEqual(['diff', 'rev-parse', 'check-ignore']);
  });
});

describe('blobObjectId', () => {
  it('is the id git gives the same bytes, in SHA-1 and SHA-256 repositories', () => {
    const bytes = Buffer.from('x = 1\n\u00e9\u0000tail');
    for (const format of ['sha1', 'sha256']) {
      const dir = tempDir('osl-hash-');
      gitIn(dir, 'init', '-q', `--object-format=${format}`);
      writeFileSync(path.join(dir, 'f'), bytes);
      const id = gitIn(dir, 'hash-object', 'f').trim();
      expect(blobObjectId(bytes, id.length)).toBe(id);
    }
    expect(blobObjectId(bytes, 12)).toBeNull();
  });
});
