import type { Finding, Report, Severity } from '../core/finding.js';
import { escapeControls } from './escape.js';

/**
 * GitHub workflow-command annotations. The runner shows at most 10 error and 10 warning
 * annotations per step, so the plan caps each kind (notices too, to stay under the 50 per job)
 * and says how many were left out and where to find them.
 */

export type AnnotationKind = 'error' | 'warning' | 'notice';
export const ANNOTATION_LIMIT = 10;

export interface Annotation {
  kind: AnnotationKind;
  message: string;
  properties: {
    title: string;
    file: string;
    startLine?: number;
    endLine?: number;
    startColumn?: number;
    endColumn?: number;
  };
}

export interface AnnotationPlan {
  shown: Annotation[];
  hidden: Record<AnnotationKind, number>;
}

const KIND: Record<Severity, AnnotationKind> = { critical: 'error', high: 'error', medium: 'warning', low: 'notice' };

export function annotationKind(severity: Severity): AnnotationKind {
  return KIND[severity];
}

/**
 * One annotation per finding, most severe first (the Report is already ordered that way),
 * capped per kind. `pathPrefix` turns scan-root paths into workspace paths.
 */
export function planAnnotations(report: Report, options: { limit?: number; pathPrefix?: string } = {}): AnnotationPlan {
  const limit = options.limit ?? ANNOTATION_LIMIT;
  const shown: Annotation[] = [];
  const count: Record<AnnotationKind, number> = { error: 0, warning: 0, notice: 0 };
  const hidden: Record<AnnotationKind, number> = { error: 0, warning: 0, notice: 0 };
  for (const finding of report.findings) {
    // A history finding is annotated only where the scanned tip's line still holds it: elsewhere
    // the annotation would sit on a line that says something else (the link names its commit).
    if (finding.commit !== undefined && finding.lineAtTip !== true) continue;
    const kind = KIND[finding.severity];
    if (count[kind] >= limit) {
      hidden[kind]++;
      continue;
    }
    count[kind]++;
    shown.push(toAnnotation(finding, kind, options.pathPrefix ?? ''));
  }
  return { shown, hidden };
}

/**
 * Repository text in the message has its control characters escaped (our own line breaks stay);
 * the command syntax itself is escaped when the annotation is written (formatCommand, or
 * @actions/core in the Action).
 */
function toAnnotation(f: Finding, kind: AnnotationKind, prefix: string): Annotation {
  const secret = f.secret ? `\nSecret: ${escapeControls(f.secret)}${f.decodedFrom ? ` (decoded from ${f.decodedFrom.join(' → ')})` : ''}` : '';
  // A path with control characters in it (an ANSI escape) is shown escaped: it then names no file.
  const properties: Annotation['properties'] = { title: `${f.severity}: ${f.ruleId}`, file: prefix + escapeControls(f.file) };
  if (f.line !== null) {
    properties.startLine = f.line;
    if (f.endLine !== null) properties.endLine = f.endLine;
    // GitHub accepts columns only for annotations on a single line.
    if (f.endLine === null || f.endLine === f.line) {
      if (f.column !== null) properties.startColumn = f.column;
      if (f.endColumn !== null) properties.endColumn = f.endColumn;
    }
  }
  return { kind, message: `${escapeControls(f.message)}${secret}\nFix: ${escapeControls(f.remediation)}`, properties };
}

/** The sentence logged (and put in the summary) when annotations were left out; null if none. */
export function hiddenNote(hidden: Record<AnnotationKind, number>, where = 'Every finding is in the job summary, the SARIF file and the JSON report.'): string | null {
  const parts = (['error', 'warning', 'notice'] as const).filter((k) => hidden[k] > 0).map((k) => `${hidden[k]} more ${k}${hidden[k] === 1 ? '' : 's'}`);
  if (parts.length === 0) return null;
  return `GitHub shows at most ${ANNOTATION_LIMIT} annotations of each kind per step: ${parts.join(', ')} not annotated. ${where}`;
}

/** The `--format github` output: workflow commands a runner turns into annotations. */
export function renderGithub(report: Report): string {
  const plan = planAnnotations(report);
  const lines = plan.shown.map(formatCommand);
  const note = hiddenNote(plan.hidden);
  if (note) lines.push(`::notice::${escapeData(note)}`);
  return lines.length > 0 ? lines.join('\n') + '\n' : '';
}

const PROPERTY_NAMES: Record<keyof Annotation['properties'], string> = {
  title: 'title',
  file: 'file',
  startLine: 'line',
  endLine: 'endLine',
  startColumn: 'col',
  endColumn: 'endColumn',
};

export function formatCommand(annotation: Annotation): string {
  const props = (Object.keys(PROPERTY_NAMES) as (keyof Annotation['properties'])[])
    .filter((key) => annotation.properties[key] !== undefined)
    .map((key) => `${PROPERTY_NAMES[key]}=${escapeProperty(String(annotation.properties[key]))}`);
  return `::${annotation.kind} ${props.join(',')}::${escapeData(annotation.message)}`;
}

/** The escaping @actions/core applies, so a message cannot end or forge a command. */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
