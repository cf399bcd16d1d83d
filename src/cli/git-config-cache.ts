import { readFileSync } from 'node:fs';
import path from 'node:path';
import { useConfigListingStore, type ConfigListingStore } from '../util/git.js';
import { compileCacheDirectory, writePrivate } from './compile-cache.js';

/** One file in the private cache folder, next to the chunk cache (never pruned with it). */
export const LISTINGS_FILE = 'git-config-listings.json';
/** Repositories kept: the ones used last. A pre-commit user works in a handful. */
export const MAX_LISTINGS = 64;

interface Listing {
  identity: string;
  names: string[];
  /** When it was written (ms): the newest MAX_LISTINGS are kept. */
  at: number;
}

/**
 * The git runner's config listings (src/util/git.ts, ConfigListingStore) kept between runs, so that
 * a pre-commit scan starts one git process instead of two. The file lives in the folder
 * compileCacheDirectory vets (ours, private, not swappable by others): a listing decides which
 * keys git is made to ignore, so it must not come from anyone else. A file that cannot be read or
 * parsed is no cache (every repository is listed again); one that cannot be written is no error.
 */
export function gitConfigListingStore(env: NodeJS.ProcessEnv, now: () => number = Date.now): ConfigListingStore | null {
  if (env.NODE_DISABLE_COMPILE_CACHE !== undefined) return null;
  const dir = compileCacheDirectory(env);
  if (dir === null) return null;
  const file = path.join(dir, LISTINGS_FILE);
  let listings: Map<string, Listing> | null = null;
  const load = (): Map<string, Listing> => (listings ??= readListings(file));
  return {
    get(top, identity) {
      const kept = load().get(top);
      return kept !== undefined && kept.identity === identity ? kept.names : null;
    },
    set(top, identity, names) {
      const all = load();
      all.delete(top);
      all.set(top, { identity, names: [...names], at: now() });
      const newest = [...all].sort((a, b) => b[1].at - a[1].at).slice(0, MAX_LISTINGS);
      writePrivate(file, Buffer.from(JSON.stringify({ version: 1, listings: newest.map(([top, l]) => [top, l.identity, l.names, l.at]) })));
    },
  };
}

function readListings(file: string): Map<string, Listing> {
  const listings = new Map<string, Listing>();
  try {
    const parsed = JSON.parse(readFileSync(file, 'utf8')) as { version?: unknown; listings?: unknown };
    if (parsed.version !== 1 || !Array.isArray(parsed.listings)) return listings;
    for (const entry of parsed.listings as unknown[]) {
      if (!Array.isArray(entry) || entry.length !== 4) continue;
      const [top, identity, names, at] = entry as unknown[];
      if (typeof top !== 'string' || typeof identity !== 'string' || typeof at !== 'number') continue;
      if (!Array.isArray(names) || !names.every((name) => typeof name === 'string')) continue;
      listings.set(top, { identity, names: names as string[], at });
    }
  } catch {
    // missing, unreadable or not ours to parse: nothing kept
  }
  return listings;
}

/** Installs the store for this process's git calls (the CLI entry; tests install their own). */
export function installGitConfigCache(env: NodeJS.ProcessEnv): void {
  useConfigListingStore(gitConfigListingStore(env));
}
