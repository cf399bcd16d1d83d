/**
 * A large scan holds the heap's growth while it analyses files and gives V8 its defaults back
 * afterwards (src/core/heap-growth.ts). Seen through what the release exists to protect: V8's
 * code cache, keyed by the flags' values. Data is made before the scans; each check compiles the
 * same text under a new name, which misses this isolate's own compilation cache, so V8 really
 * checks the data. The first test runs before any enables the hold (enabling is for good).
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

/** Scans `root` in this thread, noting after its first and its last analysed file whether the data is rejected. */
async function scanNoting(root: string): Promise<{ first: boolean | null; last: boolean | null; files: number }> {
  const noted: { first: boolean | null; last: boolean | null } = { first: null, last: null };
  const logger: Logger = {
    ...silentLogger,
    progress: (done, total) => {
      if (done === 1) noted.first = cachedCodeRejected();
      if (done === total) noted.last = cachedCodeRejected();
    },
  };
  const report = await scan(defaultSettings(root), logger, { threads: 0 });
  return { ...noted, files: report.stats.filesScanned };
}

describe('the heap hold around a scan', () => {
  it('is off for any scan until a front door enables it, and for a scan of fewer files', async () => {
    expect(cachedCodeRejected()).toBe(false);
    expect(await scanNoting(treeOf(HOLD_MIN_FILES))).toEqual({ first: false, last: false, files: HOLD_MIN_FILES });
    enableHeapHold('always');
    expect(await scanNoting(treeOf(HOLD_MIN_FILES - 1))).toEqual({ first: false, last: false, files: HOLD_MIN_FILES - 1 });
    expect(cachedCodeRejected()).toBe(false);
  });

  it('holds while a large scan analyses its files and releases when it is over', async () => {
    enableHeapHold('always');
    expect(await scanNoting(treeOf(HOLD_MIN_FILES))).toEqual({ first: true, last: true, files: HOLD_MIN_FILES });
    expect(cachedCodeRejected()).toBe(false);
  });

  it('keeps a large scan held while a small one beside it starts and ends, and releases after both', async () => {
    enableHeapHold('always');
    const large = treeOf(HOLD_MIN_FILES);
    const small = treeOf(3);
    const [big] = await Promise.all([scanNoting(large), scanNoting(small)]);
    expect(big).toEqual({ first: true, last: true, files: HOLD_MIN_FILES });
    expect(cachedCodeRejected()).toBe(false);
  });

  it('releases when a scan fails', async () => {
    enableHeapHold('always');
    const settings = { ...defaultSettings(treeOf(HOLD_MIN_FILES)), changedLines: null };
    const failing: Logger = {
      ...silentLogger,
      progress: (done) => {
        if (done === 10) throw new Error('stopped on purpose');
      },
    };
    await expect(scan(settings, failing, { threads: 0 })).rejects.toThrow('stopped on purpose');
    expect(cachedCodeRejected()).toBe(false);
  });
});
