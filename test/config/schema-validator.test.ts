/**
 * The config validator is generated from the schema at build time (ajv standalone code): the
 * committed file must be what the schema generates now, and it must behave as ajv compiling the
 * schema at run time would.
 */
import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs build script without types
import { AJV_OPTIONS, SCHEMA_FILE, VALIDATOR_FILE, validatorSource } from '../../scripts/config-validator.mjs';
import { validate } from '../../src/config/schema-validator.generated.js';

type Validator = ((value: unknown) => boolean) & { errors?: { instancePath: string; keyword: string; params: unknown; message?: string }[] | null };

describe('generated config validator', () => {
  it('is what the schema generates now (run `npm run build` after editing the schema)', () => {
    expect(readFileSync(VALIDATOR_FILE as string, 'utf8')).toBe(validatorSource());
  });

  it('needs nothing from ajv at run time', () => {
    const text = readFileSync(VALIDATOR_FILE as string, 'utf8');
    expect(text).not.toMatch(/\brequire\(|^import /m);
  });

  it('gives the errors ajv gives when it compiles the schema at run time', () => {
    const reference = new Ajv2020(AJV_OPTIONS).compile(JSON.parse(readFileSync(SCHEMA_FILE as string, 'utf8')));
    const generated = validate as unknown as Validator;
    const cases: unknown[] = [
      {},
      { failOn: 'medium', include: ['src/'], rules: { 'unprotected-env-file': 'off' } },
      { failOn: 'loud', include: [''], exclude: 'x', decodeDepth: 9, maxFileSize: 0 },
      { allow: { fingerprints: ['nothex'], patterns: [''] }, unknownKey: 1 },
      // A length counted in code points: one astral character is one, not two.
      { detectors: [{ id: 'a', regex: '\u{1F600}' }, { id: 'Bad Id', regex: '' }, { regex: 'x' }] },
      { detectors: [{ id: 'k', regex: 'x', keywords: ['\u{1F600}'.repeat(100)] }, { id: 'l', regex: 'x', keywords: ['\u{1F600}'.repeat(101)] }] },
      [],
      'text',
    ];
    for (const value of cases) {
      const expected = reference(value);
      expect(generated(value)).toBe(expected);
      const strip = (errors: Validator['errors']) => (errors ?? []).map((e) => ({ instancePath: e.instancePath, keyword: e.keyword, params: e.params, message: e.message }));
      expect(strip(generated.errors)).toEqual(strip(reference.errors as Validator['errors']));
    }
  });
});
