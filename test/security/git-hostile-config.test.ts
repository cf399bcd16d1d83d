/**
 * A repository whose own `.git/config` names a program for every key of git-config(1) that can
 * hold one (and `.gitattributes` routing every file through those drivers), scanned in every mode
 * of the bundled CLI. No planted program may run, every run must end, and the real keys are
 * still reported where they are.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openaiKey } from '../helpers/keys.js';
import { cleanupTempDirs, gitIn, makeRepo, tempDir, writeTree } from '../helpers/repo.js';
import { appendConfig, findingsOf, Markers, runCli, signedCommit, type CliRun } from './git-helpers.js';

/** Program-valued keys: [key, how the value is built]. Subsection names hold `=` and `.` on purpose. */
const PROGRAM_KEYS: readonly string[] = [
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

const markers = new Markers();
let repo = '';
let base = '';
let appCommit = '';
const keys = { app: openaiKey('proj'), staged: openaiKey('proj') };
const runs = new Map<string, CliRun>();

beforeAll(async () => {
  repo = makeRepo({ 'README.md': 'hello\n' });
  base = gitIn(repo, 'rev-parse', 'HEAD').trim();
  // Every file goes through the hostile drivers.
  writeTree(repo, { '.gitattributes': '* filter=a=b diff=drv=x merge=drv=x\n*.cfg filter=p.q\n', 'app.js': `// app\nconst key = "${keys.app}";\n`, 'notes.txt': 'one\n', 'x.cfg': 'a=1\n' });
  gitIn(repo, 'add', '-A');
  appCommit = signedCommit(repo, 'openpgp', 'app');
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

  const bound = { timeoutMs: 30_000 };
  const modes: [string, string[]][] = [
    ['tree', ['scan', '--format', 'json', '--fail-on', 'low', '.']],
    ['staged', ['scan', '--staged', '--format', 'json', '--fail-on', 'low']],
    ['diff', ['scan', '--diff', base, '--format', 'json', '--fail-on', 'low']],
    ['history', ['scan', '--history', '--format', 'json', '--fail-on', 'low']],
    ['all-branches', ['scan', '--history', '--all-branches', '--format', 'json', '--fail-on', 'low']],
  ];
  const done = await Promise.all(modes.map(async ([mode, args]) => [mode, await runCli(repo, args, bound)] as const));
  for (const [mode, run] of done) runs.set(mode, run);
  runs.set('install-hook', await runCli(repo, ['install-hook'], bound));
}, 120_000);

afterAll(cleanupTempDirs);

const at = (line: string, secret: string) => line.indexOf(secret) + 1;

describe('a repository configuring a program for every key', () => {
  it('tree scan ends and reports both keys where they are', () => {
    const run = runs.get('tree')!;
    expect(run.code, run.stderr).toBe(1);
    const found = findingsOf(run).map((f) => `${f.file}:${f.line}:${f.column}`);
    expect(found).toContain(`app.js:2:${at(`const key = "${keys.app}";`, keys.app)}`);
    expect(found).toContain('staged.js:1:6');
  });

  it('--staged ends and reports the staged key', () => {
    const run = runs.get('staged')!;
    expect(run.code, run.stderr).toBe(1);
    expect(findingsOf(run).map((f) => `${f.file}:${f.line}:${f.column}`)).toContain('staged.js:1:6');
  });

  it('--diff (against the work tree, through the hostile filters) ends and reports the added keys', () => {
    const run = runs.get('diff')!;
    expect(run.code, run.stderr).toBe(1);
    const found = findingsOf(run).map((f) => `${f.file}:${f.line}`);
    expect(found).toEqual(expect.arrayContaining(['app.js:2', 'staged.js:1']));
  });

  it.each(['history', 'all-branches'])('--%s (signed commits, log.showSignature) ends and reports the key at its commit', (mode) => {
    const run = runs.get(mode)!;
    expect(run.code, run.stderr).toBe(1);
    const finding = findingsOf(run).find((f) => f.file === 'app.js');
    expect(finding).toMatchObject({ line: 2, column: at(`const key = "${keys.app}";`, keys.app), commit: appCommit });
  });

  it('install-hook ends and installs the hook', () => {
    const run = runs.get('install-hook')!;
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain(path.join(repo, '.git', 'hooks', 'pre-commit'));
    // The repository's core.hooksPath is reported from its config, not overridden away.
    expect(run.stderr).toContain('core.hooksPath is set to');
  });

  it.each([...PROGRAM_KEYS, 'core.hooksPath', 'ext-transport'])('never runs the program of %s', (key) => {
    expect(runs.size).toBe(6);
    expect(markers.has(key)).toBe(false);
  });

  it('ran no planted program at all', () => {
    expect(markers.fired()).toEqual([]);
  });
});
