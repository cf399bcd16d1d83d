/**
 * The bundled CLI keeps a repository's config listing between runs (src/cli/git-config-cache.ts).
 * A program planted in the config after a listing was kept must still be overridden: the next run
 * sees the changed files and lists again. The attack is checked live first (plain git runs it).
 */
import { execFileSync } from 'node:child_process';
import { appendFileSync, chmodSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { LISTINGS_FILE } from '../../src/cli/git-config-cache.js';
import { RACY_MS } from '../../src/util/git-repo-files.js';
import { cleanupTempDirs, gitIn, makeRepo, tempDir } from '../helpers/repo.js';
import { findingsOf, Markers, runCli } from './git-helpers.js';

afterAll(cleanupTempDirs);

const settle = () => new Promise((resolve) => setTimeout(resolve, RACY_MS + 200));

it('a filter planted after a run kept the listing does not run on the next scan', async () => {
  const markers = new Markers();
  const repo = realpathSync(makeRepo({ 'a.txt': 'one\n' }));
  writeFileSync(path.join(repo, 'a.txt'), 'one\ntwo\n');
  const cache = tempDir('osl-cache-');
  const listings = path.join(cache, 'openai-secret-lint', 'compile-cache', LISTINGS_FILE);
  const env = { XDG_CACHE_HOME: cache };
  const scan = () => runCli(repo, ['scan', '--diff', 'HEAD', '--format', 'json'], { env, timeoutMs: 30_000 });

  await settle();
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

  await settle();
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
  await settle();
  const scanned = async () => {
    rmSync(calls, { force: true });
    const run = await runCli(repo, ['scan', '--staged'], { env, timeoutMs: 30_000 });
    expect(run.code, run.stderr).toBe(0);
    return readFileSync(calls, 'utf8').trim().split('\n');
  };
  expect(await scanned()).toEqual(['config', 'diff']);
  expect(await scanned()).toEqual(['diff']);
}, 30_000);
