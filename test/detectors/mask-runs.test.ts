import { describe, expect, it } from 'vitest';
import { findSecretsInText } from '../../src/analyzers/text.js';
import { CONTAINER_RULES } from '../../src/analyzers/containers/index.js';
import { LineIndex } from '../../src/core/text-position.js';
import { isPlaceholder, isPlaceholderBody } from '../../src/detectors/placeholders.js';
import { isLiteralSecretValue } from '../../src/detectors/secret-names.js';
import { generateKey, openaiKey, randomBody, spellsPlaceholder } from '../helpers/keys.js';
import { runRules } from '../kubernetes/run-rules.js';

/**
 * A key whose random body spells `run` (after its prefix), as about one real key in a thousand does.
 * The run is set between two digits: a random neighbour would otherwise extend it by chance (`-XXXXx`
 * and `_xxxxX` are masking beside a separator, rightly a placeholder; about one key in 2,000).
 */
function withRun(key: string, run: string): string {
  const at = 12;
  return key.slice(0, at - 1) + '7' + run + '7' + key.slice(at + run.length + 1);
}

/**
 * An OpenAI project key whose random body spells no placeholder word: isPlaceholder reads `test`
 * or `your` anywhere as documentation, and openaiKey's plain random body spells one in about one
 * key in 1,500 (this test failed one run in ~200 before).
 */
function projectKey(): string {
  for (;;) {
    const key = openaiKey('proj');
    if (!spellsPlaceholder(key)) return key;
  }
}

const MIXED_CASE_RUNS = ['xXxX', 'XxXx', 'yYyY', 'xXxXxXxX', 'xxxX', 'XXXx'];

describe('masking runs (`xxxx`, `XXXXXXXX`) against random bodies that spell x and y by chance', () => {
  it('keeps a real key whose body has a mixed-case run of x or y', () => {
    for (const run of MIXED_CASE_RUNS) {
      const key = withRun(projectKey(), run);
      expect(isLiteralSecretValue(key), run).toBe(true);
      expect(isPlaceholder(key), run).toBe(false);
      const body = withRun(randomBody(36), run);
      expect(isPlaceholderBody(body), run).toBe(false);
    }
  });

  it('finds such a key in a compose file and in plain text, at its exact range', () => {
    const rule = CONTAINER_RULES.find((r) => r.meta.id === 'compose-literal-secret')!;
    for (const run of MIXED_CASE_RUNS) {
      const key = withRun(projectKey(), run);
      const text = `services:\n  api:\n    environment:\n      OPENAI_API_KEY: ${key}\n`;
      const found = runRules([rule], [{ path: 'compose.yaml', text }]).findings;
      expect(found.map((f) => `${f.file}:${f.line}:${f.column}-${f.endLine}:${f.endColumn}`), run).toEqual([`compose.yaml:4:23-4:${23 + key.length}`]);
      const gh = withRun(generateKey('github:ghp'), run);
      const line = `token = "${gh}"\n`;
      const hits = findSecretsInText({ path: 'a.env', text: line, lines: new LineIndex(line) }, { decodeDepth: 3 });
      expect(hits.map((f) => `${f.line}:${f.column}-${f.endColumn}`), `${run} in a GitHub token`).toEqual([`1:10-${10 + gh.length}`]);
    }
  });

  it('still reads masking as a placeholder: long single-case runs, and runs at an end or beside a separator', () => {
    const masked = [
      `sk-proj-${'x'.repeat(40)}`,
      `sk-proj-${'X'.repeat(8)}`,
      'SG.xxxxx.yyyyy',
      'sk-xxxx1234',
      `ghp_${randomBody(10)}XXXX`,
      'xoxb-xxxx-xxxx-xxxx',
      `AIzaSy${'X'.repeat(33)}`,
    ];
    for (const value of masked) {
      expect(isLiteralSecretValue(value), value).toBe(false);
      expect(isPlaceholder(value), value).toBe(true);
    }
    expect(isPlaceholderBody('x'.repeat(36))).toBe(true);
    expect(isPlaceholderBody(`${randomBody(20)}_xxxx_${randomBody(10)}`)).toBe(true);
    expect(isPlaceholderBody(`${randomBody(20)}XXXXXX${randomBody(10)}`)).toBe(true);
  });
});
