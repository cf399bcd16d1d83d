import type { FileRule, RepositoryRule } from '../types.js';
import { envFileSecretRule } from './env-file-secret.js';
import { envIgnoreMissingRule } from './env-ignore-missing.js';
import { unprotectedEnvFileRule } from './unprotected-env-file.js';

/**
 * The env-files rules, one file each, registered here in a flat list. All three need the whole
 * repository (which files git tracks or ignores, and what configuration uses as env files), so
 * they are repository rules sharing one per-scan state (state.ts).
 */
export const ENV_FILE_RULES: readonly FileRule[] = [];
export const ENV_FILE_REPOSITORY_RULES: readonly RepositoryRule[] = [unprotectedEnvFileRule, envFileSecretRule, envIgnoreMissingRule];
