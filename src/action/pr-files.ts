import { realpath } from 'node:fs/promises';
import path from 'node:path';
import { DEFAULT_MAX_FILE_SIZE } from '../core/settings.js';
import { renamedIntoScan } from '../diff/changed-lines.js';
import { readTextFile } from '../discover/read-text.js';

/**
 * The pull request files API fallback for diff mode (no base commit fetched): each file's
 * `patch` is a unified diff without file headers, and only its added lines matter.
 */

export interface PullRequestFile {
  filename: string;
  status: string;
  patch?: string;
  /** For a renamed file, the path it had. */
  previous_filename?: string;
}

const HUNK = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,\d+)? @@/;

/** Line numbers (in the new file) that a `patch` adds or changes. */
export function addedLinesFromPatch(patch: string): Set<number> {
  const added = new Set<number>();
  let line = 0;
  let inHunk = false;
  for (const text of patch.split('\n')) {
    const hunk = HUNK.exec(text);
    if (hunk) {
      line = Number(hunk[1]);
      inHunk = true;
      continue;
    }
    if (!inHunk) continue;
    if (text.startsWith('+')) added.add(line++);
    else if (text.startsWith(' ')) line++;
    else if (text === '' && line > 0) line++; // some tools drop the space of an empty context line
    // '-' lines and '\ No newline at end of file' do not advance the new file.
  }
  return added;
}

/**
 * Changed lines by path relative to the scan root. `rootPrefix` is the scan root relative to
 * the repository root ('' or 'sub/dir/'); files outside it are dropped. A file the API sends
 * without a patch (binary, or too large a diff) counts as changed on every line, and so does a
 * file renamed in from outside the scan root or from a path `excluded` names: it was never
 * scanned where it was (as `git diff --relative` shows the first as added).
 */
export async function changedLinesFromFiles(
  files: readonly PullRequestFile[],
  rootPrefix: string,
  root: string,
  maxBytes: number = DEFAULT_MAX_FILE_SIZE,
  excluded: (relative: string) => boolean = () => false,
): Promise<Map<string, Set<number>>> {
  const changed = new Map<string, Set<number>>();
  for (const file of files) {
    if (file.status === 'removed' || !file.filename.startsWith(rootPrefix)) continue;
    const relative = file.filename.slice(rootPrefix.length);
    if (!isPlainRelative(relative)) continue; // not a path git could have sent
    const from = file.status === 'renamed' ? file.previous_filename : undefined;
    const movedIn = renamedIntoScan(from === undefined ? undefined : from.startsWith(rootPrefix) ? from.slice(rootPrefix.length) : null, relative, excluded);
    changed.set(relative, file.patch !== undefined && !movedIn ? addedLinesFromPatch(file.patch) : await everyLine(root, relative, maxBytes));
  }
  return changed;
}

/**
 * Every line of a file sent without a patch, read exactly as the scanner reads it: no symlink
 * followed (the pull request may have made the file a link to /dev/zero or to a file of the
 * runner), no directory reached through a link, nothing beyond the size limit. A file the scanner
 * would not read is still changed, for file-level findings.
 */
async function everyLine(root: string, relative: string, maxBytes: number): Promise<Set<number>> {
  let count = 1;
  const file = path.join(root, relative);
  if (await parentIsReal(root, relative)) {
    const outcome = await readTextFile(file, maxBytes);
    if (outcome.kind === 'text') for (let i = outcome.text.indexOf('\n'); i !== -1; i = outcome.text.indexOf('\n', i + 1)) count++;
  }
  return new Set(Array.from({ length: count }, (_, i) => i + 1));
}

/** Whether the file's directory is where its path says, with no link on the way. */
async function parentIsReal(root: string, relative: string): Promise<boolean> {
  try {
    const realRoot = await realpath(root);
    return (await realpath(path.join(root, path.dirname(relative)))) === path.join(realRoot, path.dirname(relative));
  } catch {
    return false;
  }
}

function isPlainRelative(relative: string): boolean {
  return relative !== '' && !relative.includes('\0') && !path.posix.isAbsolute(relative) && !relative.split('/').some((part) => part === '..' || part === '.' || part === '');
}
