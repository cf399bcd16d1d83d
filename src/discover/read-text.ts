import { open } from 'node:fs/promises';
import { constants } from 'node:fs';

export type ReadOutcome =
  | { kind: 'text'; text: string; bytes: number }
  | { kind: 'binary'; bytes: number }
  | { kind: 'too-large'; bytes: number }
  | { kind: 'symlink' }
  | { kind: 'special' }
  | { kind: 'unreadable'; reason: string };

const BINARY_SNIFF_BYTES = 8 * 1024;

/**
 * Reads one file as text without following symlinks or blocking on FIFOs. UTF-8 (BOM removed)
 * unless a UTF-16 BOM says otherwise; invalid bytes become U+FFFD so positions stay usable.
 */
export async function readTextFile(absPath: string, maxBytes: number): Promise<ReadOutcome> {
  let handle;
  try {
    // O_NOFOLLOW: a symlink fails with ELOOP; O_NONBLOCK: opening a FIFO does not wait for a writer.
    handle = await open(absPath, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    if (code === 'ELOOP') return { kind: 'symlink' };
    return { kind: 'unreadable', reason: code };
  }
  try {
    const stat = await handle.stat();
    if (!stat.isFile()) return { kind: 'special' };
    if (stat.size > maxBytes) return { kind: 'too-large', bytes: stat.size };
    const buffer = await handle.readFile();
    if (buffer.length > maxBytes) return { kind: 'too-large', bytes: buffer.length };
    const text = decodeText(buffer);
    if (text === null) return { kind: 'binary', bytes: buffer.length };
    return { kind: 'text', text, bytes: buffer.length };
  } catch (error) {
    return { kind: 'unreadable', reason: (error as NodeJS.ErrnoException).code ?? String(error) };
  } finally {
    await handle.close().catch(() => {});
  }
}

/** Text of a buffer, or null when it looks binary (a NUL byte in the first 8 KiB). */
export function decodeText(buffer: Buffer): string | null {
  if (buffer.length >= 2 && buffer[0] === 0xff && buffer[1] === 0xfe) {
    return new TextDecoder('utf-16le').decode(buffer.subarray(2));
  }
  if (buffer.length >= 2 && buffer[0] === 0xfe && buffer[1] === 0xff) {
    return new TextDecoder('utf-16be').decode(buffer.subarray(2));
  }
  const sniff = buffer.subarray(0, BINARY_SNIFF_BYTES);
  if (sniff.includes(0)) return null;
  const start = buffer.length >= 3 && buffer[0] === 0xef && buffer[1] === 0xbb && buffer[2] === 0xbf ? 3 : 0;
  return new TextDecoder('utf-8').decode(buffer.subarray(start));
}
