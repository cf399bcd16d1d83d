// Runs one command and measures it from outside: wall time (hrtime around the child), peak resident
// memory of the whole process tree's largest process (GNU time's "Maximum resident set size";
// worker threads share their process, so it covers them), exit status.
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, openSync } from 'node:fs';

const GNU_TIME = '/usr/bin/time';
export const hasGnuTime = existsSync(GNU_TIME);

/** { seconds, maxRssMb|null, status, stderr } ; stdout goes to `stdoutFile` or is discarded. */
export function measure(command, args, { cwd, stdoutFile, env } = {}) {
  const out = stdoutFile ? openSync(stdoutFile, 'w') : 'ignore';
  const argv = hasGnuTime ? ['-v', command, ...args] : args;
  const started = process.hrtime.bigint();
  const result = spawnSync(hasGnuTime ? GNU_TIME : command, argv, { cwd, env, stdio: ['ignore', out, 'pipe'], maxBuffer: 1 << 28, encoding: 'utf8' });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (typeof out === 'number') closeSync(out);
  if (result.error) return { error: result.error.message };
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(result.stderr ?? '');
  const exit = /Exit status: (\d+)/.exec(result.stderr ?? '');
  return { seconds, maxRssMb: rss ? Number(rss[1]) / 1024 : null, status: exit ? Number(exit[1]) : result.status, stderr: result.stderr ?? '' };
}

/** The fastest of `times` runs (the machine is shared: the minimum is the least disturbed). */
export function best(times, run) {
  let fastest = null;
  for (let i = 0; i < times; i++) {
    const result = run();
    if (result.error || result.skipped) return result;
    if (!fastest || result.seconds < fastest.seconds) fastest = result;
  }
  return fastest;
}
