import { verificationRank } from '../verify/present.js';
import { compileAllowPatterns } from './allow-patterns.js';
import { compileFindingAllowlists } from './allowlists.js';
import { severityRank, type Finding, type FindingVerification, type RawFinding, type Report, type ScanStats, type Severity } from './finding.js';
import { fingerprint, sha256 } from './fingerprint.js';
import { sameProblem } from './merge.js';
import type { Logger } from './logger.js';
import { pathMatcher } from './path-filter.js';
import { pathMasker, redact, secretMasker, type MaskedValue } from './redact.js';
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
  const allowlisted = compileFindingAllowlists(settings.allowlists);
  const baseline = new Set(settings.baseline);
  const occurrences = new Map<string, number>();
  const seen = new Set<string>();
  const kept: Triaged[] = [];
  const accepted = new Map<string, RawFinding[]>();
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
    if (allowedPath(finding.file) || allowedFingerprints.has(id) || (secret !== undefined && allowedPatterns.some((p) => p.test(secret))) || allowlisted(finding)) {
      stats.suppressed++;
      continue;
    }
    if (baseline.has(id)) {
      stats.baselined++;
      if (finding.line !== null) accepted.set(`${finding.file}\0${finding.line}`, [...(accepted.get(`${finding.file}\0${finding.line}`) ?? []), finding]);
      continue;
    }
    if (secret !== undefined) settings.onSecret?.(secret);
    kept.push({ raw: finding, fingerprint: id, severity: override ?? finding.severity });
  }
  if (accepted.size === 0) return kept;
  // A baseline records each problem by the finding it was reported as (mergeProblems keeps one of
  // the rules that reached it): the other rules' findings of that problem are accepted with it.
  return kept.filter((t) => {
    const same = t.raw.line !== null && accepted.get(`${t.raw.file}\0${t.raw.line}`)?.some((b) => sameProblem(b, t.raw));
    if (same) stats.baselined++;
    return !same;
  });
}

/** Opt-in: asks each provider whether the kept keys still work (each distinct key once). */
export async function verifyTriaged(kept: readonly Triaged[], settings: Settings, logger: Logger): Promise<Map<string, FindingVerification>> {
  if (!settings.verify.enabled) return new Map();
  const items = kept.flatMap((t) => (t.raw.secret !== undefined && t.raw.category !== 'unsafe-injection' ? [{ ruleId: t.raw.ruleId, secret: t.raw.secret }] : []));
  // The verifiers (each provider's endpoint and answers) load only for --verify.
  const { verifySecrets } = await import('../verify/verify.js');
  return verifySecrets(items, { env: settings.verify.env, logger, ...(settings.verify.timeoutMs ? { timeoutMs: settings.verify.timeoutMs } : {}) });
}

/**
 * The one place secrets are redacted. An active key is raised to critical. Output order: most
 * severe first, active keys before others, then by file and position.
 */
export function present(kept: readonly Triaged[], verifications: ReadonlyMap<string, FindingVerification> = new Map()): Finding[] {
  const findings = kept.map(({ raw, fingerprint: id, severity }) => {
    const { secret, secretPrefix, secretSource: _source, secretParts: _parts, fingerprintSeed: _seed, ...rest } = raw;
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

/** Fields holding the tool's own vocabulary, hashes or an already redacted value: never masked again. */
const OWN_FIELDS = new Set(['ruleId', 'category', 'severity', 'fingerprint', 'secret', 'level', 'code', 'status', 'provider', 'reason', 'commit', 'authorDate']);

/**
 * The last step before a Report leaves the core: every secret value any analyzer saw (kept,
 * suppressed or baselined alike) is replaced by its redacted form in every string of the findings
 * and diagnostics: paths, messages, remediation, YAML paths. A key used as a name (a file name,
 * an env variable, `${{ secrets.<key> }}`) is therefore masked wherever it is quoted, and the
 * formatters only ever see masked text.
 */
export function maskReport(report: Report, raw: readonly RawFinding[]): Report {
  const values: MaskedValue[] = [];
  for (const finding of raw) {
    if (finding.secret !== undefined) values.push({ value: finding.secret, ...(finding.secretPrefix !== undefined ? { prefix: finding.secretPrefix } : {}) });
    if (finding.secretSource !== undefined) values.push({ value: finding.secretSource });
    // The parts of a split key, each as written (a part too short to say anything is left alone).
    for (const part of finding.secretParts ?? []) if (part.length >= MASKED_PART_MIN) values.push({ value: part });
  }
  const mask = secretMasker(values);
  const maskPath = pathMasker(values);
  return {
    ...report,
    findings: report.findings.map((f) => maskStrings(f, mask, maskPath)),
    diagnostics: report.diagnostics.map((d) => maskStrings(d, mask, maskPath)),
  };
}

const MASKED_PART_MIN = 8;

/** Fields that locate a finding: masked only where a value fills whole parts of the path. */
const PATH_FIELDS = new Set(['file', 'yamlPath']);

function maskStrings<T>(value: T, mask: (text: string) => string, maskPath: (path: string) => string): T {
  if (typeof value === 'string') return mask(value) as T;
  if (Array.isArray(value)) return value.map((item: unknown) => maskStrings(item, mask, maskPath)) as T;
  if (typeof value !== 'object' || value === null) return value;
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    out[key] = OWN_FIELDS.has(key) ? item : PATH_FIELDS.has(key) && typeof item === 'string' ? maskPath(item) : maskStrings(item, mask, maskPath);
  }
  return out as T;
}

function inChangedLines(finding: RawFinding, changed: Settings['changedLines']): boolean {
  if (changed === null) return true;
  const lines = changed.get(finding.file);
  if (!lines) return false;
  if (finding.line === null) return true;
  // A finding over several lines (a key split over lines, a PEM block) counts if any of them changed.
  const last = Math.max(finding.line, finding.endLine ?? finding.line);
  for (let line = finding.line; line <= last; line++) if (lines.has(line)) return true;
  return false;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
