/**
 * The few GitHub REST calls an organisation audit makes, over plain fetch: the base URL comes from
 * GITHUB_API_URL (GitHub Enterprise Server: `https://HOST/api/v3`), the token from GITHUB_TOKEN or
 * GH_TOKEN. Pages are followed through the `Link` header, only on the API's own origin (the token
 * is never sent elsewhere). A rate-limited answer (403 or 429 with `retry-after`, or with
 * `x-ratelimit-remaining: 0` and `x-ratelimit-reset`) is waited out and retried, a bounded number
 * of times and for a bounded wait; server errors are retried a few times with backoff.
 */
import { ConfigurationError } from '../core/errors.js';

export const DEFAULT_API_URL = 'https://api.github.com';

export interface ApiClientOptions {
  apiUrl: string;
  token: string | null;
  fetch?: typeof fetch;
  sleep?: (ms: number) => Promise<void>;
  /** Rate-limit waits and server-error retries, in all, per request (default 6). */
  maxRetries?: number;
  /** The longest single wait for a rate limit; a longer one fails the request (default 15 min). */
  maxWaitMs?: number;
  /** Told about each wait (for the log). */
  onWait?: (ms: number, why: string) => void;
  now?: () => number;
}

export class GitHubApiError extends Error {
  override readonly name = 'GitHubApiError';
  constructor(
    message: string,
    readonly status: number | null,
  ) {
    super(message);
  }
}

export interface ApiClient {
  /** Every item of a paginated list endpoint (`path` relative to the API root, with its query). */
  paginate(path: string): Promise<unknown[]>;
}

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export function apiUrlFromEnv(env: Readonly<Record<string, string | undefined>>, given?: string | null): string {
  const raw = (given ?? env.GITHUB_API_URL ?? '').trim() || DEFAULT_API_URL;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigurationError(`the GitHub API URL "${raw}" is not a URL`);
  }
  const local = url.hostname === '127.0.0.1' || url.hostname === 'localhost' || url.hostname === '[::1]';
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && local)) throw new ConfigurationError(`the GitHub API URL must be https (http only on localhost), not "${raw}"`);
  if (url.username || url.password) throw new ConfigurationError('the GitHub API URL must not hold credentials');
  return url.href.replace(/\/+$/, '');
}

export function tokenFromEnv(env: Readonly<Record<string, string | undefined>>): string | null {
  const token = (env.GITHUB_TOKEN ?? '').trim() || (env.GH_TOKEN ?? '').trim();
  return token === '' ? null : token;
}

export function createApiClient(options: ApiClientOptions): ApiClient {
  const doFetch = options.fetch ?? fetch;
  const sleep = options.sleep ?? defaultSleep;
  const maxRetries = options.maxRetries ?? 6;
  const maxWaitMs = options.maxWaitMs ?? 15 * 60_000;
  const now = options.now ?? Date.now;
  const base = new URL(options.apiUrl + '/');

  const headers: Record<string, string> = {
    accept: 'application/vnd.github+json',
    'x-github-api-version': '2022-11-28',
    'user-agent': 'openai-secret-lint-org-audit',
  };
  if (options.token) headers.authorization = `Bearer ${options.token}`;

  async function get(url: URL): Promise<{ data: unknown; next: URL | null }> {
    let serverErrors = 0;
    for (let attempt = 0; ; attempt++) {
      let response: Response;
      try {
        response = await doFetch(url, { headers, redirect: 'error' });
      } catch (error) {
        if (attempt >= maxRetries || serverErrors >= 3) throw new GitHubApiError(`GET ${shown(url)} failed: ${(error as Error).message}`, null);
        serverErrors++;
        await sleep(1000 * 2 ** (serverErrors - 1));
        continue;
      }
      if (response.ok) {
        const data: unknown = await response.json();
        return { data, next: nextLink(response.headers.get('link'), base) };
      }
      const wait = rateLimitWait(response, now());
      await response.body?.cancel().catch(() => {});
      if (wait !== null && attempt < maxRetries) {
        if (wait > maxWaitMs) throw new GitHubApiError(`GET ${shown(url)}: rate limited for ${Math.ceil(wait / 1000)} s, longer than the ${Math.round(maxWaitMs / 1000)} s this audit waits`, response.status);
        options.onWait?.(wait, `rate limited (${response.status})`);
        await sleep(wait);
        continue;
      }
      if (response.status >= 500 && attempt < maxRetries && serverErrors < 3) {
        serverErrors++;
        const backoff = 1000 * 2 ** (serverErrors - 1);
        options.onWait?.(backoff, `server error ${response.status}`);
        await sleep(backoff);
        continue;
      }
      throw new GitHubApiError(`GET ${shown(url)} answered ${response.status}${hint(response.status)}`, response.status);
    }
  }

  return {
    async paginate(path) {
      const items: unknown[] = [];
      let url: URL | null = new URL(path.replace(/^\/+/, ''), base);
      for (let pages = 0; url !== null; pages++) {
        if (pages >= 10_000) throw new GitHubApiError('more than 10,000 pages: stopped', null);
        const { data, next }: { data: unknown; next: URL | null } = await get(url);
        if (!Array.isArray(data)) throw new GitHubApiError(`GET ${shown(url)} did not answer a list`, null);
        for (const item of data) items.push(item);
        url = next;
      }
      return items;
    },
  };
}

/** The milliseconds to wait before retrying, or null when the answer is not a rate limit. */
export function rateLimitWait(response: Pick<Response, 'status' | 'headers'>, nowMs: number): number | null {
  if (response.status !== 403 && response.status !== 429) return null;
  const retryAfter = response.headers.get('retry-after');
  if (retryAfter !== null && /^\d+$/.test(retryAfter.trim())) return Number(retryAfter.trim()) * 1000;
  const remaining = response.headers.get('x-ratelimit-remaining');
  const reset = response.headers.get('x-ratelimit-reset');
  if (remaining === '0' && reset !== null && /^\d+$/.test(reset.trim())) return Math.max(0, Number(reset.trim()) * 1000 - nowMs) + 1000;
  // A secondary rate limit without either header: GitHub asks for at least a minute.
  if (response.status === 429) return 60_000;
  return null;
}

/** The `rel="next"` target of a Link header, only on the API's own origin. */
export function nextLink(link: string | null, base: URL): URL | null {
  if (!link) return null;
  for (const part of link.split(',')) {
    const match = /^\s*<([^>]*)>\s*;(.*)$/.exec(part);
    if (!match || !/\brel="?next"?/.test(match[2]!)) continue;
    const url = new URL(match[1]!, base);
    if (url.origin !== base.origin) throw new GitHubApiError(`the next page is on another server (${url.origin}): not followed`, null);
    return url;
  }
  return null;
}

function shown(url: URL): string {
  return `${url.pathname}${url.search}`;
}

function hint(status: number): string {
  if (status === 401) return ': the token is missing or invalid (GITHUB_TOKEN / GH_TOKEN)';
  if (status === 403) return ': the token lacks access (it needs to read the organisation and its repositories)';
  if (status === 404) return ': no such organisation, or the token cannot see it';
  return '';
}
