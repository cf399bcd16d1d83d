/**
 * The one door to git: every git process of the tool is started here, so that the scanned
 * repository (its `.git/config`, included files, `.gitattributes`) cannot choose a program for git
 * to run or a path for git to open on the scanning machine.
 *
 * - Environment: git's own variables from the parent are dropped (but GIT_INDEX_FILE, which a
 *   pre-commit hook needs), the work tree is pinned to the folder holding `.git` (never the
 *   repository's core.worktree), system and global config are not read, and GIT_CONFIG_COUNT overrides
 *   (command-line scope: they win over the repository's config and anything it includes) pin
 *   every key that names a program or a path; see `setupFor` below and git-hardening.ts.
 * - Callers use plumbing and flags that never run a configured program (`--no-ext-diff`,
 *   `--no-textconv`, `--no-show-signature`, `cat-file --batch`).
 * - Every call has a timeout (no output for `gitTimeoutMs()`): the process group is killed and the
 *   call fails with GitTimeoutError, which the front doors report as "scan incomplete".
 * - Output is collected as bytes, chunks concatenated once (linear in its size).
 */
import { isUtf8 } from 'node:buffer';
import { spawn } from 'node:child_process';
import { accessSync, constants as fsConstants, lstatSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import { splitNul } from './file-name.js';
import { FIXED_OVERRIDES, gitEnv, overrideFor, type CallSetup } from './git-hardening.js';
import { keptConfig, repositoryFileProblem } from './git-repo-files.js';

export { overrideFor } from './git-hardening.js';

/** A key as git compares it: section and name in lower case, the subsection (a driver's name) as written. */
function canonicalKey(key: string): string {
  const first = key.indexOf('.');
  const last = key.lastIndexOf('.');
  if (first < 0) return key.toLowerCase();
  return key.slice(0, first).toLowerCase() + key.slice(first, last) + key.slice(last).toLowerCase();
}

export interface GitResult {
  code: number;
  stdout: Buffer;
  stderr: string;
}

/** git could not give its answer: the scan is incomplete, not clean (the front doors exit 3). */
export class GitIncompleteError extends Error {}

/** A git call killed after producing nothing for too long. */
export class GitTimeoutError extends GitIncompleteError {
  override readonly name = 'GitTimeoutError';
}

/** A repository git must not run in at all (its config includes a FIFO, a device, ...). */
export class GitRefusedError extends GitIncompleteError {
  override readonly name = 'GitRefusedError';
}

export function isGitIncomplete(error: unknown): error is GitIncompleteError {
  return error instanceof GitIncompleteError;
}

export const DEFAULT_GIT_TIMEOUT_MS = 120_000;
/** Tests (and users on very slow disks) may set the timeout in milliseconds. */
export const GIT_TIMEOUT_ENV = 'OPENAI_SECRET_LINT_GIT_TIMEOUT_MS';

let timeoutOverride: number | null = null;

/** How long a git call may stay silent (no output) before it is killed. */
export function gitTimeoutMs(): number {
  if (timeoutOverride !== null) return timeoutOverride;
  const fromEnv = Number(process.env[GIT_TIMEOUT_ENV]);
  return Number.isFinite(fromEnv) && fromEnv > 0 ? fromEnv : DEFAULT_GIT_TIMEOUT_MS;
}

/** For tests: null restores the default (or the environment's value). */
export function setGitTimeoutMs(ms: number | null): void {
  timeoutOverride = ms;
}


/**
 * The work tree top git would find from `cwd`: the nearest directory whose `.git` is a
 * repository directory (it has HEAD) or a gitfile, by lstat only. It is the one repository whose
 * ownership check (safe.directory) a call may waive, and it is pinned as the work tree, so that
 * the repository's `core.worktree` cannot point git (and the scan) at another folder.
 */
function repositoryTop(cwd: string): string | null {
  let dir: string;
  try {
    dir = realpathSync(cwd);
  } catch {
    return null;
  }
  for (;;) {
    const dotGit = path.join(dir, '.git');
    try {
      const stat = lstatSync(dotGit);
      // Any HEAD counts (lstat throws when there is none): one that is not a regular file makes
      // the repository refused (git-repo-files.ts), where skipping it would let git block on it.
      // A link counts too, and is refused there: git would follow it to a config never listed.
      if (stat.isFile() || stat.isSymbolicLink() || (stat.isDirectory() && lstatSync(path.join(dotGit, 'HEAD')))) return dir;
    } catch {
      // not a repository here
    }
    const parent = path.dirname(dir);
    if (parent === dir) return null;
    dir = parent;
  }
}


const overridesByTop = new Map<string, Promise<CallSetup>>();

/**
 * Key names of a repository's config listed by an earlier run, kept by the CLI in its private
 * cache folder (src/cli/git-config-cache.ts): listing them is a git process of its own, on the
 * path of every pre-commit scan. A listing is kept under the SHA-256 of the config bytes it was
 * listed from (keptConfig) and used only for the same bytes.
 */
export interface ConfigListingStore {
  get(top: string, identity: string): readonly string[] | null;
  set(top: string, identity: string, names: readonly string[]): void;
}

let listingStore: ConfigListingStore | null = null;

/** Installed by the CLI's entry; null (the default, and for tests) lists the config every run. */
export function useConfigListingStore(store: ConfigListingStore | null): void {
  listingStore = store;
}

/**
 * Every override for calls in `cwd`: the fixed list, safe.directory for this repository only (it
 * may belong to another user, as a checkout on a CI runner does), and an override for each key of
 * the repository's config (with its includes) that names a program or a file.
 */
function setupFor(cwd: string): Promise<CallSetup> {
  const top = repositoryTop(cwd);
  if (top === null) return Promise.resolve({ overrides: [...FIXED_OVERRIDES], workTree: null });
  // Keyed by the config file's identity too, so an edited config is listed again.
  const key = `${top}\0${configSignature(top)}`;
  let cached = overridesByTop.get(key);
  if (!cached) {
    const base: (readonly [string, string])[] = [...FIXED_OVERRIDES, ['safe.directory', top]];
    cached = repositoryFileProblem(top, listConfigFile).then(async (refused) => {
      if (refused !== null) return { overrides: base, workTree: top, refused };
      const listed = await configKeyNames(top, base);
      if ('refused' in listed) return { overrides: base, workTree: top, refused: listed.refused };
      const keys = new Set(FIXED_OVERRIDES.map(([k]) => canonicalKey(k)));
      const extra: [string, string][] = [];
      // Outside a work tree (or in a broken one) there is no repository config to neutralise.
      for (const name of listed.names ?? []) {
        const value = overrideFor(name);
        const canonical = canonicalKey(name);
        if (value === null || keys.has(canonical)) continue;
        keys.add(canonical);
        extra.push([name, value]);
      }
      // A listing that failed is not kept: the next call asks again.
      if (listed.names === null) overridesByTop.delete(key);
      return { overrides: [...base, ...extra], workTree: top };
    });
    cached.catch(() => overridesByTop.delete(key));
    overridesByTop.set(key, cached);
  }
  return cached;
}

/**
 * The key names of the repository's config (null when git could not list them), or why git must
 * not run there. With a store, a config that is one file's bytes (keptConfig) is listed from
 * those bytes on standard input, outside any repository, and the names are kept under their hash;
 * any other config is listed in the repository, as git reads it, every run.
 */
async function configKeyNames(top: string, base: CallSetup['overrides']): Promise<{ names: string[] | null } | { refused: string }> {
  const store = listingStore;
  const kept = store === null ? null : keptConfig(top);
  if (store !== null && kept !== null) {
    const names = store.get(top, kept.identity);
    if (names !== null) return { names: [...names] };
  }
  const inRepository = () => runGit(top, ['config', '--list', '--name-only', '-z'], { overrides: base, workTree: top }, { input: '' });
  let listed = kept !== null
    ? await runGit(path.parse(top).root, ['config', '--file', '-', '--list', '--name-only', '-z'], { overrides: [...FIXED_OVERRIDES], workTree: null, noRepository: true }, { input: kept.bytes })
    : await inRepository();
  // The bytes' listing failing says nothing of the repository: it is listed there, as git reads
  // it (a config git cannot read fails every call of the scan anyway), and nothing is kept.
  const fromBytes = kept !== null && listed.code === 0;
  if (kept !== null && listed.code !== 0) listed = await inRepository();
  if (listed.code !== 0) return { names: null };
  const records = splitNul(listed.stdout);
  // A name that is not UTF-8 cannot be overridden: environment variables carry text, and the
  // name git would match is not the one decoded here.
  if (records.some((record) => !isUtf8(record))) return { refused: `the git config of ${top} names a key that is not UTF-8: git was not run there` };
  const names = records.map((record) => record.toString('utf8').replace(/\n$/, ''));
  if (store !== null && kept !== null && fromBytes && !names.some((name) => /^include(?:if)?\./i.test(name))) store.set(top, kept.identity, names);
  return { names };
}

/** One config file's entries without its includes, listed from outside any repository. */
function listConfigFile(file: string): Promise<GitResult> {
  const outside = path.parse(file).root;
  return runGit(outside, ['config', '--file', file, '--list', '-z'], { overrides: [...FIXED_OVERRIDES], workTree: null, noRepository: true }, { input: '' });
}

function configSignature(top: string): string {
  try {
    const stat = lstatSync(path.join(top, '.git', 'config'));
    return `${stat.ino}:${stat.size}:${stat.mtimeMs}`;
  } catch {
    return '';
  }
}


export interface GitStreamOptions {
  input?: string | Buffer;
  /** Called with each stdout chunk; throwing stops git and rejects the call with that error. */
  onStdout?: (chunk: Buffer) => void;
  /** Instead of `input`: stdin is kept open and handed over once git has started (see GitInput). */
  onStart?: (stdin: GitInput) => void;
  /**
   * Stdout is not read until `release` hands over the reader (see startGit): until then it waits
   * in the pipe, git blocks once that is full, and no timeout runs (git is not stuck, unread).
   * `stop` ends git if it is never read.
   */
  held?: { release: Promise<(chunk: Buffer) => void>; stop: Promise<void> };
}

/** The stdin of a git process that answers requests as they come (`cat-file --batch`). */
export interface GitInput {
  write(data: string): void;
  end(): void;
  /**
   * Whether an answer is awaited. The timeout runs only while one is: a process idle between its
   * caller's requests is not stuck. Starts awaited; after `end()`, always (git should exit).
   */
  awaiting(yes: boolean): void;
}

const running = new Set<number>();
let exitHookInstalled = false;

function killGroup(pid: number | undefined): void {
  if (pid === undefined) return;
  try {
    // Detached: git leads its own process group, so anything it started dies with it.
    process.kill(process.platform === 'win32' ? pid : -pid, 'SIGKILL');
  } catch {
    // already gone
  }
}

const MAX_STDERR = 64 * 1024;
/** Output of a held command (startGit) kept in memory before git is left to wait on the pipe. */
const HELD_MAX_BYTES = 1024 * 1024;

let resolvedGit: { path: string; from: string | undefined } | null = null;

/**
 * git's absolute path, from the absolute PATH entries only: a scanned repository is the working
 * directory of every call, and a `git` (or `git.exe`, which Windows would look for in the current
 * directory first) planted in it, or reached through a relative PATH entry, must not be run.
 */
function gitExecutable(): string {
  const from = process.env.PATH ?? process.env.Path;
  if (resolvedGit !== null && resolvedGit.from === from) return resolvedGit.path;
  const names = process.platform === 'win32' ? ['git.exe'] : ['git'];
  let found = 'git';
  search: for (const dir of (from ?? '').split(path.delimiter)) {
    if (!path.isAbsolute(dir)) continue;
    for (const name of names) {
      const candidate = path.join(dir, name);
      try {
        if (!statSync(candidate).isFile()) continue;
        if (process.platform !== 'win32') accessSync(candidate, fsConstants.X_OK);
        found = candidate;
        break search;
      } catch {
        // not here
      }
    }
  }
  // Nothing found: an absolute name that does not exist fails as ENOENT, as a missing git should.
  const resolved = found === 'git' ? path.join(path.parse(process.cwd()).root, 'nonexistent', 'git') : found;
  resolvedGit = { path: resolved, from };
  return resolved;
}

/** Spawns git with the given overrides; stdout goes to onStdout (or is collected). */
function runGit(cwd: string, args: readonly string[], setup: CallSetup, options: GitStreamOptions = {}): Promise<GitResult> {
  if (setup.refused) return Promise.reject(new GitRefusedError(`${setup.refused}: scan incomplete`));
  return new Promise((resolve, reject) => {
    const child = spawn(gitExecutable(), args, { cwd, env: gitEnv(setup), stdio: ['pipe', 'pipe', 'pipe'], detached: process.platform !== 'win32', windowsHide: true });
    const pid = child.pid;
    if (pid !== undefined) running.add(pid);
    if (!exitHookInstalled) {
      exitHookInstalled = true;
      process.once('exit', () => running.forEach((p) => killGroup(p)));
    }
    const chunks: Buffer[] = [];
    let stderr = '';
    let failure: unknown = null;
    let settled = false;
    const limit = gitTimeoutMs();
    let timer: NodeJS.Timeout | undefined;
    let awaited = !options.held;
    // Once stdin is ended git is expected to exit: the timeout runs until it does.
    let ended = false;
    const arm = () => {
      if (timer) clearTimeout(timer);
      timer = undefined;
      if ((!awaited && !ended) || settled) return;
      timer = setTimeout(() => {
        failure ??= new GitTimeoutError(`git ${args[0] ?? ''} produced nothing for ${Math.round(limit / 1000)} s in ${cwd} and was stopped: scan incomplete`);
        killGroup(pid);
      }, limit);
      timer.unref?.();
    };
    arm();
    const finish = (error: unknown, code: number) => {
      if (settled) return;
      settled = true;
      if (timer) clearTimeout(timer);
      if (pid !== undefined) running.delete(pid);
      if (error) reject(error);
      else resolve({ code, stdout: options.onStdout ? Buffer.alloc(0) : Buffer.concat(chunks), stderr });
    };
    const take = (onStdout: ((chunk: Buffer) => void) | undefined, chunk: Buffer) => {
      if (failure) return;
      if (!onStdout) {
        chunks.push(chunk);
        return;
      }
      try {
        onStdout(chunk);
      } catch (error) {
        failure = error;
        killGroup(pid);
      }
    };
    // Held (startGit): chunks wait here, and past HELD_MAX_BYTES the stream is paused so that the
    // rest waits in the pipe (Node resumes an unread child stream when the child exits: what was
    // left in the pipe then arrives here too). Git's result is given once they have been read.
    let reader: ((chunk: Buffer) => void) | undefined | null = options.held ? null : options.onStdout;
    const waiting: Buffer[] = [];
    let waitingBytes = 0;
    let stoppedUnread = false;
    child.stdout.on('data', (chunk: Buffer) => {
      // Stopped (startGit's cancel): what is left is dropped, so that the stream ends.
      if (stoppedUnread) return;
      if (reader === null) {
        waiting.push(chunk);
        waitingBytes += chunk.length;
        if (waitingBytes >= HELD_MAX_BYTES) child.stdout.pause();
        return;
      }
      arm();
      take(reader, chunk);
    });
    let readable: Promise<void> = Promise.resolve();
    if (options.held) {
      const released = options.held.release.then((onStdout) => {
        reader = onStdout;
        awaited = true;
        arm();
        for (const chunk of waiting.splice(0)) take(onStdout, chunk);
        child.stdout.resume();
      });
      const stopped = options.held.stop.then(() => {
        if (settled) return;
        failure ??= stoppedError(args);
        if (reader === null) {
          stoppedUnread = true;
          waiting.length = 0;
          child.stdout.resume();
        }
        // Not a group whose leader is gone: its id may be another process's by now.
        if (!exited) killGroup(pid);
      });
      readable = Promise.race([released, stopped]);
    }
    child.stderr.on('data', (chunk: Buffer) => {
      arm();
      if (stderr.length < MAX_STDERR) stderr += chunk.toString('utf8');
    });
    // git missing (ENOENT) is an answer, not a crash: callers fall back as outside a repository.
    child.on('error', (error) => {
      if (!failure) stderr += error.message;
      finish(failure, -1);
    });
    let exited = false;
    child.on('exit', () => (exited = true));
    child.on('close', (code) => void readable.then(() => finish(failure, code ?? -1)));
    child.stdin.on('error', () => {});
    if (!options.onStart) {
      child.stdin.end(options.input ?? '');
      return;
    }
    options.onStart({
      write: (data) => {
        if (!settled) child.stdin.write(data);
      },
      end: () => {
        ended = true;
        arm();
        child.stdin.end();
      },
      awaiting: (yes) => {
        awaited = yes;
        arm();
      },
    });
  });
}

/**
 * Runs git in `cwd` under the rules above and collects its stdout as bytes (paths may not be
 * UTF-8). Resolves with git's exit code (-1 when git cannot be started); rejects when it times out.
 */
export async function git(cwd: string, args: string[], input?: string | Buffer): Promise<GitResult> {
  return runGit(cwd, args, await setupFor(cwd), { input });
}

/** Like git(), but hands stdout to `onStdout` chunk by chunk instead of holding it. */
export async function gitStream(cwd: string, args: string[], onStdout: (chunk: Buffer) => void, input?: string | Buffer): Promise<GitResult> {
  return runGit(cwd, args, await setupFor(cwd), { input, onStdout });
}

/**
 * A git command started before its output is wanted (a history scan's log, while the scanner's
 * code still loads): stdout waits in the pipe until `read`, so nothing piles up in memory.
 * `cancel` ends it when it will not be read (the scan failed first, or runs another command).
 * Git's result waits until the held output has been read (or dropped, when cancelled).
 */
export interface StartedGit {
  readonly cwd: string;
  readonly args: readonly string[];
  /** Hands stdout to `onStdout` chunk by chunk, from its start; at most once. */
  read(onStdout: (chunk: Buffer) => void): Promise<GitResult>;
  /** Ends the command if it still runs (the command that wanted it failed first); nothing once it has finished. */
  cancel(): void;
}

/** A started command cancelled before it finished (or before it started). */
function stoppedError(args: readonly string[]): GitIncompleteError {
  return new GitIncompleteError(`git ${args[0] ?? ''} was stopped: scan incomplete`);
}

export function startGit(cwd: string, args: string[]): StartedGit {
  let release!: (onStdout: (chunk: Buffer) => void) => void;
  let stop!: () => void;
  const held = { release: new Promise<(chunk: Buffer) => void>((r) => (release = r)), stop: new Promise<void>((r) => (stop = r)) };
  let cancelled = false;
  const result = setupFor(cwd).then((setup) => (cancelled ? Promise.reject(stoppedError(args)) : runGit(cwd, args, setup, { held })));
  // Seen through `read`; one never read was cancelled, and its failure says nothing.
  result.catch(() => {});
  let taken = false;
  return {
    cwd,
    args,
    read(onStdout) {
      if (taken) throw new Error('startGit: read twice');
      taken = true;
      release(onStdout);
      return result;
    },
    cancel() {
      cancelled = true;
      stop();
    },
  };
}

/** Like gitStream(), but stdin stays open for the caller to write requests to (`onStart`). */
export async function gitSession(cwd: string, args: string[], onStdout: (chunk: Buffer) => void, onStart: (stdin: GitInput) => void): Promise<GitResult> {
  return runGit(cwd, args, await setupFor(cwd), { onStdout, onStart });
}

/**
 * The folder holding the `.git` that git would use for `dir`, found by lstat alone (null when
 * there is none): when it exists but git answers that `dir` is outside a work tree, the
 * repository is broken (or made so: a bad line in its config, an include git cannot read) and a
 * scan must not quietly fall back to a plain walk that skips what `.gitignore` lists.
 */
export function repositoryMarker(dir: string): string | null {
  return repositoryTop(dir);
}

/** The top of the git work tree that contains `dir`, or null outside git (or without git). */
export async function gitTopLevel(dir: string): Promise<string | null> {
  const result = await git(dir, ['rev-parse', '--show-toplevel']);
  if (result.code !== 0) return null;
  return result.stdout.toString('utf8').replace(/\n$/, '') || null;
}

/**
 * Fetches `refs` from `url` into the repository at `cwd` as objects only: no checkout, no tags,
 * no FETCH_HEAD, no submodules, no hooks (the hardened setup above). Only the URL's own scheme is
 * allowed for this one call (everything else stays `protocol.allow=never`), and the token travels
 * in the environment as an HTTP header, never on the command line.
 */
export async function gitFetch(cwd: string, url: string, refs: string[], options: { depth?: number; token?: string } = {}): Promise<GitResult> {
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url)?.[1]?.toLowerCase();
  if (!scheme || !['https', 'http', 'file'].includes(scheme)) throw new Error(`refusing to fetch from ${url}: not an https URL`);
  const setup = await setupFor(cwd);
  const overrides: (readonly [string, string])[] = [...setup.overrides, [`protocol.${scheme}.allow`, 'always'], ['fetch.recurseSubmodules', 'false'], ['credential.interactive', 'false']];
  // actions/checkout may have stored its own header for this server: a second one would clash.
  const stored = await runGit(cwd, ['config', '--get-urlmatch', 'http.extraheader', url], setup, { input: '' });
  const hasHeader = stored.code === 0 && stored.stdout.toString('utf8').trim() !== '';
  if (options.token && !hasHeader) overrides.push(['http.extraheader', `AUTHORIZATION: basic ${Buffer.from(`x-access-token:${options.token}`).toString('base64')}`]);
  const depth = options.depth !== undefined ? [`--depth=${Math.max(1, Math.floor(options.depth))}`] : [];
  return runGit(cwd, ['fetch', '--quiet', '--no-tags', '--no-write-fetch-head', '--no-recurse-submodules', ...depth, '--', url, ...refs], { ...setup, overrides, allowProtocol: scheme }, { input: '' });
}

export interface CloneOptions {
  /** Commits to fetch (a shallow clone); undefined fetches the whole history of the default branch. */
  depth?: number;
  /** Sent as an HTTP header through git's environment (never on the command line or in the URL). */
  token?: string;
  /** The schemes allowed for this clone: `https` by default; tests add `file`. */
  protocols?: readonly string[];
}

export interface CloneResult {
  ok: boolean;
  /** The commit checked out (detached), when ok. */
  commit: string | null;
  /** The remote has no commit yet. */
  empty: boolean;
  stderr: string;
}

/**
 * Clones the default branch of `url` into the new directory `dir` as a detached work tree, under
 * the same hardening as every other call: `git init` without a template, a fetch of the remote
 * HEAD alone (no tags, no submodules, the URL's scheme the only protocol allowed, no credential
 * helper, the token as `http.extraheader` in GIT_CONFIG_* variables), then a checkout with
 * `core.symlinks=false` (links become small text files: nothing the scan opens can lead outside).
 * No hook or fsmonitor runs: core.hooksPath and core.fsmonitor are pinned on every call.
 */
export async function gitClone(dir: string, url: string, options: CloneOptions = {}): Promise<CloneResult> {
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url)?.[1]?.toLowerCase();
  const allowed = options.protocols ?? ['https'];
  if (!scheme || !allowed.includes(scheme)) throw new Error(`refusing to clone ${scheme ?? 'this'} URL: only ${allowed.join(', ')}`);
  const bare: CallSetup = { overrides: [...FIXED_OVERRIDES], workTree: null };
  const init = await runGit(dir, ['init', '--quiet', '--template=', '.'], bare, { input: '' });
  if (init.code !== 0) return { ok: false, commit: null, empty: false, stderr: init.stderr };
  const setup = await setupFor(dir);
  if (setup.workTree !== realpathSync(dir)) throw new Error(`git init did not make ${dir} a repository`);
  const overrides: (readonly [string, string])[] = [
    ...setup.overrides,
    [`protocol.${scheme}.allow`, 'always'],
    ['fetch.recurseSubmodules', 'false'],
    ['credential.interactive', 'false'],
    ['transfer.fsckObjects', 'false'],
  ];
  if (options.token) overrides.push(['http.extraheader', `AUTHORIZATION: basic ${Buffer.from(`x-access-token:${options.token}`).toString('base64')}`]);
  const depth = options.depth !== undefined ? [`--depth=${Math.max(1, Math.floor(options.depth))}`] : [];
  const fetched = await runGit(
    dir,
    ['fetch', '--quiet', '--no-tags', '--no-write-fetch-head', '--no-recurse-submodules', ...depth, '--', url, '+HEAD:refs/osl/audited'],
    { ...setup, overrides, allowProtocol: scheme },
    { input: '' },
  );
  if (fetched.code !== 0) {
    const empty = /couldn't find remote ref HEAD|Couldn't find remote ref HEAD/i.test(fetched.stderr);
    return { ok: false, commit: null, empty, stderr: fetched.stderr };
  }
  const checkoutSetup: CallSetup = { ...setup, overrides: [...setup.overrides, ['core.symlinks', 'false']] };
  const checkout = await runGit(dir, ['checkout', '--quiet', '--detach', 'refs/osl/audited', '--'], checkoutSetup, { input: '' });
  if (checkout.code !== 0) return { ok: false, commit: null, empty: false, stderr: checkout.stderr };
  const head = await runGit(dir, ['rev-parse', '--verify', 'HEAD^{commit}'], setup, { input: '' });
  return { ok: head.code === 0, commit: head.code === 0 ? head.stdout.toString('utf8').trim() : null, empty: false, stderr: head.stderr };
}
