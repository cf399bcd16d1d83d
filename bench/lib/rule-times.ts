/**
 * Bench-only: where a scan's time goes, per rule and per file kind, in one thread, one process.
 * Usage (bundled): node rule-times.js ROOT [ROUNDS]. The first round warms the JIT; the last counts.
 * With RT_PARSE_FIRST=1 every file's whole YAML parse is timed on its own line (`yaml parse`)
 * before the rules run, instead of being charged to the first rule that asks for it.
 */
import { FILE_RULES } from '../../src/analyzers/registry.js';
import type { ScanContext } from '../../src/analyzers/types.js';
import { makeSourceFile } from '../../src/core/analyze.js';
import { loadLibrariesFor } from '../../src/core/libraries.js';
import { silentLogger } from '../../src/core/logger.js';
import { defaultSettings } from '../../src/core/settings.js';
import { discoverFiles } from '../../src/discover/files.js';
import { readTextFileSync } from '../../src/discover/read-text.js';

const [root, roundsArg] = process.argv.slice(2);
if (!root) throw new Error('usage: rule-times ROOT [ROUNDS]');
const rounds = Number(roundsArg ?? 2);
const settings = defaultSettings(root);
// The scan loads the YAML library and the structural rules on demand; here every rule runs.
await loadLibrariesFor(settings, 'all');
const { files } = await discoverFiles(settings.root, settings.targets);
const context: ScanContext = { settings, logger: silentLogger, files, diagnostic: () => {} };
let byRule = new Map<string, number>();
let read = 0;
let source = 0;
let parse = 0;
const parseFirst = process.env.RT_PARSE_FIRST === '1';
const slowest: [number, string][] = [];
for (let round = 0; round < rounds; round++) {
  byRule = new Map();
  read = 0;
  source = 0;
  parse = 0;
  slowest.length = 0;
  for (const file of files) {
    const t0 = performance.now();
    const outcome = readTextFileSync(file.absPath, settings.maxFileSize);
    const t1 = performance.now();
    read += t1 - t0;
    if (outcome.kind !== 'text') continue;
    const src = makeSourceFile(file, outcome.text, context);
    source += performance.now() - t1;
    let fileMs = 0;
    if (parseFirst && /\.ya?ml$/i.test(file.path)) {
      const p0 = performance.now();
      src.yaml();
      fileMs = performance.now() - p0;
      parse += fileMs;
    }
    for (const rule of FILE_RULES) {
      const s = performance.now();
      try {
        if (rule.appliesTo(src)) rule.check(src, context);
      } catch {
        // counted as time all the same
      }
      const ms = performance.now() - s;
      fileMs += ms;
      byRule.set(rule.meta.id, (byRule.get(rule.meta.id) ?? 0) + ms);
    }
    slowest.push([fileMs, `${file.path} (${outcome.text.length} chars)`]);
  }
}
const total = [...byRule.values()].reduce((a, b) => a + b, 0);
console.log(`files ${files.length}; read ${read.toFixed(0)} ms; makeSourceFile ${source.toFixed(0)} ms;${parseFirst ? ` yaml parse ${parse.toFixed(0)} ms;` : ''} rules ${total.toFixed(0)} ms`);
for (const [id, ms] of [...byRule].sort((a, b) => b[1] - a[1])) if (ms >= 1) console.log(`${ms.toFixed(0).padStart(7)}  ${id}`);
console.log('slowest files:');
for (const [ms, name] of slowest.sort((a, b) => b[0] - a[0]).slice(0, 15)) console.log(`${ms.toFixed(0).padStart(7)}  ${name}`);
