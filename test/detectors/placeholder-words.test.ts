/**
 * A prefixed key's body is a placeholder when it writes a placeholder word at an end or beside a
 * separator (`ghp_YOUR_TOKEN`, `sk-ant-api03-your-key-here`), in one case as people write it.
 * A random mixed-case body spells `mOcK` or `HERe` there in about one key in 50,000 (`ghp_`,
 * `glpat-`, `sk-ant-`), and such a key is real: it is found.
 */
import { describe, expect, it } from 'vitest';
import { findSecretsInText } from '../../src/analyzers/text.js';
import { LineIndex } from '../../src/core/text-position.js';
import { isPlaceholderBody } from '../../src/detectors/placeholders.js';
import { randomBody } from '../helpers/keys.js';

const WORDS = ['your', 'here', 'example', 'placeholder', 'redacted', 'changeme', 'replace', 'dummy', 'fake', 'sample', 'test', 'insert', 'mock', 'lorem', 'password', 'username'];
const oneCase = (w: string) => [w, w.toUpperCase(), w[0]!.toUpperCase() + w.slice(1)];
/** `mOcK`, `MoCk`: what a random body spells, never what a person writes. */
const mixedCase = (w: string) => [[...w].map((c, i) => (i % 2 ? c.toUpperCase() : c)).join(''), [...w].map((c, i) => (i % 2 ? c : c.toUpperCase())).join('')];

describe('placeholder words in a key body', () => {
  it('count in one case at an end or beside a separator', () => {
    for (const word of WORDS) {
      for (const w of oneCase(word)) {
        expect(isPlaceholderBody(`${w}${randomBody(24)}`), w).toBe(true);
        expect(isPlaceholderBody(`${randomBody(24)}${w}`), w).toBe(true);
        expect(isPlaceholderBody(`${randomBody(12)}_${w}_${randomBody(12)}`), w).toBe(true);
      }
    }
  });

  it('do not count in mixed case, as a random body spells them', () => {
    // `example` counts anywhere in any case (seven letters: random bodies do not spell it).
    for (const word of WORDS.filter((w) => w !== 'example')) {
      for (const w of mixedCase(word)) {
        expect(isPlaceholderBody(`${w}${randomBody(24)}`), w).toBe(false);
        expect(isPlaceholderBody(`${randomBody(24)}${w}`), w).toBe(false);
        expect(isPlaceholderBody(`${randomBody(12)}_${w}9${randomBody(12)}`), w).toBe(false);
      }
    }
  });

  it('a GitHub token whose body starts with mOcK is found, one whose body is YOUR_TOKEN_HERE is not', () => {
    const scan = (text: string) => findSecretsInText({ path: 'notes.txt', text, lines: new LineIndex(text) }).map((f) => `${f.ruleId} ${f.line}:${f.column}`);
    const real = `ghp_mOcK${randomBody(32)}`;
    expect(scan(`token = "${real}"\n`)).toEqual(['github-token 1:10']);
    expect(scan('token = "ghp_YOUR_TOKEN_HERE_0000000000000000000000"\n')).toEqual([]);
  });
});
