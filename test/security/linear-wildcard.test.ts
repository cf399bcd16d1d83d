/** The regex-free wildcard matchers agree with the regular expressions they replaced. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { segmentWildcardMatch, wildcardMatch } from '../../src/core/wildcard.js';

const escape = (s: string) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
const pattern = fc.string({ unit: fc.constantFrom('a', 'b', '*', '.', '/'), maxLength: 8 });
const text = fc.string({ unit: fc.constantFrom('a', 'b', '.', '/'), maxLength: 10 });

describe('wildcardMatch', () => {
  it('matches as ^…$ with * as .* does', () => {
    fc.assert(
      fc.property(pattern, text, (p, t) => {
        const re = new RegExp(`^${p.split('*').map(escape).join('.*')}$`, 's');
        expect(wildcardMatch(p, t)).toBe(re.test(t));
      }),
      { numRuns: 5000 },
    );
  });

  it('keeps * inside a path segment in segmentWildcardMatch, as [^/]* does', () => {
    fc.assert(
      fc.property(pattern, text, (p, t) => {
        const re = new RegExp(`^${p.split('*').map(escape).join('[^/]*')}$`);
        expect(segmentWildcardMatch(p, t)).toBe(re.test(t));
      }),
      { numRuns: 5000 },
    );
  });

  it('stays fast on many stars against a long text', () => {
    expect(wildcardMatch('*A*A*A*A*A*A*A*A*A*B', 'A'.repeat(100_000))).toBe(false);
    expect(segmentWildcardMatch('*a*a*a*a*a*a*b/x', `${'a'.repeat(50_000)}/x`)).toBe(false);
  });
});
