/**
 * `{{ … }}` and `#{…}` mark a value as a reference, not a literal secret. They are decided in one
 * pass each (no regex engine at start-up, nothing quadratic in a hostile value): the answers must
 * be the regexes' own.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hasHashInterpolation, hasTemplateBraces, isLiteralSecretValue } from '../../src/detectors/secret-names.js';

const TEMPLATE = /\{\{[\s\S]*\}\}/;
const HASH = /#\{[^}]+\}/;
/** Strings of the characters that matter, and a few that do not. */
const text = fc.string({ unit: fc.constantFrom('{', '}', '#', 'a', '\n', ' '), maxLength: 24 });

describe('template and interpolation references', () => {
  it('agree with the regexes on every string of braces, hashes, letters and newlines', () => {
    fc.assert(
      fc.property(text, (s) => {
        expect(hasTemplateBraces(s)).toBe(TEMPLATE.test(s));
        expect(hasHashInterpolation(s)).toBe(HASH.test(s));
      }),
      { numRuns: 20_000 },
    );
  });

  it('read as references, not literal secrets', () => {
    expect(isLiteralSecretValue('{{ .Values.password }}')).toBe(false);
    expect(isLiteralSecretValue('pre{{\nsecret }}post')).toBe(false);
    expect(isLiteralSecretValue('#{db_password}')).toBe(false);
    // Empty braces are no reference, as with the regexes.
    expect(isLiteralSecretValue('Zq8#{}w4Lp2Rt')).toBe(true);
    expect(isLiteralSecretValue('Zq8{{w4Lp2Rt')).toBe(true);
  });
});
