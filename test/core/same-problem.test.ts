/**
 * When two findings are one problem (core/merge.ts): in a tree scan the same range or the same
 * secret at overlapping ranges; in a history scan the same range only within one commit (a key
 * rotated in place is two keys), the same secret whichever commits report it.
 */
import { describe, expect, it } from 'vitest';
import type { RawFinding } from '../../src/core/finding.js';
import { sameProblem } from '../../src/core/merge.js';

const at = (over: Partial<RawFinding>): RawFinding => ({
  ruleId: 'openai-api-key',
  category: 'hardcoded-secret',
  severity: 'critical',
  message: 'm',
  remediation: 'r',
  file: 'app.yml',
  line: 3,
  column: 5,
  endLine: 3,
  endColumn: 45,
  ...over,
});

describe('sameProblem', () => {
  it('in a tree scan: the same range, or the same secret at overlapping ranges', () => {
    expect(sameProblem(at({ secret: 'one' }), at({ ruleId: 'generic-secret', secret: 'two' }))).toBe(true);
    expect(sameProblem(at({ secret: 'one' }), at({ column: 10, endColumn: 50, secret: 'one' }))).toBe(true);
    expect(sameProblem(at({ secret: 'one' }), at({ column: 10, endColumn: 50, secret: 'two' }))).toBe(false);
    expect(sameProblem(at({ secret: 'one' }), at({ file: 'other.yml', secret: 'one' }))).toBe(false);
  });

  it('in a history scan: the same range in another commit is another key; the same secret is not', () => {
    expect(sameProblem(at({ commit: 'a', secret: 'old' }), at({ commit: 'b', secret: 'new' }))).toBe(false);
    expect(sameProblem(at({ commit: 'a', secret: 'old' }), at({ commit: 'a', ruleId: 'generic-secret', secret: 'other' }))).toBe(true);
    expect(sameProblem(at({ commit: 'a', secret: 'same' }), at({ commit: 'b', ruleId: 'generic-secret', secret: 'same' }))).toBe(true);
    expect(sameProblem(at({ commit: 'a' }), at({ commit: 'b', ruleId: 'gha-literal-secret' }))).toBe(false);
  });
});
