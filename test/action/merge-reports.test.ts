/**
 * The Action merges the scan of the head with the scan of the pull request's commits. Each report
 * names the rules of its own findings (SARIF's rule metadata, `relatedRules` resolved from it):
 * the merged report names both, once each. It kept only the head's before (a reviewer's finding).
 */
import { describe, expect, it } from 'vitest';
import { mergeReports } from '../../src/action/pr-commits.js';
import type { RuleMeta } from '../../src/core/finding.js';
import { finding, report } from '../output/report-fixture.js';

const meta = (id: string): RuleMeta => ({ id, category: 'hardcoded-secret', severity: 'high', description: `${id} rule`, helpUri: `https://example.invalid/${id}` });

describe('mergeReports', () => {
  it('keeps the rule metadata of both reports, once each, sorted by id', () => {
    const head = { ...report([finding({ ruleId: 'openai-api-key' })]), rules: [meta('openai-api-key')] };
    const commits = { ...report([finding({ ruleId: 'github-token', relatedRules: ['gha-literal-secret'] }), finding({ ruleId: 'openai-api-key' })]), rules: [meta('gha-literal-secret'), meta('github-token'), meta('openai-api-key')] };
    const merged = mergeReports(head, commits);
    expect(merged.findings.map((f) => f.ruleId)).toEqual(['openai-api-key', 'github-token', 'openai-api-key']);
    expect(merged.rules?.map((r) => r.id)).toEqual(['gha-literal-secret', 'github-token', 'openai-api-key']);
  });

  it('works when a report names no rules', () => {
    expect(mergeReports(report([]), { ...report([]), rules: [meta('github-token')] }).rules?.map((r) => r.id)).toEqual(['github-token']);
  });
});
