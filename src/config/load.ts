import { loadConfigLibraries } from '../core/libraries.js';
import { lstatSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { ConfigurationError } from '../core/errors.js';
import type { Config } from './types.js';

/** Looked for at the scan root, in this order; more than one is ambiguous and an error. */
export const CONFIG_FILE_NAMES = ['.openai-secret-lint.yml', '.openai-secret-lint.yaml', '.openai-secret-lint.json'] as const;

/** A config file is a few lines; anything larger is refused, wherever it is read from. */
export const MAX_CONFIG_BYTES = 1024 * 1024;

export interface LoadedConfig {
  config: Config;
  /** The file read, or null when there is none (every default applies). */
  file: string | null;
}

/**
 * Reads and validates the configuration: `explicit` (from `--config` or the Action's `config`
 * input, relative to `cwd`) when given, else the config file at `root` if there is one.
 */
export async function loadConfig(root: string, explicit: string | null = null, cwd: string = root): Promise<LoadedConfig> {
  const file = explicit !== null ? path.resolve(cwd, explicit) : await findConfigFile(root);
  if (file === null) return { config: {}, file: null };
  let text: string;
  try {
    const info = statSync(file);
    if (!info.isFile()) throw new ConfigurationError(`config ${explicit ?? file} is not a file`);
    if (info.size > MAX_CONFIG_BYTES) throw new ConfigurationError(`config ${explicit ?? file} is larger than 1 MiB`);
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if (error instanceof ConfigurationError) throw error;
    throw new ConfigurationError(`cannot read config ${explicit ?? file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  const shown = explicit ?? path.relative(root, file);
  // The validator (a YAML parser, the schema, every rule id) is loaded only when there is a file:
  // most scans, and every pre-commit scan of a repository without one, never need it.
  const [{ parseConfigText }] = await Promise.all([import('./validate.js'), loadConfigLibraries()]);
  return { config: parseConfigText(text, shown, file), file };
}

export async function findConfigFile(root: string): Promise<string | null> {
  const found: string[] = [];
  for (const name of CONFIG_FILE_NAMES) {
    const candidate = path.join(root, name);
    let info;
    try {
      info = lstatSync(candidate);
    } catch {
      continue; // absent: try the next name
    }
    // A scanned repository's own config is never read through a symlink: a hostile one could
    // point it at a file of the scanning machine (a docker config, .git/config) whose contents an
    // error message would then show. `--config` can still name any file on purpose.
    if (info.isSymbolicLink()) throw new ConfigurationError(`${name} at the scan root is a symbolic link: not followed (name the file with --config to use it)`);
    if (info.isFile()) found.push(candidate);
  }
  if (found.length > 1) {
    throw new ConfigurationError(`several config files at ${root}: ${found.map((f) => path.basename(f)).join(', ')}; keep one (or pick one with --config)`);
  }
  return found[0] ?? null;
}
