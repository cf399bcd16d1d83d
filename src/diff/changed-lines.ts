import path from 'node:path';
import { ConfigurationError } from '../core/errors.js';
import { DEFAULT_MAX_FILE_SIZE } from '../core/settings.js';
import { readTextFile } from '../discover/read-text.js';
import { displayName, splitNul } from '../util/file-name.js';
import { lstatSync, realpathSync } from 'node:fs';
import { git, repositoryMarker, startGit, type StartedGit } from '../util/git.js';
import { gitLines, startedGitLines } from '../util/git-lines.js';
import { addedLinesParser, UnifiedDiffParser } from './unified-diff.js';

/**
 * Diff options shared by every mode: exact line numbers, renames followed, no user diff drivers,
 * and submodules left alone (checking them would run git inside them, under their own config;
 * their files are scanned as directories of their own). `--text`: a `binary` or `-diff` attribute
 * of the repository must not turn a text file's added lines into "Binary files differ" (real
 * binary files are skipped when their content is read).
 */
const DIFF_ARGS = ['diff', '--text', '--no-color', '--no-ext-diff', '--no-textconv', '--ignore-submodules=all', '-U0', '-M', '--relative'];

/**
 * Lines added in the working tree since `base` (a commit-ish), by POSIX path relative to `root`:
 * what `--diff BASE` and the Action's diff mode keep findings on. Untracked files that are not
 * ignored count as wholly added (they are new since `base` too). Every file that changed is a key,
 * even with no added line, so that file-level findings about it are kept.
 */
export async function changedLinesSince(
  root: string,
  base: string,
  options: { untracked?: boolean; maxFileSize?: number; excluded?: (posixPath: string) => boolean } = {},
): Promise<Map<string, Set<number>>> {
  await requireCommit(root, base, '--diff');
  // Against the working tree git reads files through their clean filters: util/git.ts pins every
  // filter command the repository configures to none, so only the bytes themselves are compared.
  const { changed, renamedFrom } = await addedLines(root, [...DIFF_ARGS, base, '--'], `--diff ${base}: git diff failed`);
  for (const [file, from] of renamedFrom) {
    if (options.excluded && renamedIntoScan(from, file, options.excluded)) changed.set(file, await allLines(path.join(root, ...file.split('/')), options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE));
  }
  if (options.untracked !== false) {
    for (const file of await untrackedFiles(root)) changed.set(file.path, await allLines(file.raw, options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE));
  }
  return changed;
}

/**
 * A file renamed into the scan from a path it does not cover (`from` excluded, or null: outside
 * the scan root) was never scanned where it was: every line of it is new to the scan, though a
 * rename alone adds none (a key moved out of `vendor/` would pass). Every mode asks this.
 */
export function renamedIntoScan(from: string | null | undefined, to: string, excluded: (posixPath: string) => boolean): boolean {
  return from !== undefined && (from === null || excluded(from)) && !excluded(to);
}

/** Every line number of a text (a final newline ends a line, it starts none). */
export function linesOf(text: string): Set<number> {
  let count = 1;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) count++;
  if (text.endsWith('\n')) count--;
  return new Set(Array.from({ length: count }, (_, i) => i + 1));
}

/** Lines added by what is staged (the index against HEAD, or against nothing before the first commit). */
export async function stagedChangedLines(root: string): Promise<Map<string, Set<number>>> {
  const changes = await stagedChanges(root);
  return new Map([...changes].map(([file, change]) => [file, change.lines]));
}

/** A staged file: its added lines and, when the diff names them, its blob and mode in the index. */
export interface StagedChange {
  lines: Set<number>;
  oid?: string;
  mode?: string;
  /** A staged rename's source path. */
  renamedFrom?: string;
}

/** A staged diff started ahead of the scan that uses it (startStagedChanges). */
export interface StagedHeadStart {
  /** The repository root it diffs, a real path as Settings.root is. */
  root: string;
  changes: Promise<Map<string, StagedChange>>;
  /** Ends the diff if it still runs: the command failed before the scan took it. */
  cancel(): void;
}

/**
 * Starts stagedChanges(root) at once. A pre-commit hook otherwise waits for git twice (its config
 * listing, then the diff) after the scan's code has loaded; started first, both run while it
 * loads. The diff does not depend on the configuration. A failure is reported when `changes` is
 * awaited; when the command fails before the scan, `cancel` ends the diff and its failure is
 * dropped, not unhandled.
 */
export function startStagedChanges(root: string): StagedHeadStart {
  const diff = startGit(root, STAGED_DIFF_ARGS);
  const changes = stagedChanges(root, diff);
  changes.catch(() => {});
  return { root, changes, cancel: () => diff.cancel() };
}

const STAGED_DIFF_ARGS = [...DIFF_ARGS, '--full-index', '--cached', '--'];

/**
 * What is staged, from one `git diff --cached` (a pre-commit hook runs this on every commit, so
 * it asks git as little as it can): without a commit argument git compares the index with HEAD,
 * or with nothing on an unborn branch, so HEAD need not be looked up first; `--full-index` names
 * each staged blob, so the contents can be read without listing the index. When the folder is
 * plainly inside a work tree, git is asked whether it is only if the diff fails (for the message);
 * otherwise the check runs beside the diff, and decides.
 */
export async function stagedChanges(root: string, started?: StartedGit): Promise<Map<string, StagedChange>> {
  const changes = new Map<string, StagedChange>();
  const change = (file: string): StagedChange => {
    let found = changes.get(file);
    if (!found) changes.set(file, (found = { lines: new Set() }));
    return found;
  };
  const parser = new UnifiedDiffParser({
    file: ({ path: file, oldPath, newOid, newMode }) => {
      if (file === null) return;
      const found = change(file);
      if (newOid !== undefined && !/^0+$/.test(newOid)) found.oid = newOid;
      if (newMode !== undefined) found.mode = newMode;
      if (oldPath !== null && oldPath !== file) found.renamedFrom = oldPath;
    },
    added: (file, line) => change(file).lines.add(line),
  });
  const plain = plainlyInWorkTree(root);
  const [, run] = await Promise.all([
    plain ? null : requireWorkTree(root, '--staged'),
    started ? startedGitLines(started, (line) => parser.line(line), MAX_LINE_BYTES) : gitLines(root, STAGED_DIFF_ARGS, (line) => parser.line(line), MAX_LINE_BYTES),
  ]);
  parser.end();
  if (run.code !== 0 && plain) await requireWorkTree(root, '--staged');
  if (run.code !== 0) throw new ConfigurationError(`--staged: git diff --cached failed: ${firstLine(run.stderr)}`);
  return changes;
}

/** Longest diff line decoded whole: past it only the start matters (a header, or a hunk line's `+`). */
const MAX_LINE_BYTES = 64 * 1024;

/** Streams a `git diff` into its added lines (`--text` shows real binary files too: lines are cut at MAX_LINE_BYTES, so memory stays small). */
async function addedLines(root: string, args: string[], failure: string): Promise<{ changed: Map<string, Set<number>>; renamedFrom: Map<string, string> }> {
  const { parser, result, renamedFrom } = addedLinesParser();
  const run = await gitLines(root, args, (line) => parser.line(line), MAX_LINE_BYTES);
  parser.end();
  if (run.code !== 0) throw new ConfigurationError(`${failure}: ${firstLine(run.stderr)}`);
  return { changed: result, renamedFrom };
}

/**
 * True when `dir` is inside a work tree by lstat alone: a `.git` above it (the one every git call
 * pins as its work tree, src/util/git.ts), `dir` not inside that `.git`, and not a repository
 * directory itself (a bare repository, which git would find first). Anything else asks git.
 */
function plainlyInWorkTree(dir: string): boolean {
  try {
    const top = repositoryMarker(dir);
    if (top === null) return false;
    const real = realpathSync(dir);
    if (path.relative(top, real).split(path.sep).includes('.git')) return false;
    const isRepositoryDir = ['HEAD', 'objects', 'refs'].every((name) => {
      try {
        lstatSync(path.join(real, name));
        return true;
      } catch {
        return false;
      }
    });
    return !isRepositoryDir;
  } catch {
    return false;
  }
}

export async function requireWorkTree(root: string, flag: string): Promise<void> {
  const inside = await git(root, ['rev-parse', '--is-inside-work-tree']);
  if (inside.code !== 0 || inside.stdout.toString().trim() !== 'true') {
    throw new ConfigurationError(`${flag} needs a git work tree, and ${root} is not inside one`);
  }
}

export async function requireCommit(root: string, rev: string, flag: string): Promise<void> {
  await requireWorkTree(root, flag);
  if (rev.startsWith('-')) throw new ConfigurationError(`${flag}: "${rev}" is not a revision`);
  const result = await git(root, ['rev-parse', '--verify', '-q', `${rev}^{commit}`]);
  if (result.code !== 0) throw new ConfigurationError(`${flag}: unknown revision "${rev}" (is it fetched? shallow clones need fetch-depth: 0)`);
}

/** Untracked files: the name as findings show it, and its bytes to open it by. */
async function untrackedFiles(root: string): Promise<{ path: string; raw: Buffer }[]> {
  const result = await git(root, ['ls-files', '-z', '--others', '--exclude-standard']);
  if (result.code !== 0) return [];
  return splitNul(result.stdout)
    .filter((p) => p.length > 0)
    .map((p) => ({ path: displayName(p), raw: Buffer.concat([Buffer.from(root + path.sep), p]) }));
}

/**
 * Every line of an untracked file, read the way the scan reads it: never through a symlink, never
 * blocking on a FIFO, never past the size limit. Anything else still counts as changed (for
 * file-level findings), with no lines.
 */
async function allLines(file: string | Buffer, maxBytes: number): Promise<Set<number>> {
  const outcome = await readTextFile(file, maxBytes);
  return outcome.kind === 'text' ? linesOf(outcome.text) : new Set();
}

function firstLine(text: string): string {
  return text.split('\n')[0]?.trim() || 'unknown error';
}
