import { BROWSER_EXPOSURE_RULES } from './browser-exposure/index.js';
import { COMMAND_RULES } from './commands/index.js';
import { CONTAINER_RULES } from './containers/index.js';
import { ENV_FILE_RULES } from './env-files/index.js';
import { GITHUB_ACTIONS_RULES } from './github-actions/index.js';
import { GITLAB_CI_RULES } from './gitlab-ci/index.js';
import { KUBERNETES_RULES } from './kubernetes/index.js';
import { customDetectorsRule } from './custom-detectors.js';
import { REPOSITORY_RULES } from './plain-rules.js';
import { hardcodedSecretRule } from './text.js';
import type { FileRule, RuleMeta } from './types.js';
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

/** Every repository rule, defined beside the plain-file rules (all of them are light). */
export { REPOSITORY_RULES };

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
