/**
 * gitClone, the one way `org scan` fetches a repository: the token travels only in git's
 * environment (GIT_CONFIG_* as http.extraheader), never in argv; links are checked out as plain
 * files; only the allowed schemes are fetched.
 */
import { chmodSync, lstatSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { gitClone } from '../../src/util/git.js';
import { cleanupTempDirs, gitIn, makeRepo, tempDir } from '../helpers/repo.js';

afterAll(cleanupTempDirs);

describe('gitClone', () => {
  it('passes the token as an HTTP header in the environment, never on the command line', async () => {
    const source = makeRepo({ 'a.txt': 'hello\n' });
    const bin = tempDir('osl-bin-');
    const log = path.join(bin, 'log');
    const realGit = (process.env.PATH ?? '').split(':').map((d) => path.join(d, 'git')).find((p) => {
      try {
        return lstatSync(p).isFile() || lstatSync(p).isSymbolicLink();
      } catch {
        return false;
      }
    })!;
    // A git in front of the real one that records each call's arguments and environment.
    writeFileSync(path.join(bin, 'git'), `#!/bin/sh\n{ printf 'ARGV %s\\n' "$*"; env | grep '^GIT_CONFIG_VALUE' ; } >> '${log}'\nexec '${realGit}' "$@"\n`);
    chmodSync(path.join(bin, 'git'), 0o755);
    const token = ['secret', 'token', 'for', 'test'].join('-');
    const header = Buffer.from(`x-access-token:${token}`).toString('base64');
    const saved = process.env.PATH;
    process.env.PATH = `${bin}:${saved}`;
    try {
      const dir = path.join(tempDir('osl-clone-'), 'repo');
      mkdirSync(dir);
      const result = await gitClone(dir, pathToFileURL(source).href, { depth: 1, token, protocols: ['file'] });
      expect(result.ok, result.stderr).toBe(true);
      expect(readFileSync(path.join(dir, 'a.txt'), 'utf8')).toBe('hello\n');
    } finally {
      process.env.PATH = saved;
    }
    const calls = readFileSync(log, 'utf8').split('\n');
    const argv = calls.filter((l) => l.startsWith('ARGV '));
    expect(argv.some((l) => l.includes('fetch'))).toBe(true);
    for (const line of argv) {
      expect(line).not.toContain(token);
      expect(line).not.toContain(header);
    }
    expect(calls.filter((l) => l.startsWith('GIT_CONFIG_VALUE') && l.endsWith(`AUTHORIZATION: basic ${header}`))).toHaveLength(1);
  });

  it('checks links out as plain files and refuses schemes not allowed', async () => {
    const source = makeRepo({ 'a.txt': 'x\n' });
    symlinkSync('/etc/passwd', path.join(source, 'link'));
    gitIn(source, 'add', '-A');
    gitIn(source, 'commit', '-qm', 'link');
    const dir = path.join(tempDir('osl-clone-'), 'repo');
    mkdirSync(dir);
    const result = await gitClone(dir, pathToFileURL(source).href, { protocols: ['file'] });
    expect(result.ok, result.stderr).toBe(true);
    expect(lstatSync(path.join(dir, 'link')).isSymbolicLink()).toBe(false);
    expect(readFileSync(path.join(dir, 'link'), 'utf8')).toBe('/etc/passwd');
    await expect(gitClone(dir, pathToFileURL(source).href)).rejects.toThrow(/only https/);
    await expect(gitClone(dir, 'ext::sh -c id', { protocols: ['https', 'file'] })).rejects.toThrow(/refusing/);
  });

  it('says so when the remote has no commit yet', async () => {
    const source = makeRepo({});
    const dir = path.join(tempDir('osl-clone-'), 'repo');
    mkdirSync(dir);
    const result = await gitClone(dir, pathToFileURL(source).href, { protocols: ['file'] });
    expect(result).toMatchObject({ ok: false, empty: true });
  });
});
