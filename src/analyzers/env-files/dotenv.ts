/**
 * A dotenv parser that keeps positions: every `KEY=value` with the exact offsets of its key and of
 * its value's source text, so findings can point at the value. Follows the common ground of
 * motdotla/dotenv, python-dotenv and Docker Compose:
 * - `export ` prefixes; keys of `A-Za-z0-9_.-`; spaces around `=`; `KEY=` is an empty value;
 *   a line without `=` (Compose's "take it from the environment") is not an entry.
 * - single, double and backtick quotes, each able to span lines; an unterminated quote makes the
 *   rest of the line an unquoted value (as dotenv does).
 * - double quotes unescape `\n \r \t \" \\ \$`; single quotes and backticks only their own quote.
 * - comments: whole lines starting with `#`, text after a closing quote, and in unquoted values
 *   a `#` at the start or after whitespace (`a#b` stays one value, as in python-dotenv/Compose).
 */

export type DotenvQuote = '"' | "'" | '`';

export interface DotenvEntry {
  key: string;
  /** The value as a program would see it: unquoted, and unescaped in double quotes. */
  value: string;
  keyStart: number;
  keyEnd: number;
  /** Offsets of the value's source text in `text`, inside any quotes (equal when empty). */
  valueStart: number;
  valueEnd: number;
  quote: DotenvQuote | null;
  exported: boolean;
}

const KEY_CHAR = /[A-Za-z0-9_.-]/;

export function parseDotenv(text: string): DotenvEntry[] {
  const entries: DotenvEntry[] = [];
  let i = 0;
  while (i < text.length) {
    const lineEnd = endOfLine(text, i);
    const entry = parseEntry(text, i, lineEnd);
    if (entry) {
      entries.push(entry.entry);
      i = endOfLine(text, entry.resumeAt);
    } else {
      i = lineEnd;
    }
    if (i < text.length) i++; // past the '\n'
  }
  return entries;
}

/** Offset of the '\n' ending the line that contains `from` (or the text's length). */
function endOfLine(text: string, from: number): number {
  const nl = text.indexOf('\n', from);
  return nl === -1 ? text.length : nl;
}

function skipBlanks(text: string, i: number, end: number): number {
  while (i < end && (text[i] === ' ' || text[i] === '\t')) i++;
  return i;
}

/** One entry starting on the line [start, lineEnd), and where the rest of its last line begins. */
function parseEntry(text: string, start: number, lineEnd: number): { entry: DotenvEntry; resumeAt: number } | null {
  let i = skipBlanks(text, start, lineEnd);
  let exported = false;
  if (text.startsWith('export', i) && (text[i + 6] === ' ' || text[i + 6] === '\t')) {
    exported = true;
    i = skipBlanks(text, i + 6, lineEnd);
  }
  const keyStart = i;
  while (i < lineEnd && KEY_CHAR.test(text[i]!)) i++;
  const keyEnd = i;
  if (keyEnd === keyStart) return null;
  i = skipBlanks(text, i, lineEnd);
  if (text[i] !== '=') return null;
  i = skipBlanks(text, i + 1, lineEnd);
  const key = text.slice(keyStart, keyEnd);

  const quote = text[i];
  if (quote === '"' || quote === "'" || quote === '`') {
    const close = closingQuote(text, i + 1, quote);
    if (close !== -1) {
      const raw = text.slice(i + 1, close);
      const value = quote === '"' ? unescapeDouble(raw) : raw.split(`\\${quote}`).join(quote);
      return { entry: { key, value, keyStart, keyEnd, valueStart: i + 1, valueEnd: close, quote, exported }, resumeAt: close + 1 };
    }
  }
  const valueStart = i;
  let valueEnd = i;
  for (let j = i; j < lineEnd; j++) {
    const c = text[j]!;
    if (c === '#' && (j === valueStart || text[j - 1] === ' ' || text[j - 1] === '\t')) break;
    if (c !== ' ' && c !== '\t' && c !== '\r') valueEnd = j + 1;
  }
  return {
    entry: { key, value: text.slice(valueStart, valueEnd), keyStart, keyEnd, valueStart, valueEnd, quote: null, exported },
    resumeAt: lineEnd,
  };
}

/** The offset of the quote that closes a value opened just before `from`, or -1. */
function closingQuote(text: string, from: number, quote: DotenvQuote): number {
  for (let j = from; j < text.length; j++) {
    if (text[j] === '\\') j++;
    else if (text[j] === quote) return j;
  }
  return -1;
}

const DOUBLE_QUOTE_ESCAPES: Record<string, string> = { n: '\n', r: '\r', t: '\t', '"': '"', '\\': '\\', $: '$' };

function unescapeDouble(raw: string): string {
  return raw.replace(/\\(.)/gs, (whole, c: string) => DOUBLE_QUOTE_ESCAPES[c] ?? whole);
}
