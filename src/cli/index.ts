#!/usr/bin/env node
// The entry point stays tiny: every commit in a pre-commit hook pays for what it loads. `--version`
// is answered before anything else is loaded; the rest of the CLI is a separate chunk, compiled
// with V8's code cache (src/cli/chunk-cache.ts).
import { TOOL_NAME, TOOL_VERSION } from '../core/version.js';
import { WORKER_ARG, WORKER_ENTRY_KEY, WORKER_FLAG } from '../core/workers/protocol.js';

// Scan workers start on this file with WORKER_ARG (see WORKER_ENTRY_KEY): in one, serve the pool
// and nothing else. Only then is node:worker_threads loaded (1-3 ms with the streams it needs, on
// every pre-commit scan otherwise). Given on the command line, WORKER_ARG meets the main thread
// and goes on to main(), which refuses it as an unknown option.
(globalThis as Record<symbol, unknown>)[WORKER_ENTRY_KEY] = import.meta.url;
const chunkCache = async (writes: boolean) => (await import('./chunk-cache.js')).installChunkCache(import.meta.url, process.env, writes);
const argv = process.argv.slice(2);
const version = argv.length === 1 && (argv[0] === '--version' || argv[0] === '-v');
if (argv[0] === WORKER_ARG) {
  const { isMainThread, workerData } = await import('node:worker_threads');
  if (!isMainThread && (workerData as Record<string, unknown> | null)?.[WORKER_FLAG]) {
    await chunkCache(false);
    await import('../core/workers/entry.js');
  }
}

// A reader that stops early (`| head`) closes the pipe: not an error of the scan, whose exit code
// (findings or not) still stands. Any other write error is an internal error.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') return;
    process.exitCode = 3;
  });
}

if (version) {
  process.stdout.write(`${TOOL_NAME} ${TOOL_VERSION}\n`);
} else {
  await chunkCache(true);
  const [{ main, enableHeapHold }, { installGitConfigCache }] = await Promise.all([import('./main.js'), import('./git-config-cache.js')]);
  installGitConfigCache(process.env);
  enableHeapHold();
  process.exitCode = await main(argv, {
    stdin: process.stdin,
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env,
    cwd: process.cwd(),
  });
  await exitWhenFlushed();
}

/**
 * Ends the process once stdout and stderr have taken all that was written (a pipe may be written
 * asynchronously, on macOS): left to itself, Node would tear down the heap first, about 6 ms of a
 * pre-commit scan that nothing needs. 'exit' handlers still run (the chunk cache is written, a
 * git process still running is ended), and the exit code is whatever the run and the streams'
 * error handlers above set.
 */
async function exitWhenFlushed(): Promise<never> {
  await Promise.all([process.stdout, process.stderr].map((stream) => new Promise<void>((resolve) => stream.write('', () => resolve()))));
  process.exit();
}
