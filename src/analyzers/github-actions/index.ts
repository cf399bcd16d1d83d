import type { FileRule, RepositoryRule } from '../types.js';
import { allSecretsRule } from './all-secrets.js';
import { debugLoggingRule } from './debug-logging.js';
import { fromJsonSecretRule } from './fromjson-secret.js';
import { literalSecretRule } from './literal-secret.js';
import { secretInterpolatedInRunRule } from './secret-interpolated-in-run.js';
import { secretPrintedRule } from './secret-printed.js';
import { secretToGithubEnvRule } from './secret-to-github-env.js';
import { secretsInheritRule } from './secrets-inherit.js';
import { shellTraceRule } from './shell-trace.js';
import { unpinnedActionSecretsRule } from './unpinned-action-secrets.js';
import { untrustedCheckoutRule } from './untrusted-checkout.js';
import { untrustedSourceRule } from './untrusted-source.js';

/** The github-actions rules, one file each, registered here in a flat list. */
export const GITHUB_ACTIONS_RULES: readonly FileRule[] = [
  literalSecretRule,
  untrustedSourceRule,
  secretPrintedRule,
  shellTraceRule,
  secretInterpolatedInRunRule,
  allSecretsRule,
  fromJsonSecretRule,
  secretsInheritRule,
  untrustedCheckoutRule,
  unpinnedActionSecretsRule,
  debugLoggingRule,
  secretToGithubEnvRule,
];
export const GITHUB_ACTIONS_REPOSITORY_RULES: readonly RepositoryRule[] = [];
