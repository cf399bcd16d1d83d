/**
 * A pipeline file parsed to resolve GitLab `include:` is not parsed again by the rules: the parse
 * is kept for the scan (by its file list) and taken once, for the same text only.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { gitlabCiFiles } from '../../src/analyzers/gitlab-ci/include-set.js';
import type { ScanContext } from '../../src/analyzers/types.js';
import { makeSourceFile } from '../../src/core/analyze.js';
import { silentLogger } from '../../src/core/logger.js';
import { defaultSettings } from '../../src/core/settings.js';
import { keepParse, takeParse } from '../../src/yaml/kept-parses.js';
import { loadYaml } from '../../src/yaml/load.js';
import { cleanupTempDirs, tempDir } from '../helpers/repo.js';

afterAll(cleanupTempDirs);

describe('kept parses', () => {
  it('the include resolution keeps each pipeline file it parsed; the scan takes it once', () => {
    const root = tempDir('osl-kept-');
    const pipeline = 'include:\n  - local: ci/build.yml\ntest:\n  script: make test\n';
    const build = 'build:\n  script: make\n';
    mkdirSync(path.join(root, 'ci'));
    writeFileSync(path.join(root, '.gitlab-ci.yml'), pipeline);
    writeFileSync(path.join(root, 'ci/build.yml'), build);
    const files = ['.gitlab-ci.yml', 'ci/build.yml'].map((p) => ({ path: p, absPath: path.join(root, p), tracked: null }));
    const context: ScanContext = { settings: defaultSettings(root), logger: silentLogger, files, diagnostic: () => {} };
    expect([...gitlabCiFiles(context)].sort()).toEqual(['.gitlab-ci.yml', 'ci/build.yml']);
    // The source file's parse is the kept one: taking it again afterwards finds nothing.
    const source = makeSourceFile(files[0]!, pipeline, context);
    expect(source.yaml().documents[0]!.toJS()).toEqual({ include: [{ local: 'ci/build.yml' }], test: { script: 'make test' } });
    expect(takeParse(files, '.gitlab-ci.yml', pipeline)).toBeUndefined();
    // The included file's is still there, once.
    expect(takeParse(files, 'ci/build.yml', build)?.documents[0]!.toJS()).toEqual({ build: { script: 'make' } });
    expect(takeParse(files, 'ci/build.yml', build)).toBeUndefined();
  });

  it('a kept parse serves makeSourceFile of the same scan, path and text, by identity', () => {
    const files: ScanContext['files'] = [];
    const text = 'a: 1\n';
    const kept = loadYaml('x.yml', text);
    keepParse(files, 'x.yml', text, kept);
    const other: ScanContext['files'] = [];
    expect(makeSourceFile({ path: 'x.yml', absPath: '/x.yml', tracked: null }, text, { diagnostic: () => {}, files: other }).yaml()).not.toBe(kept);
    expect(makeSourceFile({ path: 'x.yml', absPath: '/x.yml', tracked: null }, text, { diagnostic: () => {}, files }).yaml()).toBe(kept);
    expect(makeSourceFile({ path: 'x.yml', absPath: '/x.yml', tracked: null }, text, { diagnostic: () => {}, files }).yaml()).not.toBe(kept);
    // Another text under the same path (the file changed in between) is parsed afresh.
    keepParse(files, 'x.yml', text, kept);
    expect(makeSourceFile({ path: 'x.yml', absPath: '/x.yml', tracked: null }, 'a: 2\n', { diagnostic: () => {}, files }).yaml()).not.toBe(kept);
  });

  it('keeps at most 2 MiB of text per scan', () => {
    const files: ScanContext['files'] = [];
    const big = `a: "${'x'.repeat(1024 * 1024)}"\n`;
    const parsed = loadYaml('a.yml', 'a: 1\n');
    keepParse(files, 'a.yml', big, parsed);
    keepParse(files, 'b.yml', big, parsed);
    expect(takeParse(files, 'b.yml', big)).toBeUndefined();
    expect(takeParse(files, 'a.yml', big)).toBe(parsed);
  });
});
