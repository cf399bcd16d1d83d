/**
 * GitHub's expression parser (`@actions/expressions`) matters only for workflow and action files,
 * which are YAML: src/core/libraries.ts loads it with the YAML library, not at start.
 * `expressionsLibrary()` throws a clear internal error where a load point was missed.
 */
import type * as Ast from '@actions/expressions/ast';
import type { Lexer } from '@actions/expressions/lexer';
import type { Parser } from '@actions/expressions/parser';

export interface ExpressionsLibrary {
  ast: typeof Ast;
  Lexer: typeof Lexer;
  Parser: typeof Parser;
}

let library: ExpressionsLibrary | null = null;

export async function loadExpressionsLibrary(): Promise<ExpressionsLibrary> {
  if (library === null) {
    const { ast, Lexer, Parser } = await import('./bindings.js');
    library = { ast, Lexer, Parser };
  }
  return library;
}

/** For a bundle that holds the parser itself (the Action): no separate chunk to load. */
export function provideExpressionsLibrary(bundled: ExpressionsLibrary): void {
  library ??= bundled;
}

export function expressionsLibrary(): ExpressionsLibrary {
  if (library === null) throw new Error('internal error: an expression is parsed before @actions/expressions was loaded');
  return library;
}
