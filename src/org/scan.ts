/**
 * `org scan`: clones each repository of a shard (shallow, or its whole history), scans it with
 * the same engine as `scan`, and writes one redacted JSON report per repository. A repository
 * that cannot be cloned or scanned is recorded as failed; the others go on.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ConfigurationError, errorMessage } from '../core/errors.js';
import type { Logger } from '../core/logger.js';
import { silentLogger } from '../core/logger.js';
import { scan } from '../core/scan.js';
import type { Settings } from '../core/settings.js';
import { scanHistory } from '../history/scan-history.js';
import { gitClone } from '../util/git.js';
import { writeFileNoFollow } from '../util/safe-write.js';
import { ALLOW_FILE_CLONE_ENV, reportFileName, validCloneUrl, validFullName } from './names.js';
import { REPO_REPORT_SCHEMA, type OrgRepository, type RepositoryReport } from './types.js';

export interface ShardScanOptions {
  outDir: string;
  history: boolean;
  concurrency: number;
  token: string | null;
  /** Hosts the token may be sent to (the GitHub server of the API): never another. */
  tokenHosts: ReadonlySet<string>;
  env: Readonly<Record<string, string | undefined>>;
  /** Builds the scan settings for a checked-out repository (defaults, central config, verify). */
  settingsFor: (root: string) => Settings;
  /** Where clones are made and removed again (default: a fresh folder under the system temp). */
  workDir?: string;
  logger?: Logger;
  now?: () => Date;
}

export interface ShardScanResult {
  reports: RepositoryReport[];
  failed: number;
}

/** Reads a shard file: a matrix entry `{ shard, repositories: [...] }`, or a bare list of repositories. */
export async function readShard(file: string, env: Readonly<Record<string, string | undefined>>): Promise<OrgRepository[]> {
  let value: unknown;
  try {
    value = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    throw new ConfigurationError(`cannot read the shard ${file}: ${(error as NodeJS.ErrnoException).code ?? 'not JSON'}`);
  }
  const list = Array.isArray(value) ? value : (value as { repositories?: unknown } | null)?.repositories;
  if (!Array.isArray(list)) throw new ConfigurationError(`the shard ${file} holds no "repositories" list`);
  return list.map((item, i) => {
    const raw = (item ?? {}) as Record<string, unknown>;
    const name = validFullName(raw.name);
    if (name === null) throw new ConfigurationError(`shard entry ${i + 1}: not a GitHub repository name`);
    const cloneUrl = validCloneUrl(raw.cloneUrl, env);
    if (cloneUrl === null) {
      const hint = typeof raw.cloneUrl === 'string' && raw.cloneUrl.startsWith('file:') ? ` (file:// only with ${ALLOW_FILE_CLONE_ENV}=1, for tests)` : '';
      throw new ConfigurationError(`shard entry ${name}: the clone URL must be https${hint}`);
    }
    return {
      name,
      cloneUrl,
      size: typeof raw.size === 'number' && raw.size >= 0 ? raw.size : 0,
      pushedAt: typeof raw.pushedAt === 'string' ? raw.pushedAt : null,
      ...(raw.archived === true ? { archived: true } : {}),
      ...(Array.isArray(raw.topics) ? { topics: raw.topics.filter((t): t is string => typeof t === 'string') } : {}),
    };
  });
}

export async function scanShard(repositories: readonly OrgRepository[], options: ShardScanOptions): Promise<ShardScanResult> {
  const logger = options.logger ?? silentLogger;
  const work = options.workDir ?? path.join(tmpdir(), `osl-org-${process.pid}-${randomBytes(4).toString('hex')}`);
  await mkdir(work, { recursive: true });
  await mkdir(options.outDir, { recursive: true });
  const reports: RepositoryReport[] = new Array(repositories.length);
  let next = 0;
  const worker = async () => {
    for (;;) {
      const index = next++;
      if (index >= repositories.length) return;
      const repo = repositories[index]!;
      const report = await scanRepository(repo, path.join(work, String(index)), options);
      reports[index] = report;
      await writeFileNoFollow(path.join(options.outDir, reportFileName(repo.name)), JSON.stringify(report, null, 2) + '\n', { within: options.outDir });
      const found = report.report?.findings.length ?? 0;
      logger.info(report.status === 'failed' ? `${repo.name}: failed: ${report.error}` : `${repo.name}: ${report.status === 'empty' ? 'empty' : `${found} finding${found === 1 ? '' : 's'}`}`);
    }
  };
  try {
    await Promise.all(Array.from({ length: Math.max(1, Math.min(options.concurrency, repositories.length)) }, worker));
  } finally {
    await rm(work, { recursive: true, force: true }).catch(() => {});
  }
  return { reports, failed: reports.filter((r) => r.status === 'failed').length };
}

async function scanRepository(repo: OrgRepository, dir: string, options: ShardScanOptions): Promise<RepositoryReport> {
  const now = options.now ?? (() => new Date());
  const mode = options.history ? 'history' : 'head';
  const base = { schema: REPO_REPORT_SCHEMA, repository: repo, mode } as const;
  const token = options.token !== null && tokenMayGo(repo.cloneUrl, options.tokenHosts) ? options.token : undefined;
  try {
    await mkdir(dir);
    const protocols = options.env[ALLOW_FILE_CLONE_ENV] === '1' ? ['https', 'file'] : ['https'];
    const cloned = await gitClone(dir, repo.cloneUrl, { ...(options.history ? {} : { depth: 1 }), ...(token ? { token } : {}), protocols });
    if (cloned.empty) return { ...base, status: 'empty', scannedAt: now().toISOString() };
    if (!cloned.ok || cloned.commit === null) {
      return { ...base, status: 'failed', error: conceal(`clone failed: ${lastLine(cloned.stderr)}`, options.token), scannedAt: now().toISOString() };
    }
    const settings = options.settingsFor(dir);
    const report = options.history ? await scanHistory(settings, silentLogger, { since: null, allBranches: false }) : await scan(settings, silentLogger);
    return { ...base, status: 'ok', commit: cloned.commit, scannedAt: now().toISOString(), report };
  } catch (error) {
    return { ...base, status: 'failed', error: conceal(errorMessage(error), options.token), scannedAt: now().toISOString() };
  } finally {
    await rm(dir, { recursive: true, force: true }).catch(() => {});
  }
}

function tokenMayGo(url: string, hosts: ReadonlySet<string>): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' && hosts.has(parsed.host.toLowerCase());
  } catch {
    return false;
  }
}

/** The hosts of a GitHub server, from its API URL (api.github.com → github.com; GHES: the same host). */
export function tokenHostsFor(apiUrl: string, serverUrl: string | undefined): Set<string> {
  const hosts = new Set<string>();
  const api = new URL(apiUrl);
  hosts.add(api.host.toLowerCase());
  if (api.host.toLowerCase().startsWith('api.')) hosts.add(api.host.toLowerCase().slice(4));
  if (serverUrl) {
    try {
      hosts.add(new URL(serverUrl).host.toLowerCase());
    } catch {
      // not a URL: ignored
    }
  }
  return hosts;
}

function lastLine(stderr: string): string {
  const lines = stderr.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
  return (lines[lines.length - 1] ?? 'git failed').slice(0, 500);
}

/** An error message without the token, in any form it could take in git's words. */
export function conceal(message: string, token: string | null): string {
  let out = message.replace(/\/\/[^/@\s]*@/g, '//***@');
  if (token) {
    for (const form of [token, Buffer.from(`x-access-token:${token}`).toString('base64')]) out = out.split(form).join('***');
  }
  return out;
}
