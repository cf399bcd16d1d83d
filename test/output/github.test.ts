import { describe, expect, it } from 'vitest';
import { escapeProperty, hiddenNote, planAnnotations, renderGithub } from '../../src/output/github.js';
import { finding, report } from './report-fixture.js';

describe('GitHub annotations', () => {
  it('maps severities to error, warning and notice, most severe first', () => {
    const plan = planAnnotations(report([finding(), finding({ severity: 'high' }), finding({ severity: 'medium' }), finding({ severity: 'low' })]));
    expect(plan.shown.map((a) => a.kind)).toEqual(['error', 'error', 'warning', 'notice']);
    expect(plan.shown[0]!.properties).toEqual({ title: 'critical: openai-api-key', file: 'src/config.js', startLine: 3, endLine: 3, startColumn: 15, endColumn: 179 });
  });

  it('shows at most 10 errors and 10 warnings and counts the rest', () => {
    const many = [...Array.from({ length: 13 }, (_, i) => finding({ line: i + 1, endLine: i + 1 })), ...Array.from({ length: 11 }, () => finding({ severity: 'medium' }))];
    const plan = planAnnotations(report(many));
    expect(plan.shown.filter((a) => a.kind === 'error')).toHaveLength(10);
    expect(plan.shown.filter((a) => a.kind === 'warning')).toHaveLength(10);
    expect(plan.hidden).toEqual({ error: 3, warning: 1, notice: 0 });
    expect(hiddenNote(plan.hidden)).toMatch(/3 more errors, 1 more warning .*summary, the SARIF file/);
    expect(hiddenNote({ error: 0, warning: 0, notice: 0 })).toBeNull();
  });

  it('drops columns on multi-line annotations and prefixes paths', () => {
    const plan = planAnnotations(report([finding({ endLine: 5 })]), { pathPrefix: 'sub/' });
    expect(plan.shown[0]!.properties).toEqual({ title: 'critical: openai-api-key', file: 'sub/src/config.js', startLine: 3, endLine: 5 });
  });

  it('renders escaped workflow commands that a crafted path cannot break', () => {
    const text = renderGithub(report([finding({ file: 'a,b:c%.js', message: 'two\nlines\r\u001b[2J' })]));
    expect(text).toContain('::error title=critical%3A openai-api-key,file=a%2Cb%3Ac%25.js,line=3,endLine=3,col=15,endColumn=179::two\\nlines\\r\\x1b[2J%0ASecret:');
    expect(text.trim().split('\n')).toHaveLength(1);
    expect(escapeProperty('x,y:z\r\n')).toBe('x%2Cy%3Az%0D%0A');
    expect(renderGithub(report([]))).toBe('');
  });
});
