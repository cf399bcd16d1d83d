/**
 * History mode and NUL bytes: a file is binary when its first 8 KiB hold a NUL (the tree scan's
 * test). A commit that adds a NUL further into a text file, beside a key, must not make its added
 * lines look binary, nor may the NULs of a UTF-16 file; a real binary file is still skipped.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/core/logger.js';
import { defaultSettings } from '../../src/core/settings.js';
import { scanHistory } from '../../src/history/scan-history.js';
import { openaiKey } from '../helpers/keys.js';
import { cleanupTempDirs, makeHistory } from '../helpers/repo.js';

afterAll(cleanupTempDirs);

const numbered = (count: number) => Array.from({ length: count }, (_, i) => `n${i} = ${i}\n`).join('');

describe('history and NUL bytes', () => {
  it('finds a key added beside a NUL past a text file\'s first 8 KiB, small or over the whole-blob limit', async () => {
    const small = openaiKey();
    const large = openaiKey();
    const text = numbered(2000); // about 20 KiB: the added NUL is far past the first 8 KiB
    const big = numbered(60000); // about 700 KiB: more than history reads of a blob whole
    const { root, commits } = makeHistory([
      { 'a.py': text, 'b.py': big },
      { 'a.py': `${text}x = "\0"\nK = "${small}"\n`, 'b.py': `${big}x = "\0"\nK = "${large}"\n` },
    ]);
    const report = await scanHistory(defaultSettings(root), silentLogger, { since: null, allBranches: false });
    expect(report.findings.map((f) => [f.ruleId, f.file, f.line, f.column, commits.indexOf((f as { commit: string }).commit)])).toEqual([
      ['openai-api-key', 'a.py', 2002, 6, 1],
      ['openai-api-key', 'b.py', 60002, 6, 1],
    ]);
    expect(report.stats.skippedBinary).toBe(0);
  });

  it('reads UTF-16 files (a BOM, then NULs in every line) as the tree scan does, added whole or later', async () => {
    const first = openaiKey();
    const later = openaiKey();
    const inYaml = openaiKey();
    const le = (text: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const be = (text: string) => Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]);
    const py = `x = 1\nK = "${first}"\n`;
    const { root, commits } = makeHistory([
      { 'a.py': le(py), 'c.yml': be(`x: 1\nk: "${inYaml}"\n`) },
      { 'a.py': le(`${py}y = 2\nJ = "${later}"\n`) },
    ]);
    const report = await scanHistory(defaultSettings(root), silentLogger, { since: null, allBranches: false });
    expect(report.findings.map((f) => [f.ruleId, f.file, f.line, f.column, commits.indexOf((f as { commit: string }).commit)])).toEqual([
      ['openai-api-key', 'a.py', 2, 6, 0],
      ['openai-api-key', 'a.py', 4, 6, 1],
      ['openai-api-key', 'c.yml', 2, 5, 0],
    ]);
    expect(report.stats.skippedBinary).toBe(0);
  });

  it('still skips a binary file (a NUL in its first 8 KiB), changed at its start or in its middle', async () => {
    const head = `PK\0\0${numbered(2000)}`;
    const { root } = makeHistory([
      { 'mid.bin': head, 'big.bin': `PK\0\0${numbered(60000)}` },
      {
        'mid.bin': `${head}x\0K = "${openaiKey()}"\n`,
        'big.bin': `PK\0\0${numbered(60000)}x\0K = "${openaiKey()}"\n`,
        'new.bin': `\0K = "${openaiKey()}"\n`,
        // Starts like a JPEG (bytes invalid in UTF-8, as a BOM's are), then NULs: binary.
        'photo.jpg': Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]), Buffer.from(`K = "${openaiKey()}"\n`)]),
      },
    ]);
    const report = await scanHistory(defaultSettings(root), silentLogger, { since: null, allBranches: false });
    expect(report.findings).toEqual([]);
    // Each file of each commit that touched it: 2 + 4.
    expect(report.stats.skippedBinary).toBe(6);
  });
});
