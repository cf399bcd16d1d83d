/**
 * User-defined detectors: the config's `detectors:` and rules imported from a gitleaks TOML file.
 * Their regular expressions come from a repository's own files, so whoever controls the
 * repository wrote them: they run on RE2 (re2js), in time linear in the text whatever the pattern,
 * behind a keyword prefilter, with a cap on matches per file. A match is reported like a built-in
 * key: the core redacts it, so a custom pattern cannot make the tool print a whole secret.
 */
import type { RE2JS } from 're2js';
import { re2 } from '../util/re2.js';
import type { Severity } from '../core/finding.js';
import { pathMatcher } from '../core/path-filter.js';
import { shannonEntropy } from './entropy.js';

/** A gitleaks-style allowlist: any (condition OR, the default) or all (AND) of its checks must hold. */
export interface CustomAllowlist {
  condition?: 'OR' | 'AND';
  /** RE2 patterns over `regexTarget` (default: the secret). */
  regexes?: string[];
  regexTarget?: 'secret' | 'match' | 'line';
  /** RE2 patterns over the file's path. */
  paths?: string[];
  /** Words that, found in the secret (any case), mark it as not a secret. */
  stopwords?: string[];
  /** Commits whose findings are allowed (history scans): checked by the core, which knows them. */
  commits?: string[];
}

/** Plain data (it crosses to worker threads): compiled where it is used. */
export interface CustomDetectorSpec {
  id: string;
  /** RE2 syntax. */
  regex: string;
  /** Literal words, any case: the detector runs only on text that holds one. Empty: always. */
  keywords?: string[];
  /** Capture group holding the secret; absent: the first group that matched, else the whole match. */
  secretGroup?: number;
  /** Minimum Shannon entropy (bits per character) of the secret. */
  entropy?: number;
  severity: Severity;
  description: string;
  remediation: string;
  /** Gitignore-style patterns: only files matching one (config `detectors[].paths`). */
  paths?: string[];
  /** RE2 pattern over the path: only files matching it (gitleaks `path`). */
  pathRegex?: string;
  allowlists?: CustomAllowlist[];
  /** Where it was defined, for messages: `detectors[2]`, `gitleaks rule aws-key`. */
  origin: string;
}

export interface CustomMatch {
  start: number;
  end: number;
  secret: string;
}

/** At most this many findings per detector and file: a pattern matching everything cannot flood a report. */
export const MAX_MATCHES_PER_FILE = 100;

/** Why RE2 refuses a pattern, or null. The reason never quotes the pattern. */
export function re2Problem(pattern: string): string | null {
  const { RE2JS, RE2JSException, RE2JSSyntaxException } = re2();
  try {
    RE2JS.compile(pattern);
    return null;
  } catch (error) {
    if (error instanceof RE2JSSyntaxException) return error.error;
    if (error instanceof RE2JSException) return error.constructor.name;
    return 'cannot be compiled';
  }
}

/** Capture groups of a valid pattern. */
export function re2GroupCount(pattern: string): number {
  return re2().RE2JS.compile(pattern).groupCount();
}

interface CompiledAllowlist {
  and: boolean;
  regexes: RE2JS[];
  target: 'secret' | 'match' | 'line';
  paths: RE2JS[];
  stopwords: string[];
  /** Only commits: nothing to check here (the core checks them). */
  commitsOnly: boolean;
  hasCommits: boolean;
}

export class CompiledCustomDetector {
  readonly spec: CustomDetectorSpec;
  private readonly pattern: RE2JS;
  private readonly keywords: string[];
  private readonly inPaths: ((path: string) => boolean) | null;
  private readonly pathRegex: RE2JS | null;
  private readonly allowlists: CompiledAllowlist[];

  constructor(spec: CustomDetectorSpec) {
    const { RE2JS } = re2();
    this.spec = spec;
    this.pattern = RE2JS.compile(spec.regex);
    this.keywords = (spec.keywords ?? []).map((k) => k.toLowerCase()).filter((k) => k !== '');
    this.inPaths = spec.paths && spec.paths.length > 0 ? pathMatcher(spec.paths) : null;
    this.pathRegex = spec.pathRegex ? RE2JS.compile(spec.pathRegex) : null;
    this.allowlists = (spec.allowlists ?? []).map((a) => {
      const regexes = (a.regexes ?? []).map((r) => RE2JS.compile(r));
      const paths = (a.paths ?? []).map((r) => RE2JS.compile(r));
      const stopwords = (a.stopwords ?? []).map((w) => w.toLowerCase()).filter((w) => w !== '');
      const hasCommits = (a.commits ?? []).length > 0;
      return { and: a.condition === 'AND', regexes, target: a.regexTarget ?? 'secret', paths, stopwords, hasCommits, commitsOnly: hasCommits && regexes.length === 0 && paths.length === 0 && stopwords.length === 0 };
    });
  }

  /** Whether the detector looks at this file at all (its paths). */
  appliesTo(path: string): boolean {
    if (this.inPaths && !this.inPaths(path)) return false;
    if (this.pathRegex && !this.pathRegex.matcher(path).find()) return false;
    // A regex-less rule is not possible here: the path alone never makes a finding.
    return !this.allowlists.some((a) => !a.and && a.paths.some((p) => p.matcher(path).find()));
  }

  /** Matches in `text` (`lower` is `text.toLowerCase()`, shared by every detector on a file). */
  find(text: string, lower: string, path: string): CustomMatch[] {
    if (this.keywords.length > 0 && !this.keywords.some((k) => lower.includes(k))) return [];
    const found: CustomMatch[] = [];
    const matcher = this.pattern.matcher(text);
    const groups = this.pattern.groupCount();
    while (found.length < MAX_MATCHES_PER_FILE && matcher.find()) {
      const start = matcher.start();
      const end = matcher.end();
      let group = this.spec.secretGroup ?? 0;
      if (this.spec.secretGroup === undefined) {
        for (let g = 1; g <= groups; g++) {
          if (matcher.start(g) >= 0 && matcher.end(g) > matcher.start(g)) {
            group = g;
            break;
          }
        }
      }
      const secretStart = group === 0 ? start : matcher.start(group);
      const secretEnd = group === 0 ? end : matcher.end(group);
      if (secretStart < 0 || secretEnd <= secretStart) continue; // the group did not take part, or an empty match
      const secret = text.slice(secretStart, secretEnd);
      if (this.spec.entropy !== undefined && shannonEntropy(secret) < this.spec.entropy) continue;
      if (this.allowed(secret, text.slice(start, end), () => lineAround(text, start, end), path)) continue;
      found.push({ start: secretStart, end: secretEnd, secret });
    }
    return found;
  }

  private allowed(secret: string, match: string, line: () => string, path: string): boolean {
    return this.allowlists.some((a) => {
      if (a.commitsOnly) return false;
      const target = a.target === 'secret' ? secret : a.target === 'match' ? match : line();
      const checks: boolean[] = [];
      if (a.regexes.length > 0) checks.push(a.regexes.some((r) => r.matcher(target).find()));
      if (a.paths.length > 0) checks.push(a.paths.some((r) => r.matcher(path).find()));
      if (a.stopwords.length > 0) {
        const lower = secret.toLowerCase();
        checks.push(a.stopwords.some((w) => lower.includes(w)));
      }
      // AND with commits: the commit part is the core's; here the rest must hold (and the core checks the commit).
      if (a.and) return checks.length > 0 && checks.every(Boolean) && !a.hasCommits;
      return checks.some(Boolean);
    });
  }
}

function lineAround(text: string, start: number, end: number): string {
  const from = text.lastIndexOf('\n', start - 1) + 1;
  const to = text.indexOf('\n', end);
  return text.slice(from, to < 0 ? text.length : to);
}

const compiledFor = new WeakMap<readonly CustomDetectorSpec[], CompiledCustomDetector[]>();

/** The specs compiled once per settings object (per thread). Specs were validated when loaded. */
export function compileCustomDetectors(specs: readonly CustomDetectorSpec[]): CompiledCustomDetector[] {
  let compiled = compiledFor.get(specs);
  if (!compiled) {
    compiled = specs.map((spec) => new CompiledCustomDetector(spec));
    compiledFor.set(specs, compiled);
  }
  return compiled;
}
