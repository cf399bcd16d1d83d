/**
 * docs/rules/*.md are generated from the rule registry, so every rule's helpUri lands on a real
 * page and anchor. `UPDATE_DOCS=1 npx vitest run test/docs` rewrites them; otherwise a stale page fails.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { allRuleMeta } from '../../src/analyzers/registry.js';
import type { RuleMeta } from '../../src/analyzers/types.js';

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

function render(page: string, rules: RuleMeta[]): string {
  const lines = [
    `# ${TITLES[page] ?? page}`,
    '',
    '<!-- Generated from the rule registry by test/docs/rules-docs.test.ts (UPDATE_DOCS=1). Do not edit. -->',
    '',
    '| rule | category | default severity |',
    '|---|---|---|',
    ...rules.map((r) => `| [\`${r.id}\`](#${r.id}) | ${r.category} | ${r.severity} |`),
    '',
  ];
  for (const r of rules) {
    lines.push(`## ${r.id}`, '', r.description, '', `- Category: \`${r.category}\``, `- Default severity: \`${r.severity}\``);
    if (!r.helpUri.startsWith(DOCS_URL)) lines.push(`- Provider documentation: ${r.helpUri}`);
    lines.push(`- Tune or disable it in \`.openai-secret-lint.yml\`: \`rules: { ${r.id}: low }\` or \`off\`.`, '');
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

describe('docs/rules', () => {
  const generated = pages();

  it('has one page per area, each matching the registry', () => {
    for (const [page, rules] of generated) {
      const file = path.join(root, 'docs/rules', page);
      const expected = render(page, rules);
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
