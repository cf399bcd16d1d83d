/** verify behind a proxy: HTTPS_PROXY/HTTP_PROXY honoured, NO_PROXY bypasses it, no redirect followed through it. */
import { afterEach, describe, expect, it } from 'vitest';
import type { Logger } from '../../src/core/logger.js';
import { verifySecrets } from '../../src/verify/index.js';
import { openaiKey } from '../helpers/keys.js';
import { startFakeProviders, type FakeProviders } from './fake-providers.js';
import { startLocalProxy, type LocalProxy } from './local-proxy.js';

const open: Array<FakeProviders | LocalProxy> = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((s) => s.close()));
});

async function setup(https: boolean): Promise<{ providers: FakeProviders; proxy: LocalProxy; hostPort: string }> {
  const providers = await startFakeProviders({ https });
  const proxy = await startLocalProxy();
  open.push(providers, proxy);
  return { providers, proxy, hostPort: new URL(providers.origin).host };
}

function recordingLogger(): Logger & { lines: string[] } {
  const lines: string[] = [];
  return { lines, debug: (m) => void lines.push(m), info: (m) => void lines.push(m), warning: (m) => void lines.push(m) };
}

describe('verify through a proxy', () => {
  it('tunnels an https request through HTTPS_PROXY with CONNECT: the key stays in a header inside TLS', async () => {
    const { providers, proxy, hostPort } = await setup(true);
    const key = openaiKey('proj');
    providers.behave(key, 'valid');
    const logger = recordingLogger();
    const results = await verifySecrets([{ ruleId: 'openai-api-key', secret: key }], { env: { ...providers.env, HTTPS_PROXY: proxy.url }, ca: providers.ca!, logger });
    expect(results.get(key)).toEqual({ status: 'active', provider: 'openai' });
    expect(proxy.tunnels).toEqual([hostPort]);
    expect(proxy.forwarded).toEqual([]);
    expect(providers.requests).toHaveLength(1);
    expect(providers.requests[0]!.url).toBe('/openai/v1/models');
    expect(providers.requests[0]!.headers['authorization']).toBe(`Bearer ${key}`);
    expect(logger.lines).toContain(`verify: through the proxy ${proxy.url} (HTTPS_PROXY/HTTP_PROXY; hosts in NO_PROXY are reached directly)`);
  });

  it('reads the lower-case variables too, and tunnels plain http through HTTP_PROXY as well (the proxy sees host and port only)', async () => {
    const { providers, proxy, hostPort } = await setup(false);
    const key = openaiKey('proj');
    providers.behave(key, 'valid');
    const results = await verifySecrets([{ ruleId: 'openai-api-key', secret: key }], { env: { ...providers.env, http_proxy: proxy.url } });
    expect(results.get(key)).toEqual({ status: 'active', provider: 'openai' });
    expect(proxy.tunnels).toEqual([hostPort]);
    expect(proxy.forwarded).toEqual([]);
  });

  it.each(['127.0.0.1', '*', 'example.com, 127.0.0.1'])('NO_PROXY=%s bypasses the proxy', async (noProxy) => {
    const { providers, proxy } = await setup(true);
    const key = openaiKey('proj');
    providers.behave(key, 'valid');
    const env = { ...providers.env, HTTPS_PROXY: proxy.url, NO_PROXY: noProxy };
    const results = await verifySecrets([{ ruleId: 'openai-api-key', secret: key }], { env, ca: providers.ca! });
    expect(results.get(key)).toEqual({ status: 'active', provider: 'openai' });
    expect(providers.requests).toHaveLength(1);
    expect(proxy.tunnels).toEqual([]);
  });

  it('NO_PROXY naming another host leaves this one proxied', async () => {
    const { providers, proxy, hostPort } = await setup(true);
    const key = openaiKey('proj');
    providers.behave(key, 'valid');
    const results = await verifySecrets([{ ruleId: 'openai-api-key', secret: key }], { env: { ...providers.env, HTTPS_PROXY: proxy.url, NO_PROXY: 'example.com' }, ca: providers.ca! });
    expect(results.get(key)).toEqual({ status: 'active', provider: 'openai' });
    expect(proxy.tunnels).toEqual([hostPort]);
  });

  it('does not follow a redirect through the proxy: one request, the key never sent elsewhere', async () => {
    const { providers, proxy, hostPort } = await setup(true);
    const key = openaiKey('proj');
    providers.behave(key, 'redirect');
    const results = await verifySecrets([{ ruleId: 'openai-api-key', secret: key }], { env: { ...providers.env, HTTPS_PROXY: proxy.url }, ca: providers.ca! });
    expect(results.get(key)).toMatchObject({ status: 'unknown', provider: 'openai' });
    expect(results.get(key)?.reason).not.toBe('network-error');
    expect(providers.requests).toHaveLength(1);
    expect(proxy.tunnels).toEqual([hostPort]);
  });

  it('keeps the timeout through the proxy', async () => {
    const { providers, proxy } = await setup(true);
    const key = openaiKey('proj');
    providers.behave(key, 'slow');
    const results = await verifySecrets([{ ruleId: 'openai-api-key', secret: key }], { env: { ...providers.env, HTTPS_PROXY: proxy.url }, ca: providers.ca!, timeoutMs: 300 });
    expect(results.get(key)).toMatchObject({ status: 'unknown', reason: 'timeout', detail: 'no answer within 300 ms' });
    expect(proxy.tunnels).toHaveLength(1);
  });

  it('an unreachable proxy is a network error, not a direct connection', async () => {
    const { providers } = await setup(true);
    const dead = await startLocalProxy();
    await dead.close();
    const key = openaiKey('proj');
    providers.behave(key, 'valid');
    const results = await verifySecrets([{ ruleId: 'openai-api-key', secret: key }], { env: { ...providers.env, HTTPS_PROXY: dead.url }, ca: providers.ca! });
    expect(results.get(key)).toMatchObject({ status: 'unknown', reason: 'network-error' });
    expect(providers.requests).toHaveLength(0);
  });
});
