import type { Finding, Report, RuleMeta, Severity } from '../core/finding.js';
import { logSafeJson } from './escape.js';

/**
 * GitLab Secret Detection report (`artifacts:reports:secret_detection`, conventionally
 * gl-secret-detection-report.json), following GitLab's security report format, schema version
 * 15.x (schemas/gitlab-secret-detection-report.schema.json is our reading of it). Findings show
 * in the merge request widget and the vulnerability report. Only redacted secrets are written.
 */

export const GITLAB_REPORT_VERSION = '15.0.7';
const INFORMATION_URI = 'https://github.com/openai-secret-lint/openai-secret-lint';
/** GitLab's own analyzer writes this commit sha for findings of a working tree (no commit). */
export const NO_COMMIT_SHA = '0000000';

/** GitLab's severities are capitalised: Critical, High, Medium, Low (Info and Unknown unused). */
const SEVERITY: Record<Severity, 'Critical' | 'High' | 'Medium' | 'Low'> = { critical: 'Critical', high: 'High', medium: 'Medium', low: 'Low' };

export function gitlabSeverity(severity: Severity): 'Critical' | 'High' | 'Medium' | 'Low' {
  return SEVERITY[severity];
}

export interface GitlabRenderOptions {
  /** When the report is written: the scan's end (its start is this minus the scan's duration). */
  now?: Date;
}

export function buildGitlabReport(report: Report, options: GitlabRenderOptions = {}) {
  const end = options.now ?? new Date();
  const start = new Date(end.getTime() - Math.max(0, report.stats.durationMs));
  const rules = new Map<string, RuleMeta>((report.rules ?? []).map((r) => [r.id, r]));
  const incomplete = report.diagnostics.some((d) => d.incomplete);
  const tool = { id: report.tool.name, name: report.tool.name, version: report.tool.version, vendor: { name: report.tool.name }, url: INFORMATION_URI };
  return {
    version: GITLAB_REPORT_VERSION,
    scan: {
      type: 'secret_detection',
      status: incomplete ? 'failure' : 'success',
      start_time: gitlabTime(start),
      end_time: gitlabTime(end),
      scanner: tool,
      analyzer: { id: tool.id, name: tool.name, version: tool.version, vendor: tool.vendor },
      messages: report.diagnostics
        .filter((d) => d.level !== 'info')
        .map((d) => ({ level: d.level === 'error' ? 'fatal' : 'warn', value: d.file ? `${d.file}: ${d.message}` : d.message })),
    },
    vulnerabilities: report.findings.map((f) => vulnerability(f, rules.get(f.ruleId))),
  };
}

export function renderGitlab(report: Report, options: GitlabRenderOptions = {}): string {
  return logSafeJson(JSON.stringify(buildGitlabReport(report, options), null, 2)) + '\n';
}

function vulnerability(f: Finding, meta: RuleMeta | undefined) {
  const secret = f.secret ? ` Secret: ${f.secret}${f.decodedFrom ? ` (decoded from ${f.decodedFrom.join(' → ')})` : ''}.` : '';
  const description = `${f.message}${secret}${meta && meta.description !== f.message ? `\n\n${meta.description}` : ''}`;
  const line = f.line ?? 1;
  return {
    id: uuidFrom(f.fingerprint),
    category: 'secret_detection',
    name: truncate(meta ? title(meta) : f.ruleId, 255),
    description: truncate(description, 1_048_576),
    severity: SEVERITY[f.severity],
    solution: truncate(f.remediation, 7000),
    location: {
      file: f.file,
      start_line: line,
      end_line: Math.max(line, f.endLine ?? line),
      commit: { sha: f.commit ?? NO_COMMIT_SHA, ...(f.authorDate ? { date: f.authorDate } : {}) },
    },
    identifiers: [
      {
        type: 'openai_secret_lint_rule_id',
        name: `${meta ? 'openai-secret-lint' : 'rule'} ${f.ruleId}`,
        value: f.ruleId,
        ...(meta?.helpUri ? { url: meta.helpUri } : {}),
      },
    ],
  };
}

/** `openai-api-key` with its description's first words: a name that holds no occurrence detail. */
function title(meta: RuleMeta): string {
  const sentence = /^(.+?[.!?])(\s|$)/.exec(meta.description)?.[1] ?? meta.description;
  return `${meta.id}: ${sentence}`;
}

function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/** GitLab's report times: `YYYY-MM-DDTHH:MM:SS`, UTC, no fraction and no zone. */
export function gitlabTime(date: Date): string {
  return date.toISOString().slice(0, 19);
}

/** A stable UUID-shaped id from the finding's 32-hex fingerprint (the same finding, the same id). */
function uuidFrom(fingerprint: string): string {
  const hex = /^[0-9a-f]{32}$/.test(fingerprint) ? fingerprint : Buffer.from(fingerprint).toString('hex').padEnd(32, '0').slice(0, 32);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}
