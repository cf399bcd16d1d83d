/**
 * Shared pieces of the git security suite (test/security/git-*.test.ts): running the bundled CLI
 * with a hard time bound, planting programs that leave a marker when run, FIFOs, and commits that
 * carry a signature header.
 */
import { spawn, execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '../action/run-action.js';
import { gitIn, makeRepo, tempDir, writeTree } from '../helpers/repo.js';

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

/** Program-valued keys: [key, how the value is built]. Subsection names hold `=` and `.` on purpose. */
export const PROGRAM_KEYS: readonly string[] = [
  'core.fsmonitor',
  'core.pager',
  'pager.log',
  'pager.diff',
  'pager.grep',
  'core.editor',
  'sequence.editor',
  'core.askPass',
  'core.sshCommand',
  'core.gitProxy',
  'core.alternateRefsCommand',
  'credential.helper',
  'credential.https://example.invalid.helper',
  'diff.external',
  'diff.drv=x.command',
  'diff.drv=x.textconv',
  'filter.a=b.clean',
  'filter.a=b.smudge',
  'filter.p.q.process',
  'merge.drv=x.driver',
  'gpg.openpgp.program',
  'gpg.program',
  'gpg.ssh.program',
  'gpg.x509.program',
  'gpg.ssh.defaultKeyCommand',
  'uploadpack.packObjectsHook',
  'remote.origin.uploadpack',
  'remote.origin.receivepack',
  'submodule.sub.update',
  'sendemail.sendmailCmd',
];

/** `[section "sub"]` config text for one key. */
function configLine(key: string, value: string): string {
  const first = key.indexOf('.');
  const last = key.lastIndexOf('.');
  const section = key.slice(0, first);
  const name = key.slice(last + 1);
  const quoted = `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
  return first === last ? `[${section}]\n\t${name} = ${quoted}\n` : `[${section} "${key.slice(first + 1, last)}"]\n\t${name} = ${quoted}\n`;
}

export interface HostileRepo {
  repo: string;
  /** The first commit: `--diff` and pull requests compare with it. */
  base: string;
  /** The (openpgp-"signed") commit that added app.js with `keys.app` on line 2. */
  appCommit: string;
}

/**
 * A repository whose config sets every key of PROGRAM_KEYS (and core.hooksPath, an ext::
 * remote) to a marker program, routes every file through the hostile drivers, shows signatures
 * of three signed commits (openpgp, ssh, x509), stages `staged.js` with `keys.staged`, and has
 * unstaged edits of tracked files (so a diff against the work tree must read them).
 */
export function hostileRepo(markers: Markers, keys: { app: string; staged: string }): HostileRepo {
  const repo = makeRepo({ 'README.md': 'hello\n' });
  const base = gitIn(repo, 'rev-parse', 'HEAD').trim();
  // Every file goes through the hostile drivers.
  writeTree(repo, { '.gitattributes': '* filter=a=b diff=drv=x merge=drv=x\n*.cfg filter=p.q\n', 'app.js': `// app\nconst key = "${keys.app}";\n`, 'notes.txt': 'one\n', 'x.cfg': 'a=1\n' });
  gitIn(repo, 'add', '-A');
  const appCommit = signedCommit(repo, 'openpgp', 'app');
  writeTree(repo, { 'notes.txt': 'two\n' });
  gitIn(repo, 'add', '-A');
  signedCommit(repo, 'ssh', 'ssh-signed');
  writeTree(repo, { 'notes.txt': 'three\n' });
  gitIn(repo, 'add', '-A');
  signedCommit(repo, 'x509', 'x509-signed');
  // Staged: a new key. Unstaged: tracked files changed in the work tree, so diffing against the
  // work tree has to read them (through clean filters, were they allowed).
  writeTree(repo, { 'staged.js': `k = "${keys.staged}"\n` });
  gitIn(repo, 'add', 'staged.js');
  writeTree(repo, { 'notes.txt': 'four\n', 'x.cfg': 'a=2\n' });

  const allowed = path.join(tempDir('osl-signers-'), 'allowed');
  writeFileSync(allowed, '');
  let config = '';
  for (const key of PROGRAM_KEYS) {
    const program = markers.program(key);
    config += configLine(key, key === 'submodule.sub.update' ? `!${program}` : program);
  }
  config += configLine('core.hooksPath', markers.hooksDir('core.hooksPath'));
  config += configLine('log.showSignature', 'true');
  config += configLine('gpg.ssh.allowedSignersFile', allowed);
  config += configLine('protocol.allow', 'always');
  config += configLine('remote.origin.url', `ext::${markers.program('ext-transport')}`);
  config += configLine('filter.a=b.required', 'true');
  appendConfig(repo, config);

  return { repo, base, appCommit };
}
