import * as core from '@actions/core';
import { errorMessage } from '../core/errors.js';
import type { Finding, Report } from '../core/finding.js';
import { COMMENT_MAX_BYTES, renderMarkdown } from '../output/markdown.js';
import { tokenLogin, writtenBy, type GitHubApi } from './github-api.js';

export const AUDIT_MARKER = '<!-- openai-secret-lint:audit-issue -->';
export const AUDIT_LABEL = 'secret-audit';
const TITLE = 'Secret audit: leaked credentials found';

export type AuditOutcome = 'created' | 'updated' | 'closed' | 'skipped' | 'failed';

/**
 * The scheduled audit's one open issue (label + hidden marker): created or updated with the
 * report while findings remain, closed with a comment once the repository is clean. Issues are
 * listed by label rather than searched, because the search index lags behind new issues.
 */
export async function syncAuditIssue(
  api: GitHubApi,
  repo: { owner: string; repo: string },
  report: Report,
  options: { link?: (f: Finding) => string | null; runUrl: string | null },
): Promise<AuditOutcome> {
  try {
    const open = await api.paginate(api.rest.issues.listForRepo, { ...repo, state: 'open', labels: AUDIT_LABEL, per_page: 100 });
    // Ours: the marker *and* our author; anyone may open an issue holding the marker.
    const marked = open.filter((issue) => !issue.pull_request && issue.body?.includes(AUDIT_MARKER));
    const login = marked.length > 0 ? await tokenLogin(api) : null;
    const existing = login === null ? undefined : marked.find((issue) => writtenBy(issue, login));
    if (report.findings.length === 0) {
      if (!existing) return 'skipped';
      const where = options.runUrl ? ` ([audit run](${options.runUrl}))` : '';
      await api.rest.issues.createComment({ ...repo, issue_number: existing.number, body: `✅ The latest audit found no leaked secrets${where}: closing. Keys removed from the files are still in git history: rotate every key this issue listed, if not done yet, and purge it from history (e.g. \`git filter-repo --replace-text\`).` });
      await api.rest.issues.update({ ...repo, issue_number: existing.number, state: 'closed', state_reason: 'completed' });
      return 'closed';
    }
    const body = renderMarkdown(report, {
      marker: AUDIT_MARKER,
      title: 'Scheduled secret audit',
      notes: [
        'Every credential listed here must be revoked and rotated at its provider: removing it from the files is not enough.',
        ...(options.runUrl ? [`Latest audit run: ${options.runUrl}`] : []),
      ],
      link: options.link,
      maxBytes: COMMENT_MAX_BYTES,
      overflowHint: 'the audit run summary and its SARIF file',
    });
    if (existing) {
      await api.rest.issues.update({ ...repo, issue_number: existing.number, title: TITLE, body });
      return 'updated';
    }
    await api.rest.issues.create({ ...repo, title: TITLE, body, labels: [AUDIT_LABEL] });
    return 'created';
  } catch (error) {
    core.warning(`Could not update the secret audit issue: ${errorMessage(error)} (the workflow needs issues: write)`);
    return 'failed';
  }
}
