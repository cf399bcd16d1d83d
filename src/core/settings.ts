import type { CustomDetectorSpec } from '../detectors/custom.js';
import type { FindingAllowlist } from './allowlists.js';
import type { Severity } from './finding.js';

/** Everything a scan needs, built the same way by the CLI and the Action. */
export interface Settings {
  /** Absolute directory that finding paths are relative to. */
  root: string;
  /** Absolute files or directories to scan, all inside `root`. */
  targets: string[];
  failOn: Severity;
  /** Files larger than this many bytes are skipped with a diagnostic. */
  maxFileSize: number;
  /** How many nested encodings (base64, hex, URL) the decoder follows. */
  decodeDepth: number;
  /** Per-rule severity overrides, or `off`. Keys are rule ids. */
  rules: Record<string, Severity | 'off'>;
  /** Findings to drop: by path glob, by regex on the secret value, or by fingerprint. */
  allow: { paths: string[]; patterns: string[]; fingerprints: string[] };
  /** Only files matching these globs (empty: all), minus those matching `exclude`. */
  include: string[];
  exclude: string[];
  /** Extra secret-like name patterns, and names never treated as secret-like. */
  secretNames: { extra: string[]; ignore: string[] };
  /** Extra env-file names treated as committed-on-purpose templates. */
  envFileTemplates: string[];
  kubernetes: { strictSecretEnv: boolean };
  /** Fingerprints accepted by a baseline file: matching findings are hidden (and counted). */
  baseline: string[];
  /**
   * Diff and pre-commit modes: only line findings on these lines (POSIX path -> line numbers)
   * and file-level findings for these files are kept. Null: no restriction.
   */
  changedLines: Map<string, Set<number>> | null;
  /**
   * Opt-in live verification: each found key is sent to its own provider's API. `env` carries the
   * base-URL overrides (the front doors pass process.env; the core never reads it).
   */
  verify: { enabled: boolean; env: Readonly<Record<string, string | undefined>>; timeoutMs?: number };
  /** User-defined detectors (config `detectors:`, gitleaks rules): run like the built-in ones. */
  customDetectors?: CustomDetectorSpec[];
  /** Allowlists imported from a gitleaks configuration (global, and rules' commits). */
  allowlists?: FindingAllowlist[];
  /**
   * Called with every raw secret that will be reported, before the report exists, so a front
   * door can have it masked (the Action passes core.setSecret). The core never prints it.
   */
  onSecret?: (value: string) => void;
}

export const DEFAULT_MAX_FILE_SIZE = 5 * 1024 * 1024;
export const DEFAULT_DECODE_DEPTH = 3;
export const DEFAULT_FAIL_ON: Severity = 'high';

export function defaultSettings(root: string, overrides: Partial<Settings> = {}): Settings {
  return {
    root,
    targets: [root],
    failOn: DEFAULT_FAIL_ON,
    maxFileSize: DEFAULT_MAX_FILE_SIZE,
    decodeDepth: DEFAULT_DECODE_DEPTH,
    rules: {},
    allow: { paths: [], patterns: [], fingerprints: [] },
    include: [],
    exclude: [],
    secretNames: { extra: [], ignore: [] },
    envFileTemplates: [],
    kubernetes: { strictSecretEnv: false },
    baseline: [],
    changedLines: null,
    verify: { enabled: false, env: {} },
    ...overrides,
  };
}
