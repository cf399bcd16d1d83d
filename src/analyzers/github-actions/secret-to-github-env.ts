/** secret-exposure: a secret written to $GITHUB_ENV or $GITHUB_OUTPUT. */
import type { FileRule, RuleMeta } from '../types.js';
import { appliesToWorkflowOrAction } from './model.js';
import { HELP_BASE } from './report.js';
import { scriptUseFindings } from './runs.js';

const meta: RuleMeta = {
  id: 'gha-secret-to-github-env',
  category: 'secret-exposure',
  severity: 'medium',
  description: 'A secret is written to $GITHUB_ENV (every later step, including third-party actions, receives it) or $GITHUB_OUTPUT (it leaves the step as a plain output).',
  helpUri: `${HELP_BASE}#gha-secret-to-github-env`,
};

export const secretToGithubEnvRule: FileRule = {
  meta,
  appliesTo: appliesToWorkflowOrAction,
  check(file) {
    return scriptUseFindings(file, meta, (use) => {
      if (use.sink !== 'github-env') return null;
      const target = use.target ?? 'GITHUB_ENV';
      return {
        message:
          target === 'GITHUB_ENV'
            ? `Secret \`${use.secret}\` is written to $GITHUB_ENV: every later step of the job, including third-party actions, receives it.`
            : `Secret \`${use.secret}\` is written to $GITHUB_OUTPUT: step and job outputs are not secret and the runner drops or exposes them.`,
        remediation: `Reference the secret where it is needed instead: \`env: ${use.secret}: \${{ secrets.${use.secret} }}\` on each step that uses it.`,
        seed: `${use.secret}\0${target}\0${use.text}`,
      };
    });
  },
};
