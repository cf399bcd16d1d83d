import { decodeText } from '../discover/read-text.js';
import { STDIN_NAME, stdinKind } from '../discover/stdin-kind.js';
import { ConfigurationError } from '../core/errors.js';
import type { TextInput } from '../core/scan-text.js';

/**
 * Reads standard input for `scan -`, at most `maxBytes` (the max file size): past that it stops
 * reading and says so, and the scan is incomplete (exit 3), never a partial scan passed as whole.
 */
export async function readStdin(stream: NodeJS.ReadableStream, filename: string | null, maxBytes: number): Promise<TextInput> {
  const name = filename === null ? STDIN_NAME : stdinPath(filename);
  const chunks: Buffer[] = [];
  let bytes = 0;
  let tooLarge = false;
  for await (const chunk of stream) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    bytes += buffer.length;
    if (bytes > maxBytes) {
      tooLarge = true;
      break;
    }
    chunks.push(buffer);
  }
  if (tooLarge) {
    (stream as NodeJS.ReadableStream & { destroy?: () => void }).destroy?.();
    return { path: name, text: null, bytes, kind: 'other', skipped: 'too-large' };
  }
  const text = decodeText(Buffer.concat(chunks));
  if (text === null) return { path: name, text: null, bytes, kind: 'other', skipped: 'binary' };
  return { path: name, text, bytes, kind: stdinKind(filename === null ? null : name, text) };
}

/** `./k8s/rendered.yaml` -> `k8s/rendered.yaml`: a relative POSIX path, as every finding has. */
export function stdinPath(filename: string): string {
  const parts: string[] = [];
  for (const part of filename.replace(/\\/g, '/').split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') throw new ConfigurationError('--stdin-filename must be a path inside the repository (no `..`)');
    parts.push(part);
  }
  if (parts.length === 0) throw new ConfigurationError('--stdin-filename needs a file name');
  return parts.join('/');
}
