import { writeFile } from 'node:fs/promises';
import { ConfigurationError, errorMessage, isConfigurationError } from '../core/errors.js';
import { atLeast } from '../core/finding.js';
import { scan } from '../core/scan.js';
import { TOOL_NAME, TOOL_VERSION } from '../core/version.js';
import { renderReport } from '../output/index.js';
import { parseCommand, USAGE } from './args.js';
import { consoleLogger } from './console-logger.js';
import { settingsFromCommand } from './settings.js';

export const EXIT = { ok: 0, findings: 1, usage: 2, internal: 3 } as const;

export interface Io {
  stdout: NodeJS.WriteStream;
  stderr: NodeJS.WriteStream;
  env: NodeJS.ProcessEnv;
  cwd: string;
}

/** Runs the CLI and returns the exit code; never throws. */
export async function main(argv: string[], io: Io): Promise<number> {
  try {
    const command = parseCommand(argv);
    if (command.name === 'help') {
      io.stdout.write(USAGE);
      return EXIT.ok;
    }
    if (command.name === 'version') {
      io.stdout.write(`${TOOL_NAME} ${TOOL_VERSION}\n`);
      return EXIT.ok;
    }
    const settings = await settingsFromCommand(command, io.cwd);
    const logger = consoleLogger(io.stderr, Boolean(io.env.OPENAI_SECRET_LINT_DEBUG));
    const report = await scan(settings, logger);
    logger.finish();
    const color = command.output === null && useColor(io);
    const rendered = renderReport(report, command.format, { color });
    if (command.output !== null) {
      try {
        await writeFile(command.output, rendered);
      } catch (error) {
        throw new ConfigurationError(`cannot write --output ${command.output}: ${(error as NodeJS.ErrnoException).code ?? errorMessage(error)}`);
      }
    } else {
      io.stdout.write(rendered);
    }
    return report.findings.some((f) => atLeast(f.severity, settings.failOn)) ? EXIT.findings : EXIT.ok;
  } catch (error) {
    if (isConfigurationError(error)) {
      io.stderr.write(`${TOOL_NAME}: ${error.message}\n`);
      return EXIT.usage;
    }
    io.stderr.write(`${TOOL_NAME}: internal error: ${errorMessage(error)}\n`);
    if (io.env.OPENAI_SECRET_LINT_DEBUG && error instanceof Error && error.stack) io.stderr.write(`${error.stack}\n`);
    return EXIT.internal;
  }
}

function useColor(io: Io): boolean {
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '') return false;
  if (io.env.FORCE_COLOR !== undefined && io.env.FORCE_COLOR !== '0') return true;
  return Boolean(io.stdout.isTTY);
}
