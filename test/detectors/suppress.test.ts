/** Inline suppression of text findings in every comment syntax, and its count in the stats. */
import { describe, expect, it } from 'vitest';
import { findSecretsInText } from '../../src/analyzers/text.js';
import { isSuppressedInline } from '../../src/core/suppress.js';
import { LineIndex } from '../../src/core/text-position.js';
import { openaiKey } from '../helpers/keys.js';
import { scanTree } from '../helpers/scan.js';

const directive = ['openai-secret-lint', ':ignore'].join('');

/** Findings of the text rule on `text`, split by whether inline suppression hides them. */
function suppression(text: string) {
  const lines = new LineIndex(text);
  const findings = findSecretsInText({ path: 'f', text, lines });
  return { findings, kept: findings.filter((f) => !isSuppressedInline(f, lines)) };
}

describe('inline suppression', () => {
  const cases: [string, (key: string) => string][] = [
    ['# on the same line', (k) => `OPENAI_API_KEY=${k} # ${directive}`],
    ['// on the line before', (k) => `// ${directive}\nconst key = "${k}";`],
    ['/* */ on the line before', (k) => `/* ${directive} */\nconst key = "${k}";`],
    ['<!-- --> on the line before', (k) => `<!-- ${directive} -->\n<key>${k}</key>`],
    ['-- on the same line', (k) => `INSERT INTO keys VALUES ('${k}'); -- ${directive}`],
    ['scoped to the rule id, with a reason', (k) => `# ${directive}[openai-api-key] revoked key kept for a regression test\nkey: ${k}`],
    ['scoped to several ids', (k) => `key: ${k} # ${directive}[generic-secret, openai-api-key]`],
    ['scoped to the category', (k) => `key: ${k} # ${directive}[hardcoded-secret]`],
    ['gitleaks:allow', (k) => `key: ${k} # gitleaks:allow`],
    ['pragma: allowlist secret', (k) => `key = "${k}"  # pragma: allowlist secret`],
    ['pragma: allowlist nextline secret', (k) => `# pragma: allowlist nextline secret\nkey = "${k}"`],
  ];
  for (const [name, render] of cases) {
    it(`honours ${name}`, () => {
      const { findings, kept } = suppression(render(openaiKey('proj')));
      expect(findings.map((f) => f.ruleId)).toEqual(['openai-api-key']);
      expect(kept).toEqual([]);
    });
  }

  it('keeps findings the directive does not name, two lines away, or after a trailing directive', () => {
    expect(suppression(`key: ${openaiKey('proj')} # ${directive}[generic-secret]`).kept).toHaveLength(1);
    expect(suppression(`# ${directive}\n\nkey: ${openaiKey('proj')}`).kept).toHaveLength(1);
    const trailing = suppression(`a: ${openaiKey('proj')} # ${directive}\nb: ${openaiKey('proj')}`);
    expect(trailing.kept.map((f) => f.line)).toEqual([2]);
  });

  it('counts suppressed findings in the report stats', async () => {
    const report = await scanTree({ 'config.yml': `a: ${openaiKey('proj')} # ${directive}\nb: ${openaiKey('admin')}\n` });
    const text = report.findings.filter((f) => f.ruleId === 'openai-api-key');
    expect(text.map((f) => [f.line, f.column])).toEqual([[2, 4]]);
    expect(report.stats.suppressed).toBeGreaterThanOrEqual(1);
  });
});
