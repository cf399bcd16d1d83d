/**
 * BlobReader on odd answers of git cat-file (found in review; each must hold).
 * Crafted answers come from a fake `git cat-file` that prints them in small pieces.
 */
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { BlobReader, readBlobs } from '../../src/diff/git-blobs.js';
import { setGitTimeoutMs } from '../../src/util/git.js';
import { gitChildren, withGitWrapper } from '../helpers/git-calls.js';
import { cleanupTempDirs, gitIn, makeRepo } from '../helpers/repo.js';

afterAll(cleanupTempDirs);
afterEach(() => setGitTimeoutMs(null));

/** A repository, and a `git` whose cat-file is `script` (stdin: the requests). */
function withFakeCatFile<T>(script: string, run: (repo: string) => Promise<T>): Promise<T> {
  const repo = makeRepo({ 'a.txt': 'alpha\n' });
  return withGitWrapper(`if [ "$1" = cat-file ]; then\n${script}\nexit 0\nfi`, () => run(repo));
}

type Got = [string, string | null, number, string];
const collect = (into: Got[]) => (oid: string, content: Buffer | null, size: number, head: Buffer) => into.push([oid, content?.toString('latin1') ?? null, size, head.toString('latin1')]);

describe.skipIf(process.platform === 'win32')('BlobReader edges', () => {
  it('crafted headers: ambiguous, a tree, size 0, a header and body split over writes', async () => {
    // Reads one line per answer, so that answers follow requests.
    const script = `
read l; printf '%s ambiguous\\n' "$l"
read l; printf '%s tree 3\\nabc\\n' "$l"
read l; printf '%s blob 0\\n\\n' "$l"
read l; printf '%s bl' "$l"; sleep 0.2; printf 'ob 5\\nhe'; sleep 0.2; printf 'llo'; sleep 0.2; printf '\\n'
read l; printf '%s missing\\n' "$l"
cat >/dev/null`;
    await withFakeCatFile(script, async (repo) => {
      setGitTimeoutMs(2000);
      const reader = new BlobReader(repo);
      const one: Got[] = [];
      const two: Got[] = [];
      await Promise.all([reader.read(['aaaa', 'bbbb', 'cccc'], collect(one)), reader.read(['dddd', 'eeee'], collect(two), 3, 2)]);
      await reader.close();
      expect(one).toEqual([
        ['bbbb', 'abc', 3, 'abc'],
        ['cccc', '', 0, ''],
      ]);
      expect(two).toEqual([['dddd', null, 5, 'he']]);
    });
  });

  it('an answer nobody asked for fails the reader (no hang)', async () => {
    await withFakeCatFile(`read l; printf '%s blob 1\\nx\\n%s blob 1\\ny\\n' "$l" "$l"; sleep 5`, async (repo) => {
      setGitTimeoutMs(2000);
      const reader = new BlobReader(repo);
      await reader.read(['aaaa'], () => {});
      await expect(reader.close()).rejects.toThrow(/more than it was asked/);
    });
  });

  it('git exiting before answering fails the pending request (no hang)', async () => {
    await withFakeCatFile(`read l; exit 3`, async (repo) => {
      const reader = new BlobReader(repo);
      await expect(reader.read(['aaaa', 'bbbb'], () => {})).rejects.toThrow(/git cat-file failed/);
      await expect(reader.read(['cccc'], () => {})).rejects.toThrow(/git cat-file failed/);
      await expect(reader.close()).rejects.toThrow(/git cat-file failed/);
    });
  });

  it('git killed while idle: the next read fails at once', async () => {
    const repo = makeRepo({ 'a.txt': 'alpha\n' });
    const oid = gitIn(repo, 'rev-parse', 'HEAD:a.txt').trim();
    const reader = new BlobReader(repo);
    await reader.read([oid], () => {});
    const pids = gitChildren('cat-file');
    expect(pids).toHaveLength(1);
    process.kill(pids[0]!, 'SIGKILL');
    // Both a read racing the exit and one after it.
    const racing = reader.read([oid], () => {});
    await expect(racing).rejects.toThrow();
    await expect(reader.read([oid], () => {})).rejects.toThrow();
    await expect(reader.close()).rejects.toThrow();
  });

  it('a throwing callback on an empty blob fails the request', async () => {
    const repo = makeRepo({ 'e.txt': '' });
    const oid = gitIn(repo, 'rev-parse', 'HEAD:e.txt').trim();
    const boom = new Error('boom');
    const reader = new BlobReader(repo);
    await expect(
      reader.read([oid], () => {
        throw boom;
      }),
    ).rejects.toBe(boom);
    await expect(reader.close()).rejects.toBe(boom);
  });

  it('thousands of queued requests, answered in order, and a close() with requests pending', async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 50; i++) files[`f${i}.txt`] = `${i}\n`.repeat(i * 100 + 1);
    const repo = makeRepo(files);
    const oids = Object.keys(files).map((f) => gitIn(repo, 'rev-parse', `HEAD:${f}`).trim());
    const reader = new BlobReader(repo);
    const order: number[] = [];
    const requests = Array.from({ length: 3000 }, (_, r) => reader.read([oids[r % 50]!, oids[(r * 7) % 50]!], () => order.push(r)));
    const closed = reader.close();
    await Promise.all(requests);
    await closed;
    expect(order).toEqual(Array.from({ length: 3000 }, (_, r) => [r, r]).flat());
  });

  it('readBlobs as before: missing ids skipped, big blob as head only', async () => {
    const repo = makeRepo({ 'a.txt': 'alpha\n', 'big.txt': 'y'.repeat(100) });
    const [a, big] = ['a.txt', 'big.txt'].map((f) => gitIn(repo, 'rev-parse', `HEAD:${f}`).trim());
    const got: Got[] = [];
    await readBlobs(repo, [a!, '0'.repeat(40), big!], collect(got), 10, 3);
    expect(got).toEqual([
      [a, 'alpha\n', 6, 'alpha\n'],
      [big, null, 100, 'yyy'],
    ]);
  });
});
