import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';

export type ReadOutcome =
  | { kind: 'text'; text: string; bytes: number }
  | { kind: 'binary'; bytes: number }
  | { kind: 'too-large'; bytes: number }
  | { kind: 'symlink' }
  | { kind: 'special' }
  | { kind: 'unreadable'; reason: string };

const BINARY_SNIFF_BYTES = 8 * 1024;
// O_NOFOLLOW: a symlink fails with ELOOP; O_NONBLOCK: opening a FIFO does not wait for a writer.
const OPEN_FLAGS = constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK;
const SCRATCH_BYTES = 1024 * 1024;

/** Reused for every file that fits: the decoded string is a copy, so the bytes need not live on. */
let scratch: Buffer | undefined;

/**
 * Reads one file as text without following symlinks or blocking on FIFOs. UTF-8 (BOM removed)
 * unless a UTF-16 BOM says otherwise; invalid bytes become U+FFFD so positions stay usable.
 * Kept as a promise for callers; the work is synchronous (see readTextFileSync).
 */
export async function readTextFile(absPath: string | Uint8Array, maxBytes: number): Promise<ReadOutcome> {
  return readTextFileSync(absPath, maxBytes);
}

/**
 * `absPath` is bytes for a name that is not UTF-8 (see util/file-name.ts).
 * Synchronous on purpose: for the many small files of a repository, open/fstat/read/close as
 * direct system calls cost a few microseconds each, while the promise API pays a thread-pool
 * round trip per call (it measured 3x slower end to end). Regular files never block.
 */
export function readTextFileSync(absPath: string | Uint8Array, maxBytes: number): ReadOutcome {
  const read = readRegularFileSync(absPath, maxBytes);
  if (!Buffer.isBuffer(read)) return read;
  const text = decodeText(read);
  if (text === null) return { kind: 'binary', bytes: read.length };
  return { kind: 'text', text, bytes: read.length };
}

/**
 * The bytes of a regular file (no symlink followed, no FIFO waited on), or why not. The buffer
 * may be the shared scratch buffer: valid until the next read, copy it to keep it.
 */
export function readRegularFileSync(absPath: string | Uint8Array, maxBytes: number): Buffer | Exclude<ReadOutcome, { kind: 'text' } | { kind: 'binary' }> {
  let fd: number;
  try {
    fd = openSync(absPath as string | Buffer, OPEN_FLAGS);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    if (code === 'ELOOP') return { kind: 'symlink' };
    return { kind: 'unreadable', reason: code };
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) return { kind: 'special' };
    if (stat.size > maxBytes) return { kind: 'too-large', bytes: stat.size };
    const buffer = readAll(fd, stat.size, maxBytes);
    if (buffer.length > maxBytes) return { kind: 'too-large', bytes: buffer.length };
    return buffer;
  } catch (error) {
    return { kind: 'unreadable', reason: (error as NodeJS.ErrnoException).code ?? String(error) };
  } finally {
    try {
      closeSync(fd);
    } catch {
      // Nothing useful to do: the bytes are read.
    }
  }
}

/**
 * Reads to end of file, at most maxBytes + 1 bytes (one more than allowed shows a file that grew
 * past the limit after fstat). Small files land in the shared scratch buffer.
 */
function readAll(fd: number, expected: number, maxBytes: number): Buffer {
  const cap = maxBytes + 1;
  let size = Math.min(cap, Math.max(expected + 1, 4096));
  let buffer: Buffer;
  if (size <= SCRATCH_BYTES) buffer = scratch ??= Buffer.allocUnsafe(SCRATCH_BYTES);
  else buffer = Buffer.allocUnsafe(size);
  let filled = 0;
  for (;;) {
    const limit = Math.min(buffer.length, cap);
    if (filled === limit) {
      if (limit === cap) break;
      size = Math.min(cap, buffer.length * 2);
      const bigger = Buffer.allocUnsafe(size);
      buffer.copy(bigger, 0, 0, filled);
      buffer = bigger;
      continue;
    }
    const n = readSync(fd, buffer, filled, limit - filled, null);
    if (n === 0) break;
    filled += n;
  }
  return buffer.subarray(0, filled);
}

const UTF16LE = new TextDecoder('utf-16le');
const UTF16BE = new TextDecoder('utf-16be');

/** Text of a buffer, or null when it looks binary (a NUL byte in the first 8 KiB). */
export function decodeText(buffer: Buffer): string | null {
  if (buffer.length >= 2 && buffer[0] === 0xff && buffer[1] === 0xfe) return UTF16LE.decode(buffer.subarray(2));
  if (buffer.length >= 2 && buffer[0] === 0xfe && buffer[1] === 0xff) return UTF16BE.decode(buffer.subarray(2));
  if (buffer.subarray(0, BINARY_SNIFF_BYTES).indexOf(0) !== -1) return null;
  const start = buffer.length >= 3 && buffer[0] === 0xef && buffer[1] === 0xbb && buffer[2] === 0xbf ? 3 : 0;
  // Buffer#toString replaces invalid sequences with U+FFFD like TextDecoder, and is faster.
  return buffer.toString('utf8', start);
}
