import { parseArgs } from 'node:util';
import { ConfigurationError } from '../core/errors.js';
import { isSeverity, type Severity } from '../core/finding.js';
import { DEFAULT_FAIL_ON, DEFAULT_MAX_FILE_SIZE } from '../core/settings.js';

import { FORMATS, isFormat, type Format } from '../output/index.js';

export type Command =
  | { name: 'help' }
  | { name: 'version' }
  | { name: 'scan'; paths: string[]; format: Format; output: string | null; failOn: Severity; maxFileSize: number };

export const USAGE = `Usage: openai-secret-lint scan [PATH…] [options]

Finds hardcoded API keys (OpenAI first) in files and CI/CD configuration.

Options:
  --format text|json      report format (default: text)
  --output FILE           write the report to FILE instead of standard output
  --fail-on SEVERITY      exit 1 when a finding is at or above critical|high|medium|low (default: ${DEFAULT_FAIL_ON})
  --max-file-size BYTES   skip larger files, with a diagnostic (default: ${DEFAULT_MAX_FILE_SIZE})
  -h, --help              show this help
  -v, --version           show the version

Exit codes: 0 nothing at or above --fail-on, 1 findings at or above it,
            2 usage or configuration error, 3 internal error.
`;

export function parseCommand(argv: string[]): Command {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string' },
        output: { type: 'string' },
        'fail-on': { type: 'string' },
        'max-file-size': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (error) {
    throw new ConfigurationError((error as Error).message.split('\n')[0] ?? 'invalid arguments');
  }
  const { values, positionals } = parsed;
  if (values.help) return { name: 'help' };
  if (values.version) return { name: 'version' };
  const [command, ...paths] = positionals;
  if (command === undefined) throw new ConfigurationError('missing command: try `openai-secret-lint scan .` or --help');
  if (command !== 'scan') throw new ConfigurationError(`unknown command "${command}": the command is \`scan\` (see --help)`);

  const format = values.format ?? 'text';
  if (!isFormat(format)) {
    throw new ConfigurationError(`--format must be one of ${FORMATS.join(', ')}, not "${format}"`);
  }
  const failOn = values['fail-on'] ?? DEFAULT_FAIL_ON;
  if (!isSeverity(failOn)) throw new ConfigurationError(`--fail-on must be critical, high, medium or low, not "${failOn}"`);
  const maxFileSize = parseSize(values['max-file-size']);
  return { name: 'scan', paths: paths.length > 0 ? paths : ['.'], format, output: values.output ?? null, failOn, maxFileSize };
}

function parseSize(value: string | undefined): number {
  if (value === undefined) return DEFAULT_MAX_FILE_SIZE;
  if (!/^\d+$/.test(value) || Number(value) <= 0) throw new ConfigurationError(`--max-file-size must be a positive number of bytes, not "${value}"`);
  return Number(value);
}
