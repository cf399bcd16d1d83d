/**
 * secret-exposure: `${{ secrets.* }}` written straight into `run:`. The runner pastes the value
 * into the script source before the shell sees it: quotes in the value break the script, it is
 * written to a temporary file, and `set -x` echoes it.
 */
import type { FileRule, RuleMeta } from '../types.js';
import { appliesToWorkflowOrAction } from './model.js';
import { HELP_BASE } from './report.js';
import { envFix, scriptUseFindings } from './runs.js';

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
    return scriptUseFindings(file, meta, (use) =>
      !use.interpolated
        ? null
        : {
            message: `\`${use.text}\` interpolates secret \`${use.secret}\` into the script source.`,
            remediation: `Pass it through env: ${envFix(use.secret)}.`,
            seed: use.text,
          },
    );
  },
};
