import type { Report } from '../core/finding.js';
import { renderCodequality } from './codequality.js';
import { renderGithub } from './github.js';
import { renderGitlab } from './gitlab.js';
import { renderJson } from './json.js';
import { renderMarkdown } from './markdown.js';
import { renderSarif } from './sarif.js';
import { renderText } from './text.js';

/** Every report format, all rendered from the same Report. */
export const FORMATS = ['text', 'json', 'sarif', 'github', 'markdown', 'gitlab', 'codequality'] as const;
export type Format = (typeof FORMATS)[number];

export interface RenderOptions {
  color: boolean;
  /** When the report is rendered (GitLab's report times); default: now. */
  now?: Date;
}

export function isFormat(value: string): value is Format {
  return (FORMATS as readonly string[]).includes(value);
}

export function renderReport(report: Report, format: Format, options: RenderOptions): string {
  switch (format) {
    case 'json':
      return renderJson(report);
    case 'text':
      return renderText(report, options);
    case 'sarif':
      return renderSarif(report);
    case 'github':
      return renderGithub(report);
    case 'markdown':
      return renderMarkdown(report);
    case 'gitlab':
      return renderGitlab(report, options.now ? { now: options.now } : {});
    case 'codequality':
      return renderCodequality(report);
  }
}
