/**
 * Every detector's fixtures: each key placed in `ng.*` is found by that rule at its exact line
 * and column (as `encoded-secret` when it was written encoded) and nothing else is reported;
 * `ok.*` produces no finding at all.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findSecretsInText } from '../../src/analyzers/text.js';
import { LineIndex } from '../../src/core/text-position.js';
import { DETECTORS } from '../../src/detectors/catalogue.js';
import { renderFixture } from '../helpers/fixtures.js';

const FIXTURES = path.resolve(__dirname, '../fixtures/text');
/** Generators whose output is itself an encoding the detector decodes. */
const SELF_ENCODED = new Set(['docker:auth']);

function scanFixture(file: string) {
  const { text, keys } = renderFixture(file);
  const findings = findSecretsInText({ path: path.basename(file), text, lines: new LineIndex(text) }, { decodeDepth: 3 });
  return { keys, findings };
}

describe('text fixtures', () => {
  it('cover every detector with an ng and an ok fixture', () => {
    const dirs = readdirSync(FIXTURES).sort();
    expect(dirs).toEqual(DETECTORS.map((d) => d.id).sort());
    for (const dir of dirs) {
      const files = readdirSync(path.join(FIXTURES, dir));
      expect(files.some((f) => f.startsWith('ng.')), dir).toBe(true);
      expect(files.some((f) => f.startsWith('ok.')), dir).toBe(true);
    }
  });

  for (const dir of readdirSync(FIXTURES).sort()) {
    for (const file of readdirSync(path.join(FIXTURES, dir)).sort()) {
      const full = path.join(FIXTURES, dir, file);
      if (file.startsWith('ng.')) {
        it(`${dir}/${file} finds every placed key, exactly`, () => {
          const { keys, findings } = scanFixture(full);
          expect(keys.length).toBeGreaterThan(0);
          const expected = keys.map((k) => ({
            ruleId: dir,
            category: k.written !== k.key || SELF_ENCODED.has(k.spec) ? 'encoded-secret' : 'hardcoded-secret',
            line: k.line,
            column: k.column,
          }));
          const actual = findings.map((f) => ({ ruleId: f.ruleId, category: f.category, line: f.line, column: f.column }));
          expect(actual).toEqual(expected);
        });
      } else {
        it(`${dir}/${file} reports nothing`, () => {
          expect(scanFixture(full).findings).toEqual([]);
        });
      }
    }
  }
});
