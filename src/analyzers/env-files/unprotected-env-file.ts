import type { RawFinding } from '../../core/finding.js';
import type { RepositoryRule, RuleMeta } from '../types.js';
import { ignoreAdvice } from './advice.js';
import type { EnvFileReference } from './references.js';
import { envFileState } from './state.js';

const HELP = 'https://github.com/openai-secret-lint/openai-secret-lint/blob/main/docs/rules/env-files.md';

export const envFileCommittedMeta: RuleMeta = {
  id: 'env-file-committed',
  category: 'unprotected-env-file',
  severity: 'critical',
  description: 'An env file is committed: every key in it is in the repository and its history.',
  helpUri: HELP,
};

export const envFileNotIgnoredMeta: RuleMeta = {
  id: 'env-file-not-ignored',
  category: 'unprotected-env-file',
  severity: 'high',
  description: 'An env file that no ignore rule covers is one `git add .` away from being committed.',
  helpUri: HELP,
};

const VIA: Record<EnvFileReference['via'], string> = {
  compose: 'Compose env_file',
  kustomize: 'kustomize envs',
  'docker-run': 'docker run --env-file',
};

/** Env files (by name, or used as such by Compose, kustomize or `docker run`) that git tracks or would. */
export const unprotectedEnvFileRule: RepositoryRule = {
  meta: envFileCommittedMeta,
  reports: [envFileCommittedMeta, envFileNotIgnoredMeta],
  async checkRepository(context) {
    const state = await envFileState(context);
    const findings: RawFinding[] = [];
    for (const entry of state.unprotected) {
      const file = entry.file.path;
      const advice = ignoreAdvice(entry, state, context.settings.root);
      const ref = entry.references[0];
      const usedAs = ref ? ` (used as an env file by ${VIA[ref.via]} in \`${ref.from}\`)` : '';
      const meta = entry.status === 'tracked' ? envFileCommittedMeta : envFileNotIgnoredMeta;
      const message =
        entry.status === 'tracked'
          ? `Env file \`${file}\`${usedAs} is tracked by git (committed or staged): ${advice.reason}. ${advice.action}`
          : entry.file.tracked === null
            ? `Env file \`${file}\`${usedAs} is not covered by any .gitignore: ${advice.reason}. ${advice.action}`
            : `Env file \`${file}\`${usedAs} is untracked but not ignored, one \`git add .\` away from a commit: ${advice.reason}. ${advice.action}`;
      const ignoreStep = advice.lines.length > 0 ? `add ${advice.lines.map((l) => `\`${l}\``).join(' and ')} to ${advice.where}` : 'keep the ignore rule';
      const remediation =
        entry.status === 'tracked'
          ? `Rotate every key in \`${file}\`, run \`git rm --cached ${shellQuote(file)}\`, ${ignoreStep}, and purge the file from history (e.g. \`git filter-repo --invert-paths --path ${shellQuote(file)}\`).`
          : `${capitalize(ignoreStep)}; keep real values only in local env files or the CI secret store.`;
      findings.push({
        ruleId: meta.id,
        category: meta.category,
        severity: meta.severity,
        file,
        line: null,
        column: null,
        endLine: null,
        endColumn: null,
        message,
        remediation,
        fingerprintSeed: `${meta.id}:${file}`,
      });
    }
    return findings;
  },
};

function shellQuote(p: string): string {
  return /^[A-Za-z0-9_./-]+$/.test(p) ? p : `'${p.replace(/'/g, `'\\''`)}'`;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
