/**
 * Runs the bundled Action (dist/index.js) as a runner would: INPUT_* variables with action.yml's
 * defaults, an event payload file, GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files, and the API URL.
 * Asynchronous on purpose: the fake API server lives in the test process.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { parse } from 'yaml';
import { startFakeGitHub, type FakeGitHub } from '../helpers/github-api-server.js';
import { cleanupTempDirs, tempDir } from '../helpers/repo.js';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
/** The committed bundle; OSL_ACTION_BUNDLE may point a local run at a scratch build. */
export const BUNDLE = process.env.OSL_ACTION_BUNDLE ?? path.join(REPO_ROOT, 'dist/index.js');

export interface RunOptions {
  workspace: string;
  event: 'push' | 'pull_request' | 'pull_request_target' | 'schedule' | 'workflow_dispatch' | 'workflow_run';
  /** Payload fixture, adjusted by `edit` (e.g. real commit shas). */
  edit?: (payload: Record<string, any>) => void;
  inputs?: Record<string, string>;
  apiUrl?: string;
  sha?: string;
  node?: string;
  /** Extra environment of the step (e.g. documented base-URL overrides). */
  env?: Record<string, string>;
  /** Kill the Action after this long (code null): for attacks that would make it hang. */
  timeoutMs?: number;
}

export interface ActionRun {
  code: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
}

export function actionDefaults(): Record<string, string> {
  const action = parse(readFileSync(path.join(REPO_ROOT, 'action.yml'), 'utf8')) as { inputs: Record<string, { default?: string }> };
  return Object.fromEntries(Object.entries(action.inputs).map(([name, spec]) => [name, String(spec.default ?? '')]));
}

export function fixturePayload(event: RunOptions['event']): Record<string, any> {
  // workflow_run: the schedule fixture's repository; tests add `workflow_run` themselves.
  const name = event === 'workflow_dispatch' || event === 'workflow_run' ? 'schedule' : event === 'pull_request_target' ? 'pull_request' : event;
  return JSON.parse(readFileSync(path.join(REPO_ROOT, 'test/fixtures/action', `${name}.json`), 'utf8')) as Record<string, any>;
}

export async function runAction(options: RunOptions): Promise<ActionRun> {
  const scratch = tempDir('osl-runner-');
  const payload = fixturePayload(options.event);
  options.edit?.(payload);
  const eventPath = path.join(scratch, 'event.json');
  writeFileSync(eventPath, JSON.stringify(payload));
  const outputFile = path.join(scratch, 'output');
  const summaryFile = path.join(scratch, 'summary.md');
  writeFileSync(outputFile, '');
  writeFileSync(summaryFile, '');

  const inputs = { ...actionDefaults(), 'github-token': 'fake-token', ...options.inputs };
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    NO_PROXY: '127.0.0.1,localhost',
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: options.workspace,
    GITHUB_EVENT_NAME: options.event,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_REPOSITORY: 'octo-org/demo-repo',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: options.apiUrl ?? 'http://127.0.0.1:9',
    GITHUB_SHA: options.sha ?? '2222222222222222222222222222222222222222',
    GITHUB_RUN_ID: '4242',
    RUNNER_TEMP: scratch,
    ...options.env,
  };
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value;

  const child = spawn(options.node ?? process.execPath, [BUNDLE], { cwd: options.workspace, env, stdio: ['ignore', 'pipe', 'pipe'], timeout: options.timeoutMs, killSignal: 'SIGKILL' });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  return { code, stdout, stderr, outputs: parseOutputs(readFileSync(outputFile, 'utf8')), summary: existsSync(summaryFile) ? readFileSync(summaryFile, 'utf8') : '' };
}

/** GITHUB_OUTPUT holds `name<<delimiter`, the value, then the delimiter, per output. */
function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const open = /^([^<]+)<<(.+)$/.exec(lines[i]!);
    if (!open) continue;
    const value: string[] = [];
    for (i++; i < lines.length && lines[i] !== open[2]; i++) value.push(lines[i]!);
    outputs[open[1]!] = value.join('\n');
  }
  return outputs;
}

/**
 * The hooks every Action test file needs: the bundle must exist, each test gets a fresh local API
 * stand-in (handed to `use`), and temporary folders go at the end.
 */
export function useFakeGitHub(use: (api: FakeGitHub) => void): void {
  let api: FakeGitHub | undefined;
  beforeAll(() => {
    if (!existsSync(BUNDLE)) throw new Error(`${BUNDLE} is missing: run npm run build first`);
  });
  beforeEach(async () => {
    api = await startFakeGitHub();
    use(api);
  });
  afterEach(async () => {
    await api?.close();
  });
  afterAll(cleanupTempDirs);
}

