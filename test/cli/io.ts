/** An in-process Io for main(): captured output, no TTY, a chosen working directory. */
import type { Io } from '../../src/cli/main.js';
import { main } from '../../src/cli/main.js';

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function sink(): { stream: NodeJS.WriteStream; text: () => string } {
  let text = '';
  const stream = {
    isTTY: false,
    write(chunk: string | Uint8Array) {
      text += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
      return true;
    },
  } as unknown as NodeJS.WriteStream;
  return { stream, text: () => text };
}

export async function run(cwd: string, ...argv: string[]): Promise<Run> {
  const out = sink();
  const err = sink();
  const io: Io = { stdout: out.stream, stderr: err.stream, env: { NO_COLOR: '1' }, cwd };
  const code = await main(argv, io);
  return { code, stdout: out.text(), stderr: err.text() };
}
