import { severityRank, type Finding, type RawFinding, type ScanStats } from './finding.js';
import { fingerprint, sha256 } from './fingerprint.js';
import { pathMatcher } from './path-filter.js';
import { redact } from './redact.js';
import type { Settings } from './settings.js';

/**
 * The one place findings leave the core: severity overrides, config and baseline suppression,
 * the diff-mode line filter, then redaction and fingerprinting. Output is ordered most severe
 * first, then by file and position. Fingerprints are computed over every raw finding, before
 * any filtering, so they do not depend on what else was suppressed.
 */
export function finalize(raw: readonly RawFinding[], settings: Settings, stats: ScanStats): Finding[] {
  const ordered = [...raw].sort(
    (a, b) =>
      compare(a.file, b.file) ||
      (a.line ?? 0) - (b.line ?? 0) ||
      (a.column ?? 0) - (b.column ?? 0) ||
      compare(a.ruleId, b.ruleId),
  );
  const allowedPath = pathMatcher(settings.allow.paths);
  const allowedPatterns = settings.allow.patterns.map((p) => new RegExp(p));
  const allowedFingerprints = new Set(settings.allow.fingerprints);
  const baseline = new Set(settings.baseline);
  const occurrences = new Map<string, number>();
  const findings: Finding[] = [];
  const seen = new Set<string>();
  for (const finding of ordered) {
    // Two analyzers may reach the same value at the same place (text and structure): report it once.
    const at = `${finding.ruleId}\0${finding.category}\0${finding.file}\0${finding.line}\0${finding.column}\0${finding.secret ?? finding.fingerprintSeed ?? ''}`;
    if (seen.has(at)) continue;
    seen.add(at);
    const { secret, secretPrefix, fingerprintSeed, ...rest } = finding;
    const identity = secret ?? fingerprintSeed ?? finding.message;
    const key = `${finding.ruleId}\0${finding.file}\0${sha256(identity)}`;
    const occurrence = occurrences.get(key) ?? 0;
    occurrences.set(key, occurrence + 1);
    const id = fingerprint(finding.ruleId, finding.file, identity, occurrence);

    const override = settings.rules[finding.ruleId] ?? settings.rules[finding.category];
    if (override === 'off') continue;
    if (!inChangedLines(finding, settings.changedLines)) continue;
    if (
      allowedPath(finding.file) ||
      allowedFingerprints.has(id) ||
      (secret !== undefined && allowedPatterns.some((p) => p.test(secret)))
    ) {
      stats.suppressed++;
      continue;
    }
    if (baseline.has(id)) {
      stats.baselined++;
      continue;
    }
    const result: Finding = { ...rest, fingerprint: id };
    if (override) result.severity = override;
    if (secret !== undefined) result.secret = redact(secret, secretPrefix);
    findings.push(result);
  }
  return findings.sort((a, b) => severityRank(b.severity) - severityRank(a.severity));
}

function inChangedLines(finding: RawFinding, changed: Settings['changedLines']): boolean {
  if (changed === null) return true;
  const lines = changed.get(finding.file);
  if (!lines) return false;
  return finding.line === null || lines.has(finding.line);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
