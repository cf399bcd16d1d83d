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

/**
 * `parseAllDocuments` with a LineCounter; never throws. Node ranges are offsets into `text`
 * (the decoded text, BOM removed), the same offsets a LineIndex maps to line and column.
 */
export function loadYaml(path: string, text: string): YamlFile {
  const lineCounter = new LineCounter();
  const diagnostics: Diagnostic[] = [];
  let documents: Document.Parsed[] = [];
  try {
    const parsed = parseAllDocuments(text, { lineCounter, prettyErrors: false, uniqueKeys: false, strict: false });
    documents = Array.isArray(parsed) ? parsed : [];
  } catch (error) {
    diagnostics.push({ file: path, level: 'warning', code: 'yaml-parse-failed', message: `YAML parser failed: ${String(error)}; scanned as text` });
  }
  let ok = documents.length === 0 && diagnostics.length === 0;
  for (const document of documents) {
    if (document.errors.length === 0) {
      ok = true;
      continue;
    }
    const first = document.errors[0]!;
    const line = lineCounter.linePos(first.pos[0]).line;
    diagnostics.push({
      file: path,
      level: 'info',
      code: 'yaml-invalid',
      message: `not valid YAML (line ${line}: ${first.message.split('\n')[0]}); scanned as text`,
    });
  }
  return { documents, lineCounter, diagnostics, ok };
}
