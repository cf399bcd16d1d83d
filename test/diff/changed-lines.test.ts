import { execFileSync } from 'node:child_process';
import { existsSync, realpathSync, symlinkSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { changedLinesSince, stagedChangedLines } from '../../src/diff/changed-lines.js';
import { ConfigurationError } from '../../src/core/errors.js';
import { cleanupTempDirs, gitIn, makeRepo, tempDir } from '../helpers/repo.js';

afterAll(cleanupTempDirs);

const lines = (n: number, tag = 'line') => Array.from({ length: n }, (_, i) => `${tag} ${i + 1}`).join('\n') + '\n';
const sorted = (set: Set<number> | undefined) => [...(set ?? [])].sort((a, b) => a - b);

describe('changedLinesSince', () => {
  it('maps lines added in the working tree since BASE, including untracked files', async () => {
    const dir = realpathSync(makeRepo({ 'a.txt': lines(5), 'b.txt': lines(3), '.gitignore': 'ignored.txt\n' }));
    const base = gitIn(dir, 'rev-parse', 'HEAD').trim();
    writeFileSync(path.join(dir, 'a.txt'), lines(5).replace('line 2\n', 'line 2\nnew A\nnew B\n'));
    gitIn(dir, 'commit', '-q', '-am', 'two lines');
    writeFileSync(path.join(dir, 'b.txt'), 'changed 1\n' + lines(3).split('\n').slice(1).join('\n')); // unstaged edit
    writeFileSync(path.join(dir, 'new.txt'), 'x\ny\n');
    writeFileSync(path.join(dir, 'ignored.txt'), 'z\n');
    const changed = await changedLinesSince(dir, base);
    expect(sorted(changed.get('a.txt'))).toEqual([3, 4]);
    expect(sorted(changed.get('b.txt'))).toEqual([1]);
    expect(sorted(changed.get('new.txt'))).toEqual([1, 2]);
    expect(changed.has('ignored.txt')).toBe(false);
    expect(changed.has('.gitignore')).toBe(false);
  });

  it('counts every line of a file renamed out of an excluded path as changed (a rename adds none)', async () => {
    const dir = realpathSync(makeRepo({ 'vendor/a.txt': lines(3), 'lib/b.txt': lines(2) }));
    const base = gitIn(dir, 'rev-parse', 'HEAD').trim();
    mkdirSync(path.join(dir, 'src'));
    gitIn(dir, 'mv', 'vendor/a.txt', 'src/a.txt');
    gitIn(dir, 'mv', 'lib/b.txt', 'src/b.txt');
    const excluded = (file: string) => file.startsWith('vendor/');
    const changed = await changedLinesSince(dir, base, { excluded });
    expect(sorted(changed.get('src/a.txt'))).toEqual([1, 2, 3]);
    expect(sorted(changed.get('src/b.txt'))).toEqual([]);
    expect(sorted((await changedLinesSince(dir, base)).get('src/a.txt'))).toEqual([]);
  });

  it('never runs a filter driver the scanned repository configures (git diff against the working tree would)', async () => {
    const dir = makeRepo({ 'a.txt': 'hi\n', '.gitattributes': '* filter=x\n' });
    const marker = path.join(dir, '..', `${path.basename(dir)}-pwned`);
    gitIn(dir, 'config', 'filter.x.clean', `sh -c "touch '${marker}'; cat"`);
    gitIn(dir, 'config', 'filter.x.process', `sh -c "touch '${marker}'"`);
    writeFileSync(path.join(dir, 'a.txt'), 'hi\nmore\n');
    const changed = await changedLinesSince(dir, 'HEAD');
    expect(existsSync(marker)).toBe(false);
    expect([...changed.get('a.txt')!]).toEqual([2]);
  });

  it('never follows an untracked symlink nor blocks on an untracked FIFO', async () => {
    const dir = makeRepo({ 'a.txt': 'a\n' });
    symlinkSync('/dev/zero', path.join(dir, 'zero'));
    execFileSync('mkfifo', [path.join(dir, 'pipe')]);
    writeFileSync(path.join(dir, 'new.txt'), 'x\ny\n');
    const changed = await changedLinesSince(dir, 'HEAD');
    expect([...changed.get('new.txt')!]).toEqual([1, 2]);
    expect(changed.get('zero')?.size ?? 0).toBe(0);
    expect(changed.get('pipe')?.size ?? 0).toBe(0);
  });

  it('reports paths relative to a root below the top of the repository', async () => {
    const dir = realpathSync(makeRepo({ 'sub/a.txt': lines(2), 'other.txt': 'o\n' }));
    writeFileSync(path.join(dir, 'sub/a.txt'), lines(2) + 'added\n');
    writeFileSync(path.join(dir, 'other.txt'), 'o\np\n');
    const changed = await changedLinesSince(path.join(dir, 'sub'), 'HEAD');
    expect([...changed.keys()]).toEqual(['a.txt']);
    expect(sorted(changed.get('a.txt'))).toEqual([3]);
  });

  it('rejects an unknown revision and a folder outside git as configuration errors', async () => {
    const dir = makeRepo({ 'a.txt': 'a\n' });
    await expect(changedLinesSince(dir, 'no-such-branch')).rejects.toThrow(/unknown revision "no-such-branch"/);
    await expect(changedLinesSince(dir, '--output=/tmp/x')).rejects.toBeInstanceOf(ConfigurationError);
    await expect(changedLinesSince(tempDir(), 'HEAD')).rejects.toThrow(/needs a git work tree/);
  });
});

describe('stagedChangedLines', () => {
  it('uses the index, not the working tree', async () => {
    const dir = makeRepo({ 'a.txt': lines(3) });
    writeFileSync(path.join(dir, 'a.txt'), lines(3) + 'staged\n');
    gitIn(dir, 'add', 'a.txt');
    writeFileSync(path.join(dir, 'a.txt'), 'unstaged\n' + lines(3) + 'staged\n');
    mkdirSync(path.join(dir, 'd'));
    writeFileSync(path.join(dir, 'd/untracked.txt'), 'u\n');
    const changed = await stagedChangedLines(dir);
    expect([...changed.keys()]).toEqual(['a.txt']);
    expect(sorted(changed.get('a.txt'))).toEqual([4]);
  });

  it('works before the first commit', async () => {
    const dir = makeRepo({ 'first.txt': 'a\nb\n' }, { commit: false });
    const changed = await stagedChangedLines(dir);
    expect(sorted(changed.get('first.txt'))).toEqual([1, 2]);
  });

  it('refuses a folder outside a work tree', async () => {
    await expect(stagedChangedLines(tempDir())).rejects.toThrow(/--staged needs a git work tree/);
  });
});
