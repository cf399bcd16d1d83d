/**
 * The repository config listing kept between runs (ConfigListingStore in src/util/git.ts,
 * keptConfig in src/util/git-repo-files.ts): kept under the hash of the bytes it was listed from
 * and used only for the same bytes, never for a config that includes others, has a worktree
 * config, or is reached through a link; and a config naming a key that is not UTF-8 is refused.
 */
import { execFileSync } from 'node:child_process';
import { appendFileSync, mkdirSync, readFileSync, realpathSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { keptConfig } from '../../src/util/git-repo-files.js';
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

const identity = (repo: string) => keptConfig(repo)?.identity ?? null;

describe('keptConfig', () => {
  it('is the hash of the config bytes: the same while they are, another after any change', () => {
    const repo = makeRepo({ 'a.txt': 'a\n' });
    const config = path.join(repo, '.git', 'config');
    const first = keptConfig(repo);
    expect(first?.identity).toMatch(/^[0-9a-f]{64}$/);
    expect(first?.bytes.equals(readFileSync(config))).toBe(true);
    expect(identity(repo)).toBe(first!.identity);
    gitIn(repo, 'config', 'user.name', 'aaaa');
    const named = identity(repo);
    expect(named).not.toBe(first!.identity);
    // Rewritten in place to the same size, at once: another hash all the same.
    writeFileSync(config, readFileSync(config, 'utf8').replace('aaaa', 'bbbb'));
    expect(identity(repo)).not.toBe(named);
  });

  it.each([
    ['a config with an include', (repo: string) => appendFileSync(path.join(repo, '.git', 'config'), '[include]\n\tpath = other\n')],
    ['a config with a conditional include', (repo: string) => appendFileSync(path.join(repo, '.git', 'config'), '[includeIf "gitdir:/x/"]\n\tpath = other\n')],
    ['a config.worktree', (repo: string) => writeFileSync(path.join(repo, '.git', 'config.worktree'), '[core]\n\tsparseCheckout = false\n')],
    ['a config that is a link', (repo: string) => {
      const config = path.join(repo, '.git', 'config');
      renameSync(config, `${config}.real`);
      symlinkSync(`${config}.real`, config);
    }],
    ['a config that is a FIFO', (repo: string) => {
      rmSync(path.join(repo, '.git', 'config'));
      execFileSync('mkfifo', [path.join(repo, '.git', 'config')]);
    }],
    ['a commondir', (repo: string) => writeFileSync(path.join(repo, '.git', 'commondir'), '../other\n')],
    ['a gitfile (linked worktree, submodule)', (repo: string) => {
      renameSync(path.join(repo, '.git'), path.join(repo, 'real-git'));
      writeFileSync(path.join(repo, '.git'), 'gitdir: real-git\n');
    }],
    ['no repository', (repo: string) => rmSync(path.join(repo, '.git'), { recursive: true, force: true })],
  ])('is null for %s', (_, plant) => {
    const repo = makeRepo({ 'a.txt': 'a\n' });
    expect(identity(repo)).not.toBeNull();
    plant(repo);
    expect(identity(repo)).toBeNull();
  });
});

describe('the git runner with a kept listing', () => {
  it('lists an unchanged config once and then takes the kept names, overrides included', async () => {
    const repo = realpathSync(makeRepo({ 'a.txt': 'a\n' }));
    const store = new MemoryStore();
    let runner = await freshRunner(store);
    expect((await runner.git(repo, ['rev-parse', '--is-inside-work-tree'])).code).toBe(0);
    const kept = store.kept.get(repo);
    expect(kept?.identity).toBe(identity(repo));
    expect(kept?.names).toContain('core.bare');
    // A later process takes the kept names: a program-valued name planted in them is overridden,
    // though the repository's config does not set it (a fresh listing would not name it).
    store.set(repo, kept!.identity, [...kept!.names, 'diff.kept.textconv']);
    runner = await freshRunner(store);
    const overridden = await runner.git(repo, ['config', '--get', 'diff.kept.textconv']);
    expect({ code: overridden.code, out: overridden.stdout.toString() }).toEqual({ code: 0, out: '\n' });
    // Without the store, the key is not set at all: the answer above came from the kept names.
    runner = await freshRunner(null);
    expect((await runner.git(repo, ['config', '--get', 'diff.kept.textconv'])).code).toBe(1);
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
    // Listed again, and kept under the new bytes' hash.
    expect(store.kept.get(repo)?.identity).toBe(identity(repo));
    expect(store.kept.get(repo)?.names).toContain('diff.added.textconv');
  });

  it('keeps no listing of a config that includes another file, and overrides what the included file sets', async () => {
    const repo = realpathSync(makeRepo({ 'a.txt': 'a\n' }));
    mkdirSync(path.join(repo, 'inc'));
    writeFileSync(path.join(repo, 'inc', 'extra'), '[diff "included"]\n\ttextconv = planted-program\n');
    appendFileSync(path.join(repo, '.git', 'config'), `[include]\n\tpath = ${path.join(repo, 'inc', 'extra')}\n`);
    const store = new MemoryStore();
    const runner = await freshRunner(store);
    const answer = await runner.git(repo, ['config', '--get', 'diff.included.textconv']);
    expect({ code: answer.code, out: answer.stdout.toString() }).toEqual({ code: 0, out: '\n' });
    expect(store.kept.has(repo)).toBe(false);
    expect(store.asked).toEqual([]);
  });

  it.each([['with a store', true], ['without one', false]])('refuses a repository whose config names a key that is not UTF-8 (%s)', async (_, withStore) => {
    const repo = realpathSync(makeRepo({ 'a.txt': 'a\n' }));
    const config = path.join(repo, '.git', 'config');
    writeFileSync(config, Buffer.concat([readFileSync(config), Buffer.from('[filter "'), Buffer.from([0xff]), Buffer.from('"]\n\tclean = planted-program\n')]));
    const runner = await freshRunner(withStore ? new MemoryStore() : null);
    await expect(runner.git(repo, ['status'])).rejects.toThrow(/not UTF-8: git was not run/);
  });
});
