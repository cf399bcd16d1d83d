/**
 * `*` wildcards from the scanned repository's config (`secretNames`, `envFiles.templates`),
 * matched without a regular expression: `^.*A.*A.*A.*B$` backtracks in time exponential in its
 * stars on a long name, and both the pattern and the name come from the repository.
 */

/**
 * True when `text` matches `pattern` whole, `*` standing for any run of characters (none
 * included). Greedy with one backtrack point (the last star): O(|pattern|·|text|) at worst.
 */
export function wildcardMatch(pattern: string, text: string): boolean {
  let p = 0;
  let t = 0;
  let star = -1;
  let resume = 0;
  while (t < text.length) {
    if (p < pattern.length && pattern[p] === '*') {
      star = p++;
      resume = t;
    } else if (p < pattern.length && pattern[p] === text[t]) {
      p++;
      t++;
    } else if (star !== -1) {
      // The last star takes one more character; earlier stars never need to (any later literal
      // run the last star skips past could be matched by it as well).
      p = star + 1;
      t = ++resume;
    } else {
      return false;
    }
  }
  while (p < pattern.length && pattern[p] === '*') p++;
  return p === pattern.length;
}

/** A path glob where `*` stays inside one `/`-separated segment: segments are matched pairwise. */
export function segmentWildcardMatch(pattern: string, path: string): boolean {
  const patterns = pattern.split('/');
  const segments = path.split('/');
  return patterns.length === segments.length && patterns.every((p, i) => wildcardMatch(p, segments[i]!));
}
