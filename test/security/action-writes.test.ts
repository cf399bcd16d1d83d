/**
 * Files written: the Action and the CLI create their reports themselves and never write through a
 * link a scanned repository committed; the Action's `path` input stays inside the workspace.
 */
import { existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { BUNDLE, runAction } from '../action/run-action.js';
import { startFakeGitHub, type FakeGitHub } from '../helpers/github-api-server.js';
import { openaiKey } from '../helpers/keys.js';
import { cleanupTempDirs, gitIn, makeRepo, tempDir } from '../helpers/repo.js';
import { annotations, CLI_BUNDLE, commandLines, runCli } from './action-helpers.js';

const PRECIOUS = 'precious: must never be overwritten\n';

let api: FakeGitHub;
beforeAll(() => {
  for (const bundle of [BUNDLE, CLI_BUNDLE]) if (!existsSync(bundle)) throw new Error(`${bundle} is missing: run npm run build first`);
});
beforeEach(async () => {
  api = await startFakeGitHub();
});
afterEach(async () => {
  await api.close();
});
afterAll(cleanupTempDirs);

/** A file outside the repository that a planted link points at. */
function victim(): string {
  const file = path.join(tempDir('osl-victim-'), 'victim.txt');
  writeFileSync(file, PRECIOUS);
  return file;
}

/** A repository with one key at app.js:2:6 and `links` committed as symbolic links. */
function repoWithLinks(links: Record<string, string>): { workspace: string; key: string } {
  const key = openaiKey('proj');
  const workspace = makeRepo({ 'app.js': `// config\nk = "${key}";\n` });
  for (const [name, target] of Object.entries(links)) {
    mkdirSync(path.dirname(path.join(workspace, name)), { recursive: true });
    symlinkSync(target, path.join(workspace, name));
  }
  if (Object.keys(links).length > 0) {
    gitIn(workspace, 'add', '-A');
    gitIn(workspace, 'commit', '-q', '-m', 'links');
  }
  return { workspace, key };
}

function expectAppFinding(sarifOrReport: string): void {
  expect(sarifOrReport).toContain('app.js');
  expect(sarifOrReport).toContain('openai-api-key');
}

describe('the Action writes no file through a link', () => {
  it('replaces a committed symlink at the SARIF path instead of writing through it', async () => {
    const target = victim();
    const { workspace, key } = repoWithLinks({ 'openai-secret-lint.sarif': target });
    const run = await runAction({ workspace, event: 'push', apiUrl: api.url, inputs: { 'sarif-file': 'openai-secret-lint.sarif' } });

    expect(readFileSync(target, 'utf8')).toBe(PRECIOUS);
    const written = path.join(workspace, 'openai-secret-lint.sarif');
    expect(run.outputs['sarif-file']).toBe(written);
    expect(lstatSync(written).isSymbolicLink()).toBe(false);
    const sarif = JSON.parse(readFileSync(written, 'utf8')) as { runs: { results: { locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number; startColumn: number } } }[] }[] }[] };
    const location = sarif.runs[0]!.results[0]!.locations[0]!.physicalLocation;
    expect(location.artifactLocation.uri).toBe('app.js');
    expect(location.region).toMatchObject({ startLine: 2, startColumn: 6 });
    expect(annotations(run)[0]).toContain('file=app.js,line=2,');
    expect(run.code).toBe(1);
    expect(readFileSync(written, 'utf8')).not.toContain(key);
  });

  it('refuses a SARIF path whose directory is a committed link, and writes nothing there', async () => {
    const outside = tempDir('osl-victim-dir-');
    const { workspace } = repoWithLinks({ reports: outside });
    const run = await runAction({ workspace, event: 'push', apiUrl: api.url, inputs: { 'sarif-file': 'reports/scan.sarif' } });

    expect(readdirSync(outside)).toEqual([]);
    expect(commandLines(run, 'error')).toContain('::error::refusing to write ' + path.join(workspace, 'reports/scan.sarif') + ': reports is a symbolic link (files are never written through links)');
    expect(annotations(run)[0]).toContain('file=app.js,line=2,');
    expect(run.code).toBe(1);
  });

  it('writes the JSON report and the default SARIF outside the workspace, replacing a link there too', async () => {
    const target = victim();
    const runnerTemp = tempDir('osl-runner-temp-');
    symlinkSync(target, path.join(runnerTemp, 'openai-secret-lint-report.json'));
    const { workspace } = repoWithLinks({ 'openai-secret-lint.sarif': victim() });
    const run = await runAction({ workspace, event: 'push', apiUrl: api.url, env: { RUNNER_TEMP: runnerTemp } });

    expect(readFileSync(target, 'utf8')).toBe(PRECIOUS);
    expect(run.outputs['report-file']).toBe(path.join(runnerTemp, 'openai-secret-lint-report.json'));
    expect(run.outputs['sarif-file']).toBe(path.join(runnerTemp, 'openai-secret-lint.sarif'));
    expect(lstatSync(run.outputs['report-file']!).isSymbolicLink()).toBe(false);
    const report = JSON.parse(readFileSync(run.outputs['report-file']!, 'utf8')) as { findings: { file: string; line: number; column: number }[] };
    expect(report.findings.map((f) => [f.file, f.line, f.column])).toEqual([['app.js', 2, 6]]);
    expectAppFinding(readFileSync(run.outputs['sarif-file']!, 'utf8'));
    // The committed link in the workspace is left alone: the default SARIF does not go there.
    expect(lstatSync(path.join(workspace, 'openai-secret-lint.sarif')).isSymbolicLink()).toBe(true);
  });
});

describe('the Action scans inside the workspace only', () => {
  it('fails the step when path climbs out of the workspace', async () => {
    const outside = tempDir('osl-outside-');
    writeFileSync(path.join(outside, 'stolen.js'), `k = "${openaiKey('proj')}";\n`);
    const { workspace } = repoWithLinks({});
    const climb = path.relative(workspace, outside);
    expect(climb.startsWith('..')).toBe(true);
    const run = await runAction({ workspace, event: 'push', apiUrl: api.url, inputs: { path: climb } });

    expect(run.code).toBe(1);
    expect(commandLines(run, 'error')).toEqual([`::error::input path: ${climb} resolves to ${outside}, outside the workspace ${workspace}: the Action only scans inside GITHUB_WORKSPACE`]);
    expect(run.outputs.findings).toBeUndefined();
    expect(run.stdout).not.toContain('stolen.js');

    const root = await runAction({ workspace, event: 'push', apiUrl: api.url, inputs: { path: '../../..' } });
    expect(commandLines(root, 'error')[0]).toMatch(/^::error::input path: \.\.\/\.\.\/\.\. resolves to .*, outside the workspace /);
  });

  it('fails the step when path is a committed link leading out of the workspace', async () => {
    const outside = tempDir('osl-outside-');
    writeFileSync(path.join(outside, 'stolen.js'), `k = "${openaiKey('proj')}";\n`);
    const { workspace } = repoWithLinks({ escape: outside });
    const run = await runAction({ workspace, event: 'push', apiUrl: api.url, inputs: { path: 'escape' } });
    expect(run.code).toBe(1);
    expect(commandLines(run, 'error')).toEqual([`::error::input path: escape resolves to ${outside}, outside the workspace ${workspace}: the Action only scans inside GITHUB_WORKSPACE`]);
    expect(run.stdout).not.toContain('stolen.js');

    // The workspace itself still scans, and finds the real key.
    const inside = await runAction({ workspace, event: 'push', apiUrl: api.url });
    expect(inside.outputs.findings).toBe('1');
    expect(annotations(inside)[0]).toContain('file=app.js,line=2,');
  });
});

describe('the CLI writes no file through a link', () => {
  it('--output replaces a committed symlink instead of writing through it', () => {
    const target = victim();
    const { workspace, key } = repoWithLinks({ 'report.json': target });
    const run = runCli(workspace, 'scan', '.', '--format', 'json', '--output', 'report.json');

    expect(run.code).toBe(1);
    expect(readFileSync(target, 'utf8')).toBe(PRECIOUS);
    const written = path.join(workspace, 'report.json');
    expect(lstatSync(written).isSymbolicLink()).toBe(false);
    const report = JSON.parse(readFileSync(written, 'utf8')) as { findings: { file: string; line: number; column: number }[] };
    expect(report.findings.map((f) => [f.file, f.line, f.column])).toEqual([['app.js', 2, 6]]);
    expect(readFileSync(written, 'utf8')).not.toContain(key);
  });

  it('--write-baseline replaces a committed symlink instead of writing through it', () => {
    const target = victim();
    const { workspace } = repoWithLinks({ '.secrets-baseline.json': target });
    const run = runCli(workspace, 'scan', '.', '--write-baseline', '.secrets-baseline.json');

    expect(run.code).toBe(0);
    expect(readFileSync(target, 'utf8')).toBe(PRECIOUS);
    const written = path.join(workspace, '.secrets-baseline.json');
    expect(lstatSync(written).isSymbolicLink()).toBe(false);
    const baseline = JSON.parse(readFileSync(written, 'utf8')) as { findings: { file: string; ruleId: string }[] };
    expect(baseline.findings.map((f) => [f.file, f.ruleId])).toEqual([['app.js', 'openai-api-key']]);
  });

  it('--output refuses a directory that is a committed link, and writes nothing there', () => {
    const outside = tempDir('osl-victim-dir-');
    const { workspace } = repoWithLinks({ out: outside });
    const run = runCli(workspace, 'scan', '.', '--format', 'sarif', '--output', 'out/scan.sarif');

    expect(run.code).toBe(2);
    expect(run.stderr).toContain('out is a symbolic link (files are never written through links)');
    expect(readdirSync(outside)).toEqual([]);
    // Without --output the same scan reports the real finding.
    const plain = runCli(workspace, 'scan', '.');
    expect(plain.code).toBe(1);
    expect(plain.stdout).toContain('app.js:2:6');
  });
});
