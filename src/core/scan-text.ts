import type { ScanContext } from '../analyzers/types.js';
import type { FileKind } from '../discover/classify.js';
import type { DiscoveredFile } from '../discover/files.js';
import { analyzeFile, makeSourceFile } from './analyze.js';
import type { Diagnostic, RawFinding, Report } from './finding.js';
import type { Logger } from './logger.js';
import { loadLibrariesFor } from './libraries.js';
import { buildReport, emptyStats } from './report.js';
import type { Settings } from './settings.js';

export interface TextInput {
  /** The POSIX path findings name (`--stdin-filename`, or `<stdin>`). */
  path: string;
  /** The content, already decoded; null when it could not be scanned (see `skipped`). */
  text: string | null;
  /** Bytes read. */
  bytes: number;
  /** What kind of file the text is (decided by the caller from its name or content). */
  kind: FileKind;
  /** Why the text was not scanned: too large (incomplete scan) or binary. */
  skipped?: 'too-large' | 'binary';
}

/**
 * Scans one text that is not a file of the repository (standard input) with every file rule,
 * and makes the report like any scan: suppression, baseline, redaction, fingerprints. Repository
 * rules (which read the tree and git) do not run: there is no tree.
 */
export async function scanText(input: TextInput, settings: Settings, logger: Logger): Promise<Report> {
  const started = performance.now();
  const diagnostics: Diagnostic[] = [];
  const stats = emptyStats();
  stats.filesDiscovered = 1;
  const file: DiscoveredFile = { absPath: input.path, path: input.path, tracked: null };
  const context: ScanContext = { settings, logger, files: [file], diagnostic: (d) => diagnostics.push(d), readText: async () => input.text };
  const raw: RawFinding[] = [];
  await loadLibrariesFor(settings, [input.path], [input.kind]);
  if (input.skipped === 'too-large' || input.text === null) {
    if (input.skipped === 'binary') {
      stats.skippedBinary++;
      diagnostics.push({ file: input.path, level: 'info', code: 'skipped-binary', message: 'binary input (NUL byte in the first 8 KiB): not scanned' });
    } else {
      stats.skippedTooLarge++;
      diagnostics.push({ file: input.path, level: 'warning', code: 'skipped-too-large', message: `standard input of more than ${settings.maxFileSize} bytes exceeds the limit (maxFileSize, --max-file-size): not scanned` });
    }
  } else {
    stats.filesScanned = 1;
    stats.bytesScanned = input.bytes;
    // makeSourceFile decides the kind from the path alone; standard input's kind was decided by its caller.
    const result = analyzeFile(Object.assign(makeSourceFile(file, input.text, context), { kind: input.kind }), context);
    stats.suppressed += result.suppressed;
    for (const finding of result.findings) raw.push(finding);
  }
  return buildReport(raw, settings, stats, diagnostics, started, logger);
}
