import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { REPOSITORY_COST_KB, shardRepositories, weightOf } from '../../src/org/plan.js';
import { createApiClient, nextLink, rateLimitWait } from '../../src/org/github-api.js';
import { outputLines } from '../../src/org/command.js';
import type { OrgPlan, OrgRepository, Shard } from '../../src/org/types.js';
import { generatedOrg, startFakeOrgApi, type FakeOrgApi } from '../helpers/org-api-server.js';
import { cleanupTempDirs, tempDir } from '../helpers/repo.js';
import { runWith } from './run.js';

const ORG = 'acme';
let api: FakeOrgApi;

beforeAll(async () => {
  api = await startFakeOrgApi(ORG, generatedOrg(ORG, 3000));
});
afterAll(async () => {
  await api.close();
  cleanupTempDirs();
});
afterEach(() => {
  api.requests.length = 0;
  api.rateLimitPages.clear();
});

const env = (extra: Record<string, string> = {}) => ({ GITHUB_API_URL: api.url, GITHUB_TOKEN: 'token-for-the-stand-in', ...extra });

function covered(shards: Shard[]): string[] {
  return shards.flatMap((s) => s.repositories.map((r) => r.name)).sort();
}

describe('org plan against an organisation of 3,000 repositories', () => {
  it('pages through every repository, waits out a rate limit, and shards the active ones into 256 balanced jobs', async () => {
    api.rateLimitPages.add(7);
    const dir = tempDir();
    const output = path.join(dir, 'github-output');
    writeFileSync(output, '');
    const result = await runWith(dir, env({ GITHUB_OUTPUT: output }), 'org', 'plan', '--org', ORG, '--output', 'plan.json');
    expect(result.stderr).toContain('rate limited (403): waiting 1 s');
    expect(result.code).toBe(0);
    // 30 pages of 100, page 7 asked twice; the token as a bearer header on every request.
    expect(api.requests.length).toBe(31);
    expect(api.requests.filter((r) => r.query.page === '7')).toHaveLength(2);
    expect(new Set(api.requests.map((r) => r.query.per_page))).toEqual(new Set(['100']));
    expect(api.requests.every((r) => r.authorization === 'Bearer token-for-the-stand-in')).toBe(true);

    const matrix = JSON.parse(result.stdout) as { include: Shard[] };
    expect(matrix.include).toHaveLength(256);
    const active = api.repos.filter((r) => !r.archived).map((r) => r.full_name).sort();
    expect(active).toHaveLength(2700);
    expect(covered(matrix.include)).toEqual(active);
    const weights = matrix.include.map((s) => s.weight);
    const heaviestRepo = Math.max(...matrix.include.flatMap((s) => s.repositories.map(weightOf)));
    // Largest-first greedy: the heaviest shard exceeds the lightest by at most one repository.
    expect(Math.max(...weights) - Math.min(...weights)).toBeLessThanOrEqual(heaviestRepo);
    expect(matrix.include.map((s) => s.shard)).toEqual(Array.from({ length: 256 }, (_, i) => i + 1));

    const lines = readFileSync(output, 'utf8').split('\n');
    expect(lines.filter((l) => l.startsWith('matrix=')).map((l) => JSON.parse(l.slice(7)))).toEqual([matrix]);
    expect(lines).toContain('shards=256');
    expect(lines).toContain('repositories=2700');
    const plan = JSON.parse(readFileSync(path.join(dir, 'plan.json'), 'utf8')) as OrgPlan;
    expect(plan.skipped.archived).toHaveLength(300);
  });

  it('keeps archived repositories with --include-archived and only the topic with --topic, in at most --max-jobs shards', async () => {
    const dir = tempDir();
    const all = await runWith(dir, env(), 'org', 'plan', '--org', ORG, '--include-archived', '--max-jobs', '40');
    const allShards = (JSON.parse(all.stdout) as { include: Shard[] }).include;
    expect(allShards).toHaveLength(40);
    expect(covered(allShards)).toHaveLength(3000);

    const topic = await runWith(dir, env(), 'org', 'plan', '--org', ORG, '--topic', 'payments', '--max-jobs', '10');
    const topicShards = (JSON.parse(topic.stdout) as { include: Shard[] }).include;
    const expected = api.repos.filter((r) => !r.archived && r.topics.includes('payments')).map((r) => r.full_name).sort();
    expect(expected.length).toBeGreaterThan(300);
    expect(topicShards).toHaveLength(10);
    expect(covered(topicShards)).toEqual(expected);
  });

  it('skips repositories not pushed since their last audit in --changed-since STATE', async () => {
    const dir = tempDir();
    const auditedAt = '2026-01-01T12:00:00.000Z'; // repositories 1-720 were pushed before, the rest after
    const repositories = Object.fromEntries(api.repos.slice(0, 1000).map((r, i) => [r.full_name, { pushedAt: r.pushed_at, auditedAt, status: i === 5 ? 'failed' : 'ok' }]));
    writeFileSync(path.join(dir, 'state.json'), JSON.stringify({ schema: 'openai-secret-lint/org-state@1', auditedAt, repositories, history: [] }));
    const result = await runWith(dir, env(), 'org', 'plan', '--org', ORG, '--changed-since', 'state.json', '--output', 'plan.json');
    expect(result.code).toBe(0);
    const plan = JSON.parse(readFileSync(path.join(dir, 'plan.json'), 'utf8')) as OrgPlan;
    const unchanged = api.repos.slice(0, 720).filter((r, i) => !r.archived && i !== 5).map((r) => r.full_name);
    expect(plan.skipped.unchanged.sort()).toEqual(unchanged.sort());
    const names = covered(plan.shards);
    expect(names).toContain(`${ORG}/repo-0006`); // its last audit failed: audited again
    expect(names).toContain(`${ORG}/repo-0721`);
    expect(names).not.toContain(`${ORG}/repo-0001`);
  });

  it('leaves out names and clone URLs GitHub would never give, so none reaches the matrix or GITHUB_OUTPUT', async () => {
    const saved = api.repos;
    const good = saved.slice(0, 3);
    api.repos = [
      ...good,
      { ...saved[3]!, full_name: `${ORG}/x\n::set-output name=matrix::{}` },
      { ...saved[4]!, full_name: `${ORG}/<img src=x onerror=alert(1)>` },
      { ...saved[5]!, full_name: `${ORG}/..` },
      { ...saved[6]!, full_name: `${ORG}/ok-name`, clone_url: 'ext::sh -c touch% /tmp/pwned' },
      { ...saved[7]!, full_name: `${ORG}/ok-name2`, clone_url: 'https://user:pass@github.example/x.git' },
      { ...saved[8]!, full_name: `${ORG}/ok-name3`, clone_url: 'file:///tmp/somewhere' },
    ];
    try {
      const dir = tempDir();
      const output = path.join(dir, 'out');
      writeFileSync(output, '');
      const result = await runWith(dir, env({ GITHUB_OUTPUT: output }), 'org', 'plan', '--org', ORG);
      expect(result.stderr).toContain('6 with a name or clone URL GitHub would not give');
      const matrix = JSON.parse(result.stdout) as { include: Shard[] };
      expect(covered(matrix.include)).toEqual(good.map((r) => r.full_name).sort());
      expect(readFileSync(output, 'utf8').split('\n').filter(Boolean)).toHaveLength(3);
    } finally {
      api.repos = saved;
    }
  });

  it('reports an unknown organisation and a bad --max-jobs as usage errors', async () => {
    const dir = tempDir();
    const missing = await runWith(dir, env(), 'org', 'plan', '--org', 'nobody');
    expect(missing.code).toBe(3);
    expect(missing.stderr).toContain('answered 404: no such organisation');
    const bad = await runWith(dir, env(), 'org', 'plan', '--org', ORG, '--max-jobs', '300');
    expect(bad.code).toBe(2);
  });
});

describe('sharding', () => {
  const repo = (name: string, size: number): OrgRepository => ({ name: `o/${name}`, cloneUrl: 'https://h/x.git', size, pushedAt: null });

  it('puts the heaviest repositories in separate shards and fills the lightest shard first', () => {
    const shards = shardRepositories([repo('a', 100_000), repo('b', 90_000), repo('c', 10), repo('d', 20), repo('e', 30)], 2);
    expect(shards.map((s) => s.repositories.map((r) => r.name))).toEqual([
      ['o/a'],
      ['o/b', 'o/e', 'o/d', 'o/c'],
    ]);
    expect(shards[0]!.weight).toBe(100_000 + REPOSITORY_COST_KB);
    expect(shards[1]!.weight).toBe(90_060 + 4 * REPOSITORY_COST_KB);
  });

  it('never makes more shards than repositories, and none for none', () => {
    expect(shardRepositories([repo('a', 1)], 256)).toHaveLength(1);
    expect(shardRepositories([], 256)).toEqual([]);
  });
});

describe('GitHub API details', () => {
  it('waits for retry-after, or until x-ratelimit-reset, on 403 and 429 only', () => {
    const h = (o: Record<string, string>) => new Headers(o);
    expect(rateLimitWait({ status: 403, headers: h({ 'retry-after': '3' }) }, 0)).toBe(3000);
    expect(rateLimitWait({ status: 429, headers: h({ 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': '100' }) }, 40_000)).toBe(61_000);
    expect(rateLimitWait({ status: 403, headers: h({}) }, 0)).toBeNull();
    expect(rateLimitWait({ status: 500, headers: h({ 'retry-after': '3' }) }, 0)).toBeNull();
  });

  it('follows Link pages only on the API origin', () => {
    const base = new URL('https://ghe.example/api/v3/');
    expect(nextLink('<https://ghe.example/api/v3/orgs/a/repos?page=2>; rel="next", <https://ghe.example/api/v3/orgs/a/repos?page=9>; rel="last"', base)?.href).toBe('https://ghe.example/api/v3/orgs/a/repos?page=2');
    expect(() => nextLink('<https://evil.example/steal>; rel="next"', base)).toThrow(/another server/);
    expect(nextLink(null, base)).toBeNull();
  });

  it('keeps the GitHub Enterprise path prefix, and gives up on a rate limit longer than it may wait', async () => {
    const asked: string[] = [];
    const waits: number[] = [];
    let limited = true;
    const fakeFetch = (async (url: URL) => {
      asked.push(url.href);
      if (url.searchParams.get('page') === '2' && limited) {
        limited = false;
        return new Response('{}', { status: 429, headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': '1005' } });
      }
      const next: Record<string, string> = url.searchParams.get('page') === '2' ? {} : { link: '<https://ghe.example/api/v3/orgs/a/repos?per_page=100&page=2>; rel="next"' };
      return new Response(JSON.stringify([{ n: asked.length }]), { status: 200, headers: next });
    }) as unknown as typeof fetch;
    const client = createApiClient({ apiUrl: 'https://ghe.example/api/v3', token: 't', fetch: fakeFetch, sleep: async (ms) => void waits.push(ms), now: () => 1_000_000 });
    expect(await client.paginate('orgs/a/repos?per_page=100')).toHaveLength(2);
    expect(asked).toEqual(['https://ghe.example/api/v3/orgs/a/repos?per_page=100', 'https://ghe.example/api/v3/orgs/a/repos?per_page=100&page=2', 'https://ghe.example/api/v3/orgs/a/repos?per_page=100&page=2']);
    expect(waits).toEqual([6000]);

    const forever = (async () => new Response('{}', { status: 403, headers: { 'retry-after': '7200' } })) as unknown as typeof fetch;
    const patient = createApiClient({ apiUrl: 'https://ghe.example/api/v3', token: null, fetch: forever, sleep: async () => {}, maxWaitMs: 60_000 });
    await expect(patient.paginate('orgs/a/repos')).rejects.toThrow(/rate limited for 7200 s, longer than the 60 s/);
    let calls = 0;
    const always = (async () => (calls++, new Response('{}', { status: 429, headers: { 'retry-after': '1' } }))) as unknown as typeof fetch;
    const bounded = createApiClient({ apiUrl: 'https://ghe.example/api/v3', token: null, fetch: always, sleep: async () => {}, maxRetries: 3 });
    await expect(bounded.paginate('orgs/a/repos')).rejects.toThrow(/answered 429/);
    expect(calls).toBe(4);
  });

  it('refuses an output value holding a line break', () => {
    expect(outputLines({ a: '1' })).toBe('a=1\n');
    expect(() => outputLines({ a: '1\nb=2' })).toThrow(/line break/);
  });
});
