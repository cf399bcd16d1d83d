import { verificationRank, verifySecrets } from '../verify/index.js';
import { compileAllowPatterns } from './allow-patterns.js';
import { severityRank, type Finding, type FindingVerification, type RawFinding, type ScanStats, type Severity } from './finding.js';
import { fingerprint, sha256 } from './fingerprint.js';
import type { Logger } from './logger.js';
import { pathMatcher } from './path-filter.js';
import { redact } from './redact.js';
import type { Settings } from './settings.js';

/** A raw finding that survived suppression, with its fingerprint and final severity. */
export interface Triaged {
  raw: RawFinding;
  fingerprint: string;
  severity: Severity;
}

/**
 * Severity overrides, config and baseline suppression, and the diff-mode line filter. Fingerprints
 * are computed over every raw finding before any filtering, so they do not depend on what else
 * was suppressed; exact duplicates (two analyzers reaching one value) are reported once.
 */
export function triage(raw: readonly RawFinding[], settings: Settings, stats: ScanStats): Triaged[] {
  const ordered = [...raw].sort(
    (a, b) =>
      compare(a.file, b.file) ||
      (a.line ?? 0) - (b.line ?? 0) ||
      (a.column ?? 0) - (b.column ?? 0) ||
      compare(a.ruleId, b.ruleId),
  );
  const allowedPath = pathMatcher(settings.allow.paths);
  const allowedPatterns = compileAllowPatterns(settings.allow.patterns);
  const allowedFingerprints = new Set(settings.allow.fingerprints);
  const baseline = new Set(settings.baseline);
  const occurrences = new Map<string, number>();
  const seen = new Set<string>();
  const kept: Triaged[] = [];
  for (const finding of ordered) {
    const at = `${finding.ruleId}\0${finding.category}\0${finding.file}\0${finding.line}\0${finding.column}\0${finding.secret ?? finding.fingerprintSeed ?? ''}`;
    if (seen.has(at)) continue;
    seen.add(at);
    const identity = finding.secret ?? finding.fingerprintSeed ?? finding.message;
    const key = `${finding.ruleId}\0${finding.file}\0${sha256(identity)}`;
    const occurrence = occurrences.get(key) ?? 0;
    occurrences.set(key, occurrence + 1);
    const id = fingerprint(finding.ruleId, finding.file, identity, occurrence);

    const override = settings.rules[finding.ruleId] ?? settings.rules[finding.category];
    if (override === 'off') continue;
    if (!inChangedLines(finding, settings.changedLines)) continue;
    const secret = finding.secret;
    if (allowedPath(finding.file) || allowedFingerprints.has(id) || (secret !== undefined && allowedPatterns.some((p) => p.test(secret)))) {
      stats.suppressed++;
      continue;
    }
    if (baseline.has(id)) {
      stats.baselined++;
      continue;
    }
    if (secret !== undefined) settings.onSecret?.(secret);
    kept.push({ raw: finding, fingerprint: id, severity: override ?? finding.severity });
  }
  return kept;
}

/** Opt-in: asks each provider whether the kept keys still work (each distinct key once). */
export async function verifyTriaged(kept: readonly Triaged[], settings: Settings, logger: Logger): Promise<Map<string, FindingVerification>> {
  if (!settings.verify.enabled) return new Map();
  const items = kept.flatMap((t) => (t.raw.secret !== undefined && t.raw.category !== 'unsafe-injection' ? [{ ruleId: t.raw.ruleId, secret: t.raw.secret }] : []));
  return verifySecrets(items, { env: settings.verify.env, logger, ...(settings.verify.timeoutMs ? { timeoutMs: settings.verify.timeoutMs } : {}) });
}

/**
 * The one place secrets are redacted. An active key is raised to critical. Output order: most
 * severe first, active keys before others, then by file and position.
 */
export function present(kept: readonly Triaged[], verifications: ReadonlyMap<string, FindingVerification> = new Map()): Finding[] {
  const findings = kept.map(({ raw, fingerprint: id, severity }) => {
    const { secret, secretPrefix, fingerprintSeed: _seed, ...rest } = raw;
    const result: Finding = { ...rest, severity, fingerprint: id };
    if (secret !== undefined) {
      result.secret = redact(secret, secretPrefix);
      const verification = verifications.get(secret);
      if (verification) {
        result.verification = verification;
        if (verification.status === 'active') result.severity = 'critical';
      }
    }
    return result;
  });
  // Array.prototype.sort is stable: within equal severity and status, file order is kept.
  return findings.sort(
    (a, b) => severityRank(b.severity) - severityRank(a.severity) || verificationRank(a.verification) - verificationRank(b.verification),
  );
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
