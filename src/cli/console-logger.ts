import type { Logger } from '../core/logger.js';
import { logSafe } from '../output/escape.js';

/**
 * Logger for the terminal: warnings on stderr, progress only on a TTY and only for long scans.
 * `unit` names what progress counts (files, or commits for a history audit). Messages may quote
 * repository text: their control characters are escaped (no ANSI sequence reaches the terminal)
 * and no line can start a workflow command (the CLI may run in a workflow step).
 */
export function consoleLogger(stderr: NodeJS.WriteStream, verbose = false, unit = 'files'): Logger & { finish(): void } {
  const started = Date.now();
  let lastDraw = 0;
  let drawn = false;
  return {
    debug: (message) => {
      if (verbose) stderr.write(`debug: ${logSafe(message)}\n`);
    },
    info: (message) => {
      if (verbose) stderr.write(`${logSafe(message)}\n`);
    },
    warning: (message) => stderr.write(`warning: ${logSafe(message)}\n`),
    progress(done, total) {
      if (!stderr.isTTY) return;
      const now = Date.now();
      if (now - started < 1000 || now - lastDraw < 100) return;
      lastDraw = now;
      drawn = true;
      stderr.write(`\r\u001b[Kscanning: ${done}/${total} ${unit}`);
    },
    finish() {
      if (drawn) stderr.write('\r\u001b[K');
    },
  };
}
