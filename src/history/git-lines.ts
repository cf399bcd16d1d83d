import { gitLines } from '../util/git-lines.js';

/** `gitLines` for history: a failing git command is an error. */
export async function streamGitLines(cwd: string, args: string[], onLine: (line: string) => void, maxLineBytes = Number.POSITIVE_INFINITY): Promise<void> {
  const result = await gitLines(cwd, args, onLine, maxLineBytes);
  if (result.code !== 0) throw new Error(`git ${args[0]} failed: ${result.stderr.trim().split('\n')[0] ?? ''}`);
}
