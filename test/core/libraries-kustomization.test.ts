/**
 * kustomize also reads a kustomization written `Kustomization` (no extension). classify() calls
 * that name a plain file ('other'), so src/core/libraries.ts does not load the YAML library for a
 * tree or a staged change whose only non-plain file it is; but kustomize-generator-source
 * (src/analyzers/kubernetes/kustomize-sources.ts, KUSTOMIZATION) parses it with yamlLibrary().
 * Each case runs in a fresh module graph (nothing loaded), as test/core/libraries.test.ts does.
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
