/** The bundled Action with verify: true on a runner behind a proxy (HTTPS_PROXY, NO_PROXY). */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { FakeGitHub } from '../helpers/github-api-server.js';
import { openaiKey } from '../helpers/keys.js';
import { makeRepo, tempDir } from '../helpers/repo.js';
import { startFakeProviders, type FakeProviders } from '../verify/fake-providers.js';
import { startLocalProxy, type LocalProxy } from '../verify/local-proxy.js';
import { runAction, useFakeGitHub } from './run-action.js';

let api: FakeGitHub;
useFakeGitHub((started) => (api = started));
const open: Array<FakeProviders | LocalProxy> = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((s) => s.close()));
});

async function providersAndProxy(): Promise<{ providers: FakeProviders; proxy: LocalProxy; caFile: string }> {
  const providers = await startFakeProviders({ https: true });
  const proxy = await startLocalProxy();
  open.push(providers, proxy);
  // The runner trusts the stand-in's certificate as a self-hosted runner trusts its company CA.
  const caFile = path.join(tempDir('osl-ca-'), 'ca.pem');
  writeFileSync(caFile, providers.ca!);
  return { providers, proxy, caFile };
}

describe('the bundled Action with verify: true behind a proxy', () => {
  it('sends the key through HTTPS_PROXY (a CONNECT tunnel) to its provider and reports it active', async () => {
    const { providers, proxy, caFile } = await providersAndProxy();
    const key = openaiKey('proj');
    providers.behave(key, 'valid');
    const workspace = makeRepo({ 'app.py': `KEY = "${key}"\n` });
    const env = { ...providers.env, HTTPS_PROXY: proxy.url, NO_PROXY: '', NODE_EXTRA_CA_CERTS: caFile };
    const run = await runAction({ workspace, event: 'push', apiUrl: api.url, env, inputs: { verify: 'true', 'pr-comment': 'false', 'audit-issue': 'false' } });
    expect(run.stderr).toBe('');
    expect(proxy.tunnels).toEqual([new URL(providers.origin).host]);
    expect(providers.requests.map((r) => [r.url, r.key === key])).toEqual([['/openai/v1/models', true]]);
    expect(run.summary).toContain('**1 key is verified ACTIVE**');
    expect(run.stdout).toContain(`verify: through the proxy ${proxy.url}`);
  }, 120_000);

  it('reaches a host named in NO_PROXY directly', async () => {
    const { providers, proxy, caFile } = await providersAndProxy();
    const key = openaiKey('proj');
    providers.behave(key, 'valid');
    const workspace = makeRepo({ 'app.py': `KEY = "${key}"\n` });
    const env = { ...providers.env, HTTPS_PROXY: proxy.url, NO_PROXY: 'localhost,127.0.0.1', NODE_EXTRA_CA_CERTS: caFile };
    const run = await runAction({ workspace, event: 'push', apiUrl: api.url, env, inputs: { verify: 'true', 'pr-comment': 'false', 'audit-issue': 'false' } });
    expect(proxy.tunnels).toEqual([]);
    expect(providers.requests).toHaveLength(1);
    expect(run.summary).toContain('**1 key is verified ACTIVE**');
  }, 120_000);

  it('follows no redirect: the key goes to its provider once, and nowhere else', async () => {
    const { providers, proxy, caFile } = await providersAndProxy();
    const key = openaiKey('proj');
    providers.behave(key, 'redirect');
    const workspace = makeRepo({ 'app.py': `KEY = "${key}"\n` });
    const env = { ...providers.env, HTTPS_PROXY: proxy.url, NO_PROXY: '', NODE_EXTRA_CA_CERTS: caFile };
    const run = await runAction({ workspace, event: 'push', apiUrl: api.url, env, inputs: { verify: 'true', 'pr-comment': 'false', 'audit-issue': 'false' } });
    expect(providers.requests).toHaveLength(1);
    // The redirect's target (elsewhere.invalid) was never asked for through the proxy.
    expect(proxy.tunnels).toEqual([new URL(providers.origin).host]);
    expect(run.summary).not.toContain('verified ACTIVE');
  }, 120_000);
});
