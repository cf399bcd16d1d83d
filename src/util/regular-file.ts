import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';

/** Why a path gave no bytes: a link (never followed), not a regular file, over the limit, or an error. */
export type RegularFileRefusal =
  | { kind: 'too-large'; bytes: number }
  | { kind: 'symlink' }
  | { kind: 'special' }
  | { kind: 'unreadable'; reason: string };

// O_NOFOLLOW: a symlink fails with ELOOP; O_NONBLOCK: opening a FIFO does not wait for a writer.
const OPEN_FLAGS = constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK;
const SCRATCH_BYTES = 1024 * 1024;

/** Reused for every file that fits: callers decode or copy the bytes before the next read. */
let scratch: Buffer | undefined;

/**
 * The bytes of a regular file (no symlink followed, no FIFO waited on), or why not. The buffer
 * may be the shared scratch buffer: valid until the next read, copy it to keep it.
 */
export function readRegularFileSync(absPath: string | Uint8Array, maxBytes: number): Buffer | RegularFileRefusal {
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
