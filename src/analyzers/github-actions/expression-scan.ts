/** Every expression in every scalar of a workflow or action, with the scalar and its path. */
import type { Scalar } from 'yaml';
import { isScalar } from '../../yaml/library.js';
import { walkValues, type PathSegment } from '../../yaml/walk.js';
import { analyzeValue, type AnalyzedExpression } from '../expressions/index.js';
import type { RawFinding } from '../../core/finding.js';
import type { ContextRef } from '../expressions/references.js';
import type { RuleMeta, SourceFile } from '../types.js';
import { findingAt, type FindingText } from './report.js';
import { workflowModels } from './model.js';

export interface ScalarExpressions {
  node: Scalar;
  path: PathSegment[];
  expressions: AnalyzedExpression[];
}

const cache = new WeakMap<object, ScalarExpressions[]>();

export function expressionsInFile(file: SourceFile): ScalarExpressions[] {
  const out: ScalarExpressions[] = [];
  for (const model of workflowModels(file)) {
    let found = cache.get(model);
    if (!found) {
      found = [];
      const seen = new Set<Scalar>();
      walkValues(
        model.document,
        ({ node, path }) => {
          // A scalar reached again through an alias is written once: report it once.
          if (!isScalar(node) || typeof node.value !== 'string' || !node.value.includes('${{') || seen.has(node)) return;
          seen.add(node);
          found!.push({ node, path, expressions: analyzeValue(node.value) });
        },
        { budget: model.budget },
      );
      cache.set(model, found);
    }
    for (const item of found) out.push(item);
  }
  return out;
}

/** Where a finding about one secrets reference goes and what it says. */
export interface SecretRefFinding {
  text: FindingText;
  start: number;
  end: number;
}

/**
 * One finding per `secrets` context reference that `describe` picks, over every expression of
 * the file: the loop the expression rules share. `written` is the scalar's text.
 */
export function secretRefFindings(
  file: SourceFile,
  meta: RuleMeta,
  describe: (ref: ContextRef, expr: AnalyzedExpression, written: string) => SecretRefFinding | null,
): RawFinding[] {
  const findings: RawFinding[] = [];
  for (const { node, path, expressions } of expressionsInFile(file)) {
    for (const expr of expressions) {
      for (const ref of expr.refs) {
        if (ref.context !== 'secrets') continue;
        const found = describe(ref, expr, node.value as string);
        if (found) findings.push(findingAt(file, meta, node, path, found.text, found.start, found.end));
      }
    }
  }
  return findings;
}
