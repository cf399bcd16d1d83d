import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/core/logger.js';
import { defaultSettings } from '../../src/core/settings.js';
import { scanHistory, type HistoryFinding } from '../../src/history/scan-history.js';
import { openaiKey } from '../helpers/keys.js';
import { cleanupTempDirs } from '../helpers/repo.js';
import { commitsBySubject, EPOCH, FastHistory, isoDate } from './fast-history.js';

afterAll(cleanupTempDirs);

const COMMITS = 320;
const keys = { moved: openaiKey(), deleted: openaiKey(), readded: openaiKey(), binary: openaiKey(), long: openaiKey(), feature: openaiKey(), side: openaiKey(), legacy: openaiKey('legacy') };
const LONG_PAD = 'x'.repeat(300_000);

/** Marks (commit numbers on main) where each event happens; every other commit is noise. */
let repo: string;
let subjects: Map<string, string>;
let markTimes: Map<string, number>;

beforeAll(() => {
  const h = new FastHistory();
  markTimes = new Map();
  const notes = new Map<string, string[]>();
  let featureMark = 0;
  let mark = 0;
  const at = (subject: string) => markTimes.set(subject, EPOCH + 60 * mark);
  for (let i = 1; i <= COMMITS; i++) {
    const note = `notes/n${i % 17}.txt`;
    const lines = [...(notes.get(note) ?? []), `note ${i}`];
    notes.set(note, lines);
    const changes: Parameters<FastHistory['commit']>[2] = [{ path: note, content: lines.join('\n') + '\n' }];
    const subject = `c${i}`;
    switch (i) {
      case 10: // a key is added, later moved to another file and renamed with it
        changes.push({ path: 'src/config.py', content: `import os\n\nkey = "${keys.moved}"\nDEBUG = 1\n` });
        break;
      case 50:
        changes.push({ path: 'src/config.py', content: 'import os\n\nDEBUG = 1\n' }, { path: 'src/settings.py', content: `# settings\nkey = "${keys.moved}"\n` });
        break;
      case 80: // added, then the file deleted: gone from HEAD, alive in history
        changes.push({ path: 'deploy/values.txt', content: `token: ${keys.deleted}\n` });
        break;
      case 120:
        changes.push({ delete: 'deploy/values.txt' });
        break;
      case 160: // added, removed, re-added elsewhere, removed again
        changes.push({ path: 'a/one.txt', content: `first ${keys.readded}\n` });
        break;
      case 200:
        changes.push({ delete: 'a/one.txt' });
        break;
      case 210:
        changes.push({ path: 'b/two.txt', content: `\n\nagain ${keys.readded}\n` });
        break;
      case 250:
        changes.push({ delete: 'b/two.txt' });
        break;
      case 260:
        changes.push({ rename: ['src/settings.py', 'src/app_settings.py'] });
        break;
      case 270: // binary content is not shown by git log -p
        changes.push({ path: 'img/blob.bin', content: Buffer.concat([Buffer.from([0, 1, 2, 0]), Buffer.from(keys.binary)]) });
        break;
      case 280: // a very long line, with the key at its end; and a CRLF file
        changes.push({ path: 'dist/bundle.js', content: `var a;\r\n${LONG_PAD} "${keys.long}";\r\n` });
        break;
    }
    mark = h.commit('main', subject, changes);
    at(subject);
    if (i === 100) {
      // A feature branch from c100, merged at c290; and a side branch never merged.
      featureMark = h.commit('feature', 'feature work', [{ path: 'feature.txt', content: `one\ntwo ${keys.feature}\n` }], { from: mark });
      markTimes.set('feature work', EPOCH + 60 * featureMark);
      const side = h.commit('side', 'side work', [{ path: 'side.txt', content: `k=${keys.side}\n` }], { from: mark });
      markTimes.set('side work', EPOCH + 60 * side);
    }
    if (i === 290) {
      mark = h.commit('main', 'merge feature', [{ path: 'feature.txt', content: `one\ntwo ${keys.feature}\n` }], { merge: featureMark });
      at('merge feature');
    }
    if (i === 300) {
      mark = h.commit('main', 'legacy', [{ path: 'old/legacy.cfg', content: `a\nb\nc\nlegacy=${keys.legacy}\n` }]);
      at('legacy');
    }
  }
  repo = h.build();
  subjects = commitsBySubject(repo);
});

function summary(findings: readonly HistoryFinding[]) {
  const bySubject = new Map([...subjects].map(([s, c]) => [c, s]));
  return findings
    .map((f) => ({ file: f.file, line: f.line, column: f.column, subject: bySubject.get(f.commit), presentAtHead: f.presentAtHead, authorDate: f.authorDate }))
    .sort((a, b) => a.file.localeCompare(b.file));
}

const expected = (file: string, line: number, column: number, subject: string, presentAtHead: boolean) => ({
  file,
  line,
  column,
  subject,
  presentAtHead,
  authorDate: isoDate(markTimes.get(subject)!),
});

describe('scanHistory', () => {
  it('reports each secret once, at the commit that introduced it, with presence at HEAD', async () => {
    expect(subjects.size).toBe(COMMITS + 4);
    const report = await scanHistory(defaultSettings(repo), silentLogger, { since: null, allBranches: false });
    expect(summary(report.findings as HistoryFinding[])).toEqual([
      expected('a/one.txt', 1, 7, 'c160', false),
      expected('deploy/values.txt', 1, 8, 'c80', false),
      expected('dist/bundle.js', 2, LONG_PAD.length + 3, 'c280', true),
      expected('feature.txt', 2, 5, 'feature work', true),
      expected('old/legacy.cfg', 4, 8, 'legacy', true),
      expected('src/config.py', 3, 8, 'c10', true),
    ]);
    expect(report.stats.skippedBinary).toBeGreaterThanOrEqual(1);
    expect(report.diagnostics.filter((d) => d.level === 'error')).toEqual([]);
  });

  it('tells how to handle a key that is gone from HEAD but alive in history', async () => {
    const report = await scanHistory(defaultSettings(repo), silentLogger, { since: null, allBranches: false });
    const gone = report.findings.find((f) => f.file === 'deploy/values.txt')!;
    expect(gone.message).toMatch(/Added in commit [0-9a-f]{12} \(\d{4}-\d\d-\d\d\) to deploy\/values\.txt; no longer at HEAD but still in git history\.$/);
    expect(gone.remediation).toMatch(/^Rotate it .*then purge it from history \(e\.g\. git filter-repo/);
    const present = report.findings.find((f) => f.file === 'src/config.py')!;
    expect(present.message).toMatch(/still present at HEAD\.$/);
    expect(JSON.stringify(report)).not.toContain(keys.moved.slice(12, 40));
  });

  it('limits the audit to commits after --since, and adds unmerged branches with --all-branches', async () => {
    const since = subjects.get('c200')!;
    const recent = await scanHistory(defaultSettings(repo), silentLogger, { since, allBranches: false });
    expect(summary(recent.findings as HistoryFinding[])).toEqual([
      expected('b/two.txt', 3, 7, 'c210', false),
      expected('dist/bundle.js', 2, LONG_PAD.length + 3, 'c280', true),
      expected('feature.txt', 2, 5, 'feature work', true),
      expected('old/legacy.cfg', 4, 8, 'legacy', true),
    ]);
    const all = await scanHistory(defaultSettings(repo), silentLogger, { since, allBranches: true });
    expect(summary(all.findings as HistoryFinding[]).map((f) => f.file)).toEqual(['b/two.txt', 'dist/bundle.js', 'feature.txt', 'old/legacy.cfg', 'side.txt']);
    expect(all.findings.find((f) => f.file === 'side.txt')).toMatchObject({ line: 1, column: 3, presentAtHead: false });
  });

  it('applies exclude and baselines like a working-tree scan', async () => {
    const first = await scanHistory(defaultSettings(repo, { exclude: ['dist/', 'old/'] }), silentLogger, { since: null, allBranches: false });
    expect(first.findings.map((f) => f.file).sort()).toEqual(['a/one.txt', 'deploy/values.txt', 'feature.txt', 'src/config.py']);
    const baseline = first.findings.filter((f) => f.file !== 'feature.txt').map((f) => f.fingerprint);
    const second = await scanHistory(defaultSettings(repo, { exclude: ['dist/', 'old/'], baseline }), silentLogger, { since: null, allBranches: false });
    expect(second.findings.map((f) => f.file)).toEqual(['feature.txt']);
    expect(second.stats.baselined).toBe(3);
  });

  it('rejects an unknown --since revision', async () => {
    await expect(scanHistory(defaultSettings(repo), silentLogger, { since: 'nope', allBranches: false })).rejects.toThrow(/--since: unknown revision "nope"/);
  });
});
