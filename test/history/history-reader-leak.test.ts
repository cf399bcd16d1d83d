/**
 * A history scan that fails leaves no git behind, and says the audit is incomplete. The deferred YAML batches go on while the log is
 * read; when the log fails while a batch still resolves a renamed-in path (`git rev-parse`), that
 * batch runs after the scan has ended. It must not start a `git cat-file --batch` that nobody
 * closes: idle, it would never time out, and it would keep the CLI (and the Action) from exiting.
 *
 * A fake git on PATH: `log` prints the real log then exits 1 (a log that fails mid-scan: corrupt
 * or missing object, a timeout); the first `rev-parse <commit>:./<file>` takes 1 s.
 */
import { mkdirSync, realpathSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/core/logger.js';
import { defaultSettings } from '../../src/core/settings.js';
import { scanHistory } from '../../src/history/scan-history.js';
import { gitChildren, withGitWrapper } from '../helpers/git-calls.js';
import { cleanupTempDirs, gitIn, makeRepo, tempDir } from '../helpers/repo.js';
import { run } from '../cli/io.js';

afterAll(cleanupTempDirs);

describe.skipIf(process.platform === 'win32')('scanHistory failing while the first deferred batch resolves a renamed-in path', () => {
  it('leaves no git cat-file running', async () => {
    const root = realpathSync(makeRepo({ 'vendor/ci.yml': 'env:\n  A: 1\n' }));
    mkdirSync(path.join(root, 'src'));
    gitIn(root, 'mv', 'vendor/ci.yml', 'src/ci.yml');
    gitIn(root, 'commit', '-q', '-m', 'move in');

    const marker = path.join(tempDir('osl-failing-log-'), 'slept');
    const prelude = `case "$1" in
  log) "$REAL_GIT" "$@"; exit 1 ;;
  rev-parse) case "$*" in *:./*) if [ ! -e '${marker}' ]; then : > '${marker}'; sleep 1; fi ;; esac ;;
esac`;
    let leaked: number[] = [];
    try {
      await withGitWrapper(prelude, async () => {
        await expect(scanHistory(defaultSettings(root, { exclude: ['vendor/'] }), silentLogger, { since: null, allBranches: false, deferredBatch: 1 })).rejects.toThrow(/git log failed/);
        // Told as an incomplete audit (exit 3), not as a fault of the tool.
        const cli = await run(root, 'scan', '--history');
        expect(cli.code).toBe(3);
        expect(cli.stderr).toMatch(/git log failed .*: scan incomplete/);
        expect(cli.stderr).not.toMatch(/internal error/);
        // The queued batch goes on after the scan has failed: rev-parse, then a new reader.
        await new Promise((resolve) => setTimeout(resolve, 2500));
        leaked = gitChildren('cat-file');
      });
      expect(leaked).toEqual([]);
    } finally {
      for (const pid of leaked) {
        try {
          process.kill(pid, 'SIGKILL');
        } catch {
          // gone
        }
      }
    }
  });
});
