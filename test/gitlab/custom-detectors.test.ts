import { readFileSync, writeFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config/validate.js';
import { buildSarif } from '../../src/output/sarif.js';
import { randomString } from '../helpers/keys.js';
import { cleanupTempDirs, tempDir, writeTree } from '../helpers/repo.js';
import { run } from '../cli/io.js';
import { schemaErrors, validateSecretDetection } from './schemas.js';

afterAll(cleanupTempDirs);

const CONFIG = '.openai-secret-lint.yml';
const acme = () => `acme_${randomString(32)}`;
const DETECTOR = `detectors:
  - id: acme-token
    regex: '\\b(acme_[A-Za-z0-9]{32})\\b'
    keywords: [acme_]
    entropy: 3
    severity: critical
    description: An ACME internal API token.
    remediation: Revoke it in the ACME console.
`;

async function scanJson(dir: string, ...args: string[]) {
  const r = await run(dir, 'scan', '.', '--format', 'json', ...args);
  return { ...r, report: r.stdout ? JSON.parse(r.stdout) : null };
}

describe('config detectors: validation', () => {
  it('accepts a full detector', () => {
    expect(parseConfig(`${DETECTOR}    secretGroup: 1\n    paths: [src/]\n`, CONFIG).detectors).toHaveLength(1);
  });

  it('a regex RE2 rejects is an error naming the detector and RE2\'s reason, never the pattern', () => {
    const attempt = () => parseConfig("detectors:\n  - id: bad-one\n    regex: '(a+)\\1'\n  - id: lookahead\n    regex: 'x(?=y)'\n", CONFIG);
    expect(attempt).toThrow(/detectors\[0\]\.regex: detector "bad-one": not a valid regular expression: invalid escape sequence/);
    expect(attempt).toThrow(/detectors\[1\]\.regex: detector "lookahead": not a valid regular expression: .*\(RE2 syntax\)/);
    expect(attempt).toThrow(/2 problems/);
    try {
      attempt();
    } catch (error) {
      expect(String(error)).not.toContain('(a+)');
    }
  });

  it('schema errors: missing regex, unknown key, bad severity, built-in or repeated id, missing group', () => {
    const problems = (text: string) => {
      try {
        parseConfig(text, CONFIG);
        return '';
      } catch (error) {
        return String(error);
      }
    };
    expect(problems('detectors:\n  - id: x\n')).toMatch(/:2: detectors\[0\]: must have required property 'regex'/);
    expect(problems("detectors:\n  - id: x\n    regex: a\n    regx: b\n")).toMatch(/detectors\[0\]\.regex.*unknown key|unknown key; did you mean "regex"/);
    expect(problems("detectors:\n  - id: x\n    regex: a\n    severity: severe\n")).toMatch(/detectors\[0\]\.severity: must be one of critical, high, medium, low/);
    expect(problems("detectors:\n  - id: openai-api-key\n    regex: a\n")).toMatch(/detector "openai-api-key": the id of a built-in rule/);
    expect(problems("detectors:\n  - id: x\n    regex: a\n  - id: x\n    regex: b\n")).toMatch(/detector "x": defined twice/);
    expect(problems("detectors:\n  - id: x\n    regex: '(a)'\n    secretGroup: 2\n")).toMatch(/has 1 capture group\(s\), not 2/);
    expect(problems("detectors:\n  - id: 'has space'\n    regex: a\n")).toMatch(/detectors\[0\]\.id: must match pattern/);
  });

  it('rules: may name a custom detector', () => {
    expect(parseConfig(`${DETECTOR}rules:\n  acme-token: low\n`, CONFIG).rules).toEqual({ 'acme-token': 'low' });
  });
});

describe('config detectors: findings behave like built-in ones', () => {
  it('finds the secret group at its exact position, redacted, with the detector\'s severity and texts', async () => {
    const token = acme();
    const dir = tempDir();
    writeTree(dir, { [CONFIG]: DETECTOR, 'app/settings.ini': `[acme]\nx ${token}\n` });
    const { code, report, stdout } = await scanJson(dir);
    expect(code).toBe(1);
    expect(report.findings.map((f: any) => [f.file, f.line, f.column, f.endColumn, f.ruleId, f.severity])).toEqual([['app/settings.ini', 2, 3, 3 + token.length, 'acme-token', 'critical']]);
    const [f] = report.findings;
    expect(f.message).toBe('An ACME internal API token (custom detector acme-token).');
    expect(f.remediation).toBe('Revoke it in the ACME console.');
    expect(f.secret).toMatch(/^acme… \(37 chars\)$/);
    expect(stdout).not.toContain(token);
    const reportSchema = JSON.parse(readFileSync(new URL('../../schemas/report.schema.json', import.meta.url), 'utf8'));
    const validateReport = new Ajv2020({ allErrors: true, strict: true }).compile(reportSchema);
    expect(validateReport(report), JSON.stringify(validateReport.errors)).toBe(true);
    expect(report.rules).toEqual([{ id: 'acme-token', category: 'hardcoded-secret', severity: 'critical', description: 'An ACME internal API token.', helpUri: expect.stringContaining('#custom-detectors') }]);
    // Every format reads the rule from the report.
    const sarif = buildSarif(report) as any;
    expect(sarif.runs[0].tool.driver.rules.map((r: any) => [r.id, r.fullDescription.text])).toEqual([['acme-token', 'An ACME internal API token.']]);
    const gitlab = JSON.parse((await run(dir, 'scan', '.', '--format', 'gitlab')).stdout);
    expect(schemaErrors(validateSecretDetection, gitlab)).toEqual([]);
    expect(gitlab.vulnerabilities[0]).toMatchObject({ name: 'acme-token: An ACME internal API token.', severity: 'Critical' });
    for (const format of ['text', 'sarif', 'github', 'markdown', 'codequality']) expect((await run(dir, 'scan', '.', '--format', format)).stdout).not.toContain(token);
  });

  it('no finding without a keyword, below the entropy, outside its paths, or for an empty group', async () => {
    const dir = tempDir();
    writeTree(dir, {
      [CONFIG]: "detectors:\n  - id: acme-token\n    regex: 'ACME_([A-Za-z0-9]{32})'\n    keywords: [zzz-never]\n  - id: low-entropy\n    regex: 'tok_[a-z]{20}'\n    entropy: 3.5\n  - id: scoped\n    regex: 'scoped_[0-9a-f]{24}'\n    paths: ['deploy/']\n  - id: optional\n    regex: 'opt=(x*)'\n    secretGroup: 1\n",
      'a.txt': `ACME_${randomString(32)}\ntok_${'a'.repeat(20)}\nscoped_${randomString(24, '0123456789abcdef')}\nopt=\n`,
    });
    const { code, report } = await scanJson(dir);
    expect(report.findings).toEqual([]);
    expect(code).toBe(0);
    writeTree(dir, { 'deploy/b.txt': `scoped_${randomString(24, '0123456789abcdef')}\n` });
    expect((await scanJson(dir)).report.findings.map((f: any) => [f.file, f.line, f.column, f.ruleId])).toEqual([['deploy/b.txt', 1, 1, 'scoped']]);
  });

  it('inline suppression, rules overrides, allow, fingerprints and baselines apply', async () => {
    const dir = tempDir();
    const tokens = [acme(), acme()];
    writeTree(dir, { [CONFIG]: DETECTOR, 'a.txt': `${tokens[0]}\n${tokens[1]} # openai-secret-lint:ignore[acme-token]\n` });
    const first = await scanJson(dir);
    expect(first.report.findings.map((f: any) => f.line)).toEqual([1]);
    expect(first.report.stats.suppressed).toBe(1);
    expect(first.report.findings[0].fingerprint).toMatch(/^[0-9a-f]{32}$/);
    expect((await run(dir, 'scan', '.', '--write-baseline', 'baseline.json')).code).toBe(0);
    const baselined = await scanJson(dir, '--baseline', 'baseline.json');
    expect(baselined.report.findings).toEqual([]);
    expect(baselined.report.stats.baselined).toBe(1);
    writeFileSync(path.join(dir, CONFIG), `${DETECTOR}rules:\n  acme-token: 'off'\n`);
    expect((await scanJson(dir)).report.findings).toEqual([]);
    writeFileSync(path.join(dir, CONFIG), `${DETECTOR}allow:\n  fingerprints: [${first.report.findings[0].fingerprint}]\n`);
    expect((await scanJson(dir)).report.findings).toEqual([]);
  });

  it('a pattern matching everything is capped per file, and a catastrophic pattern stays linear', async () => {
    const dir = tempDir();
    writeTree(dir, { [CONFIG]: "detectors:\n  - id: everything\n    regex: '[a-z]{8}'\n  - id: nested\n    regex: '^([a-zA-Z0-9_-]+)+!$'\n", 'a.txt': `${'abcdefgh '.repeat(500)}\n${'a'.repeat(50_000)}\n` });
    const { report } = await scanJson(dir);
    expect(report.findings.filter((f: any) => f.ruleId === 'everything' && f.file === 'a.txt')).toHaveLength(100);
    expect(report.findings.filter((f: any) => f.ruleId === 'nested')).toEqual([]);
    expect(readFileSync(path.join(dir, 'a.txt'), 'utf8').length).toBeGreaterThan(50_000);
  });
});
