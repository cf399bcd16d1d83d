import ignore from 'ignore';
import type { Settings } from './settings.js';

/**
 * `include` / `exclude` (and `allow.paths`) use gitignore pattern syntax, matched against the
 * POSIX path relative to the scan root: the syntax every user of this tool already knows.
 */
export function pathMatcher(patterns: readonly string[]): (posixPath: string) => boolean {
  if (patterns.length === 0) return () => false;
  const matcher = ignore().add([...patterns]);
  return (posixPath) => matcher.ignores(posixPath);
}

export function discoveryFilter(settings: Settings): (posixPath: string) => boolean {
  const included = settings.include.length > 0 ? pathMatcher(settings.include) : () => true;
  const excluded = pathMatcher(settings.exclude);
  return (posixPath) => included(posixPath) && !excluded(posixPath);
}
