import { describe, expect, it } from 'vitest';
import { parseConfigText } from '../../src/config/validate.js';
import { strictJsonError } from '../../src/config/strict-json.js';

describe('strict JSON for .json configs', () => {
  it('accepts what JSON.parse accepts', () => {
    for (const text of ['{}', '{"a": [1, -2.5e3, "x\\u00e9\\n", true, false, null], "b": {}}', ' [ ] ']) {
      expect(() => JSON.parse(text)).not.toThrow();
      expect(strictJsonError(text)).toBeNull();
    }
  });

  it.each([
    ['{"a": [1, 2,]}', 1, 13, 'a value'],
    ['{\n  "a": 1,\n}', 3, 1, 'a double-quoted property name'],
    ["{'a': 1}", 1, 2, 'a double-quoted property name'],
    ['{"a": 1} // note', 1, 10, 'the end of the file after the top-level value'],
    ['{"a": tru}', 1, 7, 'a value'],
    ['{"a": "x', 1, 9, 'a closing quote, found the end of the file'],
  ])('%j: line %i, column %i, expected %s', (text, line, column, expected) => {
    expect(() => JSON.parse(text)).toThrow();
    expect(strictJsonError(text)).toEqual({ line, column, message: `invalid JSON: expected ${expected} (column ${column})` });
  });

  it('reports a duplicate key as JSON, and a YAML file keeps YAML rules', () => {
    expect(() => parseConfigText('{"failOn": "low", "failOn": "high"}', 'c.json')).toThrow(/c\.json:1: invalid JSON: /);
    expect(() => parseConfigText('{"failOn": "low",}', 'c.yml')).not.toThrow();
    expect(() => parseConfigText('{"failOn": "low",}', 'c.json at 0123abcd', 'c.json')).toThrow(/c\.json at 0123abcd:1: invalid JSON: expected a double-quoted property name \(column 18\)/);
  });
});
