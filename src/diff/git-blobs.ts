import { spawn } from 'node:child_process';
import { SAFE_CONFIG } from '../util/git.js';

/**
 * Reads blobs through one `git cat-file --batch` process (no shell, no per-file spawn). Object ids,
 * not `:path` names, go on its stdin, so unusual path names cannot break the protocol.
 */
export function readBlobs(cwd: string, oids: readonly string[], onBlob: (oid: string, content: Buffer) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn('git', [...SAFE_CONFIG, 'cat-file', '--batch'], { cwd, stdio: ['pipe', 'pipe', 'pipe'] });
    let pending: Buffer = Buffer.alloc(0);
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => {
      pending = pending.length === 0 ? chunk : Buffer.concat([pending, chunk]);
      for (;;) {
        const eol = pending.indexOf(10);
        if (eol === -1) return;
        const header = pending.subarray(0, eol).toString('utf8');
        const [oid, type, size] = header.split(' ');
        if (type === 'missing' || size === undefined) {
          pending = pending.subarray(eol + 1);
          continue;
        }
        const length = Number(size);
        if (pending.length < eol + 1 + length + 1) return;
        onBlob(oid!, Buffer.from(pending.subarray(eol + 1, eol + 1 + length)));
        pending = pending.subarray(eol + 1 + length + 1);
      }
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`git cat-file failed: ${stderr.trim()}`))));
    child.stdin.on('error', () => {});
    child.stdin.end(oids.map((o) => `${o}\n`).join(''));
  });
}
