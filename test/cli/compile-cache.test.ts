import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { MAX_CACHE_FILES, compileCacheDirectory, pruneCache } from '../../src/cli/compile-cache.js';

const made: string[] = [];
function tempBase(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'osl-cc-'));
  made.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('compile cache directory', () => {
  it('is created private under XDG_CACHE_HOME', () => {
    const base = tempBase();
    const dir = compileCacheDirectory({ XDG_CACHE_HOME: base });
    expect(dir).toBe(path.join(base, 'openai-secret-lint', 'compile-cache'));
    expect(statSync(dir!).mode & 0o077).toBe(0);
  });

  it('is refused when others can write to it (a planted cache would be code we run)', () => {
    const base = tempBase();
    const dir = path.join(base, 'openai-secret-lint', 'compile-cache');
    mkdirSync(dir, { recursive: true });
    chmodSync(dir, 0o777);
    expect(compileCacheDirectory({ XDG_CACHE_HOME: base })).toBeNull();
  });

  it('is refused when it is a symbolic link to somewhere else', () => {
    const base = tempBase();
    const elsewhere = path.join(base, 'elsewhere');
    mkdirSync(elsewhere, { mode: 0o700 });
    mkdirSync(path.join(base, 'openai-secret-lint'));
    symlinkSync(elsewhere, path.join(base, 'openai-secret-lint', 'compile-cache'));
    expect(compileCacheDirectory({ XDG_CACHE_HOME: base })).toBeNull();
  });

  it('ignores a relative XDG_CACHE_HOME, which would put the cache in the scanned repository', () => {
    const dir = compileCacheDirectory({ XDG_CACHE_HOME: 'relative/cache' });
    expect(dir === null || dir.startsWith(os.homedir())).toBe(true);
  });

  it('is refused when others can write to the folder it sits in (they could swap it for theirs)', () => {
    const base = tempBase();
    mkdirSync(path.join(base, 'openai-secret-lint', 'compile-cache'), { recursive: true, mode: 0o700 });
    chmodSync(path.join(base, 'openai-secret-lint'), 0o777);
    expect(compileCacheDirectory({ XDG_CACHE_HOME: base })).toBeNull();
    chmodSync(path.join(base, 'openai-secret-lint'), 0o700);
    expect(compileCacheDirectory({ XDG_CACHE_HOME: base })).toBe(path.join(base, 'openai-secret-lint', 'compile-cache'));
  });

  it('is refused under a base others can write to, unless its sticky bit stops them renaming our folder', () => {
    const base = tempBase();
    chmodSync(base, 0o777);
    expect(compileCacheDirectory({ XDG_CACHE_HOME: base })).toBeNull();
    chmodSync(base, 0o1777);
    expect(compileCacheDirectory({ XDG_CACHE_HOME: base })).toBe(path.join(base, 'openai-secret-lint', 'compile-cache'));
  });

  it('is refused under a folder higher up that others can write to without the sticky bit', () => {
    const above = tempBase();
    const base = path.join(above, 'home', '.cache');
    mkdirSync(base, { recursive: true, mode: 0o700 });
    chmodSync(path.join(above, 'home'), 0o700);
    expect(compileCacheDirectory({ XDG_CACHE_HOME: base })).toBe(path.join(base, 'openai-secret-lint', 'compile-cache'));
    chmodSync(above, 0o777);
    expect(compileCacheDirectory({ XDG_CACHE_HOME: base })).toBeNull();
    chmodSync(above, 0o1777);
    expect(compileCacheDirectory({ XDG_CACHE_HOME: base })).toBe(path.join(base, 'openai-secret-lint', 'compile-cache'));
  });
});

describe('compile cache pruning', () => {
  const name = (i: number) => `chunk-${i.toString(16).padStart(64, '0')}.v8`;
  const fill = (dir: string, count: number, now: number) => {
    for (let i = 0; i < count; i++) {
      writeFileSync(path.join(dir, name(i)), 'x');
      // Entry i was written i minutes after entry 0.
      const time = (now - (count - i) * 60_000) / 1000;
      utimesSync(path.join(dir, name(i)), time, time);
    }
  };

  it('drops the oldest entries beyond the bound, never this run\'s, and leaves other files alone', () => {
    const dir = tempBase();
    const now = Date.now();
    fill(dir, MAX_CACHE_FILES + 10, now);
    writeFileSync(path.join(dir, 'notes.txt'), 'mine');
    const keep = new Set([name(0), name(3)]);
    pruneCache(dir, keep, now);
    const left = readdirSync(dir);
    expect(left.filter((f) => f.endsWith('.v8'))).toHaveLength(MAX_CACHE_FILES);
    for (const kept of keep) expect(left).toContain(kept);
    // The ten oldest others went: 1, 2, 4 … 11.
    for (const i of [1, 2, 4, 5, 6, 7, 8, 9, 10, 11]) expect(left).not.toContain(name(i));
    expect(left).toContain(name(12));
    expect(left).toContain('notes.txt');
  });

  it('keeps a cache within the bound as it is, and removes only stale temporary files', () => {
    const dir = tempBase();
    const now = Date.now();
    fill(dir, 5, now);
    const stale = path.join(dir, `${name(99)}.123.tmp`);
    const fresh = path.join(dir, `${name(98)}.124.tmp`);
    writeFileSync(stale, '');
    writeFileSync(fresh, '');
    utimesSync(stale, (now - 2 * 3_600_000) / 1000, (now - 2 * 3_600_000) / 1000);
    pruneCache(dir, new Set(), now);
    expect(readdirSync(dir).filter((f) => f.endsWith('.v8'))).toHaveLength(5);
    expect(existsSync(stale)).toBe(false);
    expect(existsSync(fresh)).toBe(true);
  });
});
