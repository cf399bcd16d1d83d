/**
 * What an expression reads: every context access (`secrets.X`, `Secrets [ 'X' ]`, `vars.*`,
 * `github.event.issue.title`) with the property path, the functions around it (`toJSON`,
 * `format`), whether it only supplies a `||` default, and the fields read from `fromJSON(…)`.
 */
import type { Expr } from '@actions/expressions';
import { expressionsLibrary } from './library.js';
import type { Token } from '@actions/expressions/lexer';

export interface ContextRef {
  /** Context name, lower-cased (`secrets`, `vars`, `github`, `env`, …). */
  context: string;
  /** Property names after the context; null for a computed index or `*`. Names keep their case. */
  path: (string | null)[];
  /** Offsets into the parsed expression source, end exclusive. */
  start: number;
  end: number;
  /** Enclosing function names, lower-cased, outermost first. */
  functions: string[];
  /** Set when the reference is the argument of `fromJSON(…)` followed by property reads. */
  fromJsonPath?: (string | null)[];
  /** True when the reference is a fallback operand of `||`, not the first one. */
  inDefault: boolean;
  /**
   * False when only a boolean derived from it comes out (`secrets.X == ''`, `!secrets.X`,
   * `contains(secrets.X, 'y')`): the value itself cannot be printed or interpolated.
   */
  valueFlows: boolean;
}

const COMPARISONS = new Set(['==', '!=', '<', '<=', '>', '>=']);
const BOOLEAN_FUNCTIONS = new Set(['contains', 'startswith', 'endswith']);

export function contextReferences(expr: Expr, source: string): ContextRef[] {
  const { Binary, ContextAccess, FunctionCall, Grouping, IndexAccess, Literal, Logical, Star, Unary } = expressionsLibrary().ast;
  const lineStarts = [0];
  for (let i = source.indexOf('\n'); i !== -1; i = source.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  const offset = (pos: { line: number; column: number }) => (lineStarts[pos.line] ?? 0) + pos.column;
  const refs: ContextRef[] = [];

  const extendEnd = (end: number): number => {
    // Include a closing `]` or a trailing `.*` that carries no token of its own.
    for (;;) {
      const rest = /^\s*(\]|\.\s*\*)/.exec(source.slice(end));
      if (!rest) return end;
      end += rest[0].length;
    }
  };

  const visit = (node: Expr, functions: string[], inDefault: boolean): ContextRef[] => {
    if (node instanceof ContextAccess) {
      const ref: ContextRef = {
        context: node.name.lexeme.toLowerCase(),
        path: [],
        start: offset(node.name.range.start),
        end: extendEnd(offset(node.name.range.end)),
        functions,
        inDefault,
        valueFlows: !functions.some((f) => BOOLEAN_FUNCTIONS.has(f)),
      };
      refs.push(ref);
      return [ref];
    }
    if (node instanceof IndexAccess) {
      const chain: Expr[] = [];
      let base: Expr = node;
      while (base instanceof IndexAccess) {
        chain.unshift(base.index);
        base = base.expr;
      }
      const path = chain.map(indexName);
      let lastToken: Token | null = null;
      for (const index of chain) {
        if (index instanceof Literal) lastToken = index.token;
        // `secrets[env.STAGE]`, `secrets[format('{0}_KEY', env.X)]`: the index's value only names
        // what is read; it does not flow out.
        else if (!(index instanceof Star)) for (const ref of visit(index, functions, inDefault)) ref.valueFlows = false;
      }
      if (base instanceof ContextAccess) {
        const [ref] = visit(base, functions, inDefault);
        ref!.path = path;
        if (lastToken) ref!.end = extendEnd(offset(lastToken.range.end));
        else ref!.end = extendEnd(ref!.end);
        return [ref!];
      }
      if (base instanceof FunctionCall && base.functionName.lexeme.toLowerCase() === 'fromjson') {
        const inner = visit(base, functions, inDefault);
        for (const ref of inner) {
          if (ref.functions.length === functions.length + 1) ref.fromJsonPath = path;
          if (lastToken) ref.end = Math.max(ref.end, extendEnd(offset(lastToken.range.end)));
        }
        return inner;
      }
      return visit(base, functions, inDefault);
    }
    if (node instanceof FunctionCall) {
      const inside = [...functions, node.functionName.lexeme.toLowerCase()];
      return node.args.flatMap((arg) => visit(arg, inside, inDefault));
    }
    if (node instanceof Logical) {
      const isOr = node.operator.lexeme === '||';
      return node.args.flatMap((arg, i) => visit(arg, functions, inDefault || (isOr && i > 0)));
    }
    if (node instanceof Binary) {
      const found = [...visit(node.left, functions, inDefault), ...visit(node.right, functions, inDefault)];
      if (COMPARISONS.has(node.operator.lexeme)) for (const ref of found) ref.valueFlows = false;
      return found;
    }
    if (node instanceof Unary) {
      const found = visit(node.expr, functions, inDefault);
      if (node.operator.lexeme === '!') for (const ref of found) ref.valueFlows = false;
      return found;
    }
    if (node instanceof Grouping) return visit(node.group, functions, inDefault);
    return [];
  };

  visit(expr, [], false);
  return refs.sort((a, b) => a.start - b.start);
}

function indexName(index: Expr): string | null {
  if (index instanceof expressionsLibrary().ast.Literal) {
    const value = index.token.value ?? index.token.lexeme;
    return typeof value === 'string' || typeof value === 'number' ? String(value) : null;
  }
  return null;
}
