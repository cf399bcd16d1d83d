// Writes the CLI bundle's files in ASCII: every other character becomes an escape with the same
// meaning where it is (a string, an untagged template, a regular expression, a name), or plain
// `\u` text in a comment. The chunk loader (src/cli/chunk-cache.ts) then decodes an ASCII file as
// Latin-1, a copy byte for byte, and V8 keeps it as a one-byte string: decoding UTF-8 into a
// two-byte string was 5 ms of a pre-commit scan under Node 20 and 9 ms under Node 24.
// A character anywhere else (a tagged template's raw text, after a backslash, whitespace or a line
// separator between tokens, a line separator in a comment) stops the build, saying where: the
// escape would change what the code means there.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'acorn';

const OPTIONS = { ecmaVersion: 'latest', sourceType: 'module', allowHashBang: true };

/** `code` with every non-ASCII character escaped (see above); throws where that is not possible. */
export function asciiSource(code, name = 'source') {
  if (!/[^\x00-\x7f]/.test(code)) return code;
  const spans = [];
  const ast = parse(code, {
    ...OPTIONS,
    onComment: (block, _text, start, end) => spans.push({ start, end, kind: block ? 'block comment' : 'comment' }),
    onToken: (token) => spans.push({ start: token.start, end: token.end, kind: token.type.label, flags: token.type.label === 'regexp' ? token.value.flags : '' }),
  });
  const tagged = [];
  visit(ast, (node) => {
    if (node.type === 'TaggedTemplateExpression') tagged.push([node.quasi.start, node.quasi.end]);
  });
  spans.sort((a, b) => a.start - b.start);
  let out = '';
  let copied = 0;
  let next = 0;
  for (let at = 0; at < code.length; ) {
    const point = code.codePointAt(at);
    const width = point > 0xffff ? 2 : 1;
    if (point < 0x80) {
      at += width;
      continue;
    }
    while (next < spans.length && spans[next].end <= at) next++;
    const span = next < spans.length && spans[next].start <= at ? spans[next] : null;
    const where = () => `${name}: ${JSON.stringify(String.fromCodePoint(point))} (U+${point.toString(16).toUpperCase().padStart(4, '0')}) at offset ${at}`;
    if (span === null) throw new Error(`${where()} is outside any token or comment`);
    if (tagged.some(([start, end]) => start <= at && at < end)) throw new Error(`${where()} is in a tagged template, whose raw text an escape would change`);
    let backslashes = 0;
    while (code[at - 1 - backslashes] === '\\') backslashes++;
    if (span.kind !== 'comment' && span.kind !== 'block comment' && backslashes % 2 === 1) throw new Error(`${where()} follows a backslash`);
    if ((point === 0x2028 || point === 0x2029) && span.kind === 'block comment') throw new Error(`${where()} is a line separator in a comment`);
    out += code.slice(copied, at) + escapeFor(point, span);
    at += width;
    copied = at;
  }
  const result = out + code.slice(copied);
  if (/[^\x00-\x7f]/.test(result)) throw new Error(`${name}: not ASCII after escaping`);
  if (!sameProgram(result, ast)) throw new Error(`${name}: escaping changed the program`);
  return result;
}

/**
 * Comments are read by people (and by this tool's own scan of the bundle: `Password=\u2026` reads
 * as a password where `Password=...` is a placeholder): common punctuation gets its ASCII spelling.
 */
const COMMENT_SPELLING = new Map([
  [0x2026, '...'], [0x2014, '--'], [0x2013, '-'], [0x2018, "'"], [0x2019, "'"], [0x201c, '"'], [0x201d, '"'],
  [0x2192, '->'], [0x2190, '<-'], [0x21d2, '=>'], [0x2264, '<='], [0x2265, '>='], [0x2260, '!='], [0xd7, 'x'], [0xb7, '.'], [0xa0, ' '],
]);

function escapeFor(point, span) {
  const unit = (u) => `\\u${u.toString(16).padStart(4, '0')}`;
  const braced = `\\u{${point.toString(16)}}`;
  switch (span.kind) {
    case 'comment':
    case 'block comment': {
      const spelled = COMMENT_SPELLING.get(point);
      // No spelling holds `*` or `/`, so none can close a block comment.
      if (spelled !== undefined) return spelled;
      return point > 0xffff ? braced : unit(point);
    }
    case 'string':
    case 'template':
    case 'name':
    case 'privateId':
      return point > 0xffff ? braced : unit(point);
    case 'regexp':
      // Without the u or v flag a pattern sees UTF-16 units: an astral character is two of them.
      if (point <= 0xffff) return unit(point);
      if (/[uv]/.test(span.flags)) return braced;
      return String.fromCodePoint(point).split('').map((c) => unit(c.charCodeAt(0))).join('');
    default:
      throw new Error(`a non-ASCII character in a ${span.kind} token`);
  }
}

function visit(node, onNode) {
  if (node === null || typeof node !== 'object') return;
  if (Array.isArray(node)) {
    for (const child of node) visit(child, onNode);
    return;
  }
  if (typeof node.type === 'string') onNode(node);
  for (const key of Object.keys(node)) if (key !== 'loc') visit(node[key], onNode);
}

/** Whether `code` is the program `original` (code or its tree) but for the spelling of characters. */
export function sameProgram(code, original) {
  return shape(parse(code, OPTIONS)) === shape(typeof original === 'string' ? parse(original, OPTIONS) : original);
}

/**
 * The program without positions and spellings: names and string, template and number values as
 * decoded, and regular expressions with their `\u` escapes read as the characters they stand for.
 */
function shape(ast) {
  return JSON.stringify(ast, (key, value) => {
    if (key === 'start' || key === 'end' || key === 'raw') return undefined;
    if (key === 'regex') return { pattern: unescapeUnicode(value.pattern, /[uv]/.test(value.flags)), flags: value.flags };
    if (value instanceof RegExp) return undefined;
    if (typeof value === 'bigint') return `${value}n`;
    return value;
  });
}

/**
 * A pattern's `\uXXXX` escapes, and `\u{X}` in Unicode mode (elsewhere it means `u` repeated), as
 * the characters they stand for; not after an escaped backslash.
 */
function unescapeUnicode(pattern, unicodeMode) {
  return pattern.replace(/\\(\\|u\{([0-9a-fA-F]+)\}|u([0-9a-fA-F]{4}))/g, (whole, _, braced, unit) => {
    if (braced !== undefined) return unicodeMode ? String.fromCodePoint(parseInt(braced, 16)) : whole;
    if (unit !== undefined) return String.fromCharCode(parseInt(unit, 16));
    return whole; // an escaped backslash: what follows it is not an escape
  });
}

/** Rewrites every `.js` file of the CLI bundle folder in ASCII. */
export function asciiChunks(dir) {
  for (const file of readdirSync(dir)) {
    if (!file.endsWith('.js')) continue;
    const full = path.join(dir, file);
    const code = readFileSync(full, 'utf8');
    const ascii = asciiSource(code, file);
    if (ascii !== code) writeFileSync(full, ascii);
  }
}
