/**
 * Keys written over several lines. The forms in which a value really continues on the next line:
 *
 * - a backslash right before the line break, inside a word: a YAML double-quoted scalar's escaped
 *   line break (the break and the next line's indentation are dropped), a shell or Dockerfile
 *   line continuation (`run:`, `script:`, `.sh`, `RUN`), a C macro;
 * - string concatenation across the break: `"abc" +` / `"def"`, `"abc"` / `+ "def"`, PHP `.`,
 *   Lua `..`, VB `&`, a Python `\` after the literal, and implicit concatenation of adjacent
 *   literals (Python, C: `("abc"` / `"def")`); the next line's literal must hold nothing but the
 *   rest of the key, closed on that line;
 * - a YAML plain or quoted scalar folded over lines (in YAML files only): the next line is more
 *   indented than the line the value started on and holds nothing but the rest (and perhaps the
 *   closing quote). YAML folds the break into a space, but a key has no space: the halves joined
 *   without it are the key.
 *
 * Each chain of such lines becomes a small joined text (with a few lines of context around it, for
 * detectors that look for a provider's name nearby) and a map back to the original offsets. The
 * detectors run on it, and only matches that cross a join are new. One pass over the lines, and
 * each line belongs to at most one chain, so the extra work stays linear in the text.
 */

/** Part of the original text kept in a joined text. */
interface Piece {
  /** Offset in the joined text. */
  at: number;
  /** Offset in the original text. */
  from: number;
  length: number;
}

export interface JoinedText {
  text: string;
  pieces: Piece[];
  /** Offsets in `text` where a line break (and what glued the parts) was removed, ascending. */
  joins: number[];
}

export interface ContinuationOptions {
  /** YAML: a plain or quoted scalar folds over more-indented lines (elsewhere that means nothing). */
  folds?: boolean;
}

/** Context kept before and after a chain: lines, and characters at most. */
const CONTEXT_LINES_BEFORE = 2;
const CONTEXT_CHARS = 400;

/** Characters of key bodies (alphanumerics, `_-`, base64 `+/=`, `.` of dotted tokens, `~`). */
function isKeyChar(code: number): boolean {
  return (
    (code >= 48 && code <= 57) || // 0-9
    (code >= 65 && code <= 90) || // A-Z
    (code >= 97 && code <= 122) || // a-z
    code === 95 || // _
    code === 45 || // -
    code === 43 || // +
    code === 47 || // /
    code === 61 || // =
    code === 46 || // .
    code === 126 // ~
  );
}

const isBlank = (code: number) => code === 32 || code === 9;
const isQuote = (code: number) => code === 34 || code === 39 || code === 96; // " ' `
const BACKSLASH = 92;

interface Link {
  /** Original offsets of the glue removed between the two parts: [glueStart, glueEnd). */
  glueStart: number;
  glueEnd: number;
}

/** Where line `start` ends: the offset of its `\n` (or the text's end), and the end of its content before any `\r`. */
function lineEnd(text: string, start: number): { nl: number; end: number } {
  let nl = text.indexOf('\n', start);
  if (nl === -1) nl = text.length;
  const end = nl > start && text.charCodeAt(nl - 1) === 13 ? nl - 1 : nl;
  return { nl, end };
}

function indentation(text: string, start: number, end: number): number {
  let i = start;
  while (i < end && isBlank(text.charCodeAt(i))) i++;
  return i - start;
}

/** The end of the run of key characters starting at `i`. */
function runEnd(text: string, i: number, end: number): number {
  while (i < end && isKeyChar(text.charCodeAt(i))) i++;
  return i;
}

/**
 * The link between the line [start, end) and the next line [next, nextEnd), if the value at the
 * end of the first continues at the start of the second. `base` is the indentation of the line
 * the chain started on (for folded scalars).
 */
function linkAt(text: string, start: number, end: number, next: number, nextEnd: number, base: number, options: ContinuationOptions): Link | null {
  if (end <= start || next >= nextEnd) return null;
  const last = text.charCodeAt(end - 1);
  const nextIndent = indentation(text, next, nextEnd);
  const p = next + nextIndent;
  if (p >= nextEnd) return null;

  // 1. `abc\` + break + indentation + `def`: the word goes on.
  if (last === BACKSLASH && end - 2 >= start && isKeyChar(text.charCodeAt(end - 2))) {
    if (!isKeyChar(text.charCodeAt(p))) return null;
    // Indented further than this line (a shell command's next argument, a YAML double-quoted
    // scalar's next line): the rest of the word must end the line, close a string or a call, or
    // continue again; a word followed by more words (`    echo done`) is a new word.
    if (nextIndent > indentation(text, start, end) && !endsWord(text, runEnd(text, p, nextEnd), nextEnd)) return null;
    return { glueStart: end - 1, glueEnd: p };
  }

  // 2. String concatenation: `…abc"` [op] + break + [op] `"def"`.
  let i = end;
  while (i > start && isBlank(text.charCodeAt(i - 1))) i--;
  let operatorBefore = false;
  const op = operatorEnding(text, start, i);
  if (op > 0) {
    operatorBefore = true;
    i -= op;
    while (i > start && isBlank(text.charCodeAt(i - 1))) i--;
  }
  if (i - 2 >= start && isQuote(text.charCodeAt(i - 1)) && isKeyChar(text.charCodeAt(i - 2))) {
    let q = p;
    if (!operatorBefore) {
      const leading = operatorStarting(text, q, nextEnd);
      q += leading;
      while (q < nextEnd && isBlank(text.charCodeAt(q))) q++;
    }
    // A string prefix (`f"`, `rb"`) before the opening quote.
    let prefixed = 0;
    while (prefixed < 2 && q < nextEnd && /[rbfuRBFU]/.test(text[q]!)) {
      q++;
      prefixed++;
    }
    if (q >= nextEnd || !isQuote(text.charCodeAt(q))) return null;
    const r = runEnd(text, q + 1, nextEnd);
    if (r === q + 1 || r >= nextEnd || text.charCodeAt(r) !== text.charCodeAt(q)) return null;
    return { glueStart: i - 1, glueEnd: q + 1 };
  }

  // 3. A folded YAML scalar: the next line is more indented and holds only the rest of the value.
  if (!options.folds || !isKeyChar(last) || nextIndent <= base) return null;
  const r = runEnd(text, p, nextEnd);
  if (r === p) return null;
  let k = r;
  if (k < nextEnd && (text.charCodeAt(k) === 34 || text.charCodeAt(k) === 39)) k++;
  while (k < nextEnd && isBlank(text.charCodeAt(k))) k++;
  if (k !== nextEnd) return null;
  return { glueStart: end, glueEnd: p };
}

/** After the rest of a word: the line's end, a closing quote, a closing bracket or `;`, or another continuation. */
function endsWord(text: string, r: number, end: number): boolean {
  let k = r;
  while (k < end && isBlank(text.charCodeAt(k))) k++;
  if (k === end) return true;
  if (k > r) return false; // a blank, then more text: another word
  const c = text[k]!;
  return c === '"' || c === "'" || c === '`' || c === ')' || c === ']' || c === '}' || c === ';' || c === ',' || (c === '\\' && k === end - 1);
}

/** Length of a concatenation operator that ends [start, end): `+`, `.`, `..`, `&`, `\`. */
function operatorEnding(text: string, start: number, end: number): number {
  if (end <= start) return 0;
  const c = text[end - 1]!;
  if (c === '.' && end - 2 >= start && text[end - 2] === '.') return 2;
  return c === '+' || c === '.' || c === '&' || c === '\\' ? 1 : 0;
}

/** Length of a concatenation operator that starts the next line. */
function operatorStarting(text: string, at: number, end: number): number {
  if (at >= end) return 0;
  const c = text[at]!;
  if (c === '.' && text[at + 1] === '.') return 2;
  return c === '+' || c === '.' || c === '&' ? 1 : 0;
}

/**
 * Line breaks after a string's closing quote (and perhaps an operator): the second form's
 * candidates (a leading `+` on the next line still follows a quote on this one). The definition;
 * `candidateBreaks` finds the same breaks by looking back from each line break.
 */
export const BREAK_AFTER_QUOTE = /["'`][ \t]*(?:(?:\+|\.\.?|&|\\)[ \t]*)?\r?\n/g;
/**
 * Line breaks before a line that holds a single run of key characters: a folded scalar's rest.
 * The definition; `candidateBreaks` finds the same breaks by looking on from each line break.
 */
export const BREAK_BEFORE_RUN = /\n[ \t]+[A-Za-z0-9_\-+/=.~]+["']?[ \t]*(?=\r?\n|$)/g;

/**
 * Offsets of the line breaks that may join two parts of a value, ascending (few in most texts):
 * after a backslash (the first form), after a closing quote (BREAK_AFTER_QUOTE), and with
 * `folds`, before a line that is a single run (BREAK_BEFORE_RUN). One plain search for line
 * breaks and a few characters looked at around each: regexes that start at every quote of a
 * source file cost several times more.
 */
export function candidateBreaks(text: string, options: ContinuationOptions): number[] {
  const found: number[] = [];
  const folds = options.folds === true;
  for (let nl = text.indexOf('\n'); nl !== -1; nl = text.indexOf('\n', nl + 1)) {
    if (breaksAfterQuoteOrBackslash(text, nl) || (folds && breaksBeforeRun(text, nl))) found.push(nl);
  }
  return found;
}

function isBlankCode(c: number): boolean {
  return c === 32 || c === 9;
}

/** `\` then the break, or a quote, blanks, perhaps an operator and blanks, then the break. */
function breaksAfterQuoteOrBackslash(text: string, nl: number): boolean {
  let j = nl - 1;
  if (text.charCodeAt(j) === 13) j--;
  if (text.charCodeAt(j) === 92) return true; // `\` + break: the first form
  while (j >= 0 && isBlankCode(text.charCodeAt(j))) j--;
  if (isQuoteCode(text.charCodeAt(j))) return true;
  // An operator between the quote and the break: `+`, `&`, `\`, `.` or `..`.
  const c = text.charCodeAt(j);
  if (c !== 43 && c !== 38 && c !== 46 && c !== 92) return false;
  const quoteBefore = (k: number) => {
    while (k >= 0 && isBlankCode(text.charCodeAt(k))) k--;
    return isQuoteCode(text.charCodeAt(k));
  };
  if (quoteBefore(j - 1)) return true;
  return c === 46 && text.charCodeAt(j - 1) === 46 && quoteBefore(j - 2);
}

function isQuoteCode(c: number): boolean {
  return c === 34 || c === 39 || c === 96;
}

/** The break, blanks, a run of key characters, perhaps a quote, blanks, then a break or the end. */
function breaksBeforeRun(text: string, nl: number): boolean {
  let k = nl + 1;
  const start = k;
  while (isBlankCode(text.charCodeAt(k))) k++;
  if (k === start) return false;
  const runStart = k;
  while (k < text.length && isRunCode(text.charCodeAt(k))) k++;
  if (k === runStart) return false;
  const q = text.charCodeAt(k);
  if (q === 34 || q === 39) k++;
  while (isBlankCode(text.charCodeAt(k))) k++;
  if (k >= text.length) return true;
  const c = text.charCodeAt(k);
  return c === 10 || (c === 13 && text.charCodeAt(k + 1) === 10);
}

/** `[A-Za-z0-9_\-+/=.~]` */
function isRunCode(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === 45 || c === 43 || c === 47 || c === 61 || c === 46 || c === 126;
}

/** The joined texts of every chain of continued lines in `text` (usually none). */
export function joinedTexts(text: string, options: ContinuationOptions = {}): JoinedText[] {
  const out: JoinedText[] = [];
  const breaks = candidateBreaks(text, options);
  let i = 0;
  // Breaks before this offset belong to a chain already taken.
  let taken = 0;
  while (i < breaks.length) {
    const nl = breaks[i]!;
    i++;
    if (nl < taken) continue;
    const start = text.lastIndexOf('\n', nl - 1) + 1;
    const end = nl > start && text.charCodeAt(nl - 1) === 13 ? nl - 1 : nl;
    const base = indentation(text, start, end);
    let following = lineEnd(text, nl + 1);
    let link = linkAt(text, start, end, nl + 1, following.end, base, options);
    if (!link) continue;
    // A chain: follow the links as long as they go (each one's break is a candidate too).
    const links: Link[] = [];
    let lineStart = nl + 1;
    for (;;) {
      links.push(link);
      if (following.nl >= text.length || breaks[i] !== following.nl) break;
      const after = lineEnd(text, following.nl + 1);
      const next = linkAt(text, lineStart, following.end, following.nl + 1, after.end, base, options);
      if (!next) break;
      link = next;
      i++;
      lineStart = following.nl + 1;
      following = after;
    }
    taken = following.nl;
    out.push(joined(text, contextStart(text, start), contextEnd(text, following.nl), links));
  }
  return out;
}

/** Where the context before a chain starting at `start` begins: two lines up, at most CONTEXT_CHARS back. */
function contextStart(text: string, start: number): number {
  const floor = Math.max(0, start - CONTEXT_CHARS);
  let at = start;
  for (let k = 0; k < CONTEXT_LINES_BEFORE && at > floor; k++) at = text.lastIndexOf('\n', at - 2) + 1;
  return Math.max(at, floor);
}

/** Where the context after a chain whose last line ends at `nl` ends: the next line, at most CONTEXT_CHARS on. */
function contextEnd(text: string, nl: number): number {
  if (nl >= text.length) return text.length;
  return Math.min(lineEnd(text, nl + 1).nl, nl + CONTEXT_CHARS);
}

function joined(text: string, from: number, to: number, links: readonly Link[]): JoinedText {
  const pieces: Piece[] = [];
  const joins: number[] = [];
  let parts = '';
  let at = from;
  for (const link of links) {
    pieces.push({ at: parts.length, from: at, length: link.glueStart - at });
    parts += text.slice(at, link.glueStart);
    joins.push(parts.length);
    at = link.glueEnd;
  }
  pieces.push({ at: parts.length, from: at, length: Math.max(0, to - at) });
  parts += text.slice(at, Math.max(at, to));
  return { text: parts, pieces, joins };
}

/** The original offset of a joined text's offset (an end offset maps from the character before it). */
export function originalOffset(joinedText: JoinedText, offset: number, isEnd = false): number {
  const target = isEnd ? offset - 1 : offset;
  const { pieces } = joinedText;
  let lo = 0;
  let hi = pieces.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (pieces[mid]!.at <= target) lo = mid;
    else hi = mid - 1;
  }
  const piece = pieces[lo]!;
  return piece.from + (target - piece.at) + (isEnd ? 1 : 0);
}

/** True when [start, end) of the joined text spans at least one join. */
export function crossesJoin(joinedText: JoinedText, start: number, end: number): boolean {
  return joinedText.joins.some((j) => start < j && end > j);
}

/** The parts of [start, end) of the joined text as written in the original, one per line. */
export function originalParts(joinedText: JoinedText, original: string, start: number, end: number): string[] {
  const parts: string[] = [];
  for (const piece of joinedText.pieces) {
    const s = Math.max(start, piece.at);
    const e = Math.min(end, piece.at + piece.length);
    if (s < e) parts.push(original.slice(piece.from + (s - piece.at), piece.from + (e - piece.at)));
  }
  return parts;
}
