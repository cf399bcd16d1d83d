/**
 * Recall and precision of the hardcoded-secret rule on the labelled corpus: both must reach
 * 97%. A found key counts only with the right rule at the exact line and column; every other
 * finding, in a true-positive sample or a decoy, is a false positive.
 */
import { describe, expect, it } from 'vitest';
import { findSecretsInText } from '../../src/analyzers/text.js';
import { LineIndex } from '../../src/core/text-position.js';
import { decoys, truePositives, type Sample } from './labelled-corpus.js';

function scanSample(sample: Sample) {
  return findSecretsInText({ path: 'sample', text: sample.text, lines: new LineIndex(sample.text) }, { decodeDepth: 3 });
}

describe('labelled corpus', () => {
  const positives = truePositives();
  const negatives = decoys();

  it('is large enough', () => {
    expect(positives.length).toBeGreaterThanOrEqual(200);
    expect(negatives.length).toBeGreaterThanOrEqual(200);
  });

  it('reaches 97% recall and 97% precision', () => {
    let found = 0;
    let correct = 0;
    let reported = 0;
    const misses: string[] = [];
    const falsePositives: string[] = [];
    for (const sample of [...positives, ...negatives]) {
      const findings = scanSample(sample);
      reported += findings.length;
      const e = sample.expected;
      const hit = e ? findings.find((f) => f.ruleId === e.ruleId && f.category === e.category && f.line === e.line && f.column === e.column) : undefined;
      if (e && hit) {
        found++;
        correct++;
      } else if (e) {
        misses.push(`${sample.name}: got ${JSON.stringify(findings.map((f) => [f.ruleId, f.category, f.line, f.column]))}`);
      }
      for (const f of findings) if (f !== hit) falsePositives.push(`${sample.name}: ${f.ruleId} ${f.line}:${f.column}`);
    }
    const recall = found / positives.length;
    const precision = reported === 0 ? 1 : correct / reported;
    console.log(`labelled corpus: ${positives.length} true positives, ${negatives.length} decoys; recall ${(recall * 100).toFixed(1)}%, precision ${(precision * 100).toFixed(1)}%`);
    if (misses.length) console.log(`missed:\n  ${misses.join('\n  ')}`);
    if (falsePositives.length) console.log(`false positives:\n  ${falsePositives.join('\n  ')}`);
    expect(recall).toBeGreaterThanOrEqual(0.97);
    expect(precision).toBeGreaterThanOrEqual(0.97);
  });
});
