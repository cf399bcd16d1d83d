/**
 * A local stand-in for the GitHub REST API on 127.0.0.1 serving one organisation's repository
 * list (GET /orgs/:org/repos), paginated like GitHub (per_page, page, a Link header), with one
 * answer rate-limited on demand (403 with retry-after), recording every request.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeRepo {
  full_name: string;
  clone_url: string;
  size: number;
  archived: boolean;
  topics: string[];
  pushed_at: string;
}

export interface FakeOrgApi {
  url: string;
  repos: FakeRepo[];
  requests: { path: string; query: Record<string, string>; authorization: string | undefined }[];
  /** Page numbers answered once with 403 + retry-after (then served). */
  rateLimitPages: Set<number>;
  close(): Promise<void>;
}

export async function startFakeOrgApi(org: string, repos: FakeRepo[]): Promise<FakeOrgApi> {
  const state = { repos, requests: [] as FakeOrgApi['requests'], rateLimitPages: new Set<number>() };
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const query = Object.fromEntries(url.searchParams);
    state.requests.push({ path: url.pathname, query, authorization: req.headers.authorization });
    if (url.pathname !== `/orgs/${org}/repos`) {
      res.writeHead(404, { 'content-type': 'application/json' }).end(JSON.stringify({ message: 'Not Found' }));
      return;
    }
    const perPage = Math.min(100, Number(query.per_page ?? 30));
    const page = Number(query.page ?? 1);
    if (state.rateLimitPages.delete(page)) {
      res.writeHead(403, { 'content-type': 'application/json', 'retry-after': '1', 'x-ratelimit-remaining': '0' }).end(JSON.stringify({ message: 'API rate limit exceeded' }));
      return;
    }
    const items = state.repos.slice((page - 1) * perPage, page * perPage);
    const last = Math.max(1, Math.ceil(state.repos.length / perPage));
    const link = (p: number, rel: string) => {
      const next = new URL(url.href.replace('http://127.0.0.1', base));
      next.searchParams.set('page', String(p));
      return `<${next.href}>; rel="${rel}"`;
    };
    const links = [];
    if (page < last) links.push(link(page + 1, 'next'), link(last, 'last'));
    if (page > 1) links.push(link(1, 'first'), link(page - 1, 'prev'));
    res.writeHead(200, { 'content-type': 'application/json', ...(links.length ? { link: links.join(', ') } : {}) }).end(JSON.stringify(items));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: base,
    get repos() {
      return state.repos;
    },
    set repos(value) {
      state.repos = value;
    },
    requests: state.requests,
    rateLimitPages: state.rateLimitPages,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  } as FakeOrgApi;
}

/** An organisation of `count` repositories: every 10th archived, every 7th tagged `payments`, sizes spread widely. */
export function generatedOrg(org: string, count: number): FakeRepo[] {
  return Array.from({ length: count }, (_, i) => {
    const n = String(i + 1).padStart(4, '0');
    return {
      full_name: `${org}/repo-${n}`,
      clone_url: `https://github.example/${org}/repo-${n}.git`,
      // Mostly small, a few large (as in real organisations): 0 KB to ~2 GB.
      size: i % 97 === 0 ? 500_000 + ((i * 7919) % 1_500_000) : (i * 7919) % 40_000,
      archived: i % 10 === 9,
      topics: i % 7 === 0 ? ['payments', 'go'] : ['web'],
      pushed_at: new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString(),
    };
  });
}
