/** Turns a node (or characters inside a scalar's value) into a finding with exact positions. */
import type { Node, Scalar } from 'yaml';
import { isScalar } from '../../yaml/library.js';
import type { RawFinding } from '../../core/finding.js';
import { nodeSpan, ScalarLocator, type SourceSpan } from '../../yaml/locate.js';
import { formatYamlPath, type PathSegment } from '../../yaml/walk.js';
import type { RuleMeta, SourceFile } from '../types.js';

export interface FindingText {
  message: string;
  remediation: string;
  secret?: string;
  /** What identifies the finding apart from its line, when there is no secret. */
  seed?: string;
  severity?: RuleMeta['severity'];
}

const locators = new WeakMap<Scalar, ScalarLocator>();

/** One locator per scalar, reused for every match inside it. */
export function locatorFor(file: SourceFile, node: Scalar): ScalarLocator {
  let locator = locators.get(node);
  if (!locator) {
    locator = new ScalarLocator(file.text, node);
    locators.set(node, locator);
  }
  return locator;
}

/** The source span of value characters [start, end) of a scalar, or of a whole node. */
export function spanOf(file: SourceFile, node: Node, start?: number, end?: number): SourceSpan | null {
  if (isScalar(node)) {
    const locator = locatorFor(file, node);
    const from = start ?? 0;
    const to = end ?? locator.value.length;
    if (to > from) return locator.span(from, to);
  }
  return nodeSpan(node);
}

export function findingAt(file: SourceFile, meta: RuleMeta, node: Node, path: readonly PathSegment[], text: FindingText, start?: number, end?: number): RawFinding {
  const span = spanOf(file, node, start, end) ?? { start: 0, end: 0 };
  const finding: RawFinding = {
    ruleId: meta.id,
    category: meta.category,
    severity: text.severity ?? meta.severity,
    file: file.path,
    ...file.lines.range(span.start, span.end),
    message: text.message,
    remediation: text.remediation,
    yamlPath: formatYamlPath(path),
  };
  if (text.secret !== undefined) finding.secret = text.secret;
  else finding.fingerprintSeed = text.seed ?? `${formatYamlPath(path)}\0${text.message}`;
  return finding;
}

/** A suggested secret name for a variable: upper snake case, as repository secrets are named. */
export function secretNameFor(name: string): string {
  const upper = name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toUpperCase().replace(/[^A-Z0-9_]/g, '_');
  return /^[0-9]/.test(upper) ? `_${upper}` : upper;
}

export const HELP_BASE = 'https://github.com/openai-secret-lint/openai-secret-lint/blob/main/docs/rules/github-actions.md';
