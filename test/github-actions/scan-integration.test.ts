/** The github-actions rules inside a real scan: registration, CRLF/BOM/tabs, settings, dedupe. */
import { afterAll, describe, expect, it } from 'vitest';
import { renderTemplate } from '../helpers/fixtures.js';
import { cleanupTempDirs } from '../helpers/repo.js';
import { scanTree } from '../helpers/scan.js';

/** Assembled at run time so the project's own scan does not see a literal password here. */
const DB_PASSWORD_VALUE = ['Pw', 'literal', '1234'].join('-');

afterAll(cleanupTempDirs);

const WORKFLOW = [
  'on: push',
  'jobs:',
  '  build:',
  '    runs-on: ubuntu-latest',
  '    env: &shared',
  '      OPENAI_API_KEY: <<openai:proj>>',
  '    steps:',
  '      - env:',
  '          TOKEN: ${{ secrets.TOKEN }}',
  '        run: |',
  '          make build',
  '          \techo "$TOKEN"',
  '  test:',
  '    runs-on: ubuntu-latest',
  '    env: *shared',
  '    steps:',
  '      - run: make test',
  '',
].join('\n');

describe('github-actions rules in a scan', () => {
  it('reports exact positions in a CRLF file with a BOM and a tab inside run: |', async () => {
    const { text, keys } = renderTemplate(WORKFLOW);
    const crlf = '\uFEFF' + text.replace(/\n/g, '\r\n');
    const report = await scanTree({ '.github/workflows/ci.yml': crlf });
    const at = (ruleId: string) => report.findings.filter((f) => f.ruleId === ruleId).map((f) => [f.file, f.line, f.column, f.endLine, f.endColumn, f.yamlPath]);
    const key = keys[0]!;
    // The literal is reported once although the alias reaches it from two jobs, and once although
    // two rules reach it: the key's own rule, with the workflow rule related.
    const onKey = report.findings.filter((f) => f.line === 6).map((f) => [f.ruleId, f.file, f.line, f.column, f.endLine, f.endColumn, f.relatedRules]);
    expect(onKey).toEqual([['openai-api-key', '.github/workflows/ci.yml', 6, 23, 6, 23 + key.key.length, ['gha-literal-secret']]]);
    expect(report.findings.find((f) => f.line === 6)!.yamlPath).toBe('jobs.build.env.OPENAI_API_KEY');
    expect(key.line).toBe(6);
    expect(key.column).toBe(23);
    // Line 12 is ten spaces, a tab, then `echo "$TOKEN"`: the tab counts as one column.
    expect(at('gha-secret-printed')).toEqual([['.github/workflows/ci.yml', 12, 18, 12, 24, 'jobs.build.steps[0].run']]);
    for (const finding of report.findings) expect(finding.secret ?? '').not.toContain(key.key);
  });

  it('honours settings.secretNames extra and ignore', async () => {
    const tree = {
      '.github/workflows/ci.yml': `on: push\nenv:\n  SIGNING_MATERIAL: Qx7-literal-Zz9\n  DB_PASSWORD: ${DB_PASSWORD_VALUE}\njobs: {}\n`,
    };
    const plain = await scanTree(tree);
    expect(plain.findings.filter((f) => f.ruleId === 'gha-literal-secret').map((f) => f.line)).toEqual([4]);
    const tuned = await scanTree(tree, { settings: { secretNames: { extra: ['*_MATERIAL'], ignore: ['DB_PASSWORD'] } } });
    expect(tuned.findings.filter((f) => f.ruleId === 'gha-literal-secret').map((f) => f.line)).toEqual([3]);
  });

  it('scans action metadata anywhere and leaves other YAML alone', async () => {
    const report = await scanTree({
      'tools/deploy/action.yml': 'name: d\ninputs:\n  token:\n    default: Tk-literal-9931\nruns:\n  using: node20\n  main: index.js\n',
      'config/app.yml': `env:\n  DB_PASSWORD: ${DB_PASSWORD_VALUE}\n`,
    });
    expect(report.findings.filter((f) => f.ruleId.startsWith('gha-')).map((f) => [f.file, f.line, f.column])).toEqual([['tools/deploy/action.yml', 4, 14]]);
  });
});

describe('workflows the YAML parser rejects', () => {
  it('are reported at warning level as not analysed, and still scanned as text', async () => {
    const { text, keys } = renderTemplate(['on: push', 'jobs:', '  a:', '    steps:', '      - run: curl -H "X: $T" x: y', '        env:', '          OPENAI_API_KEY: <<openai:proj>>', ''].join('\n'));
    const report = await scanTree({ '.github/workflows/broken.yml': text, 'config/broken.yml': 'a: b: c\n' });
    const warnings = report.diagnostics.filter((d) => d.code === 'workflow-not-analyzed');
    expect(warnings.map((d) => [d.file, d.level])).toEqual([['.github/workflows/broken.yml', 'warning']]);
    expect(report.findings.filter((f) => f.file === '.github/workflows/broken.yml').map((f) => [f.ruleId, f.line, f.column])).toEqual([['openai-api-key', 7, 27]]);
    expect(keys[0]!.line).toBe(7);
  });
});

describe('alias bombs', () => {
  it('finish under the alias budget with a diagnostic', async () => {
    const lines = ['on: push', 'x0: &a0 [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 9; i++) lines.push(`x${i}: &a${i} [${Array(10).fill(`*a${i - 1}`).join(', ')}]`);
    lines.push('jobs:', '  build:', '    runs-on: ubuntu-latest', '    env:', '      <<: *a8', '    steps: *a8', '');
    const report = await scanTree({ '.github/workflows/bomb.yml': lines.join('\n') });
    expect(report.diagnostics.filter((d) => d.file === '.github/workflows/bomb.yml').map((d) => d.code)).toContain('yaml-alias-budget');
  });
});
