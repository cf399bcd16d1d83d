/**
 * The build's patch of the bundler's chunk loading (scripts/chunk-loader.mjs): the loader it
 * points at compiles chunks as scripts, so a chunk with a real dynamic import() must stop the
 * build instead of failing at run time.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs build script without types
import { patchChunkLoader } from '../../scripts/chunk-loader.mjs';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

function bundle(chunk: string): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'osl-chunks-'));
  dirs.push(dir);
  writeFileSync(path.join(dir, 'index.js'), 'const load = (chunkId) => import("./" + __nccwpck_require__.u(chunkId));\n');
  writeFileSync(path.join(dir, '12.index.js'), chunk);
  return path.join(dir, 'index.js');
}

describe('patchChunkLoader', () => {
  it('asks the chunk loader first, and patches once', () => {
    const entry = bundle('export const id = 12;\n/** @param {import(\'node:stream\').Duplex} s */\nconst a = __nccwpck_require__.e(/* import() */ 3);\n');
    patchChunkLoader(entry);
    const patched = readFileSync(entry, 'utf8');
    expect(patched).toContain('globalThis[Symbol.for("openai-secret-lint.load-chunk")]?.(__nccwpck_require__.u(chunkId))');
    patchChunkLoader(entry);
    expect(readFileSync(entry, 'utf8')).toBe(patched);
  });

  it('stops the build on a chunk with a real dynamic import()', () => {
    const entry = bundle('export const id = 12;\nconst fs = () => import("node:fs");\n');
    expect(() => patchChunkLoader(entry)).toThrow(/12\.index\.js: a chunk holds a dynamic import\(\)/);
  });
});
