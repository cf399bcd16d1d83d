import type { Diagnostic, RawFinding, RuleMeta } from '../core/finding.js';
import type { Logger } from '../core/logger.js';
import type { Settings } from '../core/settings.js';
import type { LineIndex } from '../core/text-position.js';
import type { FileKind } from '../discover/classify.js';
import type { DiscoveredFile } from '../discover/files.js';
import type { YamlFile } from '../yaml/load.js';

/** Rule metadata is plain report data (core); rules declare it, formatters read it from the report. */
export type { RuleMeta };

/** A file as the analyzers see it: decoded text with a line index. */
export interface SourceFile extends DiscoveredFile {
  kind: FileKind;
  text: string;
  lines: LineIndex;
  /**
   * The file parsed as YAML, once, on first use (only structural rules ask). With `keep`, only
   * the documents it accepts are parsed (the others come back empty, offsets unchanged); such a
   * parse is not shared, so the caller keeps its result.
   */
  yaml(keep?: (document: string) => boolean): YamlFile;
}

export interface ScanContext {
  settings: Settings;
  logger: Logger;
  /** Every file discovered, scanned or not. */
  files: readonly DiscoveredFile[];
  diagnostic(diagnostic: Diagnostic): void;
  /**
   * A file's content as this scan sees it, for repository rules: the index in pre-commit mode,
   * the working tree otherwise (when absent, rules read the file from disk).
   */
  readText?(file: DiscoveredFile): Promise<string | null>;
}

/** A check on one file at a time. Rules never format, redact or print. */
export interface FileRule {
  meta: RuleMeta;
  /** Further rule metadata this rule reports under (e.g. one per provider). */
  reports?: readonly RuleMeta[];
  appliesTo(file: SourceFile): boolean;
  check(file: SourceFile, context: ScanContext): RawFinding[];
}

/** A check that needs the whole repository (e.g. ignore coverage of env files). */
export interface RepositoryRule {
  meta: RuleMeta;
  reports?: readonly RuleMeta[];
  checkRepository(context: ScanContext): Promise<RawFinding[]>;
}
