import v8 from 'node:v8';

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
 * 4x after a full collection) held to 1.5x, also read at every collection: with the first alone
 * Node 24 still peaked at 245-285 MiB; with both at 230-245 MiB (bench/README.md).
 *
 * Only while a tree scan walks the tree and, if it is large, while it loads its rules and analyses
 * its files: V8 keys its code cache by the values of all its flags, so code cached under the
 * defaults is rejected while they are changed (a staged scan held from the CLI's start lost its
 * chunk cache: 57 -> 92 ms), and data written then is rejected by the next run. A small scan
 * releases before it loads a chunk; a large one pays for compiling its rules' chunks again (tens of
 * milliseconds in seconds); the flags are back to V8's defaults before the report's chunks load
 * and before the cache is written at exit.
 *
 * The flags are process-wide; a worker's own limits are set apart (src/core/workers/pool.ts).
 */
const NEW_SPACE_CAP_BYTES = 32 * 1024 * 1024;
const OLD_GENERATION_GROWING_PERCENT = 50;

/** A scan of fewer files releases the hold before it loads its rules (the corpus's 3,767 files are held). */
export const HOLD_MIN_FILES = 1000;
/** V8's defaults: 0 is its dynamic growing factor. */
const DEFAULT_GROWTH_FACTOR = 2;
const DEFAULT_GROWING_PERCENT = 0;

let enabled = false;
let held = false;
let growing = true;
let capBytes = NEW_SPACE_CAP_BYTES;

/** The front doors (CLI, Action): their large scans hold the heap's growth. Library callers keep V8's defaults. */
export function enableHeapHold(): void {
  enabled = true;
}

/**
 * A tree scan, from its start: holds the growth (a walk of 20,000 files grew Node 24's new space
 * to 32 MB, and loading the rules to 64). Returns whether it did. `cap` is for the test (Node 20
 * never grows past the default anyway).
 */
export function holdHeapGrowth(cap = NEW_SPACE_CAP_BYTES): boolean {
  if (!enabled || held) return false;
  held = true;
  capBytes = cap;
  v8.setFlagsFromString(`--heap-growing-percent=${OLD_GENERATION_GROWING_PERCENT}`);
  setYoungGrowth(false);
  return true;
}

/** A small scan, or the analysis is over (or failed): V8's defaults again, so code cached from here on is valid. */
export function releaseHeapGrowth(): void {
  if (!held) return;
  held = false;
  setYoungGrowth(true);
  v8.setFlagsFromString(`--heap-growing-percent=${DEFAULT_GROWING_PERCENT}`);
}

/** Called once per analysed file (1-3 µs): lets the new space grow while it is below the cap. */
export function allowYoungGrowth(): void {
  if (held) setYoungGrowth(newSpaceBytes() < capBytes);
}

/** The main thread's new space, as V8 reports it; exported for the test. */
export function newSpaceBytes(): number {
  for (const space of v8.getHeapSpaceStatistics()) if (space.space_name === 'new_space') return space.space_size;
  // No new space by that name (a future V8): treated as full, so it is left as it is.
  return Infinity;
}

function setYoungGrowth(grow: boolean): void {
  if (grow === growing) return;
  growing = grow;
  v8.setFlagsFromString(`--semi-space-growth-factor=${grow ? DEFAULT_GROWTH_FACTOR : 1}`);
}
