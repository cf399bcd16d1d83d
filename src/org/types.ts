/** Plain data of an organisation audit: repositories, shards, per-repository reports, state. */
import type { Report } from '../core/finding.js';

export interface OrgRepository {
  /** `owner/name`, checked against GitHub's allowed characters (names.ts). */
  name: string;
  cloneUrl: string;
  /** Kilobytes, as the API reports it. */
  size: number;
  pushedAt: string | null;
  archived?: boolean;
  topics?: string[];
}

export interface Shard {
  shard: number;
  /** The sum of the repositories' weights (size plus a fixed cost per repository). */
  weight: number;
  repositories: OrgRepository[];
}

/** What `org plan` decides; the matrix is `{ include: shards }`. */
export interface OrgPlan {
  schema: 'openai-secret-lint/org-plan@1';
  organization: string;
  createdAt: string;
  shards: Shard[];
  /** Repositories left out, by reason (names only). */
  skipped: { archived: string[]; topic: string[]; unchanged: string[]; invalid: number };
}

export const REPO_REPORT_SCHEMA = 'openai-secret-lint/org-repository-report@1';

/** One repository's outcome, written by `org scan` (redacted: a Report never holds a secret). */
export interface RepositoryReport {
  schema: typeof REPO_REPORT_SCHEMA;
  repository: OrgRepository;
  status: 'ok' | 'empty' | 'failed';
  /** Why it failed (no token, no URL credentials in it). */
  error?: string;
  mode: 'head' | 'history';
  commit?: string;
  scannedAt: string;
  report?: Report;
  /** Carried over from the previous audit because the repository was not pushed since. */
  carried?: boolean;
}

export const STATE_SCHEMA = 'openai-secret-lint/org-state@1';

export interface HistoryPoint {
  date: string;
  findings: number;
  critical: number;
  high: number;
  medium: number;
  low: number;
  repositories: number;
}

/** What `org report --state` records for the next audit: when each repository was last audited. */
export interface OrgState {
  schema: typeof STATE_SCHEMA;
  auditedAt: string;
  repositories: Record<string, { pushedAt: string | null; auditedAt: string; status: RepositoryReport['status'] }>;
  history: HistoryPoint[];
}
