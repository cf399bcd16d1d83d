import { describe, expect, it } from 'vitest';
import { fingerprint } from '../../src/core/fingerprint.js';
import { redact } from '../../src/core/redact.js';
import { openaiKey } from '../helpers/keys.js';

describe('redact', () => {
  it('keeps the provider prefix, four more characters and the length', () => {
    const key = openaiKey('proj');
    expect(redact(key, 'sk-proj-')).toBe(`${key.slice(0, 12)}… (${key.length} chars)`);
  });

  it('never shows more than half of a short secret', () => {
    expect(redact('abcdef')).toBe('abc… (6 chars)');
    expect(redact('ab', 'ab')).toBe('a… (2 chars)');
    expect(redact('')).toBe('… (0 chars)');
  });
});

describe('fingerprint', () => {
  it('depends on rule, file, secret and occurrence but not on the line', () => {
    const base = fingerprint('openai-api-key', 'a.yml', 'secret', 0);
    expect(fingerprint('openai-api-key', 'a.yml', 'secret', 0)).toBe(base);
    expect(fingerprint('openai-api-key', 'b.yml', 'secret', 0)).not.toBe(base);
    expect(fingerprint('other', 'a.yml', 'secret', 0)).not.toBe(base);
    expect(fingerprint('openai-api-key', 'a.yml', 'secret2', 0)).not.toBe(base);
    expect(fingerprint('openai-api-key', 'a.yml', 'secret', 1)).not.toBe(base);
    expect(base).toMatch(/^[0-9a-f]{32}$/);
  });
});
