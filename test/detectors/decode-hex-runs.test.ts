/**
 * The decoder finds the hex runs worth decoding inside a base64 run by looking only at offsets
 * that are multiples of their minimum length (longHexRuns), not at every character: the same runs
 * as a plain regex gives, checked here on random texts and windows, and on decoded output.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeLayers, longHexRuns } from '../../src/detectors/decode.js';

/** Every maximal run of at least 32 hex digits inside [start, end), by regex. */
function byRegex(text: string, start: number, end: number): [number, number][] {
  const out: [number, number][] = [];
  for (const m of text.slice(start, end).matchAll(/[0-9a-fA-F]{32,}/g)) out.push([start + m.index, start + m.index + m[0].length]);
  return out;
}

function found(text: string, start: number, end: number): [number, number][] {
  const out: [number, number][] = [];
  longHexRuns(text, start, end, (from, to) => out.push([from, to]));
  return out;
}

/** Texts rich in hex runs around the 32-digit threshold, broken by base64 and other characters. */
const hexText = fc
  .array(
    fc.oneof(
      fc.constantFrom('g', 'Z', '_', '-', '+', '/', '=', ' ', '\n', 'é'),
      fc.integer({ min: 1, max: 70 }).chain((n) => fc.string({ unit: fc.constantFrom(...'0123456789abcdefABCDEF'), minLength: n, maxLength: n })),
    ),
    { maxLength: 40 },
  )
  .map((parts) => parts.join(''));

describe('longHexRuns', () => {
  it('finds exactly the regex runs of 32+ hex digits, for any window of the text', () => {
    fc.assert(
      fc.property(hexText, fc.nat(), fc.nat(), (text, a, b) => {
        const start = text.length === 0 ? 0 : a % (text.length + 1);
        const end = start + (text.length === start ? 0 : b % (text.length - start + 1));
        expect(found(text, start, end)).toEqual(byRegex(text, start, end));
      }),
      { numRuns: 3000 },
    );
  });

  it('a run of exactly 32 digits at any alignment, and runs that stop one short', () => {
    const hex = 'deadbeef'.repeat(4);
    for (let pad = 0; pad < 40; pad++) {
      const text = `${'x'.repeat(pad)}${hex}g${hex.slice(1)}`;
      expect(found(text, 0, text.length)).toEqual([[pad, pad + 32]]);
    }
  });

  it('the decoder still decodes a hex-encoded value at every alignment', () => {
    const value = 'OPENAI_API_KEY=placeholder-value';
    const hex = Buffer.from(value).toString('hex');
    for (let pad = 0; pad < 40; pad++) {
      const text = `${' '.repeat(pad)}${hex}\n`;
      const layer = decodeLayers(text, 1).find((l) => l.chain[0] === 'hex');
      expect(layer?.text).toBe(value);
      expect({ start: layer?.start, end: layer?.end }).toEqual({ start: pad, end: pad + hex.length });
    }
  });
});
