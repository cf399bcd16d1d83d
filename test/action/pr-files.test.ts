import { afterAll, describe, expect, it } from 'vitest';
import { addedLinesFromPatch, changedLinesFromFiles } from '../../src/action/pr-files.js';
import { rootPrefix } from '../../src/action/diff-scope.js';
import { cleanupTempDirs, tempDir, writeTree } from '../helpers/repo.js';

afterAll(cleanupTempDirs);

describe('pull request files: added lines from patches', () => {
  it('follows hunks, counting context and added lines but not removed ones', () => {
    const patch = ['@@ -1,3 +1,4 @@', ' keep', '-old', '+new one', '+new two', ' keep', '@@ -20,2 +21,2 @@ function x() {', '-a', '+b', ' c', '\\ No newline at end of file'].join('\n');
    expect([...addedLinesFromPatch(patch)]).toEqual([2, 3, 21]);
  });

  it('handles a new file and a pure deletion', () => {
    expect([...addedLinesFromPatch('@@ -0,0 +1,2 @@\n+a\n+b')]).toEqual([1, 2]);
    expect(addedLinesFromPatch('@@ -3,2 +2,0 @@\n-a\n-b').size).toBe(0);
  });

  it('maps repository paths under the scan root, skips removed files, takes every line without a patch', async () => {
    const root = tempDir();
    writeTree(root, { 'big.txt': 'a\nb\nc' });
    const changed = await changedLinesFromFiles(
      [
        { filename: 'sub/a.js', status: 'modified', patch: '@@ -1 +1 @@\n-x\n+y' },
        { filename: 'sub/gone.js', status: 'removed', patch: '@@ -1 +0,0 @@\n-x' },
        { filename: 'other/b.js', status: 'added', patch: '@@ -0,0 +1 @@\n+z' },
        { filename: 'sub/big.txt', status: 'modified' },
      ],
      'sub/',
      root,
    );
    expect([...changed.keys()]).toEqual(['a.js', 'big.txt']);
    expect([...changed.get('big.txt')!]).toEqual([1, 2, 3]);
  });

  it('takes every line of a file renamed in from an excluded path or from outside the scan root, only the patch of other renames', async () => {
    const root = tempDir();
    writeTree(root, { 'src/a.py': 'a\nb\nc\n', 'src/b.py': 'a\nb\n', 'src/c.py': 'x\ny\n' });
    const patch = '@@ -1,2 +1,3 @@\n a\n+b\n c';
    const changed = await changedLinesFromFiles(
      [
        { filename: 'sub/src/a.py', status: 'renamed', previous_filename: 'sub/vendor/a.py', patch },
        { filename: 'sub/src/b.py', status: 'renamed', previous_filename: 'elsewhere/b.py', patch: '@@ -1 +1,2 @@\n a\n+b' },
        { filename: 'sub/src/c.py', status: 'renamed', previous_filename: 'sub/lib/c.py', patch: '@@ -1 +1,2 @@\n x\n+y' },
      ],
      'sub/',
      root,
      undefined,
      (file) => file.startsWith('vendor/'),
    );
    expect(Object.fromEntries([...changed].map(([file, lines]) => [file, [...lines]]))).toEqual({ 'src/a.py': [1, 2, 3, 4], 'src/b.py': [1, 2, 3], 'src/c.py': [2] });
  });

  it('computes the scan root prefix', () => {
    expect(rootPrefix('/w', '/w')).toBe('');
    expect(rootPrefix('/w', '/w/a/b')).toBe('a/b/');
    expect(rootPrefix('/w', '/elsewhere')).toBe('');
  });
});
