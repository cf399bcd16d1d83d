import { lstat, readdir } from 'node:fs/promises';
import path from 'node:path';
import ignore, { type Ignore } from 'ignore';
import type { Diagnostic } from '../core/finding.js';
import { DEFAULT_MAX_FILE_SIZE } from '../core/settings.js';
import { readTextFile } from './read-text.js';
import { displayName, isUtf8, splitNul } from '../util/file-name.js';
import { git, gitTopLevel, repositoryMarker } from '../util/git.js';

export interface DiscoveredFile {
  /** Absolute path on disk (for a name that is not UTF-8, as shown: open `rawPath` instead). */
  absPath: string;
  /** The absolute path's bytes, set only when they are not UTF-8 (util/file-name.ts). */
  rawPath?: Uint8Array;
  /** POSIX path relative to the scan root: the path every finding uses. */
  path: string;
  /** Tracked by git; null when the file is not inside a git work tree. */
  tracked: boolean | null;
}

export interface Discovery {
  files: DiscoveredFile[];
  diagnostics: Diagnostic[];
  /** Symlinks met and not followed (the target, if inside the root, is scanned at its own path). */
  symlinks: number;
}

export function toPosixRelative(root: string, absPath: string): string {
  return path.relative(root, absPath).split(path.sep).join('/');
}

/**
 * Lists the files of every target: inside a git work tree what git tracks plus untracked files
 * that are not ignored; elsewhere a walk that honours `.gitignore` at every level. Never `.git/`,
 * never a symlink (so never outside the root, and no loops).
 */
export async function discoverFiles(root: string, targets: string[]): Promise<Discovery> {
  const seen = new Map<string, DiscoveredFile>();
  const diagnostics: Diagnostic[] = [];
  let symlinks = 0;
  const add = (file: DiscoveredFile) => {
    if (!seen.has(file.absPath)) seen.set(file.absPath, file);
  };

  const queue = [...targets];
  const visited = new Set<string>();
  for (let target = queue.shift(); target !== undefined; target = queue.shift()) {
    if (visited.has(target)) continue;
    visited.add(target);
    let stat;
    try {
      stat = await lstat(target);
    } catch {
      continue; // a nested repository or submodule folder listed by git but not checked out
    }
    if (!stat.isDirectory()) {
      // A file named explicitly is scanned even if ignored; symlinks still are not followed.
      if (stat.isSymbolicLink()) symlinks++;
      else add({ absPath: target, path: toPosixRelative(root, target), tracked: await trackedState(target) });
      continue;
    }
    const fromGit = await listWithGit(target);
    if (fromGit) {
      // git lists paths relative to the target, with `/`: prefixing the target's own relative
      // path is what path.relative would give, without resolving twenty thousand paths.
      const base = toPosixRelative(root, target);
      const under = (rel: string, absPath: string) => (base === '' ? rel : base.startsWith('..') ? toPosixRelative(root, absPath) : `${base}/${rel}`);
      for (const { rel, ...entry } of fromGit.files) add({ ...entry, path: under(rel, entry.absPath) });
      // Nested repositories and submodules are listed by git as one entry: scan their files too.
      for (const item of fromGit.nested) queue.push(item);
    } else {
      // A `.git` git cannot read: tracked files that `.gitignore` lists would be skipped by the walk.
      const marker = repositoryMarker(target);
      if (marker !== null) diagnostics.push({ file: toPosixRelative(root, target) || '.', level: 'error', code: 'git-failed', message: `git cannot read the repository at ${toPosixRelative(root, marker) || '.'} (a broken .git/config or include?): its tracked files may not all be scanned` });
      const walked = await walk(root, target, diagnostics);
      symlinks += walked.symlinks;
      for (const file of walked.files) add({ ...file, path: toPosixRelative(root, file.absPath), tracked: null });
    }
  }
  const files = [...seen.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { files, diagnostics, symlinks };
}

async function trackedState(file: string): Promise<boolean | null> {
  const dir = path.dirname(file);
  if (!(await gitTopLevel(dir))) return null;
  const result = await git(dir, ['ls-files', '-z', '--error-unmatch', '--', path.basename(file)]);
  return result.code === 0;
}

/**
 * `git ls-files` from the target directory, or null when it is not inside a work tree. Tracked
 * files deleted from the working tree are left out (there is nothing to read); nested
 * repositories (`inner/`) and submodules (gitlinks) come back as directories to scan on their own.
 */
async function listWithGit(dir: string): Promise<{ files: (Omit<DiscoveredFile, 'path'> & { rel: string })[]; nested: string[] } | null> {
  if (!(await gitTopLevel(dir))) return null;
  const [listed, deleted, staged] = await Promise.all([
    git(dir, ['ls-files', '-z', '-t', '--cached', '--others', '--exclude-standard']),
    git(dir, ['ls-files', '-z', '--deleted']),
    git(dir, ['ls-files', '-z', '--stage']),
  ]);
  if (listed.code !== 0) return null;
  // Names are bytes: compared as latin1 strings (one char per byte), shown through displayName.
  const gone = new Set(splitNul(deleted.stdout).map((r) => r.toString('latin1')));
  const nested = new Set<string>();
  for (const record of splitNul(staged.stdout)) {
    // "<mode> <object> <stage>\t<path>"; mode 160000 is a gitlink (a submodule).
    if (record.subarray(0, 7).toString('latin1') === '160000 ') nested.add(record.subarray(record.indexOf(9) + 1).toString('latin1'));
  }
  const entries = new Map<string, boolean>();
  for (const record of splitNul(listed.stdout)) {
    if (record.length < 3) continue;
    // `-t` tags: "? " untracked, "H " cached, others (S, M, R, C, K) are index states of tracked files.
    const tracked = record[0] !== 0x3f;
    const rel = record.subarray(2).toString('latin1');
    if (rel.endsWith('/')) nested.add(rel.slice(0, -1));
    else if (!nested.has(rel) && !gone.has(rel)) entries.set(rel, (entries.get(rel) ?? false) || tracked);
  }
  return {
    files: [...entries].map(([rel, tracked]) => ({ ...located(dir, Buffer.from(rel, 'latin1')), tracked })),
    nested: [...nested].map((rel) => path.join(dir, displayName(Buffer.from(rel, 'latin1')))),
  };
}

/** A file below `dir` named by bytes: its shown relative path, absolute path, and raw bytes if needed. */
function located(dir: string, rel: Buffer): { rel: string; absPath: string; rawPath?: Uint8Array } {
  const shown = displayName(rel);
  const absPath = path.join(dir, shown);
  if (isUtf8(rel)) return { rel: shown, absPath };
  return { rel: shown, absPath, rawPath: Buffer.concat([Buffer.from(dir + path.sep), rel]) };
}

interface IgnoreLayer {
  base: string;
  matcher: Ignore;
}

/** A directory of the walk: its path as shown, and its bytes (names need not be UTF-8). */
interface WalkDir {
  dir: string;
  raw: Buffer;
  layers: IgnoreLayer[];
}

async function walk(root: string, top: string, diagnostics: Diagnostic[]): Promise<{ files: { absPath: string; rawPath?: Uint8Array }[]; symlinks: number }> {
  const files: { absPath: string; rawPath?: Uint8Array }[] = [];
  let symlinks = 0;
  const stack: WalkDir[] = [{ dir: top, raw: Buffer.from(top), layers: [] }];
  while (stack.length > 0) {
    const { dir, raw, layers: parentLayers } = stack.pop()!;
    let entries;
    try {
      entries = await readdir(raw, { withFileTypes: true, encoding: 'buffer' });
    } catch (error) {
      diagnostics.push({ file: toPosixRelative(root, dir) || '.', level: 'warning', code: 'unreadable-directory', message: `cannot read directory: ${(error as NodeJS.ErrnoException).code ?? error}` });
      continue;
    }
    const layers = [...parentLayers];
    if (entries.some((e) => e.name.toString('latin1') === '.gitignore' && e.isFile())) {
      // Never through a link, never blocking on a FIFO, never past the size limit.
      const rules = await readTextFile(path.join(dir, '.gitignore'), DEFAULT_MAX_FILE_SIZE);
      // An unreadable .gitignore ignores nothing, as in git.
      if (rules.kind === 'text') layers.push({ base: dir, matcher: ignore().add(rules.text) });
    }
    for (const entry of entries) {
      const name = entry.name as Buffer;
      if (name.toString('latin1') === '.git') continue;
      const abs = path.join(dir, displayName(name));
      const rawAbs = Buffer.concat([raw, Buffer.from(path.sep), name]);
      if (entry.isSymbolicLink()) {
        symlinks++;
        continue;
      }
      const isDir = entry.isDirectory();
      if (isIgnored(layers, abs, isDir)) continue;
      if (isDir) stack.push({ dir: abs, raw: rawAbs, layers });
      else files.push(isUtf8(rawAbs) ? { absPath: abs } : { absPath: abs, rawPath: rawAbs });
    }
  }
  return { files, symlinks };
}

/** Git's precedence: the deepest `.gitignore` that has an opinion wins. */
export function isIgnored(layers: IgnoreLayer[], abs: string, isDir: boolean): boolean {
  for (let i = layers.length - 1; i >= 0; i--) {
    const layer = layers[i]!;
    const rel = path.relative(layer.base, abs).split(path.sep).join('/') + (isDir ? '/' : '');
    const verdict = layer.matcher.test(rel);
    if (verdict.ignored) return true;
    if (verdict.unignored) return false;
  }
  return false;
}
