// What src/analyzers/expressions/library.ts loads, in one import: one chunk, each module once.
export * as ast from '@actions/expressions/ast';
export { Lexer } from '@actions/expressions/lexer';
export { Parser } from '@actions/expressions/parser';
