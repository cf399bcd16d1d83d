/**
 * Allowlists imported from a gitleaks configuration (its global `[allowlist]` / `[[allowlists]]`,
 * and the commits of its rules' allowlists): findings they match are hidden and counted as
 * suppressed, like the config's `allow`. Patterns are RE2 (re2js): linear time whatever a
 * repository wrote. Plain data in Settings (it crosses to worker threads); compiled here.
 */
import { re2 } from '../util/re2.js';
import type { RawFinding } from './finding.js';

export interface FindingAllowlist {
  /** Only findings of these rules (gitleaks `targetRules`, or the rule an allowlist belongs to); absent: all. */
  ruleIds?: string[];
  condition?: 'OR' | 'AND';
  /** Commit shas (a prefix of at least 7 characters matches, as git abbreviates them). */
  commits?: string[];
  /** RE2 patterns over the finding's path. */
  paths?: string[];
  /** RE2 patterns over the secret. */
  regexes?: string[];
  /** Words that, found in the secret (any case), mark it as not a secret. */
  stopwords?: string[];
}

/** A predicate over raw findings (before redaction: patterns see the secret). */
export function compileFindingAllowlists(allowlists: readonly FindingAllowlist[] | undefined): (finding: RawFinding) => boolean {
  if (!allowlists || allowlists.length === 0) return () => false;
  const { RE2JS } = re2();
  const compiled = allowlists.map((a) => ({
    rules: a.ruleIds && a.ruleIds.length > 0 ? new Set(a.ruleIds) : null,
    and: a.condition === 'AND',
    commits: (a.commits ?? []).map((c) => c.toLowerCase()).filter((c) => c !== ''),
    paths: (a.paths ?? []).map((p) => RE2JS.compile(p)),
    regexes: (a.regexes ?? []).map((p) => RE2JS.compile(p)),
    stopwords: (a.stopwords ?? []).map((w) => w.toLowerCase()).filter((w) => w !== ''),
  }));
  return (finding) =>
    compiled.some((a) => {
      if (a.rules && !a.rules.has(finding.ruleId)) return false;
      const checks: boolean[] = [];
      if (a.commits.length > 0) {
        const commit = finding.commit?.toLowerCase();
        checks.push(commit !== undefined && a.commits.some((c) => c === commit || (c.length >= 7 && commit.startsWith(c))));
      }
      if (a.paths.length > 0) checks.push(a.paths.some((p) => p.matcher(finding.file).find()));
      if (a.regexes.length > 0) checks.push(finding.secret !== undefined && a.regexes.some((p) => p.matcher(finding.secret!).find()));
      if (a.stopwords.length > 0) {
        const secret = finding.secret?.toLowerCase();
        checks.push(secret !== undefined && a.stopwords.some((w) => secret.includes(w)));
      }
      return checks.length > 0 && (a.and ? checks.every(Boolean) : checks.some(Boolean));
    });
}
