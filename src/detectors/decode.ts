/**
 * Bounded decoding of base64 (standard and URL-safe), hex and URL percent-encoding. Each
 * decoded layer remembers the span of encoded text it came from in the original file, so a key
 * found after decoding is reported at the encoded text's exact position.
 */
import type { Encoding } from '../core/finding.js';

export interface DecodedLayer {
  text: string;
  /** Encodings from the outermost to the innermost (e.g. `["base64","base64"]`). */
  chain: Encoding[];
  /** Span of the outermost encoded text in the original file. */
  start: number;
  end: number;
  /** Spans from the file down: the encoded text in the file, then in each decoded parent. */
  spans: Span[];
}

export interface Span {
  start: number;
  end: number;
}

/** Encoded runs shorter than this hold nothing worth decoding (a 12-byte value). */
const MIN_BASE64 = 16;
/** Decoded text must be at least this share of printable characters. */
const MIN_PRINTABLE = 0.9;
/** All decoded layers of one file together may not exceed this many characters. */
const BUDGET_FACTOR = 2;

/** The base64 alphabet, standard and URL-safe, by char code. */
const BASE64_CHAR = new Uint8Array(128);
for (const c of 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/_-') BASE64_CHAR[c.charCodeAt(0)] = 1;

/**
 * Every maximal run of base64 characters of at least MIN_BASE64, with up to two `=` of padding:
 * what `/(?<![…])[…]{16,}={0,2}/g` matches, in one plain loop over char codes (twice as fast as
 * the regex on source code, where most runs are short words).
 */
function base64Runs(text: string): { index: number; run: string }[] {
  const runs: { index: number; run: string }[] = [];
  let start = -1;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 0;
    if (c < 128 && BASE64_CHAR[c] === 1) {
      if (start < 0) start = i;
      continue;
    }
    if (start >= 0 && i - start >= MIN_BASE64) {
      let end = i;
      while (end < text.length && end - i < 2 && text.charCodeAt(end) === 61) end++;
      runs.push({ index: start, run: text.slice(start, end) });
    }
    start = -1;
  }
  return runs;
}
const HEX_RUN = /[0-9a-fA-F]{32,}/g;
const PERCENT_ESCAPE = /%[0-9A-Fa-f]{2}/g;
const URL_CHAR = /[A-Za-z0-9%._~+-]/;

/** Every decodable run of `text`, nested up to `depth` levels, breadth first. */
export function decodeLayers(text: string, depth: number): DecodedLayer[] {
  const layers: DecodedLayer[] = [];
  let budget = Math.max(text.length * BUDGET_FACTOR, 65_536);
  let frontier: DecodedLayer[] = [{ text, chain: [], start: 0, end: text.length, spans: [] }];
  for (let level = 0; level < depth && frontier.length > 0; level++) {
    const next: DecodedLayer[] = [];
    for (const parent of frontier) {
      for (const piece of decodeRuns(parent.text)) {
        budget -= piece.text.length;
        if (budget < 0) return layers;
        // Offsets inside a decoded layer do not map to the file: the whole outer span stands for it.
        const spans = [...parent.spans, { start: piece.start, end: piece.end }];
        const layer = { text: piece.text, chain: [...parent.chain, piece.encoding], start: spans[0]!.start, end: spans[0]!.end, spans };
        layers.push(layer);
        next.push(layer);
      }
    }
    frontier = next;
  }
  return layers;
}

interface Piece {
  text: string;
  encoding: Encoding;
  start: number;
  end: number;
}

function decodeRuns(text: string): Piece[] {
  const pieces: Piece[] = [];
  // Hex digits are base64 characters, so every hex run lies inside a base64 run: one pass over
  // the text finds both, and hex is looked for only inside runs long enough to hold it.
  for (const m of base64Runs(text)) {
    const run = m.run;
    let hexAtStart = false;
    if (run.length >= 32) {
      for (const h of run.matchAll(HEX_RUN)) {
        const at = m.index + h.index;
        if (h[0].length % 2 !== 0 || isWordChar(text[at - 1]) || isWordChar(text[at + h[0].length])) continue;
        const decoded = printable(Buffer.from(h[0], 'hex'));
        if (decoded === null) continue;
        pieces.push({ text: decoded, encoding: 'hex', start: at, end: at + h[0].length });
        if (h.index === 0) hexAtStart = true;
      }
    }
    if (hexAtStart) continue;
    // base64 of text always has upper case letters (the top bits of ASCII bytes); paths and
    // lower-case identifiers never decode to anything useful.
    if (!/[A-Z]/.test(run) || !/[a-z0-9]/.test(run)) continue;
    const body = run.replace(/=+$/, '');
    if (body.length < MIN_BASE64 || body.length % 4 === 1) continue;
    const urlSafe = /[-_]/.test(body);
    if (urlSafe && /[+/]/.test(body)) continue;
    const decoded = printable(Buffer.from(body, urlSafe ? 'base64url' : 'base64'));
    if (decoded !== null) pieces.push({ text: decoded, encoding: 'base64', start: m.index, end: m.index + run.length });
  }
  // Percent-escapes are found first and grown into their run in code: a regex with a leading
  // `[…]*` before `%` would rescan every long run quadratically.
  let covered = -1;
  for (const m of text.matchAll(PERCENT_ESCAPE)) {
    if (m.index < covered) continue;
    let start = m.index;
    let end = m.index + 3;
    while (start > 0 && URL_CHAR.test(text[start - 1]!)) start--;
    while (end < text.length && URL_CHAR.test(text[end]!)) end++;
    covered = end;
    const run = text.slice(start, end);
    let decoded: string;
    try {
      decoded = decodeURIComponent(run);
    } catch {
      continue;
    }
    if (printable(Buffer.from(decoded, 'utf8')) !== null) pieces.push({ text: decoded, encoding: 'url', start, end });
  }
  return pieces;
}

function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && /[A-Za-z0-9]/.test(ch);
}

/**
 * The bytes as text when they are mostly printable (ASCII, or valid UTF-8 letters), else null.
 * Gives up at the first bytes that tip the share of control characters over the limit, so
 * binary noise costs a few bytes' work.
 */
function printable(bytes: Buffer): string | null {
  if (bytes.length < 8) return null;
  const allowed = Math.floor(bytes.length * (1 - MIN_PRINTABLE));
  let control = 0;
  let high = 0;
  for (const b of bytes) {
    if (b >= 0x80) high++;
    else if ((b < 0x20 && b !== 9 && b !== 10 && b !== 13) || b === 0x7f) {
      if (++control > allowed) return null;
    }
  }
  if (high === 0) return bytes.toString('latin1');
  const text = bytes.toString('utf8');
  return text.includes('\uFFFD') ? null : text;
}
