/**
 * `org report`: adds up the per-repository reports of an audit. Totals by severity, provider and
 * rule; repositories ranked by risk; what is new, fixed or still open since the previous audit
 * (by repository and fingerprint); keys verified active first. Everything here is plain data;
 * render-markdown.ts and render-html.ts only show it.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { SEVERITIES, severityRank, type Finding, type Severity } from '../core/finding.js';
import { TOOL_NAME, TOOL_VERSION } from '../core/version.js';
import { DETECTORS } from '../detectors/catalogue.js';
import { validFullName } from './names.js';
import { REPO_REPORT_SCHEMA, type HistoryPoint, type OrgState, type RepositoryReport } from './types.js';

export const ORG_REPORT_SCHEMA = 'openai-secret-lint/org-report@1';

export type Counts = Record<Severity, number>;

export interface OrgFinding {
  repository: string;
  ruleId: string;
  severity: Severity;
  provider: string;
  file: string;
  line: number | null;
  column: number | null;
  message: string;
  secret?: string;
  fingerprint: string;
  commit?: string;
  /** History audits: false when the secret is only in history, gone from the default branch. */
  presentAtHead?: boolean;
  verification?: Finding['verification'];
  /** Since the previous audit; absent when there is none to compare with. */
  change?: 'new' | 'open';
}

export interface OrgRepositoryRow {
  name: string;
  status: RepositoryReport['status'];
  error?: string;
  carried: boolean;
  mode: RepositoryReport['mode'];
  scannedAt: string;
  pushedAt: string | null;
  findings: number;
  bySeverity: Counts;
  verifiedActive: number;
  historyOnly: number;
  risk: number;
  new: number;
  fixed: number;
}

export interface OrgReport {
  schema: typeof ORG_REPORT_SCHEMA;
  tool: { name: string; version: string };
  organization: string | null;
  generatedAt: string;
  totals: {
    repositories: number;
    scanned: number;
    empty: number;
    failed: number;
    carried: number;
    withFindings: number;
    findings: number;
    verifiedActive: number;
    bySeverity: Counts;
    byProvider: Record<string, number>;
    byRule: Record<string, number>;
  };
  /** Null without a previous audit. */
  comparison: { new: number; fixed: number; open: number } | null;
  /** Highest risk first. */
  repositories: OrgRepositoryRow[];
  /** Verified active first, then by severity, repository, file and line. */
  findings: OrgFinding[];
  /** Findings of the previous audit gone from a repository scanned now. */
  fixed: OrgFinding[];
  /** This audit last; earlier points from the state file. */
  history: HistoryPoint[];
}

/** Weights of the risk score: a live key outweighs any number of dead ones. */
const SEVERITY_WEIGHT: Record<Severity, number> = { critical: 100, high: 30, medium: 5, low: 1 };
const ACTIVE_FACTOR = 20;

const PROVIDERS: ReadonlyMap<string, string> = new Map(DETECTORS.map((d) => [d.id, d.provider]));

export interface LoadedReports {
  reports: RepositoryReport[];
  /** Files that are not repository reports (other JSON, a state file): skipped, named. */
  ignored: string[];
}

/** Every repository report in `dir` (by its schema field), sorted by repository name. */
export async function loadReports(dir: string): Promise<LoadedReports> {
  let names: string[];
  try {
    names = (await readdir(dir, { withFileTypes: true })).filter((e) => e.isFile() && e.name.endsWith('.json')).map((e) => e.name);
  } catch (error) {
    throw Object.assign(new Error(`cannot read ${dir}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`), { code: 'ENOREPORTS' });
  }
  const reports: RepositoryReport[] = [];
  const ignored: string[] = [];
  const seen = new Set<string>();
  for (const name of names.sort()) {
    let value: unknown;
    try {
      value = JSON.parse(await readFile(path.join(dir, name), 'utf8'));
    } catch {
      ignored.push(name);
      continue;
    }
    const doc = value as Partial<RepositoryReport> | null;
    const repoName = typeof doc?.repository?.name === 'string' ? doc.repository.name : null;
    if (!doc || doc.schema !== REPO_REPORT_SCHEMA || repoName === null || seen.has(repoName)) {
      ignored.push(name);
      continue;
    }
    seen.add(repoName);
    reports.push(doc as RepositoryReport);
  }
  reports.sort((a, b) => (a.repository.name < b.repository.name ? -1 : a.repository.name > b.repository.name ? 1 : 0));
  return { reports, ignored };
}

export interface AggregateOptions {
  previous: RepositoryReport[] | null;
  state: OrgState | null;
  organization: string | null;
  now?: Date;
}

export function aggregate(current: readonly RepositoryReport[], options: AggregateOptions): OrgReport {
  const now = options.now ?? new Date();
  const previousByRepo = new Map((options.previous ?? []).map((r) => [r.repository.name, r]));
  const comparing = options.previous !== null;
  const totals: OrgReport['totals'] = {
    repositories: current.length,
    scanned: 0,
    empty: 0,
    failed: 0,
    carried: 0,
    withFindings: 0,
    findings: 0,
    verifiedActive: 0,
    bySeverity: zeroCounts(),
    byProvider: {},
    byRule: {},
  };
  const rows: OrgRepositoryRow[] = [];
  const findings: OrgFinding[] = [];
  const fixed: OrgFinding[] = [];
  let open = 0;
  for (const doc of current) {
    const name = doc.repository.name;
    const row: OrgRepositoryRow = {
      name,
      status: doc.status,
      ...(doc.error !== undefined ? { error: String(doc.error) } : {}),
      carried: doc.carried === true,
      mode: doc.mode,
      scannedAt: String(doc.scannedAt),
      pushedAt: doc.repository.pushedAt ?? null,
      findings: 0,
      bySeverity: zeroCounts(),
      verifiedActive: 0,
      historyOnly: 0,
      risk: 0,
      new: 0,
      fixed: 0,
    };
    if (doc.status === 'failed') totals.failed++;
    else if (doc.status === 'empty') totals.empty++;
    else totals.scanned++;
    if (row.carried) totals.carried++;
    const previous = previousByRepo.get(name);
    const before = new Set(previous?.status === 'ok' ? (previous.report?.findings ?? []).map((f) => f.fingerprint) : []);
    const now = new Set<string>();
    for (const f of doc.status === 'ok' ? (doc.report?.findings ?? []) : []) {
      const finding = toOrgFinding(name, f);
      now.add(f.fingerprint);
      if (comparing) {
        finding.change = before.has(f.fingerprint) ? 'open' : 'new';
        if (finding.change === 'new') row.new++;
        else open++;
      }
      findings.push(finding);
      row.findings++;
      row.bySeverity[finding.severity]++;
      const active = finding.verification?.status === 'active';
      if (active) row.verifiedActive++;
      if (finding.presentAtHead === false) row.historyOnly++;
      row.risk += SEVERITY_WEIGHT[finding.severity] * (active ? ACTIVE_FACTOR : 1) * (finding.presentAtHead === false ? 0.5 : 1);
      totals.bySeverity[finding.severity]++;
      totals.byProvider[finding.provider] = (totals.byProvider[finding.provider] ?? 0) + 1;
      totals.byRule[finding.ruleId] = (totals.byRule[finding.ruleId] ?? 0) + 1;
    }
    // Fixed: gone from a repository that was scanned now and then (a failed scan proves nothing).
    if (comparing && doc.status !== 'failed' && previous?.status === 'ok') {
      for (const f of previous.report?.findings ?? []) {
        if (now.has(f.fingerprint)) continue;
        fixed.push(toOrgFinding(name, f));
        row.fixed++;
      }
    }
    row.risk = Math.round(row.risk);
    totals.findings += row.findings;
    totals.verifiedActive += row.verifiedActive;
    if (row.findings > 0) totals.withFindings++;
    rows.push(row);
  }
  rows.sort((a, b) => b.risk - a.risk || b.findings - a.findings || compare(a.name, b.name));
  findings.sort(findingOrder);
  fixed.sort(findingOrder);
  const point: HistoryPoint = {
    date: now.toISOString(),
    findings: totals.findings,
    ...totals.bySeverity,
    repositories: totals.repositories,
  };
  return {
    schema: ORG_REPORT_SCHEMA,
    tool: { name: TOOL_NAME, version: TOOL_VERSION },
    organization: options.organization,
    generatedAt: now.toISOString(),
    totals: { ...totals, byProvider: sortedRecord(totals.byProvider), byRule: sortedRecord(totals.byRule) },
    comparison: comparing ? { new: findings.filter((f) => f.change === 'new').length, fixed: fixed.length, open } : null,
    repositories: rows,
    findings,
    fixed,
    history: [...(options.state?.history ?? []).filter(validPoint).slice(-51), point],
  };
}

function toOrgFinding(repository: string, f: Finding): OrgFinding {
  return {
    repository,
    ruleId: String(f.ruleId),
    severity: SEVERITIES.includes(f.severity) ? f.severity : 'low',
    provider: f.verification?.provider ?? PROVIDERS.get(f.ruleId) ?? (f.category === 'hardcoded-secret' || f.category === 'encoded-secret' ? 'other' : 'configuration'),
    file: String(f.file),
    line: typeof f.line === 'number' ? f.line : null,
    column: typeof f.column === 'number' ? f.column : null,
    message: String(f.message),
    ...(typeof f.secret === 'string' ? { secret: f.secret } : {}),
    fingerprint: String(f.fingerprint),
    ...(typeof f.commit === 'string' ? { commit: f.commit } : {}),
    ...(typeof f.presentAtHead === 'boolean' ? { presentAtHead: f.presentAtHead } : {}),
    ...(f.verification ? { verification: f.verification } : {}),
  };
}

function findingOrder(a: OrgFinding, b: OrgFinding): number {
  const active = (f: OrgFinding) => (f.verification?.status === 'active' ? 1 : 0);
  return (
    active(b) - active(a) ||
    severityRank(b.severity) - severityRank(a.severity) ||
    compare(a.repository, b.repository) ||
    compare(a.file, b.file) ||
    (a.line ?? 0) - (b.line ?? 0) ||
    (a.column ?? 0) - (b.column ?? 0)
  );
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function zeroCounts(): Counts {
  return { critical: 0, high: 0, medium: 0, low: 0 };
}

function sortedRecord(record: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(record).sort((a, b) => b[1] - a[1] || compare(a[0], b[0])));
}

function validPoint(p: unknown): p is HistoryPoint {
  const point = p as HistoryPoint | null;
  return !!point && typeof point.date === 'string' && Number.isFinite(Date.parse(point.date)) && typeof point.findings === 'number';
}

/** The state for the next audit: this audit's repositories, plus earlier entries of the ones not audited now. */
export function nextState(report: OrgReport, current: readonly RepositoryReport[], previous: OrgState | null): OrgState {
  const repositories: OrgState['repositories'] = {};
  for (const [name, entry] of Object.entries(previous?.repositories ?? {})) if (validFullName(name) !== null) repositories[name] = entry;
  for (const doc of current) {
    // A carried report keeps the date of the audit that made it.
    repositories[doc.repository.name] = { pushedAt: doc.repository.pushedAt ?? null, auditedAt: String(doc.scannedAt), status: doc.status };
  }
  return { schema: 'openai-secret-lint/org-state@1', auditedAt: report.generatedAt, repositories, history: report.history };
}
