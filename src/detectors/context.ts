/**
 * Detectors for credentials without a distinctive prefix (32 hex characters, 40 alphanumerics):
 * a candidate counts only with its provider named nearby, by a host or a variable name.
 */
import { looksRandom } from './entropy.js';
import { isPlaceholderBody } from './placeholders.js';
import type { Detector, DetectorInfo, DetectorMatch } from './types.js';

export interface ContextSpec extends DetectorInfo {
  keywords: string[];
  /** See Detector.exactKeywords. */
  exactKeywords?: readonly string[];
  /** A greedy run of the key's characters (with the `g` flag), optionally after a literal prefix. */
  candidate: RegExp;
  prefix?: string;
  length: number;
  /** Characters that must not touch the candidate on either side. */
  boundary: RegExp;
  /** Context that must occur on the candidate's line or the line before (variable names). */
  nearName?: RegExp;
  /**
   * Context that must end on the candidate's own line, before it (`GITHUB_TOKEN=`): for shapes
   * as common as git SHAs, where a name on the line above says nothing about this value.
   */
  nameBefore?: RegExp;
  /** A cheap test of the whole text that any context can be there (default: the context regexes). */
  gate?: RegExp;
  /** Context that may occur within `window` characters either side (hosts, key ids). */
  nearText?: RegExp;
  window?: number;
  /** At least this many of lower case, upper case and digits. */
  minClasses?: number;
  kind: string;
}

/** A context detector says whether its candidates come from `exactRuns` (a test holds that all do). */
export interface ContextDetector extends Detector {
  readonly exactRuns: boolean;
}

export function contextDetector(spec: ContextSpec): ContextDetector {
  const window = spec.window ?? 300;
  // Chosen on first use: every run pays for building the catalogue, and a pre-commit scan of a
  // file without any of these providers' keywords never asks (runShape tests 256 characters).
  let runs: { stride: ReturnType<typeof strideRuns>; exact: RegExp | null } | undefined;
  const chosen = () => {
    if (runs) return runs;
    const stride = strideRuns(spec);
    return (runs = { stride, exact: stride ? null : exactRuns(spec) });
  };
  /** [start, end) of every candidate, ascending. */
  const candidates = (text: string): Iterable<readonly [number, number]> => {
    const { stride, exact } = chosen();
    return stride ? stride(text) : [...text.matchAll(exact ?? spec.candidate)].map((m) => [m.index, m.index + m[0].length] as const);
  };
  return {
    get exactRuns() {
      const { stride, exact } = chosen();
      return stride !== null || exact !== null;
    },
    id: spec.id,
    provider: spec.provider,
    grants: spec.grants,
    keywords: spec.keywords,
    ...(spec.exactKeywords ? { exactKeywords: spec.exactKeywords } : {}),
    severity: spec.severity,
    remediation: spec.remediation,
    helpUri: spec.helpUri,
    validators: ['shape', 'context', 'randomness', 'placeholder'],
    find(text) {
      const matches: DetectorMatch[] = [];
      // Keywords are a broad prefilter (`aws`): without the context itself there is nothing to check.
      const gated = spec.gate ? spec.gate.test(text) : spec.nearName?.test(text) || spec.nearText?.test(text);
      if (!gated) return matches;
      const prefixLength = spec.prefix?.length ?? 0;
      for (const [start, end] of candidates(text)) {
        // Most candidates are ordinary words: settle the length before anything else.
        if (end - start - prefixLength !== spec.length) continue;
        const secret = text.slice(start, end);
        const body = secret.slice(prefixLength);
        if (spec.boundary.test(text[start - 1] ?? '') || spec.boundary.test(text[end] ?? '')) continue;
        if (!looksRandom(body) || isPlaceholderBody(body)) continue;
        if (spec.minClasses && alnumClasses(body) < spec.minClasses) continue;
        if (!hasContext(text, start, end, spec, window) || namedAsPublic(text, start)) continue;
        matches.push({ start, end, secret, prefix: spec.prefix ?? '', kind: spec.kind });
      }
      return matches;
    },
  };
}

type RunSpec = Pick<ContextSpec, 'candidate' | 'prefix' | 'length' | 'boundary'>;

/**
 * A candidate shape the exact-length search may take: a literal prefix (perhaps none), then a
 * greedy run of one plain ASCII character class, with a boundary class that holds every run
 * character (so a run touching no boundary character is a whole run) and a prefix that starts
 * outside the run's class (so a run never hides a prefix). Null for any other shape: the greedy
 * loop then decides alone.
 */
function runShape(spec: RunSpec): { prefixSource: string; chars: string; boundary: string; inRun: Uint8Array; inBoundary: Uint8Array } | null {
  const shape = /^(.*)(\[[^\]]+\])\+$/.exec(spec.candidate.source);
  const boundary = spec.boundary.source;
  if (!shape || spec.candidate.flags !== 'g' || spec.boundary.flags !== '') return null;
  const [, prefixSource = '', chars = ''] = shape;
  const prefix = spec.prefix ?? '';
  if (!asciiSet(chars) || !asciiSet(boundary) || prefixSource !== prefix.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) return null;
  const inRun = table(new RegExp(chars));
  const inBoundary = table(new RegExp(boundary));
  for (let c = 0; c < 128; c++) if (inRun[c] === 1 && inBoundary[c] !== 1) return null;
  const first = prefix.charCodeAt(0);
  if (first < 128 && inRun[first] === 1) return null;
  return { prefixSource, chars, boundary, inRun, inBoundary };
}

/**
 * The candidates the loop keeps, found by the regex engine alone: a run of exactly `length` key
 * characters (after the prefix) with no boundary character on either side. The greedy run visits
 * every word of a file and allocates a match for each, to drop all but a few by their length; the
 * result is the same (see `runShape`; a test compares both on random texts).
 */
export function exactRuns(spec: RunSpec): RegExp | null {
  const shape = runShape(spec);
  if (!shape) return null;
  const { boundary, prefixSource, chars } = shape;
  return new RegExp(`(?<!${boundary})${prefixSource}${chars}{${spec.length}}(?!${boundary})`, 'g');
}

/**
 * `exactRuns` without a regex, for shapes without a prefix: a run of exactly `length` characters
 * always covers one offset that is a multiple of `length`, so only those offsets are looked at and
 * a run is walked out from there (as decode.ts finds base64 runs). In text made of words that
 * touches a fraction of the characters; the regex tries every offset.
 */
export function strideRuns(spec: RunSpec): ((text: string) => [number, number][]) | null {
  const shape = runShape(spec);
  if (!shape || shape.prefixSource !== '') return null;
  const { inRun, inBoundary } = shape;
  const length = spec.length;
  const inClass = (set: Uint8Array, c: number) => c >= 0 && c < 128 && set[c] === 1;
  return (text) => {
    const runs: [number, number][] = [];
    const n = text.length;
    const isRun = (i: number) => inClass(inRun, text.charCodeAt(i));
    for (let at = 0; at < n; ) {
      if (!isRun(at)) {
        at += length;
        continue;
      }
      let start = at;
      while (start > 0 && isRun(start - 1)) start--;
      let end = at + 1;
      while (end < n && isRun(end)) end++;
      if (end - start === length && !inClass(inBoundary, start > 0 ? text.charCodeAt(start - 1) : -1) && !inClass(inBoundary, end < n ? text.charCodeAt(end) : -1)) runs.push([start, end]);
      // The next offset looked at is the first multiple of `length` past this run.
      at = Math.ceil(end / length) * length;
    }
    return runs;
  };
}

/** A character class of printable ASCII only, not negated (so nothing outside ASCII is in it). */
function asciiSet(source: string): boolean {
  // `\s`, `\S`, `\W`, `\D` and `\p{…}` hold characters beyond ASCII.
  return /^\[[^\^][\x20-\x7e]*\]$/.test(source) && !/\\[sSWDp]/.test(source);
}

function table(re: RegExp): Uint8Array {
  const out = new Uint8Array(128);
  for (let c = 0; c < 128; c++) if (re.test(String.fromCharCode(c))) out[c] = 1;
  return out;
}

/** A hash, digest or id assigned on the same line: `BUILD_HASH: <hex>`, `commit = "<sha>"`. */
const PUBLIC_NAME = /(hash|sha\d*|checksum|digest|md5|uuid|guid|commit|etag|version|revision|[_-]id)["']?\s*[:=]\s*["']?$/i;

function namedAsPublic(text: string, start: number): boolean {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  return PUBLIC_NAME.test(text.slice(Math.max(lineStart, start - 200), start));
}

function hasContext(text: string, start: number, end: number, spec: ContextSpec, window: number): boolean {
  if (spec.nameBefore) {
    const lineStart = text.lastIndexOf('\n', start - 1) + 1;
    if (spec.nameBefore.test(text.slice(Math.max(lineStart, start - window), start))) return true;
  }
  if (spec.nearName) {
    const lineStart = text.lastIndexOf('\n', start - 1);
    const previousLineStart = lineStart <= 0 ? 0 : text.lastIndexOf('\n', lineStart - 1) + 1;
    const lineEnd = text.indexOf('\n', end);
    const lines = text.slice(Math.max(previousLineStart, start - window), lineEnd === -1 ? Math.min(text.length, end + window) : Math.min(lineEnd, end + window));
    if (spec.nearName.test(lines)) return true;
  }
  if (spec.nearText) {
    if (spec.nearText.test(text.slice(Math.max(0, start - window), Math.min(text.length, end + window)))) return true;
  }
  return false;
}

function alnumClasses(text: string): number {
  return [/[a-z]/, /[A-Z]/, /[0-9]/].filter((re) => re.test(text)).length;
}

/**
 * Keeps only the matches of `detector` with `context` within `window` characters either side:
 * for prefixed shapes that mean a provider's key only in that provider's setting (a Firebase
 * config, an AppSync client).
 */
export function withNearbyText(detector: Detector, context: RegExp, window: number): Detector {
  return {
    ...detector,
    validators: [...(detector.validators ?? []), 'context'],
    find(text, options) {
      return detector.find(text, options).filter((m) => context.test(text.slice(Math.max(0, m.start - window), Math.min(text.length, m.end + window))));
    },
  };
}
