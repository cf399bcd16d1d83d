import { parseArgs } from 'node:util';
import { ConfigurationError } from '../core/errors.js';
import { isSeverity, type Severity } from '../core/finding.js';
import { DEFAULT_FAIL_ON, DEFAULT_MAX_FILE_SIZE } from '../core/settings.js';
import { FORMATS, isFormat, type Format } from '../output/index.js';

/** What part of the repository a scan looks at. */
export type ScanMode =
  | { kind: 'tree' }
  | { kind: 'staged' }
  | { kind: 'diff'; base: string }
  | { kind: 'history'; since: string | null; allBranches: boolean };

export interface ScanCommand {
  name: 'scan';
  paths: string[];
  mode: ScanMode;
  format: Format;
  output: string | null;
  /** Null when not given: the config file's value, else the default, applies. */
  failOn: Severity | null;
  maxFileSize: number | null;
  config: string | null;
  baseline: string | null;
  writeBaseline: string | null;
  /** Opt-in: send each found key to its own provider's API to see whether it still works. */
  verify: boolean;
  verifyTimeoutMs: number | null;
  /** `--report FORMAT=FILE`, repeatable: further reports of the same scan, each written to its file. */
  reports: ReportTarget[];
  /** `scan -`: the content comes from standard input; null otherwise. */
  stdin: StdinInput | null;
}

export interface ReportTarget {
  format: Format;
  file: string;
}

export interface StdinInput {
  /** `--stdin-filename`: the path the findings name and the kind of file is decided from. */
  filename: string | null;
}

export type Command =
  | { name: 'help' }
  | { name: 'version' }
  | ScanCommand
  | { name: 'install-hook'; path: string | null; force: boolean };

export const USAGE = `Usage: openai-secret-lint scan [PATH…] [options]
       openai-secret-lint install-hook [REPO] [--force]
       openai-secret-lint org plan|scan|report …   (organisation audits: org --help)

Finds hardcoded API keys (OpenAI first) in files and CI/CD configuration.

What to scan (one at most; default: the files under PATH):
  --staged                what is staged for commit (the index), added lines only
  --diff BASE             only lines added since BASE (a commit, branch or tag)
  --history               every commit's added lines; each secret once, at the commit that added it
    --since REV             only commits after REV
    --all-branches          every branch, remote-tracking branch and tag, not only HEAD

Standard input: \`scan -\` reads the content to scan from standard input
  --stdin-filename PATH   the name it is reported under (its name decides the kind of file,
                          else its content does); default: <stdin>

Options:
  --format FORMAT         report format (default: text): ${FORMATS.slice(0, 5).join(', ')},
                          gitlab (GitLab Secret Detection), codequality (GitLab Code Quality)
  --output FILE           write the report to FILE instead of standard output
  --report FORMAT=FILE    also write a report in FORMAT to FILE (repeatable: several formats, one scan)
  --fail-on SEVERITY      exit 1 when a finding is at or above critical|high|medium|low (default: ${DEFAULT_FAIL_ON})
  --max-file-size BYTES   skip larger files, with a diagnostic (default: ${DEFAULT_MAX_FILE_SIZE})
  --config FILE           configuration file (default: .openai-secret-lint.yml|.yaml|.json at the root)
  --baseline FILE         hide the findings recorded in FILE
  --write-baseline FILE   record the current findings in FILE (fingerprints, no secrets) and exit 0
  --verify                ask each key's own provider whether it is still active (sends the key
                          to that provider's API only; off by default; see README)
  --verify-timeout MS     per-request timeout of --verify (default: 10000)
  -h, --help              show this help
  -v, --version           show the version

install-hook writes .git/hooks/pre-commit running \`scan --staged\`; --force replaces an existing hook.

Exit codes: 0 nothing at or above --fail-on, 1 findings at or above it,
            2 usage or configuration error, 3 scan incomplete or internal error.
`;

const OPTIONS = {
  format: { type: 'string' },
  output: { type: 'string' },
  'fail-on': { type: 'string' },
  'max-file-size': { type: 'string' },
  config: { type: 'string' },
  baseline: { type: 'string' },
  'write-baseline': { type: 'string' },
  verify: { type: 'boolean' },
  'verify-timeout': { type: 'string' },
  report: { type: 'string', multiple: true },
  'stdin-filename': { type: 'string' },
  staged: { type: 'boolean' },
  diff: { type: 'string' },
  history: { type: 'boolean' },
  since: { type: 'string' },
  'all-branches': { type: 'boolean' },
  force: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const;

type Values = ReturnType<typeof parse>['values'];

function parse(argv: string[]) {
  return parseArgs({ args: argv, allowPositionals: true, strict: true, options: OPTIONS });
}

export function parseCommand(argv: string[]): Command {
  let parsed;
  try {
    parsed = parse(argv);
  } catch (error) {
    throw new ConfigurationError((error as Error).message.split('\n')[0] ?? 'invalid arguments');
  }
  const { values, positionals } = parsed;
  if (values.help) return { name: 'help' };
  if (values.version) return { name: 'version' };
  const [command, ...paths] = positionals;
  if (command === undefined) throw new ConfigurationError('missing command: try `openai-secret-lint scan .` or --help');
  if (command === 'install-hook') return installHookCommand(values, paths);
  if (command !== 'scan') throw new ConfigurationError(`unknown command "${command}": the commands are \`scan\` and \`install-hook\` (see --help)`);
  if (values.force) throw new ConfigurationError('--force belongs to install-hook, not scan');

  const format = values.format ?? 'text';
  if (!isFormat(format)) throw new ConfigurationError(`--format must be one of ${FORMATS.join(', ')}, not "${format}"`);
  const failOn = values['fail-on'] ?? null;
  if (failOn !== null && !isSeverity(failOn)) throw new ConfigurationError(`--fail-on must be critical, high, medium or low, not "${failOn}"`);
  const mode = scanMode(values);
  const stdin = stdinInput(values, paths, mode);
  if (mode.kind !== 'tree' && paths.length > 1) throw new ConfigurationError(`--${mode.kind} scans one repository: give at most one directory`);
  return {
    name: 'scan',
    paths: paths.length > 0 ? paths : ['.'],
    mode,
    format,
    output: nonEmpty(values.output, '--output'),
    failOn,
    maxFileSize: parseSize(values['max-file-size']),
    config: nonEmpty(values.config, '--config'),
    baseline: nonEmpty(values.baseline, '--baseline'),
    writeBaseline: nonEmpty(values['write-baseline'], '--write-baseline'),
    verify: Boolean(values.verify),
    verifyTimeoutMs: parseTimeout(values['verify-timeout'], Boolean(values.verify)),
    reports: (values.report ?? []).map(parseReportTarget),
    stdin,
  };
}

/** `--report sarif=out/report.sarif`: a format and a file, split at the first `=`. */
function parseReportTarget(value: string): ReportTarget {
  const at = value.indexOf('=');
  const format = at < 0 ? value : value.slice(0, at);
  const file = at < 0 ? '' : value.slice(at + 1);
  if (at < 0 || file.trim() === '') throw new ConfigurationError(`--report takes FORMAT=FILE (e.g. --report gitlab=gl-secret-detection-report.json), not "${value}"`);
  if (!isFormat(format)) throw new ConfigurationError(`--report: the format must be one of ${FORMATS.join(', ')}, not "${format}"`);
  return { format, file };
}

/** `scan -` alone reads standard input; `--stdin-filename` only means something with it. */
function stdinInput(values: Values, paths: string[], mode: ScanMode): StdinInput | null {
  const filename = values['stdin-filename'];
  if (!paths.includes('-')) {
    if (filename !== undefined) throw new ConfigurationError('--stdin-filename only applies to `scan -` (standard input)');
    return null;
  }
  if (paths.length > 1) throw new ConfigurationError('`scan -` reads standard input only: give no other path');
  if (mode.kind !== 'tree') throw new ConfigurationError(`--${mode.kind} cannot be combined with \`scan -\` (standard input)`);
  if (values['write-baseline'] !== undefined) throw new ConfigurationError('--write-baseline cannot be combined with `scan -` (standard input)');
  return { filename: filename === undefined ? null : nonEmpty(filename, '--stdin-filename') };
}

function scanMode(values: Values): ScanMode {
  const chosen = [values.staged && '--staged', values.diff !== undefined && '--diff', values.history && '--history'].filter(Boolean);
  if (chosen.length > 1) throw new ConfigurationError(`${chosen.join(' and ')} cannot be combined: pick one`);
  if (!values.history) {
    if (values.since !== undefined) throw new ConfigurationError('--since only applies to --history');
    if (values['all-branches']) throw new ConfigurationError('--all-branches only applies to --history');
  }
  if (values.staged) return { kind: 'staged' };
  if (values.diff !== undefined) return { kind: 'diff', base: nonEmpty(values.diff, '--diff')! };
  if (values.history) return { kind: 'history', since: nonEmpty(values.since, '--since'), allBranches: Boolean(values['all-branches']) };
  return { kind: 'tree' };
}

function installHookCommand(values: Values, paths: string[]): Command {
  const scanOnly = Object.keys(values).filter((k) => k !== 'force');
  if (scanOnly.length > 0) throw new ConfigurationError(`--${scanOnly[0]} does not apply to install-hook (only --force does)`);
  if (paths.length > 1) throw new ConfigurationError('install-hook takes at most one repository directory');
  return { name: 'install-hook', path: paths[0] ?? null, force: Boolean(values.force) };
}

function nonEmpty(value: string | undefined, flag: string): string | null {
  if (value === undefined) return null;
  if (value.trim() === '') throw new ConfigurationError(`${flag} needs a value`);
  return value;
}

function parseSize(value: string | undefined): number | null {
  if (value === undefined) return null;
  if (!/^\d+$/.test(value) || Number(value) <= 0) throw new ConfigurationError(`--max-file-size must be a positive number of bytes, not "${value}"`);
  return Number(value);
}

function parseTimeout(value: string | undefined, verify: boolean): number | null {
  if (value === undefined) return null;
  if (!verify) throw new ConfigurationError('--verify-timeout only applies with --verify');
  if (!/^\d+$/.test(value) || Number(value) <= 0) throw new ConfigurationError(`--verify-timeout must be a positive number of milliseconds, not "${value}"`);
  return Number(value);
}
