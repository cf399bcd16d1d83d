import { createHash } from 'node:crypto';
import { readRegularFileSync } from '../util/regular-file.js';

/**
 * Git's object id of a blob with these bytes: SHA-1 for 40-digit ids, SHA-256 for 64-digit ones
 * (`extensions.objectFormat = sha256`); null for any other length.
 */
export function blobObjectId(bytes: Uint8Array, idLength: number): string | null {
  const algorithm = idLength === 40 ? 'sha1' : idLength === 64 ? 'sha256' : null;
  if (algorithm === null) return null;
  return createHash(algorithm).update(`blob ${bytes.length}\0`).update(bytes).digest('hex');
}

/**
 * Hands over the staged blobs that the working tree holds byte for byte, one at a time (nothing is
 * kept), and returns the ids left to read from git. In a pre-commit hook the staged file usually
 * is the working-tree file: reading it and checking its object id spares the `git cat-file`
 * process. A file that differs (unstaged edits, a clean filter, line-ending conversion), is not a
 * regular file or is over `maxBytes` is left to git. What is handed over is what the index holds:
 * the id is a hash of exactly these bytes, wherever a path (or a directory symlink on it) led.
 */
export function readBlobsFromWorkingTree(
  entries: readonly { absPath: string; oid: string }[],
  maxBytes: number,
  onBlob: (oid: string, content: Buffer) => void,
): string[] {
  const done = new Set<string>();
  const left = new Set<string>();
  for (const { absPath, oid } of entries) {
    if (done.has(oid)) continue;
    const bytes = readRegularFileSync(absPath, maxBytes);
    // Lower case, as git prints ids; anything else simply does not match.
    if (Buffer.isBuffer(bytes) && blobObjectId(bytes, oid.length) === oid) {
      done.add(oid);
      left.delete(oid);
      // The read may be in a shared scratch buffer: the callee gets its own copy.
      onBlob(oid, Buffer.from(bytes));
    } else left.add(oid);
  }
  return [...left];
}
