import { isLowercaseWords, isWeakLiteral } from '../secret-names.js';

export const GITLAB_HELP = 'https://github.com/openai-secret-lint/openai-secret-lint/blob/main/docs/rules/gitlab-ci.md';

export const CI_VARIABLE_ADVICE = (name: string) =>
  `Delete the value from the file and define ${name} as a masked and protected CI/CD variable (Settings > CI/CD > Variables), referenced as $${name}, or fetch it with a \`secrets:\` entry (Vault, Azure Key Vault, GCP Secret Manager, AWS Secrets Manager) authenticated by \`id_tokens\`. Rotate the value: it is in the repository history.`;

/**
 * Severity of a literal under a secret-like name in a pipeline: lower-case words (`baserow`,
 * `anyvalue`), counting runs and stand-in words are the throwaway passwords of a job's service
 * containers and test data, known to every reader rather than issued: medium, not high.
 */
export function literalSeverity(value: string): { severity?: 'medium'; note: string } {
  if (isLowercaseWords(value) || isWeakLiteral(value)) {
    return { severity: 'medium', note: ' The value looks like a throwaway test value (lower-case words, a counting run or stand-in words), so it is reported at medium.' };
  }
  return { note: '' };
}
