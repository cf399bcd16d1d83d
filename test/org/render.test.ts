/**
 * The report's renderers over hand-made repository reports whose every string is hostile: a
 * report folder could be tampered with, and paths, messages and errors come from repositories.
 */
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/core/finding.js';
import { emptyStats } from '../../src/core/report.js';
import { escapeHtml, renderOrgHtml } from '../../src/org/render-html.js';
import { renderOrgMarkdown } from '../../src/org/render-markdown.js';
import { aggregate, nextState } from '../../src/org/report.js';
import { REPO_REPORT_SCHEMA, type RepositoryReport } from '../../src/org/types.js';

const PAYLOADS = ['<script>alert(1)</script>', '"><img src=x onerror=alert(2)>', "'><svg onload=alert(3)>", '</title><style>*{}</style>', '\n::error::injected', '##[error]legacy'];

function finding(overrides: Partial<Finding>): Finding {
  return {
    ruleId: 'openai-api-key',
    category: 'hardcoded-secret',
    severity: 'critical',
    file: 'a.txt',
    line: 1,
    column: 1,
    endLine: 1,
    endColumn: 10,
    message: 'Hardcoded OpenAI project key.',
    remediation: 'Rotate it.',
    secret: 'sk-proj-Ab…(164 chars)',
    fingerprint: 'fp-1',
    ...overrides,
  };
}

function doc(name: string, findings: Finding[], extra: Partial<RepositoryReport> = {}): RepositoryReport {
  return {
    schema: REPO_REPORT_SCHEMA,
    repository: { name, cloneUrl: 'https://github.example/x.git', size: 1, pushedAt: '2026-01-01T00:00:00.000Z' },
    status: 'ok',
    mode: 'head',
    scannedAt: '2026-02-01T00:00:00.000Z',
    report: { tool: { name: 't', version: '0' }, findings, stats: emptyStats(), diagnostics: [] },
    ...extra,
  };
}

const hostile = [
  doc(`acme/${PAYLOADS[0]}`, PAYLOADS.map((p, i) => finding({ file: `dir/${p}`, message: `msg ${p}`, ruleId: `rule-${p}`, fingerprint: `fp-${i}`, severity: i % 2 ? 'high' : 'critical' }))),
  doc(`acme/failing`, [], { status: 'failed', error: `clone failed: ${PAYLOADS.join(' ')}` }),
];

describe('HTML report', () => {
  const report = aggregate(hostile, { previous: null, state: null, organization: 'acme' });
  const html = renderOrgHtml(report);

  it('escapes every repository-controlled string: no tag, attribute or script gets through', () => {
    expect(html).not.toMatch(/<script|<img|<svg onload|<\/title><style>/i);
    // No tag of ours carries an event handler.
    expect(html).not.toMatch(/<[a-z][^>]*\son[a-z]+\s*=/i);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('&quot;&gt;&lt;img src=x onerror=alert(2)&gt;');
    expect(html).toContain('&#39;&gt;&lt;svg onload=alert(3)&gt;');
    expect(html).toContain('failed: clone failed:');
  });

  it('stands alone: no script, nothing loaded from anywhere, a CSP that forbids it', () => {
    expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'"`);
    expect(html).not.toMatch(/\b(src|href)\s*=\s*["']?(https?:|\/\/)/i);
    expect(html).not.toMatch(/@import|url\(/i);
    expect(html.match(/<svg /g)).toHaveLength(1); // the per-repository chart; one audit has no time chart yet
  });

  it('draws the chart over time once there are earlier audits', () => {
    const state = nextState(report, hostile, null);
    const again = renderOrgHtml(aggregate(hostile, { previous: null, state, organization: 'acme' }));
    expect(again.match(/<svg /g)).toHaveLength(2);
    expect(again).toContain('aria-label="Findings over time"');
  });

  it('escapes the five HTML characters and drops controls', () => {
    expect(escapeHtml(`<a href="x">'&'</a>\u0007\u202e`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;\ufffd\ufffd');
  });
});

describe('Markdown report', () => {
  const report = aggregate(hostile, { previous: null, state: null, organization: 'acme' });
  const md = renderOrgMarkdown(report);

  it('keeps hostile text inside its cell and out of workflow commands', () => {
    expect(md).not.toMatch(/<script|<img|<svg/i);
    for (const line of md.split('\n')) {
      expect(line.trimStart().startsWith('::')).toBe(false);
      expect(line).not.toContain('##[');
    }
    // Every table row has its columns: no payload closed a cell.
    const rows = md.split('\n').filter((l) => l.includes('dir/'));
    expect(rows).toHaveLength(PAYLOADS.length);
    for (const line of rows) expect(line.split(/(?<!\\)\|/).length).toBe(8);
  });

  it('lists only repositories with critical findings with --critical-only', () => {
    const quiet = aggregate([doc('acme/low-only', [finding({ severity: 'low' })]), doc('acme/bad', [finding({})])], { previous: null, state: null, organization: 'acme' });
    const issue = renderOrgMarkdown(quiet, { criticalOnly: true });
    expect(issue).toContain('| acme/bad |');
    expect(issue).not.toContain('acme/low-only');
  });
});

describe('aggregate', () => {
  it('puts keys verified active first and ranks their repository highest', () => {
    const active = finding({ severity: 'high', ruleId: 'github-token', fingerprint: 'live', file: 'z.txt', verification: { status: 'active', provider: 'GitHub' } });
    const report = aggregate([doc('acme/many', [finding({ fingerprint: 'a' }), finding({ fingerprint: 'b', file: 'b.txt' })]), doc('acme/live', [active])], { previous: null, state: null, organization: null });
    expect(report.findings[0]!.fingerprint).toBe('live');
    expect(report.repositories[0]!.name).toBe('acme/live');
    expect(report.totals.verifiedActive).toBe(1);
    expect(report.totals.byProvider).toEqual({ OpenAI: 2, GitHub: 1 });
  });

  it('counts nothing as fixed in a repository that failed to scan this time', () => {
    const before = [doc('acme/r', [finding({ fingerprint: 'x' })])];
    const now = [doc('acme/r', [], { status: 'failed', error: 'clone failed' })];
    const report = aggregate(now, { previous: before, state: null, organization: null });
    expect(report.comparison).toEqual({ new: 0, fixed: 0, open: 0 });
  });
});
