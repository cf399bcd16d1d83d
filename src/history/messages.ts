import type { RawFinding } from '../core/finding.js';

/** The history-specific message and remediation; the fingerprint stays that of a working-tree scan. */
export function describeHistoryFinding(finding: RawFinding, authorDate: string, present: boolean): RawFinding {
  const short = (finding.commit ?? '').slice(0, 12);
  const where = `Added in commit ${short} (${authorDate.slice(0, 10)}) to ${finding.file}`;
  const seed = finding.secret === undefined ? { fingerprintSeed: finding.fingerprintSeed ?? finding.message } : {};
  if (present) {
    return { ...finding, ...seed, message: `${finding.message} ${where}; still present at HEAD.`, remediation: `${finding.remediation} Removing it from the files is not enough: it stays in git history, so rotate it and purge it from history too (e.g. git filter-repo --replace-text).` };
  }
  return {
    ...finding,
    ...seed,
    message: `${finding.message} ${where}; no longer at HEAD but still in git history.`,
    remediation: 'Rotate it (anyone with a clone can read it), then purge it from history (e.g. git filter-repo --replace-text) and force-push every branch and tag that contains it.',
  };
}
