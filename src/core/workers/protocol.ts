import type { DiscoveredFile } from '../../discover/files.js';
import type { Diagnostic, RawFinding } from '../finding.js';
import type { Settings } from '../settings.js';
import type { Counters } from './counters.js';

/** Marks a worker started by the scan pool (the bundle is re-entered with this in workerData). */
export const WORKER_FLAG = 'openaiSecretLintScanWorker';

/**
 * The one argument a scan worker starts with: the CLI's entry looks at workerData (and loads
 * node:worker_threads) only when it sees it.
 */
export const WORKER_ARG = '--openai-secret-lint-scan-worker';

/**
 * Where a bundle whose scanner sits in a lazily loaded chunk (the CLI) records its entry file: a
 * worker must start on the entry, since a chunk on its own runs nothing.
 */
export const WORKER_ENTRY_KEY = Symbol.for('openai-secret-lint.worker-entry');

export interface WorkerInit {
  [WORKER_FLAG]: true;
  settings: Settings;
  files: DiscoveredFile[];
}

/** Main thread -> worker: scan these files (indexes into WorkerInit.files). */
export interface BatchRequest {
  id: number;
  indexes: number[];
}

/** Worker -> main thread. */
export type WorkerMessage =
  | { type: 'ready' }
  | { type: 'done'; id: number; findings: RawFinding[]; diagnostics: Diagnostic[]; counters: Counters }
  | { type: 'log'; level: 'debug' | 'info' | 'warning'; message: string };
