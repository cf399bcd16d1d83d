/**
 * The report every way of scanning ends with (working tree, index, standard input, history, a pull
 * request's commits). Apart from src/core/scan.ts so that a staged scan, which has its own reading,
 * loads neither the tree walker nor the worker pool.
 */
import { customRuleMeta } from '../analyzers/custom-detectors.js';
import { hardcodedSecretRule } from '../analyzers/text.js';
import { loadRe2 } from '../util/re2.js';
import { maskReport, present, triage, verifyTriaged } from './finalize.js';
import { SEVERITIES, type Diagnostic, type Finding, type RawFinding, type Report, type RuleMeta, type ScanStats } from './finding.js';
import { markIncomplete } from './incomplete.js';
import { settingsNeedRe2 } from './libraries.js';
import { silentLogger, type Logger } from './logger.js';
import { mergeProblems } from './merge.js';
import type { Settings } from './settings.js';
import { TOOL_NAME, TOOL_VERSION } from './version.js';

/** Rules that match text alone: when a structural rule reports the same place, its finding is kept. */
const TEXT_RULE_IDS: ReadonlySet<string> = new Set((hardcodedSecretRule.reports ?? [hardcodedSecretRule.meta]).map((m) => m.id));

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
  return maskReport({ tool: { name: TOOL_NAME, version: TOOL_VERSION }, findings, stats, diagnostics: marked, rules: await rulesNamedBy(findings, settings) }, raw);
}

/** Metadata of the rules the findings name, their own and related, sorted by id (for SARIF). */
async function rulesNamedBy(findings: readonly Finding[], settings: Settings): Promise<RuleMeta[]> {
  // Every rule's metadata comes with the full rule list: a scan without findings (most pre-commit
  // scans) need not load it.
  if (findings.length === 0) return [];
  const { allRuleMeta } = await import('../analyzers/registry.js');
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
