/**
 * The release job's scripts, run as the runner would run them (bash -e) with a stand-in `gh` that
 * records its arguments: the notes are the CHANGELOG section of the tagged version, a missing
 * section fails the release, a pre-release is marked and leaves the major tag alone, and the major
 * tag is created on the first release of a major and force-moved to the release commit after.
 */
import { chmodSync, readFileSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { cleanupTempDirs, gitIn, makeRepo, tempDir } from '../helpers/repo.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const release = parse(readFileSync(path.join(ROOT, '.github/workflows/release.yml'), 'utf8')) as { jobs: { release: { steps: { name?: string; run?: string }[] } } };
const script = (name: string) => release.jobs.release.steps.find((s) => s.name === name)!.run!;

afterAll(cleanupTempDirs);

const CHANGELOG = `# Changelog

## Unreleased

- Not yet.

## 1.3.0-rc.1 - 2026-12-02

- Candidate.

## 1.2.0 - 2026-12-01

### Added
- The thing.

## 1.1.0 - 2026-11-01

- Older.
`;

/** Runs one step's script in a repository holding CHANGELOG.md; `gh` records calls, and answers `api …/ref/tags/…` as told. */
function runStep(name: string, tag: string, options: { majorExists?: boolean } = {}) {
  const repo = makeRepo({ 'CHANGELOG.md': CHANGELOG });
  const bin = tempDir('osl-fake-gh-');
  const log = path.join(bin, 'calls');
  const temp = tempDir('osl-runner-temp-');
  writeFileSync(
    path.join(bin, 'gh'),
    `#!/bin/sh\nprintf '%s\\n' "$*" >> "${log}"\ncase "$*" in *ref/tags/*) [ "${options.majorExists ? 'yes' : 'no'}" = yes ] ;; *release\\ create*) cp "$RUNNER_TEMP/notes.md" "${bin}/notes" ;; esac\n`,
  );
  chmodSync(path.join(bin, 'gh'), 0o755);
  writeFileSync(log, '');
  const run = spawnSync('bash', ['-e', '-c', script(name)], {
    cwd: repo,
    encoding: 'utf8',
    env: { ...process.env, PATH: `${bin}:${process.env.PATH}`, TAG: tag, GH_TOKEN: 'unused', GITHUB_REPOSITORY: 'acme/tool', RUNNER_TEMP: temp },
  });
  const notes = spawnSync('cat', [path.join(bin, 'notes')], { encoding: 'utf8' }).stdout;
  return { ...run, calls: readFileSync(log, 'utf8').trim().split('\n').filter(Boolean), notes, head: gitIn(repo, 'rev-parse', 'HEAD').trim() };
}

describe('release.yml release job', () => {
  it('creates the release with the CHANGELOG section of the tagged version as notes', () => {
    const r = runStep('Create the GitHub release', 'v1.2.0');
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.calls).toEqual([`release create v1.2.0 --repo acme/tool --verify-tag --title v1.2.0 --notes-file ${r.calls[0]!.split('--notes-file ')[1]}`]);
    expect(r.notes.trim()).toBe('### Added\n- The thing.');
  });

  it('fails, releasing nothing, when the CHANGELOG has no section for the version', () => {
    const r = runStep('Create the GitHub release', 'v1.3.0');
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('CHANGELOG.md has no section for 1.3.0');
    expect(r.calls).toEqual([]);
  });

  it('marks a version with a suffix as a pre-release, with its own section as notes', () => {
    const r = runStep('Create the GitHub release', 'v1.3.0-rc.1');
    expect(r.status).toBe(0);
    expect(r.calls[0]).toMatch(/^release create v1\.3\.0-rc\.1 .* --prerelease$/);
    expect(r.notes.trim()).toBe('- Candidate.');
    // A release candidate's section is not the final version's.
    expect(runStep('Create the GitHub release', 'v1.3.0').status).toBe(1);
  });

  it('creates the major tag on the first release of a major, at the release commit', () => {
    const r = runStep('Move the major tag to the release commit', 'v1.2.0', { majorExists: false });
    expect(r.status).toBe(0);
    expect(r.calls).toEqual(['api repos/acme/tool/git/ref/tags/v1', `api --method POST repos/acme/tool/git/refs -f ref=refs/tags/v1 -f sha=${r.head}`]);
  });

  it('force-moves an existing major tag to the release commit', () => {
    const r = runStep('Move the major tag to the release commit', 'v1.2.0', { majorExists: true });
    expect(r.status).toBe(0);
    expect(r.calls).toEqual(['api repos/acme/tool/git/ref/tags/v1', `api --method PATCH repos/acme/tool/git/refs/tags/v1 -f sha=${r.head} -F force=true`]);
  });

  it('leaves the major tag alone for a pre-release', () => {
    const r = runStep('Move the major tag to the release commit', 'v2.0.0-rc.1');
    expect(r.status).toBe(0);
    expect(r.calls).toEqual([]);
  });
});
