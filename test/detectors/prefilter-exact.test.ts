/**
 * Exact keywords in the prefilter, against a naive definition.
 * 1. Synthetic catalogues over a tiny alphabet, so that keywords overlap, nest at every offset,
 *    and one keyword is exact for one detector and not for another (or for the same one).
 * 2. The real catalogue with adversarial pieces (per-character random case, `SK` spliced into
 *    other keywords at every offset).
 * 3. Soundness where it matters: every detector that finds something in a text is chosen for it
 *    (Twilio SIDs and secrets in every case, `twilio` or a SID nearby or not), also in decoded layers.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DETECTORS } from '../../src/detectors/catalogue.js';
import { decodeLayers } from '../../src/detectors/decode.js';
import { KeywordPrefilter } from '../../src/detectors/prefilter.js';
import type { Detector } from '../../src/detectors/types.js';

const naive = (detectors: readonly Detector[], text: string) => {
  const lower = text.toLowerCase();
  return detectors.filter((d) => d.keywords.some((k) => (d.exactKeywords?.includes(k) ? text.includes(k) : lower.includes(k.toLowerCase())))).map((d) => d.id);
};

const recase = (s: string, mask: boolean[]) => [...s].map((c, i) => (mask[i % Math.max(1, mask.length)] ? c.toUpperCase() : c.toLowerCase())).join('');

describe('exact keywords (synthetic catalogues)', () => {
  const alphabet = ['a', 'b', 'A', 'B', '-'];
  const word = fc.array(fc.constantFrom(...alphabet), { minLength: 1, maxLength: 4 }).map((cs) => cs.join(''));
  const detectorArb = fc.array(fc.tuple(word, fc.boolean()), { minLength: 1, maxLength: 3 });
  const catalogue = fc.array(detectorArb, { minLength: 1, maxLength: 6 }).map((specs) =>
    specs.map(
      (kws, i) =>
        ({
          id: `d${i}`,
          keywords: kws.map(([k]) => k),
          exactKeywords: kws.filter(([, e]) => e).map(([k]) => k),
          find: () => [],
        }) as unknown as Detector,
    ),
  );

  it('chooses exactly the naive set', () => {
    fc.assert(
      fc.property(
        catalogue,
        fc.array(fc.oneof(fc.constantFrom(...alphabet), fc.constantFrom('x', ' ')), { maxLength: 24 }),
        fc.array(fc.constantFrom('key', 'ab', 'b-'), { maxLength: 2 }),
        (detectors, chars, track) => {
          const prefilter = new KeywordPrefilter(detectors, { track });
          const text = chars.join('');
          expect(prefilter.candidates(text).map((d) => d.id)).toEqual(naive(detectors, text));
        },
      ),
      { numRuns: 20000 },
    );
  });

  it('chooses exactly the naive set, with keywords of the catalogue as pieces in any case', () => {
    fc.assert(
      fc.property(
        catalogue.chain((detectors) => {
          const all = detectors.flatMap((d) => d.keywords);
          const piece = fc.oneof(fc.tuple(fc.constantFrom(...all), fc.array(fc.boolean(), { minLength: 1, maxLength: 4 })).map(([k, m]) => recase(k, m)), fc.constantFrom(...all), fc.constantFrom('a', 'B', '-', 'x'));
          return fc.tuple(fc.constant(detectors), fc.array(piece, { maxLength: 10 }));
        }),
        ([detectors, pieces]) => {
          const prefilter = new KeywordPrefilter(detectors);
          const text = pieces.join('');
          expect(prefilter.candidates(text).map((d) => d.id)).toEqual(naive(detectors, text));
        },
      ),
      { numRuns: 20000 },
    );
  });
});

describe('exact keywords (the catalogue)', () => {
  const prefilter = new KeywordPrefilter(DETECTORS);
  const keywords = [...new Set(DETECTORS.flatMap((d) => d.keywords))];

  it('all keywords are ASCII and every exact keyword is one of its detector\'s keywords', () => {
    for (const k of keywords) expect(/^[\x20-\x7e]+$/.test(k)).toBe(true);
    for (const d of DETECTORS) for (const e of d.exactKeywords ?? []) expect(d.keywords).toContain(e);
  });

  it('refuses an exact keyword that is not among its detector\'s keywords', () => {
    const typo = { id: 'typo', keywords: ['SK'], exactKeywords: ['Sk'], find: () => [] } as unknown as Detector;
    expect(() => new KeywordPrefilter([typo])).toThrow(/typo: exact keyword Sk/);
  });

  it('chooses exactly the naive set with adversarial pieces', () => {
    const spliced = fc.tuple(fc.constantFrom(...keywords), fc.nat(), fc.constantFrom('SK', 'sk', 'Sk', 'sK')).map(([k, at, s]) => {
      const i = at % (k.length + 1);
      return k.slice(0, i) + s + k.slice(i);
    });
    const piece = fc.oneof(
      fc.tuple(fc.constantFrom(...keywords), fc.array(fc.boolean(), { minLength: 1, maxLength: 5 })).map(([k, m]) => recase(k, m)),
      spliced,
      fc.constantFrom('SK', 'sk', 'task', 'disk', 'TWILIO', 'twiLio', 'S', 'K', 'k', 's'),
      fc.string({ maxLength: 4 }),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 14 }), (pieces) => {
        const text = pieces.join('');
        expect(prefilter.candidates(text).map((d) => d.id)).toEqual(naive(DETECTORS, text));
      }),
      { numRuns: 20000 },
    );
  });

  it('never hides a detector that finds something (Twilio pieces), in the text or a decoded layer', () => {
    const hex = fc.array(fc.constantFrom(...'0123456789abcdef'), { minLength: 32, maxLength: 32 }).map((c) => c.join(''));
    const secret = fc.array(fc.constantFrom(...'abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789'), { minLength: 32, maxLength: 32 }).map((c) => c.join(''));
    const sidPrefix = fc.constantFrom('SK', 'sk', 'Sk', 'sK');
    const piece = fc.oneof(
      fc.tuple(sidPrefix, hex, fc.boolean()).map(([p, h, up]) => p + (up ? h.toUpperCase() : h)),
      secret,
      fc.constantFrom('twilio', 'TWILIO_API_SECRET=', 'api_secret = ', ' ', '\n', '"', 'task', 'SK', 'key: '),
    );
    const targets = DETECTORS.filter((d) => /twilio/.test(d.id));
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 8 }), fc.boolean(), (pieces, encode) => {
        const plain = pieces.join('');
        const texts = encode ? [plain, ...decodeLayers(`x: ${Buffer.from(plain).toString('base64')}\n`, 2).map((l) => l.text)] : [plain];
        for (const text of texts) {
          const chosen = new Set(prefilter.candidates(text).map((d) => d.id));
          for (const d of targets) if (d.find(text).length > 0) expect({ id: d.id, text, chosen: chosen.has(d.id) }).toEqual({ id: d.id, text, chosen: true });
        }
      }),
      { numRuns: 5000 },
    );
  });
});
