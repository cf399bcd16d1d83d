/**
 * Builds large git histories quickly: one `git fast-import` stream instead of hundreds of
 * `git commit` processes. Each commit gets its own author date (one minute apart).
 */
import { execFileSync } from 'node:child_process';
import { realpathSync } from 'node:fs';
import { gitIn, tempDir } from '../helpers/repo.js';

export type Change =
  | { path: string; content: string | Buffer }
  | { delete: string }
  | { rename: [from: string, to: string] };

export const EPOCH = 1_700_000_000;

export class FastHistory {
  private readonly chunks: Buffer[] = [];
  private mark = 0;
  private time = EPOCH;
  private readonly started = new Set<string>();

  /** Adds a commit to `branch` and returns its mark; a new branch starts from `from`. */
  commit(branch: string, message: string, changes: Change[], options: { from?: number; merge?: number } = {}): number {
    const mark = ++this.mark;
    this.time += 60;
    const who = `t <t@example.invalid> ${this.time} +0000`;
    this.text(`commit refs/heads/${branch}\nmark :${mark}\nauthor ${who}\ncommitter ${who}\n`);
    this.data(message);
    if (options.from !== undefined && !this.started.has(branch)) this.text(`from :${options.from}\n`);
    if (options.merge !== undefined) this.text(`merge :${options.merge}\n`);
    this.started.add(branch);
    for (const change of changes) {
      if ('content' in change) {
        this.text(`M 100644 inline ${change.path}\n`);
        this.data(change.content);
      } else if ('delete' in change) {
        this.text(`D ${change.delete}\n`);
      } else {
        this.text(`R ${change.rename[0]} ${change.rename[1]}\n`);
      }
    }
    this.text('\n');
    return mark;
  }

  /** Writes the repository (checked out at `main`) and returns its real path. */
  build(): string {
    const dir = realpathSync(tempDir('osl-history-'));
    gitIn(dir, 'init', '-q', '-b', 'main');
    execFileSync('git', ['fast-import', '--quiet', '--done'], { cwd: dir, input: Buffer.concat([...this.chunks, Buffer.from('done\n')]) });
    gitIn(dir, 'checkout', '-q', '-f', 'main');
    return dir;
  }

  private text(text: string): void {
    this.chunks.push(Buffer.from(text, 'utf8'));
  }

  private data(content: string | Buffer): void {
    const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
    this.text(`data ${bytes.length}\n`);
    this.chunks.push(bytes, Buffer.from('\n'));
  }
}

/** Commit hashes by subject, for assertions. */
export function commitsBySubject(dir: string): Map<string, string> {
  const out = gitIn(dir, 'log', '--all', '--format=%H %s');
  return new Map(out.trim().split('\n').map((l) => [l.slice(41), l.slice(0, 40)] as const));
}

export function isoDate(seconds: number): string {
  return new Date(seconds * 1000).toISOString().replace('.000Z', '+00:00');
}
