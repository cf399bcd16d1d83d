/**
 * A small linear tokenizer for shell command lines: splits a script into simple commands and
 * words, removes quotes and escapes, and remembers where each character of a word came from, so a
 * value can be reported at its exact place. Expansions (`$X`, `${X}`, `$(…)`, backticks, GitHub's
 * `${{ … }}`) stay in the word as written: a word holding one is resolved at run time, not a
 * literal. Not a shell: no aliases, functions or here-document bodies (their lines read as
 * commands, which only matters when they start with a command this rule knows).
 *
 * Why not mvdan/sh as WebAssembly (`sh-syntax`): its API is async only (the rule pipeline is
 * synchronous), it instantiates a 750 kB Go module per parse and reads it from beside its own
 * file (an asset for the ncc bundles), and it rejects the partial and templated scripts CI files
 * hold (`${{ }}`, Make's `$(VAR)`, README snippets with prompts) where a tolerant tokenizer reads on.
 */

export interface ShellWord {
  /** The word after quote and escape removal; expansions kept as written. */
  text: string;
  /**
   * Where `text` came from, as runs copied unchanged: `[textStart, scriptStart, …]` pairs in
   * order (read with `scriptOffset`).
   */
  runs: number[];
}

export interface ShellCommand {
  words: ShellWord[];
}

export interface TokenizeOptions {
  /** Make recipes: `$$` is one `$` for the shell. */
  makefile?: boolean;
}

/** Script offset of character `k` of a word. */
export function scriptOffset(word: ShellWord, k: number): number {
  const runs = word.runs;
  let lo = 0;
  let hi = runs.length / 2 - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (runs[mid * 2]! <= k) lo = mid;
    else hi = mid - 1;
  }
  return runs[lo * 2 + 1]! + (k - runs[lo * 2]!);
}

/** Characters that end a run of ordinary word characters outside quotes. */
const SPECIAL = new Uint8Array(128);
for (const c of ' \t\r\f\v\n\\;&|()<>\'"$`') SPECIAL[c.charCodeAt(0)] = 1;
/** Inside double quotes. */
const DQ_SPECIAL = new Uint8Array(128);
for (const c of '"\\$`') DQ_SPECIAL[c.charCodeAt(0)] = 1;
const BLANK = new Set([' ', '\t', '\r', '\f', '\v']);
const SEPARATOR = new Set([';', '&', '|', '(', ')']);

/** The simple commands of a script, in order. Linear in the script's length. */
export function shellCommands(script: string, options: TokenizeOptions = {}): ShellCommand[] {
  const commands: ShellCommand[] = [];
  let words: ShellWord[] = [];
  let parts: string[] = [];
  let length = 0;
  let runs: number[] = [];
  /** Script offset just after the last copied character, to extend the current run. */
  let runEnd = -1;
  let inWord = false;
  /** The next word is a redirection target (`> file`), not an argument. */
  let redirectTarget = false;

  const endWord = () => {
    if (inWord) {
      if (!redirectTarget) words.push({ text: parts.join(''), runs });
      redirectTarget = false;
    }
    parts = [];
    length = 0;
    runs = [];
    runEnd = -1;
    inWord = false;
  };
  const endCommand = () => {
    endWord();
    redirectTarget = false;
    if (words.length > 0) commands.push({ words });
    words = [];
  };
  /** Copies script characters [from, to) into the word. */
  const copy = (from: number, to: number) => {
    inWord = true;
    if (to <= from) return;
    if (from !== runEnd) runs.push(length, from);
    parts.push(script.slice(from, to));
    length += to - from;
    runEnd = to;
  };
  /** Copies an expansion starting at `i` as written; returns the index after it. */
  const expansion = (i: number): number => {
    const end = expansionEnd(script, i, options);
    copy(i, end);
    return end;
  };

  const n = script.length;
  let i = 0;
  while (i < n) {
    const ch = script[i]!;
    const code = script.charCodeAt(i);
    if ((code >= 128 || SPECIAL[code] === 0) && (ch !== '#' || inWord)) {
      let j = i + 1;
      while (j < n) {
        const c = script.charCodeAt(j);
        if (c < 128 && SPECIAL[c] === 1) break;
        j++;
      }
      copy(i, j);
      i = j;
      continue;
    }
    if (ch === '\\') {
      const next = script[i + 1];
      if (next === '\n') {
        i += 2; // line continuation
      } else if (next === '\r' && script[i + 2] === '\n') {
        i += 3;
      } else if (next !== undefined) {
        copy(i + 1, i + 2);
        i += 2;
      } else i++;
      continue;
    }
    if (ch === '\n') {
      endCommand();
      i++;
      continue;
    }
    if (BLANK.has(ch)) {
      endWord();
      i++;
      continue;
    }
    if (ch === '#') {
      const eol = script.indexOf('\n', i);
      i = eol === -1 ? n : eol;
      continue;
    }
    if (SEPARATOR.has(ch)) {
      // `>&2`, `2>&1`, `&>`: redirections, not separators.
      if (ch === '&' && (script[i - 1] === '>' || script[i + 1] === '>')) {
        i++;
        continue;
      }
      endCommand();
      i++;
      continue;
    }
    if (ch === '>' || ch === '<') {
      // `2>`: the descriptor number belongs to the operator.
      if (inWord && /^\d+$/.test(parts.join(''))) {
        parts = [];
        length = 0;
        runs = [];
        runEnd = -1;
        inWord = false;
      }
      endWord();
      let j = i + 1;
      while (j < n && (script[j] === '>' || script[j] === '<' || script[j] === '&' || script[j] === '|')) j++;
      // `<<EOF`, `<<<word`: the delimiter or here-string is not an argument either.
      redirectTarget = true;
      i = j;
      continue;
    }
    if (ch === "'") {
      const close = script.indexOf("'", i + 1);
      const end = close === -1 ? n : close;
      copy(i + 1, end);
      i = end + 1;
      continue;
    }
    if (ch === '"') {
      inWord = true;
      let j = i + 1;
      while (j < n && script[j] !== '"') {
        const c = script[j]!;
        const cc = script.charCodeAt(j);
        if (cc >= 128 || DQ_SPECIAL[cc] === 0) {
          let k = j + 1;
          while (k < n) {
            const d = script.charCodeAt(k);
            if (d < 128 && DQ_SPECIAL[d] === 1) break;
            k++;
          }
          copy(j, k);
          j = k;
        } else if (c === '\\' && j + 1 < n && '$`"\\\n'.includes(script[j + 1]!)) {
          if (script[j + 1] !== '\n') copy(j + 1, j + 2);
          j += 2;
        } else if ((c === '$' && '({'.includes(script[j + 1] ?? '')) || c === '`' || (options.makefile && c === '$' && script[j + 1] === '$')) {
          j = expansion(j);
        } else {
          copy(j, j + 1);
          j++;
        }
      }
      i = j + 1;
      continue;
    }
    // `$…` or a backtick.
    i = expansion(i);
  }
  endCommand();
  return commands;
}

/**
 * The end of an expansion that starts at `i` (`$(…)`, `${…}`, `${{ … }}`, `` `…` ``; in Make also
 * `$$`), quotes inside respected. An unterminated one ends at the end of the script.
 */
function expansionEnd(script: string, i: number, options: TokenizeOptions): number {
  const n = script.length;
  if (script[i] === '`') {
    let j = i + 1;
    while (j < n && script[j] !== '`') j += script[j] === '\\' ? 2 : 1;
    return Math.min(n, j + 1);
  }
  if (options.makefile && script[i + 1] === '$') {
    // `$$VAR` in a recipe is the shell's `$VAR`: keep both characters so the word stays a reference.
    return /[A-Za-z_{(]/.test(script[i + 2] ?? '') ? expansionEnd(script, i + 1, options) : i + 2;
  }
  if (script.startsWith('${{', i)) {
    const close = script.indexOf('}}', i + 3);
    return close === -1 ? n : close + 2;
  }
  const open = script[i + 1];
  if (open !== '(' && open !== '{') {
    // `$VAR`, `$1`, `$?`: the name only.
    let j = i + 1;
    if (/[A-Za-z_]/.test(script[j] ?? '')) while (j < n && /[A-Za-z0-9_]/.test(script[j]!)) j++;
    else if (j < n && /[0-9@*#?$!-]/.test(script[j]!)) j++;
    return j;
  }
  const close = open === '(' ? ')' : '}';
  let depth = 0;
  let quote: string | null = null;
  for (let j = i + 1; j < n; j++) {
    const c = script[j]!;
    if (quote) {
      if (c === '\\' && quote === '"') j++;
      else if (c === quote) quote = null;
      continue;
    }
    if (c === '\\') j++;
    else if (c === "'" || c === '"') quote = c;
    else if (c === open) depth++;
    else if (c === close && --depth === 0) return j + 1;
  }
  return n;
}
