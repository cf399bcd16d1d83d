/**
 * A history scan's log started before the scanner loads (issue 20): git's output waits in the
 * pipe until it is read, no timeout runs meanwhile, the scan reads it only if it is its own log,
 * and a log that is never read is ended, never left running.
 */
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/core/logger.js';
import { defaultSettings } from '../../src/core/settings.js';
import { historyLogArgs, historyRevisions } from '../../src/history/log-args.js';
import { scanHistory } from '../../src/history/scan-history.js';
import { setGitTimeoutMs, startGit } from '../../src/util/git.js';
import { run } from '../cli/io.js';
import { gitChildren, waitForGitChildren, withGitCalls, withGitWrapper } from '../helpers/git-calls.js';
import { openaiKey } from '../helpers/keys.js';
import { cleanupTempDirs, makeHistory, tempDir, writeTree } from '../helpers/repo.js';

afterAll(cleanupTempDirs);
afterEach(() => setGitTimeoutMs(null));

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const logs = (calls: string[]) => calls.filter((c) => c === 'log').length;

/** Three commits; a key added in the second, in a Python file and in a workflow. */
function history() {
  const key = openaiKey();
  return makeHistory([
    { 'app.py': 'x = 1\n' },
    { 'app.py': `x = 1\nKEY = "${key}"\n`, '.github/workflows/ci.yml': `on: push\njobs:\n  t:\n    runs-on: ubuntu-latest\n    env:\n      OPENAI_API_KEY: ${key}\n    steps: [{run: echo}]\n` },
    { 'README.md': 'hello\n' },
  ]);
}

const ownLog = (root: string, since: string | null = null) => startGit(root, historyLogArgs(historyRevisions({ since, allBranches: false }), 'first-parent'));
const located = (report: { findings: { ruleId: string; file: string; line: number | null; column: number | null }[] }) => report.findings.map((f) => [f.ruleId, f.file, f.line, f.column]);

describe('startGit', () => {
  it('holds the output until read, then hands over all of it, with no timeout while unread', async () => {
    const { root, commits } = history();
    setGitTimeoutMs(300);
    const started = startGit(root, ['rev-list', 'HEAD']);
    // Longer than the timeout: an unread command is waiting for its reader, not stuck.
    await sleep(700);
    const chunks: Buffer[] = [];
    const result = await started.read((chunk) => chunks.push(chunk));
    expect(result.code).toBe(0);
    expect(Buffer.concat(chunks).toString('utf8').trim().split('\n')).toEqual([...commits].reverse());
    expect(() => started.read(() => {})).toThrow(/read twice/);
  });

  it('a command never read is ended by cancel, its whole process group', async () => {
    const { root } = history();
    await withGitWrapper('case "$1" in log) sleep 30;; esac', async () => {
      const started = startGit(root, ['log']);
      await waitForGitChildren('log', 'some');
      expect(gitChildren('log').length).toBe(1);
      started.cancel();
      await waitForGitChildren('log', 'none');
      expect(gitChildren('log')).toEqual([]);
    });
  });

  it('cancel once read to its end changes nothing; cancel while it runs ends it, and the read fails as incomplete', async () => {
    const { root, commits } = history();
    const started = startGit(root, ['rev-list', 'HEAD']);
    const chunks: Buffer[] = [];
    expect((await started.read((chunk) => chunks.push(chunk))).code).toBe(0);
    started.cancel();
    expect(Buffer.concat(chunks).toString('utf8').trim().split('\n')).toHaveLength(commits.length);
    await withGitWrapper('case "$1" in log) sleep 30;; esac', async () => {
      const running = startGit(root, ['log']);
      const reading = running.read(() => {});
      await waitForGitChildren('log', 'some');
      running.cancel();
      await expect(reading).rejects.toThrow(/git log was stopped: scan incomplete/);
      expect(gitChildren('log')).toEqual([]);
    });
  });
});

describe('scanHistory with a log started ahead', () => {
  it('reads it when it is its own log: one git log in all, the same report', async () => {
    const { root } = history();
    const plain = await scanHistory(defaultSettings(root), silentLogger, { since: null, allBranches: false });
    expect(located(plain)).toEqual([
      ['openai-api-key', 'app.py', 2, 8],
      ['gha-literal-secret', '.github/workflows/ci.yml', 6, 23],
    ]);
    const { result, calls } = await withGitCalls(() => scanHistory(defaultSettings(root), silentLogger, { since: null, allBranches: false, startedLog: ownLog(root) }));
    expect(located(result)).toEqual(located(plain));
    expect(logs(calls)).toBe(1);
  });

  it('ends one started for other revisions and runs its own', async () => {
    const { root, commits } = history();
    const { result, calls } = await withGitCalls(async () => {
      const wrong = ownLog(root, commits[0]!);
      const report = await scanHistory(defaultSettings(root), silentLogger, { since: null, allBranches: false, startedLog: wrong });
      await waitForGitChildren('log', 'none');
      return report;
    });
    expect(located(result)).toHaveLength(2);
    expect(logs(calls)).toBe(2);
    expect(gitChildren('log')).toEqual([]);
  });
});

describe('scan --history through the CLI', () => {
  it('finds the keys with one git log', async () => {
    const { root } = history();
    const { result, calls } = await withGitCalls(() => run(root, 'scan', '--history', '--format', 'json'));
    expect(result.code).toBe(1);
    expect(located(JSON.parse(result.stdout))).toEqual([
      ['openai-api-key', 'app.py', 2, 8],
      ['gha-literal-secret', '.github/workflows/ci.yml', 6, 23],
    ]);
    expect(logs(calls)).toBe(1);
  });

  it('with an invalid config exits 2, and leaves no git log running though one had started', async () => {
    const { root } = history();
    writeTree(root, { '.openai-secret-lint.yml': 'failOn: hihg\n' });
    await withGitWrapper('case "$1" in log) sleep 30;; esac', async () => {
      const result = await run(root, 'scan', '--history');
      expect(result.code).toBe(2);
      expect(result.stderr).toContain('failOn: must be one of');
      await waitForGitChildren('log', 'none');
      expect(gitChildren('log')).toEqual([]);
    });
  });

  it('with a --since git does not know exits 2 saying so, as before', async () => {
    const { root } = history();
    const result = await run(root, 'scan', '--history', '--since', 'no-such-rev');
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^openai-secret-lint: --since: /);
    await waitForGitChildren('log', 'none');
    expect(gitChildren('log')).toEqual([]);
  });

  it('outside git exits 2 as before, with no log left', async () => {
    const result = await run(tempDir(), 'scan', '--history');
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^openai-secret-lint: --history needs a git work tree/);
  });
});
