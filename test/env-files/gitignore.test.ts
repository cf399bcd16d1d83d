import { execFileSync } from 'node:child_process';
import { readFileSync, realpathSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createIgnoreChecker, fileIgnoreChecker, gitIgnoreChecker, type IgnoreVerdict } from '../../src/discover/gitignore.js';
import { cleanupTempDirs, gitIn, makeRepo, tempDir, writeTree, type Tree } from '../helpers/repo.js';

afterAll(cleanupTempDirs);

interface Case {
  name: string;
  tree: Tree;
  infoExclude?: string;
  excludesFile?: string;
  /** Paths to ask about, with the expected answer (true: ignored). */
  expect: Record<string, boolean>;
}

const CASES: Case[] = [
  {
    name: 'nested .gitignore files and negation',
    tree: {
      '.gitignore': '# env files\n.env*\n!.env.example\n',
      'sub/.gitignore': '!.env.local\nsecret.txt\n',
      'sub/deeper/.gitignore': '.env.example\n',
    },
    expect: {
      '.env': true,
      '.env.example': false,
      '.env.production': true,
      'sub/.env': true,
      'sub/.env.local': false,
      'sub/secret.txt': true,
      'secret.txt': false,
      'sub/deeper/.env.example': true,
      'sub/deeper/.env.local': false,
    },
  },
  {
    name: 'anchored patterns',
    tree: { '.gitignore': '/root-only.env\n/config/*.env\nmid/name.env\n' },
    expect: {
      'root-only.env': true,
      'a/root-only.env': false,
      'config/prod.env': true,
      'config/nested/prod.env': false,
      'x/config/prod.env': false,
      'mid/name.env': true,
      'x/mid/name.env': false,
    },
  },
  {
    name: 'directory patterns cannot be undone below',
    tree: { '.gitignore': 'build/\ntmp\n!build/keep.env\nonly-dir/\n' },
    expect: {
      'build/a.env': true,
      'build/keep.env': true,
      'src/build/a.env': true,
      'tmp/x.env': true,
      'a/tmp': true,
      'x/only-dir': false,
      'only-dir/f': true,
    },
  },
  {
    name: '** and wildcards',
    tree: { '.gitignore': '**/secrets/*.env\ndocs/**/*.env\na/**/b\n?.env\n[xy]z.env\n*.env.bak\nlogs/**\n!logs/keep.env\n**/cache\n' },
    expect: {
      'secrets/s.env': true,
      'deep/down/secrets/s.env': true,
      'secrets/more/ss.env': false,
      'secrets/more/s.env': true,
      'docs/x.env': true,
      'docs/a/b/x.env': true,
      'a/b': true,
      'a/x/y/b': true,
      'q.env': true,
      'qq.env': false,
      'xz.env': true,
      'zz.env': false,
      'sub/.env.bak': true,
      'sub/prod.env.bak': true,
      // `logs/**` ignores what is inside, not the directory, so a negation can re-include a file.
      'logs/a.env': true,
      'logs/keep.env': false,
      'logs/deep/b.env': true,
      'x/cache/c.env': true,
    },
  },
  {
    // core.excludesFile names a file for git to open: the scanned repository's own setting is
    // never read (util/git.ts pins it), so `*.swp` from it ignores nothing.
    name: '.git/info/exclude below every .gitignore; the repository\'s core.excludesFile is not read',
    tree: { '.gitignore': '!global.env\n', 'sub/.gitignore': '!local.env\n' },
    infoExclude: 'local.env\nexcluded-dir/\n',
    excludesFile: 'global.env\n*.swp\nlocal.env\n',
    expect: {
      'local.env': true,
      'sub/local.env': false,
      'global.env': false,
      'x.swp': false,
      'excluded-dir/a.env': true,
      '.env': false,
    },
  },
  {
    name: 'escapes and trailing spaces',
    tree: { '.gitignore': '\\#hash.env\n\\!bang.env\ntrailing.env   \n' },
    expect: { '#hash.env': true, '!bang.env': true, 'trailing.env': true },
  },
];

/** A repository whose queried paths exist on disk (git tells directories from files by looking). */
function setup(c: Case): { dir: string; globals: { source: string; text: string }[] } {
  const files: Tree = { ...c.tree };
  for (const p of Object.keys(c.expect)) if (!(p in files)) files[p] = 'X=1\n';
  const dir = realpathSync(makeRepo({}, { untracked: files }));
  const globals: { source: string; text: string }[] = [];
  writeFileSync(path.join(dir, '.git/info/exclude'), c.infoExclude ?? '');
  globals.push({ source: '.git/info/exclude', text: c.infoExclude ?? '' });
  // Set in the repository's config, where the scan must not honour it.
  const excludes = path.join(tempDir(), 'global-ignore');
  writeFileSync(excludes, c.excludesFile ?? '');
  gitIn(dir, 'config', 'core.excludesFile', excludes);
  return { dir, globals };
}

function summary(verdicts: Map<string, IgnoreVerdict>): Record<string, string> {
  return Object.fromEntries([...verdicts].map(([p, v]) => [p, `${v.ignored} ${v.rule ? `${v.rule.source}:${v.rule.line}:${v.rule.pattern}` : '-'}`]));
}

describe('git check-ignore and the ignore package agree', () => {
  for (const c of CASES) {
    it(c.name, async () => {
      const { dir, globals } = setup(c);
      const paths = Object.keys(c.expect);
      const fromGit = await gitIgnoreChecker(dir, dir).check(paths);
      const fromFiles = await fileIgnoreChecker(dir, globals).check(paths);
      expect(Object.fromEntries([...fromGit].map(([p, v]) => [p, v.ignored]))).toEqual(c.expect);
      expect(summary(fromFiles)).toEqual(summary(fromGit));
    });
  }
});

describe('createIgnoreChecker', () => {
  it('asks git inside a work tree, from a subdirectory too, with sources from the top', async () => {
    const dir = realpathSync(makeRepo({ '.gitignore': '.env\n', 'app/main.py': '' }));
    const checker = await createIgnoreChecker(path.join(dir, 'app'));
    expect(checker.mode).toBe('git');
    const verdicts = await checker.check(['.env', 'other.env']);
    expect(verdicts.get('.env')).toEqual({ ignored: true, rule: { source: '.gitignore', line: 1, pattern: '.env' } });
    expect(verdicts.get('other.env')).toEqual({ ignored: false, rule: null });
  });

  it('judges tracked files by the rules alone', async () => {
    const dir = realpathSync(makeRepo({ '.env': 'A=1\n' }));
    writeFileSync(path.join(dir, '.gitignore'), '.env\n');
    const verdicts = await (await createIgnoreChecker(dir)).check(['.env']);
    expect(verdicts.get('.env')?.ignored).toBe(true);
  });

  it('reads nested .gitignore files outside git', async () => {
    const dir = realpathSync(tempDir());
    writeTree(dir, { '.gitignore': '*.env\n', 'a/.gitignore': '!keep.env\n' });
    const checker = await createIgnoreChecker(dir);
    expect(checker.mode).toBe('files');
    const verdicts = await checker.check(['x.env', 'a/keep.env', 'a/b.env']);
    expect(summary(verdicts)).toEqual({
      'x.env': 'true .gitignore:1:*.env',
      'a/keep.env': 'false a/.gitignore:1:!keep.env',
      'a/b.env': 'true .gitignore:1:*.env',
    });
  });
});

describe('fileIgnoreChecker on a hostile tree', () => {
  // A review found `scan .` outside git hanging on these: the .gitignore was opened through links
  // and read whatever it was.
  it('reads no .gitignore that is a FIFO, a link to a device or a link to a file, and answers at once', async () => {
    const dir = tempDir('osl-ignore-');
    writeTree(dir, { 'real-rules': '.env\n', 'sub/x.txt': 'x\n', 'linked/x.txt': 'x\n', 'ok/.gitignore': '.env\n' });
    execFileSync('mkfifo', [path.join(dir, '.gitignore')]);
    symlinkSync('/dev/zero', path.join(dir, 'sub', '.gitignore'));
    symlinkSync(path.join(dir, 'real-rules'), path.join(dir, 'linked', '.gitignore'));
    const verdicts = await fileIgnoreChecker(dir).check(['.env', 'sub/.env', 'linked/.env', 'ok/.env']);
    expect([...verdicts.entries()].map(([p, v]) => [p, v.ignored])).toEqual([
      ['.env', false],
      ['sub/.env', false],
      ['linked/.env', false],
      ['ok/.env', true],
    ]);
  }, 10_000);
});

describe('fileIgnoreChecker and a huge .gitignore', () => {
  it('does not read a .gitignore over 256 KiB (the ignore package compiles every pattern: 98 MB ran out of memory)', async () => {
    const dir = tempDir('osl-ignore-');
    const patterns = Array.from({ length: 20_000 }, (_, i) => `dir${i}/**/*.tmp${i}`).join('\n');
    writeTree(dir, { '.gitignore': `.env\n${patterns}\n`, 'small/.gitignore': '.env\n' });
    const verdicts = await fileIgnoreChecker(dir).check(['.env', 'small/.env']);
    expect([...verdicts.entries()].map(([p, v]) => [p, v.ignored])).toEqual([
      ['.env', false],
      ['small/.env', true],
    ]);
  });
});
