/**
 * The pull request files fallback (diff mode without the base commit) counts the lines of files
 * the API sends without a patch. It reads them exactly as the scanner does: no symlink followed,
 * no directory reached through a link, nothing past the size limit. A pull request can make such
 * a file a link to /dev/zero (unbounded memory), to a FIFO (a hang) or to a file of the runner.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runAction, useFakeGitHub } from '../action/run-action.js';
import { type FakeGitHub } from '../helpers/github-api-server.js';
import { openaiKey } from '../helpers/keys.js';
import { gitIn, makeRepo, tempDir } from '../helpers/repo.js';
import { annotations } from './action-helpers.js';

const REPO_API = '/repos/octo-org/demo-repo';
/** Far more than the fixed Action needs; the old one never finishes (it waits on the FIFO). */
const TIMEOUT_MS = 30_000;

let api: FakeGitHub;
useFakeGitHub((started) => (api = started));

/** A FIFO outside the repository with no writer: opening it for reading blocks forever. */
function outsideFifo(): string {
  const dir = tempDir('osl-fifo-');
  const fifo = path.join(dir, 'pipe');
  execFileSync('mkfifo', [fifo]);
  return fifo;
}

/** app/new.js holds keys on lines 2 and 5; the pull request adds line 5 only. `links` are committed links. */
function repoWith(links: Record<string, string>): { workspace: string; keys: string[] } {
  const keys = [openaiKey('proj'), openaiKey('proj')];
  const workspace = makeRepo({ 'app/new.js': `a\nk = "${keys[0]}"\nc\nd\nk2 = "${keys[1]}"\n` });
  for (const [name, target] of Object.entries(links)) {
    mkdirSync(path.dirname(path.join(workspace, name)), { recursive: true });
    symlinkSync(target, path.join(workspace, name));
  }
  gitIn(workspace, 'add', '-A');
  gitIn(workspace, 'commit', '-q', '-m', 'links');
  return { workspace, keys };
}

const NEW_JS = { filename: 'app/new.js', status: 'modified', patch: '@@ -1,4 +1,5 @@\n a\n k\n c\n d\n+k2' };

describe('the pull request files fallback reads like the scanner', () => {
  it('does not follow links to a FIFO, /dev/zero or a file outside, and still reports the added line', async () => {
    const outsideFile = path.join(tempDir('osl-outside-'), 'notes.txt');
    writeFileSync(outsideFile, 'one\ntwo\nthree\n');
    const { workspace } = repoWith({ 'data/pipe': outsideFifo(), 'data/zero': '/dev/zero', 'data/notes.txt': outsideFile });
    // No patch: the API sends none for binary files or very large diffs.
    api.prFiles.set(7, [
      { filename: 'data/pipe', status: 'added' },
      { filename: 'data/zero', status: 'added' },
      { filename: 'data/notes.txt', status: 'added' },
      NEW_JS,
    ]);
    const started = Date.now();
    const run = await runAction({ workspace, event: 'pull_request', apiUrl: api.url, inputs: { 'pr-comment': 'false' }, timeoutMs: TIMEOUT_MS });

    expect(run.code).toBe(1); // finished (null when killed), failing on the finding
    expect(Date.now() - started).toBeLessThan(TIMEOUT_MS);
    expect(run.outputs.findings).toBe('1');
    expect(annotations(run)).toHaveLength(1);
    expect(annotations(run)[0]).toContain('file=app/new.js,line=5,endLine=5,col=7,');
    expect(run.summary).toContain('the files of pull request #7');
    expect(api.requests.filter((r) => r.path === `${REPO_API}/pulls/7/files`)).toHaveLength(1);
  });

  it('does not read through a committed directory link either', async () => {
    const outsideDir = path.dirname(outsideFifo());
    const { workspace } = repoWith({ ext: outsideDir });
    api.prFiles.set(7, [{ filename: 'ext/pipe', status: 'added' }, NEW_JS]);
    const run = await runAction({ workspace, event: 'pull_request', apiUrl: api.url, inputs: { 'pr-comment': 'false' }, timeoutMs: TIMEOUT_MS });

    expect(run.code).toBe(1);
    expect(run.outputs.findings).toBe('1');
    expect(annotations(run)[0]).toContain('file=app/new.js,line=5,endLine=5,col=7,');
  });
});
