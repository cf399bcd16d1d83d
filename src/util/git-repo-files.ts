/**
 * The files git opens in a repository whatever its config says, checked before any git call in
 * it: a FIFO there would block every call until the timeout, a device would feed it for ever. Two
 * kinds:
 * - files git reads by itself in the git directory (HEAD, packed-refs, info/exclude,
 *   objects/info/alternates, ...): no config key can redirect them;
 * - the config files and what they include: git reads `include.path` /
 *   `includeIf.<condition>.path` targets at start-up, in every command, and no command-line
 *   override can undo an include.
 * A repository where any of them exists and is not a regular file is refused: git is not run.
 *
 * The includes are listed by git itself (`git config --file F --list`, which does not follow
 * includes), run outside the repository so that its own config is not read on the way, and only
 * for files already known to be regular.
 */
import { createHash } from 'node:crypto';
import { existsSync, lstatSync, readFileSync, statSync, type Stats } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { splitNul } from './file-name.js';
import { readRegularFileSync } from './regular-file.js';
import type { GitResult } from './git.js';

/** git's own limit on nested includes (MAX_INCLUDE_DEPTH in config.c). */
const MAX_DEPTH = 10;
/** A config larger than this is not searched for the word first: git lists it directly. */
const QUICK_LOOK_BYTES = 1 << 20;
const INCLUDE_KEY = /^include(?:if\..*)?\.path$/is;
const INCLUDE_SECTION = /\[\s*include/i;

/** Lists one config file's entries with git, without its includes (cwd outside any repository). */
export type ListConfigFile = (file: string) => Promise<GitResult>;

/**
 * Why git must not run in the repository whose work tree is `top` (a sentence naming the file),
 * or null when every config file and every file they include is a regular file.
 */
export async function repositoryFileProblem(top: string, listFile: ListConfigFile): Promise<string | null> {
  // Followed, a link would lead git to a git directory (and a config) chosen by the repository.
  const dotGit = path.join(top, '.git');
  if (lstatSync(dotGit, { throwIfNoEntry: false })?.isSymbolicLink()) return `${dotGit} is a symbolic link: git was not run in ${top}`;
  const dirs = gitDirs(top);
  if (dirs === null) return null;
  for (const file of [...GIT_DIR_FILES.map((name) => path.join(dirs.gitDir, name)), ...COMMON_DIR_FILES.map((name) => path.join(dirs.commonDir, name))]) {
    if (!isRegularOrMissing(file)) return `${file} is not a regular file: git was not run in ${top}`;
  }
  const queue = configFiles(dirs).map((file) => ({ file, depth: 0 }));
  const seen = new Set<string>();
  for (let next = queue.shift(); next; next = queue.shift()) {
    const { file, depth } = next;
    if (seen.has(file) || depth > MAX_DEPTH) continue;
    seen.add(file);
    let stat: Stats;
    try {
      stat = statSync(file);
    } catch {
      continue; // git skips an include that does not exist
    }
    if (!stat.isFile()) return `the repository's git config ${depth === 0 ? 'is' : 'includes'} ${file}, which is not a regular file: git was not run in ${top}`;
    if (!mayInclude(file, stat.size)) continue;
    const listed = await listFile(file);
    if (listed.code !== 0) continue; // git will report the broken file itself
    for (const record of splitNul(listed.stdout)) {
      const text = record.toString('utf8');
      const newline = text.indexOf('\n');
      if (newline < 0 || !INCLUDE_KEY.test(text.slice(0, newline))) continue;
      queue.push({ file: includeTarget(text.slice(newline + 1), file), depth: depth + 1 });
    }
  }
  return null;
}

/** Files of the (worktree's own) git directory git opens without asking its config. */
const GIT_DIR_FILES = ['HEAD', 'index', 'commondir'];
/** Files of the common git directory (shared by linked worktrees) git opens without asking its config. */
const COMMON_DIR_FILES = ['packed-refs', 'shallow', 'info/exclude', 'info/attributes', 'info/grafts', 'info/sparse-checkout', 'objects/info/alternates'];

interface GitDirs {
  gitDir: string;
  commonDir: string;
}

function isRegularOrMissing(file: string): boolean {
  try {
    return statSync(file).isFile();
  } catch {
    return true; // missing (or unreadable, which git will report itself)
  }
}

/** The git directory of the work tree at `top` (`.git`, or where a gitfile points) and its common directory. */
function gitDirs(top: string): GitDirs | null {
  const dotGit = path.join(top, '.git');
  let gitDir = dotGit;
  try {
    if (lstatSync(dotGit).isFile()) {
      const pointer = /^gitdir:\s*(.+?)\s*$/m.exec(readFileSync(dotGit, 'utf8'))?.[1];
      if (!pointer) return null;
      gitDir = path.resolve(top, pointer);
    }
  } catch {
    return null;
  }
  let commonDir = gitDir;
  // Read only when regular: a commondir that is not is reported by the caller's check of GIT_DIR_FILES.
  const commonFile = path.join(gitDir, 'commondir');
  if (existsSync(commonFile) && isRegularOrMissing(commonFile)) {
    try {
      commonDir = path.resolve(gitDir, readFileSync(commonFile, 'utf8').trim());
    } catch {
      // unreadable: git will say so
    }
  }
  return { gitDir, commonDir };
}

/** The config files git reads for a repository: its common directory's config and the worktree's. */
function configFiles({ gitDir, commonDir }: GitDirs): string[] {
  return [path.join(commonDir, 'config'), path.join(gitDir, 'config.worktree')];
}

/** False when a small config file does not even mention an include section (no git call needed). */
function mayInclude(file: string, size: number): boolean {
  if (size > QUICK_LOOK_BYTES) return true;
  try {
    return INCLUDE_SECTION.test(readFileSync(file, 'latin1'));
  } catch {
    return true;
  }
}

/** An include's target as git resolves it: `~/` from HOME, relative to the including file's folder. */
function includeTarget(value: string, from: string): string {
  if (value === '~' || value.startsWith('~/')) return path.join(os.homedir(), value.slice(1));
  return path.resolve(path.dirname(from), value);
}

/** Larger configs are listed by git every run. */
const KEPT_CONFIG_MAX_BYTES = 1 << 20;

/**
 * The repository config git reads for the work tree at `top` when it can be known from one file's
 * bytes: git runs with GIT_DIR pinned to `top/.git` (git-hardening.ts), system and global config
 * off, so its config is `.git/config` alone unless a `config.worktree`, a `commondir` (another
 * folder's config) or an include brings more. Null in those cases, and when `.git/config` is not a
 * regular file (a link, a FIFO), is over 1 MiB, or cannot be read: then git lists the config
 * every run. The identity is the bytes' SHA-256: a listing of exactly these bytes (git.ts lists
 * them from standard input) is kept under it, so no change, race or clock tick can pair a listing
 * with other bytes.
 */
export function keptConfig(top: string): { identity: string; bytes: Buffer } | null {
  const gitDir = path.join(top, '.git');
  try {
    if (!lstatSync(gitDir).isDirectory()) return null;
    for (const other of ['commondir', 'config.worktree']) {
      if (lstatSync(path.join(gitDir, other), { throwIfNoEntry: false }) !== undefined) return null;
    }
    const read = readRegularFileSync(path.join(gitDir, 'config'), KEPT_CONFIG_MAX_BYTES);
    if (!Buffer.isBuffer(read) || INCLUDE_SECTION.test(read.toString('latin1'))) return null;
    // A copy: the reader's scratch buffer serves the next read, and git gets these bytes later.
    const bytes = Buffer.from(read);
    return { identity: createHash('sha256').update(bytes).digest('hex'), bytes };
  } catch {
    return null;
  }
}
