import path from 'node:path';
import { loadConfigLibraries } from '../core/libraries.js';
import { MAX_BASELINE_BYTES, parseBaseline, readBaseline } from '../baseline/baseline.js';
import { CONFIG_FILE_NAMES, findConfigFile, loadConfig, MAX_CONFIG_BYTES } from '../config/load.js';
import { parseConfigText } from '../config/validate.js';
import type { Config } from '../config/types.js';
import { gitleaksPathParts, loadGitleaksConfig, parseGitleaksConfig, type GitleaksImport } from '../config/gitleaks.js';
import { ConfigurationError } from '../core/errors.js';
import { readTextFile } from '../discover/read-text.js';
import { git, gitTopLevel } from '../util/git.js';
import { relaxations } from './relaxations.js';

/**
 * Where the configuration and the baseline of a scan come from. On a push or a schedule: the
 * checkout. On a pull request: the base commit, read as git blobs, never the pull request's own
 * files, which could otherwise turn off the very rule that would catch its leak. What the pull
 * request's own files would have relaxed is said in notes, and not applied.
 */

export interface ScanSources {
  config: Config;
  /** For the log: the file read, `<path> at <base>`, or null (defaults). */
  configSource: string | null;
  baseline: string[];
  /** Markdown-safe sentences for the job summary and the PR comment (no repository strings). */
  notes: string[];
  /** The pull request's own baseline and the fingerprints it accepts beyond the base's (not applied). */
  prBaseline: { name: string; extra: Set<string> } | null;
  /** The config's `gitleaksConfig:`, read from where the config came from (the base commit on pull requests). */
  gitleaks: GitleaksImport | null;
}

export interface SourceRequest {
  root: string;
  workspace: string;
  configInput: string | null;
  baselineInput: string | null;
  /** Set on pull_request and pull_request_target events: the base commit (null when the payload has none). */
  pullRequest: { baseSha: string | null } | null;
  /** Rule ids an imported gitleaks rule may not take, given the config applied. */
  reservedIds: (config: Config) => readonly string[];
}

type Blob = { kind: 'absent' } | { kind: 'text'; text: string };

export async function loadScanSources(request: SourceRequest): Promise<ScanSources> {
  const { root, workspace, configInput, baselineInput, pullRequest } = request;
  // Configurations are parsed here, from disk or from commits (src/core/libraries.ts).
  await loadConfigLibraries();
  const top = pullRequest ? await gitTopLevel(root) : null;
  if (!pullRequest || top === null) {
    if (pullRequest) return noBaseSources(request, 'the scanned directory is not a git checkout');
    const loaded = await loadConfig(root, configInput, workspace);
    // The input (relative to the workspace), else the config's `baseline` (relative to the config file).
    const file = baselineInput ? path.resolve(workspace, baselineInput) : loaded.config.baseline && loaded.file ? path.resolve(path.dirname(loaded.file), loaded.config.baseline) : null;
    const baseline = file ? await readBaseline(file) : [];
    return { config: loaded.config, configSource: loaded.file, baseline, notes: [], prBaseline: null, gitleaks: await gitleaksFromDisk(root, loaded.config, request.reservedIds(loaded.config)) };
  }

  const base = await availableBase(top, pullRequest.baseSha);
  if (base === null) {
    const why = pullRequest.baseSha ? `its base commit ${pullRequest.baseSha.slice(0, 12)} is not in this checkout` : 'the event names no base commit';
    return noBaseSources(request, why);
  }
  const short = base.slice(0, 12);
  const notes: string[] = [];

  // Configuration: a file outside the repository belongs to the workflow and is read as it is.
  let config: Config = {};
  let configSource: string | null = null;
  /** Where the config's `baseline` key is relative to: a directory on disk (the workflow's own config) or in the base commit. */
  let baselineBase: { disk: string } | { repo: string } | null = null;
  const explicit = configInput ? repoPath(top, path.resolve(workspace, configInput)) : null;
  if (configInput && explicit === null) {
    const loaded = await loadConfig(root, configInput, workspace);
    config = loaded.config;
    configSource = loaded.file;
    if (loaded.file) baselineBase = { disk: path.dirname(loaded.file) };
  } else {
    const candidates = explicit !== null ? [explicit] : CONFIG_FILE_NAMES.map((name) => rootPrefix(top, root) + name);
    const found: { name: string; text: string }[] = [];
    for (const name of candidates) {
      const blob = await readBlob(top, base, name, MAX_CONFIG_BYTES, 'config');
      if (blob.kind === 'text') found.push({ name, text: blob.text });
    }
    if (found.length > 1) throw new ConfigurationError(`several config files in the base commit ${short}: ${found.map((f) => f.name).join(', ')}; keep one`);
    const baseFile = found[0] ?? null;
    if (explicit !== null && baseFile === null) notes.push(`The configuration \`${explicit}\` does not exist in the base commit ${short}: the defaults apply to this pull request.`);
    if (baseFile) {
      config = parseConfigText(baseFile.text, `${baseFile.name} at ${short}`, baseFile.name);
      configSource = `${baseFile.name} at the base commit ${short}`;
      baselineBase = { repo: path.posix.dirname(baseFile.name) };
    }
    const prFile = await readPrConfig(root, configInput ? path.resolve(workspace, configInput) : null, top);
    notes.push(...configNotes(baseFile, config, prFile));
  }

  // Baseline: the same rule.
  let baseline: string[] = [];
  let prBaseline: ScanSources['prBaseline'] = null;
  // The input names it, else the `baseline` key of the config applied (the base commit's): never
  // the pull request's own config, so a pull request cannot name a baseline that hides its key.
  let absolute: string | null = baselineInput ? path.resolve(workspace, baselineInput) : null;
  if (absolute === null && config.baseline !== undefined && baselineBase !== null) {
    if ('disk' in baselineBase) {
      absolute = path.resolve(baselineBase.disk, config.baseline);
    } else {
      const joined = path.posix.normalize(path.posix.join(baselineBase.repo, config.baseline));
      if (path.posix.isAbsolute(config.baseline) || joined === '..' || joined.startsWith('../')) {
        throw new ConfigurationError(`baseline ${config.baseline} in ${configSource}: must name a file inside the repository`);
      }
      absolute = path.resolve(top, ...joined.split('/'));
    }
  }
  if (absolute !== null) {
    const name = repoPath(top, absolute);
    if (name === null) {
      baseline = await readBaseline(absolute);
    } else {
      const blob = await readBlob(top, base, name, MAX_BASELINE_BYTES, 'baseline');
      if (blob.kind === 'text') baseline = parseBaseline(blob.text, `${name} at ${short}`);
      else notes.push(`The baseline \`${name}\` does not exist in the base commit ${short}: no baseline applies to this pull request.`);
      const mine = await readPrBaseline(absolute, name);
      const accepted = new Set(baseline);
      const extra = new Set(mine.filter((fingerprint) => !accepted.has(fingerprint)));
      if (extra.size > 0) prBaseline = { name, extra };
    }
  }
  const gitleaks =
    baselineBase !== null && 'repo' in baselineBase
      ? await gitleaksFromCommit(top, base, short, rootPrefix(top, root), config, request.reservedIds(config))
      : await gitleaksFromDisk(root, config, request.reservedIds(config));
  return { config, configSource, baseline, notes, prBaseline, gitleaks };
}

/** The base commit, when it is a commit this checkout holds (a shallow checkout may not). */
async function availableBase(top: string, sha: string | null): Promise<string | null> {
  // A full object name only: the payload's value must not reach git as an option or a revision range.
  if (sha === null || !/^(?:[0-9a-f]{40}|[0-9a-f]{64})$/.test(sha)) return null;
  const result = await git(top, ['cat-file', '-e', `${sha}^{commit}`]);
  return result.code === 0 ? sha : null;
}

/**
 * Without the base commit nothing trustworthy is known about the configuration: the defaults
 * apply, never the pull request's own files, and the summary says so when that changes anything.
 */
async function noBaseSources(request: SourceRequest, why: string): Promise<ScanSources> {
  const { root, workspace, configInput, baselineInput } = request;
  // A config file outside the workspace is the workflow's own, not the pull request's.
  if (configInput && !inside(workspace, path.resolve(workspace, configInput))) {
    const loaded = await loadConfig(root, configInput, workspace);
    return { config: loaded.config, configSource: loaded.file, baseline: [], notes: [], prBaseline: null, gitleaks: await gitleaksFromDisk(root, loaded.config, request.reservedIds(loaded.config)) };
  }
  const hasOwn = Boolean(configInput) || Boolean(baselineInput) || (await findConfigFile(root).catch(() => 'unreadable')) !== null;
  const notes = hasOwn
    ? [
        `This pull request was scanned with the default configuration and no baseline because ${why}: a pull request's own configuration and baseline are never applied to it. Check out with \`fetch-depth: 0\` to apply the base branch's.`,
      ]
    : [];
  return { config: {}, configSource: null, baseline: [], notes, prBaseline: null, gitleaks: null };
}

async function gitleaksFromDisk(root: string, config: Config, reservedIds: readonly string[]): Promise<GitleaksImport | null> {
  return config.gitleaksConfig === undefined ? null : loadGitleaksConfig(root, config.gitleaksConfig, reservedIds);
}

/** The base commit's gitleaks file, as the base commit's config names it: a pull request cannot swap it. */
async function gitleaksFromCommit(top: string, base: string, short: string, prefix: string, config: Config, reservedIds: readonly string[]): Promise<GitleaksImport | null> {
  const relative = config.gitleaksConfig;
  if (relative === undefined) return null;
  const shown = `gitleaksConfig ${JSON.stringify(relative)}`;
  const parts = gitleaksPathParts(relative);
  const name = prefix + parts.join('/');
  const blob = await readBlob(top, base, name, MAX_CONFIG_BYTES, 'gitleaks config');
  if (blob.kind === 'absent') throw new ConfigurationError(`${shown}: ${name} is not a file in the base commit ${short}`);
  return parseGitleaksConfig(blob.text, `${name} at ${short}`, reservedIds);
}

function configNotes(base: { name: string; text: string } | null, baseConfig: Config, pr: PrFile | null): string[] {
  const applied = 'not applied: a pull request is scanned with the configuration of its base commit';
  if (pr === null) return base ? [`This pull request removes \`${base.name}\`; the base commit's configuration still applies to it.`] : [];
  if (base && pr.kind === 'text' && pr.text === base.text) return [];
  if (pr.kind === 'refused') return [`This pull request's \`${pr.name}\` ${pr.why}; ${applied}.`];
  let prConfig: Config;
  try {
    prConfig = parseConfigText(pr.text, pr.name);
  } catch {
    return [`This pull request's \`${pr.name}\` is not a valid configuration; ${applied}.`];
  }
  const relaxed = relaxations(baseConfig, prConfig);
  if (relaxed.length > 0) return [`This pull request's \`${pr.name}\` ${relaxed.join(', ')}; ${applied}.`];
  return [`This pull request changes \`${pr.name}\`; the change applies once merged (${applied.replace('not applied: ', '')}).`];
}

type PrFile = { kind: 'text'; name: string; text: string } | { kind: 'refused'; name: string; why: string };

/** The pull request's own config file, read as the scanner reads files: no link followed, bounded. */
async function readPrConfig(root: string, explicit: string | null, top: string): Promise<PrFile | null> {
  let file = explicit;
  if (file === null) {
    try {
      file = await findConfigFile(root);
    } catch {
      return { kind: 'refused', name: rootPrefix(top, root) + CONFIG_FILE_NAMES[0], why: 'is a symbolic link or one of several config files' };
    }
    if (file === null) return null;
  }
  const name = repoPath(top, file) ?? path.basename(file);
  const outcome = await readTextFile(file, MAX_CONFIG_BYTES);
  switch (outcome.kind) {
    case 'text':
      return { kind: 'text', name, text: outcome.text };
    case 'unreadable':
      return outcome.reason === 'ENOENT' ? null : { kind: 'refused', name, why: 'cannot be read' };
    case 'symlink':
      return { kind: 'refused', name, why: 'is a symbolic link' };
    default:
      return { kind: 'refused', name, why: 'is not a small text file' };
  }
}

async function readPrBaseline(file: string, name: string): Promise<string[]> {
  const outcome = await readTextFile(file, MAX_BASELINE_BYTES);
  if (outcome.kind !== 'text') return [];
  try {
    return parseBaseline(outcome.text, name);
  } catch {
    return [];
  }
}

/**
 * A file of `commit` as text: absent, or its content. A symbolic link is refused (its target
 * would be read from the pull request's checkout), as is anything larger than `maxBytes`.
 */
async function readBlob(top: string, commit: string, name: string, maxBytes: number, what: string): Promise<Blob> {
  // The directory's tree by `<commit>:<dir>` (a literal path, no pathspec magic), then the entry
  // by exact name. A missing directory, or one that is a link in that commit, holds nothing.
  const slash = name.lastIndexOf('/');
  const listed = await git(top, ['ls-tree', '-l', '-z', `${commit}:${name.slice(0, slash + 1)}`]);
  if (listed.code !== 0) return { kind: 'absent' };
  const wanted = name.slice(slash + 1);
  const entry = listed.stdout
    .toString('utf8')
    .split('\0')
    .map((line) => /^(\d+) (\w+) ([0-9a-f]+) +(-|\d+)\t([^]*)$/.exec(line))
    .find((match) => match?.[5] === wanted);
  if (!entry) return { kind: 'absent' };
  const [, mode, type, oid, size] = entry;
  if (mode === '120000') throw new ConfigurationError(`${what} ${name} is a symbolic link in the base commit ${commit.slice(0, 12)}: not followed`);
  if (type !== 'blob') throw new ConfigurationError(`${what} ${name} in the base commit ${commit.slice(0, 12)} is not a file`);
  if (Number(size) > maxBytes) throw new ConfigurationError(`${what} ${name} in the base commit ${commit.slice(0, 12)} is larger than ${Math.round(maxBytes / 1024 / 1024)} MiB`);
  const blob = await git(top, ['cat-file', 'blob', oid!]);
  if (blob.code !== 0) throw new ConfigurationError(`cannot read ${what} ${name} from the base commit: ${blob.stderr.trim()}`);
  return { kind: 'text', text: blob.stdout.toString('utf8') };
}

/** `absolute` as a POSIX path inside the repository at `top`, or null outside it. */
function repoPath(top: string, absolute: string): string | null {
  const relative = path.relative(top, absolute);
  if (relative === '' || relative === '..' || relative.startsWith(`..${path.sep}`) || path.isAbsolute(relative)) return null;
  return relative.split(path.sep).join('/');
}

function inside(dir: string, absolute: string): boolean {
  const relative = path.relative(dir, absolute);
  return relative === '' || (relative !== '..' && !relative.startsWith(`..${path.sep}`) && !path.isAbsolute(relative));
}

/** The scan root relative to the repository root, as a POSIX prefix ('' or 'sub/dir/'). */
function rootPrefix(top: string, root: string): string {
  const relative = repoPath(top, root);
  return relative === null ? '' : `${relative}/`;
}
