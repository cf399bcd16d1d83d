import type { Report } from '../core/finding.js';
import { renderGithub } from './github.js';
import { renderJson } from './json.js';
import { renderMarkdown } from './markdown.js';
import { renderSarif } from './sarif.js';
import { renderText } from './text.js';

/** Every report format, all rendered from the same Report. */
export const FORMATS = ['text', 'json', 'sarif', 'github', 'markdown'] as const;
export type Format = (typeof FORMATS)[number];

export interface RenderOptions {
  color: boolean;
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
  }
}
