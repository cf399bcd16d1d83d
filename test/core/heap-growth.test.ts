/**
 * The front doors hold V8's new space near Node 20's size (src/core/heap-growth.ts). Measured in a
 * fresh Node process (vitest's own process has grown its heap before a test starts): without the
 * hold, the churn below grows the new space to 32 MB under Node 20 and 128 MB under Node 24.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ts from 'typescript';
import { afterAll, describe, expect, it } from 'vitest';

const MB = 1024 * 1024;
const CAP = 32 * MB;
const dir = mkdtempSync(path.join(os.tmpdir(), 'osl-heap-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const source = readFileSync(path.resolve(import.meta.dirname, '../../src/core/heap-growth.ts'), 'utf8');
writeFileSync(path.join(dir, 'heap-growth.mjs'), ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 } }).outputText);

/** Runs `body` after a churn helper (allocation surviving a scavenge or two, as file texts do); prints its JSON. */
function inFreshNode(body: string): Record<string, number> {
  const driver = `import { allowYoungGrowth, holdHeapGrowth, newSpaceBytes } from './heap-growth.mjs';
function churn(rounds, each = () => {}) {
  const ring = new Array(200000);
  for (let r = 0; r < rounds; r++) { for (let i = 0; i < ring.length; i++) ring[i] = { index: i, text: 'line ' + i }; each(); }
}
${body}`;
  const file = path.join(dir, `driver-${Math.random().toString(36).slice(2)}.mjs`);
  writeFileSync(file, driver);
  const run = spawnSync(process.execPath, [file], { encoding: 'utf8' });
  expect(run.stderr).toBe('');
  return JSON.parse(run.stdout) as Record<string, number>;
}

describe('holding the heap growth', () => {
  it('keeps the new space from growing until the scan lets it, then lets it grow up to the cap only', () => {
    const r = inFreshNode(`const start = newSpaceBytes();
holdHeapGrowth(); churn(20); const held = newSpaceBytes();
churn(40, allowYoungGrowth); const grown = newSpaceBytes();
console.log(JSON.stringify({ start, held, grown }));`);
    expect(r.start).toBeLessThan(CAP / 2);
    expect(r.held).toBeLessThan(CAP);
    expect(r.grown).toBeGreaterThan(r.held!);
    expect(r.grown).toBeLessThanOrEqual(CAP);
  });

  it('the churn grows the new space to the cap or beyond when nothing holds it (the test above could fail)', () => {
    const r = inFreshNode(`churn(20); console.log(JSON.stringify({ grown: newSpaceBytes() }));`);
    expect(r.grown).toBeGreaterThanOrEqual(CAP);
  });

  it('allowYoungGrowth alone (a worker, which never holds) changes nothing', () => {
    const r = inFreshNode(`churn(20, allowYoungGrowth); console.log(JSON.stringify({ grown: newSpaceBytes() }));`);
    expect(r.grown).toBeGreaterThanOrEqual(CAP);
  });
});
