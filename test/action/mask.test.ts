import { realpathSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { regionText, secretsToMask } from '../../src/action/mask.js';
import { base64, openaiKey } from '../helpers/keys.js';
import { cleanupTempDirs, gitIn, makeRepo, tempDir, writeTree } from '../helpers/repo.js';
import { silentLogger } from '../../src/core/logger.js';
import { scan } from '../../src/core/scan.js';
import { defaultSettings } from '../../src/core/settings.js';
import { finding } from '../output/report-fixture.js';

afterAll(cleanupTempDirs);

describe('secrets to mask', () => {
  it('reads a region back: 1-based, code-point columns, exclusive end, across lines', () => {
    const text = 'ab😀cdef\r\nxyz\n';
    expect(regionText(text, { line: 1, column: 3, endLine: 1, endColumn: 5 })).toBe('😀c');
    expect(regionText(text, { line: 1, column: 6, endLine: 2, endColumn: 3 })).toBe('ef\nxy');
    expect(regionText(text, { line: 9, column: 1, endLine: 9, endColumn: 2 })).toBeNull();
  });

  it('recovers every raw key of a real scan from its redacted report', async () => {
    const keys = [openaiKey('proj'), openaiKey('admin')];
    const dir = realpathSync(tempDir());
    writeTree(dir, { 'a.py': `A = "${keys[0]}"\n# note\nB='${keys[1]}'\n` });
    const report = await scan(defaultSettings(dir), silentLogger);
    expect(report.findings).toHaveLength(2);
    expect(JSON.stringify(report)).not.toContain(keys[0]);
    expect([...(await secretsToMask(report.findings, dir))].sort()).toEqual([...keys].sort());
  });

  it('reads a history finding from the file at its commit', async () => {
    const key = openaiKey('proj');
    const dir = realpathSync(makeRepo({ 'old.env': `KEY=${key}\n` }));
    const commit = gitIn(dir, 'rev-parse', 'HEAD').trim();
    writeTree(dir, { 'old.env': 'KEY=\n' });
    gitIn(dir, 'commit', '-qam', 'remove');
    const values = await secretsToMask([finding({ file: 'old.env', line: 1, column: 5, endLine: 1, endColumn: 5 + key.length, commit })], dir);
    expect([...values]).toEqual([key]);
  });

  it('decodes an encoded finding and masks both forms; skips file-level findings and unknown commits', async () => {
    const key = openaiKey('proj');
    const dir = realpathSync(tempDir());
    const encoded = base64(key);
    writeTree(dir, { 'secret.yaml': `data:\n  token: ${encoded}\n` });
    const values = await secretsToMask(
      [
        finding({ file: 'secret.yaml', line: 2, column: 10, endLine: 2, endColumn: 10 + encoded.length, decodedFrom: ['base64'] }),
        finding({ file: 'secret.yaml', line: null, column: null, endLine: null, endColumn: null }),
        finding({ file: 'secret.yaml', line: 2, column: 10, endLine: 2, endColumn: 14, commit: 'abc' }),
      ],
      dir,
    );
    expect([...values].sort()).toEqual([encoded, key].sort());
  });
});
