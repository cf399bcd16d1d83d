import path from 'node:path';
import type { ScanContext } from '../analyzers/types.js';
import { analyzeFile, makeSourceFile } from '../core/analyze.js';
import { loadLibrariesFor } from '../core/libraries.js';
import { errorMessage } from '../core/errors.js';
import type { Diagnostic, RawFinding, Report } from '../core/finding.js';
import type { Logger } from '../core/logger.js';
import { discoveryFilter } from '../core/path-filter.js';
import { buildReport, emptyStats } from '../core/report.js';
import type { Settings } from '../core/settings.js';
import { AddedText } from '../history/commit-files.js';
import { describeHistoryFinding } from '../history/messages.js';
import type { GitHubApi } from './github-api.js';

/**
 * A pull request's commits read through the REST API when the clone lacks them and they cannot
 * be fetched: GitHub lists exactly the pull request's own commits (base..head, so commits a merge
 * of the base branch brought in are not among them) and gives each commit's patch. The lines
 * each commit added are scanned as the history scanner scans `git log -p`; each key is reported
 * at the oldest commit that added it. Nothing of the pull request is checked out or run.
 */

/** GitHub lists at most this many commits of a pull request. */
export const API_COMMIT_LIMIT = 250;
/** Pages of files per commit (GitHub gives at most 3000 files, 300 a page). */
const FILE_PAGES = 10;

export interface ApiCommitScan {
  report: Report;
  commits: number;
  /** Merge commits in the list: their patch against the first parent is the base branch's changes, so it is not scanned. */
  merges: number;
  /** Files a commit changed whose patch the API does not give (binary, or too large): not scanned. */
  withoutPatch: number;
}

interface Target {
  owner: string;
  repo: string;
  number: number;
}

/** A hunk header's new-side start line. */
const HUNK = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,\d+)? @@/;

export async function scanPrCommitsViaApi(api: GitHubApi, target: Target, settings: Settings, rootPrefix: string, logger: Logger): Promise<ApiCommitScan | { missing: string }> {
  const started = performance.now();
  await loadLibrariesFor(settings, 'all');
  let listed: { sha: string; parents: { sha: string }[]; commit: { author?: { date?: string } | null; committer?: { date?: string } | null } }[];
  try {
    listed = await api.paginate(api.rest.pulls.listCommits, { owner: target.owner, repo: target.repo, pull_number: target.number, per_page: 100 });
  } catch (error) {
    return { missing: `the GitHub API did not list its commits (${errorMessage(error).slice(0, 200)})` };
  }
  if (listed.length >= API_COMMIT_LIMIT) return { missing: `the GitHub API lists only its first ${API_COMMIT_LIMIT} commits` };

  const stats = emptyStats();
  const diagnostics: Diagnostic[] = [];
  const context: ScanContext = {
    settings: { ...settings, changedLines: null },
    logger,
    files: [],
    diagnostic: (d) => {
      if (!d.code.startsWith('yaml-')) diagnostics.push(d); // fragments of YAML rarely parse
    },
  };
  const wanted = discoveryFilter(settings);
  const introduced = new Map<string, { finding: RawFinding; date: string; written: string }>();
  const seenFiles = new Set<string>();
  let merges = 0;
  let withoutPatch = 0;

  // Oldest first, as GitHub lists them: the first commit to add a key is where it is reported.
  for (const entry of listed) {
    if (!/^[0-9a-f]{40}$|^[0-9a-f]{64}$/.test(entry.sha)) return { missing: 'the GitHub API listed a commit without a valid id' };
    if (entry.parents.length > 1) {
      merges++;
      continue;
    }
    const date = entry.commit.author?.date ?? entry.commit.committer?.date ?? '';
    const files: { filename: string; patch?: string; status?: string }[] = [];
    try {
      for (let page = 1; page <= FILE_PAGES; page++) {
        const { data } = await api.request('GET /repos/{owner}/{repo}/commits/{ref}', { owner: target.owner, repo: target.repo, ref: entry.sha, per_page: 300, page });
        const batch = (data.files ?? []) as typeof files;
        files.push(...batch);
        if (batch.length < 300) break;
      }
    } catch (error) {
      return { missing: `the GitHub API did not give commit ${entry.sha.slice(0, 12)} (${errorMessage(error).slice(0, 200)})` };
    }
    for (const file of files) {
      if (file.status === 'removed') continue;
      // The API names files from the repository root; the scan's paths are below the scan root.
      if (!file.filename.startsWith(rootPrefix)) continue;
      const name = file.filename.slice(rootPrefix.length);
      if (!wanted(name)) continue;
      if (typeof file.patch !== 'string') {
        withoutPatch++;
        diagnostics.push({ file: name, level: 'warning', code: 'pr-commit-no-patch', message: `the GitHub API gives no patch for this file in commit ${entry.sha.slice(0, 12)} (binary or too large): its lines were not scanned` });
        continue;
      }
      const added = addedLines(file.patch);
      if (added.bytes === 0) continue;
      seenFiles.add(name);
      if (added.bytes > settings.maxFileSize) {
        stats.skippedTooLarge++;
        continue;
      }
      stats.filesScanned++;
      stats.bytesScanned += added.bytes;
      const source = makeSourceFile({ absPath: path.join(settings.root, ...name.split('/')), path: name, tracked: true }, added.text(), context);
      const result = analyzeFile(source, context);
      stats.suppressed += result.suppressed;
      for (const raw of result.findings) {
        const written = raw.line !== null && raw.line === raw.endLine ? spanText(added.lineText(raw.line), raw.column, raw.endColumn) : (raw.secret ?? '');
        const identity = `${raw.ruleId}\0${raw.secret ?? `${name}\0${raw.fingerprintSeed ?? raw.message}`}`;
        if (!introduced.has(identity)) introduced.set(identity, { finding: { ...raw, line: added.mapLine(raw.line), endLine: added.mapLine(raw.endLine), commit: entry.sha }, date, written });
      }
    }
  }
  stats.filesDiscovered = seenFiles.size;

  // What the head still holds: the pull request's net patch (its files, as the pull request shows them).
  const atHead = await headLines(api, target, rootPrefix);
  const raw = [...introduced.values()].map(({ finding, date, written }) => {
    const lines = atHead?.get(finding.file);
    const present = lines ? [...lines.values()].some((text) => written !== '' && text.includes(written)) : false;
    const onLine = lines !== undefined && finding.line !== null && written !== '' && (lines.get(finding.line) ?? '').includes(written);
    return { ...describeHistoryFinding(finding, date, present, true), authorDate: date, presentAtHead: present, lineAtTip: onLine };
  });
  const report = await buildReport(raw, context.settings, stats, diagnostics, started, logger);
  return { report, commits: listed.length, merges, withoutPatch };
}

/** The lines the pull request as a whole adds, by file and head line (null when the API does not say). */
async function headLines(api: GitHubApi, target: Target, rootPrefix: string): Promise<Map<string, Map<number, string>> | null> {
  try {
    const files = await api.paginate(api.rest.pulls.listFiles, { owner: target.owner, repo: target.repo, pull_number: target.number, per_page: 100 });
    const out = new Map<string, Map<number, string>>();
    for (const file of files) {
      if (typeof file.patch !== 'string' || !file.filename.startsWith(rootPrefix)) continue;
      const added = addedLines(file.patch);
      const lines = new Map<number, string>();
      for (let i = 1; i <= added.realLine.length; i++) lines.set(added.mapLine(i)!, added.lineText(i));
      out.set(file.filename.slice(rootPrefix.length), lines);
    }
    return out;
  } catch {
    return null;
  }
}

/** The added lines of one file's patch (the hunks of `git diff`, without file headers), at their new-side line numbers. */
export function addedLines(patch: string): AddedText {
  const added = new AddedText();
  let next = 0;
  let inHunk = false;
  for (const line of patch.split('\n')) {
    const hunk = HUNK.exec(line);
    if (hunk) {
      next = Number(hunk[1]);
      inHunk = true;
      continue;
    }
    if (!inHunk) continue;
    const tag = line[0];
    if (tag === '+') added.add(next++, line.slice(1).replace(/\r$/, ''));
    else if (tag === ' ' || line === '') next++;
    // '-' lines and '\ No newline at end of file' do not move the new side.
  }
  return added;
}

function spanText(line: string, column: number | null, endColumn: number | null): string {
  if (column === null || endColumn === null) return '';
  return Array.from(line).slice(column - 1, endColumn - 1).join('');
}
