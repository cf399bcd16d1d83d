import { lstatSync, mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

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
