/**
 * The organisation report as Markdown (job summary, central issue). Repository text (paths,
 * messages, errors) is escaped cell by cell; no line can start a workflow command.
 */
import { SEVERITIES } from '../core/finding.js';
import { neutralizeCommands } from '../output/escape.js';
import { escapeText } from '../output/markdown.js';
import type { OrgFinding, OrgReport } from './report.js';

export interface OrgMarkdownOptions {
  /** Only repositories with critical findings (the central issue). */
  criticalOnly?: boolean;
  /** Rows per table before "… and N more" (default 50). */
  limit?: number;
}

const SUMMARY_MAX = 900_000;

export function renderOrgMarkdown(report: OrgReport, options: OrgMarkdownOptions = {}): string {
  const limit = options.limit ?? 50;
  const t = report.totals;
  const out: string[] = [];
  const org = report.organization !== null ? ` of ${escapeText(report.organization)}` : '';
  out.push(`## Secret audit${org}`, '');
  out.push(
    `${t.repositories} repositories: ${t.scanned} scanned${t.carried ? ` (${t.carried} unchanged since the last audit, carried over)` : ''}, ${t.empty} empty, ${t.failed} failed. ` +
      `**${t.findings} finding${t.findings === 1 ? '' : 's'}** in ${t.withFindings} repositor${t.withFindings === 1 ? 'y' : 'ies'}` +
      (t.verifiedActive > 0 ? `, **${t.verifiedActive} key${t.verifiedActive === 1 ? '' : 's'} verified active**` : '') +
      '.',
    '',
  );
  if (report.comparison) out.push(`Since the previous audit: **${report.comparison.new} new**, ${report.comparison.fixed} fixed, ${report.comparison.open} still open.`, '');
  out.push('| Severity | Findings |', '| --- | ---: |', ...SEVERITIES.map((s) => `| ${s} | ${t.bySeverity[s]} |`), '');

  const rows = report.repositories.filter((r) => (options.criticalOnly ? r.bySeverity.critical > 0 : r.findings > 0 || r.status === 'failed'));
  out.push(options.criticalOnly ? '### Repositories with critical findings' : '### Repositories by risk', '');
  if (rows.length === 0) out.push(options.criticalOnly ? 'None.' : 'No findings.', '');
  else {
    out.push('| Repository | Risk | Critical | High | Medium | Low | Verified active | New | Fixed |', '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
    for (const r of rows.slice(0, limit)) {
      const name = r.status === 'failed' ? `${escapeText(r.name)} (failed: ${escapeText(r.error ?? 'unknown')})` : escapeText(r.name);
      out.push(`| ${name} | ${r.risk} | ${r.bySeverity.critical} | ${r.bySeverity.high} | ${r.bySeverity.medium} | ${r.bySeverity.low} | ${r.verifiedActive} | ${r.new} | ${r.fixed} |`);
    }
    if (rows.length > limit) out.push('', `… and ${rows.length - limit} more (see the HTML or JSON report).`);
    out.push('');
  }
  if (!options.criticalOnly) {
    const providers = Object.entries(t.byProvider);
    if (providers.length > 0) out.push('### By provider', '', '| Provider | Findings |', '| --- | ---: |', ...providers.map(([p, n]) => `| ${escapeText(p)} | ${n} |`), '');
    const rules = Object.entries(t.byRule);
    if (rules.length > 0) out.push('### By rule', '', '| Rule | Findings |', '| --- | ---: |', ...rules.map(([p, n]) => `| ${escapeText(p)} | ${n} |`), '');
  }
  const shown = options.criticalOnly ? report.findings.filter((f) => f.severity === 'critical') : report.findings;
  if (shown.length > 0) {
    out.push('### Findings', '', '| | Repository | Location | Rule | Secret | Status |', '| --- | --- | --- | --- | --- | --- |');
    for (const f of shown.slice(0, limit)) out.push(findingRow(f));
    if (shown.length > limit) out.push('', `… and ${shown.length - limit} more.`);
    out.push('');
  }
  let text = neutralizeCommands(out.join('\n'));
  if (Buffer.byteLength(text, 'utf8') > SUMMARY_MAX) text = Buffer.from(text, 'utf8').subarray(0, SUMMARY_MAX).toString('utf8').replace(/\uFFFD+$/, '') + '\n\n_…truncated (size limit)._\n';
  return text;
}

function findingRow(f: OrgFinding): string {
  const where = `${escapeText(f.file)}${f.line !== null ? `:${f.line}` : ''}`;
  const active = f.verification?.status === 'active' ? '**ACTIVE** ' : '';
  const status = [f.change ?? '', f.presentAtHead === false ? 'history only' : ''].filter(Boolean).join(', ');
  return `| ${active}${f.severity} | ${escapeText(f.repository)} | ${where} | ${escapeText(f.ruleId)} | ${f.secret !== undefined ? escapeText(f.secret) : ''} | ${status} |`;
}
