import type { Logger } from '../core/logger.js';

/**
 * Logger for the terminal: warnings on stderr, progress only on a TTY and only for long scans.
 * `unit` names what progress counts (files, or commits for a history audit).
 */
export function consoleLogger(stderr: NodeJS.WriteStream, verbose = false, unit = 'files'): Logger & { finish(): void } {
  const started = Date.now();
  let lastDraw = 0;
  let drawn = false;
  return {
    debug: (message) => {
      if (verbose) stderr.write(`debug: ${message}\n`);
    },
    info: (message) => {
      if (verbose) stderr.write(`${message}\n`);
    },
    warning: (message) => stderr.write(`warning: ${message}\n`),
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
