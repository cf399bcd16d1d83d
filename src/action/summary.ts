import * as core from '@actions/core';
import type { Finding, Report } from '../core/finding.js';
import { renderMarkdown, SUMMARY_MAX_BYTES } from '../output/markdown.js';

/** The job summary: counts, then every finding that fits under GitHub's 1 MiB step limit. */
export async function writeSummary(report: Report, options: { notes: string[]; link?: (f: Finding) => string | null; overflowHint: string }): Promise<void> {
  const markdown = renderMarkdown(report, {
    title: 'openai-secret-lint',
    notes: options.notes,
    link: options.link,
    maxBytes: SUMMARY_MAX_BYTES,
    overflowHint: options.overflowHint,
  });
  await core.summary.addRaw(markdown, true).write();
}
