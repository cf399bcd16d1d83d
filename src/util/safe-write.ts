import { randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { lstat, mkdir, open, rename, unlink } from 'node:fs/promises';
import path from 'node:path';
import { ConfigurationError } from '../core/errors.js';

/**
 * Writes a file the tool produces (report, SARIF, baseline) without ever writing through a link.
 * A scanned repository may commit `report.sarif -> ~/.bashrc`: writing to that name would
 * overwrite the link's target. Instead the content goes to a fresh file created with
 * O_CREAT|O_EXCL|O_NOFOLLOW next to the target, which is then renamed over it: rename replaces
 * a symlink (or a hard link) rather than following it.
 */
export interface SafeWriteOptions {
  /**
   * A directory the caller trusts (the workspace, the working directory). When the target lies
   * under it, no directory between it and the target may be a symlink: a repository could commit
   * `reports -> /home/runner/.ssh` and have the file land there.
   */
  within?: string;
}

// O_NOFOLLOW on the temporary name too: O_EXCL already refuses an existing link, this says so twice.
const CREATE_FLAGS = constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW;

export async function writeFileNoFollow(target: string, content: string | Uint8Array, options: SafeWriteOptions = {}): Promise<void> {
  const file = path.resolve(target);
  const dir = path.dirname(file);
  if (options.within !== undefined) await refuseLinkedParents(path.resolve(options.within), dir, target);
  await mkdir(dir, { recursive: true });
  const temporary = path.join(dir, `.${path.basename(file)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
  const handle = await open(temporary, CREATE_FLAGS, 0o666);
  try {
    try {
      await handle.writeFile(content);
    } finally {
      await handle.close();
    }
    await rename(temporary, file);
  } catch (error) {
    await unlink(temporary).catch(() => {});
    throw error;
  }
}

/** Every existing directory from `within` (exclusive) down to `dir` must be a directory, not a link. */
async function refuseLinkedParents(within: string, dir: string, shown: string): Promise<void> {
  const relative = path.relative(within, dir);
  if (relative === '' || relative === '..' || relative.startsWith(`..${path.sep}`) || path.isAbsolute(relative)) return;
  let current = within;
  for (const part of relative.split(path.sep)) {
    current = path.join(current, part);
    let info;
    try {
      info = await lstat(current);
    } catch {
      return; // does not exist yet: mkdir creates real directories from here on
    }
    if (info.isSymbolicLink()) {
      throw new ConfigurationError(`refusing to write ${shown}: ${path.relative(within, current)} is a symbolic link (files are never written through links)`);
    }
    if (!info.isDirectory()) throw new ConfigurationError(`cannot write ${shown}: ${path.relative(within, current)} is not a directory`);
  }
}
