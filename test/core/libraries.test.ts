/**
 * The YAML library and re2js are loaded by the scan entry points only when the files or the
 * configuration may need them (src/core/libraries.ts). The test setup loads both for the unit
 * tests; here each case runs in a fresh module graph, where nothing is loaded until the scan does.
 */
import { readdirSync, readFileSync, realpathSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { generateKey, openaiKey } from '../helpers/keys.js';
import { cleanupTempDirs, makeRepo, type Tree } from '../helpers/repo.js';

afterAll(cleanupTempDirs);

/** The engine as a process starting a scan sees it: neither library loaded. */
async function freshEngine() {
  vi.resetModules();
  const [{ scan }, { defaultSettings }, { silentLogger }, yaml, analyze, libraries, load] = await Promise.all([
    import('../../src/core/scan.js'),
    import('../../src/core/settings.js'),
    import('../../src/core/logger.js'),
    import('../../src/yaml/library.js'),
    import('../../src/core/analyze.js'),
    import('../../src/core/libraries.js'),
    import('../../src/yaml/load.js'),
  ]);
  expect(yaml.yamlLibraryLoaded()).toBe(false);
  return { scan, defaultSettings, silentLogger, yaml, analyze, libraries, load };
}

async function scanFresh(tree: Tree) {
  const engine = await freshEngine();
  const root = realpathSync(makeRepo(tree));
  const report = await engine.scan(engine.defaultSettings(root), engine.silentLogger);
  const failed = report.diagnostics.filter((d) => d.code === 'rule-failed');
  return { findings: report.findings.map((f) => `${f.ruleId} ${f.file}:${f.line}:${f.column}`).sort(), failed, yamlLoaded: engine.yaml.yamlLibraryLoaded() };
}

/** Plain files that every text rule looks at: keys, a URL password among pipeline words, a browser client, a script, `{{ }}` values. */
function plainTree(): Tree {
  return {
    'app.py': `services = 1\nvariables = 2\nscript = 3\nDB = "postgres://app:${generateKey('github:pat')}@db.internal:5432/app"\nKEY = "${openaiKey()}"\n`,
    'web/client.js': `const client = new OpenAI({ apiKey: "${openaiKey()}", dangerouslyAllowBrowser: true });\n`,
    'deploy.sh': `#!/bin/sh\ncurl -H "Authorization: Bearer ${openaiKey()}" https://api.openai.com/v1/models\n`,
    'notes.txt': `password = "{{ .Values.password }}"\ntoken = "#{token}"\n`,
  };
}

describe('libraries loaded on demand', () => {
  it('a tree of plain files is scanned without the YAML library, with the findings of a scan that has it', async () => {
    const tree = plainTree();
    const without = await scanFresh(tree);
    expect(without.yamlLoaded).toBe(false);
    expect(without.failed).toEqual([]);
    // The same tree with a YAML file beside it: the library is loaded, the plain files' findings are the same.
    const withYaml = await scanFresh({ ...tree, 'config/settings.yml': 'name: app\n' });
    expect(withYaml.yamlLoaded).toBe(true);
    expect(withYaml.failed).toEqual([]);
    expect(withYaml.findings).toEqual(without.findings);
    expect(without.findings).toEqual(expect.arrayContaining([expect.stringMatching(/^openai-api-key app\.py:5:/), expect.stringMatching(/ web\/client\.js:1:/), expect.stringMatching(/ deploy\.sh:2:/)]));
  });

  it('every plain fixture file (scripts, sources, Makefiles, .npmrc, notes) is analysed without it, as with it', async () => {
    const root = path.resolve(import.meta.dirname, '../fixtures');
    const files = (readdirSync(root, { recursive: true, withFileTypes: true }) as import('node:fs').Dirent[])
      .filter((d) => d.isFile())
      .map((d) => path.join(d.parentPath, d.name))
      // The path a rule sees: below the fixture's ok/ or ng/ folder.
      .map((abs) => ({ abs, path: path.relative(root, abs).split(path.sep).join('/').replace(/^.*?\/(ok|ng)\//, '') }));
    const fresh = await freshEngine();
    const { classify } = await import('../../src/discover/classify.js');
    const plain = files.filter((f) => classify(f.path) === 'other');
    expect(plain.length).toBeGreaterThan(40);
    const run = (engine: typeof fresh) =>
      plain.map((f) => {
        const diagnostics: { code: string; message: string }[] = [];
        const file = { absPath: f.abs, path: f.path, tracked: true };
        const context = { settings: defaults('/fixtures'), logger: engine.silentLogger, files: [file], diagnostic: (d: { code: string; message: string }) => diagnostics.push(d) };
        const { findings } = engine.analyze.analyzeFile(engine.analyze.makeSourceFile(file, readFileSync(f.abs, 'utf8'), context), context);
        return { file: f.path, findings: findings.map((x) => `${x.ruleId} ${x.line}:${x.column}`), failed: diagnostics.filter((d) => d.code === 'rule-failed') };
      });
    const defaults = fresh.defaultSettings;
    const without = run(fresh);
    expect(fresh.yaml.yamlLibraryLoaded()).toBe(false);
    expect(without.flatMap((r) => r.failed)).toEqual([]);
    // Everything loaded, the structural rules included: the same findings.
    await fresh.libraries.loadLibrariesFor(defaults('/fixtures'), 'all');
    expect(run(fresh)).toEqual(without);
    expect(without.some((r) => r.findings.length > 0)).toBe(true);
  });

  it('a workflow loads it and is analysed structurally', async () => {
    const result = await scanFresh({ '.github/workflows/ci.yml': 'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo "${{ secrets.OPENAI_API_KEY }}"\n' });
    expect(result.yamlLoaded).toBe(true);
    expect(result.failed).toEqual([]);
    expect(result.findings).toEqual(['gha-secret-printed .github/workflows/ci.yml:6:20']);
  });

  it('a missed load point fails loudly (a rule failure, never a silent pass)', async () => {
    const engine = await freshEngine();
    const diagnostics: { code: string; message: string }[] = [];
    const file = { absPath: '/nowhere/ci.yml', path: '.github/workflows/ci.yml', tracked: true };
    const text = `on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    env:\n      OPENAI_API_KEY: ${openaiKey()}\n`;
    const context = { settings: (await import('../../src/core/settings.js')).defaultSettings('/nowhere'), logger: engine.silentLogger, files: [file], diagnostic: (d: { code: string; message: string }) => diagnostics.push(d) };
    engine.analyze.analyzeFile(engine.analyze.makeSourceFile(file, text, context), context);
    const failed = diagnostics.filter((d) => d.code === 'rule-failed').map((d) => d.message);
    expect(failed).toContain('internal error: the structural rules were not loaded for this file; only the plain-file rules ran');
    // A plain rule that reads the workflow's scripts (command-line-credential, when the random key
    // spells one of its command words, such as `git` or `npm`: about one key in 500) fails as loudly.
    for (const message of failed.filter((m) => !m.startsWith('internal error: the structural rules'))) {
      expect(message).toMatch(/^rule [\w-]+ failed on this file: Error: internal error: YAML is parsed before the YAML library was loaded$/);
    }
    // And a parse without the library says so, rather than answering "no documents".
    expect(() => engine.load.loadYaml('ci.yml', text)).toThrow('internal error: YAML is parsed before the YAML library was loaded');
  });
});
