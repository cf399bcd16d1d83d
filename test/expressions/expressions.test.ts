import { describe, expect, it } from 'vitest';
import { analyzeValue, findExpressions, isSingleExpression, referencesIn } from '../../src/analyzers/expressions/index.js';

const at = (value: string, ref: { start: number; end: number }) => value.slice(ref.start, ref.end);

describe('findExpressions', () => {
  it('finds every expression and ends at the first }} outside a string literal', () => {
    const value = "a ${{ secrets.A }} b ${{ format('{0}}}', secrets.B) }} c";
    const found = findExpressions(value);
    expect(found.map((e) => value.slice(e.start, e.end))).toEqual(['${{ secrets.A }}', "${{ format('{0}}}', secrets.B) }}"]);
    expect(found[1]!.inner).toBe(" format('{0}}}', secrets.B) ");
  });

  it('tells a single expression from a mixed value', () => {
    expect(isSingleExpression('  ${{ secrets.X }} ')).toBe(true);
    expect(isSingleExpression('Bearer ${{ secrets.X }}')).toBe(false);
    expect(isSingleExpression('${{ secrets.X }}${{ secrets.Y }}')).toBe(false);
  });
});

describe('referencesIn', () => {
  it('reads contexts in any case and with whitespace around dots', () => {
    const value = '${{ Secrets . OPENAI_KEY }} ${{SECRETS.other}}';
    const refs = referencesIn(value);
    expect(refs.map((r) => [r.context, r.path])).toEqual([
      ['secrets', ['OPENAI_KEY']],
      ['secrets', ['other']],
    ]);
    expect(at(value, refs[0]!)).toBe('Secrets . OPENAI_KEY');
  });

  it('sees secrets inside format() and marks || defaults', () => {
    const refs = referencesIn("${{ format('Bearer {0}', secrets.TOKEN) || vars.FALLBACK }}");
    expect(refs).toMatchObject([
      { context: 'secrets', path: ['TOKEN'], functions: ['format'], inDefault: false },
      { context: 'vars', path: ['FALLBACK'], inDefault: true },
    ]);
  });

  it('marks toJSON(secrets), computed secrets[...] and secrets.*', () => {
    const value = "${{ toJSON(secrets) }} ${{ secrets[format('{0}_KEY', matrix.provider)] }} ${{ secrets['LITERAL'] }} ${{ secrets.* }}";
    const refs = referencesIn(value).filter((r) => r.context === 'secrets');
    expect(refs.map((r) => ({ path: r.path, functions: r.functions }))).toEqual([
      { path: [], functions: ['tojson'] },
      { path: [null], functions: [] },
      { path: ['LITERAL'], functions: [] },
      { path: [null], functions: [] },
    ]);
    expect(at(value, refs[2]!)).toBe("secrets['LITERAL']");
    expect(at(value, refs[3]!)).toBe('secrets.*');
    // The computed index itself is read too.
    expect(referencesIn(value).some((r) => r.context === 'matrix')).toBe(true);
  });

  it('records fields read from fromJSON(secrets.X)', () => {
    const value = '${{ fromJSON(secrets.CONFIG).openai.key }}';
    const [ref] = referencesIn(value);
    expect(ref).toMatchObject({ context: 'secrets', path: ['CONFIG'], fromJsonPath: ['openai', 'key'] });
    expect(at(value, ref!)).toBe('secrets.CONFIG).openai.key');
  });

  it('reads github.event paths, env and vars, and tolerates unknown functions and contexts', () => {
    const refs = referencesIn("${{ github.event.pull_request.title }} ${{ hashFiles('**/x') }} ${{ env.API_KEY }} ${{ newctx.value && vars.X }}");
    expect(refs.map((r) => `${r.context}:${r.path.join('.')}`)).toEqual(['github:event.pull_request.title', 'env:API_KEY', 'newctx:value', 'vars:X']);
  });

  it('falls back to a scan for an expression GitHub would reject', () => {
    const [expr] = analyzeValue('${{ secrets.A + 1 }}');
    expect(expr!.error).toBeDefined();
    expect(expr!.refs.map((r) => r.path)).toEqual([['A']]);
  });

  it('handles multi-line expressions', () => {
    const value = '${{\n  secrets.A ||\n  secrets.B\n}}';
    const refs = referencesIn(value);
    expect(refs.map((r) => at(value, r))).toEqual(['secrets.A', 'secrets.B']);
  });
});
