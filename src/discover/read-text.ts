import { readRegularFileSync, type RegularFileRefusal } from '../util/regular-file.js';

export type ReadOutcome = { kind: 'text'; text: string; bytes: number } | { kind: 'binary'; bytes: number } | RegularFileRefusal;

const BINARY_SNIFF_BYTES = 8 * 1024;

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
