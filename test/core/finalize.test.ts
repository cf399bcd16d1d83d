import { describe, expect, it } from 'vitest';
import { present, triage } from '../../src/core/finalize.js';
import type { RawFinding } from '../../src/core/finding.js';
import { emptyStats } from '../../src/core/report.js';
import { defaultSettings, type Settings } from '../../src/core/settings.js';
import { randomString } from '../helpers/keys.js';

function raw(overrides: Partial<RawFinding> = {}): RawFinding {
  return {
    ruleId: 'openai-api-key',
    category: 'hardcoded-secret',
    severity: 'critical',
    file: 'a.yml',
    line: 1,
    column: 1,
    endLine: 1,
    endColumn: 10,
    message: 'm',
    remediation: 'r',
    secret: `sk-proj-${randomString(40)}`,
    secretPrefix: 'sk-proj-',
    ...overrides,
  };
}

/** Triage and present without verification, as buildReport does when --verify is off. */
const finalize = (findings: RawFinding[], s: Settings, stats: ReturnType<typeof emptyStats>) => present(triage(findings, s, stats));

const settings = (overrides: Partial<Settings> = {}) => defaultSettings('/tmp/x', overrides);

describe('triage and present', () => {
  it('redacts every secret and keeps no raw value anywhere in the output', () => {
    const finding = raw();
    const [out] = finalize([finding], settings(), emptyStats());
    expect(out!.secret).toBe(`${finding.secret!.slice(0, 12)}… (${finding.secret!.length} chars)`);
    expect(JSON.stringify(out)).not.toContain(finding.secret!.slice(12));
    expect(out).not.toHaveProperty('secretPrefix');
  });

  it('keeps a fingerprint when the line moves, and tells repeated occurrences apart', () => {
    const secret = `sk-proj-${randomString(40)}`;
    const [a] = finalize([raw({ secret, line: 3 })], settings(), emptyStats());
    const [b] = finalize([raw({ secret, line: 30 })], settings(), emptyStats());
    expect(a!.fingerprint).toBe(b!.fingerprint);
    const twice = finalize([raw({ secret, line: 3 }), raw({ secret, line: 9 })], settings(), emptyStats());
    expect(new Set(twice.map((f) => f.fingerprint)).size).toBe(2);
    expect(twice.map((f) => f.fingerprint)).toContain(a!.fingerprint);
  });

  it('reports the same rule at the same place for the same value once', () => {
    const finding = raw();
    expect(finalize([finding, { ...finding }], settings(), emptyStats())).toHaveLength(1);
  });

  it('applies severity overrides by rule id or category, and off', () => {
    expect(finalize([raw()], settings({ rules: { 'openai-api-key': 'low' } }), emptyStats())[0]!.severity).toBe('low');
    expect(finalize([raw()], settings({ rules: { 'hardcoded-secret': 'medium' } }), emptyStats())[0]!.severity).toBe('medium');
    expect(finalize([raw()], settings({ rules: { 'openai-api-key': 'off' } }), emptyStats())).toEqual([]);
  });

  it('hides allowed paths, patterns (on the secret value) and fingerprints, counting them as suppressed', () => {
    const finding = raw({ file: 'docs/x.md' });
    const [id] = finalize([finding], settings(), emptyStats()).map((f) => f.fingerprint);
    for (const allow of [
      { paths: ['docs/'], patterns: [], fingerprints: [] },
      { paths: [], patterns: ['^sk-proj-'], fingerprints: [] },
      { paths: [], patterns: [], fingerprints: [id!] },
    ]) {
      const stats = emptyStats();
      expect(finalize([finding], settings({ allow }), stats)).toEqual([]);
      expect(stats.suppressed).toBe(1);
    }
    // A pattern is matched against the secret, not the line or the file name.
    expect(finalize([finding], settings({ allow: { paths: [], patterns: ['docs'], fingerprints: [] } }), emptyStats())).toHaveLength(1);
  });

  it('hides baselined fingerprints and counts them apart', () => {
    const finding = raw();
    const [id] = finalize([finding], settings(), emptyStats()).map((f) => f.fingerprint);
    const stats = emptyStats();
    expect(finalize([finding, raw({ file: 'b.yml' })], settings({ baseline: [id!] }), stats).map((f) => f.file)).toEqual(['b.yml']);
    expect(stats.baselined).toBe(1);
  });

  it('keeps only changed lines (and file-level findings of changed files) in diff mode', () => {
    const changedLines = new Map([['a.yml', new Set([2])]]);
    const findings = [raw({ line: 1 }), raw({ line: 2 }), raw({ file: 'b.yml', line: 2 }), raw({ line: null, column: null, endLine: null, endColumn: null, secret: undefined, fingerprintSeed: 'f' })];
    expect(finalize(findings, settings({ changedLines }), emptyStats()).map((f) => `${f.file}:${f.line}`)).toEqual(['a.yml:null', 'a.yml:2']);
  });

  it('hands every reported raw secret to onSecret (for masking), but not suppressed ones', () => {
    const seen: string[] = [];
    const kept = raw();
    const hidden = raw({ file: 'vendor/x.js' });
    finalize([kept, hidden], settings({ onSecret: (v) => seen.push(v), allow: { paths: ['vendor/'], patterns: [], fingerprints: [] } }), emptyStats());
    expect(seen).toEqual([kept.secret]);
  });

  it('raises an active key to critical and lists active keys first', () => {
    const low = raw({ ruleId: 'github-token', severity: 'high', file: 'z.yml' });
    const other = raw({ ruleId: 'github-token', severity: 'high', file: 'a.yml' });
    const kept = triage([low, other], settings(), emptyStats());
    const out = present(kept, new Map([[low.secret!, { status: 'active' as const, provider: 'github' }], [other.secret!, { status: 'inactive' as const, provider: 'github' }]]));
    expect(out.map((f) => [f.file, f.severity, f.verification?.status])).toEqual([
      ['z.yml', 'critical', 'active'],
      ['a.yml', 'high', 'inactive'],
    ]);
  });
});
