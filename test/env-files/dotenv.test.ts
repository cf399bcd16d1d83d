import { describe, expect, it } from 'vitest';
import { parseDotenv, type DotenvEntry } from '../../src/analyzers/env-files/dotenv.js';

/** Each entry as key, value, exported, quote and the source text its offsets cover. */
function parsed(text: string) {
  return parseDotenv(text).map((e: DotenvEntry) => ({
    key: e.key,
    value: e.value,
    source: text.slice(e.valueStart, e.valueEnd),
    keyText: text.slice(e.keyStart, e.keyEnd),
    quote: e.quote,
    exported: e.exported,
  }));
}

describe('parseDotenv', () => {
  it('reads plain, exported and empty entries and skips comments and blank lines', () => {
    const text = '# comment\n\nA=1\nexport B = two words  \n  C=\nD=x # trailing comment\nE=a#b\nNOEQUALS\nexport=3\n';
    expect(parsed(text)).toEqual([
      { key: 'A', value: '1', source: '1', keyText: 'A', quote: null, exported: false },
      { key: 'B', value: 'two words', source: 'two words', keyText: 'B', quote: null, exported: true },
      { key: 'C', value: '', source: '', keyText: 'C', quote: null, exported: false },
      { key: 'D', value: 'x', source: 'x', keyText: 'D', quote: null, exported: false },
      { key: 'E', value: 'a#b', source: 'a#b', keyText: 'E', quote: null, exported: false },
      { key: 'export', value: '3', source: '3', keyText: 'export', quote: null, exported: false },
    ]);
  });

  it('unquotes single, double and backtick values, unescaping only in double quotes', () => {
    const text = `S='a\\nb # not a comment' # comment\nD="a\\nb \\"q\\" \\\\ \\$x"\nB=\`tick\`\nR='it\\'s'\n`;
    expect(parsed(text).map(({ key, value, source, quote }) => ({ key, value, source, quote }))).toEqual([
      { key: 'S', value: 'a\\nb # not a comment', source: 'a\\nb # not a comment', quote: "'" },
      { key: 'D', value: 'a\nb "q" \\ $x', source: 'a\\nb \\"q\\" \\\\ \\$x', quote: '"' },
      { key: 'B', value: 'tick', source: 'tick', quote: '`' },
      { key: 'R', value: "it's", source: "it\\'s", quote: "'" },
    ]);
  });

  it('reads quoted values that span lines and resumes after them', () => {
    const text = 'KEY="-----BEGIN\nline two\n-----END"\nNEXT=1\nM=\'a\nb\'  # c\n';
    const entries = parseDotenv(text);
    expect(entries.map((e) => [e.key, e.value])).toEqual([
      ['KEY', '-----BEGIN\nline two\n-----END'],
      ['NEXT', '1'],
      ['M', 'a\nb'],
    ]);
    expect(entries[0]!.valueStart).toBe(5);
    expect(entries[0]!.valueEnd).toBe(text.indexOf('"\nNEXT'));
  });

  it('treats an unterminated quote as an unquoted value to the end of the line', () => {
    expect(parsed('A="open\nB=2\n').map((e) => [e.key, e.value, e.quote])).toEqual([
      ['A', '"open', null],
      ['B', '2', null],
    ]);
  });

  it('handles CRLF line endings and a missing final newline', () => {
    const text = 'A=1\r\nB="x"\r\nC=last';
    expect(parsed(text).map((e) => [e.key, e.value, e.source])).toEqual([
      ['A', '1', '1'],
      ['B', 'x', 'x'],
      ['C', 'last', 'last'],
    ]);
  });

  it('gives exact offsets for keys and values', () => {
    const text = 'x=1\n  export  OPENAI_API_KEY =  "value"\n';
    const entry = parseDotenv(text)[1]!;
    expect(text.slice(entry.keyStart, entry.keyEnd)).toBe('OPENAI_API_KEY');
    expect(entry.valueStart).toBe(text.indexOf('value'));
    expect(entry.valueEnd).toBe(text.indexOf('value') + 5);
  });
});
