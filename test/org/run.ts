/** main() in-process with a chosen environment (the org commands read the API URL and token from it). */
import { main, type Io } from '../../src/cli/main.js';

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

export async function runWith(cwd: string, env: Record<string, string>, ...argv: string[]): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const sink = (add: (s: string) => void) =>
    ({ isTTY: false, write: (chunk: string | Uint8Array) => (add(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8')), true) }) as unknown as NodeJS.WriteStream;
  const io: Io = { stdout: sink((s) => (stdout += s)), stderr: sink((s) => (stderr += s)), env: { NO_COLOR: '1', ...env }, cwd };
  const code = await main(argv, io);
  return { code, stdout, stderr };
}
