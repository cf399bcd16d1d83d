import { gitSession, type GitInput, type GitResult } from '../util/git.js';

export type OnBlob = (oid: string, content: Buffer | null, size: number, head: Buffer) => void;

interface Request {
  /** Answers still to come: git writes one header per object id asked for, found or not. */
  remaining: number;
  onBlob: OnBlob;
  maxBytes: number;
  headBytes: number;
  resolve: () => void;
  reject: (error: unknown) => void;
}

/**
 * One `git cat-file --batch` process (no filter, no textconv, no per-file spawn) that reads blobs
 * for request after request: a history scan asks for a batch at a time while it reads the log,
 * and starting git once per batch cost more than the reading. Object ids, not `:path` names, go on
 * its stdin, so unusual path names cannot break the protocol. Linear in the bytes read: a blob's
 * chunks are joined once, and a blob larger than a request's `maxBytes` is not kept at all
 * (`onBlob` gets null and its size, and its first `headBytes` bytes). Requests are answered in
 * the order they were made. git starts with the first request that names an object, so a reader
 * can be made up front and closed on every path; `close()` ends the process, and a reader closed
 * before its first request never starts one.
 */
export class BlobReader {
  private input: GitInput | null = null;
  /** Written before git started. */
  private unsent: string[] = [];
  private readonly queue: Request[] = [];
  private closing = false;
  /** Why git is gone, once it is: later requests fail at once instead of waiting forever. */
  private gone: unknown = null;
  private finished: Promise<GitResult> | null = null;
  private header: Buffer[] = [];
  private current: { oid: string; size: number; remaining: number; parts: Buffer[] | null; head: Buffer[] } | null = null;
  // After a blob's bytes, git writes one `\n` that belongs to no blob.
  private skipNewline = false;

  constructor(private readonly cwd: string) {}

  private start(): void {
    this.finished = gitSession(
      this.cwd,
      ['cat-file', '--batch'],
      (chunk) => this.parse(chunk),
      (input) => {
        this.input = input;
        for (const data of this.unsent) input.write(data);
        this.unsent = [];
        input.awaiting(this.queue.length > 0);
        if (this.closing) input.end();
      },
    );
    this.finished.then(
      (result) => this.failPending(new Error(`git cat-file failed: ${result.stderr.trim() || `exit code ${result.code}`}`)),
      (error: unknown) => this.failPending(error),
    );
  }

  /** Reads the blobs, calling `onBlob` for each as it arrives (ids git cannot find are skipped). */
  read(oids: readonly string[], onBlob: OnBlob, maxBytes = Number.MAX_SAFE_INTEGER, headBytes = 0): Promise<void> {
    if (oids.length === 0) return Promise.resolve();
    if (this.closing) return Promise.reject(new Error('BlobReader: read after close'));
    if (this.gone !== null) return Promise.reject(this.gone);
    if (this.finished === null) this.start();
    return new Promise((resolve, reject) => {
      this.queue.push({ remaining: oids.length, onBlob, maxBytes, headBytes, resolve, reject });
      const data = oids.map((o) => `${o}\n`).join('');
      if (this.input) {
        this.input.write(data);
        this.input.awaiting(true);
      } else this.unsent.push(data);
    });
  }

  /** Ends git once every request is answered; rejects when git failed. */
  async close(): Promise<void> {
    if (!this.closing) {
      this.closing = true;
      this.input?.end();
    }
    if (this.finished === null) return;
    const result = await this.finished;
    if (result.code !== 0) throw new Error(`git cat-file failed: ${result.stderr.trim()}`);
  }

  private failPending(error: unknown): void {
    this.gone = error;
    for (const request of this.queue.splice(0)) request.reject(error);
  }

  /** One answer given: the request is done when its last id is answered. */
  private answered(): void {
    const request = this.queue[0]!;
    if (--request.remaining > 0) return;
    this.queue.shift();
    this.input?.awaiting(this.queue.length > 0);
    request.resolve();
  }

  private parse(chunk: Buffer): void {
    let at = 0;
    while (at < chunk.length) {
      if (this.skipNewline) {
        this.skipNewline = false;
        at++;
        continue;
      }
      const current = this.current;
      if (current) {
        const request = this.queue[0]!;
        const take = Math.min(current.remaining, chunk.length - at);
        current.parts?.push(chunk.subarray(at, at + take));
        const offset = current.size - current.remaining;
        if (current.parts === null && offset < request.headBytes) current.head.push(chunk.subarray(at, at + Math.min(take, request.headBytes - offset)));
        current.remaining -= take;
        at += take;
        if (current.remaining === 0) {
          this.current = null;
          this.skipNewline = true;
          const content = current.parts ? Buffer.concat(current.parts, current.size) : null;
          request.onBlob(current.oid, content, current.size, content ?? Buffer.concat(current.head));
          this.answered();
        }
        continue;
      }
      const eol = chunk.indexOf(10, at);
      if (eol === -1) {
        this.header.push(chunk.subarray(at));
        break;
      }
      this.header.push(chunk.subarray(at, eol));
      at = eol + 1;
      const [oid = '', type, size] = Buffer.concat(this.header).toString('utf8').split(' ');
      this.header = [];
      // An answer nobody asked for: git is not speaking the protocol; stop reading it.
      const request = this.queue[0];
      if (!request) throw new Error('git cat-file answered more than it was asked');
      if (type === 'missing' || size === undefined) {
        this.answered();
        continue;
      }
      const length = Number(size);
      if (length === 0) {
        this.skipNewline = true;
        request.onBlob(oid, Buffer.alloc(0), 0, Buffer.alloc(0));
        this.answered();
        continue;
      }
      this.current = { oid, size: length, remaining: length, parts: length <= request.maxBytes ? [] : null, head: [] };
    }
  }
}

/** Reads the blobs through one `git cat-file --batch` started for them (see BlobReader). */
export async function readBlobs(cwd: string, oids: readonly string[], onBlob: OnBlob, maxBytes = Number.MAX_SAFE_INTEGER, headBytes = 0): Promise<void> {
  // No ids, no git: a reader starts git with its first request.
  const reader = new BlobReader(cwd);
  try {
    await reader.read(oids, onBlob, maxBytes, headBytes);
  } finally {
    await reader.close();
  }
}
