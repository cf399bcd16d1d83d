import { describe, expect, it } from 'vitest';
import { ConfigurationError } from '../../src/core/errors.js';
import { BASE_URL_ENV_VARS, checkBaseUrl, isLoopback, PROVIDERS, resolveBaseUrls, VERIFIERS } from '../../src/verify/index.js';
import { joinUrl } from '../../src/verify/base-url.js';

describe('base URLs', () => {
  it('uses HTTPS for every built-in endpoint', () => {
    const urls = resolveBaseUrls({});
    for (const provider of PROVIDERS) {
      expect(urls[provider].protocol, provider).toBe('https:');
      expect(VERIFIERS[provider].defaultBaseUrl.startsWith('https://'), provider).toBe(true);
    }
  });

  it('names one OPENAI_SECRET_LINT_<PROVIDER>_BASE_URL variable per provider', () => {
    for (const provider of PROVIDERS) expect(BASE_URL_ENV_VARS[provider]).toBe(`OPENAI_SECRET_LINT_${provider.toUpperCase()}_BASE_URL`);
  });

  it('takes overrides from env, and options before env', () => {
    const urls = resolveBaseUrls(
      { OPENAI_SECRET_LINT_OPENAI_BASE_URL: 'https://proxy.example.com/openai', OPENAI_SECRET_LINT_GITHUB_BASE_URL: 'https://ghe.example.com/api/v3', OPENAI_SECRET_LINT_GROQ_BASE_URL: '  ' },
      { github: 'http://127.0.0.1:9999/gh' },
    );
    expect(urls.openai.href).toBe('https://proxy.example.com/openai');
    expect(urls.github.href).toBe('http://127.0.0.1:9999/gh');
    expect(urls.groq.href).toBe('https://api.groq.com/');
  });

  it.each(['http://127.0.0.1:8080', 'http://127.1.2.3/', 'http://localhost:1234/x', 'http://[::1]:80', 'HTTP://LOCALHOST', 'https://api.example.com'])(
    'accepts %s',
    (url) => expect(() => checkBaseUrl(url, 'X')).not.toThrow(),
  );

  it.each([
    ['http://api.openai.com', /plain HTTP on a non-loopback host/],
    ['http://10.0.0.1:8080', /plain HTTP/],
    ['http://127.0.0.1.nip.io', /plain HTTP/],
    ['http://localhost.example.com', /plain HTTP/],
    ['http://[::2]', /plain HTTP/],
    ['ftp://127.0.0.1', /must be an https:\/\//],
    ['not a url', /not a valid URL/],
    ['https://user:pw@proxy.example.com', /credentials/],
    ['https://proxy.example.com/?key=1', /query/],
  ])('rejects %s with a configuration error', (url, message) => {
    expect(() => checkBaseUrl(url, 'X')).toThrow(ConfigurationError);
    expect(() => checkBaseUrl(url, 'X')).toThrow(message);
  });

  it('names the variable in the error', () => {
    expect(() => resolveBaseUrls({ OPENAI_SECRET_LINT_STRIPE_BASE_URL: 'http://stripe.example.com' })).toThrow(/OPENAI_SECRET_LINT_STRIPE_BASE_URL/);
  });

  it('recognises loopback hosts only', () => {
    expect(isLoopback('127.0.0.1')).toBe(true);
    expect(isLoopback('127.255.255.254')).toBe(true);
    expect(isLoopback('[::1]')).toBe(true);
    expect(isLoopback('[::ffff:7f00:1]')).toBe(true);
    expect(isLoopback(new URL('http://[::ffff:127.0.0.1]').hostname)).toBe(true);
    expect(isLoopback('128.0.0.1')).toBe(false);
    expect(isLoopback('[::ffff:a00:1]')).toBe(false);
    expect(isLoopback('localhost.evil')).toBe(false);
  });

  it('joins a path and query below a base path', () => {
    expect(joinUrl(new URL('https://p.example.com/openai/'), '/v1/models').href).toBe('https://p.example.com/openai/v1/models');
    expect(joinUrl(new URL('https://api.openai.com'), '/v1/organization/admin_api_keys?limit=1').href).toBe(
      'https://api.openai.com/v1/organization/admin_api_keys?limit=1',
    );
  });
});
