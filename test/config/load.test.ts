import { symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { applyConfig } from '../../src/config/apply.js';
import { loadConfig } from '../../src/config/load.js';
import { defaultSettings } from '../../src/core/settings.js';
import { cleanupTempDirs, tempDir, writeTree } from '../helpers/repo.js';

afterAll(cleanupTempDirs);

describe('loadConfig', () => {
  it('finds .openai-secret-lint.yml, .yaml or .json at the root, or nothing', async () => {
    for (const name of ['.openai-secret-lint.yml', '.openai-secret-lint.yaml', '.openai-secret-lint.json']) {
      const dir = tempDir();
      writeFileSync(path.join(dir, name), '{"failOn": "low"}\n');
      expect(await loadConfig(dir)).toEqual({ config: { failOn: 'low' }, file: path.join(dir, name) });
    }
    expect(await loadConfig(tempDir())).toEqual({ config: {}, file: null });
  });

  it('refuses two config files at once, a missing --config and an invalid one', async () => {
    const dir = tempDir();
    writeTree(dir, { '.openai-secret-lint.yml': '', '.openai-secret-lint.json': '{}', 'bad.yml': 'failOn: never\n' });
    await expect(loadConfig(dir)).rejects.toThrow(/several config files .*\.openai-secret-lint\.yml, \.openai-secret-lint\.json/);
    await expect(loadConfig(dir, 'nope.yml')).rejects.toThrow(/cannot read config nope\.yml: ENOENT/);
    await expect(loadConfig(dir, 'bad.yml')).rejects.toThrow(/bad\.yml:1: failOn: must be one of critical, high, medium, low$/m);
  });

  it('resolves --config against the working directory, not the root', async () => {
    const cwd = tempDir();
    writeTree(cwd, { 'conf/x.yml': 'decodeDepth: 1\n' });
    expect((await loadConfig(tempDir(), 'conf/x.yml', cwd)).config).toEqual({ decodeDepth: 1 });
  });
});

describe('a config file that is a symbolic link', () => {
  it('is not followed when found at the scan root, but may be named with --config', async () => {
    const outside = tempDir();
    writeTree(outside, { 'elsewhere.yml': 'failOn: low\n' });
    const root = tempDir();
    symlinkSync(path.join(outside, 'elsewhere.yml'), path.join(root, '.openai-secret-lint.yml'));
    await expect(loadConfig(root)).rejects.toThrow('.openai-secret-lint.yml at the scan root is a symbolic link: not followed');
    expect((await loadConfig(root, path.join(root, '.openai-secret-lint.yml'))).config).toEqual({ failOn: 'low' });
  });
});

describe('applyConfig', () => {
  it('maps every config key onto Settings and leaves the rest alone', () => {
    const base = defaultSettings('/r', { rules: { a: 'low' } });
    const merged = applyConfig(base, {
      failOn: 'low',
      include: ['src/'],
      exclude: ['vendor/'],
      rules: { b: 'off' },
      allow: { patterns: ['X'] },
      secretNames: { extra: ['*_SALT'] },
      decodeDepth: 1,
      maxFileSize: 10,
      envFiles: { templates: ['.env.ci'] },
      kubernetes: { strictSecretEnv: true },
    });
    expect(merged).toEqual({
      ...base,
      failOn: 'low',
      include: ['src/'],
      exclude: ['vendor/'],
      rules: { a: 'low', b: 'off' },
      allow: { paths: [], patterns: ['X'], fingerprints: [] },
      secretNames: { extra: ['*_SALT'], ignore: [] },
      decodeDepth: 1,
      maxFileSize: 10,
      envFileTemplates: ['.env.ci'],
      kubernetes: { strictSecretEnv: true },
    });
    expect(applyConfig(base, {})).toEqual(base);
  });
});
