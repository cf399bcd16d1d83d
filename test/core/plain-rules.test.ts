/**
 * A scan of plain files (kind 'other') runs PLAIN_FILE_RULES and loads the rest of the rules only
 * with the YAML library (src/analyzers/active-rules.ts): this holds that list to FILE_RULES, so
 * that a rule added later cannot be left out of such scans unnoticed.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BROWSER_EXPOSURE_REPOSITORY_RULES } from '../../src/analyzers/browser-exposure/index.js';
import { COMMAND_REPOSITORY_RULES } from '../../src/analyzers/commands/index.js';
import { CONTAINER_REPOSITORY_RULES } from '../../src/analyzers/containers/index.js';
import { ENV_FILE_REPOSITORY_RULES } from '../../src/analyzers/env-files/index.js';
import { GITHUB_ACTIONS_REPOSITORY_RULES } from '../../src/analyzers/github-actions/index.js';
import { GITLAB_CI_REPOSITORY_RULES } from '../../src/analyzers/gitlab-ci/index.js';
import { KUBERNETES_REPOSITORY_RULES } from '../../src/analyzers/kubernetes/index.js';
import { PLAIN_FILE_RULES, REPOSITORY_RULES } from '../../src/analyzers/plain-rules.js';
import { FILE_RULES } from '../../src/analyzers/registry.js';
import { makeSourceFile } from '../../src/core/analyze.js';
import { classify } from '../../src/discover/classify.js';

/** Plain names of every sort: sources, scripts, build files, registry configs, docs, dotfiles. */
const NAMES = ['app.py', 'src/index.ts', 'web/client.js', 'web/page.tsx', 'lib/a.rb', 'cmd/main.go', 'deploy.sh', 'scripts/release', 'Makefile', 'Jenkinsfile', '.npmrc', '.pypirc', 'settings.toml', 'app.properties', 'config.ini', 'README.md', 'notes.txt', 'Kustomization', 'Procfile', '.bashrc', 'terraform/main.tf', 'notebook.ipynb'];

function plainPaths(): string[] {
  const fixtures = path.resolve(import.meta.dirname, '../fixtures');
  const fromFixtures = (readdirSync(fixtures, { recursive: true, withFileTypes: true }) as import('node:fs').Dirent[])
    .filter((d) => d.isFile())
    .map((d) => path.relative(fixtures, path.join(d.parentPath, d.name)).split(path.sep).join('/').replace(/^.*?\/(ok|ng)\//, ''));
  return [...NAMES, ...fromFixtures].filter((p) => classify(p) === 'other');
}

describe('the plain-file rules', () => {
  it('are the FILE_RULES that may apply to a plain file, in FILE_RULES order', () => {
    expect(FILE_RULES.filter((rule) => PLAIN_FILE_RULES.includes(rule))).toEqual(PLAIN_FILE_RULES);
    const paths = plainPaths();
    expect(paths.length).toBeGreaterThan(50);
    const others = FILE_RULES.filter((rule) => !PLAIN_FILE_RULES.includes(rule));
    expect(others.length).toBeGreaterThan(20);
    const text = 'export OPENAI_API_KEY=value\nrun: echo ${{ secrets.X }}\napiVersion: v1\nkind: Secret\n';
    const applying = paths.flatMap((p) => {
      const source = makeSourceFile({ absPath: `/nowhere/${p}`, path: p, tracked: true }, text, { diagnostic: () => {} });
      expect(source.kind, p).toBe('other');
      return others.filter((rule) => rule.appliesTo(source)).map((rule) => `${rule.meta.id} ${p}`);
    });
    expect(applying).toEqual([]);
    // Each plain-file rule applies to some plain file (else it belongs with the others).
    for (const rule of PLAIN_FILE_RULES) {
      expect(paths.some((p) => rule.appliesTo(makeSourceFile({ absPath: `/nowhere/${p}`, path: p, tracked: true }, text, { diagnostic: () => {} }))), rule.meta.id).toBe(true);
    }
  });

  it("every area's repository rules are in REPOSITORY_RULES (the engine runs that list)", () => {
    const areas = [BROWSER_EXPOSURE_REPOSITORY_RULES, COMMAND_REPOSITORY_RULES, CONTAINER_REPOSITORY_RULES, ENV_FILE_REPOSITORY_RULES, GITHUB_ACTIONS_REPOSITORY_RULES, GITLAB_CI_REPOSITORY_RULES, KUBERNETES_REPOSITORY_RULES];
    for (const rule of areas.flat()) expect(REPOSITORY_RULES, rule.meta.id).toContain(rule);
  });
});
