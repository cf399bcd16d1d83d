import { describe, expect, it } from 'vitest';
import { escapeText, renderMarkdown } from '../../src/output/markdown.js';
import { finding, report } from './report-fixture.js';

describe('Markdown report', () => {
  it('has counts, a row per finding with link, redacted secret and fix', () => {
    const md = renderMarkdown(report([finding()]), { link: (f) => `https://github.example/blob/abc/${f.file}#L${f.line}`, marker: '<!-- m -->' });
    expect(md.startsWith('<!-- m -->\n')).toBe(true);
    expect(md).toContain('| 🟥 critical | 1 |');
    expect(md).toContain('[src/config.js:3](https://github.example/blob/abc/src/config.js#L3)');
    expect(md).toContain('<code>sk-proj-AbCd… (164 chars)</code>');
    expect(md).toContain('Revoke the key and read it from a secret store.');
  });

  it('puts verified-active keys in the headline and marks them in their row', () => {
    const md = renderMarkdown(
      report([
        finding({ file: 'a.yml', verification: { status: 'active', provider: 'openai' } }),
        finding({ file: 'b.yml', verification: { status: 'unknown', provider: 'openai', reason: 'timeout' } }),
      ]),
    );
    expect(md).toContain('**1 key is verified ACTIVE** (listed first)');
    expect(md.split('\n').find((l) => l.includes('a.yml'))).toContain('**ACTIVE: revoke first**');
    expect(md.split('\n').find((l) => l.includes('b.yml'))).toContain('verified unknown (timeout)');
  });

  it('says so when there is nothing', () => {
    expect(renderMarkdown(report([]))).toContain('✅ No findings.');
  });

  it('escapes repository content: HTML, table pipes, mentions, links', () => {
    const md = renderMarkdown(report([finding({ file: '<img src=x>|@team/[x](y).yml' })]));
    expect(md).not.toContain('<img');
    expect(md).not.toContain('|@team');
    expect(md).not.toMatch(/[^\\]\[x\]/);
    expect(escapeText('a|b')).toBe('a\\|b');
    expect(escapeText('@octocat')).toBe('@\u200boctocat');
  });

  it('stays under the size limit and says how many findings were left out', () => {
    const many = Array.from({ length: 500 }, (_, i) => finding({ file: `dir/file-${i}.js`, message: 'x'.repeat(200) }));
    const md = renderMarkdown(report(many), { maxBytes: 20_000, overflowHint: 'the SARIF file' });
    expect(Buffer.byteLength(md)).toBeLessThanOrEqual(20_000);
    const rows = md.split('\n').filter((l) => l.startsWith('| 🟥 critical | dir/')).length;
    expect(rows).toBeGreaterThan(10);
    expect(rows).toBeLessThan(500);
    expect(md).toContain(`and ${500 - rows} more findings not shown here (size limit): see the SARIF file`);
  });
});

describe('Markdown job summary size', () => {
  it('keeps ten thousand findings under the 1 MiB step summary limit by default', () => {
    const many = Array.from({ length: 10_000 }, (_, i) => finding({ file: `deep/path/to/some/file-${i}.yaml`, yamlPath: 'jobs.build.env.OPENAI_API_KEY' }));
    const md = renderMarkdown(report(many));
    expect(Buffer.byteLength(md)).toBeLessThan(1024 * 1024);
    expect(md).toMatch(/and \d+ more findings not shown here/);
  });
});
