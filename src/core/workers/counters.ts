import type { ScanStats } from '../finding.js';

/** The per-file counters a batch of files adds to the scan's totals. */
export const FILE_COUNTERS = ['filesScanned', 'bytesScanned', 'skippedBinary', 'skippedTooLarge', 'skippedUnreadable', 'skippedSymlink', 'skippedSpecial', 'suppressed'] as const;

export type Counters = Pick<ScanStats, (typeof FILE_COUNTERS)[number]>;

export function emptyCounters(): Counters {
  return { filesScanned: 0, bytesScanned: 0, skippedBinary: 0, skippedTooLarge: 0, skippedUnreadable: 0, skippedSymlink: 0, skippedSpecial: 0, suppressed: 0 };
}

export function addCounters(into: Counters, from: Counters): void {
  for (const key of FILE_COUNTERS) into[key] += from[key];
}
