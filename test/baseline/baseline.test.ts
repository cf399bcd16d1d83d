import { readFileSync, realpathSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseBaseline, readBaseline, writeBaseline } from '../../src/baseline/baseline.js';
import { silentLogger } from '../../src/core/logger.js';
import { scan } from '../../src/core/scan.js';
import { defaultSettings } from '../../src/core/settings.js';
import { openaiKey } from '../helpers/keys.js';
import { cleanupTempDirs, tempDir, writeTree } from '../helpers/repo.js';

afterAll(cleanupTempDirs);

describe('baseline', () => {
  it('hides exactly the recorded findings, across moved lines and edits, but not a copy elsewhere', async () => {
    const key = openaiKey();
    const other = openaiKey();
    const dir = realpathSync(tempDir());
    writeTree(dir, { 'app/config.py': `API = "${key}"\n`, 'app/b.py': `X = "${other}"\n` });
    const first = await scan(defaultSettings(dir), silentLogger);
    expect(first.findings.map((f) => [f.file, f.line])).toEqual([['app/b.py', 1], ['app/config.py', 1]]);

    const file = path.join(dir, 'baseline.json');
    expect(await writeBaseline(file, first)).toBe(2);
    const written = readFileSync(file, 'utf8');
    expect(written).not.toContain(key.slice(10, 30));
    expect(written).not.toContain(other.slice(10, 30));
    expect(JSON.parse(written)).toEqual({
      tool: 'openai-secret-lint',
      version: 1,
      findings: [
        { fingerprint: first.findings[0]!.fingerprint, ruleId: first.findings[0]!.ruleId, file: 'app/b.py' },
        { fingerprint: first.findings[1]!.fingerprint, ruleId: first.findings[1]!.ruleId, file: 'app/config.py' },
      ],
    });

    // Lines move and the file is edited elsewhere; the same key lands in a new file too.
    writeTree(dir, { 'app/config.py': `# header\n\nDEBUG = True\nAPI = "${key}"\n`, 'app/copy.py': `K = "${key}"\n` });
    const baseline = await readBaseline(file);
    const second = await scan(defaultSettings(dir, { baseline, exclude: ['baseline.json'] }), silentLogger);
    expect(second.findings.map((f) => [f.file, f.line, f.column])).toEqual([['app/copy.py', 1, 6]]);
    expect(second.stats.baselined).toBe(2);
  });

  it('rejects files that are not baselines with a configuration error', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'x.json'), '{"findings": []}');
    await expect(readBaseline(path.join(dir, 'x.json'))).rejects.toThrow(/is not a version 1 baseline/);
    await expect(readBaseline(path.join(dir, 'missing.json'))).rejects.toThrow(/cannot read baseline .*ENOENT/);
    expect(() => parseBaseline('{', 'b.json')).toThrow(/baseline b\.json is not valid JSON/);
    expect(() => parseBaseline('{"version":1,"findings":[{"fingerprint":"XYZ"}]}', 'b.json')).toThrow(/findings\[0\] has no valid fingerprint/);
    expect(parseBaseline('{"version":1,"findings":[]}', 'b.json')).toEqual([]);
  });
});
