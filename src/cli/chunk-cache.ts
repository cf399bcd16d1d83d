import { createHash } from 'node:crypto';
import { isAscii } from 'node:buffer';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import vm from 'node:vm';
import { DEFAULT_FLAGS_KEY, type UnderDefaultFlags } from '../core/default-flags-key.js';
import { compileCacheDirectory, pruneCache, writePrivate } from './compile-cache.js';

/**
 * Where the bundle's chunk loader (patched in by scripts/build.mjs) looks for this loader. A
 * chunk it does not take (or any failure) goes through the bundler's own `import()`.
 */
export const CHUNK_LOADER_KEY = Symbol.for('openai-secret-lint.load-chunk');

export interface LoadedChunk {
  id: number | string;
  ids: (number | string)[];
  modules: Record<string, unknown>;
}

/** The three export lines every chunk of the bundle starts with (webpack's ESM chunk format). */
const CHUNK_HEAD = /^export const id = (\d+);\nexport const ids = \[([\d, ]+)\];\nexport const modules = /;

/**
 * Without a cache each run parses and compiles the lazily loaded chunks again: most of a staged
 * scan's start-up. Chunks are compiled as scripts with V8's code cache, kept in a private per-user
 * directory (src/cli/compile-cache.ts), one file per chunk content (SHA-256 of the text, Node's
 * version and architecture in the name: a changed or foreign file is never used, and V8 rejects
 * data of another build anyway). The data is written at exit, after the run compiled what it
 * used, so the next run skips those functions' compilation too; a run that writes also drops the
 * oldest entries beyond a bound (pruneCache), so upgrades do not pile up old builds' data.
 *
 * On every Node: Node 20 has no compile cache of its own, and on Node 24 this measured faster
 * than `module.enableCompileCache` (a staged scan's median 101 against 115 ms, bench/README.md):
 * a chunk then skips the ESM loader's resolve and translate steps as well as compilation.
 * Installed in the main thread and in workers (only the main thread writes: `writes`), and never when
 * NODE_DISABLE_COMPILE_CACHE is set, even empty, as Node reads its own switch.
 */
export function installChunkCache(entryUrl: string, env: NodeJS.ProcessEnv, writes: boolean): void {
  if (env.NODE_DISABLE_COMPILE_CACHE !== undefined) return;
  const dir = compileCacheDirectory(env);
  if (dir === null) return;
  const base = path.dirname(fileURLToPath(entryUrl));
  const pending: { file: string; script: vm.Script }[] = [];
  const used = new Set<string>();
  const loader = (chunkFile: string): Promise<LoadedChunk> | undefined => {
    try {
      const filename = path.join(base, chunkFile);
      const bytes = readFileSync(filename);
      // The build writes chunks in ASCII (scripts/ascii-chunks.mjs): Latin-1 is then a plain copy
      // into a one-byte string, where UTF-8 decoding made a two-byte one, 2-3 times slower.
      const source = isAscii(bytes) ? bytes.toString('latin1') : bytes.toString('utf8');
      const head = CHUNK_HEAD.exec(source);
      if (!head) return undefined;
      const key = createHash('sha256').update(bytes).update(`\0${process.version}\0${process.arch}`).digest('hex');
      const file = path.join(dir, `chunk-${key}.v8`);
      used.add(path.basename(file));
      let cachedData: Buffer | undefined;
      try {
        cachedData = readFileSync(file);
      } catch {
        cachedData = undefined;
      }
      // Same line numbers as the file (stack traces), strict as a module is.
      const body = `(function () { 'use strict'; const id = ${head[1]};\nconst ids = [${head[2]}];\nconst modules = ${source.slice(head[0].length)}\nreturn { id, ids, modules };\n})`;
      // V8 keys cached code by its flags' values: a large scan holding the heap's growth sets two
      // (src/core/heap-growth.ts), which would reject the data and have it written again at exit.
      const underDefaults = (globalThis as Record<symbol, unknown>)[DEFAULT_FLAGS_KEY] as UnderDefaultFlags | undefined;
      const script = underDefaults ? underDefaults(() => compile(body, filename, cachedData)) : compile(body, filename, cachedData);
      if (!cachedData || script.cachedDataRejected) pending.push({ file, script });
      const chunk = (script.runInThisContext() as () => LoadedChunk)();
      return Promise.resolve(chunk);
    } catch {
      return undefined;
    }
  };
  (globalThis as Record<symbol, unknown>)[CHUNK_LOADER_KEY] = loader;
  if (!writes) return;
  process.once('exit', () => {
    if (pending.length === 0) return;
    for (const { file, script } of pending) writePrivate(file, script.createCachedData());
    pruneCache(dir, used);
  });
}

/**
 * A chunk that uses `import.meta.url` (the worker pool's fallback entry) is not a script as it
 * is: only when it does not compile as written, its uses get the chunk's URL, as a module has.
 */
function compile(body: string, filename: string, cachedData: Buffer | undefined): vm.Script {
  const options = { filename, ...(cachedData ? { cachedData } : {}) };
  try {
    return new vm.Script(body, options);
  } catch (error) {
    if (!(error instanceof SyntaxError) || !body.includes('import.meta.url')) throw error;
    return new vm.Script(body.split('import.meta.url').join(JSON.stringify(pathToFileURL(filename).href)), options);
  }
}
