/**
 * A local stand-in for api.github.com on 127.0.0.1: the REST endpoints the Action uses (pull
 * request files, paginated; issue comments list/create/update; issues search/list/create/
 * update; GET /user; code scanning SARIF upload), with in-memory state, recording every request so tests can assert on them.
 * As on GitHub, a token with write access may edit anyone's comment or issue. The token acts as
 * `identity.user` (a personal token) or, when null, as github-actions[bot] (GITHUB_TOKEN, which
 * gets 403 from GET /user).
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  body: unknown;
  authorization: string | undefined;
}

export interface FakeComment {
  id: number;
  body: string;
  issueNumber: number;
  user: { login: string };
}

export interface FakeIssue {
  number: number;
  /** Who opened it; github-actions[bot] when not given. */
  user?: { login: string };
  title: string;
  body: string;
  state: 'open' | 'closed';
  state_reason?: string | null;
  labels: string[];
  pull_request?: object;
}

export interface FakePrFile {
  filename: string;
  status: string;
  patch?: string;
}

/** A commit as GET /repos/{o}/{r}/commits/{sha} gives it (with its files' patches). */
export interface FakeCommit {
  sha: string;
  parents: string[];
  date: string;
  files: FakePrFile[];
}

export interface FakeGitHub {
  url: string;
  requests: RecordedRequest[];
  comments: FakeComment[];
  issues: FakeIssue[];
  prFiles: Map<number, FakePrFile[]>;
  /** A pull request's commits, oldest first (GET /pulls/N/commits, and each by GET /commits/SHA). */
  prCommits: Map<number, FakeCommit[]>;
  /** Force a status for requests matching `METHOD /path` (e.g. 403 on comment creation). */
  failures: Map<string, number>;
  /** The token's user: a login for a personal token, null for GITHUB_TOKEN (the default). */
  identity: { user: string | null };
  close(): Promise<void>;
}

export async function startFakeGitHub(): Promise<FakeGitHub> {
  let nextId = 1000;
  const state: Omit<FakeGitHub, 'url' | 'close'> = { requests: [], comments: [], issues: [], prFiles: new Map(), prCommits: new Map(), failures: new Map(), identity: { user: null } };
  const actor = () => state.identity.user ?? 'github-actions[bot]';

  const server: Server = createServer((req, res) => {
    void readBody(req).then((raw) => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const body = raw ? (JSON.parse(raw) as Record<string, unknown>) : undefined;
      const query = Object.fromEntries(url.searchParams);
      state.requests.push({ method: req.method ?? 'GET', path: url.pathname, query, body, authorization: req.headers.authorization });
      const forced = state.failures.get(`${req.method} ${url.pathname}`);
      if (forced) return send(res, forced, { message: 'Resource not accessible by integration' });
      route(req.method ?? 'GET', url, body ?? {}, res);
    });
  });

  function route(method: string, url: URL, body: Record<string, unknown>, res: ServerResponse): void {
    const path = url.pathname;
    let m: RegExpExecArray | null;
    if (method === 'GET' && path === '/user') {
      if (state.identity.user === null) return send(res, 403, { message: 'Resource not accessible by integration' });
      return send(res, 200, { login: state.identity.user, type: 'User' });
    }
    if (method === 'GET' && (m = /^\/repos\/[^/]+\/[^/]+\/pulls\/(\d+)\/files$/.exec(path))) {
      return paginate(res, url, state.prFiles.get(Number(m[1])) ?? []);
    }
    if (method === 'GET' && (m = /^\/repos\/[^/]+\/[^/]+\/pulls\/(\d+)\/commits$/.exec(path))) {
      const commits = state.prCommits.get(Number(m[1]));
      if (!commits) return send(res, 404, { message: 'Not Found' });
      return paginate(res, url, commits.map((c) => ({ sha: c.sha, parents: c.parents.map((sha) => ({ sha })), commit: { author: { date: c.date }, message: 'x' } })));
    }
    if (method === 'GET' && (m = /^\/repos\/[^/]+\/[^/]+\/commits\/([0-9a-f]+)$/.exec(path))) {
      const found = [...state.prCommits.values()].flat().find((c) => c.sha === m![1]);
      if (!found) return send(res, 422, { message: 'No commit found for SHA' });
      const perPage = Number(url.searchParams.get('per_page') ?? 300);
      const page = Number(url.searchParams.get('page') ?? 1);
      return send(res, 200, { sha: found.sha, parents: found.parents.map((sha) => ({ sha })), commit: { author: { date: found.date } }, files: found.files.slice((page - 1) * perPage, page * perPage) });
    }
    if ((m = /^\/repos\/[^/]+\/[^/]+\/issues\/(\d+)\/comments$/.exec(path))) {
      const issueNumber = Number(m[1]);
      if (method === 'GET') return paginate(res, url, state.comments.filter((c) => c.issueNumber === issueNumber).map(commentJson));
      if (method === 'POST') {
        const comment: FakeComment = { id: nextId++, body: String(body.body), issueNumber, user: { login: actor() } };
        state.comments.push(comment);
        return send(res, 201, commentJson(comment));
      }
    }
    if ((m = /^\/repos\/[^/]+\/[^/]+\/issues\/comments\/(\d+)$/.exec(path)) && method === 'PATCH') {
      const comment = state.comments.find((c) => c.id === Number(m![1]));
      if (!comment) return send(res, 404, { message: 'Not Found' });
      comment.body = String(body.body);
      return send(res, 200, commentJson(comment));
    }
    if (/^\/repos\/[^/]+\/[^/]+\/issues$/.test(path)) {
      if (method === 'GET') {
        const wantState = url.searchParams.get('state') ?? 'open';
        const labels = (url.searchParams.get('labels') ?? '').split(',').filter(Boolean);
        const list = state.issues.filter((i) => (wantState === 'all' || i.state === wantState) && labels.every((l) => i.labels.includes(l)));
        return paginate(res, url, list.map(issueJson));
      }
      if (method === 'POST') {
        const issue: FakeIssue = { number: nextId++, user: { login: actor() }, title: String(body.title), body: String(body.body ?? ''), state: 'open', labels: (body.labels as string[]) ?? [] };
        state.issues.push(issue);
        return send(res, 201, issueJson(issue));
      }
    }
    if ((m = /^\/repos\/[^/]+\/[^/]+\/issues\/(\d+)$/.exec(path)) && method === 'PATCH') {
      const issue = state.issues.find((i) => i.number === Number(m![1]));
      if (!issue) return send(res, 404, { message: 'Not Found' });
      if (typeof body.title === 'string') issue.title = body.title;
      if (typeof body.body === 'string') issue.body = body.body;
      if (body.state === 'open' || body.state === 'closed') issue.state = body.state;
      if (typeof body.state_reason === 'string') issue.state_reason = body.state_reason;
      return send(res, 200, issueJson(issue));
    }
    if (method === 'POST' && /^\/repos\/[^/]+\/[^/]+\/code-scanning\/sarifs$/.test(path)) {
      return send(res, 202, { id: `sarif-${nextId++}`, url: `${path}/status` });
    }
    if (method === 'GET' && path === '/search/issues') {
      const q = url.searchParams.get('q') ?? '';
      const label = /label:"?([^"\s]+)"?/.exec(q)?.[1];
      const open = q.includes('state:open') || q.includes('is:open');
      const items = state.issues.filter((i) => (!label || i.labels.includes(label)) && (!open || i.state === 'open')).map(issueJson);
      return send(res, 200, { total_count: items.length, incomplete_results: false, items });
    }
    send(res, 404, { message: `Not Found: ${method} ${path}` });
  }

  function paginate(res: ServerResponse, url: URL, items: unknown[]): void {
    const perPage = Number(url.searchParams.get('per_page') ?? 30);
    const page = Number(url.searchParams.get('page') ?? 1);
    const pages = Math.max(1, Math.ceil(items.length / perPage));
    const headers: Record<string, string> = {};
    if (page < pages) {
      const next = new URL(url.href.replace('http://127.0.0.1', base()));
      next.searchParams.set('page', String(page + 1));
      const last = new URL(next.href);
      last.searchParams.set('page', String(pages));
      headers.link = `<${next.href}>; rel="next", <${last.href}>; rel="last"`;
    }
    send(res, 200, items.slice((page - 1) * perPage, page * perPage), headers);
  }

  const base = () => `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    ...state,
    url: base(),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

function commentJson(c: FakeComment) {
  return { id: c.id, body: c.body, user: c.user, html_url: `https://github.example/comment/${c.id}` };
}

function issueJson(i: FakeIssue) {
  return { number: i.number, user: i.user ?? { login: 'github-actions[bot]' }, title: i.title, body: i.body, state: i.state, state_reason: i.state_reason ?? null, labels: i.labels.map((name) => ({ name })), ...(i.pull_request ? { pull_request: i.pull_request } : {}) };
}

function send(res: ServerResponse, status: number, json: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
  res.end(JSON.stringify(json));
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    let data = '';
    req.on('data', (chunk: Buffer) => (data += chunk.toString('utf8')));
    req.on('end', () => resolve(data));
  });
}
