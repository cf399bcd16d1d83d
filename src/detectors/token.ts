/**
 * Building blocks for detectors: a single greedy character-class run per candidate (which
 * cannot backtrack catastrophically), with shape, boundary and placeholder checks done in code.
 */
import { looksRandom } from './entropy.js';
import { isPlaceholderBody } from './placeholders.js';
import type { Detector, DetectorInfo, DetectorMatch } from './types.js';

const WORD = /[A-Za-z0-9]/;

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** True when the characters around [start, end) do not continue a token. */
export function isolated(text: string, start: number, end: number, after = /[A-Za-z0-9_]/): boolean {
  return !WORD.test(text[start - 1] ?? '') && !after.test(text[end] ?? '');
}

export interface TokenSpec extends DetectorInfo {
  /** Literal prefixes (also the prefilter keywords unless `keywords` is given). */
  prefixes: string[];
  /** Body character class, as written inside `[…]`. */
  body: string;
  min: number;
  max: number;
  kind: string | ((prefix: string, body: string) => string);
  /** Structure checks beyond length and randomness. */
  validate?: (body: string, prefix: string) => boolean;
  keywords?: string[];
  /** See Detector.exactKeywords. */
  exactKeywords?: readonly string[];
  /** Bodies are checked for placeholder words unless false (formats with fixed words inside). */
  placeholderCheck?: boolean;
}

/** A detector for `prefix + body` tokens such as `ghp_…`, `glpat-…`, `AIza…`. */
export function tokenDetector(spec: TokenSpec): Detector {
  const prefixes = [...spec.prefixes].sort((a, b) => b.length - a.length);
  const candidate = new RegExp(`(?:${prefixes.map(escapeRegExp).join('|')})[${spec.body}]+`, 'g');
  return {
    id: spec.id,
    provider: spec.provider,
    grants: spec.grants,
    keywords: spec.keywords ?? spec.prefixes,
    ...(spec.exactKeywords ? { exactKeywords: spec.exactKeywords } : {}),
    severity: spec.severity,
    remediation: spec.remediation,
    helpUri: spec.helpUri,
    validators: ['shape', 'randomness', 'placeholder'],
    find(text) {
      const matches: DetectorMatch[] = [];
      for (const m of text.matchAll(candidate)) {
        const token = m[0];
        const start = m.index;
        const end = start + token.length;
        if (!isolated(text, start, end)) continue;
        const prefix = prefixes.find((p) => token.startsWith(p))!;
        const body = token.slice(prefix.length);
        if (body.length < spec.min || body.length > spec.max) continue;
        // Cheapest checks first: structure, then randomness and placeholder words.
        if (spec.validate && !spec.validate(body, prefix)) continue;
        if (!looksRandom(body)) continue;
        if (spec.placeholderCheck !== false && isPlaceholderBody(body)) continue;
        const kind = typeof spec.kind === 'string' ? spec.kind : spec.kind(prefix, body);
        matches.push({ start, end, secret: token, prefix, kind });
      }
      return matches;
    },
  };
}
