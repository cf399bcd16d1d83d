/**
 * The CLI's file for kept config listings (src/cli/git-config-cache.ts): in the private cache
 * folder, bounded, ignored when damaged, and never used when the cache is switched off or the
 * folder is not private.
 */
import { chmodSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { gitConfigListingStore, LISTINGS_FILE, MAX_LISTINGS } from '../../src/cli/git-config-cache.js';
import { cleanupTempDirs, tempDir } from '../helpers/repo.js';

afterAll(cleanupTempDirs);

const cacheEnv = () => ({ XDG_CACHE_HOME: tempDir('osl-cache-') });
const fileOf = (env: { XDG_CACHE_HOME: string }) => path.join(env.XDG_CACHE_HOME, 'openai-secret-lint', 'compile-cache', LISTINGS_FILE);

describe('gitConfigListingStore', () => {
  it('keeps a listing for the next run, under its identity only, in a file only we can read', () => {
    const env = cacheEnv();
    gitConfigListingStore(env)!.set('/repo/a', 'id-1', ['core.bare', 'diff.x.textconv']);
    const next = gitConfigListingStore(env)!;
    expect(next.get('/repo/a', 'id-1')).toEqual(['core.bare', 'diff.x.textconv']);
    expect(next.get('/repo/a', 'id-2')).toBeNull();
    expect(next.get('/repo/b', 'id-1')).toBeNull();
    if (process.platform !== 'win32') expect(statSync(fileOf(env)).mode & 0o777).toBe(0o600);
  });

  it(`keeps the ${MAX_LISTINGS} repositories written last`, () => {
    const env = cacheEnv();
    let clock = 0;
    const store = gitConfigListingStore(env, () => ++clock)!;
    for (let i = 0; i < MAX_LISTINGS + 6; i++) store.set(`/repo/${i}`, 'id', ['core.bare']);
    const next = gitConfigListingStore(env)!;
    expect(next.get('/repo/5', 'id')).toBeNull();
    expect(next.get('/repo/6', 'id')).toEqual(['core.bare']);
    expect(next.get(`/repo/${MAX_LISTINGS + 5}`, 'id')).toEqual(['core.bare']);
    expect((JSON.parse(readFileSync(fileOf(env), 'utf8')) as { listings: unknown[] }).listings).toHaveLength(MAX_LISTINGS);
  });

  it.each([
    ['not JSON', '{"version":1,"listings":[['],
    ['another version', JSON.stringify({ version: 2, listings: [['/repo/a', 'id', ['core.bare'], 1]] })],
    ['names that are not strings', JSON.stringify({ version: 1, listings: [['/repo/a', 'id', [1], 1]] })],
    ['an entry of another shape', JSON.stringify({ version: 1, listings: [{ top: '/repo/a', identity: 'id', names: [] }] })],
  ])('takes a file that is %s as no cache', (_, content) => {
    const env = cacheEnv();
    gitConfigListingStore(env); // creates the folder
    writeFileSync(fileOf(env), content);
    const store = gitConfigListingStore(env)!;
    expect(store.get('/repo/a', 'id')).toBeNull();
    // and replaces it on the next write
    store.set('/repo/a', 'id', ['core.bare']);
    expect(gitConfigListingStore(env)!.get('/repo/a', 'id')).toEqual(['core.bare']);
  });

  it('is off with NODE_DISABLE_COMPILE_CACHE (even empty) and in a cache folder others can write', () => {
    expect(gitConfigListingStore({ ...cacheEnv(), NODE_DISABLE_COMPILE_CACHE: '' })).toBeNull();
    if (process.platform === 'win32') return;
    const env = cacheEnv();
    const ours = path.join(env.XDG_CACHE_HOME, 'openai-secret-lint');
    mkdirSync(ours, { recursive: true });
    chmodSync(ours, 0o777);
    expect(gitConfigListingStore(env)).toBeNull();
  });
});
