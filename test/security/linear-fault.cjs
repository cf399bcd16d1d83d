/**
 * Preloaded (node --require) into the CLI bundle by test/security/linear-incomplete.test.ts to
 * make faults the scan must not hide: reading a path that contains LINEAR_FAULT_UNREADABLE fails
 * with EIO; in a worker thread, reading one that contains LINEAR_FAULT_WORKER ends the worker
 * (as an out-of-memory kill would). With LINEAR_FAULT_CORES the main thread sees that many cores,
 * so that the pool starts workers on a small machine too.
 */
const fs = require('node:fs');
const os = require('node:os');
const { isMainThread } = require('node:worker_threads');
const { syncBuiltinESMExports } = require('node:module');

const unreadable = process.env.LINEAR_FAULT_UNREADABLE;
const crash = process.env.LINEAR_FAULT_WORKER;
const cores = Number(process.env.LINEAR_FAULT_CORES || 0);
const openSync = fs.openSync;
fs.openSync = function (file, ...rest) {
  const name = String(file);
  if (unreadable && name.includes(unreadable)) {
    const error = new Error(`EIO: i/o error, open '${name}'`);
    error.code = 'EIO';
    throw error;
  }
  if (crash && !isMainThread && name.includes(crash)) process.exit(70);
  return openSync.call(this, file, ...rest);
};
if (cores > 0) os.availableParallelism = () => cores;
syncBuiltinESMExports();
