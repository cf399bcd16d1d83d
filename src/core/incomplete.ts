/**
 * An incomplete scan: one that did not see everything it was asked to, so a secret may have been
 * missed. Both front doors fail on it (the CLI exits 3, the Action fails its step) and name the
 * files, so a hostile file cannot pass by making a rule crash, a worker die or a read fail.
 *
 * Fatal (each could hide a secret):
 *   rule-failed           a rule threw on a file (or a repository rule failed)
 *   scan-failed           scanning a file stopped its worker thread (out of memory, a crash)
 *   unreadable            a file could not be read
 *   unreadable-directory  a directory could not be listed: its files were never seen
 *   skipped-too-large     a file over maxFileSize (to skip big files on purpose, `exclude` them)
 *   yaml-parse-failed     the YAML parser itself crashed: only the text rules ran
 *   yaml-alias-budget     aliases expand past the budget: some expansions were not analysed
 *   git-failed            a folder holds a `.git` that git cannot read: the files were walked
 *                         instead, and a tracked file that `.gitignore` lists was not seen
 * Not fatal (deliberate, or nothing a secret could hide in): binary files, symlinks, FIFOs and
 * devices, excluded paths, YAML that is not valid YAML (scanned as text, and no platform runs it),
 * GitLab includes that are not followed.
 */
import type { Diagnostic, Report } from './finding.js';

export const INCOMPLETE_CODES: ReadonlySet<string> = new Set([
  'rule-failed',
  'scan-failed',
  'unreadable',
  'unreadable-directory',
  'skipped-too-large',
  'yaml-parse-failed',
  'yaml-alias-budget',
  'git-failed',
]);

/** The diagnostic as the report carries it: fatal ones are errors flagged `incomplete`. */
export function markIncomplete(diagnostic: Diagnostic): Diagnostic {
  if (!diagnostic.incomplete && !INCOMPLETE_CODES.has(diagnostic.code)) return diagnostic;
  return { ...diagnostic, level: 'error', incomplete: true };
}

export function incompleteDiagnostics(report: Pick<Report, 'diagnostics'>): Diagnostic[] {
  return report.diagnostics.filter((d) => d.incomplete === true);
}

/**
 * What a front door says when the scan is incomplete (null when it is complete): every file and
 * why. File names and messages are the repository's: `show` makes them safe for the medium (the
 * front doors pass output/escape.ts's escapeControls, so a name cannot break a line).
 */
export function incompleteMessage(report: Pick<Report, 'diagnostics'>, show: (text: string) => string = (t) => t): string | null {
  const missed = incompleteDiagnostics(report);
  if (missed.length === 0) return null;
  const shown = missed.slice(0, 20).map((d) => `  ${d.file === null ? '(scan)' : show(d.file)}: ${show(d.message)} [${d.code}]`);
  if (missed.length > 20) shown.push(`  … ${missed.length - 20} more in the JSON report`);
  return `scan incomplete, a secret may have been missed (${missed.length} problem${missed.length === 1 ? '' : 's'}):\n${shown.join('\n')}`;
}
