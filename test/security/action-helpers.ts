/** Shared by the test/security/action-* suites: git commits, workflow-command lines, the CLI bundle. */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { gitIn, writeTree } from '../helpers/repo.js';
import { REPO_ROOT, type ActionRun } from '../action/run-action.js';

/** The committed CLI bundle; OSL_CLI_BUNDLE may point at another (e.g. the old one, to see a test fail). */
export const CLI_BUNDLE = process.env.OSL_CLI_BUNDLE ?? path.join(REPO_ROOT, 'dist/cli/index.js');

export function runCli(cwd: string, ...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [CLI_BUNDLE, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Commits `tree` (and removals of `remove`) and returns the new HEAD. */
export function commit(dir: string, tree: Record<string, string>, message: string): string {
  writeTree(dir, tree);
  gitIn(dir, 'add', '-A');
  gitIn(dir, 'commit', '-q', '-m', message);
  return gitIn(dir, 'rev-parse', 'HEAD').trim();
}

export function head(dir: string): string {
  return gitIn(dir, 'rev-parse', 'HEAD').trim();
}

export function commandLines(run: ActionRun, kind: string): string[] {
  return run.stdout.split('\n').filter((l) => l.startsWith(`::${kind} `) || l.startsWith(`::${kind}::`));
}

/** The annotations of findings (error commands with a file). */
export function annotations(run: ActionRun): string[] {
  return commandLines(run, 'error').filter((l) => l.includes(',file='));
}

/** A pull request payload edit: real base and head commits. */
export function prShas(base: string, headSha: string) {
  return (payload: Record<string, any>) => {
    payload.pull_request.base.sha = base;
    payload.pull_request.head.sha = headSha;
  };
}
