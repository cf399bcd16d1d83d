/**
 * docs/rules/*.md are generated from the rule registry and the rules' documentation data
 * (src/analyzers/rule-docs.ts and each area's docs.ts), so every rule's helpUri lands on a real
 * page and anchor, and every page shows what the code does: each example is scanned here (the bad
 * one reports the rule at its line, the fixed one does not, the inline comment the page shows
 * suppresses it), and every severity a rule emits over the test fixtures is declared with when.
 * `UPDATE_DOCS=1 npx vitest run test/docs` rewrites the pages; otherwise a stale page fails.
 */
import { existsSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allRuleMeta } from '../../src/analyzers/registry.js';
import { RULE_DOCS, type RuleDoc } from '../../src/analyzers/rule-docs.js';
import type { RuleMeta } from '../../src/analyzers/types.js';
import { SEVERITIES, type Finding } from '../../src/core/finding.js';
import { silentLogger } from '../../src/core/logger.js';
import { scan } from '../../src/core/scan.js';
import { defaultSettings, type Settings } from '../../src/core/settings.js';
import { renderTemplate } from '../helpers/fixtures.js';
import { cleanupTempDirs, makeRepo, tempDir, writeTree } from '../helpers/repo.js';
import { fixtureSeverities } from './fixture-severities.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const DOCS_URL = 'https://github.com/openai-secret-lint/openai-secret-lint/blob/main/docs/rules/';

const TITLES: Record<string, string> = {
  'hardcoded-secrets.md': 'Hardcoded and encoded credentials',
  'env-files.md': 'Env files',
  'github-actions.md': 'GitHub Actions',
  'gitlab-ci.md': 'GitLab CI',
  'kubernetes.md': 'Kubernetes, Helm values and kustomize',
  'containers.md': 'Compose and Dockerfiles',
  'browser-exposure.md': 'Keys that reach the browser',
  'commands.md': 'Credentials in command lines and registry config',
};

/** The docs page of a rule: its helpUri's page when it is ours, else the credentials page. */
function pageOf(meta: RuleMeta): string {
  return meta.helpUri.startsWith(DOCS_URL) ? meta.helpUri.slice(DOCS_URL.length).split('#')[0]! : 'hardcoded-secrets.md';
}

/**
 * `<<openai:proj>>` on a page: a placeholder that no detector reads as a key (`<openai-proj-key>`);
 * `<<generic:secret>>`, a literal password or token of no provider, is `<literal-secret>`.
 */
const TOKEN = /<<([a-z0-9-]+):([a-z0-9-]+)(?:\|([a-z0-9]+))?>>/g;
function shown(text: string): string {
  return text.replace(TOKEN, (_m, provider: string, kind: string, encoding?: string) =>
    provider === 'generic' ? '<literal-secret>' : `<${provider}-${kind}-key${encoding ? `-${encoding}` : ''}>`,
  );
}

/** The comment that starts a line in the example's file type (null: the format has none). */
function commentSyntax(file: string): { open: string; close: string } | null {
  const base = path.posix.basename(file);
  if (/\.(json)$/.test(base)) return null;
  if (/\.(js|mjs|cjs|jsx|ts|tsx)$/.test(base)) return { open: '// ', close: '' };
  if (/\.(md|html|vue|svelte)$/.test(base)) return { open: '<!-- ', close: ' -->' };
  return { open: '# ', close: '' };
}

function fence(file: string): string {
  const base = path.posix.basename(file);
  if (/\.ya?ml$/.test(base)) return 'yaml';
  if (/^Dockerfile|\.dockerfile$/.test(base)) return 'dockerfile';
  if (/\.(js|mjs|cjs|jsx)$/.test(base)) return 'js';
  if (/\.(ts|tsx)$/.test(base)) return 'ts';
  if (/\.json$/.test(base)) return 'json';
  if (/\.md$/.test(base)) return 'markdown';
  if (/^Makefile$/.test(base)) return 'make';
  if (/\.(sh|bash)$|^\.env|\.env$|^\.envrc$/.test(base)) return 'sh';
  if (/^\.npmrc$|\.properties$|\.ini$/.test(base)) return 'ini';
  return 'text';
}

/** What the bad example reports: decided by scanning it, so the suppression advice fits the finding. */
interface ExampleFacts {
  severity: string;
  wholeFile: boolean;
  hasSecret: boolean;
}

function render(page: string, rules: RuleMeta[], facts: Map<string, ExampleFacts>): string {
  const lines = [
    `# ${TITLES[page] ?? page}`,
    '',
    '<!-- Generated from the rule registry and src/analyzers/**/docs.ts by test/docs/rules-docs.test.ts (UPDATE_DOCS=1). Do not edit. -->',
    '',
    'Each rule below shows the severities it can report and when, an example that it reports with',
    'the fixed version (both scanned by the test that writes this page), and how to suppress it.',
    'Keys in examples are written `<provider-kind-key>`, other literal passwords and tokens `<literal-secret>`:',
    'the test puts a freshly generated random value there.',
    '',
    '| rule | category | default severity |',
    '|---|---|---|',
    ...rules.map((r) => `| [\`${r.id}\`](#${r.id}) | ${r.category} | ${r.severity} |`),
    '',
  ];
  for (const r of rules) {
    lines.push(`## ${r.id}`, '', r.description, '', `- Category: \`${r.category}\``, `- Default severity: \`${r.severity}\``);
    if (!r.helpUri.startsWith(DOCS_URL)) lines.push(`- Provider documentation: ${r.helpUri}`);
    lines.push('');
    const doc = RULE_DOCS[r.id];
    const fact = facts.get(r.id);
    if (!doc || !fact) {
      lines.push('_No example yet._', '');
      continue;
    }
    lines.push('### Severities', '', '| severity | when |', '|---|---|');
    for (const s of [...doc.severities].sort((a, b) => SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity))) lines.push(`| \`${s.severity}\` | ${s.when} |`);
    lines.push('');
    const ex = doc.example;
    const at = ex.line === null ? `the whole file \`${ex.file}\`` : `line ${ex.line} of \`${ex.file}\``;
    lines.push("### Example", "", `Reported (\`${fact.severity}\`) on ${at}:`, '');
    for (const [name, text] of Object.entries(ex.others ?? {})) lines.push(`\`${name}\`:`, '', '```' + fence(name), shown(text).trimEnd(), '```', '');
    if (ex.others) lines.push(`\`${ex.file}\`:`, '');
    lines.push('```' + fence(ex.file), shown(ex.bad).trimEnd(), '```', '');
    if (ex.git) lines.push(ex.git === 'all' ? 'Every file is committed.' : `\`${ex.file}\` is not committed (untracked); the other files are.`, '');
    if (ex.settings) lines.push(`Only with \`${JSON.stringify(ex.settings)}\` in the configuration.`, '');
    lines.push('Fixed:', '');
    for (const [name, text] of Object.entries(ex.fixedOthers ?? {})) lines.push(`\`${name}\`:`, '', '```' + fence(name), shown(text).trimEnd(), '```', '');
    if (ex.fixedOthers) lines.push(`\`${ex.file}\`:`, '');
    lines.push(ex.fixed.trim() === '' ? '_(the file is removed)_' : ['```' + fence(ex.file), shown(ex.fixed).trimEnd(), '```'].join('\n'), '');
    if (ex.note) lines.push(ex.note, '');
    lines.push('### Suppressing it', '');
    const comment = commentSyntax(ex.file);
    if (fact.wholeFile) lines.push('- The finding is about the whole file, so no comment suppresses it: use the configuration or a baseline.');
    else if (comment) lines.push(`- On the reported line, or alone on the line before: \`${comment.open}openai-secret-lint:ignore[${r.id}] reason${comment.close}\` (any comment syntax works: \`#\`, \`//\`, \`/* */\`, \`<!-- -->\`).`);
    else lines.push(`- ${fence(ex.file).toUpperCase()} has no comments: use the configuration or a baseline.`);
    lines.push(
      `- In \`.openai-secret-lint.yml\`: \`rules: { ${r.id}: off }\`, or another severity (\`rules: { ${r.id}: low }\`); the category works too (\`rules: { ${r.category}: low }\`).`,
      `- Accept a path: \`allow: { paths: ["${ex.file}"] }\`, or one finding: \`allow: { fingerprints: [<its fingerprint from --format json>] }\`.`,
    );
    if (fact.hasSecret) lines.push('- Accept a value: `allow: { patterns: ["^<RE2 regular expression on the value>"] }` (for documented test values).');
    lines.push('- Accept what is there today: `openai-secret-lint scan --write-baseline .secrets-baseline.json`, then `--baseline .secrets-baseline.json` (Action input `baseline`).', '');
  }
  return lines.join('\n');
}

function pages(): Map<string, RuleMeta[]> {
  const byPage = new Map<string, RuleMeta[]>();
  for (const meta of allRuleMeta().sort((a, b) => a.id.localeCompare(b.id))) {
    const page = pageOf(meta);
    byPage.set(page, [...(byPage.get(page) ?? []), meta]);
  }
  return byPage;
}

/** Scans one side of an example as a repository; returns the findings and the text of the example file. */
async function scanExample(doc: RuleDoc, side: 'bad' | 'fixed', transform: (text: string) => string = (t) => t): Promise<Finding[]> {
  const ex = doc.example;
  const tree: Record<string, string> = {};
  for (const [name, text] of Object.entries((side === 'fixed' ? ex.fixedOthers : undefined) ?? ex.others ?? {})) tree[name] = renderTemplate(text).text;
  const text = side === 'bad' ? ex.bad : ex.fixed;
  if (text.trim() !== '') tree[ex.file] = transform(renderTemplate(text).text);
  let dir: string;
  if (ex.git === 'all') dir = makeRepo(tree);
  else if (ex.git === 'others') {
    const { [ex.file]: untracked, ...committed } = tree;
    dir = makeRepo(committed);
    if (untracked !== undefined) writeTree(dir, { [ex.file]: untracked });
  } else {
    dir = tempDir('osl-docs-');
    writeTree(dir, tree);
  }
  const real = realpathSync(dir);
  const settings: Partial<Settings> = { ...(ex.settings ?? {}) };
  const report = await scan(defaultSettings(real, settings), silentLogger);
  return report.findings;
}

/** The example with an ignore comment alone on the line before the reported one, indented like it. */
function withIgnoreComment(text: string, line: number, ruleId: string, comment: { open: string; close: string }): string {
  const lines = text.split('\n');
  const indent = /^\s*/.exec(lines[line - 1]!)![0];
  lines.splice(line - 1, 0, `${indent}${comment.open}openai-secret-lint:ignore[${ruleId}] documented example${comment.close}`);
  return lines.join('\n');
}

describe('docs/rules', () => {
  const generated = pages();
  const facts = new Map<string, ExampleFacts>();
  const problems: string[] = [];

  beforeAll(async () => {
    await Promise.all(
      allRuleMeta().map(async (meta) => {
        const doc = RULE_DOCS[meta.id];
        if (!doc) return;
        const ex = doc.example;
        const bad = (await scanExample(doc, 'bad')).filter((f) => f.ruleId === meta.id);
        if (bad.length !== 1) {
          problems.push(`${meta.id}: the bad example gives ${bad.length} findings of the rule (expected exactly 1 at line ${ex.line})`);
          return;
        }
        const [finding] = bad;
        if (finding!.line !== ex.line) problems.push(`${meta.id}: the bad example's finding is at line ${finding!.line}, the docs say ${ex.line}`);
        if (!doc.severities.some((s) => s.severity === finding!.severity)) problems.push(`${meta.id}: the bad example reports at ${finding!.severity}, which its severities do not declare`);
        const fixed = (await scanExample(doc, 'fixed')).filter((f) => f.ruleId === meta.id);
        if (fixed.length > 0) problems.push(`${meta.id}: the fixed example still gives ${fixed.map((f) => `line ${f.line}`).join(', ')}`);
        const comment = commentSyntax(ex.file);
        if (ex.line !== null && comment) {
          const suppressed = (await scanExample(doc, 'bad', (t) => withIgnoreComment(t, ex.line!, meta.id, comment))).filter((f) => f.ruleId === meta.id);
          if (suppressed.length > 0) problems.push(`${meta.id}: the ignore comment the page shows does not suppress the finding`);
        }
        facts.set(meta.id, { severity: finding!.severity, wholeFile: finding!.line === null, hasSecret: finding!.secret !== undefined });
      }),
    );
  }, 120_000);
  afterAll(cleanupTempDirs);

  it('every rule has documentation data: severities with when, and an example', () => {
    const missing = allRuleMeta()
      .filter((m) => !RULE_DOCS[m.id])
      .map((m) => `${m.id}: no entry in RULE_DOCS — add its severities and an example to the area's docs.ts (src/analyzers/<area>/docs.ts, or text-docs.ts for key detectors)`);
    expect(missing).toEqual([]);
    const known = new Set(allRuleMeta().map((m) => m.id));
    expect(Object.keys(RULE_DOCS).filter((id) => !known.has(id)), 'documentation for rules that do not exist').toEqual([]);
    for (const [id, doc] of Object.entries(RULE_DOCS)) {
      expect(doc.severities.length, id).toBeGreaterThan(0);
      expect(new Set(doc.severities.map((s) => s.severity)).size, `${id}: a severity listed twice`).toBe(doc.severities.length);
      for (const s of doc.severities) expect(s.when.length, `${id}: ${s.severity} needs a when`).toBeGreaterThan(10);
      const meta = allRuleMeta().find((m) => m.id === id)!;
      expect(doc.severities.map((s) => s.severity), `${id}: its default severity must be listed`).toContain(meta.severity);
    }
  });

  it('every example reports its rule at its line, its fix does not, and the ignore comment suppresses it', () => {
    expect(problems.sort()).toEqual([]);
  });

  it('every severity a rule emits over the test fixtures is declared on its page', () => {
    const undeclared = new Set<string>();
    for (const e of fixtureSeverities()) {
      const doc = RULE_DOCS[e.ruleId];
      if (doc && !doc.severities.some((s) => s.severity === e.severity)) undeclared.add(`${e.ruleId} emits ${e.severity} (e.g. ${e.fixture})`);
    }
    expect([...undeclared].sort()).toEqual([]);
  });

  it('examples hold no key-shaped literal: keys are <<provider:kind>> tokens', () => {
    // The pages are scanned with the repository; a rendered page shows only placeholders.
    for (const [id, doc] of Object.entries(RULE_DOCS)) {
      for (const text of [doc.example.bad, doc.example.fixed, ...Object.values(doc.example.others ?? {})]) {
        expect(shown(text), id).not.toMatch(/<<[a-z0-9-]*:|<<[^\n]*\|[a-z0-9]*>>/);
      }
    }
  });

  it('has one page per area, each matching the registry and the documentation data', () => {
    for (const [page, rules] of generated) {
      const file = path.join(root, 'docs/rules', page);
      const expected = render(page, rules, facts);
      if (process.env.UPDATE_DOCS) writeFileSync(file, expected);
      expect(existsSync(file), `${page} is missing: run UPDATE_DOCS=1 npx vitest run test/docs`).toBe(true);
      expect(readFileSync(file, 'utf8'), `${page} is stale: run UPDATE_DOCS=1 npx vitest run test/docs`).toBe(expected);
    }
  });

  it('every helpUri into docs/rules names a page that exists and, with an anchor, a rule on it', () => {
    for (const meta of allRuleMeta()) {
      if (!meta.helpUri.startsWith(DOCS_URL)) continue;
      const [page, anchor] = meta.helpUri.slice(DOCS_URL.length).split('#');
      expect(generated.has(page!), `${meta.id}: ${meta.helpUri}`).toBe(true);
      if (anchor) expect(generated.get(page!)!.map((r) => r.id), `${meta.id}: ${meta.helpUri}`).toContain(anchor);
    }
  });

  it('every rule has an id, a description and a known title page', () => {
    for (const meta of allRuleMeta()) {
      expect(meta.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(meta.description.length).toBeGreaterThan(10);
      expect(TITLES[pageOf(meta)], meta.id).toBeDefined();
    }
  });
});
