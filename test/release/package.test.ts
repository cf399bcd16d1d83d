/**
 * What `npm install openai-secret-lint` gives a user: the packed tarball holds what users run (the
 * bundles, action.yml, schemas, README, LICENSE, CHANGELOG) and nothing else, needs no runtime
 * dependency, and its CLI scans from a folder with no node_modules anywhere above it, also through
 * `npx` as the README shows it.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openaiKey } from '../helpers/keys.js';
import { cleanupTempDirs, makeRepo, tempDir } from '../helpers/repo.js';

const ROOT = path.resolve(import.meta.dirname, '../..');

afterAll(cleanupTempDirs);

describe('the npm package', () => {
  const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as Record<string, unknown>;

  it('declares no runtime dependency (the bundles are self-contained) and where the project lives', () => {
    expect(pkg.dependencies).toBeUndefined();
    expect(pkg.license).toBe('MIT');
    expect(readFileSync(path.join(ROOT, 'LICENSE'), 'utf8')).toContain('MIT License');
    for (const field of ['repository', 'homepage', 'bugs']) expect(pkg[field], field).toBeDefined();
    expect((pkg.devDependencies as Record<string, string>).node, 'a Node binary is not a dependency of every install').toBeUndefined();
  });

  it('packs what users run and runs from a folder without node_modules', () => {
    const out = tempDir('osl-pack-');
    const packed = JSON.parse(execFileSync('npm', ['pack', '--json', '--pack-destination', out], { cwd: ROOT, encoding: 'utf8' })) as { filename: string; files: { path: string }[] }[];
    const files = packed[0]!.files.map((f) => f.path).sort();
    for (const needed of ['dist/cli/index.js', 'dist/index.js', 'action.yml', 'schemas/config.schema.json', 'README.md', 'LICENSE', 'CHANGELOG.md', 'package.json']) expect(files).toContain(needed);
    expect(files.filter((f) => /^(src|test|bench|scripts|node_modules)\//.test(f))).toEqual([]);

    const unpacked = tempDir('osl-unpacked-');
    execFileSync('tar', ['-xzf', path.join(out, packed[0]!.filename), '-C', unpacked]);
    const key = openaiKey('proj');
    const repo = makeRepo({ 'app.py': `KEY = "${key}"\n` });
    const run = spawnSync(process.execPath, [path.join(unpacked, 'package/dist/cli/index.js'), 'scan', repo, '--format', 'json'], { cwd: unpacked, encoding: 'utf8', timeout: 60_000 });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(1);
    const report = JSON.parse(run.stdout) as { findings: { ruleId: string; file: string; line: number; column: number }[] };
    expect(report.findings.map((f) => [f.ruleId, f.file, f.line, f.column])).toEqual([['openai-api-key', 'app.py', 1, 8]]);

    // The README's `npx openai-secret-lint scan …`, through npx itself with the tarball as the package
    // (a private npm cache; a package without dependencies needs no registry).
    const cache = tempDir('osl-npx-cache-');
    const npx = spawnSync('npx', ['--yes', `--package=${path.join(out, packed[0]!.filename)}`, '--', 'openai-secret-lint', 'scan', repo, '--format', 'json'], {
      cwd: tempDir('osl-npx-cwd-'),
      encoding: 'utf8',
      timeout: 120_000,
      env: { ...process.env, npm_config_cache: cache, npm_config_update_notifier: 'false' },
    });
    expect(npx.status, npx.stderr).toBe(1);
    const viaNpx = JSON.parse(npx.stdout) as { findings: { ruleId: string; file: string; line: number; column: number }[] };
    expect(viaNpx.findings.map((f) => [f.ruleId, f.file, f.line, f.column])).toEqual([['openai-api-key', 'app.py', 1, 8]]);
    expect(npx.stdout).not.toContain(key);
  });
});
