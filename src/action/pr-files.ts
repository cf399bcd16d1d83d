import { readFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * The pull request files API fallback for diff mode (no base commit fetched): each file's
 * `patch` is a unified diff without file headers, and only its added lines matter.
 */

export interface PullRequestFile {
  filename: string;
  status: string;
  patch?: string;
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
 * without a patch (binary, or too large a diff) counts as changed on every line.
 */
export async function changedLinesFromFiles(files: readonly PullRequestFile[], rootPrefix: string, root: string): Promise<Map<string, Set<number>>> {
  const changed = new Map<string, Set<number>>();
  for (const file of files) {
    if (file.status === 'removed' || !file.filename.startsWith(rootPrefix)) continue;
    const relative = file.filename.slice(rootPrefix.length);
    changed.set(relative, file.patch !== undefined ? addedLinesFromPatch(file.patch) : await everyLine(path.join(root, relative)));
  }
  return changed;
}

async function everyLine(file: string): Promise<Set<number>> {
  let count = 1;
  try {
    const buffer = await readFile(file);
    for (let i = buffer.indexOf(10); i !== -1; i = buffer.indexOf(10, i + 1)) count++;
  } catch {
    // Not in the checkout: the file is still changed, for file-level findings.
  }
  return new Set(Array.from({ length: count }, (_, i) => i + 1));
}
