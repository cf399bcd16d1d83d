import { loadYaml } from '../../src/yaml/load.js';
import { decisive } from '../helpers/yaml-nodes.js';
import { isDeepStrictEqual } from 'node:util';

export interface Result { taken: boolean; fail?: string; detail?: unknown }

export function check(text: string): Result {
  let fast;
  try {
    fast = loadYaml('f.yaml', text, { fast: true });
  } catch (e) {
    return { taken: false, fail: 'throw', detail: String(e) };
  }
  if (!fast.fast) return { taken: false };
  const exact = loadYaml('f.yaml', text);
  if (!(exact.ok && exact.diagnostics.length === 0)) return { taken: true, fail: 'exact-error', detail: exact.diagnostics.map((d) => d.message) };
  const a = decisive(fast.documents), b = decisive(exact.documents);
  if (!isDeepStrictEqual(a, b)) {
    // find first differing
    const diffs: unknown[] = [];
    const n = Math.max(a.length, b.length);
    for (let i = 0; i < n; i++) if (!isDeepStrictEqual(a[i], b[i])) { diffs.push({ i, fast: a[i], exact: b[i] }); if (diffs.length > 2) break; }
    return { taken: true, fail: 'decisive', detail: diffs };
  }
  if (!isDeepStrictEqual(fast.lineCounter.lineStarts, exact.lineCounter.lineStarts)) return { taken: true, fail: 'lineStarts' };
  return { taken: true };
}

/** Shortest failing text with the same fail kind, by greedy deletion of chars/lines. */
export function minimise(text: string, kind: string): string {
  const fails = (t: string) => check(t).fail === kind;
  let cur = text;
  let changed = true;
  while (changed) {
    changed = false;
    // delete lines
    const lines = cur.split('\n');
    for (let i = 0; i < lines.length; i++) {
      const t = [...lines.slice(0, i), ...lines.slice(i + 1)].join('\n');
      if (fails(t)) { cur = t; changed = true; break; }
    }
    if (changed) continue;
    for (let len = 4; len >= 1 && !changed; len >>= 1) {
      for (let i = 0; i + len <= cur.length; i++) {
        const t = cur.slice(0, i) + cur.slice(i + len);
        if (fails(t)) { cur = t; changed = true; break; }
      }
    }
    if (changed) continue;
    // replace chars by simpler ones
    for (let i = 0; i < cur.length && !changed; i++) {
      for (const r of ['a', ' ']) {
        if (cur[i] === r || /[a ]/.test(cur[i]!)) continue;
        const t = cur.slice(0, i) + r + cur.slice(i + 1);
        if (fails(t)) { cur = t; changed = true; break; }
      }
    }
  }
  return cur;
}
