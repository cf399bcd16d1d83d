import { describe, expect, it } from 'vitest';
import { parseCommand, USAGE, type ScanCommand } from '../../src/cli/args.js';
import { ConfigurationError } from '../../src/core/errors.js';
import { FORMATS } from '../../src/output/index.js';

const modeOf = (argv: string[]) => (parseCommand(argv) as ScanCommand).mode;

const scanDefaults = { name: 'scan', paths: ['.'], mode: { kind: 'tree' }, format: 'text', output: null, failOn: null, maxFileSize: null, config: null, baseline: null, writeBaseline: null, verify: false, verifyTimeoutMs: null, reports: [], stdin: null };

describe('parseCommand', () => {
  it('leaves unset flags null so the config file can supply them', () => {
    expect(parseCommand(['scan'])).toEqual(scanDefaults);
  });

  it('parses every scan option', () => {
    expect(parseCommand(['scan', 'repo', '--config', 'c.yml', '--baseline', 'b.json', '--write-baseline', 'w.json', '--fail-on', 'low', '--max-file-size', '10', '--format', 'json', '--output', 'o'])).toEqual({
      ...scanDefaults,
      paths: ['repo'],
      config: 'c.yml',
      baseline: 'b.json',
      writeBaseline: 'w.json',
      failOn: 'low',
      maxFileSize: 10,
      format: 'json',
      output: 'o',
    });
    expect(parseCommand(['scan', '--verify', '--verify-timeout', '2500'])).toEqual({ ...scanDefaults, verify: true, verifyTimeoutMs: 2500 });
    expect(modeOf(['scan', '--staged'])).toEqual({ kind: 'staged' });
    expect(modeOf(['scan', '--diff', 'origin/main'])).toEqual({ kind: 'diff', base: 'origin/main' });
    expect(modeOf(['scan', '--history'])).toEqual({ kind: 'history', since: null, allBranches: false });
    expect(modeOf(['scan', '--history', '--since', 'v1', '--all-branches'])).toEqual({ kind: 'history', since: 'v1', allBranches: true });
  });

  it('accepts every format the output module offers, and lists them in the help', () => {
    expect(FORMATS.length).toBeGreaterThanOrEqual(2);
    for (const format of FORMATS) expect(parseCommand(['scan', '--format', format])).toMatchObject({ format });
    const help = USAGE.slice(USAGE.indexOf('--format FORMAT'), USAGE.indexOf('--output FILE'));
    for (const format of FORMATS) expect(help).toMatch(new RegExp(`[ :,]${format}[ ,(\\n]`));
  });

  it('parses install-hook', () => {
    expect(parseCommand(['install-hook'])).toEqual({ name: 'install-hook', path: null, force: false });
    expect(parseCommand(['install-hook', 'repo', '--force'])).toEqual({ name: 'install-hook', path: 'repo', force: true });
  });

  it.each([
    [['scan', '--staged', '--history'], '--staged and --history cannot be combined: pick one'],
    [['scan', '--diff', 'main', '--staged'], '--staged and --diff cannot be combined: pick one'],
    [['scan', '--since', 'v1'], '--since only applies to --history'],
    [['scan', '--all-branches'], '--all-branches only applies to --history'],
    [['scan', '--staged', 'a', 'b'], '--staged scans one repository: give at most one directory'],
    [['scan', '--diff', ''], '--diff needs a value'],
    [['scan', '--format', 'xml'], `--format must be one of ${FORMATS.join(', ')}, not "xml"`],
    [['scan', '--fail-on', 'severe'], '--fail-on must be critical, high, medium or low, not "severe"'],
    [['scan', '--force'], '--force belongs to install-hook, not scan'],
    [['install-hook', '--staged'], '--staged does not apply to install-hook (only --force does)'],
    [['scan', '--verify-timeout', '5'], '--verify-timeout only applies with --verify'],
    [['scan', '--verify', '--verify-timeout', '0'], '--verify-timeout must be a positive number of milliseconds, not "0"'],
    [['lint'], 'unknown command "lint": the commands are `scan` and `install-hook` (see --help)'],
  ])('rejects %j', (argv, message) => {
    expect(() => parseCommand(argv)).toThrow(new ConfigurationError(message));
  });
});
