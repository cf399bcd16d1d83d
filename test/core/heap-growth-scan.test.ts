/**
 * A large scan holds the heap's growth while it analyses files and gives V8 its defaults back
 * afterwards (src/core/heap-growth.ts). Seen through what the release exists to protect: V8's
 * code cache, keyed by the flags' values. Data is made before the scan; each check compiles the
 * same text under a new name, which misses this isolate's own compilation cache, so V8 really
 * checks the data.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import { afterAll, describe, expect, it } from 'vitest';
import { enableHeapHold, HOLD_MIN_FILES } from '../../src/core/heap-growth.js';
import { silentLogger, type Logger } from '../../src/core/logger.js';
import { scan } from '../../src/core/scan.js';
import { defaultSettings } from '../../src/core/settings.js';
import { cleanupTempDirs, tempDir } from '../helpers/repo.js';

afterAll(cleanupTempDirs);

const CODE = 'function double(x) { return x * 2; }\n'.repeat(50);
const data = new vm.Script(CODE, { filename: 'made-at-defaults.js' }).createCachedData();
let checks = 0;
/** Whether the data made under V8's defaults is rejected now. */
function cachedCodeRejected(): boolean {
  return new vm.Script(CODE, { filename: `check-${checks++}.js`, cachedData: data }).cachedDataRejected === true;
}

function treeOf(files: number): string {
  const root = tempDir();
  mkdirSync(path.join(root, 'src'));
  for (let i = 0; i < files; i++) writeFileSync(path.join(root, 'src', `f${i}.txt`), `value ${i}\n`);
  return root;
}

/** Scans `root` in this thread, noting at its first analysed file whether the data is rejected. */
async function scanNoting(root: string): Promise<{ during: boolean | null; after: boolean; files: number }> {
  let during: boolean | null = null;
  const logger: Logger = { ...silentLogger, progress: (done) => void (done === 1 && (during = cachedCodeRejected())) };
  const report = await scan(defaultSettings(root), logger, { threads: 0 });
  return { during, after: cachedCodeRejected(), files: report.stats.filesScanned };
}

describe('the heap hold around a scan', () => {
  it('is off for a scan of fewer files, and for any scan until a front door enables it', async () => {
    expect(cachedCodeRejected()).toBe(false);
    expect(await scanNoting(treeOf(HOLD_MIN_FILES))).toEqual({ during: false, after: false, files: HOLD_MIN_FILES });
    enableHeapHold();
    expect(await scanNoting(treeOf(HOLD_MIN_FILES - 1))).toEqual({ during: false, after: false, files: HOLD_MIN_FILES - 1 });
  });

  it('holds while a large scan analyses its files and releases when it is over', async () => {
    enableHeapHold();
    expect(await scanNoting(treeOf(HOLD_MIN_FILES))).toEqual({ during: true, after: false, files: HOLD_MIN_FILES });
  });
});
