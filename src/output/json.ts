import type { Report } from '../core/finding.js';

/** The JSON report, as described by schemas/report.schema.json. */
export function renderJson(report: Report): string {
  return JSON.stringify(report, null, 2) + '\n';
}
