/**
 * close() with a request still pending (a failed history scan does that): git answers and is then
 * expected to exit, so the timeout must stay armed after the last answer. A git that answers and
 * does not exit (stdout held open after cat-file is done) must time out, not hang close().
 */
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { BlobReader } from '../../src/diff/git-blobs.js';
import { GitTimeoutError, setGitTimeoutMs } from '../../src/util/git.js';
import { withGitWrapper } from '../helpers/git-calls.js';
import { cleanupTempDirs, gitIn, makeRepo } from '../helpers/repo.js';

afterAll(cleanupTempDirs);
afterEach(() => setGitTimeoutMs(null));

function withLingeringCatFile<T>(run: (repo: string, oid: string) => Promise<T>): Promise<T> {
  const repo = makeRepo({ 'a.txt': 'alpha\n' });
  const oid = gitIn(repo, 'rev-parse', 'HEAD:a.txt').trim();
  setGitTimeoutMs(300);
  // cat-file answers, exits at EOF, and the wrapper keeps stdout open for 20 s more.
  return withGitWrapper(`if [ "$1" = cat-file ]; then "$REAL_GIT" "$@"; sleep 20; exit 0; fi`, () => run(repo, oid));
}

describe.skipIf(process.platform === 'win32')('BlobReader.close() and the timeout', () => {
  it('control: close() after the answers times out a git that does not exit', async () => {
    await withLingeringCatFile(async (repo, oid) => {
      const reader = new BlobReader(repo);
      await reader.read([oid], () => {});
      const started = Date.now();
      await expect(reader.close()).rejects.toBeInstanceOf(GitTimeoutError);
      expect(Date.now() - started).toBeLessThan(3000);
    });
  }, 10_000);

  it('close() while a request is pending times it out too', async () => {
    await withLingeringCatFile(async (repo, oid) => {
      const reader = new BlobReader(repo);
      const pending = reader.read([oid], () => {});
      const started = Date.now();
      const closed = reader.close();
      await pending;
      await expect(closed).rejects.toBeInstanceOf(GitTimeoutError);
      expect(Date.now() - started).toBeLessThan(3000);
    });
  }, 10_000);
});
