import type { Document, LineCounter } from 'yaml';
import { fastParseAllDocuments } from './fast-parse.js';
import { yamlLibrary } from './library.js';
import type { Diagnostic } from '../core/finding.js';

/** A YAML file parsed once, shared by every structural rule that looks at it. */
export interface YamlFile {
  documents: Document.Parsed[];
  lineCounter: LineCounter;
  /** Parse errors as data: the file is still scanned as text. */
  diagnostics: Diagnostic[];
  /** True when at least one document parsed without errors, or the file is empty (no documents, no errors). */
  ok: boolean;
  /**
   * Parsed by the fast path (src/yaml/fast-parse.ts): what the rules decide by is `yaml`'s, the
   * ends of collections and the trailing parts of nodes may not be, so a file whose analysis
   * reports anything is analysed again on `yaml`'s parse (src/core/analyze.ts).
   */
  fast?: true;
}

const NO_ENV: NodeJS.ProcessEnv = Object.freeze({});

/**
 * `parseAllDocuments` with a LineCounter; never throws. Node ranges are offsets into `text`
 * (the decoded text, BOM removed), the same offsets a LineIndex maps to line and column. `fast`:
 * the fast path first, for a parse whose caller analyses again what it reports (see YamlFile.fast).
 */
export function loadYaml(path: string, text: string, options: { fast?: boolean } = {}): YamlFile {
  const { LineCounter, parseAllDocuments } = yamlLibrary();
  const lineCounter = new LineCounter();
  const diagnostics: Diagnostic[] = [];
  let documents: Document.Parsed[] = [];
  // Parse errors are data here, and a template can have hundreds: their stack traces (captured
  // for every error object) are never read, so they are not taken.
  const stackTraceLimit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  if (options.fast) {
    let fast: Document.Parsed[] | null = null;
    try {
      fast = fastParseAllDocuments(text, lineCounter);
    } finally {
      Error.stackTraceLimit = stackTraceLimit;
    }
    if (fast !== null) return { documents: fast, lineCounter, diagnostics, ok: true, fast: true };
    Error.stackTraceLimit = 0;
  }
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
 * The yaml library's messages quote the text the parser stopped at ("Unsupported YAML version
 * <text>", "The !<text>! tag has no suffix", "…extra characters: |<text>"), and that text may be the
 * very secret being reported. So a parse error is described by its code alone, in fixed words;
 * the caller adds the position.
 */
const YAML_ERRORS: Record<string, string> = {
  ALIAS_PROPS: 'an alias cannot have a tag or anchor',
  BAD_ALIAS: 'an alias that names no anchor',
  BAD_COLLECTION_TYPE: 'a collection of the wrong type for its tag',
  BAD_DIRECTIVE: 'a bad or unknown directive',
  BAD_DQ_ESCAPE: 'a bad escape in a double-quoted string',
  BAD_INDENT: 'bad indentation',
  BAD_PROP_ORDER: 'anchor and tag in the wrong order',
  BAD_SCALAR_START: 'a plain value cannot start with this character',
  BLOCK_AS_IMPLICIT_KEY: 'a nested mapping in a compact mapping',
  BLOCK_IN_FLOW: 'a block collection inside a flow collection',
  DUPLICATE_KEY: 'map keys must be unique',
  IMPOSSIBLE: 'an internal parser error',
  KEY_OVER_1024_CHARS: 'an implicit key longer than 1024 characters',
  MISSING_CHAR: 'a missing closing character',
  MULTILINE_IMPLICIT_KEY: 'an implicit key spanning lines',
  MULTIPLE_ANCHORS: 'a node with more than one anchor',
  MULTIPLE_DOCS: 'more than one document',
  MULTIPLE_TAGS: 'a node with more than one tag',
  NON_STRING_KEY: 'a key that is not a string',
  RESOURCE_EXHAUSTION: 'too many alias expansions',
  TAB_AS_INDENT: 'tabs used as indentation',
  TAG_RESOLVE_FAILED: 'an unknown or invalid tag',
  UNEXPECTED_TOKEN: 'an unexpected token',
};

/** `message` is accepted (a YAMLError has one) and never read. */
export function describeYamlError(error: { code: string; message?: string }): string {
  const code = /^[A-Z0-9_]{1,40}$/.test(error.code) ? error.code : 'UNKNOWN';
  return `${YAML_ERRORS[code] ?? 'a syntax error'} [${code}]`;
}
