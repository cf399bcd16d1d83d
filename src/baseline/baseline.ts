import { readFile, stat } from 'node:fs/promises';
import { ConfigurationError } from '../core/errors.js';
import type { Report } from '../core/finding.js';
import { TOOL_NAME } from '../core/version.js';
import { logSafeJson } from '../output/escape.js';
import { writeFileNoFollow, type SafeWriteOptions } from '../util/safe-write.js';

/**
 * A baseline lists accepted findings by fingerprint, with the rule and file for a human reading
 * the diff. It never holds a secret, not even redacted, nor a line number (lines move). The file
 * comes from the Report, where a key used as a file or directory name is already masked.
 */
/** Far above any real baseline (about 150 bytes a finding). */
export const MAX_BASELINE_BYTES = 32 * 1024 * 1024;

export interface BaselineFile {
  tool: string;
  version: 1;
  findings: { fingerprint: string; ruleId: string; file: string }[];
}

export function baselineFromReport(report: Report): BaselineFile {
  const unique = new Map<string, BaselineFile['findings'][number]>();
  for (const f of report.findings) unique.set(f.fingerprint, { fingerprint: f.fingerprint, ruleId: f.ruleId, file: f.file });
  const findings = [...unique.values()].sort(
    (a, b) => compare(a.file, b.file) || compare(a.ruleId, b.ruleId) || compare(a.fingerprint, b.fingerprint),
  );
  return { tool: TOOL_NAME, version: 1, findings };
}

export async function writeBaseline(file: string, report: Report, options: SafeWriteOptions = {}): Promise<number> {
  const baseline = baselineFromReport(report);
  try {
    // A file name may hold control characters: written as \u escapes (the parsed value is the same).
    await writeFileNoFollow(file, logSafeJson(JSON.stringify(baseline, null, 2)) + '\n', options);
  } catch (error) {
    if (error instanceof ConfigurationError) throw error;
    throw new ConfigurationError(`cannot write baseline ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  return baseline.findings.length;
}

/** The fingerprints a baseline accepts (for `settings.baseline`). */
export async function readBaseline(file: string): Promise<string[]> {
  let text: string;
  try {
    // A regular file of bounded size: a baseline named by a repository could be /dev/zero.
    const info = await stat(file);
    if (!info.isFile()) throw new ConfigurationError(`baseline ${file} is not a file`);
    if (info.size > MAX_BASELINE_BYTES) throw new ConfigurationError(`baseline ${file} is larger than ${MAX_BASELINE_BYTES / 1024 / 1024} MiB`);
    text = await readFile(file, 'utf8');
  } catch (error) {
    if (error instanceof ConfigurationError) throw error;
    throw new ConfigurationError(`cannot read baseline ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  return parseBaseline(text, file);
}

export function parseBaseline(text: string, file: string): string[] {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    // JSON.parse's message quotes the text around the error, which may hold anything.
    throw new ConfigurationError(`baseline ${file} is not valid JSON`);
  }
  const findings = (data as { findings?: unknown } | null)?.findings;
  if (typeof data !== 'object' || data === null || (data as { version?: unknown }).version !== 1 || !Array.isArray(findings)) {
    throw new ConfigurationError(`baseline ${file} is not a version 1 baseline written by --write-baseline`);
  }
  return findings.map((entry, index) => {
    const fingerprint = (entry as { fingerprint?: unknown } | null)?.fingerprint;
    if (typeof fingerprint !== 'string' || !/^[0-9a-f]{16,64}$/.test(fingerprint)) {
      throw new ConfigurationError(`baseline ${file}: findings[${index}] has no valid fingerprint`);
    }
    return fingerprint;
  });
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
