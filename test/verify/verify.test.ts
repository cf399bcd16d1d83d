/** The engine: dedupe, concurrency, timeouts, Retry-After, network errors, HTTPS, and no key leaking. */
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { ConfigurationError } from '../../src/core/errors.js';
import type { Logger } from '../../src/core/logger.js';
import { providerFor, VERIFY_DOC, verifySecrets, PROVIDERS, VERIFIERS } from '../../src/verify/index.js';
import { generateKey, openaiKey, randomString } from '../helpers/keys.js';
import { startFakeProviders, type FakeProviders } from './fake-providers.js';

const servers: FakeProviders[] = [];
async function start(options?: Parameters<typeof startFakeProviders>[0]): Promise<FakeProviders> {
  const server = await startFakeProviders(options);
  servers.push(server);
  return server;
}
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

function recordingLogger(): Logger & { lines: string[] } {
  const lines: string[] = [];
  return { lines, debug: (m) => void lines.push(m), info: (m) => void lines.push(m), warning: (m) => void lines.push(m) };
}

describe('verifySecrets', () => {
  it('verifies each distinct key once, however many findings carry it', async () => {
    const server = await start();
    const a = openaiKey('proj');
    const b = openaiKey('legacy');
    server.behave(a, 'valid');
    const results = await verifySecrets(
      [
        { ruleId: 'openai-api-key', secret: a },
        { ruleId: 'openai-api-key', secret: b },
        { ruleId: 'openai-api-key', secret: a },
        { ruleId: 'k8s-secret-literal', secret: a },
      ],
      { env: server.env },
    );
    expect([...results.keys()]).toEqual([a, b]);
    expect(results.get(a)?.status).toBe('active');
    expect(results.get(b)?.status).toBe('inactive');
    expect(server.requests.filter((r) => r.key === a)).toHaveLength(1);
    expect(server.requests.filter((r) => r.key === b)).toHaveLength(1);
    expect(server.requests).toHaveLength(2);
  });

  it('sends a key only to its own provider, found by its shape first, else by the rule; others are left out', async () => {
    const server = await start();
    const anthropic = generateKey('anthropic:api');
    const deepseekLike = 'sk-' + randomString(32, '0123456789abcdef');
    const results = await verifySecrets(
      [
        { ruleId: 'k8s-secret-literal', secret: anthropic },
        { ruleId: 'deepseek-api-key', secret: deepseekLike },
        { ruleId: 'generic-secret', secret: 'not-a-known-token-shape-1234' },
      ],
      { env: server.env },
    );
    expect([...results.keys()]).toEqual([anthropic]);
    expect(server.requests.map((r) => r.provider)).toEqual(['anthropic']);
    expect(providerFor('openai-api-key', anthropic)).toBe('anthropic');
    expect(providerFor('openai-api-key', deepseekLike)).toBe('openai');
    expect(providerFor('deepseek-api-key', deepseekLike)).toBeUndefined();
  });

  it('keeps at most `concurrency` requests in flight', async () => {
    const server = await start({ delayMs: 30 });
    const keys = Array.from({ length: 8 }, () => openaiKey('proj'));
    for (const key of keys) server.behave(key, 'valid');
    const results = await verifySecrets(keys.map((secret) => ({ ruleId: 'openai-api-key', secret })), { baseUrls: server.baseUrls, concurrency: 2 });
    expect([...results.values()].every((v) => v.status === 'active')).toBe(true);
    expect(server.requests).toHaveLength(8);
    expect(server.maxInFlight()).toBeLessThanOrEqual(2);
  });

  it('classifies a slow provider as unknown: timeout', async () => {
    const server = await start();
    const key = generateKey('groq:api');
    server.behave(key, 'slow');
    const results = await verifySecrets([{ ruleId: 'groq-api-key', secret: key }], { env: server.env, timeoutMs: 100 });
    expect(results.get(key)).toEqual({ status: 'unknown', provider: 'groq', reason: 'timeout', detail: 'no answer within 100 ms' });
  });

  it('waits once for a short Retry-After, then classifies the second answer', async () => {
    const server = await start();
    const key = generateKey('huggingface:user');
    server.behave(key, 'rate-limited-once');
    const waits: number[] = [];
    const results = await verifySecrets([{ ruleId: 'huggingface-token', secret: key }], {
      env: server.env,
      sleep: async (ms) => void waits.push(ms),
    });
    expect(waits).toEqual([2000]);
    expect(server.requests.filter((r) => r.key === key)).toHaveLength(2);
    expect(results.get(key)?.status).toBe('active');
  });

  it('never retries more than once, and then stops asking that provider', async () => {
    const server = await start();
    const [first, second] = [generateKey('slack:bot'), generateKey('slack:bot')];
    server.behave(first, 'rate-limited-always-short');
    server.behave(second, 'valid');
    const other = generateKey('stripe:live');
    server.behave(other, 'valid');
    const waits: number[] = [];
    const results = await verifySecrets(
      [first, second].map((secret) => ({ ruleId: 'slack-token', secret })).concat([{ ruleId: 'stripe-live-key', secret: other }]),
      { env: server.env, concurrency: 1, sleep: async (ms) => void waits.push(ms) },
    );
    expect(waits).toEqual([1000]);
    expect(server.requests.filter((r) => r.key === first)).toHaveLength(2);
    expect(results.get(first)).toMatchObject({ status: 'unknown', reason: 'rate-limited' });
    // The same provider is not asked again in this run; another provider is.
    expect(server.requests.filter((r) => r.key === second)).toHaveLength(0);
    expect(results.get(second)).toMatchObject({ status: 'unknown', reason: 'rate-limited' });
    expect(results.get(other)?.status).toBe('active');
  });

  it('does not wait for a long Retry-After: unknown, rate limited, one request', async () => {
    const server = await start();
    const key = openaiKey('svcacct');
    server.behave(key, 'rate-limited-long');
    const waits: number[] = [];
    const results = await verifySecrets([{ ruleId: 'openai-api-key', secret: key }], { env: server.env, sleep: async (ms) => void waits.push(ms) });
    expect(waits).toEqual([]);
    expect(server.requests).toHaveLength(1);
    expect(results.get(key)).toMatchObject({ status: 'unknown', reason: 'rate-limited', detail: expect.stringContaining('Retry-After 3600 s') });
  });

  it('does not follow redirects (the auth header would go with them)', async () => {
    const server = await start();
    const key = generateKey('github:pat');
    server.behave(key, 'redirect');
    const results = await verifySecrets([{ ruleId: 'github-token', secret: key }], { env: server.env });
    expect(results.get(key)).toMatchObject({ status: 'unknown', reason: 'unexpected-status', detail: 'HTTP 302' });
    expect(server.requests).toHaveLength(1);
  });

  it('caps the body: an oversized answer is a malformed response', async () => {
    const server = await start();
    const key = openaiKey('proj');
    server.behave(key, 'huge');
    const results = await verifySecrets([{ ruleId: 'openai-api-key', secret: key }], { env: server.env });
    expect(results.get(key)).toMatchObject({ status: 'unknown', reason: 'malformed-response' });
  });

  it('classifies a refused connection as unknown: network error', async () => {
    const port = await closedPort();
    const key = openaiKey('proj');
    const results = await verifySecrets([{ ruleId: 'openai-api-key', secret: key }], { env: { OPENAI_SECRET_LINT_OPENAI_BASE_URL: `http://127.0.0.1:${port}` } });
    expect(results.get(key)).toEqual({ status: 'unknown', provider: 'openai', reason: 'network-error', detail: 'ECONNREFUSED' });
  });

  it('never sends a malformed value as a header', async () => {
    const server = await start();
    const key = openaiKey('proj').slice(0, 40) + '\r\nx-injected: 1';
    const results = await verifySecrets([{ ruleId: 'openai-api-key', secret: key }], { env: server.env });
    expect(results.get(key)).toMatchObject({ status: 'unknown', reason: 'unsupported' });
    expect(server.requests).toHaveLength(0);
  });

  it('rejects a plain-HTTP non-loopback override before sending anything', async () => {
    const server = await start();
    const key = openaiKey('proj');
    const env = { ...server.env, OPENAI_SECRET_LINT_GITLAB_BASE_URL: 'http://gitlab.internal.example' };
    await expect(verifySecrets([{ ruleId: 'openai-api-key', secret: key }], { env })).rejects.toThrow(ConfigurationError);
    await expect(verifySecrets([{ ruleId: 'openai-api-key', secret: key }], { env })).rejects.toThrow(/OPENAI_SECRET_LINT_GITLAB_BASE_URL/);
    await expect(verifySecrets([], { env: server.env, timeoutMs: 0 })).rejects.toThrow(ConfigurationError);
    expect(server.requests).toHaveLength(0);
  });

  it('keeps the key out of URLs, results, logs and errors', async () => {
    const server = await start();
    const keys = [openaiKey('proj'), openaiKey('admin'), generateKey('anthropic:api'), generateKey('github:pat'), generateKey('gitlab:pat'), generateKey('slack:bot'), generateKey('stripe:live')];
    const behaviours = ['valid', 'revoked', 'malformed', 'server-error', 'slow', 'rate-limited-long', 'forbidden'] as const;
    keys.forEach((key, i) => server.behave(key, behaviours[i]!));
    const logger = recordingLogger();
    const results = await verifySecrets(keys.map((secret) => ({ ruleId: 'x', secret })), { env: server.env, logger, timeoutMs: 200 });
    expect(results.size).toBe(keys.length);
    // Every provider unreachable: the network errors must not carry the key either.
    const port = await closedPort();
    const nowhere = Object.fromEntries(PROVIDERS.map((p) => [p, `http://127.0.0.1:${port}`]));
    const refused = await verifySecrets(keys.map((secret) => ({ ruleId: 'x', secret })), { baseUrls: nowhere, logger });
    expect([...refused.values()].every((v) => v.reason === 'network-error')).toBe(true);
    const visible = JSON.stringify([...results.values(), ...refused.values()]) + logger.lines.join('\n') + server.requests.map((r) => r.url).join('\n');
    for (const key of keys) expect(visible).not.toContain(key);
    expect(logger.lines.some((l) => /active/.test(l))).toBe(true);
  });
});

describe('over HTTPS', () => {
  it('verifies against a server with a certificate it was told to trust', async () => {
    const server = await start({ https: true });
    const key = openaiKey('proj');
    server.behave(key, 'valid');
    const results = await verifySecrets([{ ruleId: 'openai-api-key', secret: key }], { env: server.env, ca: server.ca! });
    expect(results.get(key)).toEqual({ status: 'active', provider: 'openai' });
    expect(server.requests[0]?.headers['authorization']).toBe(`Bearer ${key}`);
  });

  it('refuses an untrusted certificate: network error, key not sent', async () => {
    const server = await start({ https: true });
    const key = openaiKey('proj');
    server.behave(key, 'valid');
    const results = await verifySecrets([{ ruleId: 'openai-api-key', secret: key }], { env: server.env });
    expect(results.get(key)).toMatchObject({ status: 'unknown', reason: 'network-error' });
    expect(results.get(key)?.detail).toMatch(/CERT|SELF_SIGNED/);
    expect(server.requests).toHaveLength(0);
  });
});

describe('VERIFY_DOC', () => {
  it('documents what is sent where, and every variable', () => {
    expect(VERIFY_DOC).toMatch(/its own provider's API and nowhere else/);
    expect(VERIFY_DOC).toMatch(/--verify/);
    for (const provider of PROVIDERS) {
      expect(VERIFY_DOC).toContain(VERIFIERS[provider].envVar);
      expect(VERIFY_DOC).toContain(VERIFIERS[provider].defaultBaseUrl);
    }
  });
});

async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

