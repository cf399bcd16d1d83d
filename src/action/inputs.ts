import path from 'node:path';
import * as core from '@actions/core';
import { ConfigurationError } from '../core/errors.js';
import { isSeverity } from '../core/finding.js';
import { defaultSettings, type Settings } from '../core/settings.js';

/** The only reader of the Action's inputs: returns the same Settings the CLI builds. */
export function readSettings(workspace: string): Settings {
  const root = path.resolve(workspace, core.getInput('path') || '.');
  const failOn = core.getInput('fail-on') || 'high';
  if (!isSeverity(failOn)) throw new ConfigurationError(`input fail-on must be critical, high, medium or low, not "${failOn}"`);
  return defaultSettings(root, { failOn });
}
