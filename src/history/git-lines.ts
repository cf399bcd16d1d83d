import { GitIncompleteError } from '../util/git.js';
import { gitLines } from '../util/git-lines.js';

/**
 * `gitLines` for history: a git command that fails part-way (a missing or corrupt object, a
 * shallow clone's edge) leaves the audit incomplete, which the front doors report as such (exit 3),
 * not as a fault of the tool.
 */
export async function streamGitLines(cwd: string, args: string[], onLine: (line: string) => void, maxLineBytes = Number.POSITIVE_INFINITY): Promise<void> {
  const result = await gitLines(cwd, args, onLine, maxLineBytes);
  if (result.code !== 0) throw new GitIncompleteError(`git ${args[0]} failed (${result.stderr.trim().split('\n')[0] ?? ''}): scan incomplete`);
}
