import { SEVERITIES, type Finding, type Report } from '../core/finding.js';
import { describeVerification } from '../verify/present.js';
import { escapeControls, neutralizeCommands } from './escape.js';

/**
 * Markdown for the job summary, the PR comment and the audit issue (and `--format markdown`).
 * Everything taken from the scanned repository (paths, messages, YAML paths) is escaped, so a
 * crafted file name cannot inject HTML, links or @-mentions, nor carry a control character (a lone
 * `\r`, an ANSI escape) into the page. Output stays under `maxBytes`.
 */

export interface MarkdownOptions {
  title?: string;
  /** Placed first, verbatim (e.g. a hidden `<!-- marker -->`). */
  marker?: string;
  /** Markdown lines shown under the counts: the caller's own text, never repository content. */
  notes?: string[];
  /** Link to a finding's lines at the scanned commit, or null for a plain path. */
  link?: (finding: Finding) => string | null;
  /** Hard limit on the UTF-8 size of the result. */
  maxBytes?: number;
  /** Where the findings that do not fit can be read. */
  overflowHint?: string;
  /** A page that says more (e.g. the workflow run), linked after the hint; the caller's own URL. */
  overflowLink?: { text: string; url: string };
}

/** GitHub's limit for one step's summary is 1 MiB; stay well clear of it. */
export const SUMMARY_MAX_BYTES = 1024 * 1024 - 64 * 1024;
/** Issue and comment bodies are limited to 65536 characters; bytes >= characters. */
export const COMMENT_MAX_BYTES = 60_000;

const EMOJI = { critical: '🟥', high: '🟧', medium: '🟨', low: '🟦' } as const;

export function renderMarkdown(report: Report, options: MarkdownOptions = {}): string {
  const maxBytes = options.maxBytes ?? SUMMARY_MAX_BYTES;
  const head: string[] = [];
  if (options.marker) head.push(options.marker);
  head.push(`## ${escapeText(options.title ?? 'openai-secret-lint report')}`, '');
  const n = report.findings.length;
  head.push(
    n === 0
      ? '✅ No findings.'
      : `**${n} finding${n === 1 ? '' : 's'}** in ${report.stats.filesScanned} file${report.stats.filesScanned === 1 ? '' : 's'} scanned.`,
    '',
  );
  head.push('| Severity | Findings |', '| --- | ---: |');
  for (const s of SEVERITIES) head.push(`| ${EMOJI[s]} ${s} | ${report.stats.findingsBySeverity[s]} |`);
  head.push('');
  const active = report.findings.filter((f) => f.verification?.status === 'active').length;
  if (active > 0) head.push(`**${active} key${active === 1 ? ' is' : 's are'} verified ACTIVE** (listed first): revoke ${active === 1 ? 'it' : 'them'} before anything else.`, '');
  for (const note of options.notes ?? []) head.push(`> ${escapeControls(note.replace(/\r?\n/g, ' '))}`, '');

  const off = report.stats.disabledRules;
  const disabled = off > 0 ? ` · ${off} rule${off === 1 ? '' : 's'} or categor${off === 1 ? 'y' : 'ies'} turned off by the configuration` : '';
  const footer = ['', `<sub>${escapeText(report.tool.name)} ${escapeText(report.tool.version)}${disabled}</sub>`, ''];
  if (n === 0) return fit(neutralizeCommands([...head, ...footer].join('\n')), maxBytes);

  const tableHead = ['| Severity | Location | Rule | Finding | Secret | Fix |', '| --- | --- | --- | --- | --- | --- |'];
  const parts = [[...head, ...tableHead].join('\n') + '\n'];
  const tail = footer.join('\n');
  // A running byte count: each row is measured once, so rendering stays linear in the findings.
  let size = bytes(parts[0]!) + bytes(tail);
  let shown = 0;
  for (const finding of report.findings) {
    const row = findingRow(finding, options.link) + '\n';
    const omitted = n - shown - 1;
    const reserve = omitted > 0 ? bytes(overflowLine(omitted, options.overflowHint, options.overflowLink)) + 16 : 0;
    const rowBytes = bytes(row);
    if (size + rowBytes + reserve + 256 > maxBytes) break;
    parts.push(row);
    size += rowBytes;
    shown++;
  }
  if (shown < n) parts.push(`\n${overflowLine(n - shown, options.overflowHint, options.overflowLink)}\n`);
  // `--format markdown` may be printed to a workflow log: no line may start a workflow command.
  return fit(neutralizeCommands(parts.join('') + tail), maxBytes);
}

function overflowLine(omitted: number, hint = 'the SARIF file and the JSON report', link?: MarkdownOptions['overflowLink']): string {
  const more = link ? ` ([${escapeText(link.text)}](${link.url}))` : '';
  return `_…and ${omitted} more finding${omitted === 1 ? '' : 's'} not shown here (size limit): see ${escapeText(hint)}${more}._`;
}

function findingRow(f: Finding, link: MarkdownOptions['link']): string {
  const where = f.line === null ? f.file : f.endLine !== null && f.endLine !== f.line ? `${f.file}:${f.line}-${f.endLine}` : `${f.file}:${f.line}`;
  const url = link?.(f) ?? null;
  const location = url ? `[${escapeText(where)}](${linkTarget(url)})` : escapeText(where);
  const yamlPath = f.yamlPath ? `<br><sub>${escapeText(f.yamlPath)}</sub>` : '';
  const verified = f.verification ? `<br>${f.verification.status === 'active' ? '**ACTIVE: revoke first**' : `<sub>verified ${escapeText(describeVerification(f.verification))}</sub>`}` : '';
  const secret = f.secret ? `<code>${escapeText(f.secret)}</code>${f.decodedFrom ? `<br><sub>decoded from ${escapeText(f.decodedFrom.join(' → '))}</sub>` : ''}${verified}` : '';
  return `| ${EMOJI[f.severity]} ${f.severity} | ${location}${yamlPath} | <code>${escapeText(f.ruleId)}</code> | ${escapeText(f.message)} | ${secret} | ${escapeText(f.remediation)} |`;
}

/**
 * Escapes text for a Markdown table cell: control characters (shown as `\r`, `\x1b`, …), HTML,
 * Markdown punctuation, pipes, mentions.
 */
export function escapeText(text: string): string {
  return escapeControls(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/([\\`*_[\]|#~!])/g, '\\$1')
    .replace(/@/g, '@\u200b');
}

/** A link target that cannot close the link early or start another: brackets, spaces, quotes, controls percent-encoded. */
function linkTarget(url: string): string {
  return url.replace(/[\u0000-\u0020()<>"'`\\[\]\u007f-\u009f]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

function bytes(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}

/** Last resort if a single header is already too large: cut on a character boundary. */
function fit(text: string, maxBytes: number): string {
  if (bytes(text) <= maxBytes) return text;
  const buffer = Buffer.from(text, 'utf8').subarray(0, maxBytes - 64);
  return buffer.toString('utf8').replace(/\uFFFD+$/, '') + '\n\n_…truncated (size limit)._\n';
}
