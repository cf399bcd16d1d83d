import { judgeLiteral } from '../../detectors/password-policy.js';
import { isServiceContainerPassword, normalizeName, SERVICE_PASSWORD_NOTE } from '../secret-names.js';
import type { FileKind } from '../../discover/classify.js';

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
 * Severity policy of a literal under a secret-like name in a pipeline (docs/rules/gitlab-ci.md),
 * null when the value is not reported (a placeholder or a reference):
 * - low: a throwaway service-container password (the password variable of a database or queue
 *   service of the job, or any password in a `services:` entry's own variables), whatever the
 *   value's case; an access key id or upload-only token; a value a comment calls a placeholder;
 * - medium: a guessable password, the policy every literal rule shares
 *   (src/detectors/password-policy.ts): a well-known or image default, lower-case words with at
 *   most a short number, a counting run or stand-in words;
 * - high (the rule's default): anything else.
 */
export function literalSeverity(value: string, context: LiteralContext): { severity?: 'low' | 'medium'; note: string } | null {
  const verdict = judgeLiteral(context.name, value);
  if (!verdict) return null;
  const password = /(PASSWORD|PASSWD|PASS|PWD)$/.test(normalizeName(context.name));
  if (isServiceContainerPassword(context.name, context.serviceImages ?? []) || (context.inService && password)) {
    return { severity: 'low', note: ` ${SERVICE_PASSWORD_NOTE}` };
  }
  if (verdict.severity === 'low') return { severity: 'low', note: verdict.note };
  if (context.placeholderComment) {
    return { severity: 'low', note: ' A comment beside it says it is a placeholder to replace, so it is reported at low: replace it with a masked CI/CD variable, not with the real value in this file.' };
  }
  return verdict.severity === 'medium' ? { severity: 'medium', note: verdict.note } : { note: '' };
}

/**
 * The kinds of file gitlab-ci-literal-variable reads: the URL detector leaves service-container passwords to it
 * in these only (src/detectors/ci-services.ts), so that every such password has a reporter.
 */
export function readsServiceUrls(kind: FileKind): boolean {
  return kind === 'gitlab-ci' || kind === 'yaml';
}
