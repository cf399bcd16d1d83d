/**
 * secret-exposure: `toJSON(secrets)` and `secrets[<computed>]` hand every secret of the
 * repository to one step, so a single leak or compromised action exposes them all.
 */
import type { FileRule, RuleMeta } from '../types.js';
import { secretRefFindings } from './expression-scan.js';
import { appliesToWorkflowOrAction } from './model.js';
import { HELP_BASE } from './report.js';

const meta: RuleMeta = {
  id: 'gha-all-secrets',
  category: 'secret-exposure',
  severity: 'high',
  description: 'toJSON(secrets), a bare secrets context or a computed secrets[...] index exposes every secret to the step instead of the one it needs.',
  helpUri: `${HELP_BASE}#gha-all-secrets`,
};

export const allSecretsRule: FileRule = {
  meta,
  appliesTo: appliesToWorkflowOrAction,
  check(file) {
    return secretRefFindings(file, meta, (ref, expr, written) => {
      if (ref.inDefault) return null;
      const whole = ref.path.length === 0;
      const computed = ref.path[0] === null;
      if (!whole && !computed) return null;
      return {
        text: {
          severity: whole ? 'high' : 'medium',
          message: whole
            ? `\`${written.slice(expr.start, expr.end)}\` gives the whole secrets context, every repository and organization secret, to this step.`
            : `\`${written.slice(expr.start, expr.end)}\` selects a secret by a computed name, so GitHub makes every secret available to the job.`,
          remediation: 'Reference only the secrets the step needs, by name: `NAME: ${{ secrets.NAME }}`.',
          seed: written.slice(ref.start, ref.end),
        },
        start: expr.start,
        end: expr.end,
      };
    });
  },
};
