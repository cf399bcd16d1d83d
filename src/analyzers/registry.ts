import { BROWSER_EXPOSURE_REPOSITORY_RULES, BROWSER_EXPOSURE_RULES } from './browser-exposure/index.js';
import { COMMAND_RULES } from './commands/index.js';
import { CONTAINER_REPOSITORY_RULES, CONTAINER_RULES } from './containers/index.js';
import { ENV_FILE_REPOSITORY_RULES, ENV_FILE_RULES } from './env-files/index.js';
import { GITHUB_ACTIONS_REPOSITORY_RULES, GITHUB_ACTIONS_RULES } from './github-actions/index.js';
import { GITLAB_CI_REPOSITORY_RULES, GITLAB_CI_RULES } from './gitlab-ci/index.js';
import { KUBERNETES_REPOSITORY_RULES, KUBERNETES_RULES } from './kubernetes/index.js';
import { customDetectorsRule } from './custom-detectors.js';
import { hardcodedSecretRule, secretInPathRule } from './text.js';
import type { FileRule, RepositoryRule, RuleMeta } from './types.js';
import { CATEGORIES } from '../core/finding.js';

/** The flat list of rules every scan runs. Each area registers its rules in its own index.ts. */
export const FILE_RULES: readonly FileRule[] = [
  hardcodedSecretRule,
  ...GITHUB_ACTIONS_RULES,
  ...GITLAB_CI_RULES,
  ...KUBERNETES_RULES,
  ...CONTAINER_RULES,
  ...ENV_FILE_RULES,
  ...BROWSER_EXPOSURE_RULES,
  ...COMMAND_RULES,
  customDetectorsRule,
];

export const REPOSITORY_RULES: readonly RepositoryRule[] = [
  secretInPathRule,
  ...GITHUB_ACTIONS_REPOSITORY_RULES,
  ...GITLAB_CI_REPOSITORY_RULES,
  ...KUBERNETES_REPOSITORY_RULES,
  ...CONTAINER_REPOSITORY_RULES,
  ...ENV_FILE_REPOSITORY_RULES,
  ...BROWSER_EXPOSURE_REPOSITORY_RULES,
];

/** Metadata of every rule id a finding can carry (for SARIF and documentation). */
/** Ids a custom or imported rule may not take: every built-in rule, every category, and `taken`. */
export function reservedRuleIds(taken: readonly string[] = []): string[] {
  return [...allRuleMeta().map((m) => m.id), ...CATEGORIES, ...taken];
}

export function allRuleMeta(): RuleMeta[] {
  const byId = new Map<string, RuleMeta>();
  for (const rule of [...FILE_RULES, ...REPOSITORY_RULES]) {
    for (const meta of rule.reports ?? [rule.meta]) byId.set(meta.id, meta);
  }
  return [...byId.values()];
}
