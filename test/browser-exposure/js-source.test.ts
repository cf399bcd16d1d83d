import { describe, expect, test } from 'vitest';
import { CodeMask } from '../../src/analyzers/browser-exposure/js-source.js';

/** The code of a text with comments, string contents and markup blanked (quotes stay). */
const code = (text: string, path = 'a.ts') => new CodeMask(text, path).masked().replace(/ +/g, ' ');

describe('CodeMask: code apart from comments, strings and markup', () => {
  test('line and block comments, JSDoc', () => {
    expect(code('a = 1; // b: true\n/* c */ d /** e\n * f */ g')).toBe('a = 1; \n d \n g');
  });

  test('string contents with escapes; an unterminated string ends at the line', () => {
    expect(code(`x("a\\"b", 'c\\'d') + y`)).toBe(`x(" ", ' ') + y`);
    expect(code(`it's\nnext: true`)).toBe(`it' \nnext: true`);
  });

  test('template literals: text is not code, ${…} substitutions are, nested braces and templates included', () => {
    expect(code('`a ${ {k: `b ${c}`}.k } d` + e')).toBe('` ${ {k: ` ${c}`}.k } ` + e');
  });

  test('regex literals after operators and keywords, division after values', () => {
    expect(code("const r = /['\"`]/g; f(a / b, c / d); return /x'/.test(s)")).toBe('const r = / /g; f(a / b, c / d); return / /.test(s)');
  });

  test('.vue and .svelte: only <script> blocks are code; .astro: frontmatter and <script>', () => {
    expect(code('<p>a: true</p>\n<script setup>\nb: true\n</script>', 'x.vue')).toBe(' \n \nb: true\n ');
    expect(code('<!-- c: true -->\n<script>d</script>', 'x.svelte')).toBe(' \n d ');
    expect(code('---\nconst e = 1;\n---\n<p>f</p>\n<script>g</script>', 'x.astro')).toBe(' \nconst e = 1;\n \n \n g ');
  });
});
