/**
 * The fast YAML path (src/yaml/fast-parse.ts): what the rules decide by comes out as `yaml` makes
 * it, on every YAML fixture of this repository and on the shapes it takes; what it does not model
 * goes to `yaml`; and a file with a finding is analysed again on `yaml`'s parse, which a planted
 * fault of the fast parser shows. corpus-tests/fast-yaml.test.ts compares the findings on 3,591
 * real files.
 */
import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ScanContext } from '../../src/analyzers/types.js';
import { analyzeFile, makeSourceFile, recheckFastParses } from '../../src/core/analyze.js';
import type { Diagnostic } from '../../src/core/finding.js';
import { silentLogger } from '../../src/core/logger.js';
import { defaultSettings } from '../../src/core/settings.js';
import { yamlAstLibrary } from '../../src/yaml/library.js';
import { loadYaml } from '../../src/yaml/load.js';
import { openaiKey } from '../helpers/keys.js';
import { decisive } from '../helpers/yaml-nodes.js';

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures');

function yamlFixtures(dir = FIXTURES, out: string[] = []): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yamlFixtures(full, out);
    else if (/\.ya?ml$/i.test(entry.name)) out.push(full);
  }
  return out;
}

function both(text: string) {
  const fast = loadYaml('f.yaml', text, { fast: true });
  const exact = loadYaml('f.yaml', text);
  return { fast, exact };
}

describe('the fast YAML path', () => {
  it("gives every YAML fixture's nodes as yaml does (values, types, quoting, starts, scalar ends, line starts), and takes most of them", () => {
    const files = yamlFixtures();
    expect(files.length).toBeGreaterThan(100);
    let taken = 0;
    for (const file of files) {
      const text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
      const { fast, exact } = both(text);
      if (!fast.fast) continue;
      taken++;
      expect(decisive(fast.documents), path.relative(FIXTURES, file)).toEqual(decisive(exact.documents));
      expect(fast.lineCounter.lineStarts, file).toEqual(exact.lineCounter.lineStarts);
      expect(fast.ok && exact.ok).toBe(true);
    }
    expect(taken).toBeGreaterThan(files.length * 0.7);
  });

  it.each([
    ['empty values, flow collections and comments', 'on:\n  push:\n  pull_request:\n    branches: [main, "v*"]  # both\njobs: {a: 1, b: [x, y]}\nempty:\n# a comment\nlast: 1\n'],
    ['block scalars, folded and stripped', 'run: |\n  echo one\n  echo two\n\nnext: >-\n  folded\n  text\n\n\nlast: |\n  at the end'],
    ['core-schema scalars', 'a: 0x1F\nb: 0o17\nc: 1.50\nd: -.inf\ne: .NaN\nf: 1e3\ng: TRUE\nh: ~\ni: null\nj: "012"\nk: 012\nl: yes\nm: on\n'],
    ['several documents and an end marker', 'a: 1\n---\n- b\n- c: d\n...\n---\ne: f\n'],
    ['anchors, aliases and merge keys', '.base: &base\n  # shared\n  image: x\n  script: [a, &s "b"]\njob:\n  <<: *base\n  tags: [*s]\nother: &n 1\nuse: *n\n'],
    ['maps inside flow sequences', 'include: [node: 18, node: 20]\nb: [a: 1]\n'],
    ['empty documents', 'a: 1\n---\n   \n---\n# note\n---\nb: 2\n---\n'],
    ['CRLF line ends', 'a: 1\r\nb:\r\n  c: |\r\n    x\r\n  d: "y"\r\n'],
  ])('takes %s, and gives them as yaml does', (_, text) => {
    const { fast, exact } = both(text);
    expect(fast.fast).toBe(true);
    expect(decisive(fast.documents)).toEqual(decisive(exact.documents));
    expect(fast.lineCounter.lineStarts).toEqual(exact.lineCounter.lineStarts);
  });

  it.each([
    ['a tag, which it drops', 'a: !!str 123\n'],
    ['a custom tag', 'a: !Ref name\n'],
    ['an anchor before a tag', 'a: &x !!str 1\nb: *x\n'],
    ['a directive', '%YAML 1.2\n---\na: 1\n'],
    ['a single-quoted scalar over lines with an escaped quote', "a: 'it''s\n  two'\n"],
    ['a document of comments only', '# nothing\n'],
    ['a block scalar starting with a blank line', 'a: |\n\n  text\n'],
    ['a block scalar that keeps its line breaks', 'a: |+\n  text\n\nb: 1\n'],
    ['a byte-order mark', '\uFEFFa: 1\n'],
    // What a review found the peer reads otherwise (kept as they were found):
    ['a quoted scalar over lines', 'a: "one\\\n  two \\"x\\"\n  three"\nb: \'p\n\n  q\'\n'],
    ['a blank before a quoted line break', "key: 'sk-one \n two'\n"],
    ['an escaped line break before an empty line', 'a: "x\\\n\n y"\n'],
    ['a lone CR', 'a: b\r'],
    ['a blank line deeper than a block scalar', 'a: |\n  x\n    \n'],
    ['a byte-order mark after a document end', 'a: 1\n...\n\uFEFFb: 2\n'],
    ['a no-break space after a marker', '---\u00A0a: 1\n'],
    ['a flow collection over lines', 'on:\n  push:\n    branches: [main,\n    release]\n'],
    ['an escape yaml rejects', 'a: "\\U00110000"\n'],
    ['text right after a closing quote', 'd: "x"t: 1\n'],
    ['two pairs on one line', 'd: "" t:'],
    ['a complex key', '? [a, b]\n: c\n'],
    ['invalid YAML', 'a: [1, 2\nb: 3\n'],
    ['an empty sequence item', '-\n- a\n'],
    ['an anchor stuck to a flow collection', 'a: &a[b]\n'],
    // Checks that look back along a line made a hostile one-line flow quadratic (1 MB: over a minute).
    ['a line of more than 1,024 characters', `a: [${Array.from({ length: 300 }, () => '"xy"').join(', ')}]\n`],
  ])('leaves %s to yaml', (_, text) => {
    const parsed = loadYaml('f.yaml', text, { fast: true });
    expect(parsed.fast).toBeUndefined();
    const exact = loadYaml('f.yaml', text);
    expect(decisive(parsed.documents)).toEqual(decisive(exact.documents));
    expect([parsed.ok, parsed.diagnostics, parsed.lineCounter.lineStarts]).toEqual([exact.ok, exact.diagnostics, exact.lineCounter.lineStarts]);
  });
});

describe('a file with findings on the fast parse', () => {
  const ast = yamlAstLibrary()!;
  const loadAll = ast.loadAll;
  afterEach(() => {
    ast.loadAll = loadAll;
    recheckFastParses(true);
  });

  /** The fast parser with a planted fault: every scalar value that looks like a key has its last character changed. */
  function plantFault(): void {
    ast.loadAll = ((text: string, iterator: (document: never) => void, options?: object) =>
      loadAll(
        text,
        (document) => {
          const shift = (node: { kind: number; value?: unknown; mappings?: { key: unknown; value: unknown }[]; items?: unknown[] } | null) => {
            if (!node) return;
            if (node.kind === ast.Kind.SCALAR && /^sk-/.test(String(node.value))) node.value = String(node.value).slice(0, -1) + (String(node.value).endsWith('A') ? 'B' : 'A');
            for (const m of node.mappings ?? []) (shift(m.key as never), shift(m.value as never));
            for (const item of node.items ?? []) shift(item as never);
          };
          shift(document as never);
          iterator(document as never);
        },
        options,
      )) as typeof ast.loadAll;
  }

  function analyse(text: string): unknown {
    const diagnostics: Diagnostic[] = [];
    const context: ScanContext = { settings: defaultSettings('/repo'), logger: silentLogger, files: [], diagnostic: (d) => diagnostics.push(d) };
    const source = makeSourceFile({ path: '.github/workflows/ci.yml', absPath: '/repo/.github/workflows/ci.yml', tracked: true }, text, context);
    return { ...analyzeFile(source, context), diagnostics };
  }

  const workflow = () => `on: push\njobs:\n  test:\n    runs-on: ubuntu-latest\n    env:\n      OPENAI_API_KEY: ${openaiKey()}\n    steps:\n      - run: echo hi\n`;

  it("is analysed again on yaml's parse, so a fault of the fast parser cannot change what it reports", () => {
    const text = workflow();
    const expected = analyse(text);
    expect(JSON.stringify(expected)).toContain('"ruleId":"gha-literal-secret"');
    plantFault();
    expect(analyse(text)).toEqual(expected);
  });

  it('(the planted fault does change the findings when nothing analyses the file again: the test above could fail)', () => {
    const text = workflow();
    const expected = analyse(text);
    plantFault();
    recheckFastParses(false);
    expect(analyse(text)).not.toEqual(expected);
  });
});

describe('the fast YAML path on generated texts', () => {
  // Lines of keys, items, scalars of every style, anchors, aliases, tags, comments, flow
  // collections, block scalars and document markers, at random indentation: wherever the fast
  // path takes a text, what the rules read must be yaml's.
  const scalar = fc.oneof(
    fc.constantFrom('x', 'true', 'null', '~', '012', '0x1F', '1.50', '-.inf', 'yes', 'on', 'a b', 'a: b', "'q'", "'it''s'", '"d\\"q"', '"\\u0041"', '${{ secrets.T }}', '', '[a, b]', '{k: v}', '[]', '{}', '&a v', '*a', '!!str 1', '!t x', '|', '>-', '|2', '"multi', "'multi"),
    fc.stringMatching(/^[a-z0-9 _.:#-]{0,12}$/),
  );
  const line = fc.tuple(fc.integer({ min: 0, max: 6 }), fc.constantFrom('key: ', '- ', '', '? ', 'k2:', '# c ', '---', '...'), scalar, fc.constantFrom('', ' # note', ' ', '\r'));
  const text = fc.array(line, { minLength: 1, maxLength: 14 }).map((lines) => lines.map(([indent, lead, value, tail]) => `${' '.repeat(indent)}${lead}${value}${tail}`).join('\n') + '\n');

  it('gives every node as yaml does wherever it takes the text (and takes a fair share of them)', () => {
    let taken = 0;
    fc.assert(
      fc.property(text, (t) => {
        const fast = loadYaml('g.yaml', t, { fast: true });
        if (!fast.fast) return;
        taken++;
        const exact = loadYaml('g.yaml', t);
        expect(exact.ok && exact.diagnostics.length === 0).toBe(true);
        expect(decisive(fast.documents)).toEqual(decisive(exact.documents));
        expect(fast.lineCounter.lineStarts).toEqual(exact.lineCounter.lineStarts);
      }),
      { numRuns: Number(process.env.FAST_YAML_RUNS ?? 3000), seed: Number(process.env.FAST_YAML_SEED ?? 20261205) },
    );
    expect(taken).toBeGreaterThan(200);
  });
});
