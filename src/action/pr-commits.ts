import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { ConfigurationError } from '../core/errors.js';
import { SEVERITIES, type Report } from '../core/finding.js';
import type { Logger } from '../core/logger.js';
import { git, gitFetch, gitTopLevel } from '../util/git.js';
import type { ActionInputs } from './inputs.js';

/**
 * A pull request's own commits, base..head, as git objects: what the history scanner reads to
 * find a key that one commit added and a later one removed (the net diff no longer shows it, but
 * `refs/pull/N/head` keeps it readable). Nothing is checked out and nothing of the pull request
 * runs: missing commits are fetched as objects only, through the hardened git module.
 */

export interface PrCommits {
  head: string;
  /** Revisions to exclude: the base, and shallow boundary commits (their parents are unknown, so their diffs are too). */
  exclude: string[];
  commits: number;
  /** For the summary: how the commits were obtained. */
  how: string;
}

const SHA = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;

/** The commits, or why they cannot be had (the caller decides whether that fails the step). */
export async function pullRequestCommits(inputs: ActionInputs, logger: Logger): Promise<PrCommits | { missing: string }> {
  const pr = inputs.event.pullRequest;
  if (!pr) return { missing: 'the event names no pull request' };
  const top = await gitTopLevel(inputs.settings.root);
  if (top === null) return { missing: 'the scanned directory is not a git checkout' };
  const head = pr.headSha;
  if (head === null || !SHA.test(head)) return { missing: 'the event names no head commit' };
  const base = pr.baseSha !== null && SHA.test(pr.baseSha) ? pr.baseSha : null;

  let how = 'already in the clone';
  const fetched: string[] = [];
  if (!(await hasCommit(top, head))) {
    const url = repoUrl(inputs);
    if (url === null) return { missing: `its head commit ${head.slice(0, 12)} is not in the clone and the repository is unknown` };
    // Deep enough for every commit of the pull request and the parent of the first.
    const depth = pr.commits !== null ? pr.commits + 1 : 250;
    const result = await gitFetch(top, url, [`refs/pull/${pr.number}/head`], { depth, token: inputs.token });
    if (result.code !== 0) logger.debug(`fetching refs/pull/${pr.number}/head failed: ${result.stderr.trim()}`);
    if (!(await hasCommit(top, head))) return { missing: `its head commit ${head.slice(0, 12)} is not in the clone and refs/pull/${pr.number}/head could not be fetched (or has moved on)` };
    fetched.push(`refs/pull/${pr.number}/head`);
  }
  if (base !== null && !(await hasCommit(top, base))) {
    const url = repoUrl(inputs);
    if (url !== null) {
      const result = await gitFetch(top, url, [base], { depth: 1, token: inputs.token });
      if (result.code === 0 && (await hasCommit(top, base))) fetched.push(`the base commit ${base.slice(0, 12)}`);
    }
  }
  if (fetched.length > 0) how = `fetched ${fetched.join(' and ')} as objects`;

  const exclude = [...(base !== null && (await hasCommit(top, base)) ? [base] : []), ...(await shallowCommits(top))].filter((sha) => sha !== head);
  const counted = await git(top, ['rev-list', '--count', head, ...exclude.map((sha) => `^${sha}`)]);
  const commits = Number(counted.stdout.toString('utf8').trim()) || 0;
  if (exclude.length === 0) return { missing: 'neither its base commit nor a history boundary is known, so its own commits cannot be told from the rest' };
  // Fewer commits than GitHub counts: some lie behind a shallow boundary and would go unscanned.
  if (pr.commits !== null && commits < pr.commits) return { missing: `only ${commits} of its ${pr.commits} commits are in the clone` };
  // More than GitHub counts: the base's history is missing (a shallow base), so commits a merge of
  // the base branch brought in look like the pull request's own (rev-list base..head needs both sides).
  if (pr.commits !== null && commits > pr.commits) {
    return { missing: `${commits} commits lie between its base and head in the clone where GitHub counts ${pr.commits} (the base's history is not in the clone, so commits merged in from the base branch cannot be told from its own)` };
  }
  return { head, exclude, commits, how };
}

async function hasCommit(top: string, sha: string): Promise<boolean> {
  return (await git(top, ['cat-file', '-e', `${sha}^{commit}`])).code === 0;
}

/** A shallow clone's boundary commits (`.git/shallow`), whose parents the clone lacks. */
async function shallowCommits(top: string): Promise<string[]> {
  const where = await git(top, ['rev-parse', '--git-path', 'shallow']);
  if (where.code !== 0) return [];
  const file = path.resolve(top, where.stdout.toString('utf8').trim());
  try {
    return (await readFile(file, 'utf8')).split('\n').filter((line) => SHA.test(line));
  } catch {
    return [];
  }
}

function repoUrl(inputs: ActionInputs): string | null {
  const { repo, serverUrl } = inputs.event;
  if (!repo) return null;
  return `${serverUrl.replace(/\/+$/, '')}/${encodeURIComponent(repo.owner)}/${encodeURIComponent(repo.repo)}`;
}

/** Two scans of one change as one report: findings most severe first, counts added up. */
export function mergeReports(a: Report, b: Report): Report {
  const rank = (s: string) => SEVERITIES.indexOf(s as (typeof SEVERITIES)[number]);
  const findings = [...a.findings, ...b.findings].sort((x, y) => rank(x.severity) - rank(y.severity));
  const stats = { ...a.stats, findingsBySeverity: { ...a.stats.findingsBySeverity } };
  for (const s of SEVERITIES) stats.findingsBySeverity[s] += b.stats.findingsBySeverity[s];
  // Each report names the rules of its own findings (SARIF's rule metadata): both lists, once each.
  const rules = [...new Map([...(a.rules ?? []), ...(b.rules ?? [])].map((r) => [r.id, r])).values()].sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
  return { ...a, findings, stats, rules, diagnostics: [...a.diagnostics, ...b.diagnostics] };
}

export function prCommitsError(event: string, why: string): ConfigurationError {
  return new ConfigurationError(
    `cannot scan the pull request's commits on ${event}: ${why}. Nothing was checked out or run; check out with fetch-depth: 0, or give the step a token that can read the repository (contents: read).`,
  );
}
