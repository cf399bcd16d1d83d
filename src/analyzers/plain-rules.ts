/**
 * The rules a scan of plain files runs (kind 'other': sources, scripts, notes), without the
 * structural ones: those apply only to files of other kinds, which YAML and the full rule list
 * come with (src/analyzers/active-rules.ts, loaded by src/core/libraries.ts). A pre-commit scan of
 * a Python change then never loads the GitHub Actions, GitLab CI and Kubernetes analyzers.
 * test/core/plain-rules.test.ts holds this list to FILE_RULES: the same rules in the same
 * order, and no other rule applying to a plain file.
 */
import { dangerouslyAllowBrowserRule } from './browser-exposure/dangerously-allow-browser.js';
import { publicEnvApiKeyRule } from './browser-exposure/public-env-api-key.js';
import { COMMAND_RULES } from './commands/index.js';
import { customDetectorsRule } from './custom-detectors.js';
import { ENV_FILE_REPOSITORY_RULES } from './env-files/index.js';
import { kustomizeGeneratorSourceRule } from './kubernetes/kustomize-sources.js';
import { hardcodedSecretRule, secretInPathRule } from './text.js';
import type { FileRule, RepositoryRule } from './types.js';

/** In FILE_RULES order. */
export const PLAIN_FILE_RULES: readonly FileRule[] = [hardcodedSecretRule, kustomizeGeneratorSourceRule, dangerouslyAllowBrowserRule, publicEnvApiKeyRule, ...COMMAND_RULES, customDetectorsRule];

/** Every repository rule (only the env-file area has any); the registry lists these. */
export const REPOSITORY_RULES: readonly RepositoryRule[] = [secretInPathRule, ...ENV_FILE_REPOSITORY_RULES];
