/**
 * Parses the inside of `${{ }}` with GitHub's own expression parser (`@actions/expressions`),
 * tolerating contexts and functions it was not told about (new contexts, `hashFiles`, action-only
 * contexts) by adding them and retrying, so a valid expression is never misread by a regex.
 */
import type { Expr } from '@actions/expressions/ast';
import { expressionsLibrary } from './library.js';

/** Every context of workflow and action expressions (case-insensitive in GitHub). */
const CONTEXTS = ['github', 'env', 'vars', 'job', 'jobs', 'steps', 'runner', 'secrets', 'strategy', 'matrix', 'needs', 'inputs'];

/** Status and file functions that `@actions/expressions` leaves to the host. */
const FUNCTIONS = [
  { name: 'hashFiles', minArgs: 1, maxArgs: 255 },
  { name: 'success', minArgs: 0, maxArgs: 0 },
  { name: 'always', minArgs: 0, maxArgs: 0 },
  { name: 'cancelled', minArgs: 0, maxArgs: 0 },
  { name: 'failure', minArgs: 0, maxArgs: 255 },
];

const MAX_RETRIES = 8;

export type ParseResult = { ok: true; expr: Expr } | { ok: false; error: string };

export function parseExpression(source: string): ParseResult {
  // Outside the try below: a library not loaded is an internal error, not a parse error.
  const { Lexer, Parser } = expressionsLibrary();
  const contexts = [...CONTEXTS];
  const functions = [...FUNCTIONS];
  for (let attempt = 0; ; attempt++) {
    try {
      const { tokens } = new Lexer(source).lex();
      return { ok: true, expr: new Parser(tokens, contexts, functions).parse() };
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      const unknown = /Unrecognized (named-value|function): '([^']+)'/.exec(message);
      if (!unknown || attempt >= MAX_RETRIES) return { ok: false, error: message };
      if (unknown[1] === 'function') functions.push({ name: unknown[2]!, minArgs: 0, maxArgs: 255 });
      else contexts.push(unknown[2]!);
    }
  }
}
