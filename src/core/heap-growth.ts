import v8 from 'node:v8';

/**
 * Keeps the CLI's and the Action's memory near Node 20's under Node 22 and later (issue 20: peak
 * RSS at most 256 MB on the 200 MB benchmark tree, under both Nodes).
 *
 * V8 grows the new space (two semi-spaces) by `--semi-space-growth-factor` after scavenges, up to a
 * maximum fixed when the heap is set up. Node 22+ sets that maximum from the machine's memory (64 MB
 * semi-spaces against Node 20's 16 MB), and neither the npm bin nor the Action can pass a flag at
 * start: on `big` the main thread's new space reached 128 MB and the CLI's peak RSS 360 MiB under
 * Node 24 (230 MiB under Node 20), for no speed. The growth factor, unlike the maximum, is read at
 * every growth: it is 1 (no growth) from the front door's start, and 2 only while the scan analyses
 * files and the new space is below Node 20's size. The old generation's growing factor is V8's
 * dynamic one (up to 4x after a full collection) held to 1.5x, also read at every collection: with
 * the first alone Node 24 still peaked at 245-285 MiB; with both at 230-245 MiB (Node 20: 200 MiB),
 * for 1-5% of the time (bench/README.md).
 *
 * The flags are process-wide. A worker's own limits are set apart (src/core/workers/pool.ts); it
 * never holds, so `allowYoungGrowth` does nothing there.
 */
const NEW_SPACE_CAP_BYTES = 32 * 1024 * 1024;
const OLD_GENERATION_GROWING_PERCENT = 50;

let held = false;
/** V8's default growth factor is 2. */
let growing = true;

/** Front doors, at start: the new space grows only as `allowYoungGrowth` lets it. */
export function holdHeapGrowth(): void {
  held = true;
  v8.setFlagsFromString(`--heap-growing-percent=${OLD_GENERATION_GROWING_PERCENT}`);
  setYoungGrowth(false);
}

/** Called once per analysed file (1-3 µs): lets the new space grow while it is below the cap. */
export function allowYoungGrowth(): void {
  if (held) setYoungGrowth(newSpaceBytes() < NEW_SPACE_CAP_BYTES);
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
  v8.setFlagsFromString(`--semi-space-growth-factor=${grow ? 2 : 1}`);
}
