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
import { existsSync, lstatSync, readFileSync, statSync, type Stats } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { splitNul } from './file-name.js';
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

/** A config file changed this recently (ms, by its change time) is listed again every run. */
export const RACY_MS = 2000;

/**
 * What the repository config git would list for the work tree at `top` is made of, as one string
 * that changes whenever any of it may have (device, inode, size, modification and change times of
 * each file git reads it from, nanoseconds where the file system keeps them), so that a listing
 * kept from an earlier run (src/util/git.ts) is used only while none of them changed. Null when
 * the files alone cannot tell: a linked worktree or a `commondir` (another folder's config), a
 * link among them (its target could change under the same link), a config that may include
 * others (their files are not in the string), anything that cannot be read, or a file changed in
 * the last RACY_MS: file times have a clock tick's granularity, so a rewrite of the same size
 * within the tick of the listing would keep the identity (git's "racy clean" index entries).
 * Changed longer ago, a later rewrite cannot leave both times as they were.
 */
export function configIdentity(top: string, now: number = Date.now()): string | null {
  const gitDir = path.join(top, '.git');
  try {
    const dir = lstatSync(gitDir, { bigint: true });
    if (!dir.isDirectory() || lstatSync(path.join(gitDir, 'commondir'), { throwIfNoEntry: false }) !== undefined) return null;
    const parts = [`${dir.dev}:${dir.ino}`];
    for (const file of configFiles({ gitDir, commonDir: gitDir })) {
      const stat = lstatSync(file, { bigint: true, throwIfNoEntry: false });
      if (stat === undefined) {
        parts.push('-');
        continue;
      }
      if (!stat.isFile() || Number(stat.ctimeMs) > now - RACY_MS || mayInclude(file, Number(stat.size))) return null;
      parts.push(`${stat.dev}:${stat.ino}:${stat.size}:${stat.mtimeNs}:${stat.ctimeNs}`);
    }
    return parts.join('/');
  } catch {
    return null;
  }
}
