import path from 'node:path';
import type { ScanContext } from '../analyzers/types.js';
import { analyzeFile, makeSourceFile } from '../core/analyze.js';
import type { Diagnostic, Finding, RawFinding, Report } from '../core/finding.js';
import type { Logger } from '../core/logger.js';
import { discoveryFilter } from '../core/path-filter.js';
import { buildReport, emptyStats } from '../core/scan.js';
import type { Settings } from '../core/settings.js';
import { requireCommit, requireWorkTree } from '../diff/changed-lines.js';
import { UnifiedDiffParser } from '../diff/unified-diff.js';
import { git } from '../util/git.js';
import { AddedText } from './commit-files.js';
import { streamGitLines } from './git-lines.js';
import { presentAtHead } from './head-presence.js';
import { heldAtTip } from './tip-lines.js';
import { describeHistoryFinding } from './messages.js';

export interface HistoryOptions {
  /** Only commits after this revision (`REV..`). */
  since: string | null;
  /** Every branch, remote-tracking branch and tag instead of HEAD's history. */
  allBranches: boolean;
  /** The commit whose history is scanned and against which "still present" is judged (default HEAD). */
  tip?: string;
  /** More revisions to exclude (`^rev`): e.g. shallow boundary commits, whose diffs are unknown. */
  exclude?: string[];
  /**
   * A pull request's commits: say so in the messages, and read a merge commit as what the merge
   * itself changed (`--diff-merges=remerge`, git 2.36+: conflict resolutions, edits made in the
   * merge), not as its diff to the first parent, which is the merged-in base branch's work.
   */
  pullRequest?: boolean;
}

/** A history finding: where and when a secret entered the repository, and whether HEAD still has it. */
export interface HistoryFinding extends Finding {
  commit: string;
  authorDate: string;
  presentAtHead: boolean;
  /** The file at the tip still holds the secret on this very line (only then is it annotated). */
  lineAtTip: boolean;
}

const COMMIT_MARK = '\u001e';

interface Introduced {
  finding: RawFinding;
  authorDate: string;
  /** The text written in the commit (the key, or its encoded form): what is looked for at HEAD. */
  written: string;
}

/**
 * Audits git history: streams `git log -p` (merges as their diff to the first parent, renames
 * followed, binary files skipped), runs the file rules over the lines each commit added, and
 * reports every secret once, at the oldest commit that added it.
 */
export async function scanHistory(settings: Settings, logger: Logger, options: HistoryOptions): Promise<Report> {
  const started = performance.now();
  const root = settings.root;
  await requireWorkTree(root, '--history');
  if (options.since !== null) await requireCommit(root, options.since, '--since');
  const tip = options.tip ?? 'HEAD';
  const revisions = options.allBranches ? ['--branches', '--remotes', '--tags'] : [tip];
  if (options.since !== null) revisions.push(`^${options.since}`);
  for (const rev of options.exclude ?? []) revisions.push(`^${rev}`);
  const hasHead = (await git(root, ['rev-parse', '--verify', '-q', `${tip}^{commit}`])).code === 0;
  const diagnostics = new Map<string, Diagnostic>();
  const stats = emptyStats();
  const context: ScanContext = {
    settings,
    logger,
    files: [],
    diagnostic: (d) => {
      // Fragments of YAML are rarely valid YAML: their parse errors say nothing about the file.
      if (d.code.startsWith('yaml-')) return;
      diagnostics.set(`${d.file}\0${d.code}\0${d.message}`, d);
    },
  };
  if (!hasHead && !options.allBranches) return buildReport([], settings, stats, [...diagnostics.values()], started, logger);

  const total = Number((await git(root, ['rev-list', '--count', ...revisions, '--', '.'])).stdout.toString().trim()) || 0;
  const wanted = discoveryFilter(settings);
  const introduced = new Map<string, Introduced>();
  const seenFiles = new Set<string>();
  let commit = '';
  let authorDate = '';
  let files = new Map<string, AddedText>();
  let commits = 0;

  const finishCommit = () => {
    for (const [file, added] of files) analyzeCommitFile(file, added);
    files = new Map();
  };

  const analyzeCommitFile = (file: string, added: AddedText) => {
    seenFiles.add(file);
    if (added.bytes > settings.maxFileSize) {
      stats.skippedTooLarge++;
      context.diagnostic({ file, level: 'warning', code: 'skipped-too-large', message: `commit ${commit.slice(0, 12)} added ${added.bytes} bytes, more than the limit of ${settings.maxFileSize}: not scanned` });
      return;
    }
    stats.filesScanned++;
    stats.bytesScanned += added.bytes;
    const source = makeSourceFile({ absPath: path.join(root, ...file.split('/')), path: file, tracked: true }, added.text(), context);
    const result = analyzeFile(source, context);
    stats.suppressed += result.suppressed;
    for (const raw of result.findings) {
      const line = added.mapLine(raw.line);
      const endLine = added.mapLine(raw.endLine);
      const written = raw.line !== null && raw.line === raw.endLine ? spanText(added.lineText(raw.line), raw.column, raw.endColumn) : (raw.secret ?? '');
      const finding: RawFinding = { ...raw, line, endLine, commit };
      // One finding per secret (a key copied or moved stays one key); per file for findings without one.
      const identity = `${raw.ruleId}\0${raw.secret ?? `${file}\0${raw.fingerprintSeed ?? raw.message}`}`;
      const earlier = introduced.get(identity);
      // --topo-order lists children before parents: a later entry is an older commit (except within one).
      if (!earlier || earlier.finding.commit !== commit) introduced.set(identity, { finding, authorDate, written });
    }
  };

  const parser = new UnifiedDiffParser({
    added: (file, line, text) => {
      if (!wanted(file)) return;
      let added = files.get(file);
      if (!added) files.set(file, (added = new AddedText()));
      added.add(line, text);
    },
    binary: () => {
      stats.skippedBinary++;
    },
  });

  const merges = options.pullRequest === true && (await git(root, ['log', '-1', '--diff-merges=remerge', '--format=', tip, '--'])).code === 0 ? 'remerge' : 'first-parent';
  const args = ['log', '-p', '--topo-order', '--no-color', '--no-ext-diff', '--no-textconv', '--no-show-signature', '--no-mailmap', '--no-notes', '--ignore-submodules=all', '-U0', '-M', `--diff-merges=${merges}`, '--relative', `--format=${COMMIT_MARK}%H %aI`, ...revisions, '--', '.'];
  await streamGitLines(root, args, (line) => {
    if (line.startsWith(COMMIT_MARK)) {
      parser.end();
      finishCommit();
      [commit = '', authorDate = ''] = line.slice(1).split(' ');
      logger.progress?.(++commits, Math.max(total, commits));
      return;
    }
    parser.line(line);
  });
  parser.end();
  finishCommit();
  stats.filesDiscovered = seenFiles.size;

  const entries = [...introduced.values()];
  const atHead = await presentAtHead(root, entries.map((e) => e.written), tip);
  const onLine = await heldAtTip(root, tip, entries.map((e) => ({ file: e.finding.file, line: e.finding.line, written: e.written })));
  const raw = entries.map(({ finding, authorDate: date, written }, i) => {
    const present = atHead.has(written);
    return { ...describeHistoryFinding(finding, date, present, options.pullRequest === true), authorDate: date, presentAtHead: present, lineAtTip: onLine[i]! };
  });
  return buildReport(raw, settings, stats, [...diagnostics.values()], started, logger);
}


/** The characters between two 1-based columns (counted in code points, as findings are). */
function spanText(line: string, column: number | null, endColumn: number | null): string {
  if (column === null || endColumn === null) return '';
  return Array.from(line).slice(column - 1, endColumn - 1).join('');
}
