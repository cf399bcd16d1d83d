/** "Did you mean" for unknown keys and values: the closest candidate within a small edit distance. */
export function closest(word: string, candidates: readonly string[]): string | null {
  const norm = (s: string) => s.toLowerCase().replace(/[-_.\s]/g, '');
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    // `fail_on` and `FailOn` are the same word to a human: compare normalized forms first.
    const distance = norm(candidate) === norm(word) ? 0 : editDistance(word.toLowerCase(), candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  const limit = Math.max(2, Math.floor(word.length / 3));
  return best !== null && bestDistance <= limit ? best : null;
}

export function didYouMean(word: string, candidates: readonly string[]): string {
  const match = closest(word, candidates);
  return match === null ? '' : `; did you mean "${match}"?`;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
    }
    previous = current;
  }
  return previous[b.length]!;
}
