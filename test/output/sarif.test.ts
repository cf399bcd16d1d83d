import { describe, expect, it } from 'vitest';
import { allRuleMeta } from '../../src/analyzers/registry.js';
import { FINGERPRINT_KEY, buildSarif, renderSarif } from '../../src/output/sarif.js';
import { renderReport } from '../../src/output/index.js';
import { openaiKey } from '../helpers/keys.js';
import { scanTree } from '../helpers/scan.js';
import { finding, report } from './report-fixture.js';
import { validateSarif } from './sarif-schema.js';

const validate = validateSarif;

function expectValid(log: unknown): void {
  const ok = validate(log);
  expect(validate.errors ?? [], JSON.stringify(validate.errors, null, 2)).toEqual([]);
  expect(ok).toBe(true);
}

describe('SARIF output', () => {
  it('validates against the SARIF 2.1.0 schema, with and without findings', () => {
    expectValid(buildSarif(report([])));
    expectValid(buildSarif(report([finding(), finding({ severity: 'low', line: null, column: null, endLine: null, endColumn: null, file: 'dir with space/.env', ruleId: 'env-file-committed', category: 'unprotected-env-file', secret: undefined })])));
  });

  it('the schema check can fail: a result without a message is rejected', () => {
    const log = buildSarif(report([finding()])) as { runs: { results: Record<string, unknown>[] }[] };
    delete log.runs[0]!.results[0]!.message;
    expect(validate(log)).toBe(false);
  });

  it('lists every rule the report carries with help, tags and security-severity (from the report, not a registry)', () => {
    const log = buildSarif({ ...report([]), rules: allRuleMeta() });
    const rules = (log.runs[0] as { tool: { driver: { rules: Record<string, any>[] } } }).tool.driver.rules;
    expect(rules.map((r) => r.id).sort()).toEqual(allRuleMeta().map((r) => r.id).sort());
    for (const rule of rules) {
      expect(rule.name).toMatch(/^[A-Za-z0-9]+$/);
      expect(rule.shortDescription.text).not.toBe('');
      expect(rule.fullDescription.text).not.toBe('');
      expect(rule.help.text).toContain('Remediation:');
      expect(rule.help.markdown).toContain('**Remediation:**');
      expect(rule.helpUri).toMatch(/^https:\/\//);
      expect(rule.properties.tags).toContain('security');
      expect(Number(rule.properties['security-severity'])).toBeGreaterThan(0);
    }
  });

  it('maps results: level by severity, region, fingerprint, rule index', () => {
    const log = buildSarif(report([finding(), finding({ severity: 'medium', ruleId: 'made-up-rule', line: 9, column: 1, endLine: 10, endColumn: 4 })]));
    const run = log.runs[0] as { tool: { driver: { rules: { id: string }[] } }; results: Record<string, any>[] };
    const [critical, medium] = run.results;
    expect(critical!.level).toBe('error');
    expect(medium!.level).toBe('warning');
    expect(critical!.locations[0].physicalLocation.region).toEqual({ startLine: 3, startColumn: 15, endLine: 3, endColumn: 179 });
    expect(critical!.partialFingerprints[FINGERPRINT_KEY]).toBe('0123456789abcdef0123456789abcdef');
    expect(run.tool.driver.rules[medium!.ruleIndex]!.id).toBe('made-up-rule');
    expect(run.tool.driver.rules[critical!.ruleIndex]!.id).toBe('openai-api-key');
  });

  it('carries a verification result in the result properties, still valid SARIF', () => {
    const log = buildSarif(report([finding({ verification: { status: 'active', provider: 'openai' } })]));
    expectValid(log);
    const result = (log.runs[0] as { results: Record<string, any>[] }).results[0]!;
    expect(result.properties.verification).toEqual({ status: 'active', provider: 'openai' });
  });

  it('a real scan renders to valid SARIF that never contains the secret', async () => {
    const key = openaiKey('proj');
    const scanned = await scanTree({ 'app/settings.py': `OPENAI_API_KEY = "${key}"\n` });
    expect(scanned.findings.length).toBeGreaterThan(0);
    const text = renderReport(scanned, 'sarif', { color: false });
    expect(text).not.toContain(key);
    expect(text).not.toContain(key.slice(20, 60));
    expectValid(JSON.parse(text));
    expect(renderSarif(scanned)).toBe(text);
  });
});
