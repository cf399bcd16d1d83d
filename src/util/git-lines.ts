import { gitStream, type GitResult, type StartedGit } from './git.js';

/**
 * Streams a git command's stdout line by line (split on `\n` only: a lone `\r` is content), so
 * that the output, a whole `git log -p` say, is never held in memory. `onLine` runs synchronously
 * for each line; a long line is kept whole, its pieces joined once, up to `maxLineBytes` (past it
 * the line is cut: a binary file shown with --text may hold no line break at all). Names in diff
 * headers arrive C-quoted with octal escapes (core.quotePath is pinned on), so decoding lines as
 * UTF-8 loses no name byte. Returns git's result for the caller to judge.
 */
export async function gitLines(cwd: string, args: string[], onLine: (line: string) => void, maxLineBytes = Number.POSITIVE_INFINITY): Promise<GitResult> {
  return linesOf((onStdout) => gitStream(cwd, args, onStdout), onLine, maxLineBytes);
}

/** gitLines over a git command already started (startGit). */
export async function startedGitLines(started: StartedGit, onLine: (line: string) => void, maxLineBytes = Number.POSITIVE_INFINITY): Promise<GitResult> {
  return linesOf((onStdout) => started.read(onStdout), onLine, maxLineBytes);
}

async function linesOf(run: (onStdout: (chunk: Buffer) => void) => Promise<GitResult>, onLine: (line: string) => void, maxLineBytes: number): Promise<GitResult> {
  let parts: Buffer[] = [];
  let held = 0;
  const keep = (piece: Buffer) => {
    if (held >= maxLineBytes) return;
    const part = held + piece.length > maxLineBytes ? piece.subarray(0, maxLineBytes - held) : piece;
    parts.push(part);
    held += part.length;
  };
  const result = await run((chunk) => {
    let start = 0;
    for (let eol = chunk.indexOf(10); eol !== -1; eol = chunk.indexOf(10, start)) {
      keep(chunk.subarray(start, eol));
      const line = parts.length === 1 ? parts[0]! : Buffer.concat(parts);
      parts = [];
      held = 0;
      start = eol + 1;
      onLine(line.toString('utf8'));
    }
    if (start < chunk.length) keep(chunk.subarray(start));
  });
  if (parts.length > 0) onLine(Buffer.concat(parts).toString('utf8'));
  return result;
}
