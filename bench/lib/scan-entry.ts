/**
 * Bench-only entry: one scan with a chosen number of worker threads (`0` = this thread), to
 * measure what the workers buy. Bundled like the CLI (workers re-enter this bundle).
 * Usage: node scan-entry.js ROOT THREADS OUT.json
 */
import { writeFileSync } from 'node:fs';
import { silentLogger } from '../../src/core/logger.js';
import { scan } from '../../src/core/scan.js';
import { defaultSettings } from '../../src/core/settings.js';

const [root, threads, out] = process.argv.slice(2);
if (!root || threads === undefined || !out) throw new Error('usage: scan-entry ROOT THREADS OUT.json');
const report = await scan(defaultSettings(root), silentLogger, { threads: threads === 'auto' ? 'auto' : Number(threads) });
writeFileSync(out, JSON.stringify(report));
