/**
 * Context detectors find their candidates with a bounded regex (a run of exactly the key's length,
 * no boundary character either side) instead of visiting every greedy run: the same candidates,
 * checked here against the greedy loop on random texts, for every shape the catalogue uses.
 */
import { describe, expect, it } from 'vitest';
import { DETECTORS } from '../../src/detectors/catalogue.js';
import { exactRuns, strideRuns, type ContextSpec } from '../../src/detectors/context.js';

type Shape = Pick<ContextSpec, 'candidate' | 'prefix' | 'length' | 'boundary'>;

/** The loop the detectors ran before: every greedy run, kept by its length and its neighbours. */
function greedy(text: string, spec: Shape): [number, number][] {
  const out: [number, number][] = [];
  const prefixLength = spec.prefix?.length ?? 0;
  for (const m of text.matchAll(spec.candidate)) {
    if (m[0].length - prefixLength !== spec.length) continue;
    const start = m.index;
    const end = start + m[0].length;
    if (spec.boundary.test(text[start - 1] ?? '') || spec.boundary.test(text[end] ?? '')) continue;
    out.push([start, end]);
  }
  return out;
}

const SHAPES: Shape[] = [
  { candidate: /[a-f0-9]+/g, length: 32, boundary: /[A-Za-z0-9_]/ },
  { candidate: /sk-[a-f0-9]+/g, prefix: 'sk-', length: 32, boundary: /[A-Za-z0-9_-]/ },
  { candidate: /[A-Za-z0-9]+/g, length: 40, boundary: /[A-Za-z0-9_\-/+]/ },
  { candidate: /[A-Za-z0-9]+/g, length: 32, boundary: /[A-Za-z0-9_\-/+]/ },
  { candidate: /[A-Za-z0-9/+]+/g, length: 40, boundary: /[A-Za-z0-9/+_-]/ },
  { candidate: /[a-f0-9]+/g, length: 40, boundary: /[A-Za-z0-9_]/ },
];

/** Random text from an alphabet rich in the runs' characters, boundaries and separators, with planted runs. */
function randomText(seed: number, shape: Shape): string {
  let state = seed;
  const next = () => (state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const pieces = ['a', 'f', '0', '9', 'g', 'Z', '_', '-', '/', '+', ' ', '\n', '"', '=', ':', 's', 'k', 'é', '.'];
  let text = '';
  while (text.length < 2000) {
    const r = next();
    if (r < 0.08) {
      // A run near the key's length (one off either way, or exact), hex or alphanumeric, maybe prefixed.
      const length = shape.length + Math.floor(next() * 3) - 1;
      const alphabet = next() < 0.5 ? '0123456789abcdef' : 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
      text += (next() < 0.5 ? (shape.prefix ?? '') : '') + Array.from({ length }, () => alphabet[Math.floor(next() * alphabet.length)]).join('');
    } else text += pieces[Math.floor(next() * pieces.length)];
  }
  return text;
}

describe('context detectors: exact-length candidate runs', () => {
  it('give exactly the greedy loop\'s candidates, for every shape in use', () => {
    for (const shape of SHAPES) {
      const exact = exactRuns(shape);
      expect(exact).not.toBeNull();
      let found = 0;
      for (let seed = 1; seed <= 300; seed++) {
        const text = randomText(seed, shape);
        const want = greedy(text, shape);
        found += want.length;
        expect([...text.matchAll(exact!)].map((m) => [m.index, m.index + m[0].length]), `${shape.candidate} seed ${seed}`).toEqual(want);
        // Without a prefix, the stride walk gives them too.
        if (!shape.prefix) expect(strideRuns(shape)!(text), `stride ${shape.candidate} seed ${seed}`).toEqual(want);
      }
      // The texts do hold candidates, so the comparison is not between two empty lists.
      expect(found).toBeGreaterThan(100);
    }
  });

  it('the stride walk finds runs at the very start and end of a text, and takes no prefix or non-ASCII class', () => {
    const shape: Shape = { candidate: /[a-f0-9]+/g, length: 32, boundary: /[A-Za-z0-9_]/ };
    const run = 'a'.repeat(16) + '0'.repeat(16);
    for (const text of [run, `${run} x`, `x ${run}`, `${run}\n${run}`, `${run}0`, `_${run}`, `é${run}é`]) {
      expect(strideRuns(shape)!(text), text).toEqual(greedy(text, shape));
    }
    expect(strideRuns({ candidate: /sk-[a-f0-9]+/g, prefix: 'sk-', length: 32, boundary: /[A-Za-z0-9_-]/ })).toBeNull();
    expect(strideRuns({ candidate: /[a-f0-9]+/g, length: 32, boundary: /[\sA-Za-z0-9_]/ })).toBeNull();
  });

  it('refuse shapes where they would differ: a run character outside the boundary, a prefix inside the run', () => {
    expect(exactRuns({ candidate: /[a-f0-9]+/g, length: 32, boundary: /[A-Z_]/ })).toBeNull();
    expect(exactRuns({ candidate: /ab[a-f0-9]+/g, prefix: 'ab', length: 32, boundary: /[A-Za-z0-9_]/ })).toBeNull();
    expect(exactRuns({ candidate: /(?:x|y)+/g, length: 32, boundary: /[a-z]/ })).toBeNull();
  });

  it('are what every context detector of the catalogue uses', () => {
    const context = DETECTORS.filter((d) => 'exactRuns' in d);
    expect(context.length).toBeGreaterThanOrEqual(6);
    expect(context.filter((d) => (d as { exactRuns: boolean }).exactRuns !== true).map((d) => d.id)).toEqual([]);
  });
});
