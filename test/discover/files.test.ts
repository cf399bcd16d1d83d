import { execFileSync } from 'node:child_process';
import { realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/core/logger.js';
import { scan } from '../../src/core/scan.js';
import { defaultSettings } from '../../src/core/settings.js';
import { discoverFiles } from '../../src/discover/files.js';
import { decodeText } from '../../src/discover/read-text.js';
import { cleanupTempDirs, gitIn, makeRepo, tempDir, writeTree } from '../helpers/repo.js';

afterAll(cleanupTempDirs);

const paths = (d: Awaited<ReturnType<typeof discoverFiles>>) => d.files.map((f) => `${f.path}:${f.tracked}`);

describe('discovery inside git', () => {
  it('lists tracked files and untracked files that are not ignored, never .git/', async () => {
    const dir = realpathSync(
      makeRepo(
        { '.gitignore': 'ignored.txt\nbuild/\n', 'a.txt': 'a', 'sub/b.yml': 'b' },
        { untracked: { 'new.txt': 'n', 'ignored.txt': 'i', 'build/out.js': 'o', 'sub/.env': 'X=1' } },
      ),
    );
    const found = await discoverFiles(dir, [dir]);
    expect(paths(found)).toEqual(['.gitignore:true', 'a.txt:true', 'new.txt:false', 'sub/.env:false', 'sub/b.yml:true']);
  });

  it('reports a tracked file even when an ignore rule covers it', async () => {
    const dir = realpathSync(makeRepo({ '.env': 'X=1' }));
    writeFileSync(path.join(dir, '.gitignore'), '.env\n');
    const found = await discoverFiles(dir, [dir]);
    expect(paths(found)).toEqual(['.env:true', '.gitignore:false']);
  });

  it('gives every file the path relative to the root, also for a target below it or above it', async () => {
    const dir = realpathSync(makeRepo({ 'deploy/k8s/secret.yaml': 'x', 'other.txt': 'y' }));
    expect(paths(await discoverFiles(dir, [path.join(dir, 'deploy')]))).toEqual(['deploy/k8s/secret.yaml:true']);
    // Not something the CLI or the Action ask for, but the library takes any target.
    expect(paths(await discoverFiles(path.join(dir, 'deploy'), [dir]))).toEqual(['../other.txt:true', 'k8s/secret.yaml:true']);
  });

  it('scans a sub-directory of a repository with paths relative to the scan root', async () => {
    const dir = realpathSync(makeRepo({ 'deploy/k8s/secret.yaml': 'x', 'other.txt': 'y' }));
    const root = path.join(dir, 'deploy');
    const found = await discoverFiles(root, [root]);
    expect(paths(found)).toEqual(['k8s/secret.yaml:true']);
  });
});

describe('discovery outside git', () => {
  it('honours .gitignore files at every level, with negation and directory patterns', async () => {
    const dir = realpathSync(tempDir());
    writeTree(dir, {
      '.gitignore': '*.log\nnode_modules/\n',
      'app.log': 'x',
      'keep.txt': 'x',
      'node_modules/pkg/index.js': 'x',
      'svc/.gitignore': '.env*\n!.env.example\n/local/\n',
      'svc/.env': 'x',
      'svc/.env.example': 'x',
      'svc/local/notes.txt': 'x',
      'svc/deep/local/kept.txt': 'x',
      '.git/config': 'x',
    });
    const found = await discoverFiles(dir, [dir]);
    expect(found.files.map((f) => f.path)).toEqual([
      '.gitignore',
      'keep.txt',
      'svc/.env.example',
      'svc/.gitignore',
      'svc/deep/local/kept.txt',
    ]);
    expect(found.files.every((f) => f.tracked === null)).toBe(true);
  });

  it('never follows symlinks, so loops and links out of the root are harmless', async () => {
    const outside = realpathSync(tempDir());
    writeFileSync(path.join(outside, 'secret.txt'), 'outside');
    const dir = realpathSync(tempDir());
    writeTree(dir, { 'real/a.txt': 'a' });
    symlinkSync(dir, path.join(dir, 'real', 'loop'));
    symlinkSync(outside, path.join(dir, 'out'));
    symlinkSync(path.join(outside, 'secret.txt'), path.join(dir, 'link.txt'));
    const found = await discoverFiles(dir, [dir]);
    expect(found.files.map((f) => f.path)).toEqual(['real/a.txt']);
    expect(found.symlinks).toBe(3);
  });

  it('skips a FIFO without blocking and counts it', async () => {
    const dir = realpathSync(tempDir());
    writeTree(dir, { 'a.txt': 'a' });
    execFileSync('mkfifo', [path.join(dir, 'pipe')]);
    const report = await scan(defaultSettings(dir), silentLogger);
    expect(report.stats.filesScanned).toBe(1);
    expect(report.stats.skippedSpecial).toBe(1);
    expect(report.diagnostics).toContainEqual(expect.objectContaining({ file: 'pipe', code: 'skipped-special' }));
  });
});

describe('decodeText', () => {
  it('treats a NUL byte in the first 8 KiB as binary', () => {
    expect(decodeText(Buffer.from([0x41, 0x00, 0x42]))).toBeNull();
    const late = Buffer.concat([Buffer.alloc(9000, 0x41), Buffer.from([0])]);
    expect(decodeText(late)).not.toBeNull();
  });

  it('removes a UTF-8 BOM and decodes UTF-16 with a BOM', () => {
    expect(decodeText(Buffer.from([0xef, 0xbb, 0xbf, 0x61]))).toBe('a');
    expect(decodeText(Buffer.from([0xff, 0xfe, 0x61, 0x00, 0x62, 0x00]))).toBe('ab');
    expect(decodeText(Buffer.from([0xfe, 0xff, 0x00, 0x61]))).toBe('a');
  });

  it('replaces invalid UTF-8 instead of failing', () => {
    expect(decodeText(Buffer.from([0x61, 0xff, 0x62]))).toBe('a\ufffdb');
  });
});


describe('discovery of nested repositories, submodules and deleted files', () => {
  it('scans the files of an untracked nested repository and of a submodule, not one opaque entry', async () => {
    const sub = makeRepo({ 'lib.py': 'print(1)\n' });
    const dir = realpathSync(makeRepo({ 'a.txt': 'a' }));
    gitIn(dir, '-c', 'protocol.file.allow=always', 'submodule', 'add', '-q', sub, 'vendor/lib');
    gitIn(dir, 'commit', '-q', '-m', 'submodule');
    const inner = path.join(dir, 'inner');
    execFileSync('git', ['init', '-q', inner]);
    writeFileSync(path.join(inner, 'secret.py'), 'x = 1\n');
    const found = await discoverFiles(dir, [dir]);
    expect(found.files.map((f) => f.path)).toEqual(['.gitmodules', 'a.txt', 'inner/secret.py', 'vendor/lib/lib.py']);
  });

  it('leaves out a tracked file deleted from the working tree, without a diagnostic', async () => {
    const dir = realpathSync(makeRepo({ 'a.txt': 'a', 'gone.txt': 'g' }));
    rmSync(path.join(dir, 'gone.txt'));
    const report = await scan(defaultSettings(dir), silentLogger);
    expect(report.stats.filesScanned).toBe(1);
    expect(report.diagnostics).toEqual([]);
  });
});
