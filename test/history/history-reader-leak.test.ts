/**
 * A history scan that fails leaves no git behind, and says the audit is incomplete. The deferred YAML batches go on while the log is
 * read; when the log fails while a batch still resolves a renamed-in path (`git rev-parse`), that
 * batch runs after the scan has ended. It must not start a `git cat-file --batch` that nobody
 * closes: idle, it would never time out, and it would keep the CLI (and the Action) from exiting.
 *
 * A fake git on PATH: `log` prints the real log then exits 1 (a log that fails mid-scan: corrupt
 * or missing object, a timeout); the first `rev-parse <commit>:./<file>` takes 1 s.
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, realpathSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/core/logger.js';
import { defaultSettings } from '../../src/core/settings.js';
import { scanHistory } from '../../src/history/scan-history.js';
import { cleanupTempDirs, gitIn, makeRepo, tempDir } from '../helpers/repo.js';
import { run } from '../cli/io.js';

afterAll(cleanupTempDirs);

function catFileChildren(): number[] {
  const out = execFileSync('ps', ['-eo', 'pid=,ppid=,args='], { encoding: 'utf8' });
  return out
    .split('\n')
    .map((l) => l.trim().split(/\s+/))
    .filter(([, ppid, ...args]) => Number(ppid) === process.pid && args.includes('cat-file'))
    .map(([pid]) => Number(pid));
}

describe.skipIf(process.platform === 'win32')('scanHistory failing while the first deferred batch resolves a renamed-in path', () => {
  it('leaves no git cat-file running', async () => {
    const root = realpathSync(makeRepo({ 'vendor/ci.yml': 'env:\n  A: 1\n' }));
    mkdirSync(path.join(root, 'src'));
    gitIn(root, 'mv', 'vendor/ci.yml', 'src/ci.yml');
    gitIn(root, 'commit', '-q', '-m', 'move in');

    const real = execFileSync('sh', ['-c', 'command -v git'], { encoding: 'utf8' }).trim();
    const bin = tempDir('osl-failing-log-');
    const marker = path.join(bin, 'slept');
    writeFileSync(
      path.join(bin, 'git'),
      `#!/bin/sh
case "$1" in
  log) '${real}' "$@"; exit 1 ;;
  rev-parse) case "$*" in *:./*) if [ ! -e '${marker}' ]; then : > '${marker}'; sleep 1; fi ;; esac ;;
esac
exec '${real}' "$@"
`,
    );
    chmodSync(path.join(bin, 'git'), 0o755);
    const saved = process.env.PATH;
    process.env.PATH = `${bin}${path.delimiter}${saved ?? ''}`;
    let leaked: number[] = [];
    try {
      await expect(scanHistory(defaultSettings(root, { exclude: ['vendor/'] }), silentLogger, { since: null, allBranches: false, deferredBatch: 1 })).rejects.toThrow(/git log failed/);
      // Told as an incomplete audit (exit 3), not as a fault of the tool.
      const cli = await run(root, 'scan', '--history');
      expect(cli.code).toBe(3);
      expect(cli.stderr).toMatch(/git log failed .*: scan incomplete/);
      expect(cli.stderr).not.toMatch(/internal error/);
      // The queued batch goes on after the scan has failed: rev-parse, then a new reader.
      await new Promise((resolve) => setTimeout(resolve, 2500));
      leaked = catFileChildren();
      expect(leaked).toEqual([]);
    } finally {
      process.env.PATH = saved;
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
