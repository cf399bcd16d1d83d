/**
 * The pre-commit hook that install-hook writes never runs a program the repository chose: with no
 * openai-secret-lint on PATH it runs the CLI that installed it, not `npx`, which would pick the
 * `node_modules/.bin/openai-secret-lint` a hostile checkout commits.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { installHook } from '../../src/cli/install-hook.js';
import { cleanupTempDirs, gitIn, makeRepo, tempDir } from '../helpers/repo.js';
import { openaiKey } from '../helpers/keys.js';

afterAll(cleanupTempDirs);

const CLI = path.resolve(import.meta.dirname, '../../dist/cli/index.js');

/** PATH with node and git only (both live in these directories on the machines we test on). */
function minimalPath(): string {
  const dirs = new Set([path.dirname(process.execPath), '/usr/bin', '/bin']);
  return [...dirs].join(':');
}

describe('the installed pre-commit hook', () => {
  it('runs the installing CLI, never a node_modules/.bin program the repository planted', async () => {
    const repo = makeRepo({ 'README.md': 'hello\n' });
    const marker = path.join(tempDir(), 'planted-ran');
    mkdirSync(path.join(repo, 'node_modules', '.bin'), { recursive: true });
    const planted = path.join(repo, 'node_modules', '.bin', 'openai-secret-lint');
    writeFileSync(planted, `#!/bin/sh\ntouch '${marker}'\nexit 0\n`);
    chmodSync(planted, 0o755);
    writeFileSync(path.join(repo, 'package.json'), '{"name":"victim","version":"1.0.0"}\n');
    gitIn(repo, 'add', '-f', 'node_modules/.bin/openai-secret-lint', 'package.json');
    gitIn(repo, 'commit', '-q', '--no-verify', '-m', 'plant');

    await installHook(repo, false, CLI);
    const env = { ...process.env, PATH: minimalPath(), npm_config_yes: 'true' };
    expect(spawnSync('sh', ['-c', 'command -v openai-secret-lint'], { env }).status).not.toBe(0);

    // A staged key: the real scanner must block the commit.
    writeFileSync(path.join(repo, 'app.py'), `KEY = "${openaiKey('proj')}"\n`);
    gitIn(repo, 'add', 'app.py');
    const blocked = spawnSync('git', ['commit', '-q', '-m', 'add key'], { cwd: repo, env, encoding: 'utf8' });
    expect(blocked.status, blocked.stderr).not.toBe(0);
    expect(blocked.stdout + blocked.stderr).toMatch(/openai/i);
    expect(existsSync(marker)).toBe(false);
  });

  it('fails closed with a clear message when neither PATH nor the recorded CLI has the scanner', async () => {
    const repo = makeRepo({ 'README.md': 'hello\n' });
    await installHook(repo, false, path.join(tempDir(), 'gone', "it's-not-here.js"));
    writeFileSync(path.join(repo, 'a.txt'), 'a\n');
    gitIn(repo, 'add', 'a.txt');
    const result = spawnSync('git', ['commit', '-q', '-m', 'a'], { cwd: repo, env: { ...process.env, PATH: minimalPath() }, encoding: 'utf8' });
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain('openai-secret-lint: not found');
  });
});
