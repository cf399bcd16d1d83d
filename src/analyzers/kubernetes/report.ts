import type { Node } from 'yaml';
import { valueSpan } from '../../yaml/locate.js';
import type { Encoding, RawFinding } from '../../core/finding.js';
import type { RuleMeta, SourceFile } from '../types.js';

export interface FindingDetails {
  message: string;
  remediation: string;
  secret?: string;
  yamlPath?: string;
  decodedFrom?: Encoding[];
  /** Overrides the rule's default severity (one rule, two strengths). */
  severity?: RawFinding['severity'];
  fingerprintSeed?: string;
}

/** A finding at offsets into `file.text`. */
export function findingAt(meta: RuleMeta, file: SourceFile, start: number, end: number, details: FindingDetails): RawFinding {
  const finding: RawFinding = {
    ruleId: meta.id,
    category: meta.category,
    severity: details.severity ?? meta.severity,
    file: file.path,
    ...file.lines.range(start, Math.max(start, end)),
    message: details.message,
    remediation: details.remediation,
  };
  if (details.secret !== undefined) finding.secret = details.secret;
  if (details.yamlPath !== undefined) finding.yamlPath = details.yamlPath;
  if (details.decodedFrom) finding.decodedFrom = details.decodedFrom;
  if (details.fingerprintSeed !== undefined) finding.fingerprintSeed = details.fingerprintSeed;
  return finding;
}

/** A finding on a YAML node: a scalar's value as written (quotes excluded), or a whole collection. */
export function findingOnNode(meta: RuleMeta, file: SourceFile, node: Node, details: FindingDetails): RawFinding {
  const span = valueSpan(file.text, node) ?? { start: 0, end: 0 };
  return findingAt(meta, file, span.start, span.end, details);
}
