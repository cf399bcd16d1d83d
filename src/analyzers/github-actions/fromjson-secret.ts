/**
 * secret-exposure: `fromJSON(secrets.X).field`. The runner masks the whole JSON secret, not the
 * fields parsed out of it, so each field is printed in clear wherever it appears.
 */
import type { FileRule, RuleMeta } from '../types.js';
import { secretRefFindings } from './expression-scan.js';
import { appliesToWorkflowOrAction } from './model.js';
import { HELP_BASE } from './report.js';

const meta: RuleMeta = {
  id: 'gha-fromjson-secret-field',
  category: 'secret-exposure',
  severity: 'high',
  description: 'A field read with fromJSON() from a JSON secret is not masked in logs.',
  helpUri: `${HELP_BASE}#gha-fromjson-secret-field`,
};

export const fromJsonSecretRule: FileRule = {
  meta,
  appliesTo: appliesToWorkflowOrAction,
  check(file) {
    return secretRefFindings(file, meta, (ref) => {
      if (!ref.fromJsonPath || ref.fromJsonPath.length === 0) return null;
      const secret = typeof ref.path[0] === 'string' ? ref.path[0] : 'NAME';
      const field = ref.fromJsonPath.map((p) => p ?? '*').join('.');
      return {
        text: {
          message: `Field \`${field}\` of JSON secret \`${secret}\` is read with fromJSON(): the runner masks the whole secret, not its fields, so this value is logged in clear.`,
          remediation: `Store the field as its own secret and reference it directly (\`\${{ secrets.${secret}_${field.replace(/\W/g, '_').toUpperCase()} }}\`), or mask it first with \`echo "::add-mask::$VALUE"\`.`,
          seed: `${secret}\0${field}`,
        },
        start: ref.start,
        end: ref.end,
      };
    });
  },
};
