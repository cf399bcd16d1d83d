import type { Report } from '../core/finding.js';

/**
 * The Action's outputs name files from the repository root, whatever the `path` input is: code
 * scanning, annotations and links all resolve paths there. The core reports them from the scan
 * root; this prefixes them once, so no output can disagree with another.
 */
export function toRepoPaths(report: Report, prefix: string): Report {
  if (prefix === '') return report;
  const relocate = (file: string): string => (file === '.' || file === '' ? prefix.slice(0, -1) : prefix + file);
  return {
    ...report,
    findings: report.findings.map((f) => ({ ...f, file: relocate(f.file) })),
    diagnostics: report.diagnostics.map((d) => (d.file ? { ...d, file: relocate(d.file) } : d)),
  };
}
