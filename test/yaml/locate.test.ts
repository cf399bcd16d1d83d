import { describe, expect, it } from 'vitest';
import { isScalar, type Scalar } from 'yaml';
import { LineIndex } from '../../src/core/text-position.js';
import { loadYaml } from '../../src/yaml/load.js';
import { ScalarLocator, valueSpan } from '../../src/yaml/locate.js';
import { AliasBudget, getValue } from '../../src/yaml/walk.js';

/** The scalar at a top-level key of the first document. */
function scalarAt(text: string, key: string): Scalar {
  const file = loadYaml('t.yml', text);
  const node = getValue(file.documents[0]!.contents, key, file.documents[0]!, new AliasBudget());
  if (!node || !isScalar(node)) throw new Error(`no scalar at ${key}`);
  return node;
}

/** Line and column of `needle` inside the value of `key`, as the locator reports it. */
function find(text: string, key: string, needle: string, occurrence = 0) {
  const node = scalarAt(text, key);
  const locator = new ScalarLocator(text, node);
  let at = -1;
  for (let i = 0; i <= occurrence; i++) at = locator.value.indexOf(needle, at + 1);
  expect(at).toBeGreaterThanOrEqual(0);
  const span = locator.span(at, at + needle.length);
  expect(text.slice(span.start, span.end).replace(/\r/g, '')).toBe(needle);
  return new LineIndex(text).range(span.start, span.end);
}

describe('ScalarLocator', () => {
  it('finds a word inside a literal block with LF', () => {
    const text = 'run: |\n  echo one\n  echo TARGET here\n';
    expect(find(text, 'run', 'TARGET')).toEqual({ line: 3, column: 8, endLine: 3, endColumn: 14 });
  });

  it('handles CRLF line ends and tabs inside the block', () => {
    const text = 'a: 1\r\nrun: |-\r\n  first\r\n  \tx=TARGET\r\n';
    expect(find(text, 'run', 'TARGET')).toEqual({ line: 4, column: 6, endLine: 4, endColumn: 12 });
  });

  it('handles a more-indented line and an explicit indentation indicator', () => {
    const text = 'job:\n  x: 1\nrun: |2\n    deeper TARGET\n  back\n';
    expect(find(text, 'run', 'TARGET')).toEqual({ line: 4, column: 12, endLine: 4, endColumn: 18 });
    expect(find(text, 'run', 'back')).toEqual({ line: 5, column: 3, endLine: 5, endColumn: 7 });
  });

  it('finds words in a folded block whose line breaks became spaces', () => {
    const text = 'msg: >-\n  one two\n  three TARGET\n\n  four\n';
    expect(find(text, 'msg', 'TARGET')).toEqual({ line: 3, column: 9, endLine: 3, endColumn: 15 });
    expect(find(text, 'msg', 'four')).toEqual({ line: 5, column: 3, endLine: 5, endColumn: 7 });
  });

  it('maps double-quoted escapes and escaped line breaks', () => {
    const text = 'k: "a\\tb \\x41\\\n    TARGET"\n';
    const node = scalarAt(text, 'k');
    expect(node.value).toBe('a\tb ATARGET');
    expect(find(text, 'k', 'TARGET')).toEqual({ line: 2, column: 5, endLine: 2, endColumn: 11 });
    const locator = new ScalarLocator(text, node);
    // The decoded "A" spans its whole escape.
    const a = locator.span(4, 5);
    expect(text.slice(a.start, a.end)).toBe('\\x41');
  });

  it('maps single-quoted doubled quotes and multi-line plain scalars', () => {
    const text = "s: 'it''s\n  TARGET'\np: plain\n  words TARGET\n";
    expect(find(text, 's', 'TARGET')).toEqual({ line: 2, column: 3, endLine: 2, endColumn: 9 });
    expect(find(text, 'p', 'TARGET')).toEqual({ line: 4, column: 9, endLine: 4, endColumn: 15 });
  });

  it('counts columns in characters after astral characters and after a removed BOM', () => {
    const text = 'run: |\n  \u{1F600} TARGET\n';
    expect(find(text, 'run', 'TARGET')).toEqual({ line: 2, column: 5, endLine: 2, endColumn: 11 });
  });

  it('gives the span of a whole quoted value without its quotes', () => {
    const text = 'k: "value"\n';
    const span = valueSpan(text, scalarAt(text, 'k'))!;
    expect(text.slice(span.start, span.end)).toBe('value');
  });

  it('locates non-string scalars by their source text', () => {
    const text = 'n: 0x1F\n';
    const locator = new ScalarLocator(text, scalarAt(text, 'n'));
    expect(locator.value).toBe('0x1F');
    expect(locator.span(0, 4)).toEqual({ start: 3, end: 7 });
  });
});
