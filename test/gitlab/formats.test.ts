import { describe, expect, it } from 'vitest';
import type { Finding, RuleMeta } from '../../src/core/finding.js';
import { buildCodequality, renderCodequality } from '../../src/output/codequality.js';
import { buildGitlabReport, gitlabTime, GITLAB_REPORT_VERSION, NO_COMMIT_SHA } from '../../src/output/gitlab.js';
import { renderReport } from '../../src/output/index.js';
import { openaiKey } from '../helpers/keys.js';
import { scanTree } from '../helpers/scan.js';
import { finding, report } from '../output/report-fixture.js';
import { schemaErrors, validateCodequality, validateSecretDetection } from './schemas.js';

const META: RuleMeta = { id: 'openai-api-key', category: 'hardcoded-secret', severity: 'critical', description: 'A hardcoded OpenAI credential. It bills the project.', helpUri: 'https://example.test/rules/openai' };
const NOW = new Date('2026-03-04T05:06:07.890Z');

describe('GitLab Secret Detection report (--format gitlab)', () => {
  it('is valid against the 15.x schema, with and without findings', () => {
    expect(schemaErrors(validateSecretDetection, buildGitlabReport(report([]), { now: NOW }))).toEqual([]);
    const many = report([finding(), finding({ severity: 'low', line: null, column: null, endLine: null, endColumn: null, ruleId: 'env-file-committed', category: 'unprotected-env-file', secret: undefined, fingerprint: 'f'.repeat(32) })]);
    expect(schemaErrors(validateSecretDetection, buildGitlabReport({ ...many, rules: [META] }, { now: NOW }))).toEqual([]);
  });

  it('the schema check can fail: a lower-case severity, a missing identifier, a zoned time are rejected', () => {
    const good = buildGitlabReport({ ...report([finding()]), rules: [META] }, { now: NOW });
    const bad = (change: (r: any) => void) => {
      const copy = JSON.parse(JSON.stringify(good));
      change(copy);
      return schemaErrors(validateSecretDetection, copy).length;
    };
    expect(bad(() => {})).toBe(0);
    expect(bad((r) => (r.vulnerabilities[0].severity = 'critical'))).toBeGreaterThan(0);
    expect(bad((r) => (r.vulnerabilities[0].identifiers = []))).toBeGreaterThan(0);
    expect(bad((r) => (r.scan.start_time = NOW.toISOString()))).toBeGreaterThan(0);
    expect(bad((r) => (r.scan.type = 'sast'))).toBeGreaterThan(0);
    expect(bad((r) => delete r.vulnerabilities[0].location.commit)).toBeGreaterThan(0);
  });

  it('says what GitLab needs: version, scan, and per finding id, name, severity as GitLab spells it, location, identifiers', () => {
    const r = buildGitlabReport({ ...report([finding(), finding({ severity: 'high', line: 7, endLine: 9, fingerprint: 'a'.repeat(32) }), finding({ severity: 'medium', fingerprint: 'b'.repeat(32) }), finding({ severity: 'low', fingerprint: 'c'.repeat(32) })]), stats: { ...report([]).stats, durationMs: 2000 }, rules: [META] }, { now: NOW });
    expect(r.version).toBe(GITLAB_REPORT_VERSION);
    expect(r.scan).toMatchObject({ type: 'secret_detection', status: 'success', start_time: '2026-03-04T05:06:05', end_time: '2026-03-04T05:06:07', scanner: { id: 'openai-secret-lint', vendor: { name: 'openai-secret-lint' } } });
    expect(r.vulnerabilities.map((v) => v.severity)).toEqual(['Critical', 'High', 'Medium', 'Low']);
    const [first, second] = r.vulnerabilities;
    expect(first).toMatchObject({
      id: '01234567-89ab-cdef-0123-456789abcdef',
      category: 'secret_detection',
      name: 'openai-api-key: A hardcoded OpenAI credential.',
      location: { file: 'src/config.js', start_line: 3, end_line: 3, commit: { sha: NO_COMMIT_SHA } },
      identifiers: [{ type: 'openai_secret_lint_rule_id', value: 'openai-api-key', url: 'https://example.test/rules/openai' }],
    });
    expect(first!.description).toContain('sk-proj-AbCd… (164 chars)');
    expect(second!.location).toMatchObject({ start_line: 7, end_line: 9 });
    expect(new Set(r.vulnerabilities.map((v) => v.id)).size).toBe(4);
  });

  it('history findings carry their commit; an incomplete scan is a failure', () => {
    const sha = '0123456789abcdef0123456789abcdef01234567';
    const r = buildGitlabReport({ ...report([finding({ commit: sha, authorDate: '2026-01-02T03:04:05Z' })]), diagnostics: [{ file: 'big.txt', level: 'error', code: 'skipped-too-large', message: 'too large', incomplete: true }] }, { now: NOW });
    expect(r.vulnerabilities[0]!.location.commit).toEqual({ sha, date: '2026-01-02T03:04:05Z' });
    expect(r.scan.status).toBe('failure');
    expect(r.scan.messages).toEqual([{ level: 'fatal', value: 'big.txt: too large' }]);
    expect(schemaErrors(validateSecretDetection, r)).toEqual([]);
  });

  it('times are UTC seconds without zone', () => {
    expect(gitlabTime(new Date('2026-12-31T23:59:59.999Z'))).toBe('2026-12-31T23:59:59');
  });
});

describe('GitLab Code Quality report (--format codequality)', () => {
  it('is valid, maps severities to blocker/critical/major/minor, and keeps fingerprints unique', () => {
    const findings: Finding[] = ['critical', 'high', 'medium', 'low'].map((severity, i) => finding({ severity: severity as Finding['severity'], fingerprint: String(i).repeat(32), line: i + 1, endLine: i + 2 }));
    const issues = buildCodequality(report(findings));
    expect(schemaErrors(validateCodequality, issues)).toEqual([]);
    expect(schemaErrors(validateCodequality, buildCodequality(report([])))).toEqual([]);
    expect(issues.map((i) => i.severity)).toEqual(['blocker', 'critical', 'major', 'minor']);
    expect(issues[0]).toMatchObject({ check_name: 'openai-api-key', location: { path: 'src/config.js', lines: { begin: 1, end: 2 } } });
    expect(new Set(issues.map((i) => i.fingerprint)).size).toBe(4);
    expect(schemaErrors(validateCodequality, [{ ...issues[0], severity: 'high' }]).length).toBeGreaterThan(0);
    expect(schemaErrors(validateCodequality, [{ ...issues[0], location: { path: 'a' } }]).length).toBeGreaterThan(0);
    expect(renderCodequality(report([])).trim()).toBe('[]');
  });
});

describe('on a real scan', () => {
  it('both formats name the file and line, validate, and never hold the whole key', async () => {
    const key = openaiKey();
    const r = await scanTree({ 'deploy/app.env.yml': `x: 1\napi: ${key}\n`, 'README.md': 'nothing\n' });
    const gitlab = renderReport(r, 'gitlab', { color: false, now: NOW });
    const codequality = renderReport(r, 'codequality', { color: false });
    for (const text of [gitlab, codequality]) {
      expect(text).not.toContain(key);
      expect(text).not.toContain(key.slice(12, 40));
    }
    const parsed = JSON.parse(gitlab);
    expect(schemaErrors(validateSecretDetection, parsed)).toEqual([]);
    expect(parsed.vulnerabilities.map((v: any) => [v.location.file, v.location.start_line, v.identifiers[0].value])).toEqual([['deploy/app.env.yml', 2, 'openai-api-key']]);
    // Rule metadata comes from the report: the name is the rule's, not the finding's message.
    expect(parsed.vulnerabilities[0].name).toMatch(/^openai-api-key: /);
    const issues = JSON.parse(codequality);
    expect(schemaErrors(validateCodequality, issues)).toEqual([]);
    expect(issues.map((i: any) => [i.location.path, i.location.lines.begin, i.severity])).toEqual([['deploy/app.env.yml', 2, 'blocker']]);
  });
});
