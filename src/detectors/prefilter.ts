import type { Detector } from './types.js';

/**
 * One pass over a text for the keywords of every detector at once (a single case-insensitive
 * alternation that the regex engine compiles to one scan), returning the detectors worth running
 * on that text. Case-insensitive so that context words (`AZURE_OPENAI`, `azure-openai`) match in
 * every spelling; a prefixed detector's own regex stays case-sensitive.
 */
export class KeywordPrefilter {
  private readonly pattern: RegExp;
  private readonly byKeyword = new Map<string, Detector[]>();

  constructor(private readonly detectors: readonly Detector[]) {
    for (const detector of detectors) {
      for (const keyword of detector.keywords) {
        const key = keyword.toLowerCase();
        const list = this.byKeyword.get(key) ?? [];
        if (!list.includes(detector)) list.push(detector);
        this.byKeyword.set(key, list);
      }
    }
    // The alternation reports one keyword per position, so a keyword also triggers the
    // detectors of every shorter keyword it contains (`sk-ant-` implies `sk-`).
    const keywords = [...this.byKeyword.keys()];
    for (const long of keywords) {
      for (const short of keywords) {
        if (short !== long && long.includes(short)) {
          this.byKeyword.set(long, [...new Set([...this.byKeyword.get(long)!, ...this.byKeyword.get(short)!])]);
        }
      }
    }
    this.keywords = keywords.sort((a, b) => b.length - a.length);
    this.escaped = this.keywords.map(escapeRegExp);
    this.all = (1n << BigInt(this.keywords.length)) - 1n;
    this.pattern = this.compile(this.keywords.map((_, i) => i), this.all);
  }

  private readonly keywords: string[];
  private readonly escaped: string[];
  /** Every keyword: bit i stands for keyword i. */
  private readonly all: bigint;
  /** Alternations of the keywords still worth looking for, by the bit mask of their indexes. */
  private readonly compiled = new Map<bigint, RegExp>();

  private compile(indexes: readonly number[], mask: bigint): RegExp {
    let pattern = this.compiled.get(mask);
    if (!pattern) {
      pattern = new RegExp(indexes.map((i) => this.escaped[i]).join('|'), 'gi');
      if (this.compiled.size < 512) this.compiled.set(mask, pattern);
    }
    return pattern;
  }

  candidates(text: string): Detector[] {
    const found = new Set<Detector>();
    let remaining = this.keywords.map((_, i) => i);
    let mask = this.all;
    let pattern = this.pattern;
    pattern.lastIndex = 0;
    // Common words (`key`, `token`) occur thousands of times in source code: once a keyword's
    // detectors are all chosen it is dropped from the alternation, so each keyword costs at most
    // one match and the scan goes on over the rest from where it stood.
    for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
      let added = false;
      for (const detector of this.byKeyword.get(match[0].toLowerCase()) ?? []) {
        if (!found.has(detector)) {
          found.add(detector);
          added = true;
        }
      }
      if (!added) continue;
      if (found.size === this.detectors.length) break;
      remaining = remaining.filter((i) => {
        const wanted = this.byKeyword.get(this.keywords[i]!)!.some((d) => !found.has(d));
        if (!wanted) mask &= ~(1n << BigInt(i));
        return wanted;
      });
      if (remaining.length === 0) break;
      const at = pattern.lastIndex;
      pattern = this.compile(remaining, mask);
      pattern.lastIndex = at;
    }
    return this.detectors.filter((d) => found.has(d));
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
