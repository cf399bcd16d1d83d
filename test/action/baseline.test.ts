/**
 * The `baseline` key of the config file, in the Action as in the CLI: its findings are hidden.
 * On pull requests it is read from the base commit (git objects, not the working tree), so a
 * pull request that edits the baseline, or points the config at a new one, still fails.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runAction, useFakeGitHub } from './run-action.js';
import { type FakeGitHub } from '../helpers/github-api-server.js';
import { openaiKey } from '../helpers/keys.js';
import { makeRepo } from '../helpers/repo.js';
import { annotations, commit, head, prShas, runCli } from '../security/action-helpers.js';

let api: FakeGitHub;
useFakeGitHub((started) => (api = started));

interface Report {
  findings: { file: string; line: number; column: number; fingerprint: string; ruleId: string }[];
  stats: { baselined: number };
}

const CONFIG = 'baseline: ci/accepted.json\n';
const EMPTY_BASELINE = JSON.stringify({ tool: 'openai-secret-lint', version: 1, findings: [] }) + '\n';

function baselineOf(workspace: string, file: string): string {
  const probe = JSON.parse(runCli(workspace, 'scan', '.', '--format', 'json').stdout) as Report;
  const findings = probe.findings.filter((f) => f.file === file).map((f) => ({ fingerprint: f.fingerprint, ruleId: f.ruleId, file: f.file }));
  expect(findings).toHaveLength(1);
  return JSON.stringify({ tool: 'openai-secret-lint', version: 1, findings }, null, 2) + '\n';
}

describe('the config file\'s baseline key', () => {
  it('hides the findings it lists on a push (relative to the config file), as the CLI does', async () => {
    const workspace = makeRepo({ 'svc/.openai-secret-lint.yml': CONFIG, 'svc/ci/accepted.json': EMPTY_BASELINE, 'svc/old.js': `k = "${openaiKey('proj')}";\n` });
    commit(workspace, { 'svc/ci/accepted.json': baselineOf(`${workspace}/svc`, 'old.js') }, 'accept the old finding');
    const cli = runCli(`${workspace}/svc`, 'scan', '.', '--format', 'json');
    expect(cli.code).toBe(0);
    expect((JSON.parse(cli.stdout) as Report).stats.baselined).toBe(1);

    const run = await runAction({ workspace, event: 'push', apiUrl: api.url, inputs: { path: 'svc' } });
    expect(run.code).toBe(0);
    expect(run.outputs.findings).toBe('0');
    expect((JSON.parse(readFileSync(run.outputs['report-file']!, 'utf8')) as Report).stats.baselined).toBe(1);
  }, 120_000);

  it('a pull request that adds its key to the base\'s baseline still fails', async () => {
    const workspace = makeRepo({ '.openai-secret-lint.yml': CONFIG, 'ci/accepted.json': EMPTY_BASELINE, 'README.md': '# demo\n' });
    const base = head(workspace);
    commit(workspace, { 'src/leak.js': `// client\nconst key = "${openaiKey('proj')}";\n` }, 'leak');
    const headSha = commit(workspace, { 'ci/accepted.json': baselineOf(workspace, 'src/leak.js') }, 'baseline the leak');
    // The working tree's baseline hides it: a push would pass.
    expect(runCli(workspace, 'scan', '.').code).toBe(0);

    const run = await runAction({ workspace, event: 'pull_request', edit: prShas(base, headSha), apiUrl: api.url });
    expect(run.code).toBe(1);
    expect(run.outputs.findings).toBe('1');
    expect(annotations(run)[0]).toContain('file=src/leak.js,line=2,');
    expect(run.summary).toContain("This pull request's baseline `ci/accepted.json` accepts 1 finding the base commit's does not (it would hide 1 reported here); not applied");
    expect(api.comments[0]!.body).toContain('src/leak.js:2');
  }, 120_000);

  it('a pull request that adds the key to its config, with a baseline of its own, still fails', async () => {
    const workspace = makeRepo({ '.openai-secret-lint.yml': 'failOn: high\n', 'README.md': '# demo\n' });
    const base = head(workspace);
    commit(workspace, { 'src/leak.js': `const key = "${openaiKey('proj')}";\n` }, 'leak');
    const headSha = commit(workspace, { '.openai-secret-lint.yml': `failOn: high\n${CONFIG}`, 'ci/accepted.json': baselineOf(workspace, 'src/leak.js') }, 'baseline the leak');
    const run = await runAction({ workspace, event: 'pull_request_target', edit: prShas(base, headSha), apiUrl: api.url, inputs: { 'pr-comment': 'false' } });
    expect(run.code).toBe(1);
    expect(run.outputs.findings).toBe('1');
    expect(run.summary).toContain("This pull request's `.openai-secret-lint.yml` sets a `baseline`; not applied");
  }, 120_000);

  it('the base commit\'s baseline applies to a pull request; one naming a file outside the repository fails the step', async () => {
    const old = openaiKey('proj');
    const workspace = makeRepo({ '.openai-secret-lint.yml': CONFIG, 'ci/accepted.json': EMPTY_BASELINE, 'old.js': `k = "${old}";\n` });
    const base = commit(workspace, { 'ci/accepted.json': baselineOf(workspace, 'old.js') }, 'accept');
    const headSha = commit(workspace, { 'old.js': `k = "${old}";\n// touched\n` }, 'touch');
    const run = await runAction({ workspace, event: 'pull_request', edit: prShas(base, headSha), apiUrl: api.url, inputs: { mode: 'full', 'pr-comment': 'false' } });
    expect(run.code).toBe(0);
    expect(run.outputs.findings).toBe('0');

    const outside = makeRepo({ '.openai-secret-lint.yml': 'baseline: ../../etc/accepted.json\n', 'README.md': '# demo\n' });
    const outsideBase = head(outside);
    const outsideHead = commit(outside, { 'a.js': `k = "${openaiKey('proj')}";\n` }, 'leak');
    const refused = await runAction({ workspace: outside, event: 'pull_request', edit: prShas(outsideBase, outsideHead), apiUrl: api.url, inputs: { 'pr-comment': 'false' } });
    expect(refused.code).toBe(1);
    expect(refused.stdout).toContain('::error::baseline ../../etc/accepted.json in .openai-secret-lint.yml at the base commit');
    expect(refused.stdout).toContain('must name a file inside the repository');
  }, 120_000);

  it('the baseline input takes precedence over the key', async () => {
    const workspace = makeRepo({ '.openai-secret-lint.yml': CONFIG, 'ci/accepted.json': EMPTY_BASELINE, 'other.json': EMPTY_BASELINE, 'a.js': `k = "${openaiKey('proj')}";\n` });
    commit(workspace, { 'ci/accepted.json': baselineOf(workspace, 'a.js') }, 'accept');
    const run = await runAction({ workspace, event: 'push', apiUrl: api.url, inputs: { baseline: 'other.json' } });
    expect(run.code).toBe(1);
    expect(run.outputs.findings).toBe('1');
  }, 120_000);
});
