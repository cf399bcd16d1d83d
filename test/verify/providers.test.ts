/** Each provider: the request it sends (method, path, auth header) and how it reads the answers. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifySecrets, type Provider } from '../../src/verify/index.js';
import { generateKey } from '../helpers/keys.js';
import { startFakeProviders, type Behaviour, type FakeProviders } from './fake-providers.js';

interface Case {
  provider: Provider;
  ruleId: string;
  spec: string;
  method: string;
  path: string;
  /** The header that must carry the key, and its expected value given the key. */
  auth: [string, (key: string) => string];
  extraHeaders?: Record<string, string>;
}

const bearer: Case['auth'] = ['authorization', (k) => `Bearer ${k}`];

const CASES: Case[] = [
  { provider: 'openai', ruleId: 'openai-api-key', spec: 'openai:proj', method: 'GET', path: '/v1/models', auth: bearer },
  { provider: 'openai', ruleId: 'openai-api-key', spec: 'openai:legacy', method: 'GET', path: '/v1/models', auth: bearer },
  { provider: 'openai', ruleId: 'openai-api-key', spec: 'openai:svcacct', method: 'GET', path: '/v1/models', auth: bearer },
  { provider: 'openai', ruleId: 'openai-api-key', spec: 'openai:none', method: 'GET', path: '/v1/models', auth: bearer },
  { provider: 'openai', ruleId: 'openai-api-key', spec: 'openai:admin', method: 'GET', path: '/v1/organization/admin_api_keys?limit=1', auth: bearer },
  {
    provider: 'anthropic', ruleId: 'anthropic-api-key', spec: 'anthropic:api', method: 'GET', path: '/v1/models?limit=1',
    auth: ['x-api-key', (k) => k], extraHeaders: { 'anthropic-version': '2023-06-01' },
  },
  {
    provider: 'anthropic', ruleId: 'anthropic-api-key', spec: 'anthropic:admin', method: 'GET', path: '/v1/organizations/api_keys?limit=1',
    auth: ['x-api-key', (k) => k],
  },
  {
    provider: 'github', ruleId: 'github-token', spec: 'github:pat', method: 'GET', path: '/user', auth: bearer,
    extraHeaders: { accept: 'application/vnd.github+json' },
  },
  { provider: 'github', ruleId: 'github-fine-grained-pat', spec: 'github:fine-grained', method: 'GET', path: '/user', auth: bearer },
  { provider: 'gitlab', ruleId: 'gitlab-token', spec: 'gitlab:pat', method: 'GET', path: '/api/v4/personal_access_tokens/self', auth: ['private-token', (k) => k] },
  { provider: 'huggingface', ruleId: 'huggingface-token', spec: 'huggingface:user', method: 'GET', path: '/api/whoami-v2', auth: bearer },
  { provider: 'groq', ruleId: 'groq-api-key', spec: 'groq:api', method: 'GET', path: '/openai/v1/models', auth: bearer },
  { provider: 'slack', ruleId: 'slack-token', spec: 'slack:bot', method: 'POST', path: '/api/auth.test', auth: bearer },
  { provider: 'stripe', ruleId: 'stripe-live-key', spec: 'stripe:live', method: 'GET', path: '/v1/balance', auth: bearer },
  { provider: 'stripe', ruleId: 'stripe-secret-key', spec: 'stripe:restricted', method: 'GET', path: '/v1/balance', auth: bearer },
];

let server: FakeProviders;
beforeAll(async () => {
  server = await startFakeProviders();
});
afterAll(() => server.close());

async function verifyOne(ruleId: string, key: string, behaviour: Behaviour) {
  server.behave(key, behaviour);
  const before = server.requests.length;
  const results = await verifySecrets([{ ruleId, secret: key }], { baseUrls: server.baseUrls, timeoutMs: 2_000, sleep: async () => {} });
  return { verification: results.get(key), seen: server.requests.slice(before) };
}

describe.each(CASES)('$provider ($spec)', (c) => {
  it('sends one read-only request with the key in its auth header only, and reads a valid answer as active', async () => {
    const key = generateKey(c.spec);
    const { verification, seen } = await verifyOne(c.ruleId, key, 'valid');
    expect(verification).toEqual({ status: 'active', provider: c.provider });
    expect(seen).toHaveLength(1);
    const [request] = seen;
    expect(request!.provider).toBe(c.provider);
    expect(request!.method).toBe(c.method);
    expect(request!.path).toBe(c.path);
    expect(request!.headers[c.auth[0]]).toBe(c.auth[1](key));
    for (const [name, value] of Object.entries(c.extraHeaders ?? {})) expect(request!.headers[name]).toBe(value);
    expect(request!.headers['user-agent']).toMatch(/^openai-secret-lint\//);
    expect(request!.url).not.toContain(key);
    expect(request!.body).not.toContain(key);
    // Only the auth header carries the key.
    const carrying = Object.entries(request!.headers).filter(([, v]) => String(v).includes(key)).map(([n]) => n);
    expect(carrying).toEqual([c.auth[0]]);
  });

  it('reads a rejected key as inactive', async () => {
    const key = generateKey(c.spec);
    const { verification } = await verifyOne(c.ruleId, key, 'revoked');
    expect(verification?.status).toBe('inactive');
    expect(verification?.provider).toBe(c.provider);
    if (c.provider !== 'slack') expect(verification?.detail).toBe(`rejected by ${new URL(server.origin).host}`);
  });

  it('reads an HTML page with HTTP 200 as unknown: malformed response', async () => {
    const key = generateKey(c.spec);
    const { verification } = await verifyOne(c.ruleId, key, 'malformed');
    expect(verification).toMatchObject({ status: 'unknown', reason: 'malformed-response' });
  });

  it('reads HTTP 500 as unknown: unexpected status', async () => {
    const key = generateKey(c.spec);
    const { verification } = await verifyOne(c.ruleId, key, 'server-error');
    expect(verification).toMatchObject({ status: 'unknown', reason: 'unexpected-status', detail: 'HTTP 500' });
  });
});

describe('provider specifics', () => {
  it('OpenAI: a key lacking the model scope still authenticates (active)', async () => {
    const key = generateKey('openai:proj');
    const { verification } = await verifyOne('openai-api-key', key, 'openai-missing-scope');
    expect(verification).toMatchObject({ status: 'active', detail: expect.stringMatching(/scope/) });
  });

  it('OpenAI: a key whose quota is exhausted is active, not rate limited, and is not retried', async () => {
    const key = generateKey('openai:proj');
    const { verification, seen } = await verifyOne('openai-api-key', key, 'openai-no-quota');
    expect(verification).toMatchObject({ status: 'active', detail: expect.stringMatching(/quota/) });
    expect(seen).toHaveLength(1);
  });

  it('OpenAI: another 403 is unknown', async () => {
    const { verification } = await verifyOne('openai-api-key', generateKey('openai:proj'), 'forbidden');
    expect(verification).toMatchObject({ status: 'unknown', reason: 'unexpected-status', detail: 'HTTP 403' });
  });

  it('Anthropic, GitHub, GitLab, Stripe: 403 means authenticated without the permission (active)', async () => {
    for (const [ruleId, spec] of [['anthropic-api-key', 'anthropic:api'], ['github-token', 'github:installation'], ['gitlab-token', 'gitlab:pat'], ['stripe-live-key', 'stripe:restricted']] as const) {
      const { verification } = await verifyOne(ruleId, generateKey(spec), 'forbidden');
      expect(verification?.status, spec).toBe('active');
    }
  });

  it('Hugging Face, Groq: 403 is unknown', async () => {
    for (const [ruleId, spec] of [['huggingface-token', 'huggingface:user'], ['groq-api-key', 'groq:api']] as const) {
      const { verification } = await verifyOne(ruleId, generateKey(spec), 'forbidden');
      expect(verification?.status, spec).toBe('unknown');
    }
  });

  it('GitHub: a 403 with an exhausted rate limit is rate-limited, not active', async () => {
    const { verification, seen } = await verifyOne('github-token', generateKey('github:pat'), 'github-rate-limit');
    expect(verification).toMatchObject({ status: 'unknown', reason: 'rate-limited' });
    expect(seen).toHaveLength(1);
  });

  it('GitLab: a token record that says inactive is inactive', async () => {
    const { verification } = await verifyOne('gitlab-token', generateKey('gitlab:pat'), 'gitlab-expired');
    expect(verification?.status).toBe('inactive');
  });

  it('Slack: an unknown error code is unknown, naming the code', async () => {
    const { verification } = await verifyOne('slack-token', generateKey('slack:bot'), 'slack-unknown-error');
    expect(verification).toMatchObject({ status: 'unknown', reason: 'unexpected-response', detail: expect.stringContaining('team_added_to_org') });
  });

  it('sends nothing for token kinds without a read-only header check', async () => {
    for (const [ruleId, spec, provider] of [
      ['github-token', 'github:refresh', 'github'],
      ['gitlab-token', 'gitlab:runner', 'gitlab'],
      ['slack-token', 'slack:refresh', 'slack'],
      ['anthropic-api-key', 'anthropic:oauth', 'anthropic'],
    ] as const) {
      const { verification, seen } = await verifyOne(ruleId, generateKey(spec), 'valid');
      expect(verification, spec).toMatchObject({ status: 'unknown', reason: 'unsupported', provider });
      expect(seen, spec).toHaveLength(0);
    }
  });
});
