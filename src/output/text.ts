import { SEVERITIES, type Finding, type Report, type Severity } from '../core/finding.js';
import { describeVerification } from '../verify/present.js';
import { escapeControls as shown, neutralizeCommands } from './escape.js';

export interface TextOptions {
  color: boolean;
}

const SEVERITY_COLOR: Record<Severity, string> = { critical: '1;31', high: '31', medium: '33', low: '36' };

/**
 * Human report: grouped by file, one `file:line:col  severity  rule-id  message` line a finding.
 * Repository text (paths, messages quoting keys) has its control characters escaped, so it can
 * neither drive the terminal nor end a line, and no line can start a workflow command: the Action
 * logs this report, and the CLI may run in a workflow step.
 */
export function renderText(report: Report, options: TextOptions): string {
  const paint = (code: string, text: string) => (options.color ? `\u001b[${code}m${text}\u001b[0m` : text);
  const out: string[] = [];
  const byFile = new Map<string, Finding[]>();
  for (const finding of report.findings) {
    const list = byFile.get(finding.file) ?? [];
    list.push(finding);
    byFile.set(finding.file, list);
  }
  for (const [file, findings] of [...byFile].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    out.push(paint('1;4', shown(file)));
    const sorted = [...findings].sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
    for (const f of sorted) {
      const where = f.line === null ? shown(file) : `${shown(file)}:${f.line}:${f.column ?? 1}`;
      out.push(`${where}  ${paint(SEVERITY_COLOR[f.severity], f.severity)}  ${paint('2', f.ruleId)}  ${shown(f.message)}`);
      if (f.relatedRules) out.push(`    also reported by: ${f.relatedRules.join(', ')}`);
      if (f.secret) out.push(`    secret: ${shown(f.secret)}${f.decodedFrom ? ` (decoded from ${f.decodedFrom.join(' → ')})` : ''}`);
      if (f.verification) out.push(`    verified: ${paint(f.verification.status === 'active' ? '1;31' : '2', shown(describeVerification(f.verification)))}`);
      if (f.commit) out.push(`    commit: ${shown(f.commit.slice(0, 12))}${f.authorDate ? ` (${shown(f.authorDate.slice(0, 10))})` : ''}${f.presentAtHead === false ? ', no longer at HEAD' : ''}`);
      out.push(`    fix: ${shown(f.remediation)}`);
    }
    out.push('');
  }
  const notable = report.diagnostics.filter((d) => d.level !== 'info');
  if (notable.length > 0) {
    out.push(paint('1', 'Diagnostics'));
    for (const d of notable.slice(0, 20)) out.push(`  ${d.file === null ? '(scan)' : shown(d.file)}: ${shown(d.message)}`);
    if (notable.length > 20) out.push(`  … ${notable.length - 20} more in the JSON report`);
    out.push('');
  }
  out.push(summaryLine(report));
  return neutralizeCommands(out.join('\n')) + '\n';
}

export function summaryLine(report: Report): string {
  const counts = SEVERITIES.map((s) => `${report.stats.findingsBySeverity[s]} ${s}`).join(', ');
  const n = report.findings.length;
  const skipped =
    report.stats.skippedBinary + report.stats.skippedTooLarge + report.stats.skippedUnreadable + report.stats.skippedSpecial;
  const suppressed =
    (report.stats.suppressed > 0 ? `, ${report.stats.suppressed} suppressed` : '') +
    (report.stats.baselined > 0 ? `, ${report.stats.baselined} in baseline` : '') +
    (report.stats.disabledRules > 0 ? `, ${report.stats.disabledRules} rule${report.stats.disabledRules === 1 ? '' : 's'} off by config` : '');
  const active = report.findings.filter((f) => f.verification?.status === 'active').length;
  const verified = active > 0 ? ` — ${active} key${active === 1 ? '' : 's'} verified ACTIVE: revoke first` : '';
  return `${n} finding${n === 1 ? '' : 's'} (${counts}${suppressed}) in ${report.stats.filesScanned} files scanned, ${skipped} skipped, ${report.stats.durationMs} ms${verified}`;
}
