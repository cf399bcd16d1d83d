import path from 'node:path';
import { REPOSITORY_RULES } from '../analyzers/plain-rules.js';
import type { ScanContext } from '../analyzers/types.js';
import { analyzeFile, makeSourceFile } from '../core/analyze.js';
import type { Diagnostic, RawFinding, Report } from '../core/finding.js';
import type { Logger } from '../core/logger.js';
import { discoveryFilter } from '../core/path-filter.js';
import { loadLibrariesFor } from '../core/libraries.js';
import { buildReport, emptyStats } from '../core/report.js';
import type { Settings } from '../core/settings.js';
import type { DiscoveredFile } from '../discover/files.js';
import { decodeText } from '../discover/read-text.js';
import { displayName, splitNul } from '../util/file-name.js';
import { git, isGitIncomplete } from '../util/git.js';
import { linesOf, renamedIntoScan, stagedChanges, type StagedHeadStart } from './changed-lines.js';
import { readBlobs } from './git-blobs.js';
import { readBlobsFromWorkingTree } from './worktree-blobs.js';

interface IndexEntry {
  mode: string;
  oid: string;
  path: string;
}

/**
 * The pre-commit scan: what is staged, read from the index (not the working tree, which may hold
 * unstaged edits), keeping line findings on added lines and file-level findings on staged files.
 */
export async function scanStaged(settings: Settings, logger: Logger, headStart?: StagedHeadStart | null): Promise<Report> {
  const started = performance.now();
  const diagnostics: Diagnostic[] = [];
  const stats = emptyStats();
  const changes = await (headStart?.root === settings.root ? headStart.changes : stagedChanges(settings.root));
  const changed = new Map([...changes].map(([file, change]) => [file, change.lines]));
  const wanted = discoveryFilter(settings);
  // The whole index is listed only when needed: a staged file whose blob or mode the diff did not
  // name (a pure rename, a mode change), or a repository rule reading a file that is not staged.
  let listing: Promise<Map<string, IndexEntry>> | null = null;
  const indexByPath = (): Promise<Map<string, IndexEntry>> => (listing ??= indexEntries(settings.root).then((all) => new Map(all.map((e) => [e.path, e]))));
  const entries: IndexEntry[] = [];
  const newToScan = new Set<string>();
  for (const [file, change] of changes) {
    if (!wanted(file)) continue;
    if (renamedIntoScan(change.renamedFrom, file, (p) => !wanted(p))) newToScan.add(file);
    const entry = change.oid !== undefined && change.mode !== undefined ? { path: file, oid: change.oid, mode: change.mode } : (await indexByPath()).get(file);
    if (entry) entries.push(entry);
  }
  const files: DiscoveredFile[] = entries.map((e) => ({ absPath: path.join(settings.root, ...e.path.split('/')), path: e.path, tracked: true }));
  stats.filesDiscovered = files.length;
  const scoped: Settings = { ...settings, changedLines: changed };
  const context: ScanContext = { settings: scoped, logger, files, diagnostic: (d) => diagnostics.push(d) };
  await loadLibrariesFor(scoped, files.map((f) => f.path));
  const raw: RawFinding[] = [];
  // Repository rules (env files) read what is staged too, not the working tree.
  const stagedTexts = new Map<string, string>();
  // Staged, but not text to read (a link, a submodule, binary, over the size limit): what the
  // scan itself skipped, a rule reading it gets nothing either (not the blob through git again).
  const notText = new Set<string>();
  context.readText = async (file) => {
    const staged = stagedTexts.get(file.path);
    if (staged !== undefined) return staged;
    if (notText.has(file.path)) return null;
    // A file that is not staged: its content in the index (the last commit's, or an earlier add).
    const entry = (await indexByPath()).get(file.path);
    if (!entry) return null;
    let text: string | null = null;
    await readBlobs(
      settings.root,
      [entry.oid],
      (_oid, content) => {
        if (content !== null) text = decodeText(content);
      },
      settings.maxFileSize,
    );
    return text;
  };

  const readable = entries.filter((e) => {
    // A submodule is staged as a commit id, not content. A symlink's blob is its target text,
    // committed and pushed like any file's (and `--history` scans it): scanned from git (the
    // working tree's link itself is never followed), so a key written as a target is found.
    if (e.mode === '160000') {
      notText.add(e.path);
      return false;
    }
    return true;
  });
  const byOid = new Map<string, IndexEntry[]>();
  for (const e of readable) byOid.set(e.oid, [...(byOid.get(e.oid) ?? []), e]);
  let done = 0;
  const absPathOf = (entry: IndexEntry) => path.join(settings.root, ...entry.path.split('/'));
  const onBlob = (oid: string, content: Buffer | null, size: number) => {
    for (const entry of byOid.get(oid) ?? []) {
      logger.progress?.(++done, readable.length);
      if (content === null) {
        notText.add(entry.path);
        stats.skippedTooLarge++;
        diagnostics.push({ file: entry.path, level: 'warning', code: 'skipped-too-large', message: `staged file of ${size} bytes exceeds the limit of ${settings.maxFileSize} bytes: not scanned` });
        continue;
      }
      const text = decodeText(content);
      if (text === null) {
        notText.add(entry.path);
        stats.skippedBinary++;
        diagnostics.push({ file: entry.path, level: 'info', code: 'skipped-binary', message: 'binary file (NUL byte in the first 8 KiB): not scanned' });
        continue;
      }
      stats.filesScanned++;
      stats.bytesScanned += content.length;
      stagedTexts.set(entry.path, text);
      if (newToScan.has(entry.path)) changed.set(entry.path, linesOf(text));
      const file: DiscoveredFile = { absPath: absPathOf(entry), path: entry.path, tracked: true };
      const result = analyzeFile(makeSourceFile(file, text, context), context);
      stats.suppressed += result.suppressed;
      for (const finding of result.findings) raw.push(finding);
    }
  };
  // Staged content the working tree holds too (its object id checked) is read there; the rest
  // comes from git. Blobs over the size limit are counted, not kept: reading stays linear in the
  // staged bytes.
  const fromGit = readBlobsFromWorkingTree(
    readable.map((entry) => ({ absPath: absPathOf(entry), oid: entry.oid })),
    settings.maxFileSize,
    (oid, content) => onBlob(oid, content, content.length),
  );
  await readBlobs(settings.root, fromGit, onBlob, settings.maxFileSize);
  for (const rule of REPOSITORY_RULES) {
    try {
      for (const finding of await rule.checkRepository(context)) raw.push(finding);
    } catch (error) {
      if (isGitIncomplete(error)) throw error;
      diagnostics.push({ file: null, level: 'error', code: 'rule-failed', message: `rule ${rule.meta.id} failed: ${String(error)}` });
    }
  }
  return buildReport(raw, scoped, stats, diagnostics, started, logger);
}

/** Stage-0 index entries below `root`, with paths relative to it. */
async function indexEntries(root: string): Promise<IndexEntry[]> {
  const result = await git(root, ['ls-files', '-s', '-z']);
  if (result.code !== 0) return [];
  const entries: IndexEntry[] = [];
  for (const record of splitNul(result.stdout)) {
    const tab = record.indexOf(9);
    if (tab === -1) continue;
    const [mode, oid, stage] = record.subarray(0, tab).toString('latin1').split(' ');
    if (stage !== '0' || !mode || !oid) continue; // conflicted entries: git refuses to commit them anyway
    // Shown as the diff parser shows it (`\xNN` for bytes that are not UTF-8), so the two agree.
    entries.push({ mode, oid, path: displayName(record.subarray(tab + 1)) });
  }
  return entries;
}
