/**
 * The repository config listing kept between runs (ConfigListingStore in src/util/git.ts,
 * configIdentity in src/util/git-repo-files.ts): used only while the files it came from are
 * unchanged, never for a config that includes others or is reached through a link, and never
 * kept for a file changed within a clock tick or two of the listing.
 */
import { appendFileSync, mkdirSync, readFileSync, realpathSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { configIdentity, RACY_MS } from '../../src/util/git-repo-files.js';
import type { ConfigListingStore } from '../../src/util/git.js';
import { cleanupTempDirs, gitIn, makeRepo } from '../helpers/repo.js';

afterAll(cleanupTempDirs);

/** A store in memory that records what the runner asked. */
class MemoryStore implements ConfigListingStore {
  readonly kept = new Map<string, { identity: string; names: readonly string[] }>();
  readonly asked: string[] = [];
  get(top: string, identity: string): readonly string[] | null {
    this.asked.push(identity);
    const kept = this.kept.get(top);
    return kept && kept.identity === identity ? kept.names : null;
  }
  set(top: string, identity: string, names: readonly string[]): void {
    this.kept.set(top, { identity, names });
  }
}

/** The git runner as a new process would load it (its per-process memo empty), with `store`. */
async function freshRunner(store: ConfigListingStore | null) {
  vi.resetModules();
  const runner = await import('../../src/util/git.js');
  runner.useConfigListingStore(store);
  return runner;
}

const later = () => Date.now() + 10 * RACY_MS;
let aged = '';

beforeAll(async () => {
  // A repository whose config is older than RACY_MS, as a user's usually is.
  aged = realpathSync(makeRepo({ 'a.txt': 'a\n' }));
  await new Promise((resolve) => setTimeout(resolve, RACY_MS + 200));
}, 10_000);

describe('configIdentity', () => {
  it('is the same for unchanged files and changes when the config is written, even to the same size', async () => {
    const repo = makeRepo({ 'a.txt': 'a\n' });
    const first = configIdentity(repo, later());
    expect(first).toMatch(/^\d+:\d+\/\d+:\d+:\d+:\d+:\d+\/-$/);
    expect(configIdentity(repo, later())).toBe(first);
    const config = path.join(repo, '.git', 'config');
    gitIn(repo, 'config', 'user.name', 'aaaa');
    const named = configIdentity(repo, later());
    expect(named).not.toBe(first);
    // Same size, same content length: a new file put in place (as an editor saves) is another inode.
    writeFileSync(`${config}.new`, readFileSync(config, 'utf8').replace('aaaa', 'bbbb'));
    renameSync(`${config}.new`, config);
    const replaced = configIdentity(repo, later());
    expect(replaced).not.toBe(named);
    // Rewritten in place to the same size: the same inode, a later change time (a tick later:
    // within one tick, RACY_MS keeps such a file from being kept at all).
    await new Promise((resolve) => setTimeout(resolve, 50));
    writeFileSync(config, readFileSync(config, 'utf8').replace('bbbb', 'cccc'));
    expect(configIdentity(repo, later())).not.toBe(replaced);
  });

  it('counts config.worktree, present or not', () => {
    const repo = makeRepo({ 'a.txt': 'a\n' });
    const before = configIdentity(repo, later());
    writeFileSync(path.join(repo, '.git', 'config.worktree'), '[core]\n\tsparseCheckout = false\n');
    const after = configIdentity(repo, later());
    expect(after).not.toBeNull();
    expect(after).not.toBe(before);
  });

  it('is null for a config changed within RACY_MS', () => {
    const repo = makeRepo({ 'a.txt': 'a\n' });
    expect(configIdentity(repo)).toBeNull();
    expect(configIdentity(repo, later())).not.toBeNull();
  });

  it.each([
    ['a config with an include', (repo: string) => appendFileSync(path.join(repo, '.git', 'config'), '[include]\n\tpath = other\n')],
    ['a config with a conditional include', (repo: string) => appendFileSync(path.join(repo, '.git', 'config'), '[includeIf "gitdir:/x/"]\n\tpath = other\n')],
    ['a config.worktree with an include', (repo: string) => writeFileSync(path.join(repo, '.git', 'config.worktree'), '[include]\n\tpath = other\n')],
    ['a config that is a link', (repo: string) => {
      const config = path.join(repo, '.git', 'config');
      renameSync(config, `${config}.real`);
      symlinkSync(`${config}.real`, config);
    }],
    ['a commondir', (repo: string) => writeFileSync(path.join(repo, '.git', 'commondir'), '../other\n')],
    ['a gitfile (linked worktree, submodule)', (repo: string) => {
      renameSync(path.join(repo, '.git'), path.join(repo, 'real-git'));
      writeFileSync(path.join(repo, '.git'), 'gitdir: real-git\n');
    }],
    ['no repository', (repo: string) => rmSync(path.join(repo, '.git'), { recursive: true, force: true })],
  ])('is null for %s', (_, plant) => {
    const repo = makeRepo({ 'a.txt': 'a\n' });
    expect(configIdentity(repo, later())).not.toBeNull();
    plant(repo);
    expect(configIdentity(repo, later())).toBeNull();
  });
});

describe('the git runner with a kept listing', () => {
  it('lists an unchanged config once and then takes the kept names, overrides included', async () => {
    const store = new MemoryStore();
    let runner = await freshRunner(store);
    expect((await runner.git(aged, ['rev-parse', '--is-inside-work-tree'])).code).toBe(0);
    const kept = store.kept.get(aged);
    expect(kept?.identity).toBe(configIdentity(aged));
    expect(kept?.names).toContain('core.bare');
    // A later process takes the kept names: a program-valued name planted in them is overridden,
    // though the repository's config does not set it (a fresh listing would not name it).
    store.set(aged, kept!.identity, [...kept!.names, 'diff.kept.textconv']);
    runner = await freshRunner(store);
    const overridden = await runner.git(aged, ['config', '--get', 'diff.kept.textconv']);
    expect({ code: overridden.code, out: overridden.stdout.toString() }).toEqual({ code: 0, out: '\n' });
    // Without the store, the key is not set at all: the answer above came from the kept names.
    runner = await freshRunner(null);
    expect((await runner.git(aged, ['config', '--get', 'diff.kept.textconv'])).code).toBe(1);
  });

  it('lists a changed config again and overrides what the change added', async () => {
    const repo = realpathSync(makeRepo({ 'a.txt': 'a\n' }));
    const store = new MemoryStore();
    // A listing kept under an identity the files no longer have (as after an edit).
    store.set(repo, 'an-older-identity', ['core.bare']);
    gitIn(repo, 'config', 'diff.added.textconv', 'planted-program');
    const runner = await freshRunner(store);
    const answer = await runner.git(repo, ['config', '--get', 'diff.added.textconv']);
    expect({ code: answer.code, out: answer.stdout.toString() }).toEqual({ code: 0, out: '\n' });
    // Changed just now: listed, and not kept (its identity could outlive another write this tick).
    expect(store.kept.get(repo)?.identity).toBe('an-older-identity');
  });

  it('keeps no listing of a config that includes another file, and overrides what the included file sets', async () => {
    const repo = realpathSync(makeRepo({ 'a.txt': 'a\n' }));
    mkdirSync(path.join(repo, 'inc'));
    writeFileSync(path.join(repo, 'inc', 'extra'), '[diff "included"]\n\ttextconv = planted-program\n');
    appendFileSync(path.join(repo, '.git', 'config'), `[include]\n\tpath = ${path.join(repo, 'inc', 'extra')}\n`);
    await new Promise((resolve) => setTimeout(resolve, RACY_MS + 200));
    const store = new MemoryStore();
    const runner = await freshRunner(store);
    const answer = await runner.git(repo, ['config', '--get', 'diff.included.textconv']);
    expect({ code: answer.code, out: answer.stdout.toString() }).toEqual({ code: 0, out: '\n' });
    expect(store.kept.has(repo)).toBe(false);
    expect(store.asked).toEqual([]);
  }, 10_000);
});
