import { loadLibrariesFor, settingsNeedRe2 } from './libraries.js';
import { loadRe2 } from '../util/re2.js';
import { allRuleMeta, REPOSITORY_RULES } from '../analyzers/registry.js';
import { customRuleMeta } from '../analyzers/custom-detectors.js';
import { hardcodedSecretRule } from '../analyzers/text.js';
import type { RepositoryRule, ScanContext } from '../analyzers/types.js';
import { discoverFiles, type DiscoveredFile } from '../discover/files.js';
import { isGitIncomplete } from '../util/git.js';
import { maskReport, present, triage, verifyTriaged } from './finalize.js';
import { markIncomplete } from './incomplete.js';
import { SEVERITIES, type Diagnostic, type Finding, type RawFinding, type Report, type RuleMeta, type ScanStats } from './finding.js';
import { silentLogger, type Logger } from './logger.js';
import { mergeProblems } from './merge.js';
import { discoveryFilter } from './path-filter.js';
import type { Settings } from './settings.js';
import { TOOL_NAME, TOOL_VERSION } from './version.js';
import { chooseThreads, scanInWorkers } from './workers/pool.js';
import { scanFile } from './workers/scan-file.js';

/** Rules that match text alone: when a structural rule reports the same place, its finding is kept. */
const TEXT_RULE_IDS: ReadonlySet<string> = new Set((hardcodedSecretRule.reports ?? [hardcodedSecretRule.meta]).map((m) => m.id));

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
  await loadLibrariesFor(settings, files.map((f) => f.path));
  // A diff keeps findings on changed files only: the others are not read at all. Repository rules
  // still see every file (ignore coverage, includes), and a changed file is read whole.
  const changed = settings.changedLines;
  const toScan = changed === null ? files : files.filter((f) => changed.has(f.path));
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

/**
 * Shared by every way of scanning (working tree, index, history): suppression, the opt-in live
 * verification of what is left, then redaction, and the counts.
 */
export async function buildReport(
  raw: RawFinding[],
  settings: Settings,
  stats: ScanStats,
  diagnostics: Diagnostic[],
  started: number,
  logger: Logger = silentLogger,
): Promise<Report> {
  if (settingsNeedRe2(settings)) await loadRe2();
  const kept = triage(raw, settings, stats);
  // Verified before merging: a key merged into a structural finding keeps its verification.
  const verifications = await verifyTriaged(kept, settings, logger);
  const findings = present(mergeProblems(kept, TEXT_RULE_IDS), verifications);
  for (const finding of findings) stats.findingsBySeverity[finding.severity]++;
  stats.disabledRules = Object.values(settings.rules).filter((level) => level === 'off').length;
  stats.durationMs = Math.round(performance.now() - started);
  // Rules run side by side (threads, repository rules): the order must not depend on which finished first.
  const marked = diagnostics.map(markIncomplete);
  marked.sort((a, b) => (a.file ?? '').localeCompare(b.file ?? '') || a.code.localeCompare(b.code) || a.message.localeCompare(b.message));
  return maskReport({ tool: { name: TOOL_NAME, version: TOOL_VERSION }, findings, stats, diagnostics: marked, rules: rulesNamedBy(findings, settings) }, raw);
}

/** Metadata of the rules the findings name, their own and related, sorted by id (for SARIF). */
function rulesNamedBy(findings: readonly Finding[], settings: Settings): RuleMeta[] {
  const ids = new Set<string>();
  for (const f of findings) {
    ids.add(f.ruleId);
    for (const id of f.relatedRules ?? []) ids.add(id);
  }
  return [...allRuleMeta(), ...customRuleMeta(settings)]
    .filter((meta) => ids.has(meta.id))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
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
    disabledRules: 0,
    findingsBySeverity: Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as ScanStats['findingsBySeverity'],
    durationMs: 0,
  };
}
