/**
 * A history finding is annotated on a line only when the tip's file still holds the key on that
 * line (`lineAtTip`): read from the tip through the scan's own cat-file reader, whether or not the
 * scan read YAML blobs before, and through one git process in all.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/core/logger.js';
import { defaultSettings } from '../../src/core/settings.js';
import { scanHistory } from '../../src/history/scan-history.js';
import { withGitCalls } from '../helpers/git-calls.js';
import { openaiKey } from '../helpers/keys.js';
import { cleanupTempDirs } from '../helpers/repo.js';
import { FastHistory } from './fast-history.js';

afterAll(cleanupTempDirs);

const scan = (repo: string) => withGitCalls(() => scanHistory(defaultSettings(repo), silentLogger, { since: null, allBranches: false }));

describe.skipIf(process.platform === 'win32')('lineAtTip of history findings', () => {
  const [kept, moved, removed, inYaml] = [openaiKey(), openaiKey(), openaiKey(), openaiKey()];

  it('is true only where the tip holds the key on the reported line, with and without YAML read before', async () => {
    for (const withYaml of [false, true]) {
      const h = new FastHistory();
      h.commit('main', 'add', [
        { path: 'app.py', content: `A = "${kept}"\nB = "${moved}"\nC = "${removed}"\n` },
        ...(withYaml ? [{ path: 'config.yaml', content: `x: 1\nkey: ${inYaml}\n` }] : []),
      ]);
      // The moved key goes two lines down, the removed one goes.
      h.commit('main', 'edit', [{ path: 'app.py', content: `A = "${kept}"\n\n\nB = "${moved}"\n` }]);
      const { result, calls } = await scan(h.build());
      const atTip = Object.fromEntries(result.findings.filter((f) => f.file === 'app.py').map((f) => [f.line, f.lineAtTip]));
      expect(atTip).toEqual({ 1: true, 2: false, 3: false });
      const yaml = result.findings.filter((f) => f.file === 'config.yaml');
      expect(yaml.map((f) => [f.line, f.lineAtTip])).toEqual(withYaml ? [[2, true]] : []);
      expect(calls.filter((c) => c === 'cat-file')).toHaveLength(1);
    }
  });
});
