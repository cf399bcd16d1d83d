/**
 * The hook under the pre-commit framework itself (https://pre-commit.com): a repository whose
 * `.pre-commit-config.yaml` names this one installs the hook and cannot commit a staged key.
 * It runs where `pre-commit` is installed (.ci/run installs it); elsewhere it is skipped with a
 * message. In CI (CI=true) it never skips unless .ci/run found no way to install the framework
 * (OSL_PRE_COMMIT=unavailable).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openaiKey } from '../helpers/keys.js';
import { cleanupTempDirs, gitIn, makeRepo, tempDir } from '../helpers/repo.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const version = spawnSync('pre-commit', ['--version'], { encoding: 'utf8' });
const installed = version.status === 0;
const mustRun = process.env.CI === 'true' && process.env.OSL_PRE_COMMIT !== 'unavailable';
if (!installed && !mustRun) console.warn('pre-commit framework test skipped: `pre-commit` is not installed (apt-get install pre-commit, or pipx install pre-commit)');

afterAll(cleanupTempDirs);

describe.skipIf(!installed && !mustRun)('the hook under the pre-commit framework', () => {
  it('has the framework to run', () => {
    expect(installed, 'CI must install pre-commit (.ci/run does), or set OSL_PRE_COMMIT=unavailable where it cannot').toBe(true);
  });

  it('installs from a clone of this repository and blocks a commit that stages a key', { timeout: 180_000 }, () => {
    // The hook repository as users clone it: the manifest and the committed bundle.
    const hookRepo = makeRepo({ '.pre-commit-hooks.yaml': '' });
    cpSync(path.join(ROOT, '.pre-commit-hooks.yaml'), path.join(hookRepo, '.pre-commit-hooks.yaml'));
    cpSync(path.join(ROOT, 'dist'), path.join(hookRepo, 'dist'), { recursive: true });
    gitIn(hookRepo, 'add', '-A');
    gitIn(hookRepo, 'commit', '-q', '-m', 'hook');
    const rev = gitIn(hookRepo, 'rev-parse', 'HEAD').trim();

    const home = tempDir('osl-pre-commit-home-');
    const env = { ...process.env, PRE_COMMIT_HOME: home, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.invalid', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.invalid' };
    const work = makeRepo({ 'README.md': '# app\n' });
    writeFileSync(path.join(work, '.pre-commit-config.yaml'), `repos:\n  - repo: ${hookRepo}\n    rev: ${rev}\n    hooks:\n      - id: openai-secret-lint\n`);
    gitIn(work, 'add', '.pre-commit-config.yaml');
    const install = spawnSync('pre-commit', ['install', '--install-hooks'], { cwd: work, env, encoding: 'utf8' });
    expect(install.stderr + install.stdout).not.toMatch(/error/i);
    expect(install.status).toBe(0);

    // A clean change commits.
    writeFileSync(path.join(work, 'app.py'), 'import os\n\nKEY = os.environ["OPENAI_API_KEY"]\n');
    gitIn(work, 'add', 'app.py');
    const clean = spawnSync('git', ['commit', '-q', '-m', 'clean'], { cwd: work, env, encoding: 'utf8' });
    expect(clean.stdout + clean.stderr).toContain('openai-secret-lint');
    expect(clean.status).toBe(0);

    // A staged key does not, and the output names it without printing it.
    const key = openaiKey('proj');
    writeFileSync(path.join(work, 'app.py'), `import os\n\nKEY = "${key}"\n`);
    gitIn(work, 'add', 'app.py');
    const blocked = spawnSync('git', ['commit', '-q', '-m', 'leak'], { cwd: work, env, encoding: 'utf8' });
    expect(blocked.status).toBe(1);
    expect(blocked.stdout + blocked.stderr).toContain('app.py:3:8  critical  openai-api-key');
    expect(blocked.stdout + blocked.stderr).not.toContain(key);
    expect(gitIn(work, 'log', '--format=%s').trim().split('\n')).toEqual(['clean', 'fixture']);
  });
});
