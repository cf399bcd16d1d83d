/**
 * The hardcoded-secret rule over every file of the real-world corpus (the shared real-world corpus):
 * every critical or high finding must be listed, with the reason it is right, in
 * hardcoded-secrets-expected.json, and every listed one must still be found. Anything else is a false
 * positive to fix in the detectors.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findSecretsInText } from '../src/analyzers/text.js';
import { LineIndex } from '../src/core/text-position.js';
import expected from './hardcoded-secrets-expected.json' with { type: 'json' };
import { CORPUS } from './corpus-root.js';


function corpusFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    return e.isDirectory() ? corpusFiles(full) : e.isFile() ? [full] : [];
  });
}

describe('real corpus', () => {
  it('has exactly the listed critical and high findings', () => {
    const files = corpusFiles(CORPUS);
    expect(files.length).toBeGreaterThan(2000);
    const found: { file: string; line: number | null; ruleId: string }[] = [];
    for (const file of files) {
      const text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
      const rel = path.relative(CORPUS, file).split(path.sep).join('/');
      for (const f of findSecretsInText({ path: rel, text, lines: new LineIndex(text) }, { decodeDepth: 3 })) {
        if (f.severity === 'critical' || f.severity === 'high') found.push({ file: f.file, line: f.line, ruleId: f.ruleId });
      }
    }
    const key = (f: { file: string; line: number | null; ruleId: string }) => `${f.file}:${f.line} ${f.ruleId}`;
    expect(found.map(key).sort()).toEqual(expected.map(key).sort());
    for (const entry of expected) expect(entry.reason.length).toBeGreaterThan(20);
  });
});
