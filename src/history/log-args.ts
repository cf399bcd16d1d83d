/**
 * The `git log` a history scan reads, in a module of its own (no scanner code): the CLI starts
 * that log while the scanner still loads (src/cli/main.ts), and the scan checks that what was
 * started is what it would run.
 */
import type { HistoryOptions } from './scan-history.js';

/** Starts each commit's header line in the log (a character no diff line begins with). */
export const COMMIT_MARK = '\u001e';

/** The revisions the log walks: the tip's history, or every ref; minus `--since` and exclusions. */
export function historyRevisions(options: Pick<HistoryOptions, 'since' | 'allBranches' | 'tip' | 'exclude'>): string[] {
  const revisions = options.allBranches ? ['--branches', '--remotes', '--tags'] : [options.tip ?? 'HEAD'];
  if (options.since !== null) revisions.push(`^${options.since}`);
  for (const rev of options.exclude ?? []) revisions.push(`^${rev}`);
  return revisions;
}

/**
 * --text: a `binary` or `-diff` attribute of the repository must not hide a text file's lines;
 * real binary files are told by their NUL bytes and skipped. --topo-order lists children before
 * parents (the scan keeps the oldest commit that added a secret).
 */
export function historyLogArgs(revisions: readonly string[], merges: 'remerge' | 'first-parent'): string[] {
  return ['log', '-p', '--text', '--topo-order', '--no-color', '--no-ext-diff', '--no-textconv', '--no-show-signature', '--no-mailmap', '--no-notes', '--ignore-submodules=all', '-U0', '-M', `--diff-merges=${merges}`, '--full-index', '--relative', `--format=${COMMIT_MARK}%H %aI`, ...revisions, '--', '.'];
}
