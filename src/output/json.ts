import type { Report } from '../core/finding.js';
import { logSafeJson } from './escape.js';

/** The JSON report, as described by schemas/report.schema.json; safe to print to a workflow log. */
export function renderJson(report: Report): string {
  return logSafeJson(JSON.stringify(report, null, 2)) + '\n';
}
