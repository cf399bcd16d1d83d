import type { FileRule, RepositoryRule } from '../types.js';

/** The env-files rules, one file each, registered here in a flat list. */
export const ENV_FILE_RULES: readonly FileRule[] = [];
export const ENV_FILE_REPOSITORY_RULES: readonly RepositoryRule[] = [];
