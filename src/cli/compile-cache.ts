import { lstatSync, mkdirSync } from 'node:fs';
import module from 'node:module';
import os from 'node:os';
import path from 'node:path';

/** Whether this Node has an on-disk compile cache of its own (22.1+). */
export function hasCompileCache(): boolean {
  return typeof (module as { enableCompileCache?: unknown }).enableCompileCache === 'function';
}

/**
 * Turns on Node's on-disk compile cache (Node 22.1+; a no-op on older Node) in a directory only
 * this user can write: a cache another user could plant would be code we run. `NODE_COMPILE_CACHE`
 * and `NODE_DISABLE_COMPILE_CACHE` keep their meaning, since Node reads them itself.
 */
export function enableCompileCache(env: NodeJS.ProcessEnv): void {
  const enable = (module as { enableCompileCache?: (dir?: string) => unknown }).enableCompileCache;
  if (typeof enable !== 'function' || env.NODE_COMPILE_CACHE || env.NODE_DISABLE_COMPILE_CACHE) return;
  const dir = compileCacheDirectory(env);
  if (dir === null) return;
  try {
    enable.call(module, dir);
  } catch {
    // A cache is an optimisation: it must never stop a scan.
  }
}

/** The cache directory, created private if missing; null when it is not a directory only we can write. */
export function compileCacheDirectory(env: NodeJS.ProcessEnv): string | null {
  try {
    const base = env.XDG_CACHE_HOME && path.isAbsolute(env.XDG_CACHE_HOME) ? env.XDG_CACHE_HOME : path.join(os.homedir(), '.cache');
    const dir = path.join(base, 'openai-secret-lint', 'compile-cache');
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    const stat = lstatSync(dir);
    if (!stat.isDirectory()) return null;
    if (typeof process.getuid === 'function' && stat.uid !== process.getuid()) return null;
    if ((stat.mode & 0o022) !== 0) return null;
    return dir;
  } catch {
    // A read-only home or an odd file system: run without the cache.
    return null;
  }
}
