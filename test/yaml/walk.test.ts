import { describe, expect, it } from 'vitest';
import { isAlias, isScalar } from 'yaml';
import { loadYaml } from '../../src/yaml/load.js';
import { AliasBudget, formatYamlPath, getValue, mapEntries, walkValues } from '../../src/yaml/walk.js';
import { scalarText } from '../../src/yaml/locate.js';

function scalars(text: string, budget?: AliasBudget) {
  const file = loadYaml('t.yml', text);
  const out: { path: string; value: string; at: number; via: boolean }[] = [];
  const used = walkValues(
    file.documents[0]!,
    (v) => {
      if (isScalar(v.node)) out.push({ path: formatYamlPath(v.path), value: scalarText(v.node), at: v.node.range![0], via: v.viaAlias });
    },
    { budget },
  );
  return { out, budget: used, file };
}

describe('walkValues', () => {
  it('resolves merge keys and reports where the literal is written', () => {
    const text = 'defaults: &d\n  env:\n    TOKEN: abc\njobs:\n  build:\n    <<: *d\n    runs-on: x\n';
    const { out } = scalars(text);
    const merged = out.filter((s) => s.path === 'jobs.build.env.TOKEN');
    expect(merged).toHaveLength(1);
    expect(merged[0]!.at).toBe(text.indexOf('abc'));
    expect(merged[0]!.via).toBe(true);
    expect(out.find((s) => s.path === 'defaults.env.TOKEN')!.via).toBe(false);
  });

  it('resolves an alias to the last node with its anchor before it, as YAML and Alias#resolve do', () => {
    const text = 'a: &x one\nb: *x\nc: &x two\nd: *x\ne: [&y 1, *y, &y 2, *y]\nf: *undefined\n';
    const file = loadYaml('t.yml', text);
    const doc = file.documents[0]!;
    const budget = new AliasBudget();
    const value = (key: string) => getValue(doc.contents, key, doc, budget);
    const text_ = (node: unknown) => (isScalar(node) ? String(node.value) : null);
    expect([text_(value('b')), text_(value('d')), value('f')]).toEqual(['one', 'two', null]);
    const seq = value('e') as { items: unknown[] };
    const viaYaml = seq.items.map((item) => (isAlias(item) ? text_(item.resolve(doc)) : text_(item)));
    expect(mapEntries(doc.contents, doc, budget).find((e) => e.key === 'e')!.value).toBe(seq);
    expect(viaYaml).toEqual(['1', '1', '2', '2']);
    const ours = walkValues(doc, () => undefined);
    expect(ours.exceeded).toBe(false);
    const resolved: string[] = [];
    walkValues(doc, (v) => {
      if (v.path[0] === 'e' && isScalar(v.node)) resolved.push(scalarText(v.node));
    });
    expect(resolved).toEqual(viaYaml);
  });

  it('lets explicit keys win over merged ones, and earlier merge sources over later ones', () => {
    const text = 'a: &a {x: 1, y: 1}\nb: &b {x: 2, z: 2}\nc:\n  <<: [*a, *b]\n  y: 3\n';
    const file = loadYaml('t.yml', text);
    const doc = file.documents[0]!;
    const budget = new AliasBudget();
    const c = getValue(doc.contents, 'c', doc, budget);
    const entries = Object.fromEntries(mapEntries(c, doc, budget).map((e) => [e.key, isScalar(e.value) ? e.value.value : null]));
    expect(entries).toEqual({ x: 1, z: 2, y: 3 });
  });

  it('stops an alias bomb under the budget instead of hanging', () => {
    const lines = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 10; i++) lines.push(`${'abcdefghij'[i]}: &${'abcdefghij'[i]} [${Array(10).fill(`*${'abcdefghij'[i - 1]}`).join(', ')}]`);
    const { budget } = scalars(lines.join('\n') + '\n', new AliasBudget(1000));
    expect(budget.exceeded).toBe(true);
  });

  it('parses GitLab !reference tags without errors', () => {
    const text = '.setup:\n  script: [echo hi]\njob:\n  script:\n    - !reference [.setup, script]\n    - echo done\n';
    const { out, file } = scalars(text);
    expect(file.ok).toBe(true);
    expect(file.diagnostics).toEqual([]);
    expect(out.map((s) => s.path)).toContain('job.script[0][1]');
  });

  it('does not loop on a self-referencing alias', () => {
    const { out } = scalars('a: &a\n  b: 1\n  c: *a\n');
    expect(out.map((s) => s.path)).toEqual(['a.b']);
  });
});

describe('formatYamlPath', () => {
  it('joins keys with dots, indices in brackets, and quotes odd keys', () => {
    expect(formatYamlPath(['jobs', 'build', 'steps', 2, 'env', 'OPENAI_API_KEY'])).toBe('jobs.build.steps[2].env.OPENAI_API_KEY');
    expect(formatYamlPath(['on', 'push', 'a.b'])).toBe('on.push["a.b"]');
  });
});

describe('loadYaml', () => {
  it('treats an empty file as parsed, and broken YAML as a diagnostic without throwing', () => {
    expect(loadYaml('e.yml', '').ok).toBe(true);
    const broken = loadYaml('b.yml', 'a: [1, 2\nb: {{ .Values.x }}\n');
    expect(broken.ok).toBe(false);
    expect(broken.diagnostics.map((d) => d.code)).toEqual(['yaml-invalid']);
  });
});

describe('loadYaml', () => {
  it('leaves process.env and stack traces as they were, also after the parser overflowed its stack', () => {
    const env = process.env;
    const limit = Error.stackTraceLimit;
    expect(loadYaml('ok.yml', 'a: 1\n').ok).toBe(true);
    // Deep enough to overflow the parser's recursion (which it reports as a parse error).
    const deep = loadYaml('deep.yml', `${'['.repeat(200_000)}${']'.repeat(200_000)}`);
    expect(deep.ok).toBe(false);
    expect(process.env).toBe(env);
    expect(process.env['PATH']).toBeTruthy();
    expect(Error.stackTraceLimit).toBe(limit);
  });
});
