/**
 * Opt-in live verification: each distinct found key is sent once, in a header, to its own
 * provider's read-only endpoint, and classified active, inactive or unknown (with a reason).
 * Never throws for a key or an answer; throws a ConfigurationError for a bad base URL or option,
 * before any request is sent.
 */
import { ConfigurationError } from '../core/errors.js';
import type { Logger } from '../core/logger.js';
import { TOOL_NAME, TOOL_VERSION } from '../core/version.js';
import { joinUrl, resolveBaseUrls } from './base-url.js';
import { TransportError } from './transport-error.js';
import { providerFor, VERIFIERS } from './providers/index.js';
import type { Provider, Transport, UnknownReason, Verification, VerifyItem } from './types.js';

export interface VerifyOptions {
  /** Environment variables (the caller passes process.env; the core never reads it). */
  env?: Readonly<Record<string, string | undefined>>;
  /** Base URLs by provider; they take precedence over `env`. Same HTTPS/loopback rule. */
  baseUrls?: Partial<Record<Provider, string>>;
  /** Deadline of one request, headers and body (default 10 000 ms). */
  timeoutMs?: number;
  /** Requests in flight at once, over all providers (default 4). */
  concurrency?: number;
  /** Longest Retry-After honoured by waiting, once per key (default 5 000 ms); longer: unknown. */
  maxRetryWaitMs?: number;
  /** Extra trusted certificates (PEM) for the built-in transport, e.g. a test server's. */
  ca?: string | Buffer;
  /** Replaces the built-in transport (undici's fetch, through HTTPS_PROXY/HTTP_PROXY unless NO_PROXY exempts the host; read from `env`). */
  transport?: Transport;
  /** Debug and summary lines; never a key, nor a part of one. */
  logger?: Logger;
  /** How to wait for Retry-After (tests record it instead). */
  sleep?: (ms: number) => Promise<void>;
}

export const VERIFY_DEFAULTS = { timeoutMs: 10_000, concurrency: 4, maxRetryWaitMs: 5_000 } as const;

/** Header values only: printable ASCII without spaces, of a sane length. */
const WELL_FORMED = /^[\x21-\x7e]{8,1024}$/;

/**
 * Verifies the secrets of `items` whose provider is known (see `providerFor`). The result maps
 * each such secret to its verification, in the order of first appearance; secrets of no known
 * provider are left out. The same secret is sent at most once (twice if the provider asked to
 * retry after a short wait), however many findings carry it.
 */
export async function verifySecrets(items: readonly VerifyItem[], options: VerifyOptions = {}): Promise<Map<string, Verification>> {
  const baseUrls = resolveBaseUrls(options.env, options.baseUrls);
  const timeoutMs = positive(options.timeoutMs, VERIFY_DEFAULTS.timeoutMs, 'verify timeout');
  const concurrency = Math.floor(positive(options.concurrency, VERIFY_DEFAULTS.concurrency, 'verify concurrency'));
  const maxRetryWaitMs = options.maxRetryWaitMs ?? VERIFY_DEFAULTS.maxRetryWaitMs;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const logger = options.logger;

  const jobs: Array<{ secret: string; provider: Provider }> = [];
  const seen = new Set<string>();
  for (const { ruleId, secret } of items) {
    if (seen.has(secret)) continue;
    seen.add(secret);
    const provider = providerFor(ruleId, secret);
    if (provider) jobs.push({ secret, provider });
  }
  logger?.debug(`verify: ${jobs.length} distinct key(s) to verify${describeCounts(jobs.map((j) => j.provider))}`);

  // The HTTP client (undici) is loaded only when keys are verified: every other scan starts faster.
  const own = options.transport ? null : (await import('./http.js')).nodeTransport({ maxSockets: concurrency, env: options.env ?? {}, ...(options.ca ? { ca: options.ca } : {}) });
  if (own && jobs.length > 0 && (own.proxies.https || own.proxies.http)) {
    logger?.info(`verify: through the proxy ${own.proxies.https || own.proxies.http} (HTTPS_PROXY/HTTP_PROXY; hosts in NO_PROXY are reached directly)`);
  }
  const send = options.transport ?? own!.send;
  /** Providers that rate-limited this run beyond a short wait: no more requests to them. */
  const stopped = new Map<Provider, string>();
  /** A provider's pending short wait: its other requests wait too. */
  const paused = new Map<Provider, Promise<void>>();
  const userAgent = `${TOOL_NAME}/${TOOL_VERSION} (verify)`;

  const verifyOne = async (secret: string, provider: Provider): Promise<Verification> => {
    const verifier = VERIFIERS[provider];
    const unknown = (reason: UnknownReason, detail: string): Verification => ({ status: 'unknown', provider, reason, detail });
    if (!WELL_FORMED.test(secret)) return unknown('unsupported', 'not a well-formed token (spaces, control or non-ASCII characters)');
    const plan = verifier.plan(secret);
    if ('unsupported' in plan) return unknown('unsupported', plan.unsupported);
    const url = joinUrl(baseUrls[provider], plan.path);
    for (let attempt = 0; ; attempt++) {
      await paused.get(provider);
      const stop = stopped.get(provider);
      if (stop !== undefined) return unknown('rate-limited', stop);
      let outcome;
      try {
        const response = await send({
          method: plan.method,
          url,
          headers: { 'user-agent': userAgent, ...plan.headers },
          ...(plan.body !== undefined ? { body: plan.body } : {}),
          timeoutMs,
        });
        outcome = plan.classify(response);
      } catch (error) {
        if (error instanceof TransportError && error.kind === 'timeout') return unknown('timeout', `no answer within ${timeoutMs} ms`);
        return unknown('network-error', error instanceof TransportError ? error.detail : 'request failed');
      }
      if (outcome.kind === 'verdict') {
        const verdict: Verification = { ...outcome.verification, provider };
        // A token of a self-hosted GitHub or GitLab is rejected by the public host: say which host.
        if (verdict.status === 'inactive' && verdict.detail === undefined) verdict.detail = `rejected by ${url.host}`;
        return verdict;
      }
      const wait = outcome.retryAfterMs;
      if (attempt === 0 && wait !== null && wait <= maxRetryWaitMs) {
        let pause = paused.get(provider);
        if (!pause) {
          logger?.debug(`verify: ${verifier.name} asked to wait ${wait} ms; waiting once`);
          pause = sleep(wait).finally(() => paused.delete(provider));
          paused.set(provider, pause);
        }
        await pause;
        continue;
      }
      const detail = `${verifier.name} rate limit${wait === null ? '' : ` (Retry-After ${Math.ceil(wait / 1000)} s)`}; no further ${verifier.name} requests in this run`;
      stopped.set(provider, detail);
      return unknown('rate-limited', detail);
    }
  };

  const verdicts: Verification[] = new Array(jobs.length);
  try {
    await forEachConcurrently(jobs.length, concurrency, async (i) => {
      const job = jobs[i]!;
      verdicts[i] = await verifyOne(job.secret, job.provider);
    });
  } finally {
    own?.close();
  }
  const results = new Map<string, Verification>();
  jobs.forEach((job, i) => results.set(job.secret, verdicts[i]!));
  if (jobs.length > 0) {
    const count = (s: Verification['status']) => verdicts.filter((v) => v.status === s).length;
    logger?.info(`verify: ${count('active')} active, ${count('inactive')} inactive, ${count('unknown')} unknown`);
  }
  return results;
}

function positive(value: number | undefined, fallback: number, name: string): number {
  if (value === undefined) return fallback;
  if (!Number.isFinite(value) || value <= 0) throw new ConfigurationError(`${name} must be a positive number, not ${value}`);
  return value;
}

function describeCounts(providers: Provider[]): string {
  const counts = new Map<Provider, number>();
  for (const p of providers) counts.set(p, (counts.get(p) ?? 0) + 1);
  return counts.size === 0 ? '' : ` (${[...counts].map(([p, n]) => `${VERIFIERS[p].name} ${n}`).join(', ')})`;
}

async function forEachConcurrently(count: number, limit: number, work: (index: number) => Promise<void>): Promise<void> {
  let next = 0;
  const workers = Array.from({ length: Math.min(limit, count) }, async () => {
    while (next < count) await work(next++);
  });
  await Promise.all(workers);
}
