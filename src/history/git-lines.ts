import { GitIncompleteError, type StartedGit } from '../util/git.js';
import { gitLines, startedGitLines } from '../util/git-lines.js';

/**
 * `gitLines` for history: a git command that fails part-way (a missing or corrupt object, a
 * shallow clone's edge) leaves the audit incomplete, which the front doors report as such (exit 3),
 * not as a fault of the tool.
 */
export async function streamGitLines(cwd: string, args: string[], onLine: (line: string) => void, maxLineBytes = Number.POSITIVE_INFINITY, started: StartedGit | null = null): Promise<void> {
  // `started`: this very command, started earlier (startGit).
  const result = started ? await startedGitLines(started, onLine, maxLineBytes) : await gitLines(cwd, args, onLine, maxLineBytes);
  if (result.code !== 0) throw new GitIncompleteError(`git ${args[0]} failed (${result.stderr.trim().split('\n')[0] ?? ''}): scan incomplete`);
}
