import * as core from '@actions/core';
import type { Logger } from '../core/logger.js';
import { escapeControls, logSafe } from '../output/escape.js';

/**
 * The core's messages may quote repository text (a path, a key). `core.info` writes a line as it
 * is, so it gets logSafe (no control characters, no line that starts a workflow command); debug
 * and warning are workflow commands whose data @actions/core escapes (`%`, `\r`, `\n`), so only
 * the other control characters are escaped here.
 */
export const actionsLogger: Logger = {
  debug: (message) => core.debug(escapeControls(message)),
  info: (message) => core.info(logSafe(message)),
  warning: (message) => core.warning(escapeControls(message)),
};
