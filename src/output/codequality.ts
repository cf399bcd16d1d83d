import type { Finding, Report, Severity } from '../core/finding.js';
import { logSafeJson } from './escape.js';

/**
 * GitLab Code Quality report (`artifacts:reports:codequality`, a subset of the Code Climate issue
 * format): a JSON array of issues, shown in the merge request widget and diff on every GitLab tier.
 * schemas/gitlab-codequality-report.schema.json is our reading of the format. Only redacted
 * secrets are written.
 */

const SEVERITY: Record<Severity, 'blocker' | 'critical' | 'major' | 'minor'> = { critical: 'blocker', high: 'critical', medium: 'major', low: 'minor' };

export function codequalitySeverity(severity: Severity): 'blocker' | 'critical' | 'major' | 'minor' {
  return SEVERITY[severity];
}

export function buildCodequality(report: Report) {
  return report.findings.map(issue);
}

export function renderCodequality(report: Report): string {
  return logSafeJson(JSON.stringify(buildCodequality(report), null, 2)) + '\n';
}

function issue(f: Finding) {
  const secret = f.secret ? ` Secret: ${f.secret}${f.decodedFrom ? ` (decoded from ${f.decodedFrom.join(' → ')})` : ''}.` : '';
  const begin = f.line ?? 1;
  return {
    type: 'issue',
    check_name: f.ruleId,
    description: `${f.message}${secret} Fix: ${f.remediation}`,
    categories: ['Security'],
    // Our fingerprint is unique per finding (it counts repeated secrets) and stable when lines move.
    fingerprint: f.fingerprint,
    severity: SEVERITY[f.severity],
    location: {
      path: f.file,
      lines: { begin, ...(f.endLine !== null && f.endLine > begin ? { end: f.endLine } : {}) },
    },
  };
}
