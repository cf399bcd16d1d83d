/**
 * From a YAML scalar's parsed value back to the exact source text. A rule that finds something
 * at characters [start, end) of a scalar's value (a key inside `run: |`, a word in a folded or
 * quoted multi-line string) asks here for the source offsets, then turns them into line/column
 * with the file's LineIndex. Offsets are into the same text the document was parsed from, so
 * CRLF line ends, a removed BOM and tabs need no special casing by callers.
 */
import type { Node, Scalar } from 'yaml';
import { isScalar } from './library.js';

/** A span of source text, offsets into the parsed text, `end` exclusive. */
export interface SourceSpan {
  start: number;
  end: number;
}

/** The text of a scalar as written: strings as parsed, other scalars (numbers, booleans) as in the source. */
export function scalarText(node: Scalar): string {
  if (typeof node.value === 'string') return node.value;
  if (typeof node.source === 'string') return node.source;
  return node.value === null || node.value === undefined ? '' : String(node.value);
}

/** Where the node's value is written (without its tag/anchor, without trailing comments). */
export function nodeSpan(node: Node): SourceSpan | null {
  const range = node.range;
  if (!range) return null;
  return { start: range[0], end: range[1] };
}

/**
 * Maps value characters of one scalar to source offsets. Built once per scalar (cheap: linear in
 * its source) and reused for every match inside it.
 */
export class ScalarLocator {
  /** Source start and end of each value character; `value.length` entries. */
  private readonly starts: number[];
  private readonly ends: number[];
  readonly value: string;

  constructor(
    text: string,
    readonly node: Scalar,
  ) {
    this.value = scalarText(node);
    const units = sourceUnits(text, node);
    const aligned = align(this.value, units, node.range?.[0] ?? 0);
    this.starts = aligned.starts;
    this.ends = aligned.ends;
  }

  /** Source offset of value character `index` (`index === value.length`: just after the last one). */
  offset(index: number): number {
    if (index < this.starts.length) return this.starts[index]!;
    const last = this.ends[this.ends.length - 1];
    return last ?? this.node.range?.[0] ?? 0;
  }

  /** Source span of value characters [start, end). */
  span(start: number, end: number): SourceSpan {
    if (end <= start) return { start: this.offset(start), end: this.offset(start) };
    return { start: this.offset(start), end: this.ends[end - 1] ?? this.offset(end) };
  }
}

/** One-off form of ScalarLocator.span. */
export function locateInScalar(text: string, node: Scalar, start: number, end: number): SourceSpan {
  return new ScalarLocator(text, node).span(start, end);
}

/** The span of a whole node: a scalar's value as written (quotes excluded), or a collection. */
export function valueSpan(text: string, node: Node): SourceSpan | null {
  if (isScalar(node)) {
    const locator = new ScalarLocator(text, node);
    if (locator.value.length > 0) return locator.span(0, locator.value.length);
  }
  return nodeSpan(node);
}

/** A piece of source text and the value characters it stands for (an escape may be several source characters). */
interface Unit {
  text: string;
  start: number;
  end: number;
}

function sourceUnits(text: string, node: Scalar): Unit[] {
  const range = node.range;
  if (!range) return [];
  const [from, to] = range;
  const units: Unit[] = [];
  const push = (value: string, start: number, end: number) => units.push({ text: value, start, end });
  switch (node.type) {
    case 'QUOTE_DOUBLE':
      doubleQuotedUnits(text, from + 1, Math.max(from + 1, to - 1), push);
      break;
    case 'QUOTE_SINGLE':
      for (let i = from + 1; i < to - 1; i++) {
        if (text[i] === "'" && text[i + 1] === "'") {
          push("'", i, i + 2);
          i++;
        } else push(text[i]!, i, i + 1);
      }
      break;
    case 'BLOCK_LITERAL':
    case 'BLOCK_FOLDED': {
      // Skip the header line (`|-`, `>+2`, `| # comment`): content starts on the next line.
      const headerEnd = text.indexOf('\n', from);
      const body = headerEnd === -1 || headerEnd >= to ? to : headerEnd + 1;
      for (let i = body; i < to; i++) push(text[i]!, i, i + 1);
      break;
    }
    default:
      for (let i = from; i < to; i++) push(text[i]!, i, i + 1);
  }
  return units;
}

const SIMPLE_ESCAPES: Record<string, string> = {
  '0': '\0', a: '\x07', b: '\b', t: '\t', '\t': '\t', n: '\n', v: '\v', f: '\f', r: '\r', e: '\x1b',
  ' ': ' ', '"': '"', '/': '/', '\\': '\\', N: '\u0085', _: '\u00a0', L: '\u2028', P: '\u2029',
};
const HEX_ESCAPES: Record<string, number> = { x: 2, u: 4, U: 8 };

function doubleQuotedUnits(text: string, from: number, to: number, push: (value: string, start: number, end: number) => void): void {
  for (let i = from; i < to; i++) {
    const ch = text[i]!;
    if (ch !== '\\' || i + 1 >= to) {
      push(ch, i, i + 1);
      continue;
    }
    const next = text[i + 1]!;
    if (next === '\n' || (next === '\r' && text[i + 2] === '\n')) {
      // Escaped line break: the break and the next line's indentation vanish from the value.
      let j = i + (next === '\r' ? 3 : 2);
      while (j < to && (text[j] === ' ' || text[j] === '\t')) j++;
      push('', i, j);
      i = j - 1;
      continue;
    }
    const simple = SIMPLE_ESCAPES[next];
    if (simple !== undefined) {
      push(simple, i, i + 2);
      i++;
      continue;
    }
    const digits = HEX_ESCAPES[next];
    if (digits !== undefined) {
      const hex = text.slice(i + 2, i + 2 + digits);
      const code = Number.parseInt(hex, 16);
      const decoded = /^[0-9a-fA-F]+$/.test(hex) && hex.length === digits && code <= 0x10ffff ? String.fromCodePoint(code) : hex;
      push(decoded, i, i + 2 + digits);
      i += 1 + digits;
      continue;
    }
    push(ch, i, i + 1);
  }
}

/**
 * Greedy alignment of the value against the source units. Folding, indentation, chomping and
 * line-break normalisation only add, drop or change whitespace, so every non-whitespace value
 * character is found verbatim in order; whitespace maps to the nearest matching source character.
 */
function align(value: string, units: Unit[], fallback: number): { starts: number[]; ends: number[] } {
  const starts: number[] = new Array<number>(value.length);
  const ends: number[] = new Array<number>(value.length);
  let u = 0;
  let pending = ''; // the rest of a multi-character unit (an escape such as \u263A decoding to several code units)
  let pendingUnit: Unit | null = null;
  let last = fallback;
  for (let i = 0; i < value.length; i++) {
    const ch = value[i]!;
    if (pendingUnit && pending.startsWith(ch)) {
      starts[i] = pendingUnit.start;
      ends[i] = pendingUnit.end;
      pending = pending.slice(1);
      if (pending === '') pendingUnit = null;
      continue;
    }
    pendingUnit = null;
    pending = '';
    const whitespace = ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r';
    let found = -1;
    for (let j = u; j < units.length; j++) {
      const unit = units[j]!;
      if (unit.text.startsWith(ch)) {
        found = j;
        break;
      }
      // A non-whitespace character can only be preceded by skipped whitespace or escaped breaks.
      if (!whitespace && unit.text !== '' && !/^[ \t\r\n]$/.test(unit.text)) break;
      if (whitespace && unit.text !== '' && !/^[ \t\r\n]$/.test(unit.text)) break;
    }
    if (found === -1) {
      // Whitespace made by folding (a line break read as a space): it sits where the next unit is.
      const at = units[u]?.start ?? last;
      starts[i] = at;
      ends[i] = at;
      continue;
    }
    const unit = units[found]!;
    starts[i] = unit.start;
    ends[i] = unit.end;
    last = unit.end;
    if (unit.text.length > 1) {
      pending = unit.text.slice(1);
      pendingUnit = unit;
    }
    u = found + 1;
  }
  return { starts, ends };
}
