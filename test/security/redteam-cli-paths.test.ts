/**
 * Red-team attacks through the paths the CLI is told to read: `--config` and `--baseline` naming
 * a FIFO the repository holds, or a device that never ends. Each must be refused at once (exit 2,
 * "is not a file"), never block on the FIFO or read without end.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openaiKey } from '../helpers/keys.js';
import { cleanupTempDirs, tempDir, writeTree } from '../helpers/repo.js';
import { runCli } from './git-helpers.js';

afterAll(cleanupTempDirs);

describe('--config and --baseline naming what is not a file', () => {
  const repo = () => {
    const dir = tempDir();
    writeTree(dir, { 'app.js': `const key = "${openaiKey('proj')}";\n` });
    execFileSync('mkfifo', [path.join(dir, 'pipe')]);
    return dir;
  };

  it.each([
    ['--config', 'pipe', 'config pipe is not a file'],
    ['--config', '/dev/zero', 'config /dev/zero is not a file'],
    ['--baseline', 'pipe', 'is not a file'],
    ['--baseline', '/dev/zero', 'baseline /dev/zero is not a file'],
  ])('%s %s is refused at once (exit 2)', async (flag, target, message) => {
    // The time bound is the spawn's: a run blocked on the FIFO (or reading /dev/zero) is killed, with no exit code.
    const run = await runCli(repo(), ['scan', flag, target, '.'], { timeoutMs: 20_000 });
    expect(run.code, run.stderr).toBe(2);
    expect(run.stderr).toContain(message);
  }, 30_000);
});
