/**
 * secret-exposure: `${{ secrets.* }}` written straight into `run:`. The runner pastes the value
 * into the script source before the shell sees it: quotes in the value break the script, it is
 * written to a temporary file, and `set -x` echoes it. One finding per script (the fix, passing
 * the secrets through `env:`, is one change to the step), at its first interpolation.
 */
import type { RawFinding } from '../../core/finding.js';
import type { FileRule, RuleMeta } from '../types.js';
import { appliesToWorkflowOrAction } from './model.js';
import { findingAt, HELP_BASE, locatorFor } from './report.js';
import { envFix, runSteps } from './runs.js';
import type { SecretUse } from './script.js';
import { isCredentialSecretName } from './secret-kind.js';

const meta: RuleMeta = {
  id: 'gha-secret-interpolated-in-run',
  category: 'secret-exposure',
  severity: 'medium',
  description:
    'A secret expression is interpolated into a run: script instead of being passed through env:. ' +
    'Severity: medium. One finding per script, at its first interpolation, naming every secret it interpolates and the lines of the others. ' +
    "Secrets whose names say they hold configuration, not a credential (`*_HOST`, `*_PORT`, `*_USER`, `*_USERNAME`, `*_URL`, `*_ID`, `*_REGION`, `*_NAME`, `*_EMAIL`; webhook and database URLs and DSNs stay credentials), are not reported.",
  helpUri: `${HELP_BASE}#gha-secret-interpolated-in-run`,
};

/** Lines listed in a message before "and N more". */
const LISTED_LINES = 8;

export const secretInterpolatedInRunRule: FileRule = {
  meta,
  appliesTo: appliesToWorkflowOrAction,
  check(file) {
    const findings: RawFinding[] = [];
    for (const { analysis, scriptPath } of runSteps(file)) {
      // A use may be listed once per sink: one per place.
      const seen = new Set<number>();
      const uses: SecretUse[] = [];
      for (const use of analysis.uses) {
        if (!use.interpolated || seen.has(use.start) || !isCredentialSecretName(use.secret)) continue;
        seen.add(use.start);
        uses.push(use);
      }
      if (uses.length === 0) continue;
      uses.sort((a, b) => a.start - b.start);
      const first = uses[0]!;
      const secrets = [...new Set(uses.map((u) => u.secret))];
      const locator = locatorFor(file, analysis.run);
      const lineOf = (use: SecretUse) => {
        const span = locator.span(use.start, use.end);
        return file.lines.range(span.start, span.end).line;
      };
      const firstLine = lineOf(first);
      const others = [...new Set(uses.slice(1).map(lineOf))].filter((l) => l !== firstLine);
      let message: string;
      if (uses.length === 1) {
        message = `\`${first.text}\` interpolates secret \`${first.secret}\` into the script source.`;
      } else {
        const names = secrets.map((s) => `\`${s}\``).join(', ');
        const what = secrets.length === 1 ? `secret ${names}` : `${secrets.length} secrets (${names})`;
        const listed = others.slice(0, LISTED_LINES).join(', ');
        const more = others.length > LISTED_LINES ? ` and ${others.length - LISTED_LINES} more` : '';
        const where = others.length === 0 ? ' (all on this line)' : `: here, and on line${others.length > 1 ? 's' : ''} ${listed}${more}`;
        message = `This script interpolates ${what} into its source ${uses.length} times${where}.`;
      }
      const fixes = secrets.length === 1 ? envFix(first.secret) : `add each to the step's \`env:\` (\`${secrets[0]}: \${{ secrets.${secrets[0]} }}\`, …) and use \`"$NAME"\` in the script`;
      findings.push(findingAt(file, meta, analysis.run, scriptPath, { message, remediation: `Pass ${secrets.length === 1 ? 'it' : 'them'} through env: ${fixes}.`, seed: first.text }, first.start, first.end));
    }
    return findings;
  },
};
