/**
 * startGit (src/util/git.ts): a command started before its output is wanted. Output read late
 * arrives whole and in order whether git exited while paused or stays blocked on the pipe; cancel
 * signals only a process that still runs, and a cancelled command ends (its output dropped), so
 * that nothing is left for the exit hook. From a review of the head starts (issue 20).
 */
import { readFileSync, realpathSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { startGit } from '../../src/util/git.js';
import { waitForGitChildren } from '../helpers/git-calls.js';
import { cleanupTempDirs, makeRepo } from '../helpers/repo.js';

afterAll(cleanupTempDirs);

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** git.ts's process 'exit' hook (kills every pid still in its `running` set). */
const exitHook = () => process.listeners('exit').find((l) => l.toString().includes('running.forEach')) as (() => void) | undefined;

function bigRepo(bytes: number): string {
  const line = 'x'.repeat(99) + '\n';
  return realpathSync(makeRepo({ 'big.txt': line.repeat(Math.ceil(bytes / 100)) }));
}

describe('startGit: cancel', () => {
  it('cancel after the command has exited sends no signal (its group id may be another process\'s by now)', async () => {
    const root = bigRepo(100);
    const started = startGit(root, ['rev-parse', 'HEAD']);
    await sleep(500);
    await waitForGitChildren('rev-parse', 'none');
    // ps stops listing git when it exits; Node learns of the exit on a later turn of its loop.
    // Under load git can outlive the 500 ms, and cancel on the same turn would still see it running.
    await sleep(100);
    const kill = vi.spyOn(process, 'kill').mockImplementation(() => true);
    try {
      started.cancel();
      await sleep(50);
      expect(kill.mock.calls.filter(([pid]) => Number(pid) < 0)).toEqual([]);
    } finally {
      kill.mockRestore();
    }
  });

  it('a cancelled command with over 1 MiB unread still ends: nothing of it is left for the exit hook to kill', async () => {
    const root = bigRepo(3 * 1024 * 1024);
    const started = startGit(root, ['cat-file', '-p', 'HEAD:big.txt']);
    await sleep(500); // paused at 1 MiB, git blocked on the pipe
    started.cancel();
    await waitForGitChildren('cat-file', 'none');
    await sleep(200);
    const hook = exitHook();
    expect(hook).toBeDefined();
    const kill = vi.spyOn(process, 'kill').mockImplementation(() => true);
    try {
      hook!();
      expect(kill.mock.calls.filter(([pid]) => Number(pid) < 0)).toEqual([]);
    } finally {
      kill.mockRestore();
    }
  });
});

describe('startGit: output read late', () => {
  for (const [name, bytes] of [
    ['exits while paused (1 MiB < output < 1 MiB + pipe)', 1024 * 1024 + 20_000],
    ['stays blocked on the pipe (3 MiB)', 3 * 1024 * 1024],
  ] as const) {
    it(`read late, complete and in order: ${name}`, async () => {
      const root = bigRepo(bytes);
      const expected = readFileSync(path.join(root, 'big.txt'), 'utf8');
      const started = startGit(root, ['cat-file', '-p', 'HEAD:big.txt']);
      await sleep(600);
      const chunks: Buffer[] = [];
      const result = await started.read((c) => chunks.push(c));
      expect(result.code).toBe(0);
      expect(Buffer.concat(chunks).toString('utf8') === expected).toBe(true);
    });
  }
});
