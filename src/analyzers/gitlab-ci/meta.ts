import { isLowercaseWords, isServiceContainerPassword, isWeakLiteral, limitedCredential, normalizeName, SERVICE_PASSWORD_NOTE } from '../secret-names.js';

export const GITLAB_HELP = 'https://github.com/openai-secret-lint/openai-secret-lint/blob/main/docs/rules/gitlab-ci.md';

export const CI_VARIABLE_ADVICE = (name: string) =>
  `Delete the value from the file and define ${name} as a masked and protected CI/CD variable (Settings > CI/CD > Variables), referenced as $${name}, or fetch it with a \`secrets:\` entry (Vault, Azure Key Vault, GCP Secret Manager, AWS Secrets Manager) authenticated by \`id_tokens\`. Rotate the value: it is in the repository history.`;

/** What else is known about a literal: its name, the job's service containers, a comment beside it. */
export interface LiteralContext {
  name: string;
  serviceImages?: readonly string[];
  /** Defined in a `services:` entry's own `variables:`. */
  inService?: boolean;
  /** A nearby comment says the value is a placeholder to replace. */
  placeholderComment?: boolean;
}

/**
 * Severity policy of a literal under a secret-like name in a pipeline (docs/rules/gitlab-ci.md):
 * - low: a throwaway service-container password (the password variable of a database or queue
 *   service of the job, or any password in a `services:` entry's own variables), whatever the
 *   value's case; an access key id or upload-only token; a value a comment calls a placeholder;
 * - medium: lower-case words (`baserow`, `anyvalue`), counting runs and stand-in words, test data
 *   known to every reader rather than issued;
 * - high (the rule's default): anything else.
 */
export function literalSeverity(value: string, context?: LiteralContext): { severity?: 'low' | 'medium'; note: string } {
  if (context) {
    const password = /(PASSWORD|PASSWD|PASS|PWD)$/.test(normalizeName(context.name));
    if (isServiceContainerPassword(context.name, context.serviceImages ?? []) || (context.inService && password)) {
      return { severity: 'low', note: ` ${SERVICE_PASSWORD_NOTE}` };
    }
    const limited = limitedCredential(context.name, value);
    if (limited) return { severity: 'low', note: ` ${limited.note}` };
    if (context.placeholderComment) {
      return { severity: 'low', note: ' A comment beside it says it is a placeholder to replace, so it is reported at low: replace it with a masked CI/CD variable, not with the real value in this file.' };
    }
  }
  if (isLowercaseWords(value) || isWeakLiteral(value)) {
    return { severity: 'medium', note: ' The value looks like a throwaway test value (lower-case words, a counting run or stand-in words), so it is reported at medium.' };
  }
  return { note: '' };
}
