/**
 * A canary: a normal file with a generated OpenAI key at a known line and column, planted beside
 * each hostile input. Whatever the hostile file does, the canary must still be found exactly there.
 */
import { expect } from 'vitest';
import type { Report } from '../../src/core/finding.js';
import { openaiKey } from '../helpers/keys.js';

export const CANARY_PATH = 'app/client.py';

export function canary(): { path: string; text: string; key: string; line: number; column: number } {
  const key = openaiKey('proj');
  const prefix = '    client = OpenAI(api_key="';
  return { path: CANARY_PATH, text: `import os\n\ndef connect():\n${prefix}${key}")\n`, key, line: 4, column: prefix.length + 1 };
}

/** Asserts an OpenAI finding at exactly this file, line and column (and span on the same line). */
export function expectKeyAt(report: Report, file: string, line: number, column: number, length?: number): void {
  const hits = report.findings.filter((f) => f.ruleId === 'openai-api-key' && f.file === file && f.line === line && f.column === column);
  expect(hits, `no OpenAI finding at ${file}:${line}:${column}; got ${JSON.stringify(report.findings.map((f) => `${f.ruleId} ${f.file}:${f.line}:${f.column}`))}`).toHaveLength(1);
  if (length !== undefined) expect(hits[0]!.endColumn).toBe(column + length);
}

export function expectCanary(report: Report, planted: ReturnType<typeof canary>): void {
  expectKeyAt(report, planted.path, planted.line, planted.column, planted.key.length);
}

export function diagnosticsFor(report: Report, file: string): string[] {
  return report.diagnostics.filter((d) => d.file === file).map((d) => d.code);
}

/** Line and 1-based column (in code points) of an offset in a text, as editors show them. */
export function positionOf(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const lineStart = before.lastIndexOf('\n') + 1;
  return { line: before.split('\n').length, column: [...before.slice(lineStart)].length + 1 };
}
