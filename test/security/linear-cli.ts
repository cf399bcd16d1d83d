/**
 * Runs the built CLI bundle in a child process with a small heap and a time limit, so that a
 * regression (an alias bomb, a backtracking regex) fails the test instead of taking the machine
 * down. Rebuild (npm run build) before running the tests that use it.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Report } from '../../src/core/finding.js';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
/** LINEAR_CLI_BUNDLE: another bundle to run the same tests on (to see them fail on an old build). */
export const CLI_BUNDLE = process.env.LINEAR_CLI_BUNDLE ?? path.join(REPO_ROOT, 'dist/cli/index.js');

export interface BundleRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stderr: string;
  report: Report | null;
}

export function scanWithBundle(dir: string, options: { timeoutMs?: number; nodeArgs?: string[]; args?: string[]; env?: Record<string, string> } = {}): BundleRun {
  const result = spawnSync(process.execPath, ['--max-old-space-size=512', ...(options.nodeArgs ?? []), CLI_BUNDLE, 'scan', '.', '--format', 'json', ...(options.args ?? [])], {
    cwd: dir,
    encoding: 'utf8',
    timeout: options.timeoutMs ?? 120_000,
    killSignal: 'SIGKILL',
    maxBuffer: 256 * 1024 * 1024,
    env: { ...process.env, NO_COLOR: '1', ...options.env },
  });
  let report: Report | null = null;
  try {
    report = JSON.parse(result.stdout) as Report;
  } catch {
    report = null;
  }
  return { code: result.status, signal: result.signal, stderr: result.stderr, report };
}

/** 1-based line and column of the first occurrence of `needle` in `text`. */
export function positionOf(text: string, needle: string): { line: number; column: number } {
  const at = text.indexOf(needle);
  if (at < 0) throw new Error(`not in the text: ${needle}`);
  const before = text.slice(0, at);
  const line = before.split('\n').length;
  return { line, column: at - before.lastIndexOf('\n') };
}
