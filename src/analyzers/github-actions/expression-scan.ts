/** Every expression in every scalar of a workflow or action, with the scalar and its path. */
import { isScalar, type Scalar } from 'yaml';
import { walkValues, type PathSegment } from '../../yaml/walk.js';
import { analyzeValue, type AnalyzedExpression } from '../expressions/index.js';
import type { SourceFile } from '../types.js';
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
    out.push(...found);
  }
  return out;
}
