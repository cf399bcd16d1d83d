import { realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import { applyConfig } from '../config/apply.js';
import { loadConfig } from '../config/load.js';
import type { Config } from '../config/types.js';
import { ConfigurationError } from '../core/errors.js';
import { defaultSettings, type Settings } from '../core/settings.js';
import type { ScanCommand } from './args.js';

// Synchronous, as node:fs/promises would be one more module to load on every pre-commit scan.
const realpath = realpathSync.native;

/**
 * Turns the scan command into Settings: defaults, then the config file, then the flags. One
 * directory is its own root; several paths, or files, are reported relative to the working
 * directory when they are inside it (as a pre-commit hook passes them), else to their deepest
 * common directory.
 */
export async function settingsFromCommand(
  command: ScanCommand,
  cwd: string,
  env: Readonly<Record<string, string | undefined>> = {},
  warn: (message: string) => void = () => {},
): Promise<Settings> {
  // Standard input has no tree: the working directory is the root its config is read from.
  if (command.stdin !== null) return finishSettings(command, realpath(cwd), [], cwd, env, warn);
  const targets: string[] = [];
  let onlyDirectory: string | null = null;
  for (const given of command.paths) {
    const absolute = path.resolve(cwd, given);
    let info;
    try {
      info = statSync(absolute);
    } catch {
      throw new ConfigurationError(`path not found: ${given}`);
    }
    const real = realpath(absolute);
    targets.push(real);
    if (command.paths.length === 1 && info.isDirectory()) onlyDirectory = real;
  }
  if (command.mode.kind !== 'tree' && onlyDirectory === null) {
    throw new ConfigurationError(`--${command.mode.kind} needs a repository directory, not a file`);
  }
  const realCwd = realpath(cwd);
  const insideCwd = targets.every((t) => t === realCwd || t.startsWith(realCwd + path.sep));
  const root = onlyDirectory ?? (insideCwd ? realCwd : commonDirectory(targets));
  return finishSettings(command, root, targets, cwd, env, warn);
}

/**
 * Defaults, then the config file found at `root` (or --config), then the flags. What only some
 * scans use (a gitleaks file, a baseline, a diff base, verification) is loaded when asked for.
 */
async function finishSettings(
  command: ScanCommand,
  root: string,
  targets: string[],
  cwd: string,
  env: Readonly<Record<string, string | undefined>>,
  warn: (message: string) => void,
): Promise<Settings> {
  const { config, file: configFile } = await loadConfig(root, command.config, cwd);
  let settings = await applyGitleaksConfig(applyConfig(defaultSettings(root, { targets }), config), config, warn);
  if (command.failOn !== null) settings.failOn = command.failOn;
  if (command.maxFileSize !== null) settings.maxFileSize = command.maxFileSize;
  // A baseline being rewritten must record every current finding, including those it accepted before.
  // The flag, else the config's `baseline` key (relative to the config file).
  const baselineFile = command.baseline !== null ? path.resolve(cwd, command.baseline) : config.baseline && configFile ? path.resolve(path.dirname(configFile), config.baseline) : null;
  if (baselineFile !== null && command.writeBaseline === null) {
    const { readBaseline } = await import('../baseline/baseline.js');
    settings = { ...settings, baseline: await readBaseline(baselineFile) };
  }
  if (command.mode.kind === 'diff') {
    const wanted = (await import('../core/path-filter.js')).discoveryFilter(settings);
    settings.changedLines = await (await import('../diff/changed-lines.js')).changedLinesSince(root, command.mode.base, { maxFileSize: settings.maxFileSize, excluded: (file) => !wanted(file) });
  }
  if (command.verify) {
    (await import('../verify/base-url.js')).resolveBaseUrls(env); // a bad base-URL override is a usage error before anything is sent
    settings.verify = { enabled: true, env, ...(command.verifyTimeoutMs !== null ? { timeoutMs: command.verifyTimeoutMs } : {}) };
  }
  return settings;
}

/** `gitleaksConfig:`: its rules join the custom detectors, its allowlists the suppressions. */
async function applyGitleaksConfig(settings: Settings, config: Config, warn: (message: string) => void): Promise<Settings> {
  if (config.gitleaksConfig === undefined) return settings;
  const [{ loadGitleaksConfig, withGitleaksImport }, { reservedRuleIds }] = await Promise.all([import('../config/gitleaks.js'), import('../analyzers/registry.js')]);
  const imported = await loadGitleaksConfig(settings.root, config.gitleaksConfig, reservedRuleIds((settings.customDetectors ?? []).map((d) => d.id)));
  for (const warning of imported.warnings) warn(warning);
  return withGitleaksImport(settings, imported);
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
