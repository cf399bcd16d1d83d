/** Temporary folders and git repositories built from a map of paths to contents. */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export type Tree = Record<string, string | Buffer>;

const created: string[] = [];

export function tempDir(prefix = 'osl-test-'): string {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  created.push(dir);
  return dir;
}

export function writeTree(root: string, tree: Tree): void {
  for (const [rel, content] of Object.entries(tree)) {
    const abs = path.join(root, rel);
    mkdirSync(path.dirname(abs), { recursive: true });
    writeFileSync(abs, content);
  }
}

export function gitIn(dir: string, ...args: string[]): string {
  return execFileSync('git', args, {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.invalid', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.invalid' },
  });
}

export interface RepoOptions {
  /** Files written but left untracked (not added). */
  untracked?: Tree;
  commit?: boolean;
}

/** A git repository whose `tree` is committed (or only added, with commit: false). */
export function makeRepo(tree: Tree, options: RepoOptions = {}): string {
  const dir = tempDir('osl-repo-');
  gitIn(dir, 'init', '-q', '-b', 'main');
  writeTree(dir, tree);
  if (Object.keys(tree).length > 0) {
    gitIn(dir, 'add', '-A');
    if (options.commit !== false) gitIn(dir, 'commit', '-q', '-m', 'fixture');
  }
  if (options.untracked) writeTree(dir, options.untracked);
  return dir;
}

/** A repository with one commit per tree, in order (symlinks resolved); returns it and the commits' ids, oldest first. */
export function makeHistory(trees: Tree[]): { root: string; commits: string[] } {
  const root = realpathSync(makeRepo(trees[0]!));
  for (const tree of trees.slice(1)) {
    writeTree(root, tree);
    gitIn(root, 'add', '-A');
    gitIn(root, 'commit', '-q', '-m', 'next');
  }
  return { root, commits: gitIn(root, 'rev-list', '--reverse', 'HEAD').trim().split('\n') };
}

export function cleanupTempDirs(): void {
  for (const dir of created.splice(0)) rmSync(dir, { recursive: true, force: true });
}
