import { closeSync, lstatSync, mkdirSync, openSync, readdirSync, renameSync, statSync, unlinkSync, writeSync, type Stats } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * The cache directory, created private if missing; null when it, or the folder we create it in,
 * is not a directory only we can write, or when its base or a folder above lets others swap
 * folders inside it (a planted cache would be code we run).
 */
export function compileCacheDirectory(env: NodeJS.ProcessEnv): string | null {
  try {
    const base = env.XDG_CACHE_HOME && path.isAbsolute(env.XDG_CACHE_HOME) ? env.XDG_CACHE_HOME : path.join(os.homedir(), '.cache');
    const ours = path.join(base, 'openai-secret-lint');
    const dir = path.join(ours, 'compile-cache');
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    for (let at = base; ; at = path.dirname(at)) {
      if (!safeBase(statSync(at))) return null;
      if (path.dirname(at) === at) break;
    }
    if (!privateDirectory(lstatSync(ours)) || !privateDirectory(lstatSync(dir))) return null;
    return dir;
  } catch {
    // A read-only home or an odd file system: run without the cache.
    return null;
  }
}

const uid = typeof process.getuid === 'function' ? process.getuid() : null;

function privateDirectory(stat: Stats): boolean {
  return stat.isDirectory() && (uid === null || stat.uid === uid) && (stat.mode & 0o022) === 0;
}

/** Ours or root's, and writable by others only with the sticky bit (which stops them renaming our folder). */
function safeBase(stat: Stats): boolean {
  if (!stat.isDirectory() || (uid !== null && stat.uid !== uid && stat.uid !== 0)) return false;
  return (stat.mode & 0o022) === 0 || (stat.mode & 0o1000) !== 0;
}

/** Cache files kept: about three builds' chunks under two Node versions (a few hundred KB each). */
export const MAX_CACHE_FILES = 120;
const CACHE_FILE = /^chunk-[0-9a-f]{64}\.v8$/;
/** A write interrupted (killed process) leaves its temporary file: gone after an hour. */
const STALE_TEMPORARY_MS = 3_600_000;

/**
 * Keeps the cache bounded: run after a run wrote new entries (a new build or Node version), it
 * removes the oldest entries beyond MAX_CACHE_FILES, never those in `keep` (this run's). Oldest by
 * the time written: an entry still in use that goes is written again by its next run.
 */
export function pruneCache(dir: string, keep: ReadonlySet<string>, now = Date.now()): void {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  const entries: { name: string; time: number }[] = [];
  for (const name of names) {
    try {
      const stat = lstatSync(path.join(dir, name));
      if (!stat.isFile()) continue;
      if (CACHE_FILE.test(name)) entries.push({ name, time: stat.mtimeMs });
      else if (/^(chunk-|git-config-)/.test(name) && name.endsWith('.tmp') && now - stat.mtimeMs > STALE_TEMPORARY_MS) unlinkSync(path.join(dir, name));
    } catch {
      // gone meanwhile, or not ours to remove
    }
  }
  if (entries.length <= MAX_CACHE_FILES) return;
  entries.sort((a, b) => a.time - b.time || (a.name < b.name ? -1 : 1));
  let excess = entries.length - MAX_CACHE_FILES;
  for (const { name } of entries) {
    if (excess === 0) break;
    if (keep.has(name)) continue;
    try {
      unlinkSync(path.join(dir, name));
      excess--;
    } catch {
      // another run removed it
    }
  }
}

/** Written whole or not at all, readable by this user only; a cache that cannot be written is no error. */
export function writePrivate(file: string, data: Buffer): void {
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    const fd = openSync(temporary, 'wx', 0o600);
    try {
      writeSync(fd, data);
    } finally {
      closeSync(fd);
    }
    renameSync(temporary, file);
  } catch {
    try {
      unlinkSync(temporary);
    } catch {
      // nothing was written
    }
  }
}
