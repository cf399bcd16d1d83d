import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { cleanupTempDirs, tempDir } from '../helpers/repo.js';
import { REPO_ROOT } from './run-action.js';

const SCRIPT = path.join(REPO_ROOT, 'scripts/action-readme.mjs');
afterAll(cleanupTempDirs);

describe('README inputs/outputs table', () => {
  it('is up to date with action.yml (run node scripts/action-readme.mjs)', () => {
    const result = spawnSync(process.execPath, [SCRIPT, '--check'], { encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });

  it('lists every input and output of action.yml', () => {
    const action = parse(readFileSync(path.join(REPO_ROOT, 'action.yml'), 'utf8')) as { inputs: object; outputs: object };
    const readme = readFileSync(path.join(REPO_ROOT, 'README.md'), 'utf8');
    const table = readme.slice(readme.indexOf('<!-- action-inputs:start -->'), readme.indexOf('<!-- action-inputs:end -->'));
    for (const name of [...Object.keys(action.inputs), ...Object.keys(action.outputs)]) expect(table).toContain(`| \`${name}\` |`);
  });

  it('the check fails when action.yml changes, and a regeneration fixes it', () => {
    const dir = tempDir();
    copyFileSync(path.join(REPO_ROOT, 'README.md'), path.join(dir, 'README.md'));
    const action = readFileSync(path.join(REPO_ROOT, 'action.yml'), 'utf8');
    writeFileSync(path.join(dir, 'action.yml'), action.replace('Directory to scan, relative to the workspace.', 'Where to look.'));
    const stale = spawnSync(process.execPath, [SCRIPT, '--check', '--root', dir], { encoding: 'utf8' });
    expect(stale.status).toBe(1);
    expect(stale.stderr).toContain('stale');
    execFileSync(process.execPath, [SCRIPT, '--root', dir]);
    expect(readFileSync(path.join(dir, 'README.md'), 'utf8')).toContain('| `path` | Where to look. It must resolve');
    expect(spawnSync(process.execPath, [SCRIPT, '--check', '--root', dir]).status).toBe(0);
  });
});
