/**
 * Shared pieces of the git security suite (test/security/git-*.test.ts): running the bundled CLI
 * with a hard time bound, planting programs that leave a marker when run, FIFOs, and commits that
 * carry a signature header.
 */
import { spawn, execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '../action/run-action.js';
import { gitIn, tempDir } from '../helpers/repo.js';

/** The bundle under test; OSL_CLI_BUNDLE points a run at another build (e.g. the old one). */
export const CLI = process.env.OSL_CLI_BUNDLE ?? path.join(REPO_ROOT, 'dist/cli/index.js');

export interface CliRun {
  /** null when the run was killed at the time bound (it hung). */
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the CLI bundle in `cwd`; a run still going after `timeoutMs` is killed (code null). */
export function runCli(cwd: string, args: string[], options: { timeoutMs?: number; env?: Record<string, string>; input?: string } = {}): Promise<CliRun> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [CLI, ...args], {
      cwd,
      env: { PATH: process.env.PATH, HOME: process.env.HOME, NO_COLOR: '1', ...options.env },
      stdio: ['pipe', 'pipe', 'pipe'],
      timeout: options.timeoutMs ?? 20_000,
      killSignal: 'SIGKILL',
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (c: Buffer) => out.push(c));
    child.stderr.on('data', (c: Buffer) => err.push(c));
    child.stdin.end(options.input ?? '');
    child.on('close', (code) => resolve({ code, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') }));
  });
}

export interface JsonFinding {
  ruleId: string;
  file: string;
  line: number | null;
  column: number | null;
  commit?: string;
}

export function findingsOf(run: CliRun): JsonFinding[] {
  try {
    return (JSON.parse(run.stdout) as { findings: JsonFinding[] }).findings;
  } catch {
    throw new Error(`not a JSON report (exit ${run.code}): ${run.stdout.slice(0, 200)} ${run.stderr.slice(0, 500)}`);
  }
}

/** A folder of marker files: each planted program touches its own name there. */
export class Markers {
  readonly dir = tempDir('osl-markers-');
  private readonly bin = tempDir('osl-evil-');

  /** An executable that records `name` as run (and copies stdin to stdout, as a filter would). */
  program(name: string): string {
    const file = path.join(this.bin, `${name.replace(/[^A-Za-z0-9_.-]/g, '_')}.sh`);
    writeFileSync(file, `#!/bin/sh\ntouch '${path.join(this.dir, name.replace(/[^A-Za-z0-9_.-]/g, '_'))}'\ncat >/dev/null 2>&1 </dev/null\nexit 0\n`);
    chmodSync(file, 0o755);
    return file;
  }

  /** A hooks folder whose every usual hook records `name`. */
  hooksDir(name: string): string {
    const dir = path.join(this.bin, `hooks-${name}`);
    mkdirSync(dir, { recursive: true });
    for (const hook of ['pre-commit', 'post-checkout', 'post-index-change', 'reference-transaction', 'pre-auto-gc', 'fsmonitor-watchman']) {
      writeFileSync(path.join(dir, hook), `#!/bin/sh\ntouch '${path.join(this.dir, name)}'\n`);
      chmodSync(path.join(dir, hook), 0o755);
    }
    return dir;
  }

  fired(): string[] {
    return existsSync(this.dir) ? readdirSync(this.dir).sort() : [];
  }

  has(name: string): boolean {
    return existsSync(path.join(this.dir, name.replace(/[^A-Za-z0-9_.-]/g, '_')));
  }
}

/** A FIFO nobody writes to: opening it for reading blocks for ever. */
export function fifo(name = 'pipe'): string {
  const file = path.join(tempDir('osl-fifo-'), name);
  execFileSync('mkfifo', [file]);
  return file;
}

const SIGNATURES: Record<'openpgp' | 'ssh' | 'x509', [string, string]> = {
  openpgp: ['-----BEGIN PGP SIGNATURE-----', '-----END PGP SIGNATURE-----'],
  ssh: ['-----BEGIN SSH SIGNATURE-----', '-----END SSH SIGNATURE-----'],
  x509: ['-----BEGIN SIGNED MESSAGE-----', '-----END SIGNED MESSAGE-----'],
};

/**
 * Commits `files` (already written and added) as a commit whose object carries a `gpgsig` header
 * of the given format: showing it with log.showSignature calls that format's program.
 */
export function signedCommit(dir: string, format: keyof typeof SIGNATURES, message: string): string {
  const tree = gitIn(dir, 'write-tree').trim();
  const parent = gitIn(dir, 'rev-parse', '--verify', '-q', 'HEAD').trim();
  const [begin, end] = SIGNATURES[format];
  const stamp = '1700000000 +0000';
  const object = [
    `tree ${tree}`,
    `parent ${parent}`,
    `author t <t@example.invalid> ${stamp}`,
    `committer t <t@example.invalid> ${stamp}`,
    `gpgsig ${begin}`,
    ' ',
    ` ${Buffer.from(`not a signature ${format}`).toString('base64')}`,
    ` ${end}`,
    '',
    message,
    '',
  ].join('\n');
  const oid = execFileSync('git', ['hash-object', '-t', 'commit', '-w', '--stdin'], { cwd: dir, input: object, encoding: 'utf8' }).trim();
  gitIn(dir, 'update-ref', 'HEAD', oid);
  return oid;
}

/** Appends `[section "sub"] key = value` lines to the repository's own config file, verbatim. */
export function appendConfig(dir: string, text: string): void {
  writeFileSync(path.join(dir, '.git', 'config'), text, { flag: 'a' });
}
