/**
 * The detection engine behind the hardcoded-secret rule: the keyword prefilter, every candidate
 * detector on the text and on each decoded layer, then one winner wherever matches overlap.
 */
import type { Encoding } from '../core/finding.js';
import { DETECTORS } from './catalogue.js';
import { genericSecretDetector } from './generic.js';
import { crossesJoin, joinedTexts, originalOffset, originalParts } from './continuations.js';
import { decodeLayers, type Span } from './decode.js';
import { KeywordPrefilter } from './prefilter.js';
import type { DetectContext, Detector, DetectorMatch } from './types.js';

export interface FoundSecret extends DetectorMatch {
  detector: Detector;
  /** Set when the secret was found after decoding: `start`/`end` are then the encoded text's. */
  decodedFrom?: Encoding[];
  /**
   * Set when the secret (or its encoded text) is written over several lines (see
   * continuations.ts): the parts as written, one per line. `start` is then the first part's,
   * `end` the last part's, and `secret` the parts joined.
   */
  parts?: string[];
}

export interface FindOptions extends DetectContext {
  /** Nested encodings to follow; 0 turns decoding off. */
  decodeDepth?: number;
}

// The generic rule walks from every secret-like word to its assignment: the prefilter finds the
// words' places in its own pass.
const prefilter = new KeywordPrefilter(DETECTORS, { track: genericSecretDetector.keywords });
const PRIORITY = new Map(DETECTORS.map((d, i) => [d, i]));

interface Candidate {
  found: FoundSecret;
  /** Spans from the file down to the match inside its own (possibly decoded) text. */
  path: Span[];
}

export function findSecrets(text: string, options: FindOptions = {}): FoundSecret[] {
  const candidates = candidatesIn(text, options);
  // A key split over lines: the detectors again on each chain of continued lines, joined; only
  // matches that cross a join are new (the others were found above).
  for (const joined of joinedTexts(text, { folds: options.yaml === true })) {
    for (const candidate of candidatesIn(joined.text, options)) {
      const { found, path } = candidate;
      if (!crossesJoin(joined, found.start, found.end)) continue;
      const start = originalOffset(joined, found.start);
      const end = originalOffset(joined, found.end, true);
      const outer = path[0]!;
      candidates.push({
        found: { ...found, start, end, parts: originalParts(joined, text, found.start, found.end) },
        path: [{ start: originalOffset(joined, outer.start), end: originalOffset(joined, outer.end, true) }, ...path.slice(1)],
      });
    }
  }
  return resolveOverlaps(candidates);
}

/** Every detector's matches in a text and in its decoded layers, before overlaps are resolved. */
function candidatesIn(text: string, options: FindOptions): Candidate[] {
  const candidates: Candidate[] = [];
  const { detectors, trackedAt } = prefilter.scan(text);
  for (const detector of detectors) {
    for (const match of detector.find(text, { ...options, trackedAt })) {
      candidates.push({ found: { ...match, detector }, path: [{ start: match.start, end: match.end }] });
    }
  }
  for (const layer of decodeLayers(text, options.decodeDepth ?? 0)) {
    const inLayer = prefilter.scan(layer.text);
    for (const detector of inLayer.detectors) {
      // Decoded text is data, whatever file it was found in.
      for (const match of detector.find(layer.text, { ...options, trackedAt: inLayer.trackedAt, language: undefined, gitlabPipeline: undefined })) {
        const decodedFrom = [...layer.chain, ...(match.decodedFrom ?? [])];
        candidates.push({
          found: { ...match, detector, start: layer.start, end: layer.end, decodedFrom },
          path: [...layer.spans, { start: match.start, end: match.end }],
        });
      }
    }
  }
  return candidates;
}

/**
 * Where matches overlap, the detector listed first wins (specific before generic), then the
 * shallower, then a key joined over lines (over the half a detector may accept on its own).
 */
function resolveOverlaps(candidates: Candidate[]): FoundSecret[] {
  const ordered = [...candidates].sort(
    (a, b) =>
      PRIORITY.get(a.found.detector)! - PRIORITY.get(b.found.detector)! ||
      a.path.length - b.path.length ||
      Number(b.found.parts !== undefined) - Number(a.found.parts !== undefined) ||
      a.path[0]!.start - b.path[0]!.start,
  );
  const kept: Candidate[] = [];
  for (const candidate of ordered) {
    if (!kept.some((k) => pathsOverlap(k.path, candidate.path))) kept.push(candidate);
  }
  return kept.map((k) => k.found).sort((a, b) => a.start - b.start || a.end - b.end);
}

/**
 * Two matches overlap when their regions intersect at every level down to where one of them
 * ends; matches in the same decoded text are compared by their own offsets there.
 */
function pathsOverlap(a: Span[], b: Span[]): boolean {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x.start >= y.end || y.start >= x.end) return false;
    const last = i === a.length - 1 || i === b.length - 1;
    if (last || x.start !== y.start || x.end !== y.end) return true;
  }
  return true;
}
