import { describe, expect, it } from 'vitest';
import { LineIndex } from '../../src/core/text-position.js';

describe('LineIndex', () => {
  it('maps offsets to 1-based line and column', () => {
    const index = new LineIndex('ab\ncd\n\nef');
    expect(index.position(0)).toEqual({ line: 1, column: 1 });
    expect(index.position(4)).toEqual({ line: 2, column: 2 });
    expect(index.position(6)).toEqual({ line: 3, column: 1 });
    expect(index.position(7)).toEqual({ line: 4, column: 1 });
    expect(index.position(8)).toEqual({ line: 4, column: 2 });
    expect(index.lineCount).toBe(4);
  });

  it('returns line text without CR LF', () => {
    const index = new LineIndex('one\r\ntwo\r\nthree');
    expect([1, 2, 3].map((l) => index.lineText(l))).toEqual(['one', 'two', 'three']);
  });

  it('counts astral characters as one column', () => {
    const text = '𝒳𝒴=z';
    expect(new LineIndex(text).position(text.indexOf('z'))).toEqual({ line: 1, column: 4 });
  });
});
