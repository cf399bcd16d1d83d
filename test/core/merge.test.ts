import { afterAll, describe, expect, it } from 'vitest';
import type { Triaged } from '../../src/core/finalize.js';
import type { RawFinding, Severity } from '../../src/core/finding.js';
import { mergeProblems } from '../../src/core/merge.js';
import { openaiKey } from '../helpers/keys.js';
import { cleanupTempDirs } from '../helpers/repo.js';
import { scanTree } from '../helpers/scan.js';

afterAll(cleanupTempDirs);

const TEXT = new Set(['openai-api-key', 'generic-secret']);

function item(ruleId: string, severity: Severity, at: [number, number, number, number] | null, extra: Partial<RawFinding> = {}): Triaged {
  const [line, column, endLine, endColumn] = at ?? [null, null, null, null];
  return {
    raw: { ruleId, category: 'hardcoded-secret', severity, file: 'a.yml', line, column, endLine, endColumn, message: `${ruleId} says`, remediation: 'fix', ...extra },
    fingerprint: `fp-${ruleId}-${line}-${column}`,
    severity,
  };
}

describe('mergeProblems', () => {
  it('merges findings on an identical range into the most severe, with the structural fix', () => {
    const key = openaiKey('proj');
    const merged = mergeProblems(
      [item('openai-api-key', 'critical', [6, 23, 6, 187], { secret: key, secretPrefix: 'sk-proj-' }), item('gha-literal-secret', 'high', [6, 23, 6, 187], { secret: key })],
      TEXT,
    );
    expect(merged).toHaveLength(1);
    expect(merged[0]!.raw.ruleId).toBe('openai-api-key');
    expect(merged[0]!.severity).toBe('critical');
    expect(merged[0]!.raw.relatedRules).toEqual(['gha-literal-secret']);
    expect(merged[0]!.raw.message).toBe('openai-api-key says. gha-literal-secret says');
    expect(merged[0]!.raw.secretPrefix).toBe('sk-proj-');
    expect(merged[0]!.fingerprint).toBe('fp-openai-api-key-6-23');
  });

  it('merges the same secret at overlapping ranges, and identical ranges of one rule', () => {
    const key = openaiKey('proj');
    const merged = mergeProblems(
      [
        item('k8s-env-literal-secret', 'high', [3, 5, 3, 200], { secret: key, remediation: 'use secretKeyRef' }),
        item('openai-api-key', 'critical', [3, 12, 3, 176], { secret: key }),
        item('generic-secret', 'medium', [5, 8, 5, 40], { secret: 'pw-value' }),
        item('k8s-env-literal-secret', 'high', [5, 8, 5, 40], { secret: 'pw-value' }),
        item('generic-secret', 'medium', [9, 1, 9, 30], { secret: 'a' }),
        item('generic-secret', 'medium', [9, 1, 9, 30], { secret: 'b' }),
      ],
      TEXT,
    );
    expect(merged.map((t) => [t.raw.ruleId, t.raw.line, t.severity, t.raw.relatedRules])).toEqual([
      ['openai-api-key', 3, 'critical', ['k8s-env-literal-secret']],
      ['k8s-env-literal-secret', 5, 'high', ['generic-secret']],
      ['generic-secret', 9, 'medium', undefined],
    ]);
    expect(merged[0]!.raw.remediation).toBe('use secretKeyRef');
    expect(merged[1]!.raw.message).toBe('k8s-env-literal-secret says');
  });

  it('keeps different problems apart: other ranges on one line, other secrets, whole-file findings', () => {
    const merged = mergeProblems(
      [
        item('openai-api-key', 'critical', [2, 1, 2, 10], { secret: openaiKey('proj') }),
        item('openai-api-key', 'critical', [2, 12, 2, 20], { secret: openaiKey('proj') }),
        item('gha-secret-printed', 'high', [2, 5, 2, 15]),
        item('env-file-committed', 'high', null),
        item('env-file-not-ignored', 'medium', null),
      ],
      TEXT,
    );
    expect(merged).toHaveLength(5);
    expect(merged.every((t) => t.raw.relatedRules === undefined)).toBe(true);
  });
});

describe('one problem, one finding, through the scan', () => {
  it('a key in a workflow env: one finding at the value, with the key rule and the workflow fix', async () => {
    const key = openaiKey('proj');
    const report = await scanTree({
      '.github/workflows/ci.yml': `on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    env:\n      OPENAI_API_KEY: ${key}\n    steps:\n      - run: echo \${{ secrets.OPENAI_API_KEY }}\n`,
    });
    const at = report.findings.map((f) => ({ ruleId: f.ruleId, file: f.file, line: f.line, column: f.column, severity: f.severity, relatedRules: f.relatedRules }));
    expect(at).toEqual([
      { ruleId: 'openai-api-key', file: '.github/workflows/ci.yml', line: 6, column: 23, severity: 'critical', relatedRules: ['gha-literal-secret'] },
      { ruleId: 'gha-secret-printed', file: '.github/workflows/ci.yml', line: 8, column: 19, severity: 'high', relatedRules: ['gha-secret-interpolated-in-run'] },
    ]);
    expect(report.findings[0]!.secret?.startsWith('sk-proj-')).toBe(true);
    expect(report.findings[0]!.message).toMatch(/^Hardcoded OpenAI project key\. `OPENAI_API_KEY` \(job env\) is set to a literal value/);
    expect(report.findings[0]!.remediation).toContain('${{ secrets.');
    expect(report.stats.findingsBySeverity).toMatchObject({ critical: 1, high: 1, medium: 0 });
    // The report carries the metadata of every rule it names, related ones included (SARIF reads it there).
    expect(report.rules!.map((r) => r.id)).toEqual(['gha-literal-secret', 'gha-secret-interpolated-in-run', 'gha-secret-printed', 'openai-api-key']);
  });
});
