/**
 * The build writes the CLI bundle in ASCII (scripts/ascii-chunks.mjs) so that the chunk loader can
 * decode it as Latin-1: every escape must keep what the code does, and a character whose escape
 * would not must stop the build. Programs are run before and after, and their results compared.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs build script without types
import { asciiSource, sameProgram } from '../../scripts/ascii-chunks.mjs';

const escape = asciiSource as (code: string, name?: string) => string;
const ascii = (text: string) => !/[^\x00-\x7f]/.test(text);

/** Runs a script whose last expression is JSON-able and returns that value. */
const run = (code: string): unknown => JSON.parse(JSON.stringify(vm.runInNewContext(code)));

describe('asciiSource', () => {
  it.each([
    ['strings', `const a = 'caf\u00e9 \u2026'; const b = "\u{1F600}"; [a, b, a.length, b.length]`],
    ['untagged templates, around and inside substitutions', 'const n = 2; [`\u00e9${n}\u2014${`\u00fc`}`, `${n}\u{1F600}`]'],
    ['regular expressions without the u flag, astral characters as two units', `[/\u2026/.test('a\u2026'), /^[\u{1F600}]$/.test('\u{1F600}'), /^[\u{1F600}]{2}$/.test('\u{1F600}'), /cl[e\u00e9]/i.test('CL\u00c9')]`],
    ['regular expressions with the u and v flags, astral characters whole', `[/^[\u{1F600}x]$/u.test('\u{1F600}'), /^\u{1F600}+$/u.test('\u{1F600}\u{1F600}'), /^[\u00e9\u{1F600}]$/v.test('\u{1F600}')]`],
    ['names, private names and property keys', `class K { #\u00e9t\u00e9 = 1; get() { return this.#\u00e9t\u00e9; } } const caf\u00e9 = 2; const o = { \u00fcber: 3 }; [new K().get(), caf\u00e9, o.\u00fcber, Object.keys(o)]`],
    ['comments of both kinds', `// caf\u00e9 \u2014 \u{1F600}\n/* \u2026 \u00e9 */ const x = 1; /** \u00fc */ [x]`],
  ])('keeps what %s mean', (_, code) => {
    const escaped = escape(code);
    expect(ascii(escaped)).toBe(true);
    expect(escaped).not.toBe(code);
    expect(run(escaped)).toEqual(run(code));
  });

  it('spells common punctuation of comments in ASCII, so that `Password=…` stays a placeholder', () => {
    expect(escape('// Password=\u2026 \u2014 a \u2192 b\nconst x = 1; /* \u00d7 \u00b7 \u00e9 */\n')).toBe('// Password=... -- a -> b\nconst x = 1; /* x . \\u00e9 */\n');
  });

  it('leaves an ASCII file as it is', () => {
    const code = "const a = '\\u00e9'; // plain\n";
    expect(escape(code)).toBe(code);
  });

  it.each([
    ['a tagged template (its raw text would change)', 'String.raw`caf\u00e9`'],
    ['a character after a backslash (an identity escape)', "const a = '\\\u00e9';"],
    ['non-ASCII white space between tokens', 'const\u00a0a = 1;'],
    ['a line separator in a block comment (a line break for automatic semicolons)', 'const a = 1 /* \u2028 */\n'],
  ])('stops on %s', (_, code) => {
    expect(() => escape(code, 'x.js')).toThrow(/^x\.js: /);
  });
});

describe('the built CLI bundle', () => {
  it('is ASCII, every file of it', () => {
    const dir = path.resolve(import.meta.dirname, '../../dist/cli');
    const files = readdirSync(dir).filter((f) => f.endsWith('.js'));
    expect(files.length).toBeGreaterThan(5);
    expect(files.filter((f) => !ascii(readFileSync(path.join(dir, f), 'latin1')))).toEqual([]);
  });
});

describe('sameProgram, the check asciiSource ends with', () => {
  const same = sameProgram as (code: string, original: string) => boolean;
  it.each([
    ['a string and its escape', "s = '\u00e9';", "s = '\\u00e9';", true],
    ['a name and its escape', 'const \u00e9 = 1;', 'const \\u00e9 = 1;', true],
    ['a regular expression and its escape', '/cl[e\u00e9]/', '/cl[e\\u00e9]/', true],
    ['an astral character and its braced escape, in u mode', '/^\u{1F600}$/u', '/^\\u{1f600}$/u', true],
    ['an astral character and its two units, without the u flag', '/^\u{1F600}$/', '/^\\ud83d\\ude00$/', true],
    ['an astral character and a braced escape without the u flag (u repeated)', '/^\u{1F600}$/', '/^\\u{1f600}$/', false],
    ['an escaped backslash before u00e9', '/\u00e9/', '/\\\\u00e9/', false],
    ['another string', "s = '\u00e9';", "s = 'e';", false],
  ])('%s: %s', (_, original, escaped, expected) => {
    expect(same(escaped, original)).toBe(expected);
  });
});
