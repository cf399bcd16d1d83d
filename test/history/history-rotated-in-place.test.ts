/**
 * History mode: a key replaced in place by another of the same length (a rotation) leaves two
 * keys at the same file, line and columns, written by different commits. They are two problems:
 * the old key, gone from HEAD but in history, must still be reported.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/core/logger.js';
import { defaultSettings } from '../../src/core/settings.js';
import { scanHistory, type HistoryFinding } from '../../src/history/scan-history.js';
import { openaiKey } from '../helpers/keys.js';
import { cleanupTempDirs, makeHistory } from '../helpers/repo.js';

afterAll(cleanupTempDirs);

describe('history and keys rotated in place', () => {
  it('reports the old key and the new one, each at its own commit, in plain text and in YAML', async () => {
    // Four keys: history reports each key once, so the files must not share one.
    const [old, rotated, oldYaml, rotatedYaml] = [openaiKey(), openaiKey(), openaiKey(), openaiKey()];
    const { root, commits } = makeHistory([
      { 'app.py': `x = 1\nK = "${old}"\n`, 'ci.yml': `env:\n  OPENAI_API_KEY: ${oldYaml}\n` },
      { 'app.py': `x = 1\nK = "${rotated}"\n`, 'ci.yml': `env:\n  OPENAI_API_KEY: ${rotatedYaml}\n` },
    ]);
    const report = await scanHistory(defaultSettings(root), silentLogger, { since: null, allBranches: false });
    const findings = report.findings as HistoryFinding[];
    // Sorted by file, line and column; the two at one place in either order.
    const rows = findings.map((f) => [f.ruleId, f.file, f.line, f.column, commits.indexOf(f.commit), f.presentAtHead]);
    expect(rows.sort((a, b) => String(a).localeCompare(String(b)))).toEqual([
      ['openai-api-key', 'app.py', 2, 6, 0, false],
      ['openai-api-key', 'app.py', 2, 6, 1, true],
      ['openai-api-key', 'ci.yml', 2, 19, 0, false],
      ['openai-api-key', 'ci.yml', 2, 19, 1, true],
    ]);
    expect(new Set(findings.map((f) => f.fingerprint)).size).toBe(4);
  });
});
