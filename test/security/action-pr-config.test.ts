/**
 * A pull request cannot relax its own scan: on pull_request and pull_request_target the Action
 * reads the configuration and the baseline from the base commit, never from the pull request,
 * and says what the pull request's own files would have relaxed.
 */
import { readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runAction, useFakeGitHub } from '../action/run-action.js';
import { type FakeGitHub } from '../helpers/github-api-server.js';
import { openaiKey } from '../helpers/keys.js';
import { makeRepo, tempDir } from '../helpers/repo.js';
import { annotations, commit, head, prShas, runCli } from './action-helpers.js';

let api: FakeGitHub;
useFakeGitHub((started) => (api = started));

const BASE_CONFIG = 'allow:\n  paths: ["fixtures/**"]\n';
const RELAXING_CONFIG = [
  'rules:',
  '  hardcoded-secret: "off"',
  '  openai-api-key: "off"',
  'allow:',
  '  paths: ["fixtures/**", "src/**"]',
  '',
].join('\n');

interface Report {
  findings: { file: string; line: number; column: number; fingerprint: string }[];
  stats: { suppressed: number; baselined: number; disabledRules: number };
}

/**
 * The base commit: a config allowing test fixtures (one holds a key). The pull request adds a
 * leak at src/leak.js:3:12, a config turning the rules off and allowing src/**, and a baseline
 * accepting its own leak.
 */
function hostilePullRequest(): { workspace: string; base: string; headSha: string; fingerprint: string } {
  const workspace = makeRepo({ '.openai-secret-lint.yml': BASE_CONFIG, 'fixtures/sample.js': `k = "${openaiKey('proj')}";\n`, 'README.md': '# demo\n' });
  const base = head(workspace);
  commit(workspace, { 'src/leak.js': `// client\n\nconst key = "${openaiKey('proj')}";\n` }, 'leak');
  const probe = JSON.parse(runCli(workspace, 'scan', '.', '--format', 'json').stdout) as Report;
  const leak = probe.findings.filter((f) => f.file === 'src/leak.js');
  expect(leak).toHaveLength(1);
  const fingerprint = leak[0]!.fingerprint;
  const baseline = { tool: 'openai-secret-lint', version: 1, findings: [{ fingerprint, ruleId: 'openai-api-key', file: 'src/leak.js' }] };
  const headSha = commit(workspace, { '.openai-secret-lint.yml': RELAXING_CONFIG, '.secret-baseline.json': JSON.stringify(baseline, null, 2) + '\n' }, 'relax the scan');
  return { workspace, base, headSha, fingerprint };
}

describe('the pull request cannot relax its own scan', () => {
  it('applies the base commit\'s config and baseline, reports the leak, and says what was not applied', async () => {
    const { workspace, base, headSha } = hostilePullRequest();
    const run = await runAction({
      workspace,
      event: 'pull_request',
      edit: prShas(base, headSha),
      apiUrl: api.url,
      inputs: { mode: 'full', baseline: '.secret-baseline.json' },
    });

    // The leak is reported at its place; the base config still allows the fixture.
    expect(run.code).toBe(1);
    expect(run.outputs.findings).toBe('1');
    expect(annotations(run)).toHaveLength(1);
    expect(annotations(run)[0]).toContain('file=src/leak.js,line=3,endLine=3,col=14,');
    const report = JSON.parse(readFileSync(run.outputs['report-file']!, 'utf8')) as Report;
    expect(report.findings.map((f) => [f.file, f.line, f.column])).toEqual([['src/leak.js', 3, 14]]);
    expect(report.stats).toMatchObject({ suppressed: 1, baselined: 0, disabledRules: 0 });

    // What the pull request's own files would relax, in the summary and the comment.
    const configNote = "This pull request's `.openai-secret-lint.yml` turns off `hardcoded-secret`, turns off `openai-api-key`, adds 1 `allow.paths` entry; not applied";
    const baselineNote = "This pull request's baseline `.secret-baseline.json` accepts 1 finding the base commit's does not (it would hide 1 reported here); not applied";
    expect(run.summary).toContain(configNote);
    expect(run.summary).toContain(baselineNote);
    expect(run.summary).toContain('The baseline `.secret-baseline.json` does not exist in the base commit');
    expect(api.comments).toHaveLength(1);
    expect(api.comments[0]!.body).toContain('src/leak.js:3');
    expect(api.comments[0]!.body).toContain(configNote);
    expect(api.comments[0]!.body).toContain(baselineNote);
    expect(run.stdout).toContain(`::notice::${configNote}`);
  });

  it('diff mode (the default on pull requests) reports the leak the same way', async () => {
    const { workspace, base, headSha } = hostilePullRequest();
    const run = await runAction({ workspace, event: 'pull_request', edit: prShas(base, headSha), apiUrl: api.url, inputs: { baseline: '.secret-baseline.json', 'pr-comment': 'false' } });
    expect(run.outputs.findings).toBe('1');
    expect(annotations(run)[0]).toContain('file=src/leak.js,line=3,endLine=3,col=14,');
    expect(run.summary).toContain('turns off `openai-api-key`');
  });

  it('pull_request_target with a shallow checkout (no base commit) applies the defaults, never the pull request\'s files', async () => {
    const { workspace, headSha } = hostilePullRequest();
    const missingBase = 'b'.repeat(40);
    const run = await runAction({
      workspace,
      event: 'pull_request_target',
      edit: prShas(missingBase, headSha),
      apiUrl: api.url,
      inputs: { mode: 'full', baseline: '.secret-baseline.json', 'pr-comment': 'false' },
    });

    // Defaults: both the leak and the fixture (allowed by nobody now) are reported.
    expect(run.code).toBe(1);
    const report = JSON.parse(readFileSync(run.outputs['report-file']!, 'utf8')) as Report;
    expect(report.findings.map((f) => [f.file, f.line, f.column])).toEqual([
      ['fixtures/sample.js', 1, 6],
      ['src/leak.js', 3, 14],
    ]);
    expect(report.stats).toMatchObject({ suppressed: 0, baselined: 0, disabledRules: 0 });
    const note = `This pull request was scanned with the default configuration and no baseline because its base commit ${missingBase.slice(0, 12)} is not in this checkout`;
    expect(run.summary).toContain(note);
    expect(run.stdout).toContain(`::notice::${note}`);
  });

  it('an explicit config input inside the repository is read from the base commit too', async () => {
    const workspace = makeRepo({ 'ci/lint.yml': 'rules:\n  groq-api-key: "off"\n', 'README.md': '# demo\n' });
    const base = head(workspace);
    const headSha = commit(workspace, { 'ci/lint.yml': 'rules:\n  openai-api-key: "off"\n  groq-api-key: "off"\n', 'app.js': `k = "${openaiKey('proj')}";\n` }, 'leak and relax');
    const run = await runAction({ workspace, event: 'pull_request', edit: prShas(base, headSha), apiUrl: api.url, inputs: { config: 'ci/lint.yml', 'pr-comment': 'false' } });
    expect(run.outputs.findings).toBe('1');
    expect(annotations(run)[0]).toContain('file=app.js,line=1,endLine=1,col=6,');
    expect(run.summary).toContain("This pull request's `ci/lint.yml` turns off `openai-api-key`; not applied");
    // The base's own rule switch still applies, and is counted in the report and its footer.
    const report = JSON.parse(readFileSync(run.outputs['report-file']!, 'utf8')) as Report;
    expect(report.stats.disabledRules).toBe(1);
    expect(run.summary).toContain('1 rule or category turned off by the configuration');
    expect(run.stdout).toMatch(/1 finding \(1 critical, 0 high, 0 medium, 0 low, 1 rule off by config\)/);
  });

  it('a pull request turning the config into a link is not followed: the base config applies, the leak is reported', async () => {
    const outside = path.join(tempDir('osl-outside-'), 'relax.yml');
    writeFileSync(outside, RELAXING_CONFIG);
    const workspace = makeRepo({ '.openai-secret-lint.yml': BASE_CONFIG, 'README.md': '# demo\n' });
    const base = head(workspace);
    rmSync(path.join(workspace, '.openai-secret-lint.yml'));
    symlinkSync(outside, path.join(workspace, '.openai-secret-lint.yml'));
    const headSha = commit(workspace, { 'src/leak.js': `k = "${openaiKey('proj')}";\n` }, 'leak, config as a link');
    const run = await runAction({ workspace, event: 'pull_request', edit: prShas(base, headSha), apiUrl: api.url, inputs: { 'pr-comment': 'false' } });

    expect(run.code).toBe(1);
    expect(run.outputs.findings).toBe('1');
    expect(annotations(run)[0]).toContain('file=src/leak.js,line=1,endLine=1,col=6,');
    expect(run.summary).toContain("This pull request's `.openai-secret-lint.yml` is a symbolic link or one of several config files; not applied");
  });

  it('on a push the repository\'s own config applies (and its disabled rules are counted)', async () => {
    const workspace = makeRepo({ '.openai-secret-lint.yml': 'rules:\n  openai-api-key: "off"\n', 'app.js': `k = "${openaiKey('proj')}";\n` });
    const run = await runAction({ workspace, event: 'push', apiUrl: api.url });
    expect(run.outputs.findings).toBe('0');
    const report = JSON.parse(readFileSync(run.outputs['report-file']!, 'utf8')) as Report;
    expect(report.stats.disabledRules).toBe(1);
    expect(run.summary).toContain('1 rule or category turned off by the configuration');
  });
});
