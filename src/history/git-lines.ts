import { spawn } from 'node:child_process';
import { SAFE_CONFIG } from '../util/git.js';

/**
 * Streams a git command's stdout line by line (split on `\n` only: a lone `\r` is content), so
 * that the output, a whole `git log -p` say, is never held in memory. `onLine` runs synchronously
 * for each line; a very long line is kept whole.
 */
export function streamGitLines(cwd: string, args: string[], onLine: (line: string) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn('git', [...SAFE_CONFIG, ...args], { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let parts: Buffer[] = [];
    let stderr = '';
    let failed: unknown = null;
    child.stdout.on('data', (chunk: Buffer) => {
      if (failed) return;
      try {
        let start = 0;
        for (let eol = chunk.indexOf(10); eol !== -1; eol = chunk.indexOf(10, start)) {
          parts.push(chunk.subarray(start, eol));
          const line = parts.length === 1 ? parts[0]!.toString('utf8') : Buffer.concat(parts).toString('utf8');
          parts = [];
          start = eol + 1;
          onLine(line);
        }
        if (start < chunk.length) parts.push(Buffer.from(chunk.subarray(start)));
      } catch (error) {
        failed = error;
        child.kill();
      }
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      if (failed) return reject(failed);
      if (parts.length > 0) onLine(Buffer.concat(parts).toString('utf8'));
      if (code === 0) resolve();
      else reject(new Error(`git ${args[0]} failed: ${stderr.trim().split('\n')[0] ?? ''}`));
    });
  });
}
