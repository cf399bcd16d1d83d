/**
 * secret-exposure: `toJSON(secrets)` and `secrets[<computed>]` hand every secret of the
 * repository to one step, so a single leak or compromised action exposes them all.
 */
import type { RawFinding } from '../../core/finding.js';
import type { FileRule, RuleMeta } from '../types.js';
import { expressionsInFile } from './expression-scan.js';
import { appliesToWorkflowOrAction } from './model.js';
import { findingAt, HELP_BASE } from './report.js';

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
    const findings: RawFinding[] = [];
    for (const { node, path, expressions } of expressionsInFile(file)) {
      for (const expr of expressions) {
        for (const ref of expr.refs) {
          if (ref.context !== 'secrets' || ref.inDefault) continue;
          const whole = ref.path.length === 0;
          const computed = ref.path[0] === null;
          if (!whole && !computed) continue;
          const written = node.value as string;
          const text = written.slice(ref.start, ref.end);
          findings.push(
            findingAt(
              file,
              meta,
              node,
              path,
              {
                severity: whole ? 'high' : 'medium',
                message: whole
                  ? `\`${written.slice(expr.start, expr.end)}\` gives the whole secrets context, every repository and organization secret, to this step.`
                  : `\`${written.slice(expr.start, expr.end)}\` selects a secret by a computed name, so GitHub makes every secret available to the job.`,
                remediation: 'Reference only the secrets the step needs, by name: `NAME: ${{ secrets.NAME }}`.',
                seed: text,
              },
              expr.start,
              expr.end,
            ),
          );
        }
      }
    }
    return findings;
  },
};
