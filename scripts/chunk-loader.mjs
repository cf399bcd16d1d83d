// Points the CLI bundle's chunk loader at src/cli/chunk-cache.ts: webpack's runtime loads a chunk
// with `import()`; after this patch it first asks the loader the entry installs (on Node 20 only,
// which has no compile cache of its own) and falls back to `import()` when there is none or it
// declines. Fails loudly when the runtime no longer has the expected shape.
import { readFileSync, writeFileSync } from 'node:fs';

const LOADING = 'import("./" + __nccwpck_require__.u(chunkId))';
const PATCHED = '(globalThis[Symbol.for("openai-secret-lint.load-chunk")]?.(__nccwpck_require__.u(chunkId)) ?? import("./" + __nccwpck_require__.u(chunkId)))';

export function patchChunkLoader(entryFile) {
  const text = readFileSync(entryFile, 'utf8');
  if (text.includes(PATCHED)) return;
  const parts = text.split(LOADING);
  if (parts.length !== 2) throw new Error(`${entryFile}: expected the bundler's chunk loading once, found it ${parts.length - 1} times`);
  writeFileSync(entryFile, parts.join(PATCHED));
}
