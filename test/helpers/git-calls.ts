/** Runs code with a `git` of the test's own first on PATH, in front of the real one. */
import { execFileSync } from 'node:child_process';
import { chmodSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { tempDir } from './repo.js';

/**
 * `prelude` is shell code run first by a `git` put first on PATH, with the real git's path in
 * `$REAL_GIT`; the real git then runs with the same arguments, unless the prelude exited.
 * Returns what `run` returns; PATH is restored however it ends.
 */
export async function withGitWrapper<T>(prelude: string, run: () => Promise<T>): Promise<T> {
  const real = execFileSync('sh', ['-c', 'command -v git'], { encoding: 'utf8' }).trim();
  const bin = tempDir('osl-git-wrapper-');
  writeFileSync(path.join(bin, 'git'), `#!/bin/sh\nREAL_GIT='${real}'\n${prelude}\nexec "$REAL_GIT" "$@"\n`);
  chmodSync(path.join(bin, 'git'), 0o755);
  const saved = process.env.PATH;
  process.env.PATH = `${bin}${path.delimiter}${saved ?? ''}`;
  try {
    return await run();
  } finally {
    process.env.PATH = saved;
  }
}

/** Runs code with a `git` first on PATH that logs each subcommand, then runs the real git. */
export async function withGitCalls<T>(run: () => Promise<T>): Promise<{ result: T; calls: string[] }> {
  const log = path.join(tempDir('osl-git-log-'), 'calls.log');
  writeFileSync(log, '');
  const result = await withGitWrapper(`printf '%s\\n' "$1" >> '${log}'`, run);
  return { result, calls: readFileSync(log, 'utf8').split('\n').filter(Boolean) };
}

/** Ids of this process's child processes running `git <subcommand>` (`ps`; POSIX only). */
export function gitChildren(subcommand: string): number[] {
  return execFileSync('ps', ['-eo', 'pid=,ppid=,args='], { encoding: 'utf8' })
    .split('\n')
    .map((l) => l.trim().split(/\s+/))
    .filter(([, ppid, ...args]) => Number(ppid) === process.pid && args.includes(subcommand))
    .map(([pid]) => Number(pid));
}

/** Waits, up to 5 s, until this process has some (or no) git children running `subcommand`. */
export async function waitForGitChildren(subcommand: string, state: 'some' | 'none'): Promise<void> {
  for (let i = 0; i < 200 && (gitChildren(subcommand).length > 0) !== (state === 'some'); i++) await new Promise((resolve) => setTimeout(resolve, 25));
}
