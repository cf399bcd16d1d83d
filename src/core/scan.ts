import { REPOSITORY_RULES } from '../analyzers/registry.js';
import type { ScanContext } from '../analyzers/types.js';
import { discoverFiles, type DiscoveredFile } from '../discover/files.js';
import { readTextFileSync } from '../discover/read-text.js';
import { analyzeFile, makeSourceFile } from './analyze.js';
import { finalize } from './finalize.js';
import { SEVERITIES, type Diagnostic, type RawFinding, type Report, type ScanStats } from './finding.js';
import type { Logger } from './logger.js';
import { discoveryFilter } from './path-filter.js';
import type { Settings } from './settings.js';
import { TOOL_NAME, TOOL_VERSION } from './version.js';

/** Files scanned between two yields to the event loop (progress output, timers, signals). */
const YIELD_EVERY = 256;

/** The one scan behind both front doors. Never throws for a file's content; only for bad settings. */
export async function scan(settings: Settings, logger: Logger): Promise<Report> {
  const started = performance.now();
  const diagnostics: Diagnostic[] = [];
  const stats = emptyStats();
  const discovery = await discoverFiles(settings.root, settings.targets);
  diagnostics.push(...discovery.diagnostics);
  const wanted = discoveryFilter(settings);
  const files = discovery.files.filter((f) => wanted(f.path));
  stats.filesDiscovered = files.length;
  stats.skippedSymlink = discovery.symlinks;

  const context: ScanContext = { settings, logger, files, diagnostic: (d) => diagnostics.push(d) };
  const raw: RawFinding[] = [];
  for (let i = 0; i < files.length; i++) {
    for (const finding of scanFile(files[i]!, context, stats)) raw.push(finding);
    logger.progress?.(i + 1, files.length);
    if (i % YIELD_EVERY === YIELD_EVERY - 1) await yieldToEventLoop();
  }
  for (const rule of REPOSITORY_RULES) {
    try {
      raw.push(...(await rule.checkRepository(context)));
    } catch (error) {
      diagnostics.push({ file: null, level: 'error', code: 'rule-failed', message: `rule ${rule.meta.id} failed: ${String(error)}` });
    }
  }
  return buildReport(raw, settings, stats, diagnostics, started);
}

/** Shared by every way of scanning (working tree, index, history): finalize and count. */
export function buildReport(raw: RawFinding[], settings: Settings, stats: ScanStats, diagnostics: Diagnostic[], started: number): Report {
  const findings = finalize(raw, settings, stats);
  for (const finding of findings) stats.findingsBySeverity[finding.severity]++;
  stats.durationMs = Math.round(performance.now() - started);
  diagnostics.sort((a, b) => (a.file ?? '').localeCompare(b.file ?? '') || a.code.localeCompare(b.code));
  return { tool: { name: TOOL_NAME, version: TOOL_VERSION }, findings, stats, diagnostics };
}

/** Reads (synchronously: see readTextFileSync) and analyzes one file; never throws. */
function scanFile(file: DiscoveredFile, context: ScanContext, stats: ScanStats): RawFinding[] {
  const { settings } = context;
  const outcome = readTextFileSync(file.absPath, settings.maxFileSize);
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

export function emptyStats(): ScanStats {
  return {
    filesDiscovered: 0,
    filesScanned: 0,
    bytesScanned: 0,
    skippedBinary: 0,
    skippedTooLarge: 0,
    skippedUnreadable: 0,
    skippedSymlink: 0,
    skippedSpecial: 0,
    suppressed: 0,
    baselined: 0,
    findingsBySeverity: Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as ScanStats['findingsBySeverity'],
    durationMs: 0,
  };
}

function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
