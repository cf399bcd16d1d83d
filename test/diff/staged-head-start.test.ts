/**
 * The staged diff started before the scan's code loads (issue 20: a pre-commit hook's start-up):
 * the scan must take that diff instead of asking git again, only for the root it was started for,
 * and a failed or unused head start must neither be lost nor crash the process.
 */
import { realpathSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/core/logger.js';
import { defaultSettings } from '../../src/core/settings.js';
import { startStagedChanges } from '../../src/diff/changed-lines.js';
import { scanStaged } from '../../src/diff/staged.js';
import { run } from '../cli/io.js';
import { gitChildren, waitForGitChildren, withGitCalls, withGitWrapper } from '../helpers/git-calls.js';
import { openaiKey } from '../helpers/keys.js';
import { cleanupTempDirs, gitIn, makeRepo, tempDir, writeTree } from '../helpers/repo.js';

afterAll(cleanupTempDirs);

/** A repository with `app.py` committed and a key staged on its line 2. */
function stagedRepo(): string {
  const dir = realpathSync(makeRepo({ 'app.py': 'x = 1\n' }));
  writeFileSync(path.join(dir, 'app.py'), `x = 1\nKEY = "${openaiKey()}"\n`);
  gitIn(dir, 'add', 'app.py');
  return dir;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const diffs = (calls: string[]) => calls.filter((c) => c === 'diff').length;
const located = (findings: readonly { file: string; line: number | null; column: number | null }[]) => findings.map((f) => [f.file, f.line, f.column]);

describe('a staged diff started ahead of the scan', () => {
  it('is the one the scan uses: one git diff in all, the same findings', async () => {
    const dir = stagedRepo();
    const { result, calls } = await withGitCalls(async () => scanStaged(defaultSettings(dir), silentLogger, startStagedChanges(dir)));
    expect(located(result.findings)).toEqual([['app.py', 2, 8]]);
    expect(diffs(calls)).toBe(1);
    const again = await scanStaged(defaultSettings(dir), silentLogger);
    expect(located(again.findings)).toEqual(located(result.findings));
  });

  it('is not used for another root: that root is diffed itself', async () => {
    const started = stagedRepo();
    const other = realpathSync(makeRepo({ 'b.py': 'y = 2\n' }));
    writeFileSync(path.join(other, 'b.py'), `y = 2\nTOKEN = "${openaiKey()}"\n`);
    gitIn(other, 'add', 'b.py');
    const { result, calls } = await withGitCalls(async () => scanStaged(defaultSettings(other), silentLogger, startStagedChanges(started)));
    expect(located(result.findings)).toEqual([['b.py', 2, 10]]);
    expect(diffs(calls)).toBe(2);
  });

  it('fails where it is taken, with the message the scan gives without a head start', async () => {
    const plain = realpathSync(tempDir());
    const without = await scanStaged(defaultSettings(plain), silentLogger).then(
      () => null,
      (error: Error) => error.message,
    );
    expect(without).toMatch(/^--staged needs a git work tree/);
    await expect(scanStaged(defaultSettings(plain), silentLogger, startStagedChanges(plain))).rejects.toThrow(without!);
  });

  it('never taken and failed (the configuration was refused first), raises no unhandled rejection', async () => {
    // Vitest fails the run on an unhandled rejection: this passes only if none is raised.
    const plain = tempDir();
    writeTree(plain, { '.openai-secret-lint.yml': 'failOn: hihg\n' });
    const result = await run(plain, 'scan', '--staged');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('failOn: must be one of');
    // The head start fails in the background: let git finish, then give its rejection a turn.
    await waitForGitChildren('diff', 'none');
    await waitForGitChildren('rev-parse', 'none');
    await sleep(100);
  });
});

describe('scan --staged through the CLI', () => {
  it('diffs once, and finds the staged key at its line and column', async () => {
    const dir = stagedRepo();
    const { result, calls } = await withGitCalls(() => run(dir, 'scan', '--staged', '--format', 'json'));
    expect(result.code).toBe(1);
    expect(located(JSON.parse(result.stdout).findings)).toEqual([['app.py', 2, 8]]);
    expect(diffs(calls)).toBe(1);
  });

  it('with an invalid config exits 2 saying so, and leaves no git diff running (the head start is ended)', async () => {
    const dir = stagedRepo();
    writeTree(dir, { '.openai-secret-lint.yml': 'failOn: hihg\n' });
    await withGitWrapper('case "$1" in diff) sleep 3;; esac', async () => {
      const result = await run(dir, 'scan', '--staged');
      expect(result.code).toBe(2);
      expect(result.stderr).toContain('.openai-secret-lint.yml:1: failOn: must be one of');
      await sleep(300);
      const left = gitChildren('diff');
      await waitForGitChildren('diff', 'none');
      expect(left).toEqual([]);
    });
  });

  it('in a folder outside git exits 2 with the message of the diff, once', async () => {
    const plain = tempDir();
    const result = await run(plain, 'scan', '--staged');
    expect(result.code).toBe(2);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/^openai-secret-lint: --staged needs a git work tree, and .+ is not inside one\n$/);
  });

  it('of a file, not a folder, is refused as before (no head start)', async () => {
    const dir = stagedRepo();
    const result = await run(dir, 'scan', '--staged', 'app.py');
    expect(result).toMatchObject({ code: 2, stderr: 'openai-secret-lint: --staged needs a repository directory, not a file\n' });
  });
});
