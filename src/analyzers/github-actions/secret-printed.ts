/** secret-exposure: a secret printed to the job log by echo, printf, Write-Host, console.log, print or cat. */
import type { FileRule, RuleMeta } from '../types.js';
import { appliesToWorkflowOrAction } from './model.js';
import { HELP_BASE } from './report.js';
import { scriptUseFindings } from './runs.js';
import { isCredentialSecretName } from './secret-kind.js';

const meta: RuleMeta = {
  id: 'gha-secret-printed',
  category: 'secret-exposure',
  severity: 'high',
  description:
    'A secret is printed to the job log; masking only hides exact matches, so any transformation of the value leaks it. ' +
    'Severity: high; low when the secret\'s name says it holds a setting or an identifier (`*_ENABLED`, `*_URL`, `*_HOST`, `*_ENDPOINT`, `*_REGION`, `*_ID`, `*_USERNAME`; webhook and database URLs and DSNs stay credentials). ' +
    '`echo "$(curl -H "…$TOKEN" …)"` prints the command\'s output, not the token; a substitution that only encodes the secret (`$(echo "$T" | base64)`) still prints it.',
  helpUri: `${HELP_BASE}#gha-secret-printed`,
};

export const secretPrintedRule: FileRule = {
  meta,
  appliesTo: appliesToWorkflowOrAction,
  check(file) {
    return scriptUseFindings(file, meta, (use) =>
      use.sink !== 'log'
        ? null
        : !isCredentialSecretName(use.secret)
        ? {
            // A flag, URL or id kept in the secret store: printing it shows a setting, not a credential.
            severity: 'low',
            message: `\`${use.text}\` prints secret \`${use.secret}\` to the job log; by its name it holds a setting or an identifier (a flag, URL, host, region or id), not a credential, so this is reported at low.`,
            remediation: `If \`${use.secret}\` is not confidential, keep it in a configuration variable (\`vars.${use.secret}\`); otherwise do not print it.`,
            seed: `${use.secret}\0${use.text}`,
          }
        : {
            message: `\`${use.text}\` prints secret \`${use.secret}\` to the job log.`,
            remediation: `Do not print secrets. Give the value to the command that needs it through the step's env (\`${use.secret}: \${{ secrets.${use.secret} }}\`) or stdin (\`printf '%s' "$${use.secret}" | tool --password-stdin\`); mask derived values with \`echo "::add-mask::$VALUE"\`.`,
            seed: `${use.secret}\0${use.text}`,
          },
    );
  },
};
