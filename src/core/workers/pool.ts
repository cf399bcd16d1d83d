/**
 * Main-thread side of the scan pool: hands out batches of files to worker threads, scans batches
 * itself in between, and merges what comes back. Costs of a worker: starting one re-evaluates the
 * bundle and warms up its own JIT (each isolate compiles the hot code again), and every finding
 * crosses a thread by structured clone, so it pays only for scans of many files. The main thread
 * works too, so N cores need only N - 1 workers.
 *
 * A worker that dies (out of memory, a crash) loses only the batch it was running: that batch is
 * retried one file at a time on a new worker, and a file that stops a worker on its own is
 * skipped with a diagnostic. If workers cannot start at all, the remaining files are scanned here.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { ScanContext } from '../../analyzers/types.js';
import type { DiscoveredFile } from '../../discover/files.js';
import type { Diagnostic, RawFinding } from '../finding.js';
import { addCounters, type Counters } from './counters.js';
import { WORKER_URL } from './entry.js';
import { WORKER_ARG, WORKER_FLAG, type WorkerInit, type WorkerMessage } from './protocol.js';
import { scanFile } from './scan-file.js';

/**
 * Below this many files, starting workers (each loads the whole bundle again) costs more than it
 * saves: on the 2,325-file corpus one thread takes 0.83 s and two 0.94 s; on 20,000 files two
 * threads are 1.25× faster (bench/README.md).
 */
export const MIN_FILES_FOR_WORKERS = 4000;
/** Threads in all, the main one included. */
const MAX_THREADS = 4;
/** Batches sent ahead to each worker, so it never waits for the main thread between batches. */
const IN_FLIGHT = 3;
/** Files per batch: fewer as the scan nears its end. */
const MIN_BATCH = 4;
const MAX_BATCH = 64;
/** Longest the main thread scans without looking at workers' messages. */
const YIELD_MS = 10;
const MAX_RESPAWNS = 8;
/** A worker heap limit: a hostile file ends its worker (and is reported), not the whole process. */
const WORKER_HEAP_MB = 1024;
/**
 * A worker's young generation (two semi-spaces and the space objects are promoted through).
 * Node 22+ sizes it from the machine's memory, up to 3 x 64 MB per thread: on `big` the CLI's peak
 * RSS went from 242 MiB under Node 20 to 471 MiB under Node 24, for no speed. 48 MB (Node 20's
 * default) and 16 MB scan `big` equally fast; 16 MB takes 15-20 MiB less at the peak
 * (bench/README.md): a scan's garbage is short-lived, and little survives a small nursery either.
 */
const WORKER_YOUNG_MB = 16;

/** Worker threads need a JavaScript file to start (the bundle); sources run through a loader cannot. */
export function workersAvailable(): boolean {
  return /\.(m|c)?js$/.test(new URL(WORKER_URL).pathname);
}

/** How many worker threads (besides the main thread) a scan of this many files uses. */
export function chooseThreads(fileCount: number, requested: number | 'auto' = 'auto'): number {
  if (!workersAvailable()) return 0;
  if (requested !== 'auto') return Math.max(0, Math.floor(requested));
  const cores = availableParallelism();
  if (cores < 2 || fileCount < MIN_FILES_FOR_WORKERS) return 0;
  return Math.min(cores, MAX_THREADS) - 1;
}

interface Slot {
  worker: Worker;
  ready: boolean;
  dead: boolean;
  /** Batches sent and not answered, by id; the lowest id is the one running. */
  inFlight: Map<number, number[]>;
}

export function scanInWorkers(
  files: readonly DiscoveredFile[],
  context: ScanContext,
  counters: Counters,
  threads: number,
  onProgress: (done: number) => void,
): Promise<RawFinding[]> {
  const findings: RawFinding[] = [];
  // Threads know every discovered file (rules that resolve includes read the list), and batches
  // name files by their place in it: `files` may be a part of it (a diff scans changed files only).
  const all = context.files.length >= files.length ? context.files : files;
  const place = new Map(all.map((f, i) => [f, i]));
  const order = files.map((f) => place.get(f) ?? -1);
  if (order.includes(-1)) throw new Error('scanInWorkers: a file to scan is not among the context files');
  // Batches are cut when handed out, smaller as the files run out ("guided"), so that no thread
  // is left with a long batch while the others have nothing. Retried batches go first.
  let next = 0;
  const retries: number[][] = [];
  const takeBatch = (): number[] | null => {
    if (retries.length > 0) return retries.shift()!;
    if (next >= files.length) return null;
    const size = Math.max(MIN_BATCH, Math.min(MAX_BATCH, Math.ceil((files.length - next) / ((threads + 1) * 4))));
    const batch = Array.from({ length: Math.min(size, files.length - next) }, (_, k) => order[next + k]!);
    next += batch.length;
    return batch;
  };
  const pending = () => retries.length > 0 || next < files.length;
  // Workers get a structured clone: the onSecret callback (a function) stays on this thread,
  // where finalize calls it.
  const { onSecret: _onSecret, ...settings } = context.settings;
  const init: WorkerInit = { [WORKER_FLAG]: true, settings, files: [...all] };
  const slots = new Set<Slot>();
  let nextId = 0;
  let done = 0;
  let respawns = 0;
  let workersBroken = false;
  // Rules that work once per scan (e.g. resolving GitLab includes) run once per thread: the same
  // diagnostic from a second thread says nothing new.
  const diagnosticFrom = new Map<string, number>();
  const diagnostic = (d: Diagnostic, thread: number) => {
    const key = `${d.file}\0${d.level}\0${d.code}\0${d.message}`;
    const first = diagnosticFrom.get(key);
    if (first === undefined) diagnosticFrom.set(key, thread);
    else if (first !== thread) return;
    context.diagnostic(d);
  };
  const here: ScanContext = { ...context, diagnostic: (d) => diagnostic(d, 0) };
  let nextThread = 1;

  return new Promise((resolve) => {
    const account = (count: number) => {
      done += count;
      onProgress(done);
    };
    const finishIfDone = () => {
      if (draining || pending() || [...slots].some((s) => s.inFlight.size > 0)) return;
      for (const slot of slots) {
        slot.dead = true;
        void slot.worker.terminate();
      }
      slots.clear();
      resolve(findings);
    };
    /**
     * The main thread's share, batch by batch, yielding every YIELD_MS so that workers' answers
     * are taken and they are fed again. Also what finishes the job if workers fail.
     */
    let draining = false;
    const drainHere = async () => {
      if (draining) return;
      draining = true;
      let yielded = performance.now();
      for (let batch = takeBatch(); batch !== null; batch = takeBatch()) {
        for (const index of batch) {
          for (const f of scanFile(all[index]!, here, counters)) findings.push(f);
          // Workers' answers are taken (and they are fed again) only when this thread yields:
          // often enough that a worker never waits for work while this one reads a big file.
          if (performance.now() - yielded >= YIELD_MS) {
            await new Promise((r) => setImmediate(r));
            yielded = performance.now();
          }
        }
        account(batch.length);
      }
      draining = false;
      finishIfDone();
    };
    const feed = (slot: Slot) => {
      while (slot.inFlight.size < IN_FLIGHT) {
        const batch = takeBatch();
        if (batch === null) break;
        const id = nextId++;
        slot.inFlight.set(id, batch);
        slot.worker.postMessage({ id, indexes: batch });
      }
    };
    const lose = (slot: Slot, reason: string) => {
      if (slot.dead) return;
      slot.dead = true;
      slots.delete(slot);
      void slot.worker.terminate();
      const ids = [...slot.inFlight.keys()].sort((a, b) => a - b);
      const running = ids.length > 0 ? slot.inFlight.get(ids[0]!)! : [];
      // Batches that were only waiting go back as they were; the running one is to blame.
      for (const id of ids.slice(1).reverse()) retries.unshift(slot.inFlight.get(id)!);
      if (!slot.ready) {
        // It never started: not the files' fault. Stop using workers.
        workersBroken = true;
        if (running.length > 0) retries.unshift(running);
      } else if (running.length > 1) {
        for (let k = running.length - 1; k >= 0; k--) retries.unshift([running[k]!]);
      } else if (running.length === 1) {
        const file = all[running[0]!]!;
        context.diagnostic({ file: file.path, level: 'error', code: 'scan-failed', message: `scanning this file stopped its worker thread (${reason}): not scanned` });
        account(1);
      }
      if (!pending()) return finishIfDone();
      if (!workersBroken && respawns < MAX_RESPAWNS && spawn()) {
        respawns++;
        return;
      }
      void drainHere();
    };
    const spawn = (): boolean => {
      let worker: Worker;
      try {
        worker = new Worker(new URL(WORKER_URL), { argv: [WORKER_ARG], workerData: init, resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB, maxYoungGenerationSizeMb: WORKER_YOUNG_MB } });
      } catch (error) {
        // Not fatal (the files are scanned on this thread) but worth knowing: it costs speed.
        if (!workersBroken) context.logger.warning(`worker threads could not start (${error instanceof Error ? error.message : String(error)}); scanning on one thread`);
        workersBroken = true;
        return false;
      }
      const slot: Slot = { worker, ready: false, dead: false, inFlight: new Map() };
      const thread = nextThread++;
      slots.add(slot);
      worker.on('message', (message: WorkerMessage) => {
        if (message.type === 'log') return context.logger[message.level](message.message);
        if (message.type === 'ready') {
          slot.ready = true;
          return;
        }
        const batch = slot.inFlight.get(message.id) ?? [];
        slot.inFlight.delete(message.id);
        for (const f of message.findings) findings.push(f);
        for (const d of message.diagnostics) diagnostic(d, thread);
        addCounters(counters, message.counters);
        account(batch.length);
        feed(slot);
        finishIfDone();
      });
      worker.on('error', (error) => lose(slot, error instanceof Error ? error.message : String(error)));
      worker.on('exit', (code) => lose(slot, `exit code ${code}`));
      feed(slot);
      return true;
    };

    for (let i = 0; i < threads; i++) if (!spawn()) break;
    void drainHere();
  });
}
