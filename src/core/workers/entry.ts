/**
 * Worker side of the scan pool. The pool starts a worker on the very file it was loaded from (the
 * ncc bundle, or this module when not bundled). In that worker this module, evaluated before the
 * bundle's entry point (it is one of its imports), serves batches and then awaits forever, so the
 * entry point's own top-level code (the CLI's main, the Action's run) never runs there.
 */
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import type { ScanContext } from '../../analyzers/types.js';
import type { Diagnostic, RawFinding } from '../finding.js';
import { loadLibrariesFor } from '../libraries.js';
import { emptyCounters } from './counters.js';
import { WORKER_ENTRY_KEY, WORKER_FLAG, type BatchRequest, type WorkerInit, type WorkerMessage } from './protocol.js';
import { scanFile } from './scan-file.js';

/**
 * URL a worker is started from: the entry file its bundle declared (the CLI, whose scanner is a
 * lazily loaded chunk), else the bundle itself (every module of one bundle shares its URL).
 */
export const WORKER_URL: string = ((globalThis as Record<symbol, unknown>)[WORKER_ENTRY_KEY] as string | undefined) ?? import.meta.url;

function serve(init: WorkerInit): void {
  const port = parentPort!;
  const post = (message: WorkerMessage) => port.postMessage(message);
  let diagnostics: Diagnostic[] = [];
  const context: ScanContext = {
    settings: init.settings,
    files: init.files,
    logger: {
      debug: (message) => post({ type: 'log', level: 'debug', message }),
      info: (message) => post({ type: 'log', level: 'info', message }),
      warning: (message) => post({ type: 'log', level: 'warning', message }),
    },
    diagnostic: (d) => diagnostics.push(d),
  };
  port.on('message', (request: BatchRequest) => {
    const stats = emptyCounters();
    const findings: RawFinding[] = [];
    diagnostics = [];
    for (const index of request.indexes) {
      for (const finding of scanFile(init.files[index]!, context, stats)) findings.push(finding);
    }
    post({ type: 'done', id: request.id, findings, diagnostics, counters: stats });
  });
  post({ type: 'ready' });
}

if (!isMainThread && (workerData as Partial<WorkerInit> | null)?.[WORKER_FLAG]) {
  const init = workerData as WorkerInit;
  // Before 'ready': the pool sends no batch until then.
  await loadLibrariesFor(init.settings, init.files.map((f) => f.path));
  serve(init);
  // Never settles: keeps the rest of the bundle (the entry point) from running in this worker.
  // The open message port keeps the thread alive until the pool terminates it.
  await new Promise<never>(() => {});
}
