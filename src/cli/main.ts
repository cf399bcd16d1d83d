import { realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import { ConfigurationError, errorMessage, isConfigurationError } from '../core/errors.js';
import { isGitIncomplete } from '../util/git.js';
import { atLeast, type Report } from '../core/finding.js';
import { incompleteMessage } from '../core/incomplete.js';
import type { Logger } from '../core/logger.js';
import type { StagedHeadStart } from '../diff/changed-lines.js';
import type { StartedGit } from '../util/git.js';
import type { Settings } from '../core/settings.js';
import { TOOL_NAME, TOOL_VERSION } from '../core/version.js';
import { escapeControls, logSafe } from '../output/escape.js';
import { renderReport } from '../output/index.js';
import { parseCommand, USAGE, type ScanCommand } from './args.js';
import { consoleLogger } from './console-logger.js';

// Re-exported for the entry (src/cli/index.ts), so it costs no chunk of its own.
export { enableHeapHold } from '../core/heap-growth.js';

// Start-up is paid by every commit in a pre-commit hook: each command loads what it uses, when it
// runs (the bundler makes every `import()` below a chunk of its own). A staged scan never loads
// the tree walker and its worker pool, the history scanner, the organisation audit or the
// formats it does not print.

/** 3 is also a scan that finished incomplete (src/core/incomplete.ts): not trustworthy, whatever it found. */
export const EXIT = { ok: 0, findings: 1, usage: 2, internal: 3 } as const;

export interface Io {
  /** Read by `scan -` only. */
  stdin?: NodeJS.ReadableStream;
  stdout: NodeJS.WriteStream;
  stderr: NodeJS.WriteStream;
  env: NodeJS.ProcessEnv;
  cwd: string;
}

/** Runs the CLI and returns the exit code; never throws. */
export async function main(argv: string[], io: Io): Promise<number> {
  try {
    if (argv[0] === 'org') return await (await import('../org/command.js')).runOrg(argv.slice(1), io);
    const command = parseCommand(argv);
    switch (command.name) {
      case 'help':
        io.stdout.write(USAGE);
        return EXIT.ok;
      case 'version':
        io.stdout.write(`${TOOL_NAME} ${TOOL_VERSION}\n`);
        return EXIT.ok;
      case 'install-hook': {
        const { installHook } = await import('./install-hook.js');
        const result = await installHook(path.resolve(io.cwd, command.path ?? '.'), command.force);
        io.stdout.write(`installed the pre-commit hook: ${result.file}\n`);
        if (result.warning) io.stderr.write(`warning: ${logSafe(result.warning)}\n`);
        return EXIT.ok;
      }
      case 'scan':
        return await runScan(command, io);
    }
  } catch (error) {
    if (isConfigurationError(error)) {
      io.stderr.write(`${TOOL_NAME}: ${logSafe(error.message)}\n`);
      return EXIT.usage;
    }
    if (isGitIncomplete(error)) {
      io.stderr.write(`${TOOL_NAME}: ${logSafe(errorMessage(error))}\n`);
      return EXIT.internal;
    }
    io.stderr.write(`${TOOL_NAME}: internal error: ${logSafe(errorMessage(error))}\n`);
    if (io.env.OPENAI_SECRET_LINT_DEBUG && error instanceof Error && error.stack) io.stderr.write(`${error.stack}\n`);
    return EXIT.internal;
  }
}

async function runScan(command: ScanCommand, io: Io): Promise<number> {
  const early = command.stdin === null ? await startEarly(command, io.cwd) : {};
  try {
    return await runScanWith(command, io, early);
  } finally {
    // Nothing once git has finished; otherwise (the command failed first) git must not run on.
    early.log?.cancel();
    early.staged?.cancel();
  }
}

async function runScanWith(command: ScanCommand, io: Io, early: EarlyGit): Promise<number> {
  const { settingsFromCommand } = await import('./settings.js');
  const settings = await settingsFromCommand(command, io.cwd, io.env, (message) => io.stderr.write(`${TOOL_NAME}: warning: ${message}\n`));
  const logger = consoleLogger(io.stderr, Boolean(io.env.OPENAI_SECRET_LINT_DEBUG), command.mode.kind === 'history' ? 'commits' : 'files');
  const report = command.stdin !== null ? await scanStdin(command, settings, logger, io) : await scanFor(command, settings, logger, early);
  logger.finish();
  // Said last, after the report, so that it is what a reader sees; exit 3 wins over findings.
  const incomplete = incompleteMessage(report, escapeControls);
  const outcome = (code: number): number => {
    if (incomplete === null) return code;
    // File names are the repository's: no line of them may start a workflow command.
    io.stderr.write(`${TOOL_NAME}: ${logSafe(incomplete)}\n`);
    return EXIT.internal;
  };
  if (command.writeBaseline !== null) {
    const file = path.resolve(io.cwd, command.writeBaseline);
    const { writeBaseline } = await import('../baseline/baseline.js');
    const count = await writeBaseline(file, report, { within: io.cwd });
    io.stderr.write(`${TOOL_NAME}: wrote ${count} finding${count === 1 ? '' : 's'} to the baseline ${command.writeBaseline}\n`);
    return outcome(EXIT.ok);
  }
  const color = command.output === null && useColor(io);
  const now = new Date();
  const rendered = renderReport(report, command.format, { color, now });
  for (const target of command.reports) await writeReport(io, `--report ${target.format}=${target.file}`, target.file, renderReport(report, target.format, { color: false, now }));
  if (command.output !== null) {
    await writeReport(io, `--output ${command.output}`, command.output, rendered);
  } else {
    io.stdout.write(rendered);
  }
  return outcome(report.findings.some((f) => atLeast(f.severity, settings.failOn)) ? EXIT.findings : EXIT.ok);
}

/** Never through a link: the scanned repository may have committed the output name as one. */
async function writeReport(io: Io, shown: string, file: string, content: string): Promise<void> {
  try {
    const { writeFileNoFollow } = await import('../util/safe-write.js');
    await writeFileNoFollow(path.resolve(io.cwd, file), content, { within: io.cwd });
  } catch (error) {
    if (isConfigurationError(error)) throw error;
    throw new ConfigurationError(`cannot write ${shown}: ${(error as NodeJS.ErrnoException).code ?? errorMessage(error)}`);
  }
}

async function scanStdin(command: ScanCommand, settings: Settings, logger: Logger, io: Io): Promise<Report> {
  if (!io.stdin) throw new ConfigurationError('`scan -` needs standard input');
  const [{ readStdin }, { scanText }] = await Promise.all([import('./stdin.js'), import('../core/scan-text.js')]);
  const input = await readStdin(io.stdin, command.stdin!.filename, settings.maxFileSize);
  return scanText(input, settings, logger);
}

async function scanFor(command: ScanCommand, settings: Settings, logger: Logger, early: EarlyGit): Promise<Report> {
  const mode = command.mode;
  switch (mode.kind) {
    case 'staged':
      return (await import('../diff/staged.js')).scanStaged(settings, logger, early.staged);
    case 'history':
      return (await import('../history/scan-history.js')).scanHistory(settings, logger, { since: mode.since, allBranches: mode.allBranches, startedLog: early.log });
    case 'diff': // settings.changedLines already restricts the scan
    case 'tree':
      return (await import('../core/scan.js')).scan(settings, logger);
  }
}

/** What git was asked before the scan's code loaded (startEarly). */
interface EarlyGit {
  staged?: StagedHeadStart;
  log?: StartedGit;
}

/**
 * The git work a scan will wait for, started before the configuration is read and the scanner's
 * code loads (on a slow machine, 150-250 ms that git would otherwise wait for): a staged scan's
 * diff (see startStagedChanges), a history scan's log (whose topological walk writes nothing for
 * a while). Started for the root settingsFromCommand will find, the one directory given by its
 * real path; anything else (a file, a missing path) is left to it to report, and a scan whose
 * root or command turns out different runs its own.
 */
async function startEarly(command: ScanCommand, cwd: string): Promise<EarlyGit> {
  const mode = command.mode;
  if (mode.kind !== 'staged' && mode.kind !== 'history') return {};
  let root: string;
  try {
    root = realpathSync(path.resolve(cwd, command.paths[0] ?? '.'));
    if (!statSync(root).isDirectory()) return {};
  } catch {
    return {};
  }
  if (mode.kind === 'staged') return { staged: (await import('../diff/changed-lines.js')).startStagedChanges(root) };
  const [{ startGit }, { historyLogArgs, historyRevisions }] = await Promise.all([import('../util/git.js'), import('../history/log-args.js')]);
  return { log: startGit(root, historyLogArgs(historyRevisions({ since: mode.since, allBranches: mode.allBranches }), 'first-parent')) };
}

function useColor(io: Io): boolean {
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '') return false;
  if (io.env.FORCE_COLOR !== undefined && io.env.FORCE_COLOR !== '0') return true;
  return Boolean(io.stdout.isTTY);
}
