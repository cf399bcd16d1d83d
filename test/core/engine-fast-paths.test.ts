/**
 * The engine's hand-written searches against the definitions they replace (regexes), on random
 * texts built from the characters that make and break matches: they must agree everywhere.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DETECTORS } from '../../src/detectors/catalogue.js';
import { BREAK_AFTER_QUOTE, BREAK_BEFORE_RUN, candidateBreaks } from '../../src/detectors/continuations.js';
import { prebuiltTrieSource, trieSource } from '../../src/detectors/prefilter.js';

/** The breaks as the regexes define them (the code before the hand-written search). */
function breaksByRegex(text: string, folds: boolean): number[] {
  const found: number[] = [];
  for (const glue of ['\\\n', '\\\r\n']) for (let at = text.indexOf(glue); at !== -1; at = text.indexOf(glue, at + 1)) found.push(at + glue.length - 1);
  for (const m of text.matchAll(BREAK_AFTER_QUOTE)) found.push(m.index + m[0].length - 1);
  if (folds) for (const m of text.matchAll(BREAK_BEFORE_RUN)) found.push(m.index);
  return [...new Set(found)].sort((a, b) => a - b);
}

const pieces = fc.constantFrom('"', "'", '`', ' ', '\t', '\n', '\r\n', '\r', '+', '.', '..', '&', '\\', 'ab', 'Z9', '_-', '/=', '~', ':', '#', ',', '\u2028', 'é', '  ', '\n  ');

describe('line-break candidates of split values', () => {
  it('are the breaks the regexes define, with and without YAML folds (property)', () => {
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 16 }), fc.boolean(), (parts, folds) => {
        const text = parts.join('');
        expect(candidateBreaks(text, { folds })).toEqual(breaksByRegex(text, folds));
      }),
      { numRuns: 20000 },
    );
  });

  it('finds each form at its line break', () => {
    expect(candidateBreaks('x = "ab" +\n  "cd"', {})).toEqual([10]);
    expect(candidateBreaks('x = "ab" .. \r\n', {})).toEqual([13]);
    expect(candidateBreaks('a \\\nb', {})).toEqual([3]);
    expect(candidateBreaks('key: abc\n  defg\n', { folds: true })).toEqual([8]);
    expect(candidateBreaks('key: abc\n  defg\n', {})).toEqual([]);
    expect(candidateBreaks('key: abc\n  de fg\n', { folds: true })).toEqual([]);
  });
});

describe('prefilter regexes emitted from the prebuilt trie', () => {
  // The prefilter's keyword list: lower-cased, once each, longest first.
  const keywords = [...new Set(DETECTORS.flatMap((d) => d.keywords.map((k) => k.toLowerCase())))].sort((a, b) => b.length - a.length);

  it('are the sources a trie of only the wanted keywords gives (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.boolean(), { minLength: keywords.length, maxLength: keywords.length }), (marks) => {
        const wanted = Uint8Array.from(marks.map(Number));
        expect(prebuiltTrieSource(keywords, wanted)).toBe(trieSource(keywords.filter((_, i) => marks[i])));
      }),
      { numRuns: 2000 },
    );
    expect(prebuiltTrieSource(keywords, new Uint8Array(keywords.length).fill(1))).toBe(trieSource(keywords));
    expect(prebuiltTrieSource(['sk-ant-', 'sk-', 'sg.'], Uint8Array.from([1, 1, 1]))).toBe('s(?:k-(?:ant-)?|g\\.)');
  });
});
