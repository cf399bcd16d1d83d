/** The `artifact` input: JSON report and SARIF as one workflow artifact, linked from the summary and the comment. */
import { createHash } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { commit, prShas } from '../security/action-helpers.js';
import type { FakeGitHub } from '../helpers/github-api-server.js';
import { openaiKey } from '../helpers/keys.js';
import { gitIn, makeRepo } from '../helpers/repo.js';
import { startFakeArtifactService, unzip, type FakeArtifactService } from './fake-artifact-service.js';
import { runAction, type ActionRun, useFakeGitHub } from './run-action.js';

let api: FakeGitHub;
useFakeGitHub((started) => (api = started));
let service: FakeArtifactService;
beforeEach(async () => {
  service = await startFakeArtifactService();
});
afterEach(async () => {
  await service.close();
});

const RUN_ARTIFACTS = 'https://github.com/octo-org/demo-repo/actions/runs/4242/artifacts/';

function warnings(run: ActionRun): string[] {
  return run.stdout.split('\n').filter((l) => l.startsWith('::warning::'));
}

describe('artifact: true', () => {
  it('uploads one zip with the JSON report and the SARIF log, and links it from the summary', async () => {
    const key = openaiKey('proj');
    const workspace = makeRepo({ 'services/api/app.py': `import os\nKEY = "${key}"\n` });
    const run = await runAction({ workspace, event: 'push', apiUrl: api.url, env: service.env, inputs: { artifact: 'true', 'pr-comment': 'false', 'audit-issue': 'false' } });
    expect(run.code).toBe(1);
    const twirp = service.calls.filter((c) => c.path.startsWith('/twirp/')).map((c) => c.path.split('/').pop());
    expect(twirp).toEqual(['CreateArtifact', 'FinalizeArtifact']);
    const create = JSON.parse(service.calls.find((c) => c.path.endsWith('/CreateArtifact'))!.body.toString('utf8'));
    expect(create).toMatchObject({ name: 'openai-secret-lint-report', version: 4, mime_type: 'application/zip' });

    const zip = service.blobs.get('openai-secret-lint-report')!;
    const files = unzip(zip);
    expect([...files.keys()]).toEqual(['openai-secret-lint-report.json', 'openai-secret-lint.sarif']);
    const report = JSON.parse(files.get('openai-secret-lint-report.json')!.toString('utf8'));
    expect(report.findings.map((f: { file: string; line: number; column: number }) => [f.file, f.line, f.column])).toEqual([['services/api/app.py', 2, 8]]);
    const sarif = JSON.parse(files.get('openai-secret-lint.sarif')!.toString('utf8'));
    expect(sarif.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri).toBe('services/api/app.py');
    for (const content of files.values()) expect(content.toString('utf8')).not.toContain(key);

    const finalize = JSON.parse(service.calls.find((c) => c.path.endsWith('/FinalizeArtifact'))!.body.toString('utf8'));
    expect(finalize).toEqual({
      workflow_run_backend_id: 'c0ffee00-run',
      workflow_job_run_backend_id: 'c0ffee00-job',
      name: 'openai-secret-lint-report',
      size: String(zip.length),
      hash: `sha256:${createHash('sha256').update(zip).digest('hex')}`,
    });
    expect(run.outputs['artifact-id']).toBe('7001');
    expect(run.outputs['artifact-url']).toBe(`${RUN_ARTIFACTS}7001`);
    expect(run.summary).toContain(`Reports: the JSON report and the SARIF log are in the workflow artifact [openai-secret-lint-report](${RUN_ARTIFACTS}7001).`);
    // The signed URL's signature is a credential: masked, and in no other log line.
    expect(run.stdout).toContain(`::add-mask::${service.signature}`);
    expect(run.stdout.split('\n').filter((l) => !l.startsWith('::add-mask::')).join('\n')).not.toContain(service.signature);
    expect(warnings(run)).toEqual([]);
  }, 120_000);

  it('names the artifact after the step when the runner names one, or as the input says', async () => {
    const workspace = makeRepo({ 'README.md': '# nothing here\n' });
    const keyed = await runAction({ workspace, event: 'push', apiUrl: api.url, env: { ...service.env, GITHUB_JOB: 'scan', GITHUB_ACTION: '__octo_osl' }, inputs: { artifact: 'TRUE' } });
    expect(keyed.code).toBe(0);
    expect([...service.blobs.keys()]).toEqual(['openai-secret-lint-report-scan-__octo_osl']);
    expect([...unzip(service.blobs.get('openai-secret-lint-report-scan-__octo_osl')!).keys()]).toEqual([
      'openai-secret-lint-report-scan-__octo_osl.json',
      'openai-secret-lint-scan-__octo_osl.sarif',
    ]);
    const named = await runAction({ workspace, event: 'push', apiUrl: api.url, env: service.env, inputs: { artifact: 'secret-scan.reports', 'sarif-file': '' } });
    expect(named.code).toBe(0);
    expect([...unzip(service.blobs.get('secret-scan.reports')!).keys()]).toEqual(['openai-secret-lint-report.json', 'openai-secret-lint.sarif']);

    const bad = await runAction({ workspace, event: 'push', apiUrl: api.url, env: service.env, inputs: { artifact: '../x' } });
    expect(bad.code).toBe(1);
    expect(bad.stdout).toContain('input artifact must be true, false or an artifact name');
  }, 120_000);

  it('is linked from the pull request comment', async () => {
    const key = openaiKey('proj');
    const workspace = makeRepo({ 'README.md': '# demo\n' });
    const base = gitIn(workspace, 'rev-parse', 'HEAD').trim();
    const head = commit(workspace, { 'app.py': `KEY = "${key}"\n` }, 'add');
    const run = await runAction({ workspace, event: 'pull_request', apiUrl: api.url, env: service.env, edit: prShas(base, head), inputs: { artifact: 'true' } });
    expect(run.code).toBe(1);
    expect(api.comments).toHaveLength(1);
    expect(api.comments[0]!.body).toContain(`[openai-secret-lint-report](${RUN_ARTIFACTS}7001)`);
  }, 120_000);

  it('overflow messages name the artifact: the annotations note and the comment', async () => {
    const lines = Array.from({ length: 400 }, () => `k = "${openaiKey('proj')}"`).join('\n') + '\n';
    const workspace = makeRepo({ 'src/keys.js': lines });
    const run = await runAction({
      workspace,
      event: 'pull_request',
      apiUrl: api.url,
      env: service.env,
      inputs: { artifact: 'true', mode: 'full', 'fail-on': 'critical' },
      edit: (payload) => {
        payload.pull_request.base.sha = 'f'.repeat(40);
      },
    });
    expect(run.outputs.findings).toBe('400');
    const link = `[openai-secret-lint-report](${RUN_ARTIFACTS}7001)`;
    expect(run.stdout).toContain(`not annotated. They are in the job summary table; what does not fit there is in the JSON report in the workflow artifact openai-secret-lint-report (${RUN_ARTIFACTS}7001).`);
    const comment = api.comments[0]!.body;
    expect(comment).toContain(`more findings not shown here (size limit): see the job summary of the workflow run, and the JSON report and SARIF log in the workflow artifact openai-secret-lint-report (${RUN_ARTIFACTS}7001) ([workflow run]`);
    expect(comment).toContain(`Reports: the JSON report and the SARIF log are in the workflow artifact ${link}.`);
  }, 120_000);

  it('a failed upload is a warning: no link, the step judged by its findings alone', async () => {
    service.failures.set('CreateArtifact', 500);
    const workspace = makeRepo({ 'README.md': '# nothing here\n' });
    const run = await runAction({ workspace, event: 'push', apiUrl: api.url, env: service.env, inputs: { artifact: 'true' } });
    expect(run.code).toBe(0);
    expect(warnings(run)).toEqual(['::warning::artifact: the reports were not uploaded as a workflow artifact: CreateArtifact: HTTP 500 (stand-in failure)']);
    expect(run.outputs['artifact-id']).toBe('');
    expect(run.summary).not.toContain('workflow artifact');
  }, 120_000);

  it('without the runner\'s artifact service (no ACTIONS_RESULTS_URL) says so', async () => {
    const workspace = makeRepo({ 'README.md': '# nothing here\n' });
    const run = await runAction({ workspace, event: 'push', apiUrl: api.url, inputs: { artifact: 'true' } });
    expect(run.code).toBe(0);
    expect(warnings(run)).toEqual([expect.stringContaining('ACTIONS_RESULTS_URL or ACTIONS_RUNTIME_TOKEN is not set')]);
    expect(service.calls).toEqual([]);
  }, 120_000);

  it('is off by default: nothing is sent to the artifact service', async () => {
    const workspace = makeRepo({ 'README.md': '# nothing here\n' });
    const run = await runAction({ workspace, event: 'push', apiUrl: api.url, env: service.env });
    expect(run.code).toBe(0);
    expect(service.calls).toEqual([]);
    expect(run.outputs['artifact-url']).toBe('');
  }, 120_000);
});
