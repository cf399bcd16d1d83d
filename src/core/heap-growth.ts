import v8 from 'node:v8';
import { DEFAULT_FLAGS_KEY, type UnderDefaultFlags } from './default-flags-key.js';

/**
 * Keeps a large scan's memory near Node 20's under Node 22 and later (issue 20: peak RSS at most
 * 256 MB on the 200 MB benchmark tree, under both Nodes).
 *
 * V8 grows the new space (two semi-spaces) by `--semi-space-growth-factor` after scavenges, up to a
 * maximum fixed when the heap is set up. Node 22+ sets that maximum from the machine's memory (64 MB
 * semi-spaces against Node 20's 16 MB), and neither the npm bin nor the Action can pass a flag at
 * start: on `big` the main thread's new space reached 128 MB and the CLI's peak RSS 360 MiB under
 * Node 24 (230 MiB under Node 20), for no speed. The growth factor, unlike the maximum, is read at
 * every growth: while a large scan analyses its files it is 1 (no growth) once the new space has
 * reached Node 20's size, 2 below it. The old generation's growing factor is V8's dynamic one (up to
 * 4x after a full collection) held to 1.35x, also read at every collection: with the first alone
 * Node 24 still peaked at 255-294 MiB; with both at 218-241 MiB (1.5x: 228-254, too near the
 * target; 2x: 251-286), for no measurable time (bench/README.md).
 *
 * Not while code is compiled from V8's code cache, which is keyed by the values of all its flags:
 * cached code is rejected while they are changed (a staged scan held from the CLI's start lost its
 * chunk cache: 57 -> 92 ms), and data written then is rejected by the next run. A tree scan holds
 * while it walks the tree and, if it is large, until its files are analysed (src/core/scan.ts); a
 * small one releases before it loads its rules' chunks, and a large one's chunk loader compiles
 * under V8's defaults (`underDefaultFlags`). Worker threads compile the bundle under the held flags:
 * their cached code is rejected (about 20 ms of each worker's start, beside the main thread).
 *
 * The flags are process-wide (worker threads included); holds are counted, so that scans running
 * side by side (an organisation audit) keep them until the last one releases.
 */
const NEW_SPACE_CAP_BYTES = 32 * 1024 * 1024;
const OLD_GENERATION_GROWING_PERCENT = 35;

/** A scan of fewer files does not hold while it analyses them (the corpus's 3,767 files are held). */
export const HOLD_MIN_FILES = 1000;
/**
 * V8's defaults (`node --v8-options`, Node 20 and 24): 0 is its dynamic growing factor. What the
 * last release restores, whatever the process started with (`node --heap-growing-percent=…` is
 * not kept): V8 offers no way to read a flag back.
 */
const DEFAULT_GROWTH_FACTOR = 2;
const DEFAULT_GROWING_PERCENT = 0;

export interface HeapHold {
  /** Ends this hold (again: nothing); the last one ends restores V8's defaults. */
  release(): void;
}

let enabled = false;
let holders = 0;
let growing = true;
let capBytes = NEW_SPACE_CAP_BYTES;

/**
 * The front doors (CLI, Action): their scans hold the heap's growth where V8 sizes the young
 * generation from the machine's memory (V8 12+, Node 22+; Node 20's is at most 16 MB semi-spaces,
 * and holding there cost the corpus 6-12 % for memory it did not need). `always`: any V8 (tests).
 * Library callers keep V8's defaults. Returns whether holds now take effect.
 */
export function enableHeapHold(when: 'young-sized-from-memory' | 'always' = 'young-sized-from-memory'): boolean {
  if (when === 'always' || Number(process.versions.v8.split('.')[0]) >= 12) enabled = true;
  return enabled;
}

/**
 * Holds the growth until released: the new space grows only as `allowYoungGrowth` lets it, up to
 * `cap` (for the test: Node 20 never grows past the default anyway). Does nothing unless enabled.
 */
export function holdHeapGrowth(cap = NEW_SPACE_CAP_BYTES): HeapHold {
  if (!enabled) return { release() {} };
  if (holders++ === 0) {
    capBytes = cap;
    setFlags(true, false);
  }
  let released = false;
  return {
    release() {
      if (released) return;
      released = true;
      if (--holders === 0) setFlags(false, true);
    },
  };
}

/** Runs `compile` under V8's default flags, holding again afterwards (the chunk loader's compiles). */
export const underDefaultFlags: UnderDefaultFlags = (compile) => {
  if (holders === 0) return compile();
  const wasGrowing = growing;
  setFlags(false, true);
  try {
    return compile();
  } finally {
    setFlags(true, wasGrowing);
  }
};
(globalThis as Record<symbol, unknown>)[DEFAULT_FLAGS_KEY] = underDefaultFlags;

/** Called once per analysed file (1-3 µs): lets the new space grow while it is below the cap. */
export function allowYoungGrowth(): void {
  if (holders > 0) setYoungGrowth(newSpaceBytes() < capBytes);
}

/**
 * The main thread's new space, as V8 reports it; exported for the test. V8 12+ counts pages
 * allocated past the capacity between scavenges too (up to 1.4x of it under Node 24): that stops
 * the growth a little early at most, never late.
 */
export function newSpaceBytes(): number {
  for (const space of v8.getHeapSpaceStatistics()) if (space.space_name === 'new_space') return space.space_size;
  // No new space by that name (a future V8): treated as full, so it is left as it is.
  return Infinity;
}

/** The old generation held to its growing percent (or V8's default), and the new space growing or not. */
function setFlags(holdOld: boolean, growYoung: boolean): void {
  v8.setFlagsFromString(`--heap-growing-percent=${holdOld ? OLD_GENERATION_GROWING_PERCENT : DEFAULT_GROWING_PERCENT}`);
  setYoungGrowth(growYoung);
}

function setYoungGrowth(grow: boolean): void {
  if (grow === growing) return;
  growing = grow;
  v8.setFlagsFromString(`--semi-space-growth-factor=${grow ? DEFAULT_GROWTH_FACTOR : 1}`);
}
