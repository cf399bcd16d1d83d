/**
 * Bench-only: the text engine (`findSecrets`) alone over every file of a tree, in one thread,
 * with the texts already in memory. Usage (bundled): node engine-times.js ROOT [ROUNDS] [MAX_MB].
 * The last round counts; run it under --cpu-prof to see which pass costs what.
 */
import { findSecrets } from '../../src/detectors/find.js';
import { DEFAULT_DECODE_DEPTH, defaultSettings } from '../../src/core/settings.js';
import { discoverFiles } from '../../src/discover/files.js';
import { readTextFileSync } from '../../src/discover/read-text.js';

const [root, roundsArg, maxArg] = process.argv.slice(2);
if (!root) throw new Error('usage: engine-times ROOT [ROUNDS] [MAX_MB]');
const rounds = Number(roundsArg ?? 2);
const maxChars = Number(maxArg ?? 1e9) * 1e6;
const settings = defaultSettings(root);
const { files } = await discoverFiles(settings.root, settings.targets);
const texts: { path: string; text: string }[] = [];
let chars = 0;
for (const file of files) {
  const outcome = readTextFileSync(file.absPath, settings.maxFileSize);
  if (outcome.kind !== 'text') continue;
  texts.push({ path: file.path, text: outcome.text });
  chars += outcome.text.length;
  if (chars > maxChars) break;
}
let found = 0;
for (let round = 0; round < rounds; round++) {
  const t = performance.now();
  found = 0;
  for (const { path, text } of texts) {
    const yaml = /\.ya?ml$/i.test(path);
    found += findSecrets(text, { decodeDepth: DEFAULT_DECODE_DEPTH, ...(yaml ? { yaml: true } : {}) }).length;
  }
  const ms = performance.now() - t;
  console.log(`round ${round + 1}: ${texts.length} files, ${(chars / 1e6).toFixed(1)} M chars, ${ms.toFixed(0)} ms (${(chars / 1e3 / ms).toFixed(1)} M chars/s), ${found} found`);
}
