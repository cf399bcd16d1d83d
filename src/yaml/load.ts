import { LineCounter, parseAllDocuments, type Document } from 'yaml';
import type { Diagnostic } from '../core/finding.js';

/** A YAML file parsed once, shared by every structural rule that looks at it. */
export interface YamlFile {
  documents: Document.Parsed[];
  lineCounter: LineCounter;
  /** Parse errors as data: the file is still scanned as text. */
  diagnostics: Diagnostic[];
  /** True when at least one document parsed without errors, or the file is empty (no documents, no errors). */
  ok: boolean;
}

const NO_ENV: NodeJS.ProcessEnv = Object.freeze({});

/**
 * `parseAllDocuments` with a LineCounter; never throws. Node ranges are offsets into `text`
 * (the decoded text, BOM removed), the same offsets a LineIndex maps to line and column.
 */
export function loadYaml(path: string, text: string): YamlFile {
  const lineCounter = new LineCounter();
  const diagnostics: Diagnostic[] = [];
  let documents: Document.Parsed[] = [];
  // Parse errors are data here, and a template can have hundreds: their stack traces (captured
  // for every error object) are never read, so they are not taken.
  const stackTraceLimit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  // yaml's parser reads `process.env.LOG_TOKENS` for every token, and each read of the real
  // environment goes through a native getter (~140 ns): a quarter of the parse time of a small
  // manifest. The parse is synchronous, so nothing else can see this empty stand-in.
  const env = process.env;
  process.env = NO_ENV;
  try {
    const parsed = parseAllDocuments(text, { lineCounter, prettyErrors: false, uniqueKeys: false, strict: false });
    documents = Array.isArray(parsed) ? parsed : [];
  } catch (error) {
    diagnostics.push({ file: path, level: 'warning', code: 'yaml-parse-failed', message: `YAML parser failed (${error instanceof Error ? error.name : 'error'}); scanned as text` });
  } finally {
    Error.stackTraceLimit = stackTraceLimit;
    process.env = env;
  }
  let ok = documents.length === 0 && diagnostics.length === 0;
  for (const document of documents) {
    if (document.errors.length === 0) {
      ok = true;
      continue;
    }
    const first = document.errors[0]!;
    const { line, col } = lineCounter.linePos(first.pos[0]);
    diagnostics.push({
      file: path,
      level: 'info',
      code: 'yaml-invalid',
      message: `not valid YAML (line ${line}, column ${col}: ${describeYamlError(first)}); scanned as text`,
    });
  }
  return { documents, lineCounter, diagnostics, ok };
}

/**
 * A parse error in words that never quote the file: the yaml library's messages cite the text it
 * stopped at ("…extra characters: >sk-proj-…"), and that text may be the very secret being
 * reported. Keep the sentence before the quote, drop anything quoted, name the code.
 */
export function describeYamlError(error: { code: string; message: string }): string {
  const sentence = (error.message.split('\n')[0] ?? '').split(': ')[0]!.replace(/"[^"]*"|'[^']*'|`[^`]*`/g, '…');
  return sentence.length > 0 && sentence.length <= 120 ? `${sentence} [${error.code}]` : error.code;
}
