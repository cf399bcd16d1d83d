import { realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { ConfigurationError } from '../core/errors.js';
import { defaultSettings, type Settings } from '../core/settings.js';
import type { Command } from './args.js';

/**
 * Turns the scan command's paths into Settings. One directory is its own root; several paths,
 * or files, are reported relative to the working directory when they are inside it (as a
 * pre-commit hook passes them), else to their deepest common directory.
 */
export async function settingsFromCommand(command: Extract<Command, { name: 'scan' }>, cwd: string): Promise<Settings> {
  const targets: string[] = [];
  let onlyDirectory: string | null = null;
  for (const given of command.paths) {
    const absolute = path.resolve(cwd, given);
    let info;
    try {
      info = await stat(absolute);
    } catch {
      throw new ConfigurationError(`path not found: ${given}`);
    }
    const real = await realpath(absolute);
    targets.push(real);
    if (command.paths.length === 1 && info.isDirectory()) onlyDirectory = real;
  }
  const realCwd = await realpath(cwd);
  const insideCwd = targets.every((t) => t === realCwd || t.startsWith(realCwd + path.sep));
  const root = onlyDirectory ?? (insideCwd ? realCwd : commonDirectory(targets));
  return defaultSettings(root, { targets, failOn: command.failOn, maxFileSize: command.maxFileSize });
}

function commonDirectory(paths: string[]): string {
  const split = paths.map((p) => path.dirname(p).split(path.sep));
  const first = split[0] ?? [];
  let length = first.length;
  for (const parts of split) {
    let i = 0;
    while (i < length && parts[i] === first[i]) i++;
    length = i;
  }
  return first.slice(0, length).join(path.sep) || path.sep;
}
