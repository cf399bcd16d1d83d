/**
 * `${{ }}` expressions in a workflow or action value: where they are and what they read.
 * Offsets are into the value string, so callers map them to the file with a ScalarLocator.
 */
import { parseExpression } from './parse.js';
import { contextReferences, type ContextRef } from './references.js';
import { findExpressions, type TemplateExpression } from './template.js';

export { findExpressions, isSingleExpression, type TemplateExpression } from './template.js';
export { parseExpression } from './parse.js';
export { contextReferences, type ContextRef } from './references.js';

export interface AnalyzedExpression extends TemplateExpression {
  /** Context reads with offsets into the value (not into the expression). */
  refs: ContextRef[];
  /** Parse error, when GitHub's parser rejects the expression (refs then come from a fallback scan). */
  error?: string;
}

export function analyzeValue(value: string): AnalyzedExpression[] {
  return findExpressions(value).map((template) => {
    const parsed = parseExpression(template.inner);
    const refs = parsed.ok ? contextReferences(parsed.expr, template.inner) : fallbackReferences(template.inner);
    const shifted = refs.map((r) => ({ ...r, start: r.start + template.innerStart, end: r.end + template.innerStart }));
    return parsed.ok ? { ...template, refs: shifted } : { ...template, refs: shifted, error: parsed.error };
  });
}

/** All context reads of a value, across its expressions. */
export function referencesIn(value: string): ContextRef[] {
  return analyzeValue(value).flatMap((e) => e.refs);
}

/**
 * For an expression GitHub would reject (the run fails anyway), still see `secrets.X` and
 * `secrets['X']` so that a broken file is not silently clean.
 */
function fallbackReferences(source: string): ContextRef[] {
  const refs: ContextRef[] = [];
  const re = /\b([A-Za-z_][A-Za-z0-9_-]*)((?:\s*\.\s*[A-Za-z_*][A-Za-z0-9_-]*|\s*\[\s*'[^']*'\s*\])*)/g;
  for (const match of source.matchAll(re)) {
    const context = match[1]!.toLowerCase();
    if (!['secrets', 'vars', 'env', 'github'].includes(context)) continue;
    const path = [...match[2]!.matchAll(/\.\s*([A-Za-z_*][A-Za-z0-9_-]*)|\[\s*'([^']*)'\s*\]/g)].map((m) => (m[1] === '*' ? null : (m[1] ?? m[2] ?? null)));
    refs.push({ context, path, start: match.index, end: match.index + match[0].length, functions: [], inDefault: false, valueFlows: true });
  }
  return refs;
}
