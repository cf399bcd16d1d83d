/**
 * The bundled CLI keeps a repository's config listing between runs (src/cli/git-config-cache.ts).
 * A program planted in the config after a listing was kept must still be overridden: the next run
 * sees the changed files and lists again. The attack is checked live first (plain git runs it).
 */
import { execFileSync } from 'node:child_process';
import { appendFileSync, chmodSync, cpSync, readFileSync, realpathSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { LISTINGS_FILE } from '../../src/cli/git-config-cache.js';
import { cleanupTempDirs, gitIn, makeRepo, tempDir } from '../helpers/repo.js';
import { findingsOf, Markers, runCli } from './git-helpers.js';

afterAll(cleanupTempDirs);


it('a filter planted after a run kept the listing does not run on the next scan', async () => {
  const markers = new Markers();
  const repo = realpathSync(makeRepo({ 'a.txt': 'one\n' }));
  writeFileSync(path.join(repo, 'a.txt'), 'one\ntwo\n');
  const cache = tempDir('osl-cache-');
  const listings = path.join(cache, 'openai-secret-lint', 'compile-cache', LISTINGS_FILE);
  const env = { XDG_CACHE_HOME: cache };
  const scan = () => runCli(repo, ['scan', '--diff', 'HEAD', '--format', 'json'], { env, timeoutMs: 30_000 });

  const first = await scan();
  expect(first.code, first.stderr).toBe(0);
  expect(findingsOf(first)).toEqual([]);
  const keptBefore = JSON.parse(readFileSync(listings, 'utf8')) as { listings: [string, string, string[], number][] };
  expect(keptBefore.listings.map(([top]) => top)).toEqual([repo]);

  appendFileSync(path.join(repo, '.git', 'config'), `[filter "planted"]\n\tclean = ${markers.program('filter.clean')}\n`);
  writeFileSync(path.join(repo, '.git', 'info', 'attributes'), '* filter=planted\n');
  // Live: git itself runs the planted filter on this diff.
  gitIn(repo, 'diff', '--stat');
  expect(markers.has('filter.clean')).toBe(true);
  rmSync(path.join(markers.dir, 'filter.clean'));

  const second = await scan();
  expect(second.code, second.stderr).toBe(0);
  expect(markers.fired()).toEqual([]);
  // Listed again: the listing now kept is the new one, naming the planted key.
  const keptAfter = JSON.parse(readFileSync(listings, 'utf8')) as { listings: [string, string, string[], number][] };
  expect(keptAfter.listings[0]![1]).not.toBe(keptBefore.listings[0]![1]);
  expect(keptAfter.listings[0]![2]).toContain('filter.planted.clean');
}, 30_000);

it('a pre-commit scan of an unchanged repository starts one git process (the diff), not two', async () => {
  // A git on PATH that records each call and runs the real one (the runner takes the first
  // absolute PATH entry that has a git).
  const real = execFileSync('sh', ['-c', 'command -v git'], { encoding: 'utf8' }).trim();
  const bin = tempDir('osl-git-log-');
  const calls = path.join(bin, 'calls.txt');
  writeFileSync(path.join(bin, 'git'), `#!/bin/sh\necho "$1" >> '${calls}'\nexec '${real}' "$@"\n`);
  chmodSync(path.join(bin, 'git'), 0o755);
  const repo = realpathSync(makeRepo({ 'app.py': 'print(1)\n' }));
  writeFileSync(path.join(repo, 'app.py'), 'print(1)\nprint(2)\n');
  gitIn(repo, 'add', 'app.py');
  const env = { XDG_CACHE_HOME: tempDir('osl-cache-'), PATH: `${bin}${path.delimiter}${process.env.PATH}` };
  const scanned = async () => {
    rmSync(calls, { force: true });
    const run = await runCli(repo, ['scan', '--staged'], { env, timeoutMs: 30_000 });
    expect(run.code, run.stderr).toBe(0);
    return readFileSync(calls, 'utf8').trim().split('\n');
  };
  expect(await scanned()).toEqual(['config', 'diff']);
  expect(await scanned()).toEqual(['diff']);
}, 30_000);

// Found by a review: three ways a hostile repository had git read a config the overrides were not
// listed from. Each plants a filter that git runs on `scan --diff HEAD` unless it is overridden.
describe('a config git reads that the kept listing was not taken from', () => {
  const setup = () => {
    const markers = new Markers();
    const repo = realpathSync(makeRepo({ 'a.txt': 'one\n' }));
    writeFileSync(path.join(repo, 'a.txt'), 'one\ntwo\n');
    const env = { XDG_CACHE_HOME: tempDir('osl-cache-') };
    const scan = (extra: Record<string, string> = {}) => runCli(repo, ['scan', '--diff', 'HEAD', '--format', 'json'], { env: { ...env, ...extra }, timeoutMs: 30_000 });
    return { markers, repo, scan };
  };

  it('a git directory moved out of .git, .git/config untouched, is not searched for (GIT_DIR is pinned)', async () => {
    const { markers, repo, scan } = setup();
    expect((await scan()).code).toBe(0);
    // Without objects and refs, .git is no repository; a git left to search would take the top
    // folder as a bare one and read its config.
    for (const name of ['objects', 'refs', 'index']) renameSync(path.join(repo, '.git', name), path.join(repo, name));
    cpSync(path.join(repo, '.git', 'HEAD'), path.join(repo, 'HEAD'));
    writeFileSync(path.join(repo, 'config'), `[core]\n\trepositoryformatversion = 0\n[filter "planted"]\n\tclean = ${markers.program('filter.clean')}\n`);
    writeFileSync(path.join(repo, '.gitattributes'), '* filter=planted\n');
    const second = await scan();
    expect(second.code, second.stderr).not.toBeNull();
    expect(markers.fired()).toEqual([]);
  }, 30_000);

  it('a listing taken while .git was swapped for a harmless copy is not used for the planted config', async () => {
    const { markers, repo, scan } = setup();
    cpSync(path.join(repo, '.git'), path.join(repo, '.git-harmless'), { recursive: true });
    gitIn(repo, 'config', 'filter.planted.clean', markers.program('filter.clean'));
    writeFileSync(path.join(repo, '.git', 'info', 'attributes'), '* filter=planted\n');
    // The race, won every time: a git on PATH that swaps the folders around every config call.
    const bin = tempDir('osl-bin-');
    const real = execFileSync('sh', ['-c', 'command -v git'], { encoding: 'utf8' }).trim();
    const at = (name: string) => JSON.stringify(path.join(repo, name));
    writeFileSync(
      path.join(bin, 'git'),
      `#!/bin/sh\nif [ "$1" = "config" ]; then\n mv ${at('.git')} ${at('.git-planted')}; mv ${at('.git-harmless')} ${at('.git')}\n ${real} "$@"; rc=$?\n mv ${at('.git')} ${at('.git-harmless')}; mv ${at('.git-planted')} ${at('.git')}\n exit $rc\nfi\nexec ${real} "$@"\n`,
    );
    chmodSync(path.join(bin, 'git'), 0o755);
    await scan({ PATH: `${bin}${path.delimiter}${process.env.PATH}` });
    for (const name of markers.fired()) rmSync(path.join(markers.dir, name));
    // No race any more: the user's own git.
    await scan();
    expect(markers.fired()).toEqual([]);
  }, 30_000);

  it('a .git that is a link is refused: git would follow it to a config never listed', async () => {
    const { markers, repo, scan } = setup();
    renameSync(path.join(repo, '.git'), path.join(repo, 'real-git'));
    symlinkSync('real-git', path.join(repo, '.git'));
    appendFileSync(path.join(repo, 'real-git', 'config'), `[filter "x"]\n\tclean = ${markers.program('link.clean')}\n`);
    writeFileSync(path.join(repo, '.gitattributes'), '* filter=x\n');
    const run = await scan();
    expect(run.code, run.stderr).toBe(3);
    expect(run.stderr).toContain('is a symbolic link: git was not run');
    expect(markers.fired()).toEqual([]);
  }, 30_000);

  it('two filters whose names differ in case only are both overridden (git keeps the driver name as written)', async () => {
    const { markers, repo, scan } = setup();
    appendFileSync(path.join(repo, '.git', 'config'), `[filter "a"]\n\tclean = cat\n[filter "A"]\n\tclean = ${markers.program('case.clean')}\n`);
    writeFileSync(path.join(repo, '.gitattributes'), '* filter=A\n');
    for (const env of [{ NODE_DISABLE_COMPILE_CACHE: '1' }, {}] as Record<string, string>[]) {
      const run = await scan(env);
      expect(run.code, run.stderr).toBe(0);
    }
    expect(markers.fired()).toEqual([]);
  }, 30_000);

  it('when the listing of the bytes fails, the repository is listed where it is: its filter is overridden all the same', async () => {
    const { markers, repo, scan } = setup();
    appendFileSync(path.join(repo, '.git', 'config'), `[filter "x"]\n\tclean = ${markers.program('failed-listing.clean')}\n`);
    writeFileSync(path.join(repo, '.gitattributes'), '* filter=x\n');
    // A git that fails only the listing from standard input (as a repository at / with a broken
    // config once made it fail); every other call goes to the real git.
    const real = execFileSync('sh', ['-c', 'command -v git'], { encoding: 'utf8' }).trim();
    const bin = tempDir('osl-git-');
    writeFileSync(path.join(bin, 'git'), `#!/bin/sh\nif [ "$1" = config ] && [ "$2" = --file ] && [ "$3" = - ]; then echo 'fatal: bad config line 1' >&2; exit 128; fi\nexec '${real}' "$@"\n`);
    chmodSync(path.join(bin, 'git'), 0o755);
    const run = await scan({ PATH: `${bin}${path.delimiter}${process.env.PATH}` });
    expect(run.code, run.stderr).toBe(0);
    expect(markers.fired()).toEqual([]);
  }, 30_000);

  it('a filter whose name is not UTF-8 never runs: the repository is refused', async () => {
    const { markers, repo, scan } = setup();
    const config = path.join(repo, '.git', 'config');
    writeFileSync(config, Buffer.concat([readFileSync(config), Buffer.from('[filter "'), Buffer.from([0xff]), Buffer.from(`"]\n\tclean = ${markers.program('filter.clean')}\n`)]));
    writeFileSync(path.join(repo, '.git', 'info', 'attributes'), Buffer.concat([Buffer.from('* filter='), Buffer.from([0xff]), Buffer.from('\n')]));
    for (const env of [{ NODE_DISABLE_COMPILE_CACHE: '1' }, {}] as Record<string, string>[]) {
      const run = await scan(env);
      expect(run.code, run.stderr).toBe(3);
      expect(run.stderr).toContain('not UTF-8');
    }
    expect(markers.fired()).toEqual([]);
  }, 30_000);
});
