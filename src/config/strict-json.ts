/**
 * Strict JSON (RFC 8259) for `.json` config files: no trailing commas, comments or single quotes,
 * which a YAML parser would accept. An error gives its line and column and what was expected,
 * never the text found there (a config may sit next to values nobody should see in a log).
 */

export interface JsonSyntaxError {
  line: number;
  column: number;
  message: string;
}

/** Null when `text` is strict JSON, else the first syntax error. */
export function strictJsonError(text: string): JsonSyntaxError | null {
  let i = 0;
  const n = text.length;
  class Stop extends Error {
    constructor(readonly at: number, readonly expected: string) {
      super(expected);
    }
  }
  const fail = (expected: string): never => {
    throw new Stop(i, expected);
  };
  const ws = () => {
    while (i < n && (text[i] === ' ' || text[i] === '\t' || text[i] === '\n' || text[i] === '\r')) i++;
  };
  const value = (): void => {
    ws();
    const c = text[i];
    if (c === '{') return object();
    if (c === '[') return array();
    if (c === '"') return string();
    if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) return number();
    for (const word of ['true', 'false', 'null']) {
      if (text.startsWith(word, i)) {
        i += word.length;
        return;
      }
    }
    fail(i >= n ? 'a value, found the end of the file' : 'a value');
  };
  const object = () => {
    i++;
    ws();
    if (text[i] === '}') {
      i++;
      return;
    }
    for (;;) {
      ws();
      if (text[i] !== '"') fail('a double-quoted property name');
      string();
      ws();
      if (text[i] !== ':') fail("':' after a property name");
      i++;
      value();
      ws();
      if (text[i] === ',') {
        i++;
        continue;
      }
      if (text[i] === '}') {
        i++;
        return;
      }
      fail("',' or '}'");
    }
  };
  const array = () => {
    i++;
    ws();
    if (text[i] === ']') {
      i++;
      return;
    }
    for (;;) {
      value();
      ws();
      if (text[i] === ',') {
        i++;
        continue;
      }
      if (text[i] === ']') {
        i++;
        return;
      }
      fail("',' or ']'");
    }
  };
  const string = () => {
    i++;
    while (i < n && text[i] !== '"') {
      const c = text.charCodeAt(i);
      if (c < 0x20) fail('a closing quote (control characters must be escaped)');
      if (text[i] === '\\') {
        const e = text[i + 1];
        if (e === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) fail('four hex digits after \\u');
          i += 6;
          continue;
        }
        if (e === undefined || !'"\\/bfnrt'.includes(e)) fail('a valid escape sequence');
        i += 2;
        continue;
      }
      i++;
    }
    if (i >= n) fail('a closing quote, found the end of the file');
    i++;
  };
  const number = () => {
    const match = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
    if (!match) fail('a number');
    i += match![0].length;
  };
  try {
    value();
    ws();
    if (i < n) fail('the end of the file after the top-level value');
    return null;
  } catch (error) {
    if (!(error instanceof Stop)) throw error;
    const before = text.slice(0, error.at);
    const line = before.split('\n').length;
    const column = error.at - before.lastIndexOf('\n');
    return { line, column, message: `invalid JSON: expected ${error.expected} (column ${column})` };
  }
}
