import type { RawFinding } from '../core/finding.js';

/** The history-specific message and remediation; the fingerprint stays that of a working-tree scan. */
export function describeHistoryFinding(finding: RawFinding, authorDate: string, present: boolean, pullRequest = false): RawFinding {
  const short = (finding.commit ?? '').slice(0, 12);
  const where = `Added in commit ${short} (${authorDate.slice(0, 10)}) to ${finding.file}`;
  const seed = finding.secret === undefined ? { fingerprintSeed: finding.fingerprintSeed ?? finding.message } : {};
  if (pullRequest) {
    const seedPr = { ...finding, ...seed };
    const inPr = `Added in commit ${short} of this pull request to ${finding.file}`;
    if (present) return { ...seedPr, message: `${finding.message} ${inPr}; still present at the pull request's head.` };
    return {
      ...seedPr,
      message: `${finding.message} ${inPr}; removed by a later commit — still in the pull request's history: rotate it.`,
      remediation: "Rotate it: anyone who can read the pull request's commits can read it. Then rewrite the pull request's commits without it (interactive rebase or squash) and force-push.",
    };
  }
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
