import * as core from '@actions/core';
import { errorMessage, isConfigurationError } from '../core/errors.js';
import { atLeast, SEVERITIES } from '../core/finding.js';
import { scan } from '../core/scan.js';
import { renderText } from '../output/text.js';
import { readSettings } from './inputs.js';
import { actionsLogger } from './logger.js';

export async function run(): Promise<void> {
  try {
    const settings = readSettings(process.env.GITHUB_WORKSPACE ?? process.cwd());
    const report = await scan(settings, actionsLogger);
    core.info(renderText(report, { color: false }));
    core.setOutput('findings', report.findings.length);
    for (const severity of SEVERITIES) core.setOutput(severity, report.stats.findingsBySeverity[severity]);
    const failing = report.findings.filter((f) => atLeast(f.severity, settings.failOn)).length;
    if (failing > 0) core.setFailed(`${failing} finding(s) at or above ${settings.failOn}`);
  } catch (error) {
    core.setFailed(isConfigurationError(error) ? errorMessage(error) : `internal error: ${errorMessage(error)}`);
  }
}
