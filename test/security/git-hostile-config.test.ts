/**
 * A repository whose own `.git/config` names a program for every key of git-config(1) that can
 * hold one (and `.gitattributes` routing every file through those drivers), scanned in every mode
 * of the bundled CLI. No planted program may run, every run must end, and the real keys are
 * still reported where they are.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openaiKey } from '../helpers/keys.js';
import { cleanupTempDirs } from '../helpers/repo.js';
import { findingsOf, hostileRepo, Markers, PROGRAM_KEYS, runCli, type CliRun } from './git-helpers.js';

const markers = new Markers();
let repo = '';
let base = '';
let appCommit = '';
const keys = { app: openaiKey('proj'), staged: openaiKey('proj') };
const runs = new Map<string, CliRun>();

beforeAll(async () => {
  ({ repo, base, appCommit } = hostileRepo(markers, keys));
  const bound = { timeoutMs: 30_000 };
  const modes: [string, string[]][] = [
    ['tree', ['scan', '--format', 'json', '--fail-on', 'low', '.']],
    ['staged', ['scan', '--staged', '--format', 'json', '--fail-on', 'low']],
    ['diff', ['scan', '--diff', base, '--format', 'json', '--fail-on', 'low']],
    ['history', ['scan', '--history', '--format', 'json', '--fail-on', 'low']],
    ['all-branches', ['scan', '--history', '--all-branches', '--format', 'json', '--fail-on', 'low']],
  ];
  const done = await Promise.all(modes.map(async ([mode, args]) => [mode, await runCli(repo, args, bound)] as const));
  for (const [mode, run] of done) runs.set(mode, run);
  runs.set('install-hook', await runCli(repo, ['install-hook'], bound));
}, 120_000);

afterAll(cleanupTempDirs);

const at = (line: string, secret: string) => line.indexOf(secret) + 1;

describe('a repository configuring a program for every key', () => {
  it('tree scan ends and reports both keys where they are', () => {
    const run = runs.get('tree')!;
    expect(run.code, run.stderr).toBe(1);
    const found = findingsOf(run).map((f) => `${f.file}:${f.line}:${f.column}`);
    expect(found).toContain(`app.js:2:${at(`const key = "${keys.app}";`, keys.app)}`);
    expect(found).toContain('staged.js:1:6');
  });

  it('--staged ends and reports the staged key', () => {
    const run = runs.get('staged')!;
    expect(run.code, run.stderr).toBe(1);
    expect(findingsOf(run).map((f) => `${f.file}:${f.line}:${f.column}`)).toContain('staged.js:1:6');
  });

  it('--diff (against the work tree, through the hostile filters) ends and reports the added keys', () => {
    const run = runs.get('diff')!;
    expect(run.code, run.stderr).toBe(1);
    const found = findingsOf(run).map((f) => `${f.file}:${f.line}`);
    expect(found).toEqual(expect.arrayContaining(['app.js:2', 'staged.js:1']));
  });

  it.each(['history', 'all-branches'])('--%s (signed commits, log.showSignature) ends and reports the key at its commit', (mode) => {
    const run = runs.get(mode)!;
    expect(run.code, run.stderr).toBe(1);
    const finding = findingsOf(run).find((f) => f.file === 'app.js');
    expect(finding).toMatchObject({ line: 2, column: at(`const key = "${keys.app}";`, keys.app), commit: appCommit });
  });

  it('install-hook ends and installs the hook', () => {
    const run = runs.get('install-hook')!;
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain(path.join(repo, '.git', 'hooks', 'pre-commit'));
    // The repository's core.hooksPath is reported from its config, not overridden away.
    expect(run.stderr).toContain('core.hooksPath is set to');
  });

  it.each([...PROGRAM_KEYS, 'core.hooksPath', 'ext-transport'])('never runs the program of %s', (key) => {
    expect(runs.size).toBe(6);
    expect(markers.has(key)).toBe(false);
  });

  it('ran no planted program at all', () => {
    expect(markers.fired()).toEqual([]);
  });
});
