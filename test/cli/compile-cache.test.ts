import { chmodSync, mkdirSync, mkdtempSync, rmSync, statSync, symlinkSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { compileCacheDirectory } from '../../src/cli/compile-cache.js';

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
});
