import path from 'node:path';
import { errorMessage } from '../core/errors.js';
import type { Logger } from '../core/logger.js';
import { discoveryFilter } from '../core/path-filter.js';
import { changedLinesSince } from '../diff/index.js';
import { git, gitTopLevel, isGitIncomplete } from '../util/git.js';
import type { GitHubApi } from './github-api.js';
import type { ActionInputs } from './inputs.js';
import { changedLinesFromFiles, type PullRequestFile } from './pr-files.js';

export interface DiffScope {
  lines: Map<string, Set<number>>;
  /** How the changed lines were found, for the log and the summary. */
  source: string;
}

/**
 * What a diff-mode scan keeps: `git diff` against the merge base when the base commit is
 * fetched, else the pull request files API. Null when neither works (the caller scans fully).
 */
export async function resolveDiffScope(inputs: ActionInputs, api: GitHubApi | null, logger: Logger): Promise<DiffScope | null> {
  const { root } = inputs.settings;
  const { baseSha, pullRequest, repo } = inputs.event;
  if (baseSha) {
    const base = await git(root, ['merge-base', baseSha, 'HEAD']);
    if (base.code === 0) {
      const mergeBase = base.stdout.toString('utf8').trim();
      try {
        const wanted = discoveryFilter(inputs.settings);
        const lines = await changedLinesSince(root, mergeBase, { untracked: false, maxFileSize: inputs.settings.maxFileSize, excluded: (file) => !wanted(file) });
        return { lines, source: `git diff against ${mergeBase.slice(0, 12)}` };
      } catch (error) {
        // A git call that hung is a failed scan, not a reason to fall back quietly.
        if (isGitIncomplete(error)) throw error;
        logger.debug(`git diff against ${mergeBase} failed: ${errorMessage(error)}`);
      }
    } else {
      logger.debug(`base commit ${baseSha} is not fetched (or shares no history with HEAD)`);
    }
  }
  if (api && pullRequest && repo) {
    try {
      const files: PullRequestFile[] = await api.paginate(api.rest.pulls.listFiles, { ...repo, pull_number: pullRequest.number, per_page: 100 });
      const top = (await gitTopLevel(root)) ?? inputs.workspace;
      const wanted = discoveryFilter(inputs.settings);
      const lines = await changedLinesFromFiles(files, rootPrefix(top, root), root, inputs.settings.maxFileSize, (file) => !wanted(file));
      return { lines, source: `the files of pull request #${pullRequest.number}` };
    } catch (error) {
      logger.debug(`pull request files API failed: ${errorMessage(error)}`);
    }
  }
  return null;
}

/** The scan root relative to the repository root, as a POSIX prefix ('' or 'sub/dir/'). */
export function rootPrefix(top: string, root: string): string {
  const relative = path.relative(top, root).split(path.sep).join('/');
  return relative === '' || relative === '..' || relative.startsWith(`..${path.sep}`) || path.isAbsolute(relative) ? '' : `${relative}/`;
}
