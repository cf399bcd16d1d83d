/**
 * re2js (RE2 in JavaScript: linear time whatever the pattern) runs the patterns a repository or
 * its configuration writes: custom detectors, allow patterns and allowlists, GitLab include globs.
 * It is loaded only when there are such patterns, not at start (it is a fifth of the code a scan
 * would otherwise load): whoever compiles awaits `loadRe2()` first, through src/core/libraries.ts,
 * and `re2()` throws a clear internal error when a load point was missed.
 */
import type * as Re2 from 're2js';

let library: typeof Re2 | null = null;

export async function loadRe2(): Promise<typeof Re2> {
  library ??= await import('re2js');
  return library;
}

/** For a bundle that holds re2js itself (the Action): no separate chunk to load. */
export function provideRe2(bundled: typeof Re2): void {
  library ??= bundled;
}

export function re2(): typeof Re2 {
  if (library === null) throw new Error('internal error: a pattern is compiled before re2js was loaded');
  return library;
}
