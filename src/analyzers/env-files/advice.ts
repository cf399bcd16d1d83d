import path from 'node:path';
import ignore from 'ignore';
import type { IgnoreRuleRef } from '../../discover/gitignore.js';
import { baseName } from './naming.js';
import type { EnvFileState, UnprotectedEnvFile } from './state.js';

export interface IgnoreAdvice {
  /** Why the file is not protected, in terms of the ignore rules that exist. */
  reason: string;
  /** The lines to add, smallest first pattern then negations for committed templates. */
  lines: string[];
  /** The ignore file to add them to, relative to the scan root. */
  where: string;
  /** One sentence: what to add where (or which rule to remove). */
  action: string;
}

function ruleName(rule: IgnoreRuleRef): string {
  return `\`${rule.pattern}\` (${rule.source} line ${rule.line})`;
}

/** The narrowest conventional pattern that covers this file's name. */
function patternFor(entry: UnprotectedEnvFile, relToTop: string): string {
  const name = baseName(entry.file.path);
  if (name === '.envrc' || name === 'env.list') return name;
  if (name.startsWith('.env')) return '.env*';
  if (name.endsWith('.env')) return '*.env';
  // Only configuration makes this an env file: ignore exactly this path.
  return `/${relToTop}`;
}

export function ignoreAdvice(entry: UnprotectedEnvFile, state: EnvFileState, root: string): IgnoreAdvice {
  const top = entry.ignoreTop;
  const where = path.relative(root, path.join(top, '.gitignore')).split(path.sep).join('/');
  const relToTop = path.relative(top, entry.file.absPath).split(path.sep).join('/');
  const pattern = patternFor(entry, relToTop);
  // Keep committed templates committed: re-include the ones the new pattern would catch.
  const matcher = ignore({ ignorecase: false }).add(pattern);
  const negations = [...new Set(state.templates.map(baseName))].filter((n) => !pattern.startsWith('/') && matcher.ignores(n)).sort().map((n) => `!${n}`);
  const lines = [pattern, ...negations];
  const added = lines.map((l) => `\`${l}\``).join(' and ');

  const { verdict, coveredSibling } = entry;
  if (verdict.ignored && verdict.rule) {
    return {
      reason: `${ruleName(verdict.rule)} already ignores it, but ignore rules do not apply to files git already tracks`,
      lines: [],
      where,
      action: 'The ignore rule is in place; stop tracking the file.',
    };
  }
  if (verdict.rule) {
    return {
      reason: `${ruleName(verdict.rule)} re-includes it`,
      lines,
      where: verdict.rule.source,
      action: `Remove \`${verdict.rule.pattern}\` from ${verdict.rule.source} (line ${verdict.rule.line}), or add ${added} after it.`,
    };
  }
  const reason = coveredSibling?.verdict.rule
    ? `${ruleName(coveredSibling.verdict.rule)} covers \`${coveredSibling.path}\` beside it, but not this file`
    : 'no ignore rule covers it';
  return { reason, lines, where, action: `Add ${added} to ${where} at the repository root.` };
}
