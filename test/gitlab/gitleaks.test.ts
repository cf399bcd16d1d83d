import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseGitleaksConfig } from '../../src/config/gitleaks.js';
import { randomString } from '../helpers/keys.js';
import { cleanupTempDirs, gitIn, makeRepo, tempDir, writeTree } from '../helpers/repo.js';
import { run } from '../cli/io.js';

afterAll(cleanupTempDirs);

const HEX = '0123456789abcdef';
const acme = (body = randomString(32)) => `acme_${body}`;
// Never starting with 0: the rule's allowlist (`scoped_0+`, unanchored) would hide it (1 run in 16).
const scoped = () => `scoped_${randomString(1, HEX.slice(1))}${randomString(23, HEX)}`;

/** Every field gitleaks documents, once at least; `COMMIT` is replaced by a real sha where a test needs one. */
const TOML = String.raw`
title = "ACME secrets"
description = "Our rules"
minVersion = "v8.21.0"

[extend]
useDefault = true

[[rules]]
id = "acme-token"
description = "ACME API token"
regex = '''\b(acme_[A-Za-z0-9]{32})\b'''
secretGroup = 1
entropy = 3.0
keywords = ["acme_"]
tags = ["internal", "api"]
  [[rules.allowlists]]
  description = "examples in docs and tokens in test lines"
  condition = "OR"
  regexTarget = "line"
  regexes = ['''EXAMPLE-LINE''']
  stopwords = ["notreal"]
  paths = ['''^docs/''']
  commits = ["COMMIT"]

[[rules]]
id = "scoped-rule"
description = """Scoped
deploy token"""
regex = '''scoped_[0-9a-f]{24}'''
path = '''^deploy/'''
  [rules.allowlist]
  regexTarget = "match"
  regexes = ['''scoped_0+''']

[[rules]]
id = "lookaround"
regex = '''token(?=[0-9])'''

[[rules]]
id = "openai-api-key"
regex = '''never-matches-[0-9]{40}'''

[[rules]]
id = "composite"
regex = '''composite_[a-z]{10}'''
  [[rules.required]]
  id = "acme-token"
  withinLines = 2

[[rules]]
id = "component"
regex = '''component_[a-z]{10}'''
skipReport = true

[[rules]]
id = "path-only"
path = '''\.p12$'''

[[rules]]
id = "odd"
regex = '''odd_[a-z]{12}'''
unknownField = 1

[[rules]]
id = "bad-path"
regex = '''x_[a-z]{12}'''
path = '''(?<=a)b'''

[allowlist]
description = "global"
paths = ['''(^|/)vendor/''']
regexes = ['''^acme_TEST''', '''(?!x)''']
stopwords = ["placeholder"]
commits = ["COMMIT"]

[[allowlists]]
description = "legacy tokens only when both hold"
targetRules = ["acme-token"]
condition = "AND"
paths = ['''^legacy/''']
stopwords = ["legacy"]

[[allowlists]]
regexTarget = "line"
regexes = ['''ignored-target''']
whatever = true
`;

const BUILT_IN = ['openai-api-key'];

describe('parseGitleaksConfig', () => {
  it('loads the rules it can honour and warns about each field or rule it cannot, by name', () => {
    const { detectors, allowlists, warnings } = parseGitleaksConfig(TOML, '.gitleaks.toml', BUILT_IN);
    expect(detectors.map((d) => d.id)).toEqual(['acme-token', 'scoped-rule', 'gitleaks-openai-api-key', 'composite', 'odd']);
    expect(detectors[0]).toMatchObject({ secretGroup: 1, entropy: 3, keywords: ['acme_'], description: 'ACME API token', severity: 'high', allowlists: [{ condition: 'OR', regexTarget: 'line', regexes: ['EXAMPLE-LINE'], stopwords: ['notreal'], paths: ['^docs/'] }] });
    expect(detectors[1]).toMatchObject({ pathRegex: '^deploy/', description: 'Scoped deploy token', allowlists: [{ regexTarget: 'match', regexes: ['scoped_0+'] }] });
    expect(allowlists).toEqual([
      { condition: 'OR', commits: ['COMMIT'], paths: ['(^|/)vendor/'], regexes: ['^acme_TEST'], stopwords: ['placeholder'] },
      { condition: 'AND', commits: [], paths: ['^legacy/'], regexes: [], stopwords: ['legacy'], ruleIds: ['acme-token'] },
      { condition: 'OR', commits: [], paths: [], regexes: ['ignored-target'], stopwords: [] },
      { ruleIds: ['acme-token'], commits: ['COMMIT'] },
    ]);
    const text = warnings.join('\n');
    expect(warnings.every((w) => w.startsWith('.gitleaks.toml: '))).toBe(true);
    expect(text).toContain('`extend` is not supported');
    expect(text).toMatch(/rule lookaround: its regex is not accepted by RE2 \(.+\); skipped/);
    expect(text).toContain('rule composite: `required` (composite rules) is not supported');
    expect(text).toContain('rule component: `skipReport`');
    expect(text).toContain('rule path-only: no `regex`');
    expect(text).toContain('rule odd: unknown field `unknownField` ignored');
    expect(text).toMatch(/rule bad-path: its path regex is not accepted by RE2/);
    expect(text).toMatch(/global allowlist 1: regexes\[1\] is not accepted by RE2/);
    expect(text).toContain('global allowlist 3: unknown field `whatever` ignored');
    expect(text).toContain('global allowlist 3: `regexTarget = "line"` is not supported in a global allowlist');
    expect(text).toContain('1 rule id(s) are also built-in rule ids and are reported as gitleaks-<id>: openai-api-key');
    expect(warnings).toHaveLength(11);
  });

  it('a clean file gives no warning; invalid TOML is an error with its position and no quoted text', () => {
    expect(parseGitleaksConfig("[[rules]]\nid = 'a'\nregex = 'b+'\n", 'g.toml').warnings).toEqual([]);
    expect(() => parseGitleaksConfig("[[rules]]\nid = 'a'\nregex = 'sk-secret-value\n", 'g.toml')).toThrow(/^g\.toml:3:\d+: invalid TOML$/);
  });

  it('rules with no usable id, duplicates, wrong types: warnings, never a crash', () => {
    const { detectors, warnings } = parseGitleaksConfig("rules = 5\n", 'g.toml');
    expect(detectors).toEqual([]);
    expect(warnings).toEqual(['g.toml: `rules` must be an array of tables ([[rules]]); ignored']);
    const second = parseGitleaksConfig("[[rules]]\nregex = 'a'\n[[rules]]\nid = 'My_Rule.v2'\nregex = 'c'\n[[rules]]\nid = 'x'\nregex = 'a'\nkeywords = 'k'\nentropy = 'high'\nsecretGroup = 3\n[[rules]]\nid = 'x'\nregex = 'b'\n", 'g.toml');
    expect(second.detectors.map((d) => [d.id, d.keywords, d.entropy, d.secretGroup])).toEqual([['my-rule-v2', undefined, undefined, undefined], ['x', undefined, undefined, undefined]]);
    expect(second.warnings).toEqual([
      'g.toml: rule 1 has no usable `id`; skipped',
      'g.toml: rule 2: its id is reported as my-rule-v2 (rule ids are lower-case letters, digits and -)',
      'g.toml: rule x: `secretGroup` 3 but the regex has 0 group(s); ignored',
      'g.toml: rule x: `entropy` must be a number; ignored',
      'g.toml: rule x: `keywords` must be a list of strings; ignored (the rule runs on every file)',
      'g.toml: rule x is defined twice: the second one is skipped',
    ]);
  });
});

describe('gitleaksConfig: scanning with the imported rules and allowlists', () => {
  it('finds by the imported rules at exact positions, and applies every allowlist', async () => {
    const dir = tempDir();
    const hit = acme();
    const deploy = scoped();
    writeTree(dir, {
      '.openai-secret-lint.yml': 'gitleaksConfig: config/.gitleaks.toml\n',
      'config/.gitleaks.toml': TOML,
      'app.txt': `first\n  key ${hit}\n`,
      'allowed.txt': [`x ${acme()} EXAMPLE-LINE`, `x ${acme(`notreal${randomString(25)}`)}`, `x ${acme(`TEST${randomString(28)}`)}`, `x ${acme(`placeholder${randomString(21)}`)}`].join('\n') + '\n',
      'docs/guide.md': `x ${acme()}\n`,
      'vendor/lib.txt': `x ${acme()}\n`,
      'legacy/a.txt': `x ${acme(`legacy${randomString(26)}`)}\nx ${acme()}\n`,
      'deploy/a.txt': `${deploy}\nscoped_${'0'.repeat(24)}\n`,
      'other/a.txt': `${scoped()}\n`,
    });
    const r = await run(dir, 'scan', '.', '--format', 'json');
    const findings = JSON.parse(r.stdout).findings.map((f: any) => [f.file, f.line, f.column, f.ruleId, f.severity]);
    expect(findings.sort()).toEqual(
      [
        ['app.txt', 2, 7, 'acme-token', 'high'],
        ['legacy/a.txt', 2, 3, 'acme-token', 'high'],
        ['deploy/a.txt', 1, 1, 'scoped-rule', 'high'],
      ].sort(),
    );
    expect(r.code).toBe(1);
    expect(r.stdout).not.toContain(hit);
    expect(r.stderr).toContain('warning: config/.gitleaks.toml: rule lookaround: its regex is not accepted by RE2');
    expect(r.stderr.match(/warning:/g)).toHaveLength(11);
  });

  it('commits in global and rule allowlists hide what those commits added (history scans)', async () => {
    const dir = makeRepo({ 'a.txt': `x ${acme()}\n` });
    const first = gitIn(dir, 'rev-parse', 'HEAD').trim();
    writeFileSync(path.join(dir, 'b.txt'), `x ${acme()}\n`);
    gitIn(dir, 'add', '-A');
    gitIn(dir, 'commit', '-qm', 'second');
    const toml = "[[rules]]\nid = 'acme-token'\nregex = '''acme_[A-Za-z0-9]{32}'''\n";
    writeTree(dir, { '.openai-secret-lint.yml': 'gitleaksConfig: .gitleaks.toml\n', '.gitleaks.toml': toml });
    const files = async () => JSON.parse((await run(dir, 'scan', '.', '--history', '--format', 'json')).stdout).findings.map((f: any) => f.file).sort();
    expect(await files()).toEqual(['a.txt', 'b.txt']);
    writeFileSync(path.join(dir, '.gitleaks.toml'), `${toml}[allowlist]\ncommits = ['${first}']\n`);
    expect(await files()).toEqual(['b.txt']);
    writeFileSync(path.join(dir, '.gitleaks.toml'), `${toml}[[rules.allowlists]]\ncommits = ['${first.slice(0, 10)}']\n`);
    expect(await files()).toEqual(['b.txt']);
  });

  it('reads the file only inside the scan root, never through a link', async () => {
    const outside = tempDir();
    writeFileSync(path.join(outside, 'g.toml'), "[[rules]]\nid = 'a'\nregex = 'b'\n");
    const attempt = async (value: string, setup?: (dir: string) => void) => {
      const dir = tempDir();
      writeTree(dir, { '.openai-secret-lint.yml': `gitleaksConfig: ${JSON.stringify(value)}\n`, 'a.txt': 'x\n' });
      setup?.(dir);
      return run(dir, 'scan', '.');
    };
    for (const [value, message] of [
      ['../g.toml', 'inside the scan root'],
      [path.join(outside, 'g.toml'), 'relative to the scan root'],
      ['missing.toml', 'cannot read it: ENOENT'],
    ] as const) {
      const r = await attempt(value);
      expect(r.code, value).toBe(2);
      expect(r.stderr).toContain(message);
    }
    const linked = await attempt('g.toml', (dir) => symlinkSync(path.join(outside, 'g.toml'), path.join(dir, 'g.toml')));
    expect(linked.code).toBe(2);
    expect(linked.stderr).toContain('g.toml is a symbolic link (not followed)');
    const linkedDir = await attempt('conf/g.toml', (dir) => symlinkSync(outside, path.join(dir, 'conf')));
    expect(linkedDir.code).toBe(2);
    expect(linkedDir.stderr).toContain('conf is a symbolic link');
    const directory = await attempt('conf', (dir) => mkdirSync(path.join(dir, 'conf')));
    expect(directory.stderr).toContain('not a regular file');
  });
});
