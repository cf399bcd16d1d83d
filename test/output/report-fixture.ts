/** A hand-built Report for formatter tests: redacted secrets only, like every real Report. */
import type { Finding, Report } from '../../src/core/finding.js';
import { emptyStats } from '../../src/core/report.js';

export function finding(overrides: Partial<Finding> = {}): Finding {
  return {
    ruleId: 'openai-api-key',
    category: 'hardcoded-secret',
    severity: 'critical',
    file: 'src/config.js',
    line: 3,
    column: 15,
    endLine: 3,
    endColumn: 179,
    message: 'Hardcoded OpenAI project key.',
    remediation: 'Revoke the key and read it from a secret store.',
    secret: 'sk-proj-AbCd… (164 chars)',
    fingerprint: '0123456789abcdef0123456789abcdef',
    ...overrides,
  };
}

export function report(findings: Finding[]): Report {
  const stats = emptyStats();
  stats.filesScanned = 4;
  for (const f of findings) stats.findingsBySeverity[f.severity]++;
  return { tool: { name: 'openai-secret-lint', version: '0.1.0' }, findings, stats, diagnostics: [] };
}
