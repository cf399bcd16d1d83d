/**
 * History mode and structure: YAML rules read a file whole at the commit that added lines to it
 * (never a fragment of added lines), and keys split over lines are found whole there too.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/core/logger.js';
import { defaultSettings } from '../../src/core/settings.js';
import { scanHistory, type HistoryFinding } from '../../src/history/scan-history.js';
import { generateKey, openaiKey } from '../helpers/keys.js';
import { cleanupTempDirs, makeHistory } from '../helpers/repo.js';

afterAll(cleanupTempDirs);

async function scan(root: string): Promise<HistoryFinding[]> {
  const report = await scanHistory(defaultSettings(root), silentLogger, { since: null, allBranches: false });
  return report.findings as HistoryFinding[];
}

const brief = (f: HistoryFinding, commits: string[]) => ({ ruleId: f.ruleId, file: f.file, line: f.line, column: f.column, endLine: f.endLine, endColumn: f.endColumn, commit: commits.indexOf(f.commit) });

const WORKFLOW = '.github/workflows/ci.yml';
const workflow = (script: string[]) =>
  ['on: push', 'jobs:', '  build:', '    runs-on: ubuntu-latest', '    steps:', '      - run: |', ...script.map((l) => `          ${l}`), ''].join('\n');

describe('history runs YAML rules on whole files', () => {
  it('does not read lines added inside a run script as workflow structure', async () => {
    // The second commit adds lines to a heredoc inside `run:`: on their own they read as a
    // workflow-level `env:` with a literal; in the file they are shell text.
    const value = `${generateKey('github:ghp').slice(4, 20)}x9`;
    const { root } = makeHistory([
      { [WORKFLOW]: workflow(['cat > app.yml <<EOF', 'EOF']) },
      { [WORKFLOW]: workflow(['cat > app.yml <<EOF', 'env:', `  DB_PASSWORD: "${value}"`, 'EOF']) },
    ]);
    const findings = await scan(root);
    expect(findings.filter((f) => f.ruleId.startsWith('gha-'))).toEqual([]);
  });

  it('finds a structural problem added to an existing file, at its line and commit', async () => {
    const key = openaiKey('proj');
    const { root, commits } = makeHistory([
      { [WORKFLOW]: workflow(['make']) },
      { [WORKFLOW]: workflow(['make']).replace('    runs-on: ubuntu-latest\n', `    runs-on: ubuntu-latest\n    env:\n      OPENAI_API_KEY: ${key}\n`) },
    ]);
    const findings = await scan(root);
    expect(findings.map((f) => brief(f, commits))).toEqual([
      { ruleId: 'openai-api-key', file: WORKFLOW, line: 6, column: 23, endLine: 6, endColumn: 23 + key.length, commit: 1 },
    ]);
    // The workflow rule reached the same key in the whole file: merged into the one finding.
    expect(findings[0]!.relatedRules).toContain('gha-literal-secret');
  });

  it('reports a key split over lines once, from its first part to its last, with the commit that wrote it', async () => {
    const [one, two] = [openaiKey('proj'), openaiKey('proj')];
    const parts = [one.slice(0, 70), one.slice(70)];
    const more = [two.slice(0, 70), two.slice(70)];
    const { root, commits } = makeHistory([
      { 'notes.txt': 'a\n' },
      { 'deploy.sh': `#!/bin/sh\nexport OPENAI_API_KEY=${parts[0]}\\\n${parts[1]}\n./run\n`, 'config.py': `KEY = (\n    "${more[0]}"\n    "${more[1]}"\n)\n` },
    ]);
    const findings = (await scan(root)).map((f) => ({ ...brief(f, commits), present: f.presentAtHead })).sort((a, b) => a.file.localeCompare(b.file));
    expect(findings).toEqual([
      { ruleId: 'openai-api-key', file: 'config.py', line: 2, column: 6, endLine: 3, endColumn: 6 + more[1]!.length, commit: 1, present: true },
      { ruleId: 'openai-api-key', file: 'deploy.sh', line: 2, column: 23, endLine: 3, endColumn: 1 + parts[1]!.length, commit: 1, present: true },
    ]);
  });

  it('keeps only findings on the lines a commit added', async () => {
    const key = openaiKey('proj');
    const { root, commits } = makeHistory([
      { 'k8s/app.yaml': `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: app\ndata:\n  OPENAI_API_KEY: ${key}\n` },
      { 'k8s/app.yaml': `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: app\ndata:\n  OPENAI_API_KEY: ${key}\n  LOG_LEVEL: debug\n` },
    ]);
    const findings = await scan(root);
    // One finding, at the first commit: the second one only added a line beside it.
    expect(findings.map((f) => brief(f, commits))).toEqual([
      { ruleId: 'openai-api-key', file: 'k8s/app.yaml', line: 6, column: 19, endLine: 6, endColumn: 19 + key.length, commit: 0 },
    ]);
  });
});
