import type { RawFinding } from '../../core/finding.js';
import { isSuppressedInline } from '../../core/suppress.js';
import { LineIndex } from '../../core/text-position.js';
import { DETECTORS } from '../../detectors/catalogue.js';
import { isSecretLikeName } from '../secret-names.js';
import type { RepositoryRule, RuleMeta } from '../types.js';
import { parseDotenv } from './dotenv.js';
import { isLiteralSecretValue } from '../secret-names.js';
import { envFileState } from './state.js';

export const envFileSecretMeta: RuleMeta = {
  id: 'env-file-secret',
  category: 'hardcoded-secret',
  severity: 'high',
  description: 'A secret-like variable with a literal value inside an env file that is committed or not ignored.',
  helpUri: 'https://github.com/openai-secret-lint/openai-secret-lint/blob/main/docs/rules/env-files.md',
};

/** Detectors that recognise a credential by its own shape (not by the name it is assigned to). */
const PROVIDER_DETECTORS = DETECTORS.filter((d) => d.id !== 'generic-secret');

/**
 * Secret-like entries of unprotected env files. Provider keys are left to the text rule, which
 * already reports them with the provider's remediation: a value a provider detector matches is
 * skipped. Files kustomize reads are left to the kubernetes area's kustomize-generator-source
 * rule, which reports their entries already.
 */
export const envFileSecretRule: RepositoryRule = {
  meta: envFileSecretMeta,
  async checkRepository(context) {
    const state = await envFileState(context);
    const names = context.settings.secretNames;
    const findings: RawFinding[] = [];
    for (const entry of state.unprotected) {
      if (entry.references.some((r) => r.via === 'kustomize')) continue;
      const text = await state.readText(entry.file);
      if (text === null) continue;
      const provider = PROVIDER_DETECTORS.flatMap((d) => d.find(text));
      const lines = new LineIndex(text);
      for (const e of parseDotenv(text)) {
        if (!isSecretLikeName(e.key, names) || !isLiteralSecretValue(e.value)) continue;
        if (provider.some((m) => m.start < e.valueEnd && e.valueStart < m.end)) continue;
        const finding: RawFinding = {
          ruleId: envFileSecretMeta.id,
          category: envFileSecretMeta.category,
          severity: envFileSecretMeta.severity,
          file: entry.file.path,
          ...lines.range(e.valueStart, e.valueEnd),
          message: `\`${e.key}\` holds a literal secret in ${entry.status === 'tracked' ? 'a committed' : 'an unignored'} env file.`,
          remediation:
            entry.status === 'tracked'
              ? 'Rotate the value (it is in git history), remove it from the file, and load it from the CI secret store or an ignored local env file.'
              : 'Add an ignore rule for this file before it is committed (see env-file-not-ignored); rotate the value only if the file was ever pushed.',
          secret: e.value,
        };
        if (!isSuppressedInline(finding, lines)) findings.push(finding);
      }
    }
    return findings;
  },
};
