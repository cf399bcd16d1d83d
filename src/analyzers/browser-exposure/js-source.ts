/**
 * A small JavaScript/TypeScript lexer that tells code from comments and string contents, so that
 * rules can match code patterns without matching documentation. It is deliberately lenient:
 * unterminated strings end at the line, regex literals are recognised after operators and
 * keywords. `.vue`/`.svelte` files are code only inside `<script>`; `.astro` in its frontmatter
 * and `<script>` blocks.
 */

export const SOURCE_EXTENSIONS = /\.(js|jsx|ts|tsx|mjs|cjs|mts|cts|vue|svelte|astro)$/i;

/** Per offset of the text: code (true) or comment / string contents / markup (false). */
export class CodeMask {
  private readonly code: Uint8Array;
  private maskedText: string | undefined;

  constructor(readonly text: string, path: string) {
    this.code = new Uint8Array(text.length);
    for (const [start, end] of scriptRegions(text, path)) lex(text, start, end, this.code);
  }

  isCode(offset: number): boolean {
    return this.code[offset] === 1;
  }

  /** The text with every non-code character blanked (line breaks kept), same length. */
  masked(): string {
    if (this.maskedText === undefined) {
      // One pass over UTF-16 units and one decode: string concatenation per character is
      // quadratic-ish in garbage on multi-megabyte bundles.
      const units = new Uint16Array(this.text.length);
      for (let i = 0; i < units.length; i++) {
        const unit = this.text.charCodeAt(i);
        units[i] = this.code[i] === 1 || unit === 10 ? unit : 32;
      }
      this.maskedText = new TextDecoder('utf-16le').decode(units);
    }
    return this.maskedText;
  }
}

const masks = new WeakMap<object, CodeMask>();

/** The mask of a scanned file, lexed once however many rules ask. */
export function codeMaskOf(file: { text: string; path: string }): CodeMask {
  let mask = masks.get(file);
  if (!mask) {
    mask = new CodeMask(file.text, file.path);
    masks.set(file, mask);
  }
  return mask;
}

function scriptRegions(text: string, path: string): [number, number][] {
  const lower = path.toLowerCase();
  if (!/\.(vue|svelte|astro)$/.test(lower)) return [[0, text.length]];
  const regions: [number, number][] = [];
  if (lower.endsWith('.astro')) {
    const front = /^\s*---[ \t]*\r?\n([\s\S]*?)^---[ \t]*$/m.exec(text);
    if (front && front.index === 0) regions.push([front.index + front[0].indexOf(front[1]!), front.index + front[0].indexOf(front[1]!) + front[1]!.length]);
  }
  for (const m of text.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script\s*>/gi)) {
    const start = m.index + m[0].indexOf('>') + 1;
    regions.push([start, start + m[1]!.length]);
  }
  return regions;
}

const REGEX_AFTER_WORD = new Set(['return', 'typeof', 'case', 'in', 'of', 'new', 'delete', 'void', 'throw', 'else', 'yield', 'await', 'do']);

/** Marks code characters of text[start, end) in `code`. Template literal `${…}` parts are code. */
function lex(text: string, start: number, end: number, code: Uint8Array): void {
  // Stack of brace depths at which a template literal resumes.
  const templates: number[] = [];
  let depth = 0;
  let prevSignificant = ''; // last code token's last character, or a word
  let i = start;
  const markCode = (from: number, to: number) => code.fill(1, from, to);
  const scanTemplate = (from: number): number => {
    // `from` is just after the backtick or the `}` closing a substitution.
    let j = from;
    while (j < end) {
      const c = text[j]!;
      if (c === '\\') j += 2;
      else if (c === '`') {
        markCode(j, j + 1);
        return j + 1;
      } else if (c === '$' && text[j + 1] === '{') {
        markCode(j, j + 2);
        templates.push(depth);
        depth++;
        return j + 2;
      } else j++;
    }
    return end;
  };
  while (i < end) {
    const c = text[i]!;
    const next = text[i + 1];
    if (c === '/' && next === '/') {
      const nl = text.indexOf('\n', i);
      i = nl === -1 || nl > end ? end : nl;
      continue;
    }
    if (c === '/' && next === '*') {
      const close = text.indexOf('*/', i + 2);
      i = close === -1 || close + 2 > end ? end : close + 2;
      continue;
    }
    if (c === '"' || c === "'") {
      markCode(i, i + 1);
      let j = i + 1;
      while (j < end && text[j] !== c && text[j] !== '\n') j += text[j] === '\\' ? 2 : 1;
      if (j < end && text[j] === c) markCode(j, j + 1);
      i = Math.min(end, j + 1);
      prevSignificant = 'string';
      continue;
    }
    if (c === '`') {
      markCode(i, i + 1);
      i = scanTemplate(i + 1);
      prevSignificant = 'string';
      continue;
    }
    if (c === '/' && regexAllowed(prevSignificant)) {
      let j = i + 1;
      let inClass = false;
      while (j < end && text[j] !== '\n') {
        const d = text[j]!;
        if (d === '\\') j++;
        else if (d === '[') inClass = true;
        else if (d === ']') inClass = false;
        else if (d === '/' && !inClass) break;
        j++;
      }
      if (j < end && text[j] === '/') {
        markCode(i, i + 1);
        markCode(j, j + 1);
        i = j + 1;
        prevSignificant = 'regex';
        continue;
      }
    }
    if (c === '{') depth++;
    if (c === '}') {
      depth--;
      if (templates.length > 0 && templates[templates.length - 1] === depth) {
        templates.pop();
        markCode(i, i + 1);
        i = scanTemplate(i + 1);
        prevSignificant = 'string';
        continue;
      }
    }
    markCode(i, i + 1);
    if (/[A-Za-z0-9_$]/.test(c)) {
      let j = i;
      while (j < end && /[A-Za-z0-9_$]/.test(text[j]!)) j++;
      markCode(i, j);
      prevSignificant = text.slice(i, j);
      i = j;
      continue;
    }
    if (!/\s/.test(c)) prevSignificant = c;
    i++;
  }
}

function regexAllowed(prev: string): boolean {
  if (prev === '') return true;
  if (prev === 'string' || prev === 'regex') return false;
  if (/^[A-Za-z0-9_$]+$/.test(prev)) return REGEX_AFTER_WORD.has(prev);
  return prev !== ')' && prev !== ']' && prev !== '}';
}

/** Offset of the parenthesis that closes the one at `open` in masked code, or -1. */
export function closingParen(masked: string, open: number): number {
  let depth = 0;
  for (let i = open; i < masked.length; i++) {
    const c = masked[i];
    if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i;
  }
  return -1;
}
