import type { Detector } from './types.js';

/**
 * One pass over a text for the keywords of every detector at once (a single case-insensitive
 * regex that the engine runs as one scan), returning the detectors worth running on that text.
 * Case-insensitive so that context words (`AZURE_OPENAI`, `azure-openai`) match in every
 * spelling; a prefixed detector's own regex stays case-sensitive, and its exact keywords
 * (Detector.exactKeywords) choose it only as written.
 */
export interface PrefilterResult {
  detectors: Detector[];
  /** Offsets of every occurrence of a tracked word, ascending. */
  trackedAt: number[];
}

export class KeywordPrefilter {
  /** Lower-case keywords, longest first, and the detectors (by index) each one calls for. */
  private readonly keywords: string[];
  private readonly detectorsOf: number[][];
  private readonly keywordIndex = new Map<string, number>();
  /** The regex for the keywords still worth looking for, by which detectors are already chosen. */
  private readonly compiled = new Map<string, RegExp | null>();
  /** The same regexes by the keywords they look for (several chosen sets want the same ones). */
  private readonly byWanted = new Map<string, RegExp | null>();
  /** Every keyword in one trie, built once: a regex for some of them is emitted from it. */
  private readonly trie: KeywordTrie;
  /** Per keyword: the offsets inside it where a tracked word starts (`secret_access_key`: 0, 14). */
  private readonly trackedOffsets: number[][];
  /**
   * Per keyword: detectors it chooses only when the match starts with one of their exact keywords
   * as written (see Detector.exactKeywords). Only at the start: an exact keyword later inside a
   * longer match is met again on its own, as the scan goes on from the match's second character.
   */
  private readonly exactOf: { detector: number; form: string }[][];

  /**
   * `track`: words whose every occurrence is reported with the detectors (the generic rule walks
   * from each secret-like word to its assignment): they stay in the regex for the whole text, so
   * the rule needs no second pass of its own.
   */
  constructor(
    private readonly detectors: readonly Detector[],
    options: { track?: readonly string[] } = {},
  ) {
    const track = (options.track ?? []).map((w) => w.toLowerCase());
    const byKeyword = new Map<string, Set<number>>();
    const exact: { detector: number; form: string }[] = [];
    detectors.forEach((detector, d) => {
      // A case typo would quietly leave the keyword matched in any case.
      for (const keyword of detector.exactKeywords ?? []) if (!detector.keywords.includes(keyword)) throw new Error(`${detector.id}: exact keyword ${keyword} is not among its keywords`);
      for (const keyword of detector.keywords) {
        const key = keyword.toLowerCase();
        if (!byKeyword.has(key)) byKeyword.set(key, new Set());
        if (detector.exactKeywords?.includes(keyword)) exact.push({ detector: d, form: keyword });
        else byKeyword.get(key)!.add(d);
      }
    });
    // The regex reports one keyword per position (the longest), so a keyword also triggers the
    // detectors of every shorter keyword it contains (`sk-ant-` implies `sk-`).
    // Plain index loops: this runs once per process, cold, and every scan's start-up pays for it.
    const words = [...byKeyword.keys()];
    const sets = [...byKeyword.values()];
    for (let i = 0; i < words.length; i++) {
      for (let j = 0; j < words.length; j++) if (words[j]!.length < words[i]!.length && words[i]!.includes(words[j]!)) for (const d of sets[j]!) sets[i]!.add(d);
    }
    this.keywords = [...byKeyword.keys()].sort((a, b) => b.length - a.length);
    this.detectorsOf = this.keywords.map((k) => [...byKeyword.get(k)!].sort((a, b) => a - b));
    this.keywords.forEach((k, i) => this.keywordIndex.set(k, i));
    this.trackedOffsets = this.keywords.map((k) => {
      const offsets: number[] = [];
      for (const word of track) for (let at = k.indexOf(word); at !== -1; at = k.indexOf(word, at + 1)) offsets.push(at);
      return offsets;
    });
    this.exactOf = this.keywords.map((k) => exact.filter(({ detector, form }) => !byKeyword.get(k)!.has(detector) && k.startsWith(form.toLowerCase())));
    this.trie = buildTrie(this.keywords);
  }

  /**
   * `trieSource` of the keywords whose index is marked in `wanted`, emitted from the prebuilt
   * trie: the same source (a test holds them equal), without building a trie per regex.
   */
  sourceFor(wanted: Uint8Array): string {
    return emitTrie(this.trie, wanted);
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
      const wanted = new Uint8Array(this.keywords.length);
      for (let i = 0; i < wanted.length; i++) if (this.trackedOffsets[i]!.length > 0 || this.detectorsOf[i]!.some((d) => chosen[d] === 0) || this.exactOf[i]!.some((c) => chosen[c.detector] === 0)) wanted[i] = 1;
      const wantedKey = wanted.join('');
      pattern = this.byWanted.get(wantedKey);
      if (pattern === undefined) {
        pattern = wanted.includes(1) ? new RegExp(this.sourceFor(wanted), 'gi') : null;
        if (this.byWanted.size < 512) this.byWanted.set(wantedKey, pattern);
      }
      if (this.compiled.size < 512) this.compiled.set(key, pattern);
    }
    return pattern;
  }

  candidates(text: string): Detector[] {
    return this.scan(text).detectors;
  }

  scan(text: string): PrefilterResult {
    const chosen = new Uint8Array(this.detectors.length);
    const trackedAt: number[] = [];
    let pattern = this.patternFor(chosen);
    if (pattern) pattern.lastIndex = 0;
    // Common words (`key`, `token`) occur thousands of times in source code: once a keyword's
    // detectors are all chosen it is dropped from the regex (unless tracked), so it costs one
    // match. The scan goes on from the character after a match's start, since another keyword
    // may begin inside it (`aws` then `SK` in `awSK`).
    while (pattern) {
      const match = pattern.exec(text);
      if (match === null) break;
      const keyword = this.keywordIndex.get(match[0].toLowerCase())!;
      for (const offset of this.trackedOffsets[keyword]!) trackedAt.push(match.index + offset);
      let added = false;
      for (const d of this.detectorsOf[keyword]!) {
        if (chosen[d] === 0) {
          chosen[d] = 1;
          added = true;
        }
      }
      for (const { detector, form } of this.exactOf[keyword]!) {
        if (chosen[detector] === 0 && text.startsWith(form, match.index)) {
          chosen[detector] = 1;
          added = true;
        }
      }
      const at = match.index + 1;
      // With every detector chosen, only tracked words are left to look for (or nothing).
      if (added) pattern = this.patternFor(chosen);
      if (pattern) pattern.lastIndex = at;
    }
    return { detectors: this.detectors.filter((_, d) => chosen[d] === 1), trackedAt: ascendingUnique(trackedAt) };
  }
}

/**
 * Offsets inside one match can pass the start of the next (`private key`), and a word inside a
 * longer keyword is met again on its own (`secret_access_key`, then `key`).
 */
function ascendingUnique(offsets: number[]): number[] {
  offsets.sort((a, b) => a - b);
  let kept = 0;
  for (let i = 0; i < offsets.length; i++) if (i === 0 || offsets[i] !== offsets[kept - 1]) offsets[kept++] = offsets[i]!;
  offsets.length = kept;
  return offsets;
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

/** A trie node of KeywordTrie: children in the order their first keyword was inserted. */
interface KeywordTrie {
  /** Index of the keyword ending here, or -1. */
  ends: number;
  children: { escaped: string; node: KeywordTrie; through: number[] }[];
}

function buildTrie(words: readonly string[]): KeywordTrie {
  const root: KeywordTrie = { ends: -1, children: [] };
  words.forEach((word, index) => {
    let node = root;
    for (const ch of word) {
      const escaped = escapeRegExp(ch);
      let child = node.children.find((c) => c.escaped === escaped);
      if (!child) node.children.push((child = { escaped, node: { ends: -1, children: [] }, through: [] }));
      child.through.push(index);
      node = child.node;
    }
    node.ends = index;
  });
  return root;
}

/**
 * What `trieSource` gives for the marked words: a child comes in the order of the first marked
 * word through it, as inserting only the marked words (in order) would have made it.
 */
function emitTrie(node: KeywordTrie, wanted: Uint8Array): string {
  const alternatives: { first: number; source: string }[] = [];
  for (const child of node.children) {
    const first = child.through.find((i) => wanted[i] === 1);
    if (first !== undefined) alternatives.push({ first, source: child.escaped + emitTrie(child.node, wanted) });
  }
  if (alternatives.length === 0) return '';
  alternatives.sort((a, b) => a.first - b.first);
  const body = alternatives.length === 1 ? alternatives[0]!.source : `(?:${alternatives.map((a) => a.source).join('|')})`;
  return node.ends !== -1 && wanted[node.ends] === 1 ? `(?:${body})?` : body;
}

/** `emitTrie` over a trie of `words` (for tests: it must equal `trieSource` of the marked words). */
export function prebuiltTrieSource(words: readonly string[], wanted: Uint8Array): string {
  return emitTrie(buildTrie(words), wanted);
}
