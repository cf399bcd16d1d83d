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

/** Character classes by char code, as bit flags, so one table lookup classifies a character. */
const BASE64 = 1;
const HEX = 2;
const UPPER = 4;
const LOWER_OR_DIGIT = 8;
const URL_SAFE = 16;
const PLUS_SLASH = 32;
const URL_CHAR = 64;
const WORD = 128;
/** Indexed by any UTF-16 code unit, so the hot loop needs no range check. */
const CLASS = new Uint8Array(65536);
const mark = (chars: string, flag: number) => {
  for (const c of chars) CLASS[c.charCodeAt(0)]! |= flag;
};
mark('ABCDEFGHIJKLMNOPQRSTUVWXYZ', BASE64 | UPPER | URL_CHAR | WORD);
mark('abcdefghijklmnopqrstuvwxyz0123456789', BASE64 | LOWER_OR_DIGIT | URL_CHAR | WORD);
mark('0123456789abcdefABCDEF', HEX);
mark('-_', BASE64 | URL_SAFE);
mark('+/', BASE64 | PLUS_SLASH);
mark('%._~+-', URL_CHAR);

/** The class flags of text[i]; 0 past the end (charCodeAt gives NaN, which indexes nothing). */
function classOf(text: string, i: number): number {
  return CLASS[text.charCodeAt(i)] ?? 0;
}

const HEX_MIN = 32;

/** Base64 digit values by char code (both alphabets), -1 elsewhere. */
const BASE64_VALUE = new Int8Array(128).fill(-1);
[...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'].forEach((c, i) => (BASE64_VALUE[c.charCodeAt(0)] = i));
BASE64_VALUE['+'.charCodeAt(0)] = BASE64_VALUE['-'.charCodeAt(0)] = 62;
BASE64_VALUE['/'.charCodeAt(0)] = BASE64_VALUE['_'.charCodeAt(0)] = 63;

/** Bytes decoded from the head of a run before the whole run is: enough to reject binary. */
const SAMPLE_BYTES = 9;
const sample = new Uint8Array(SAMPLE_BYTES);

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
  encodedRuns(text, pieces);
  percentRuns(text, pieces);
  return pieces;
}

/**
 * Base64 and hex runs. A base64 run is a maximal run of the alphabet (standard or URL-safe) of at
 * least MIN_BASE64 characters plus up to two `=`; hex digits are base64 characters, so every hex
 * run (at least HEX_MIN digits, not inside a word) lies inside one. Such a run always covers an
 * offset that is a multiple of MIN_BASE64, so only those offsets are looked at, and a run is
 * walked out from there: in source code, where most runs are short words, that touches about a
 * third of the characters. (Regexes cost two to three times a plain loop here.)
 */
function encodedRuns(text: string, pieces: Piece[]): void {
  const n = text.length;
  for (let at = 0; at < n; ) {
    if ((classOf(text, at) & BASE64) === 0) {
      at += MIN_BASE64;
      continue;
    }
    let start = at;
    while (start > 0 && (classOf(text, start - 1) & BASE64) !== 0) start--;
    let end = at + 1;
    while (end < n && (classOf(text, end) & BASE64) !== 0) end++;
    // The next offset to look at is past this run (it ends at a character outside the alphabet).
    at = end + ((MIN_BASE64 - (end % MIN_BASE64)) % MIN_BASE64);
    if (end - start >= MIN_BASE64) decodeRun(text, start, end, pieces);
  }
}

/**
 * One base64 run [start, bodyEnd): the hex runs inside it, then the run itself as base64. Most
 * runs are identifiers, hashes or random data, so the cheap tests come first: long hex runs are
 * found by looking at few offsets (longHexRuns), and the head of the decoding is judged before
 * the whole run is read for its character mix.
 */
function decodeRun(text: string, start: number, bodyEnd: number, pieces: Piece[]): void {
  let hexAtStart = false;
  longHexRuns(text, start, bodyEnd, (from, to) => {
    if (hexPiece(text, from, to, pieces) && from === start) hexAtStart = true;
  });
  if (hexAtStart) return;
  if ((bodyEnd - start) % 4 === 1) return;
  if (!headLooksLikeText(base64Head(text, start), bodyEnd - start)) return;
  let seen = 0;
  for (let i = start; i < bodyEnd; i++) seen |= classOf(text, i);
  // base64 of text always has upper case letters (the top bits of ASCII bytes); paths and
  // lower-case identifiers never decode to anything useful.
  if ((seen & UPPER) === 0 || (seen & LOWER_OR_DIGIT) === 0) return;
  const urlSafe = (seen & URL_SAFE) !== 0;
  if (urlSafe && (seen & PLUS_SLASH) !== 0) return;
  let end = bodyEnd;
  while (end < text.length && end - bodyEnd < 2 && text.charCodeAt(end) === 61) end++;
  const decoded = printable(Buffer.from(text.slice(start, bodyEnd), urlSafe ? 'base64url' : 'base64'));
  if (decoded !== null) pieces.push({ text: decoded, encoding: 'base64', start, end });
}

/**
 * Every maximal run of hex digits of at least HEX_MIN inside [start, end), in order. Such a run
 * covers an offset that is a multiple of HEX_MIN, so only those offsets are looked at and a run is
 * walked out from there; most hex streaks in a base64 run are a few letters of a word.
 */
export function longHexRuns(text: string, start: number, end: number, visit: (from: number, to: number) => void): void {
  for (let at = start + ((HEX_MIN - (start % HEX_MIN)) % HEX_MIN); at < end; ) {
    if ((classOf(text, at) & HEX) === 0) {
      at += HEX_MIN;
      continue;
    }
    let from = at;
    while (from > start && (classOf(text, from - 1) & HEX) !== 0) from--;
    let to = at + 1;
    while (to < end && (classOf(text, to) & HEX) !== 0) to++;
    if (to - from >= HEX_MIN) visit(from, to);
    at = to + ((HEX_MIN - (to % HEX_MIN)) % HEX_MIN);
  }
}

/** A hex run [start, end) inside a base64 run, when whole bytes, not part of a word, and text. */
function hexPiece(text: string, start: number, end: number, pieces: Piece[]): boolean {
  if (end - start < HEX_MIN || (end - start) % 2 !== 0) return false;
  if (start > 0 && (classOf(text, start - 1) & WORD) !== 0) return false;
  if (end < text.length && (classOf(text, end) & WORD) !== 0) return false;
  if (!headLooksLikeText(hexHead(text, start), (end - start) / 2)) return false;
  const decoded = printable(Buffer.from(text.slice(start, end), 'hex'));
  if (decoded === null) return false;
  pieces.push({ text: decoded, encoding: 'hex', start, end });
  return true;
}

/**
 * Percent-escaped runs: each `%XX` found by `indexOf`, grown into its run of URL characters in
 * code (a regex with a leading `[…]*` before `%` would rescan every long run quadratically).
 */
function percentRuns(text: string, pieces: Piece[]): void {
  let covered = -1;
  for (let at = text.indexOf('%'); at >= 0; at = text.indexOf('%', at + 1)) {
    if (at < covered || (classOf(text, at + 1) & HEX) === 0 || (classOf(text, at + 2) & HEX) === 0) continue;
    let start = at;
    let end = at + 3;
    while (start > 0 && (classOf(text, start - 1) & URL_CHAR) !== 0) start--;
    while (end < text.length && (classOf(text, end) & URL_CHAR) !== 0) end++;
    covered = end;
    let decoded: string;
    try {
      decoded = decodeURIComponent(text.slice(start, end));
    } catch {
      continue;
    }
    if (printable(Buffer.from(decoded, 'utf8')) !== null) pieces.push({ text: decoded, encoding: 'url', start, end });
  }
}

/** The first SAMPLE_BYTES bytes a base64 run (at least 16 characters) decodes to, in `sample`. */
function base64Head(text: string, start: number): Uint8Array {
  for (let g = 0; g < SAMPLE_BYTES / 3; g++) {
    const at = start + g * 4;
    const v =
      (BASE64_VALUE[text.charCodeAt(at)]! << 18) | (BASE64_VALUE[text.charCodeAt(at + 1)]! << 12) | (BASE64_VALUE[text.charCodeAt(at + 2)]! << 6) | BASE64_VALUE[text.charCodeAt(at + 3)]!;
    sample[g * 3] = v >> 16;
    sample[g * 3 + 1] = v >> 8;
    sample[g * 3 + 2] = v;
  }
  return sample;
}

/** The first SAMPLE_BYTES bytes a hex run (at least 32 digits) decodes to, in `sample`. */
function hexHead(text: string, start: number): Uint8Array {
  for (let b = 0; b < SAMPLE_BYTES; b++) sample[b] = (hexValue(text.charCodeAt(start + b * 2)) << 4) | hexValue(text.charCodeAt(start + b * 2 + 1));
  return sample;
}

function hexValue(c: number): number {
  return c <= 57 ? c - 48 : (c | 32) - 87;
}

/**
 * The shape check behind both: at most `allowed` control characters, and bytes of 0x80 and up
 * only as UTF-8 sequences (random bytes fail within a few bytes). Returns how many multi-byte
 * sequences there are (0: plain ASCII), or -1 when this is not text. With `cut`, the bytes are
 * the head of a longer decoding, and a sequence cut off at their end is judged on what is there.
 */
function textShape(bytes: Uint8Array, allowed: number, cut: boolean): number {
  let control = 0;
  let sequences = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b < 0x80) {
      if (((b < 0x20 && b !== 9 && b !== 10 && b !== 13) || b === 0x7f) && ++control > allowed) return -1;
      continue;
    }
    const need = b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : 0;
    if (need === 0 || (!cut && i + need >= bytes.length)) return -1;
    for (let k = 1; k <= need && i + k < bytes.length; k++) if ((bytes[i + k]! & 0xc0) !== 0x80) return -1;
    i += need;
    sequences++;
  }
  return sequences;
}

/**
 * False when the head of a decoding already rules out what `printable` accepts for the whole
 * (`total` bytes): invalid UTF-8, or more control characters than the whole may hold. Saves
 * decoding the many runs in source code that are identifiers, hashes or binary.
 */
function headLooksLikeText(head: Uint8Array, total: number): boolean {
  return textShape(head, Math.floor(total * (1 - MIN_PRINTABLE)), true) >= 0;
}

/**
 * The bytes as text when they are mostly printable (ASCII, or valid UTF-8 letters), else null.
 */
function printable(bytes: Buffer): string | null {
  if (bytes.length < 8) return null;
  const sequences = textShape(bytes, Math.floor(bytes.length * (1 - MIN_PRINTABLE)), false);
  if (sequences < 0) return null;
  if (sequences === 0) return bytes.toString('latin1');
  // Overlong forms and surrogates pass the shape check; the decoder replaces them.
  const text = bytes.toString('utf8');
  return text.includes('\uFFFD') ? null : text;
}
