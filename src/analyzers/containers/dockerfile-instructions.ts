/** One Dockerfile instruction with its arguments, and where each argument character is in the file. */
export interface Instruction {
  keyword: string;
  /** Arguments, continuation lines joined (the backslash-newline removed). */
  args: string;
  /** Offset in the file of each character of `args`. */
  offsets: number[];
}

/**
 * Splits a Dockerfile into instructions: comments and blank lines skipped, `\` continuations (or
 * the escape character set by `# escape=`) joined, with offsets kept so findings are exact.
 */
export function instructions(text: string): Instruction[] {
  const escape = /^#\s*escape\s*=\s*`/im.test(text.slice(0, 200)) ? '`' : '\\';
  const out: Instruction[] = [];
  let current: { chars: string[]; offsets: number[] } | null = null;
  let pos = 0;
  for (const raw of text.split('\n')) {
    const start = pos;
    pos += raw.length + 1;
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (current === null && (/^\s*#/.test(line) || line.trim() === '')) continue;
    if (current !== null && /^\s*#/.test(line)) continue; // comments inside a continuation
    current ??= { chars: [], offsets: [] };
    const continued = line.trimEnd().endsWith(escape);
    const body = continued ? line.slice(0, line.lastIndexOf(escape)) : line;
    for (let i = 0; i < body.length; i++) {
      current.chars.push(body[i]!);
      current.offsets.push(start + i);
    }
    if (continued) continue;
    const joined = current.chars.join('');
    const match = /^\s*([A-Za-z]+)\s+/.exec(joined);
    if (match) out.push({ keyword: match[1]!.toUpperCase(), args: joined.slice(match[0].length), offsets: current.offsets.slice(match[0].length) });
    current = null;
  }
  return out;
}
