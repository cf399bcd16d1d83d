import { gitStream } from '../util/git.js';

/**
 * Reads blobs through one `git cat-file --batch` process (no filter, no textconv, no per-file
 * spawn). Object ids, not `:path` names, go on its stdin, so unusual path names cannot break the
 * protocol. Linear in the bytes read: a blob's chunks are joined once, and a blob larger than
 * `maxBytes` is not kept at all (`onBlob` gets null and its size, and its first `headBytes` bytes).
 */
export async function readBlobs(
  cwd: string,
  oids: readonly string[],
  onBlob: (oid: string, content: Buffer | null, size: number, head: Buffer) => void,
  maxBytes = Number.MAX_SAFE_INTEGER,
  headBytes = 0,
): Promise<void> {
  if (oids.length === 0) return;
  let header: Buffer[] = [];
  let current: { oid: string; size: number; remaining: number; parts: Buffer[] | null; head: Buffer[] } | null = null;
  // After a blob's bytes, git writes one `\n` that belongs to no blob.
  let skipNewline = false;
  const result = await gitStream(
    cwd,
    ['cat-file', '--batch'],
    (chunk) => {
      let at = 0;
      while (at < chunk.length) {
        if (skipNewline) {
          skipNewline = false;
          at++;
          continue;
        }
        if (current) {
          const take = Math.min(current.remaining, chunk.length - at);
          current.parts?.push(chunk.subarray(at, at + take));
          const offset = current.size - current.remaining;
          if (current.parts === null && offset < headBytes) current.head.push(chunk.subarray(at, at + Math.min(take, headBytes - offset)));
          current.remaining -= take;
          at += take;
          if (current.remaining === 0) {
            const done = current;
            current = null;
            skipNewline = true;
            const content = done.parts ? Buffer.concat(done.parts, done.size) : null;
            onBlob(done.oid, content, done.size, content ?? Buffer.concat(done.head));
          }
          continue;
        }
        const eol = chunk.indexOf(10, at);
        if (eol === -1) {
          header.push(chunk.subarray(at));
          break;
        }
        header.push(chunk.subarray(at, eol));
        at = eol + 1;
        const [oid = '', type, size] = Buffer.concat(header).toString('utf8').split(' ');
        header = [];
        if (type === 'missing' || size === undefined) continue;
        const length = Number(size);
        current = { oid, size: length, remaining: length, parts: length <= maxBytes ? [] : null, head: [] };
        if (length === 0) {
          current = null;
          skipNewline = true;
          onBlob(oid, Buffer.alloc(0), 0, Buffer.alloc(0));
        }
      }
    },
    oids.map((o) => `${o}\n`).join(''),
  );
  if (result.code !== 0) throw new Error(`git cat-file failed: ${result.stderr.trim()}`);
}
