import type { Severity } from '../core/finding.js';

/** The configuration file's content once validated against schemas/config.schema.json. */
export interface Config {
  failOn?: Severity;
  include?: string[];
  exclude?: string[];
  rules?: Record<string, Severity | 'off'>;
  allow?: { paths?: string[]; patterns?: string[]; fingerprints?: string[] };
  secretNames?: { extra?: string[]; ignore?: string[] };
  decodeDepth?: number;
  maxFileSize?: number;
  envFiles?: { templates?: string[] };
  kubernetes?: { strictSecretEnv?: boolean };
  /** A baseline file, relative to the config file's directory (a flag or input names one first). */
  baseline?: string;
  detectors?: DetectorConfig[];
  gitleaksConfig?: string;
}

/** One entry of `detectors:` (see schemas/config.schema.json). */
export interface DetectorConfig {
  id: string;
  regex: string;
  keywords?: string[];
  secretGroup?: number;
  entropy?: number;
  severity?: Severity;
  description?: string;
  remediation?: string;
  paths?: string[];
}
