/** Plain data shared by analyzers, the core and the formatters. Nothing here formats or prints. */

export const SEVERITIES = ['critical', 'high', 'medium', 'low'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const CATEGORIES = [
  'hardcoded-secret',
  'encoded-secret',
  'unprotected-env-file',
  'unsafe-injection',
  'secret-exposure',
] as const;
export type Category = (typeof CATEGORIES)[number];

export type Encoding = 'base64' | 'hex' | 'url';

/** Where a finding points. `line` is null only for a finding about a whole file. */
export interface Location {
  file: string;
  line: number | null;
  column: number | null;
  endLine: number | null;
  endColumn: number | null;
}

/**
 * What an analyzer reports. It may carry the raw secret: the core redacts and fingerprints it
 * before anything leaves `scan()`, so a RawFinding never reaches a formatter.
 */
export interface RawFinding extends Location {
  ruleId: string;
  category: Category;
  severity: Severity;
  message: string;
  remediation: string;
  /** The raw secret value, if the finding is about one. Never leaves the core. */
  secret?: string;
  /** The provider prefix of `secret` (e.g. `sk-proj-`) that redaction may keep visible. */
  secretPrefix?: string;
  /** The text the secret was read from when it differs (an encoded secret's encoded form): masked like it. */
  secretSource?: string;
  /** A secret written over several lines: its parts as written, one per line (masked like it). */
  secretParts?: string[];
  /** For findings without a secret: what identifies the finding apart from its line. */
  fingerprintSeed?: string;
  decodedFrom?: Encoding[];
  yamlPath?: string;
  /** History scans: the commit that introduced the secret, its author date, and whether HEAD still has it. */
  commit?: string;
  authorDate?: string;
  presentAtHead?: boolean;
  /** History scans: the scanned tip's file still holds the secret on this line (annotations need that). */
  lineAtTip?: boolean;
  /** Other rules that reported the same problem at the same place (merged into this finding). */
  relatedRules?: string[];
}

/** Whether a found key still works, from its provider's API (opt-in `--verify`). */
export interface FindingVerification {
  status: 'active' | 'inactive' | 'unknown';
  provider: string;
  /** Why the status is unknown: timeout, rate-limited, network-error, unexpected-status, … */
  reason?: string;
  /** Human explanation, never containing the key. */
  detail?: string;
}

/** A finding as it leaves the core: redacted and fingerprinted, never holding a raw secret. */
export interface Finding extends Omit<RawFinding, 'secret' | 'secretPrefix' | 'secretSource' | 'secretParts' | 'fingerprintSeed'> {
  /** Redacted form only: provider prefix, at most four more characters (never over a quarter), and the length. */
  secret?: string;
  fingerprint: string;
  verification?: FindingVerification;
}

export interface Diagnostic {
  file: string | null;
  level: 'info' | 'warning' | 'error';
  code: string;
  message: string;
  /**
   * Set when the scan did not see everything because of this (a rule failed, a file could not
   * be read…): the front doors then fail. Set by the report from the code (src/core/incomplete.ts).
   */
  incomplete?: true;
}

export interface ScanStats {
  filesDiscovered: number;
  filesScanned: number;
  bytesScanned: number;
  skippedBinary: number;
  skippedTooLarge: number;
  skippedUnreadable: number;
  skippedSymlink: number;
  skippedSpecial: number;
  /** Hidden by inline comments or the config's `allow`. */
  suppressed: number;
  /** Hidden because a baseline accepted them. */
  baselined: number;
  /** Rule ids and categories the configuration turns off: their findings never exist, so this says so. */
  disabledRules: number;
  findingsBySeverity: Record<Severity, number>;
  durationMs: number;
}

/** What a rule is, for reports (SARIF rule entries) and documentation. */
export interface RuleMeta {
  id: string;
  category: Category;
  severity: Severity;
  /** One sentence: what the rule finds and why it matters. */
  description: string;
  helpUri: string;
}

export interface Report {
  tool: { name: string; version: string };
  findings: Finding[];
  stats: ScanStats;
  diagnostics: Diagnostic[];
  /** Metadata of every rule the findings name (their own and related): formatters read it here. */
  rules?: RuleMeta[];
}

export function severityRank(severity: Severity): number {
  return SEVERITIES.length - SEVERITIES.indexOf(severity);
}

export function atLeast(severity: Severity, threshold: Severity): boolean {
  return severityRank(severity) >= severityRank(threshold);
}

export function isSeverity(value: string): value is Severity {
  return (SEVERITIES as readonly string[]).includes(value);
}
