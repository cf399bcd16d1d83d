// Points the CLI bundle's chunk loader at src/cli/chunk-cache.ts: webpack's runtime loads a chunk
// with `import()`; after this patch it first asks the loader the entry installs (on every Node)
// and falls back to `import()` when there is none or it declines. Fails loudly when the runtime no
// longer has the expected shape, or when a chunk holds a real `import()`: the loader compiles
// chunks as scripts, where a dynamic import has no module loader to go to.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const LOADING = 'import("./" + __nccwpck_require__.u(chunkId))';
const PATCHED = '(globalThis[Symbol.for("openai-secret-lint.load-chunk")]?.(__nccwpck_require__.u(chunkId)) ?? import("./" + __nccwpck_require__.u(chunkId)))';

export function patchChunkLoader(entryFile) {
  const dir = path.dirname(entryFile);
  for (const name of readdirSync(dir)) {
    if (!/^\d+\.index\.js$/.test(name)) continue;
    // Code lines only: JSDoc types (`@param {import('x')}`) and comments name import() freely.
    const code = readFileSync(path.join(dir, name), 'utf8').split('\n').filter((line) => !/^\s*(\*|\/\/|\/\*)/.test(line));
    const dynamic = code.find((line) => /(^|[^.\w$])import\s*\(/.test(line.replace(/\/\* import\(\) \*\//g, '')));
    if (dynamic) throw new Error(`${name}: a chunk holds a dynamic import(), which the chunk loader's scripts cannot run: ${dynamic.trim().slice(0, 120)}`);
  }
  const text = readFileSync(entryFile, 'utf8');
  if (text.includes(PATCHED)) return;
  const parts = text.split(LOADING);
  if (parts.length !== 2) throw new Error(`${entryFile}: expected the bundler's chunk loading once, found it ${parts.length - 1} times`);
  writeFileSync(entryFile, parts.join(PATCHED));
}
