import { describe, expect, it } from 'vitest';
import { GitIncompleteError } from '../../src/util/git.js';
import { streamGitLines } from '../../src/history/git-lines.js';
import { makeRepo } from '../helpers/repo.js';

describe('streamGitLines', () => {
  it('splits on LF only, keeps CR and very long lines whole, and delivers a last unterminated line', async () => {
    const long = 'y'.repeat(1_000_000);
    const dir = makeRepo({ 'f.txt': `a\rb\r\n${long}\nlast` });
    const lines: string[] = [];
    await streamGitLines(dir, ['show', 'HEAD:f.txt'], (line) => lines.push(line));
    expect(lines).toEqual(['a\rb\r', long, 'last']);
  });

  it('rejects when git fails, and when the consumer throws', async () => {
    const dir = makeRepo({ 'f.txt': 'a\n' });
    const failed = streamGitLines(dir, ['show', 'HEAD:missing'], () => {});
    await expect(failed).rejects.toThrow(/git show failed \(fatal: path 'missing' does not exist.*\): scan incomplete/);
    await expect(failed).rejects.toBeInstanceOf(GitIncompleteError);
    await expect(
      streamGitLines(dir, ['show', 'HEAD:f.txt'], () => {
        throw new Error('stop');
      }),
    ).rejects.toThrow('stop');
  });
});
