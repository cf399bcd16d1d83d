/**
 * One `git cat-file --batch` answers request after request (a history scan asks a batch at a time
 * while it reads the log): answers go to the request that asked, missing ids are skipped, a blob
 * over the limit comes as its head only, an idle reader is not timed out, and a dead one fails
 * its requests instead of leaving them waiting.
 */
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { BlobReader, readBlobs } from '../../src/diff/git-blobs.js';
import { GitTimeoutError, setGitTimeoutMs } from '../../src/util/git.js';
import { withGitCalls, withGitWrapper } from '../helpers/git-calls.js';
import { cleanupTempDirs, gitIn, makeRepo, tempDir } from '../helpers/repo.js';

afterAll(cleanupTempDirs);
afterEach(() => setGitTimeoutMs(null));

const isWindows = process.platform === 'win32';

function repoWithBlobs(): { repo: string } {
  return { repo: makeRepo({ 'a.txt': 'alpha\n', 'b.txt': 'bravo bravo\n', 'empty.txt': '', 'big.txt': `${'x'.repeat(100)}\n` }) };
}

/** The blob id of a committed file. */
const blobOf = (repo: string, file: string) => gitIn(repo, 'rev-parse', `HEAD:${file}`).trim();

type Got = [oid: string, content: string | null, size: number, head: string];
const collect = (into: Got[]) => (oid: string, content: Buffer | null, size: number, head: Buffer) => into.push([oid, content === null ? null : content.toString('utf8'), size, head.toString('utf8')]);

describe('BlobReader', () => {
  it('answers several requests through one git process, each with its own blobs and limits', async () => {
    const { repo } = repoWithBlobs();
    const [a, b, empty, big] = ['a.txt', 'b.txt', 'empty.txt', 'big.txt'].map((f) => blobOf(repo, f));
    const missing = 'f'.repeat(a!.length);
    const first: Got[] = [];
    const second: Got[] = [];
    const third: Got[] = [];
    const { calls } = await withGitCalls(async () => {
      const reader = new BlobReader(repo);
      // Two requests made before git has even started, answered in order.
      const one = reader.read([a!, missing, b!], collect(first));
      const two = reader.read([big!, empty!], collect(second), 10, 4);
      await Promise.all([one, two]);
      await reader.read([b!], collect(third));
      await reader.close();
    });
    expect(first).toEqual([
      [a, 'alpha\n', 6, 'alpha\n'],
      [b, 'bravo bravo\n', 12, 'bravo bravo\n'],
    ]);
    expect(second).toEqual([
      [big, null, 101, 'xxxx'],
      [empty, '', 0, ''],
    ]);
    expect(third).toEqual([[b, 'bravo bravo\n', 12, 'bravo bravo\n']]);
    if (!isWindows) expect(calls.filter((c) => c === 'cat-file')).toHaveLength(1);
  });

  it('resolves a request of ids git cannot find, and one of none', async () => {
    const { repo } = repoWithBlobs();
    const reader = new BlobReader(repo);
    const got: Got[] = [];
    await reader.read(['0'.repeat(40), 'not-an-id'], collect(got));
    await reader.read([], collect(got));
    await reader.close();
    expect(got).toEqual([]);
  });

  it('is not timed out while it waits for its caller, only while an answer is awaited', async () => {
    const { repo } = repoWithBlobs();
    setGitTimeoutMs(300);
    const reader = new BlobReader(repo);
    const got: Got[] = [];
    await reader.read([blobOf(repo, 'a.txt')], collect(got));
    // Longer than the timeout with nothing asked: git must still be there.
    await new Promise((resolve) => setTimeout(resolve, 900));
    await reader.read([blobOf(repo, 'b.txt')], collect(got));
    await reader.close();
    expect(got.map(([, content]) => content)).toEqual(['alpha\n', 'bravo bravo\n']);
  });

  it.skipIf(isWindows)('times out a git that never answers, and fails later requests at once', async () => {
    const { repo } = repoWithBlobs();
    setGitTimeoutMs(300);
    // A git whose cat-file reads its requests and never answers.
    await withGitWrapper('if [ "$1" = cat-file ]; then exec sleep 30; fi', async () => {
      const reader = new BlobReader(repo);
      await expect(reader.read([blobOf(repo, 'a.txt')], () => {})).rejects.toBeInstanceOf(GitTimeoutError);
      await expect(reader.read([blobOf(repo, 'b.txt')], () => {})).rejects.toBeInstanceOf(GitTimeoutError);
      await expect(reader.close()).rejects.toBeInstanceOf(GitTimeoutError);
    });
  });

  it('fails the request whose callback throws, stops git, and fails what comes after', async () => {
    const { repo } = repoWithBlobs();
    const reader = new BlobReader(repo);
    const boom = new Error('analysis failed');
    await expect(
      reader.read([blobOf(repo, 'a.txt')], () => {
        throw boom;
      }),
    ).rejects.toBe(boom);
    await expect(reader.read([blobOf(repo, 'b.txt')], () => {})).rejects.toBe(boom);
    await expect(reader.close()).rejects.toBe(boom);
  });

  it('refuses a request after close', async () => {
    const { repo } = repoWithBlobs();
    const reader = new BlobReader(repo);
    await reader.close();
    await expect(reader.read([blobOf(repo, 'a.txt')], () => {})).rejects.toThrow(/after close/);
  });
});

describe('readBlobs', () => {
  it('reads a batch through a git started for it', async () => {
    const { repo } = repoWithBlobs();
    const got: Got[] = [];
    await readBlobs(repo, [blobOf(repo, 'a.txt')], collect(got));
    expect(got).toEqual([[blobOf(repo, 'a.txt'), 'alpha\n', 6, 'alpha\n']]);
  });

  it('fails outside a repository', async () => {
    const outside = tempDir('osl-no-repo-');
    await expect(readBlobs(outside, ['0'.repeat(40)], () => {})).rejects.toThrow(/git cat-file failed/);
  });
});
