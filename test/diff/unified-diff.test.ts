import { describe, expect, it } from 'vitest';
import { parseAddedLines, unquoteGitPath } from '../../src/diff/unified-diff.js';

const sample = [
  'diff --git a/src/app.ts b/src/app.ts',
  'index 1111111..2222222 100644',
  '--- a/src/app.ts',
  '+++ b/src/app.ts',
  '@@ -3,0 +4,2 @@ function x() {',
  '+const a = 1;',
  '+const b = 2;',
  '@@ -10 +12 @@',
  '-old',
  '+new',
  'diff --git a/gone.txt b/gone.txt',
  'deleted file mode 100644',
  '--- a/gone.txt',
  '+++ /dev/null',
  '@@ -1,2 +0,0 @@',
  '-x',
  '-y',
  'diff --git a/old name.txt b/new name.txt',
  'similarity index 100%',
  'rename from old name.txt',
  'rename to new name.txt',
  'diff --git a/img.png b/img.png',
  'index 3333333..4444444 100644',
  'Binary files a/img.png and b/img.png differ',
  'diff --git "a/t\\303\\251st\\tx" "b/t\\303\\251st\\tx"',
  'new file mode 100644',
  '--- /dev/null',
  '+++ "b/t\\303\\251st\\tx"',
  '@@ -0,0 +1,3 @@',
  '+one',
  '+++ not a header, an added line starting with ++',
  '+three',
  '\\ No newline at end of file',
].join('\n');

describe('parseAddedLines', () => {
  const result = parseAddedLines(sample);

  it('numbers added lines in the post-image, across hunks', () => {
    expect([...result.get('src/app.ts')!]).toEqual([4, 5, 12]);
  });

  it('leaves deleted files out and keeps renamed and binary files with no added lines', () => {
    expect(result.has('gone.txt')).toBe(false);
    expect([...result.get('new name.txt')!]).toEqual([]);
    expect([...result.get('img.png')!]).toEqual([]);
  });

  it('unquotes C-quoted paths and counts hunk lines, not prefixes', () => {
    expect([...result.get('t\u00e9st\tx')!]).toEqual([1, 2, 3]);
    expect([...result.keys()].sort()).toEqual(['img.png', 'new name.txt', 'src/app.ts', 't\u00e9st\tx']);
  });
});

describe('unquoteGitPath', () => {
  it('decodes escapes and octal UTF-8 bytes, leaves plain names alone', () => {
    expect(unquoteGitPath('"a\\"b\\\\c\\n"')).toBe('a"b\\c\n');
    expect(unquoteGitPath('"\\342\\230\\203"')).toBe('\u2603');
    expect(unquoteGitPath('plain.txt')).toBe('plain.txt');
  });
});
