import { realpathSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { filesMentioningDotenv } from '../../src/analyzers/env-files/usage-signals.js';
import { cleanupTempDirs, makeRepo, tempDir, writeTree } from '../helpers/repo.js';

afterAll(cleanupTempDirs);

describe('filesMentioningDotenv (the git grep prefilter of the usage signal)', () => {
  it('names tracked and untracked-unignored files that mention dotenv, and nothing ignored', async () => {
    const dir = realpathSync(
      makeRepo(
        { 'app/main.py': 'from dotenv import load_dotenv\nload_dotenv()\n', 'lib/util.js': 'export const x = 1;\n', '.gitignore': 'ignored/\n' },
        { untracked: { 'new.js': "require('dotenv').config()\n", 'ignored/a.js': "require('dotenv')\n" } },
      ),
    );
    expect([...(await filesMentioningDotenv(dir))!].sort()).toEqual(['app/main.py', 'new.js']);
  });

  it('is an empty set when nothing mentions dotenv, and null outside git', async () => {
    expect(await filesMentioningDotenv(realpathSync(makeRepo({ 'a.js': 'x\n' })))).toEqual(new Set());
    const plain = tempDir();
    writeTree(plain, { 'a.js': "require('dotenv')\n" });
    expect(await filesMentioningDotenv(plain)).toBeNull();
  });
});
