/**
 * One local server on 127.0.0.1 that answers like every provider's verification endpoint. Each
 * provider lives under its own path prefix (`/openai`, `/github`…), so the base URL overrides
 * also exercise a base path. How a key is answered is chosen per key (`behave`); every request
 * is recorded for assertions.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer as createHttpServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PROVIDERS, type Provider } from '../../src/verify/index.js';

export type Behaviour =
  | 'valid'
  | 'revoked'
  | 'rate-limited-long'
  | 'rate-limited-once'
  | 'rate-limited-always-short'
  | 'slow'
  | 'malformed'
  | 'server-error'
  | 'redirect'
  | 'huge'
  | 'forbidden'
  | 'openai-missing-scope'
  | 'openai-no-quota'
  | 'github-rate-limit'
  | 'gitlab-expired'
  | 'slack-unknown-error';

export interface SeenRequest {
  provider: string;
  method: string;
  /** Path and query below the provider prefix, as received. */
  path: string;
  /** The full request target, as received. */
  url: string;
  headers: Record<string, string | string[] | undefined>;
  body: string;
  /** The key the server found in the provider's auth header. */
  key: string | undefined;
}

export interface FakeProviders {
  /** Base URLs by provider, for `verifySecrets({ baseUrls })`. */
  baseUrls: Record<Provider, string>;
  /** The same as environment variables. */
  env: Record<string, string>;
  origin: string;
  requests: SeenRequest[];
  behave(key: string, behaviour: Behaviour): void;
  /** Highest number of requests in flight at once. */
  maxInFlight(): number;
  /** PEM of the self-signed certificate (HTTPS servers only). */
  ca?: string;
  close(): Promise<void>;
}

const SLOW_MS = 5_000;

export async function startFakeProviders(options: { https?: boolean; delayMs?: number } = {}): Promise<FakeProviders> {
  const behaviours = new Map<string, Behaviour>();
  const counts = new Map<string, number>();
  const requests: SeenRequest[] = [];
  const timers = new Set<NodeJS.Timeout>();
  let inFlight = 0;
  let maxInFlight = 0;

  const later = (ms: number, fn: () => void) => {
    const timer = setTimeout(() => {
      timers.delete(timer);
      fn();
    }, ms);
    timers.add(timer);
  };

  const handler = (req: IncomingMessage, res: ServerResponse) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
    req.on('end', () => {
      inFlight++;
      maxInFlight = Math.max(maxInFlight, inFlight);
      res.on('close', () => inFlight--);
      const url = req.url ?? '/';
      const [, provider = '', ...rest] = url.split('/');
      const key = keyOf(provider, req);
      requests.push({ provider, method: req.method ?? '', path: '/' + rest.join('/'), url, headers: req.headers, body, key });
      const behaviour = (key && behaviours.get(key)) || 'revoked';
      const n = (counts.get(key ?? '') ?? 0) + 1;
      counts.set(key ?? '', n);
      const answer = () => respond(provider, behaviour, n, res);
      if (options.delayMs) later(options.delayMs, answer);
      else answer();
    });
  };

  let ca: string | undefined;
  let server: Server;
  if (options.https) {
    const tls = selfSignedCertificate();
    ca = tls.cert;
    server = createHttpsServer({ key: tls.key, cert: tls.cert }, handler);
  } else {
    server = createHttpServer(handler);
  }
  server.keepAliveTimeout = 100;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `${options.https ? 'https' : 'http'}://127.0.0.1:${port}`;
  const baseUrls = Object.fromEntries(PROVIDERS.map((p) => [p, `${origin}/${p}`])) as Record<Provider, string>;
  const env = Object.fromEntries(PROVIDERS.map((p) => [`OPENAI_SECRET_LINT_${p.toUpperCase()}_BASE_URL`, baseUrls[p]]));

  return {
    baseUrls,
    env,
    origin,
    requests,
    ...(ca ? { ca } : {}),
    behave: (key, behaviour) => void behaviours.set(key, behaviour),
    maxInFlight: () => maxInFlight,
    close: () =>
      new Promise<void>((resolve) => {
        for (const timer of timers) clearTimeout(timer);
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };

  function respond(provider: string, behaviour: Behaviour, n: number, res: ServerResponse): void {
    const json = (status: number, value: unknown, headers: Record<string, string> = {}) => {
      res.writeHead(status, { 'content-type': 'application/json', ...headers });
      res.end(JSON.stringify(value));
    };
    const rejected = () =>
      provider === 'slack' ? json(200, { ok: false, error: 'invalid_auth' }) : json(401, { error: { message: 'Incorrect API key provided' } });
    const limited = (seconds: string) =>
      provider === 'slack' ? json(429, { ok: false, error: 'ratelimited' }, { 'retry-after': seconds }) : json(429, { error: { message: 'Rate limit reached' } }, { 'retry-after': seconds });
    switch (behaviour) {
      case 'valid':
        return json(200, VALID[provider as Provider] ?? {});
      case 'revoked':
        return rejected();
      case 'rate-limited-long':
        return limited('3600');
      case 'rate-limited-once':
        return n === 1 ? limited('2') : json(200, VALID[provider as Provider] ?? {});
      case 'rate-limited-always-short':
        return limited('1');
      case 'slow':
        return later(SLOW_MS, () => json(200, VALID[provider as Provider] ?? {}));
      case 'malformed':
        res.writeHead(200, { 'content-type': 'text/html' });
        return void res.end('<html><body>Sign in to the proxy</body></html>');
      case 'server-error':
        return json(500, { error: { message: 'internal' } });
      case 'redirect':
        res.writeHead(302, { location: 'https://elsewhere.invalid/collect' });
        return void res.end();
      case 'huge':
        res.writeHead(200, { 'content-type': 'application/json' });
        return void res.end(`{"data":"${'x'.repeat(1024 * 1024 + 10)}"}`);
      case 'forbidden':
        return json(403, { error: { type: 'permission_error', message: 'not allowed' } });
      case 'openai-missing-scope':
        return json(403, { error: { message: 'You have insufficient permissions for this operation. Missing scopes: api.model.read.' } });
      case 'openai-no-quota':
        return json(429, { error: { code: 'insufficient_quota', message: 'You exceeded your current quota' } });
      case 'github-rate-limit':
        return json(403, { message: 'API rate limit exceeded' }, { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 3600) });
      case 'gitlab-expired':
        return json(200, { id: 1, name: 'ci', revoked: false, active: false });
      case 'slack-unknown-error':
        return json(200, { ok: false, error: 'team_added_to_org' });
    }
  }
}

const VALID: Record<Provider, unknown> = {
  openai: { object: 'list', data: [{ id: 'gpt-4o', object: 'model' }] },
  anthropic: { data: [{ id: 'claude', type: 'model' }], has_more: false },
  github: { login: 'octocat', id: 1 },
  gitlab: { id: 1, name: 'ci', revoked: false, active: true, scopes: ['read_api'] },
  huggingface: { type: 'user', name: 'someone' },
  groq: { object: 'list', data: [] },
  slack: { ok: true, team: 'T', user: 'bot' },
  stripe: { object: 'balance', available: [] },
};

/** The key carried by the provider's own auth header. */
function keyOf(provider: string, req: IncomingMessage): string | undefined {
  if (provider === 'anthropic') return header(req, 'x-api-key');
  if (provider === 'gitlab') return header(req, 'private-token');
  const auth = header(req, 'authorization');
  return auth?.startsWith('Bearer ') ? auth.slice('Bearer '.length) : undefined;
}

function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/** A throwaway certificate for 127.0.0.1, made by the openssl CLI in a temporary directory. */
function selfSignedCertificate(): { key: string; cert: string } {
  const dir = mkdtempSync(join(tmpdir(), 'verify-tls-'));
  try {
    execFileSync('openssl', [
      'req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-days', '1',
      '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1,DNS:localhost',
      '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem'),
    ], { stdio: 'ignore' });
    return { key: readFileSync(join(dir, 'key.pem'), 'utf8'), cert: readFileSync(join(dir, 'cert.pem'), 'utf8') };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
