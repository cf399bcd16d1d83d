/** Keys written over several lines: one finding for the whole key, from the first part to the last. */
import { afterAll, describe, expect, it } from 'vitest';
import { findSecretsInText } from '../../src/analyzers/text.js';
import { LineIndex } from '../../src/core/text-position.js';
import { joinedTexts } from '../../src/detectors/continuations.js';
import { generateKey, openaiKey } from '../helpers/keys.js';
import { cleanupTempDirs } from '../helpers/repo.js';
import { scanTree } from '../helpers/scan.js';

function scan(path: string, text: string) {
  return findSecretsInText({ path, text, lines: new LineIndex(text) }, { decodeDepth: 3 });
}

/** 1-based line and column of an offset (ASCII text). */
function position(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - (before.lastIndexOf('\n') + 1) + 1 };
}

/** The expected range: from where the first part is written to where the last part ends. */
function range(text: string, parts: readonly string[]) {
  // The first part's occurrence that the next part follows closely (a short part also occurs earlier).
  let first = text.indexOf(parts[0]!);
  while (parts.length > 1 && !isFollowed(text, first + parts[0]!.length, parts[1]!)) first = text.indexOf(parts[0]!, first + 1);
  let at = first;
  for (const part of parts) at = text.indexOf(part, at) + part.length;
  const start = position(text, first);
  const end = position(text, at);
  return { line: start.line, column: start.column, endLine: end.line, endColumn: end.column };
}

function isFollowed(text: string, at: number, next: string): boolean {
  const found = text.indexOf(next, at);
  return found !== -1 && /^[\s"'`\\+.&]*$/.test(text.slice(at, found));
}

function brief(path: string, text: string) {
  return scan(path, text).map((f) => ({ ruleId: f.ruleId, line: f.line, column: f.column, endLine: f.endLine, endColumn: f.endColumn, secret: f.secret }));
}

/** Each form: a file name and the text with the key's parts in it. */
type Form = (parts: string[]) => [path: string, text: string];

const FORMS: Record<string, Form> = {
  'YAML double-quoted, backslash line break': (p) => ['ci.yml', `env:\n  API_KEY: "${p.join('\\\n    ')}"\n  OTHER: 1\n`],
  'YAML plain scalar folded over lines': (p) => ['values.yaml', `api:\n  key: ${p.join('\n    ')}\n  port: 8080\n`],
  'YAML single-quoted scalar folded over lines': (p) => ['values.yaml', `api:\n  key: '${p.join('\n    ')}'\n  port: 8080\n`],
  'YAML list item folded': (p) => ['k.yaml', `keys:\n  - ${p.join('\n    ')}\n  - other\n`],
  'shell continuation in a run: block': (p) => [
    '.github/workflows/ci.yml',
    `on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: |\n          curl -H "Authorization: Bearer ${p.join('\\\n          ')}" https://api.example.test\n`,
  ],
  'shell continuation in a script': (p) => ['deploy.sh', `#!/bin/sh\nexport API_KEY=${p.join('\\\n')} && ./run\n`],
  'Dockerfile RUN continuation': (p) => ['Dockerfile', `FROM alpine\nRUN echo ${p.join('\\\n')} > /etc/key \\\n    && true\n`],
  'Python implicit concatenation': (p) => ['config.py', `API_KEY = (\n    ${p.map((x) => `"${x}"`).join('\n    ')}\n)\n`],
  'C adjacent literals': (p) => ['key.c', `static const char *key =\n  ${p.map((x) => `"${x}"`).join('\n  ')};\n`],
  'JavaScript + at the end of the line': (p) => ['config.js', `const apiKey = ${p.map((x) => `'${x}'`).join(' +\n  ')};\n`],
  'JavaScript + at the start of the line': (p) => ['config.ts', `const apiKey = "${p[0]}"\n${p.slice(1).map((x) => `  + "${x}"`).join('\n')};\n`],
  'JavaScript template literals': (p) => ['config.mjs', `export const key = ${p.map((x) => `\`${x}\``).join(' +\n    ')};\n`],
  'Go concatenation': (p) => ['main.go', `var key = "${p.join('" +\n\t"')}"\n`],
  'PHP dot concatenation': (p) => ['config.php', `<?php\n$key = '${p.join("' .\n    '")}';\n`],
};

const KEYS: Record<string, { make: () => string; ruleId: string }> = {
  'OpenAI project key': { make: () => openaiKey('proj'), ruleId: 'openai-api-key' },
  'OpenAI legacy key': { make: () => openaiKey('legacy'), ruleId: 'openai-api-key' },
  'GitHub token': { make: () => generateKey('github:ghp'), ruleId: 'github-token' },
  'Gemini key': { make: () => generateKey('google:gemini'), ruleId: 'google-api-key' },
  'Anthropic key': { make: () => generateKey('anthropic:api03'), ruleId: 'anthropic-api-key' },
  'Stripe live key': { make: () => generateKey('stripe:sk-live'), ruleId: 'stripe-live-key' },
};

/** Split points: right after the first character, inside the prefix, the middle, near the end; and three parts. */
function splits(key: string): string[][] {
  const at = [1, 3, Math.floor(key.length / 2), key.length - 2];
  const two = at.map((i) => [key.slice(0, i), key.slice(i)]);
  const third = Math.floor(key.length / 3);
  return [...two, [key.slice(0, third), key.slice(third, 2 * third), key.slice(2 * third)]];
}

describe('a key split over lines is one finding, from the first part to the last', () => {
  for (const [formName, form] of Object.entries(FORMS)) {
    it(formName, () => {
      for (const [keyName, { make, ruleId }] of Object.entries(KEYS)) {
        const key = make();
        for (const parts of splits(key)) {
          const [path, text] = form(parts);
          const findings = scan(path, text);
          const label = `${keyName} as ${parts.map((p) => p.length).join('+')}`;
          expect({ label, findings: findings.map((f) => ({ ruleId: f.ruleId, secret: f.secret, ...pick(f) })) }).toEqual({
            label,
            findings: [{ ruleId, secret: key, ...range(text, parts) }],
          });
          expect(findings[0]!.message).toContain(`split over ${parts.length} lines`);
          expect(findings[0]!.secretParts).toEqual(parts);
        }
      }
    });
  }

  it('joins an encoded key split over lines, at the encoded text', () => {
    const encoded = Buffer.from(openaiKey('proj')).toString('base64');
    const parts = [encoded.slice(0, 90), encoded.slice(90)];
    const text = `data:\n  token: "${parts.join('\\\n    ')}"\n`;
    const [finding, ...rest] = scan('s.yaml', text);
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ ruleId: 'openai-api-key', category: 'encoded-secret', decodedFrom: ['base64'], ...range(text, parts) });
  });

  it('checks placeholders on the joined value', () => {
    const fake = `${openaiKey('proj').slice(0, 40)}xxxxxxxxxxxxxxxxxxxxxxxxxxxx`;
    expect(brief('a.yml', `k: "${fake.slice(0, 20)}\\\n  ${fake.slice(20)}"\n`)).toEqual([]);
  });
});

describe('in a scan, with the structural rules', () => {
  afterAll(cleanupTempDirs);

  it('gives one finding per split key where a workflow or manifest rule reaches the same value', async () => {
    const key = openaiKey('proj');
    const p = [key.slice(0, 90), key.slice(90)];
    const wf = (v: string) => `on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    env:\n      OPENAI_API_KEY: ${v}\n    steps:\n      - run: make\n`;
    const report = await scanTree({
      '.github/workflows/a.yml': wf(`"${p[0]}\\\n        ${p[1]}"`),
      '.github/workflows/b.yml': wf(`${p[0]}\n        ${p[1]}`),
      'k8s/d.yaml': `apiVersion: v1\nkind: Pod\nmetadata:\n  name: x\nspec:\n  containers:\n    - name: a\n      image: a\n      env:\n        - name: OPENAI_API_KEY\n          value: ${p[0]}\n            ${p[1]}\n`,
    });
    const end = 9 + p[1]!.length;
    expect(report.findings.map((f) => [f.file, f.ruleId, f.line, f.column, f.endLine, f.endColumn, f.relatedRules])).toEqual([
      ['.github/workflows/a.yml', 'openai-api-key', 6, 24, 7, end, ['gha-literal-secret']],
      ['.github/workflows/b.yml', 'openai-api-key', 6, 23, 7, end, ['gha-literal-secret']],
      ['k8s/d.yaml', 'openai-api-key', 11, 18, 12, 13 + p[1]!.length, ['k8s-env-literal-secret']],
    ]);
    // Redacted: neither the joined key nor a part of it appears in the report.
    const json = JSON.stringify(report);
    for (const part of [key, p[0]!.slice(12), p[1]!]) expect(json).not.toContain(part);
  });
});

describe('lines that are not one value are not joined', () => {
  // The first half is a key on its own (an OpenAI key with 30 characters after the marker).
  const key = openaiKey('proj');
  const half = key.slice(0, key.length - 44);
  const line = (text: string, part: string) => ({ ...range(text, [part]) });

  it('a key-looking first half followed by ordinary text', () => {
    const cases: [string, string][] = [
      ['v.yaml', `api:\n  key: ${half}\n    is rotated every month\n`],
      ['v.yaml', `api:\n  key: ${half}\n  rotation: monthly\n`],
      ['a.sh', `curl -H "x: ${half}" \\\n    https://api.example.test\n`],
      ['a.sh', `export K=${half}\\\n    echo done\n`],
      ['a.py', `keys = [\n    "${half}",\n    "abcdefghij",\n]\n`],
      ['a.py', `key = "${half}"\n"""docs"""\n`],
      ['code.py', `key = '${half}\n    abcdefghij'\n`],
      ['block.yml', `run: |\n  echo ${half}\n  abcdefghij\n`],
    ];
    for (const [path, text] of cases) {
      expect({ text, findings: brief(path, text).map(({ secret: _s, ...f }) => f) }).toEqual({ text, findings: [{ ruleId: 'openai-api-key', ...line(text, half) }] });
    }
  });

  it('a complete key followed by another line', () => {
    const ghp = generateKey('github:ghp');
    const other = generateKey('github:ghp');
    const cases: [string, string, string[]][] = [
      ['ci.yml', `env:\n  A: ${key}\n  B: "${ghp}"\n`, [key, ghp]],
      ['ci.yml', `run: |\n  export A=${key}\n  export B=${ghp}\n`, [key, ghp]],
      ['x.sh', `A=${ghp}\\\n  --flag\n`, [ghp]],
      ['x.js', `const a = ["${ghp}",\n  "${other}"];\n`, [ghp, other]],
      ['x.txt', `${ghp}\n\n${other}\n`, [ghp, other]],
    ];
    for (const [path, text, keys] of cases) {
      expect({ text, findings: brief(path, text) }).toEqual({ text, findings: keys.map((k) => ({ ruleId: expect.any(String), ...range(text, [k]), secret: k })) });
    }
  });

  it('finds no chain in ordinary YAML, shell and code', () => {
    const text = [
      'jobs:',
      '  build:',
      '    steps:',
      '      - run: |',
      '          make \\',
      '            all',
      '          echo "a" +',
      '          b',
      'x = foo(a,',
      '        b)',
    ].join('\n');
    // `make \` has a blank before the backslash: the word ended there.
    expect(joinedTexts(text, { folds: true }).map((j) => j.joins.length)).toEqual([]);
  });

  it('stays linear on long runs of continued lines', () => {
    const text = `k: "${'abcdefgh\\\n  '.repeat(20_000)}end"\n`;
    const joined = joinedTexts(text);
    expect(joined).toHaveLength(1);
    expect(joined[0]!.joins).toHaveLength(20_000);
  });
});

function pick(f: { line: number | null; column: number | null; endLine: number | null; endColumn: number | null }) {
  return { line: f.line, column: f.column, endLine: f.endLine, endColumn: f.endColumn };
}
