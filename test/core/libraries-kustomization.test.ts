/**
 * kustomize also reads a kustomization written `Kustomization` (no extension). classify() calls
 * that name a plain file ('other'), but kustomize-generator-source parses it (with the YAML
 * library) whatever file it looks at: src/core/libraries.ts loads the library for that name too
 * (isKustomizationFile). Each case runs in a fresh module graph (nothing loaded), as
 * test/core/libraries.test.ts does. Found by a reviewer: the scan failed every file with an
 * internal error (exit 3) when that was the tree's only non-plain file.
 */
import { realpathSync } from 'node:fs';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { randomString } from '../helpers/keys.js';
import { cleanupTempDirs, makeRepo, type Tree } from '../helpers/repo.js';

afterAll(cleanupTempDirs);

async function scanFresh(tree: Tree) {
  vi.resetModules();
  const [{ scan }, { defaultSettings }, { silentLogger }, yaml] = await Promise.all([
    import('../../src/core/scan.js'),
    import('../../src/core/settings.js'),
    import('../../src/core/logger.js'),
    import('../../src/yaml/library.js'),
  ]);
  expect(yaml.yamlLibraryLoaded()).toBe(false);
  const root = realpathSync(makeRepo(tree));
  const report = await scan(defaultSettings(root), silentLogger);
  return {
    findings: report.findings.map((f) => `${[f.ruleId, ...(f.relatedRules ?? [])].join('+')} ${f.file}:${f.line}`).sort(),
    failed: report.diagnostics.filter((d) => d.code === 'rule-failed').map((d) => `${d.file}: ${d.message}`),
  };
}

describe('a kustomization named Kustomization (no extension)', () => {
  it('is analysed in a tree of plain files as it is beside a YAML file: no rule failure, the same findings', async () => {
    const tree: Tree = {
      Kustomization: 'secretGenerator:\n  - name: api\n    envs:\n      - api.properties\n',
      'api.properties': `DB_PASSWORD=${randomString(20)}\n`,
    };
    const without = await scanFresh(tree);
    const withYaml = await scanFresh({ ...tree, 'config/settings.yml': 'name: app\n' });
    expect(withYaml.failed).toEqual([]);
    expect(withYaml.findings).toEqual(expect.arrayContaining([expect.stringMatching(/kustomize-generator-source.* api\.properties:/)]));
    expect(without.failed).toEqual([]);
    expect(without.findings).toEqual(withYaml.findings);
  });
});
