import type { Detector } from './types.js';

/**
 * One pass over a text for the keywords of every detector at once (a single case-insensitive
 * regex that the engine runs as one scan), returning the detectors worth running on that text.
 * Case-insensitive so that context words (`AZURE_OPENAI`, `azure-openai`) match in every
 * spelling; a prefixed detector's own regex stays case-sensitive.
 */
export class KeywordPrefilter {
  /** Lower-case keywords, longest first, and the detectors (by index) each one calls for. */
  private readonly keywords: string[];
  private readonly detectorsOf: number[][];
  private readonly keywordIndex = new Map<string, number>();
  /** The regex for the keywords still worth looking for, by which detectors are already chosen. */
  private readonly compiled = new Map<string, RegExp | null>();

  constructor(private readonly detectors: readonly Detector[]) {
    const byKeyword = new Map<string, Set<number>>();
    detectors.forEach((detector, d) => {
      for (const keyword of detector.keywords) {
        const key = keyword.toLowerCase();
        byKeyword.set(key, (byKeyword.get(key) ?? new Set()).add(d));
      }
    });
    // The regex reports one keyword per position (the longest), so a keyword also triggers the
    // detectors of every shorter keyword it contains (`sk-ant-` implies `sk-`).
    for (const [long, set] of byKeyword) {
      for (const [short, shorter] of byKeyword) if (short !== long && long.includes(short)) for (const d of shorter) set.add(d);
    }
    this.keywords = [...byKeyword.keys()].sort((a, b) => b.length - a.length);
    this.detectorsOf = this.keywords.map((k) => [...byKeyword.get(k)!].sort((a, b) => a - b));
    this.keywords.forEach((k, i) => this.keywordIndex.set(k, i));
  }

  /**
   * The keywords some of whose detectors are not chosen yet, as one regex (null when none): a
   * trie of alternatives (`gl(?:pat-|ptt-|…)`), which the engine scans faster than a flat list.
   * Depends only on the chosen set, so a few dozen regexes serve every file.
   */
  private patternFor(chosen: Uint8Array): RegExp | null {
    const key = chosen.join('');
    let pattern = this.compiled.get(key);
    if (pattern === undefined) {
      const wanted = this.keywords.filter((_, i) => this.detectorsOf[i]!.some((d) => chosen[d] === 0));
      pattern = wanted.length > 0 ? new RegExp(trieSource(wanted), 'gi') : null;
      if (this.compiled.size < 512) this.compiled.set(key, pattern);
    }
    return pattern;
  }

  candidates(text: string): Detector[] {
    const chosen = new Uint8Array(this.detectors.length);
    let count = 0;
    let pattern = this.patternFor(chosen);
    if (pattern) pattern.lastIndex = 0;
    // Common words (`key`, `token`) occur thousands of times in source code: once a keyword's
    // detectors are all chosen it is dropped from the regex, so every match chooses at least one
    // detector, and the scan goes on over the rest from where it stood: from the character after
    // the match's start, since another keyword may begin inside it (`aws` then `SK` in `awSK`).
    while (pattern) {
      const match = pattern.exec(text);
      if (match === null) break;
      let added = false;
      for (const d of this.detectorsOf[this.keywordIndex.get(match[0].toLowerCase())!]!) {
        if (chosen[d] === 0) {
          chosen[d] = 1;
          count++;
          added = true;
        }
      }
      if (!added) continue;
      if (count === this.detectors.length) break;
      const at = match.index + 1;
      pattern = this.patternFor(chosen);
      if (pattern) pattern.lastIndex = at;
    }
    return this.detectors.filter((_, d) => chosen[d] === 1);
  }
}

interface TrieNode {
  end: boolean;
  next: Map<string, TrieNode>;
}

/**
 * A regex source matching exactly the given words, longest first at each position, factored by
 * common prefixes: `['sk-ant-', 'sk-', 'sg.']` gives `s(?:k-(?:ant-)?|g\.)`.
 */
export function trieSource(words: readonly string[]): string {
  const root: TrieNode = { end: false, next: new Map() };
  for (const word of words) {
    let node = root;
    for (const ch of word) {
      let child = node.next.get(ch);
      if (!child) node.next.set(ch, (child = { end: false, next: new Map() }));
      node = child;
    }
    node.end = true;
  }
  const emit = (node: TrieNode): string => {
    const alternatives = [...node.next].map(([ch, child]) => escapeRegExp(ch) + emit(child));
    if (alternatives.length === 0) return '';
    const body = alternatives.length === 1 ? alternatives[0]! : `(?:${alternatives.join('|')})`;
    // A word ending here is the shorter choice: the greedy `?` tries the longer words first.
    return node.end ? `(?:${body})?` : body;
  };
  return emit(root);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
