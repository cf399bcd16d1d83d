/**
 * `org plan`: lists an organisation's repositories, leaves out the ones not wanted (archived,
 * without the topic, not pushed since the last audit) and spreads the rest over at most
 * `maxJobs` shards of about equal weight, for one matrix job each.
 */
import type { ApiClient } from './github-api.js';
import { validCloneUrl, validFullName } from './names.js';
import { unchangedSince } from './state.js';
import type { OrgPlan, OrgRepository, OrgState, Shard } from './types.js';

/** GitHub's matrix limit. */
export const MAX_JOBS = 256;
/**
 * What a repository costs beyond its size, in the API's kilobytes: a clone and a scan take about
 * half a second even when empty, about what 2 MB of files take. Without it a shard of a thousand
 * empty repositories would look as light as one of a few kilobytes.
 */
export const REPOSITORY_COST_KB = 2048;

export interface Listed {
  repositories: OrgRepository[];
  /** Entries whose name or clone URL GitHub would never give: left out, counted. */
  invalid: number;
}

export async function listRepositories(client: ApiClient, organization: string, env: Readonly<Record<string, string | undefined>>): Promise<Listed> {
  const items = await client.paginate(`orgs/${encodeURIComponent(organization)}/repos?per_page=100&type=all&sort=full_name`);
  const repositories: OrgRepository[] = [];
  const seen = new Set<string>();
  let invalid = 0;
  for (const item of items) {
    const repo = toRepository(item, env);
    if (repo === null || seen.has(repo.name.toLowerCase())) {
      invalid++;
      continue;
    }
    seen.add(repo.name.toLowerCase());
    repositories.push(repo);
  }
  return { repositories, invalid };
}

function toRepository(item: unknown, env: Readonly<Record<string, string | undefined>>): OrgRepository | null {
  if (typeof item !== 'object' || item === null) return null;
  const raw = item as Record<string, unknown>;
  const name = validFullName(raw.full_name);
  const cloneUrl = validCloneUrl(raw.clone_url, env);
  if (name === null || cloneUrl === null) return null;
  const size = typeof raw.size === 'number' && Number.isFinite(raw.size) && raw.size >= 0 ? Math.floor(raw.size) : 0;
  const pushedAt = typeof raw.pushed_at === 'string' && Number.isFinite(Date.parse(raw.pushed_at)) ? new Date(raw.pushed_at).toISOString() : null;
  const topics = Array.isArray(raw.topics) ? raw.topics.filter((t): t is string => typeof t === 'string' && /^[a-z0-9][a-z0-9-]{0,49}$/.test(t)) : [];
  return { name, cloneUrl, size, pushedAt, archived: raw.archived === true || raw.disabled === true, topics };
}

export interface PlanOptions {
  organization: string;
  topic: string | null;
  includeArchived: boolean;
  maxJobs: number;
  state: OrgState | null;
  now?: Date;
}

export function planAudit(listed: Listed, options: PlanOptions): OrgPlan {
  const skipped: OrgPlan['skipped'] = { archived: [], topic: [], unchanged: [], invalid: listed.invalid };
  const wanted: OrgRepository[] = [];
  for (const repo of listed.repositories) {
    if (repo.archived && !options.includeArchived) skipped.archived.push(repo.name);
    else if (options.topic !== null && !(repo.topics ?? []).includes(options.topic)) skipped.topic.push(repo.name);
    else if (options.state !== null && unchangedSince(options.state, repo.name, repo.pushedAt)) skipped.unchanged.push(repo.name);
    else wanted.push(repo);
  }
  return {
    schema: 'openai-secret-lint/org-plan@1',
    organization: options.organization,
    createdAt: (options.now ?? new Date()).toISOString(),
    shards: shardRepositories(wanted, options.maxJobs),
    skipped,
  };
}

export function weightOf(repo: OrgRepository): number {
  return repo.size + REPOSITORY_COST_KB;
}

/**
 * Greedy largest-first (LPT): repositories by weight, heaviest first, each to the lightest shard
 * so far. No shard ends heavier than the lightest by more than one repository's weight, and the
 * heaviest is within 4/3 of the best possible split.
 */
export function shardRepositories(repositories: readonly OrgRepository[], maxJobs: number): Shard[] {
  const count = Math.min(Math.max(1, Math.floor(maxJobs)), repositories.length);
  if (count === 0) return [];
  const sorted = [...repositories].sort((a, b) => weightOf(b) - weightOf(a) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const shards: Shard[] = Array.from({ length: count }, (_, i) => ({ shard: i + 1, weight: 0, repositories: [] }));
  // A binary heap of shard indexes by (weight, index): O(n log k).
  const heap = shards.map((_, i) => i);
  const less = (a: number, b: number) => shards[a]!.weight < shards[b]!.weight || (shards[a]!.weight === shards[b]!.weight && a < b);
  for (const repo of sorted) {
    const top = heap[0]!;
    shards[top]!.repositories.push(repo);
    shards[top]!.weight += weightOf(repo);
    // sift down
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let smallest = i;
      if (l < heap.length && less(heap[l]!, heap[smallest]!)) smallest = l;
      if (r < heap.length && less(heap[r]!, heap[smallest]!)) smallest = r;
      if (smallest === i) break;
      [heap[i], heap[smallest]] = [heap[smallest]!, heap[i]!];
      i = smallest;
    }
  }
  return shards;
}

/**
 * The value of `strategy.matrix`: one job per shard, each repository with what `org scan` needs
 * (a job output holds at most 1 MB: about 7,000 repositories).
 */
export function matrixOf(plan: OrgPlan): { include: Shard[] } {
  return {
    include: plan.shards.map((s) => ({ ...s, repositories: s.repositories.map(({ name, cloneUrl, size, pushedAt }) => ({ name, cloneUrl, size, pushedAt })) })),
  };
}

/** GitHub keeps at most 1 MB of a job's outputs. */
export const MATRIX_OUTPUT_LIMIT = 1024 * 1024 - 4096;
