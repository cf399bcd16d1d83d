import * as core from '@actions/core';
import { errorMessage } from '../core/errors.js';
import type { Finding, Report } from '../core/finding.js';
import { COMMENT_MAX_BYTES, renderMarkdown } from '../output/markdown.js';
import { httpStatus, tokenLogin, writtenBy, type GitHubApi } from './github-api.js';

/** Hidden in the rendered comment; how the Action finds its own comment again. */
export const PR_COMMENT_MARKER = '<!-- openai-secret-lint:pr-comment -->';

/** One comment per step: two scans in one workflow (a `name` input, or two steps) keep their own. */
export function prCommentMarker(stepKey: string): string {
  return stepKey ? `<!-- openai-secret-lint:pr-comment:${stepKey} -->` : PR_COMMENT_MARKER;
}

export interface PullRequestTarget {
  owner: string;
  repo: string;
  number: number;
}

export type CommentOutcome = 'created' | 'updated' | 'unchanged' | 'skipped' | 'failed';

/**
 * Exactly one comment per pull request: created when there are findings, updated in place on
 * later runs, turned into an "all clear" once they are fixed. Only a comment the token itself
 * wrote is ever edited. A token that may not comment (a
 * fork's pull request) gets a warning, never a failed step.
 */
export async function upsertPrComment(
  api: GitHubApi,
  target: PullRequestTarget,
  report: Report,
  options: { link?: (f: Finding) => string | null; notes: string[]; runUrl?: string | null; stepKey?: string; artifactText?: string | null },
): Promise<CommentOutcome> {
  const marker = prCommentMarker(options.stepKey ?? '');
  try {
    const comments = await api.paginate(api.rest.issues.listComments, { owner: target.owner, repo: target.repo, issue_number: target.number, per_page: 100 });
    // Ours is the comment with the marker *and* our author: anyone may post the marker.
    // A comment of an earlier version (one unkeyed marker) is taken over by the first step that
    // finds no comment of its own, so an upgrade does not leave a stale comment behind.
    const legacy = marker === PR_COMMENT_MARKER ? [] : comments.filter((c) => c.body?.includes(PR_COMMENT_MARKER));
    const marked = comments.filter((c) => c.body?.includes(marker));
    const login = marked.length > 0 || legacy.length > 0 ? await tokenLogin(api) : null;
    const existing = login === null ? undefined : (marked.find((c) => writtenBy(c, login)) ?? legacy.find((c) => writtenBy(c, login)));
    if (report.findings.length === 0 && !existing) return 'skipped';
    const body =
      report.findings.length === 0
        ? `${marker}\n## openai-secret-lint\n\n✅ All clear: no leaked secrets found in this pull request any more. Remember that a key that was ever pushed must still be rotated.\n`
        : renderMarkdown(report, {
            marker: marker,
            title: 'openai-secret-lint found secrets in this pull request',
            notes: [
              ...options.notes,
              ...(options.runUrl ? [`Details: [the workflow run](${options.runUrl}) (job summary and annotations).`] : []),
              'Not a secret? Put `openai-secret-lint:ignore[rule-id] reason` in a comment on its line, or accept it in the baseline (`openai-secret-lint scan --write-baseline FILE`, the `baseline` input). A real key must be rotated: removing it leaves it in the pull request\'s commits.',
            ],
            link: options.link,
            maxBytes: COMMENT_MAX_BYTES,
            // The comment's limit is far below the summary's: the run's summary lists more.
            overflowHint: options.artifactText
              ? `the job summary of the workflow run, and the JSON report and SARIF log in ${options.artifactText}`
              : "the job summary of the workflow run, and the JSON report on the runner (the step's report-file output)",
            ...(options.runUrl ? { overflowLink: { text: 'workflow run', url: options.runUrl } } : {}),
          });
    if (existing) {
      if (existing.body === body) return 'unchanged';
      await api.rest.issues.updateComment({ owner: target.owner, repo: target.repo, comment_id: existing.id, body });
      return 'updated';
    }
    await api.rest.issues.createComment({ owner: target.owner, repo: target.repo, issue_number: target.number, body });
    return 'created';
  } catch (error) {
    const status = httpStatus(error);
    const why =
      status === 403 || status === 404
        ? 'the token may not comment (fork pull requests get a read-only token; grant pull-requests: write, or set pr-comment: false)'
        : errorMessage(error);
    core.warning(`Could not update the pull request comment: ${why}`);
    return 'failed';
  }
}
