import { describe, expect, it } from 'vitest';
import { fingerprint } from '../../src/core/fingerprint.js';
import { redact } from '../../src/core/redact.js';
import { openaiKey } from '../helpers/keys.js';

describe('redact', () => {
  it('keeps the provider prefix, four more characters and the length', () => {
    const key = openaiKey('proj');
    expect(redact(key, 'sk-proj-')).toBe(`${key.slice(0, 12)}… (${key.length} chars)`);
  });

  it('shows at most a quarter of a short secret, and nothing under 8 characters', () => {
    expect(redact('abcdef')).toBe('… (6 chars)');
    expect(redact('abcdefghijkl')).toBe('abc… (12 chars)');
    expect(redact('ab', 'ab')).toBe('… (2 chars)');
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
