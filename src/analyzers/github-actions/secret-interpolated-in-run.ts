/**
 * secret-exposure: `${{ secrets.* }}` written straight into `run:`. The runner pastes the value
 * into the script source before the shell sees it: quotes in the value break the script, it is
 * written to a temporary file, and `set -x` echoes it.
 */
import type { RawFinding } from '../../core/finding.js';
import type { FileRule, RuleMeta } from '../types.js';
import { appliesToWorkflowOrAction } from './model.js';
import { findingAt, HELP_BASE } from './report.js';
import { envFix, runSteps } from './runs.js';

const meta: RuleMeta = {
  id: 'gha-secret-interpolated-in-run',
  category: 'secret-exposure',
  severity: 'medium',
  description: 'A secret expression is interpolated into a run: script instead of being passed through env:.',
  helpUri: `${HELP_BASE}#gha-secret-interpolated-in-run`,
};

export const secretInterpolatedInRunRule: FileRule = {
  meta,
  appliesTo: appliesToWorkflowOrAction,
  check(file) {
    const findings: RawFinding[] = [];
    for (const { analysis, scriptPath } of runSteps(file)) {
      for (const use of analysis.uses) {
        if (!use.interpolated) continue;
        findings.push(
          findingAt(
            file,
            meta,
            analysis.run,
            scriptPath,
            {
              message: `\`${use.text}\` interpolates secret \`${use.secret}\` into the script source.`,
              remediation: `Pass it through env: ${envFix(use.secret)}.`,
              seed: use.text,
            },
            use.start,
            use.end,
          ),
        );
      }
    }
    return findings;
  },
};
