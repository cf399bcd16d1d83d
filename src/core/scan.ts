import { REPOSITORY_RULES } from '../analyzers/plain-rules.js';
import type { RepositoryRule, ScanContext } from '../analyzers/types.js';
import { discoverFiles, type DiscoveredFile } from '../discover/files.js';
import { isGitIncomplete } from '../util/git.js';
import type { Diagnostic, RawFinding, Report, ScanStats } from './finding.js';
import { HOLD_MIN_FILES, holdHeapGrowth, type HeapHold } from './heap-growth.js';
import { loadLibrariesFor } from './libraries.js';
import type { Logger } from './logger.js';
import { discoveryFilter } from './path-filter.js';
import { buildReport, emptyStats } from './report.js';
import type { Settings } from './settings.js';
import { chooseThreads, scanInWorkers } from './workers/pool.js';
import { scanFile } from './workers/scan-file.js';

/** Files scanned between two yields to the event loop (progress output, timers, signals). */
const YIELD_EVERY = 256;

export interface ScanOptions {
  /**
   * Worker threads that read and analyze files beside this one: 'auto' (default) one per further
   * core when there are enough files to pay for starting them; 0 scans in this thread only.
   * Workers run only from a built bundle (they re-enter it); from TypeScript sources the scan
   * always runs in this thread.
   */
  threads?: number | 'auto';
}

/** The one scan behind both front doors. Never throws for a file's content; only for bad settings. */
export async function scan(settings: Settings, logger: Logger, options: ScanOptions = {}): Promise<Report> {
  // The heap's growth is held while the tree is walked and, if the scan is large, until its files
  // are analysed (src/core/heap-growth.ts); released however the scan ends.
  const hold = holdHeapGrowth();
  try {
    return await scanTree(settings, logger, options, hold);
  } finally {
    hold.release();
  }
}

async function scanTree(settings: Settings, logger: Logger, options: ScanOptions, hold: HeapHold): Promise<Report> {
  const started = performance.now();
  const diagnostics: Diagnostic[] = [];
  const stats = emptyStats();
  const discovery = await discoverFiles(settings.root, settings.targets);
  for (const d of discovery.diagnostics) diagnostics.push(d);
  const wanted = discoveryFilter(settings);
  const files = discovery.files.filter((f) => wanted(f.path));
  stats.filesDiscovered = files.length;
  stats.skippedSymlink = discovery.symlinks;

  const context: ScanContext = { settings, logger, files, diagnostic: (d) => diagnostics.push(d) };
  // A diff keeps findings on changed files only: the others are not read at all. Repository rules
  // still see every file (ignore coverage, includes), and a changed file is read whole.
  const changed = settings.changedLines;
  const toScan = changed === null ? files : files.filter((f) => changed.has(f.path));
  // Loading the rules grows the heap too (Node 24's new space to 64 MB on `big`): a large scan
  // keeps holding; the chunk loader compiles under V8's defaults (src/cli/chunk-cache.ts).
  if (toScan.length < HOLD_MIN_FILES) hold.release();
  await loadLibrariesFor(settings, files.map((f) => f.path));
  const threads = chooseThreads(toScan.length, options.threads);
  logger.debug(threads > 0 ? `scanning ${toScan.length} files on this thread and ${threads} worker thread(s)` : `scanning ${toScan.length} files in one thread`);
  // Repository rules mostly wait for git (grep, check-ignore): they run beside the file scan,
  // and their results are taken in rule order afterwards, so the report does not depend on timing.
  const settle = async (rule: RepositoryRule) => {
    try {
      return { rule, findings: await rule.checkRepository(context), error: null };
    } catch (error) {
      return { rule, findings: [], error };
    }
  };
  const repository = REPOSITORY_RULES.map(settle);
  const raw: RawFinding[] =
    threads > 0 ? await scanInWorkers(toScan, context, stats, threads, (done) => logger.progress?.(done, toScan.length)) : await scanHere(toScan, context, stats);
  hold.release();
  for (const { rule, findings, error } of await Promise.all(repository)) {
    // A git call that hung leaves the scan incomplete: that is the run's outcome, not a note.
    if (isGitIncomplete(error)) throw error;
    if (error !== null) diagnostics.push({ file: null, level: 'error', code: 'rule-failed', message: `rule ${rule.meta.id} failed: ${String(error)}` });
    for (const finding of findings) raw.push(finding);
  }
  return buildReport(raw, settings, stats, diagnostics, started, logger);
}

/** Every file in this thread. Reads are synchronous (see readTextFileSync); yields now and then. */
async function scanHere(files: readonly DiscoveredFile[], context: ScanContext, stats: ScanStats): Promise<RawFinding[]> {
  const { logger } = context;
  const raw: RawFinding[] = [];
  for (let i = 0; i < files.length; i++) {
    for (const finding of scanFile(files[i]!, context, stats)) raw.push(finding);
    logger.progress?.(i + 1, files.length);
    if (i % YIELD_EVERY === YIELD_EVERY - 1) await new Promise((resolve) => setImmediate(resolve));
  }
  return raw;
}

