import type { ScanContext } from '../../analyzers/types.js';
import type { DiscoveredFile } from '../../discover/files.js';
import { readTextFileSync } from '../../discover/read-text.js';
import { analyzeFile, makeSourceFile } from '../analyze.js';
import type { RawFinding } from '../finding.js';
import type { Counters } from './counters.js';

/**
 * Reads and analyzes one file, in the main thread or a worker alike. Never throws: whatever
 * keeps a file from being scanned becomes a count and, where a user should know, a diagnostic.
 */
export function scanFile(file: DiscoveredFile, context: ScanContext, stats: Counters): RawFinding[] {
  const { settings } = context;
  const outcome = readTextFileSync(file.rawPath ?? file.absPath, settings.maxFileSize);
  switch (outcome.kind) {
    case 'binary':
      stats.skippedBinary++;
      context.diagnostic({ file: file.path, level: 'info', code: 'skipped-binary', message: 'binary file (NUL byte in the first 8 KiB): not scanned' });
      return [];
    case 'too-large':
      stats.skippedTooLarge++;
      context.diagnostic({ file: file.path, level: 'warning', code: 'skipped-too-large', message: `file of ${outcome.bytes} bytes exceeds the limit of ${settings.maxFileSize} bytes: not scanned` });
      return [];
    case 'symlink':
      stats.skippedSymlink++;
      return [];
    case 'special':
      stats.skippedSpecial++;
      context.diagnostic({ file: file.path, level: 'info', code: 'skipped-special', message: 'not a regular file (FIFO, socket or device): not scanned' });
      return [];
    case 'unreadable':
      stats.skippedUnreadable++;
      context.diagnostic({ file: file.path, level: 'warning', code: 'unreadable', message: `cannot read file (${outcome.reason}): not scanned` });
      return [];
    case 'text':
      break;
  }
  stats.filesScanned++;
  stats.bytesScanned += outcome.bytes;
  const result = analyzeFile(makeSourceFile(file, outcome.text, context), context);
  stats.suppressed += result.suppressed;
  return result.findings;
}

