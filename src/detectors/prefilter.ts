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
    const alternatives = keywords.sort((a, b) => b.length - a.length).map(escapeRegExp);
    this.pattern = new RegExp(alternatives.join('|'), 'gi');
  }

  candidates(text: string): Detector[] {
    const found = new Set<Detector>();
    this.pattern.lastIndex = 0;
    for (const match of text.matchAll(this.pattern)) {
      for (const detector of this.byKeyword.get(match[0].toLowerCase()) ?? []) found.add(detector);
      if (found.size === this.detectors.length) break;
    }
    return this.detectors.filter((d) => found.has(d));
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
