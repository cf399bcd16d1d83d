import { spawn } from 'node:child_process';

/**
 * Config that keeps git from running code a scanned repository asks for: a hostile
 * `.git/config` could set `core.fsmonitor` to a command that `git ls-files` would execute.
 */
export const SAFE_CONFIG = ['-c', 'core.fsmonitor=false', '-c', 'core.hooksPath=/dev/null', '-c', 'core.quotePath=false'];

export interface GitResult {
  code: number;
  stdout: Buffer;
  stderr: string;
}

/** Runs git with the safe config, collecting stdout as bytes (paths may not be UTF-8-clean). */
export function git(cwd: string, args: string[], input?: string): Promise<GitResult> {
  return new Promise((resolve) => {
    const child = spawn('git', [...SAFE_CONFIG, ...args], { cwd, stdio: ['pipe', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.on('error', (error) => resolve({ code: -1, stdout: Buffer.alloc(0), stderr: error.message }));
    child.on('close', (code) => resolve({ code: code ?? -1, stdout: Buffer.concat(out), stderr: err }));
    child.stdin.on('error', () => {});
    child.stdin.end(input ?? '');
  });
}

/** The top of the git work tree that contains `dir`, or null outside git (or without git). */
export async function gitTopLevel(dir: string): Promise<string | null> {
  const result = await git(dir, ['rev-parse', '--show-toplevel']);
  if (result.code !== 0) return null;
  return result.stdout.toString('utf8').trim() || null;
}

/**
 * `-c` overrides that switch off every filter driver the repository configures. Comparing with the
 * working tree (`git diff BASE`) runs a path's `filter.<name>.clean` or `.process` command: a
 * scanned repository's own config would otherwise run code on the scanning machine.
 */
export async function disabledFilterDrivers(cwd: string): Promise<string[]> {
  const listed = await git(cwd, ['config', '--name-only', '--get-regexp', '^filter\\.']);
  const drivers = new Set<string>();
  for (const name of listed.stdout.toString('utf8').split('\n')) {
    const match = /^filter\.(.+)\.[^.]+$/.exec(name.trim());
    if (match) drivers.add(match[1]!);
  }
  return [...drivers].flatMap((driver) =>
    ['clean', 'smudge', 'process'].flatMap((key) => ['-c', `filter.${driver}.${key}=`]).concat(['-c', `filter.${driver}.required=false`]),
  );
}
