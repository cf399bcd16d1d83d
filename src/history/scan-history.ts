import path from 'node:path';
import type { ScanContext } from '../analyzers/types.js';
import { analyzeFile, makeSourceFile } from '../core/analyze.js';
import { loadLibrariesFor } from '../core/libraries.js';
import type { Diagnostic, Finding, RawFinding, Report } from '../core/finding.js';
import type { Logger } from '../core/logger.js';
import { discoveryFilter } from '../core/path-filter.js';
import { buildReport, emptyStats } from '../core/report.js';
import type { Settings } from '../core/settings.js';
import { renamedIntoScan, requireCommit, requireWorkTree } from '../diff/changed-lines.js';
import { BlobReader } from '../diff/git-blobs.js';
import { UnifiedDiffParser } from '../diff/unified-diff.js';
import { classify } from '../discover/classify.js';
import { decodeText } from '../discover/read-text.js';
import type { SourceFile } from '../analyzers/types.js';
import type { YamlFile } from '../yaml/load.js';
import { yamlLibrary } from '../yaml/library.js';
import { git, type StartedGit } from '../util/git.js';
import { COMMIT_MARK, historyLogArgs, historyRevisions } from './log-args.js';
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
  /**
   * Deferred YAML items analysed per batch while the log is still read (default 256);
   * `Infinity` analyses them all after the log, as one batch. The report is the same either way.
   */
  deferredBatch?: number;
  /**
   * This scan's log, started before the scan (src/cli/main.ts: while the scanner loads). Read if
   * it is the log the scan would run (same folder and arguments), else ended; the caller ends it
   * too if the scan fails before it is read to its end (StartedGit.cancel does nothing after).
   */
  startedLog?: StartedGit | null;
}

/** A history finding: where and when a secret entered the repository, and whether HEAD still has it. */
export interface HistoryFinding extends Finding {
  commit: string;
  authorDate: string;
  presentAtHead: boolean;
  /** The file at the tip still holds the secret on this very line (only then is it annotated). */
  lineAtTip: boolean;
}

interface Introduced {
  finding: RawFinding;
  /** Position of the commit in the log (children first): the larger, the older. */
  seq: number;
  authorDate: string;
  /** The text written in the commit (the key, or its encoded form): what is looked for at HEAD. */
  written: string;
  /** Order key of the first record of this secret and of the kept one (see `OrderKey`). */
  firstKey: OrderKey;
  keptKey: OrderKey;
}

/**
 * Where a record stands in the order of a scan that analyses the log's added lines first and the
 * deferred YAML blobs after (grouped by blob, in the order each blob was first met): findings are
 * listed, and ties between equally old records broken, by this order, so the report is the same
 * however the deferred analyses interleave with reading the log (they run while git still writes).
 */
type OrderKey = readonly number[];

function compareKeys(a: OrderKey, b: OrderKey): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return a.length - b.length;
}

/** Deferred items analysed per `cat-file --batch` while the log is still read. */
const DEFERRED_BATCH = 256;

/**
 * YAML files up to this size are analysed whole at each commit that added lines to them (the
 * structural rules need the document around the added lines); larger ones (lock files) only by
 * the rules that read text, on the added lines.
 */
const WHOLE_BLOB_MAX = 512 * 1024;

/** A commit's added lines to a YAML file, analysed later on the file's whole content at that commit. */
interface Deferred {
  seq: number;
  commit: string;
  authorDate: string;
  file: string;
  oid: string;
  added: AddedText;
  /** Place in the list of every deferred item, and that of the first item with the same blob. */
  index: number;
  first: number;
}

let noYaml: YamlFile | null = null;
/** What the YAML rules get on added lines: no document (made once the library is loaded). */
const NO_YAML = (): YamlFile => (noYaml ??= { documents: [], lineCounter: new (yamlLibrary().LineCounter)(), diagnostics: [], ok: true });

/**
 * Audits git history: streams `git log -p` (merges as their diff to the first parent, renames
 * followed, binary files skipped), runs the file rules over the lines each commit added, and
 * reports every secret once, at the oldest commit that added it. Structural YAML rules never see
 * fragments (a few added lines are not the document they belong to): a YAML file is analysed
 * whole at that commit and only findings on its added lines are kept.
 */
export async function scanHistory(settings: Settings, logger: Logger, options: HistoryOptions): Promise<Report> {
  const started = performance.now();
  const root = settings.root;
  // Any commit may add any file: both libraries, loaded while git starts.
  const libraries = loadLibrariesFor(settings, 'all');
  await requireWorkTree(root, '--history');
  await libraries;
  if (options.since !== null) await requireCommit(root, options.since, '--since');
  const tip = options.tip ?? 'HEAD';
  const revisions = historyRevisions(options);
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

  // The commit count only sizes the progress display: counted beside the log (git walks every
  // commit for it), and not at all when nothing shows progress.
  let total = 0;
  if (logger.progress) {
    void git(root, ['rev-list', '--count', ...revisions, '--', '.']).then(
      (counted) => (total = Number(counted.stdout.toString().trim()) || 0),
      () => {},
    );
  }
  const wanted = discoveryFilter(settings);
  const introduced = new Map<string, Introduced>();
  const seenFiles = new Set<string>();
  let commit = '';
  let authorDate = '';
  let files = new Map<string, AddedText>();
  /** Post-image blob of each file of the current commit. */
  let oids = new Map<string, string>();
  let commits = 0;
  let deferred: Deferred[] = [];
  let deferredCount = 0;
  /** Each deferred blob's first place in the list of every deferred item. */
  const firstSeen = new Map<string, number>();
  /** The order key of the analysis under way, and a count of its records. */
  let keyPrefix: number[] = [0, 0];
  let analyses = 0;
  let recordsInAnalysis = 0;
  const startAnalysis = (prefix: number[]) => {
    keyPrefix = prefix;
    recordsInAnalysis = 0;
  };
  // Deferred YAML blobs are analysed batch by batch while git still writes the log (on another
  // core), not all after it: the batches run one after another, in order, through one reader
  // (git starts with its first request, and ends when the scan does, however the scan ends: a
  // batch still queued after a failed scan finds it closed and starts nothing).
  let deferredWork: Promise<void> = Promise.resolve();
  const blobReader = new BlobReader(root);
  const flushDeferred = () => {
    if (deferred.length === 0) return;
    const batch = deferred;
    deferred = [];
    deferredWork = deferredWork.then(() => analyzeDeferred(batch));
    // Awaited after the log; until then a failure must not count as unhandled.
    deferredWork.catch(() => {});
  };

  const finishCommit = () => {
    for (const [file, added] of files) {
      const oid = oids.get(file);
      // YAML is analysed whole; a file whose added lines hold a NUL past its known first 8 KiB is
      // told binary or not by its blob (the same deferred read), not by where the NUL was added.
      // A file renamed in from an excluded path is read whole too; git names no blob for a pure
      // rename, so it is looked up by path at the commit (below, `analyzeDeferred`).
      const blob = oid ?? (added.renamedIn ? '' : undefined);
      if (blob !== undefined && (isYamlPath(file) || (added.nul && added.bytes <= settings.maxFileSize) || added.renamedIn) && !/^0+$/.test(blob)) {
        const index = deferredCount++;
        const key = blob === '' ? `${commit}:${file}` : blob;
        if (!firstSeen.has(key)) firstSeen.set(key, index);
        deferred.push({ seq: commits, commit, authorDate, file, oid: blob, added, index, first: firstSeen.get(key)! });
      } else {
        startAnalysis([0, analyses++]);
        analyzeAdded(file, added, commits, commit, authorDate);
      }
    }
    files = new Map();
    oids = new Map();
    if (deferred.length >= (options.deferredBatch ?? DEFERRED_BATCH)) flushDeferred();
  };

  const tooLarge = (file: string, bytes: number, at: string): boolean => {
    if (bytes <= settings.maxFileSize) return false;
    stats.skippedTooLarge++;
    context.diagnostic({ file, level: 'warning', code: 'skipped-too-large', message: `commit ${at.slice(0, 12)} added ${bytes} bytes, more than the limit of ${settings.maxFileSize}: not scanned` });
    return true;
  };

  /** The rules that read text, on the lines a commit added (YAML rules get no document). */
  const analyzeAdded = (file: string, added: AddedText, seq: number, at: string, date: string) => {
    seenFiles.add(file);
    if (added.binary) {
      stats.skippedBinary++;
      return;
    }
    if (tooLarge(file, added.bytes, at)) return;
    stats.filesScanned++;
    stats.bytesScanned += added.bytes;
    const parsed = makeSourceFile({ absPath: path.join(root, ...file.split('/')), path: file, tracked: true }, added.text(), context);
    const source: SourceFile = { ...parsed, yaml: NO_YAML };
    const result = analyzeFile(source, context);
    stats.suppressed += result.suppressed;
    for (const raw of result.findings) {
      const line = added.mapLine(raw.line);
      const endLine = added.mapLine(raw.endLine);
      record(raw, { line, endLine }, writtenText(raw, (l) => added.lineText(l)), seq, at, date, file);
    }
  };

  /** Every rule on a YAML file's whole content at the commit; findings kept on the lines it added. */
  const analyzeWhole = (item: Deferred, text: string, bytes: number) => {
    seenFiles.add(item.file);
    if (tooLarge(item.file, bytes, item.commit)) return;
    stats.filesScanned++;
    stats.bytesScanned += item.added.renamedIn ? bytes : item.added.bytes;
    // `yaml`'s parse: a version of a file keeps reporting the secrets of earlier ones, and on the
    // fast parse (src/yaml/fast-parse.ts) every such version would be analysed twice.
    const source = makeSourceFile({ absPath: path.join(root, ...item.file.split('/')), path: item.file, tracked: true }, text, context, { exact: true });
    const result = analyzeFile(source, context);
    stats.suppressed += result.suppressed;
    if (result.findings.length === 0) return;
    const addedLines = new Set(item.added.realLine);
    const lines = text.split('\n');
    for (const raw of result.findings) {
      if (!item.added.renamedIn && raw.line !== null && !touchesAdded(raw.line, raw.endLine ?? raw.line, addedLines)) continue;
      record(raw, { line: raw.line, endLine: raw.endLine }, writtenText(raw, (l) => (lines[l - 1] ?? '').replace(/\r$/, '')), item.seq, item.commit, item.authorDate, item.file);
    }
  };

  const record = (raw: RawFinding, at: { line: number | null; endLine: number | null }, written: string, seq: number, sha: string, date: string, file: string) => {
    const finding: RawFinding = { ...raw, ...at, commit: sha };
    const key: OrderKey = [...keyPrefix, recordsInAnalysis++];
    // One finding per secret (a key copied or moved stays one key); per file for findings without one.
    const identity = `${raw.ruleId}\0${raw.secret ?? `${file}\0${raw.fingerprintSeed ?? raw.message}`}`;
    const earlier = introduced.get(identity);
    if (!earlier) {
      introduced.set(identity, { finding, seq, authorDate: date, written, firstKey: key, keptKey: key });
      return;
    }
    if (compareKeys(key, earlier.firstKey) < 0) earlier.firstKey = key;
    // --topo-order lists children before parents: a later commit in the log is older (within one, the first is kept).
    if (earlier.seq < seq || (earlier.seq === seq && compareKeys(key, earlier.keptKey) < 0)) {
      introduced.set(identity, { finding, seq, authorDate: date, written, firstKey: earlier.firstKey, keptKey: key });
    }
  };

  const parser = new UnifiedDiffParser({
    file: (f) => {
      if (f.path !== null && f.newOid !== undefined) oids.set(f.path, f.newOid);
      if (f.path !== null && f.oldPath !== f.path && renamedIntoScan(f.oldPath ?? undefined, f.path, (p) => !wanted(p))) {
        let added = files.get(f.path);
        if (!added) files.set(f.path, (added = new AddedText(settings.maxFileSize)));
        added.renamedIn = true;
      }
    },
    added: (file, line, text) => {
      if (!wanted(file)) return;
      let added = files.get(file);
      if (!added) files.set(file, (added = new AddedText(settings.maxFileSize)));
      added.add(line, text);
    },
    binary: () => {
      stats.skippedBinary++;
    },
  });

  const merges = options.pullRequest === true && (await git(root, ['log', '-1', '--diff-merges=remerge', '--format=', tip, '--'])).code === 0 ? 'remerge' : 'first-parent';
  const args = historyLogArgs(revisions, merges);
  // The log started ahead (while the scanner loaded) is read if it is this one; else it is ended.
  const startedLog = options.startedLog && options.startedLog.cwd === root && options.startedLog.args.join('\0') === args.join('\0') ? options.startedLog : null;
  if (!startedLog) options.startedLog?.cancel();
  let done = false;
  try {
    await streamGitLines(root, args, (line) => {
      if (line.startsWith(COMMIT_MARK)) {
        parser.end();
        finishCommit();
        [commit = '', authorDate = ''] = line.slice(1).split(' ');
        // Counted apart from the progress call: `progress?.(…)` skips its arguments when absent.
        commits++;
        logger.progress?.(commits, Math.max(total, commits));
        return;
      }
      parser.line(line);
    }, settings.maxFileSize + 1, startedLog);
    parser.end();
    finishCommit();
    flushDeferred();
    await deferredWork;
    stats.filesDiscovered = seenFiles.size;
    const entries = [...introduced.values()].sort((a, b) => compareKeys(a.firstKey, b.firstKey));
    // Two independent questions to git, asked at once; the tip's files come through the same reader.
    const [atHead, onLine] = await Promise.all([
      presentAtHead(root, entries.map((e) => e.written), tip),
      heldAtTip(root, tip, entries.map((e) => ({ file: e.finding.file, line: e.finding.line, written: e.written })), blobReader),
    ]);
    const raw = entries.map(({ finding, authorDate: date, written }, i) => {
      const present = atHead.has(written);
      return { ...describeHistoryFinding(finding, date, present, options.pullRequest === true), authorDate: date, presentAtHead: present, lineAtTip: onLine[i]! };
    });
    const report = await buildReport(raw, settings, stats, [...diagnostics.values()], started, logger);
    done = true;
    return report;
  } finally {
    // A failed scan still ends its reader; the scan's own error is the one reported.
    await (done ? blobReader.close() : blobReader.close().catch(() => {}));
  }

  /** A batch of deferred blobs read through the scan's one `cat-file --batch`, each analysed as it arrives (one in memory at a time). */
  async function analyzeDeferred(items: readonly Deferred[]): Promise<void> {
    for (const item of items) {
      if (item.oid !== '') continue;
      // `./`: the path is relative to the scan root, where git runs.
      const found = await git(root, ['rev-parse', '--verify', '-q', `${item.commit}:./${item.file}`]);
      if (found.code === 0) item.oid = found.stdout.toString('utf8').trim();
    }
    const byOid = new Map<string, Deferred[]>();
    for (const item of items) {
      if (item.oid === '') continue;
      const list = byOid.get(item.oid);
      if (list) list.push(item);
      else byOid.set(item.oid, [item]);
    }
    const seen = new Set<string>();
    await blobReader.read(
      [...byOid.keys()],
      (oid, content, size, head) => {
        seen.add(oid);
        const text = content === null ? null : decodeText(content);
        // A NUL in the blob's first 8 KiB (read even from a blob too large to keep): binary.
        const binary = content !== null ? text === null : decodeText(head.subarray(0, 8192)) === null;
        for (const item of byOid.get(oid) ?? []) {
          startAnalysis([1, item.first, item.index]);
          if (binary && (item.added.nul || item.added.renamedIn)) {
            // Skipped as a tree scan would skip the file; a NUL added further on hides nothing.
            seenFiles.add(item.file);
            stats.skippedBinary++;
          } else if (text === null) analyzeAdded(item.file, item.added, item.seq, item.commit, item.authorDate);
          // What is deferred is read whole (see finishCommit), as the tree scan reads it.
          else analyzeWhole(item, text, size);
        }
      },
      Math.min(WHOLE_BLOB_MAX, settings.maxFileSize),
      8192,
    );
    // A blob git could not read or find (a shallow or partial clone): the added lines are what there is.
    for (const item of items) {
      if (item.oid !== '' && seen.has(item.oid)) continue;
      startAnalysis([2, item.first, item.index]);
      analyzeAdded(item.file, item.added, item.seq, item.commit, item.authorDate);
    }
  }
}


function isYamlPath(file: string): boolean {
  const lower = file.toLowerCase();
  return (lower.endsWith('.yml') || lower.endsWith('.yaml')) && classify(file) !== 'env';
}

function touchesAdded(line: number, endLine: number, added: ReadonlySet<number>): boolean {
  for (let l = line; l <= endLine; l++) if (added.has(l)) return true;
  return false;
}

/**
 * The text a commit wrote for a finding (the key, or its encoded form), looked for at HEAD: the
 * span on its line; for a key split over lines, its first part.
 */
function writtenText(raw: RawFinding, lineText: (line: number) => string): string {
  if (raw.line !== null && raw.line === raw.endLine) return spanText(lineText(raw.line), raw.column, raw.endColumn);
  return raw.secretParts?.[0] ?? raw.secret ?? '';
}

/** The characters between two 1-based columns (counted in code points, as findings are). */
function spanText(line: string, column: number | null, endColumn: number | null): string {
  if (column === null || endColumn === null) return '';
  return Array.from(line).slice(column - 1, endColumn - 1).join('');
}
