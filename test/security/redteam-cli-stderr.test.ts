/**
 * Red-team attacks on what the CLI writes to standard error, which a workflow step's log parses
 * for workflow commands just as it parses standard output: the "scan incomplete" list names the
 * repository's files, and install-hook quotes the repository's core.hooksPath. Also: install-hook
 * never writes through a `pre-commit` or `hooks` link.
 */
import { existsSync, lstatSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cleanupTempDirs, makeRepo, tempDir, writeTree } from '../helpers/repo.js';
import { appendConfig, runCli } from './git-helpers.js';

afterAll(cleanupTempDirs);

/** Lines the runner would take as a workflow command (leading whitespace trimmed), or that hold the legacy `##[`. */
const commandLines = (text: string) => text.split(/\r\n|\r|\n/).filter((l) => /^[\s\u0085]*::/.test(l) || l.includes('##['));

describe('the scan-incomplete message on stderr', () => {
  it('escapes a too-large file name that would start workflow commands and drive the terminal', async () => {
    const name = 'big\n::warning file=README.md,line=1::FORGED\r::add-mask::x\u001b[2J ##[error]legacy.txt';
    const repo = makeRepo({ 'README.md': 'hello\n' });
    writeTree(repo, { [name]: 'a'.repeat(2048) });
    const run = await runCli(repo, ['scan', '--max-file-size', '1024', '--format', 'github', '.']);
    expect(run.code, run.stderr).toBe(3);
    expect(run.stderr).toContain('scan incomplete');
    // The name is shown on one line, every control escaped.
    expect(run.stderr).toContain('big\\n::warning file=README.md,line=1::FORGED\\r::add-mask::x\\x1b[2J ##\\[error]legacy.txt');
    expect(commandLines(run.stderr)).toEqual([]);
    expect(run.stderr).not.toContain('\u001b');
  });
});

describe('install-hook quoting core.hooksPath', () => {
  it('never lets the configured value start a workflow command', async () => {
    const repo = makeRepo({ 'README.md': 'hello\n' });
    appendConfig(repo, '[core]\n\thooksPath = "hooks\\n::error::FORGED\\n##[warning]legacy"\n');
    const run = await runCli(repo, ['install-hook']);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toContain('core.hooksPath is set to');
    expect(run.stderr).toContain('FORGED');
    expect(commandLines(run.stderr)).toEqual([]);
  });
});

describe('install-hook and links the repository holds', () => {
  it('never creates the target of a dangling pre-commit link, and --force replaces the link', async () => {
    const repo = makeRepo({ 'README.md': 'hello\n' });
    const victim = path.join(tempDir('osl-victim-'), 'victim');
    symlinkSync(victim, path.join(repo, '.git', 'hooks', 'pre-commit'));
    const refused = await runCli(repo, ['install-hook']);
    expect(refused.code, refused.stderr).toBe(2);
    expect(existsSync(victim)).toBe(false);
    writeFileSync(victim, 'precious\n');
    const forced = await runCli(repo, ['install-hook', '--force']);
    expect(forced.code, forced.stderr).toBe(0);
    expect(readFileSync(victim, 'utf8')).toBe('precious\n');
    const hook = path.join(repo, '.git', 'hooks', 'pre-commit');
    expect(lstatSync(hook).isFile()).toBe(true);
    expect(readFileSync(hook, 'utf8')).toContain('scan --staged');
  });

  it('refuses a hooks folder that is a link', async () => {
    const repo = makeRepo({ 'README.md': 'hello\n' });
    const elsewhere = tempDir('osl-elsewhere-');
    rmSync(path.join(repo, '.git', 'hooks'), { recursive: true, force: true });
    symlinkSync(elsewhere, path.join(repo, '.git', 'hooks'));
    const run = await runCli(repo, ['install-hook']);
    expect(run.code, run.stderr).toBe(2);
    expect(run.stderr).toContain('is a symbolic link');
    expect(readdirSync(elsewhere)).toEqual([]);
  });
});
