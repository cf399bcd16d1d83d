import type { FileRule, RepositoryRule } from '../types.js';

/** The github-actions rules, one file each, registered here in a flat list. */
export const GITHUB_ACTIONS_RULES: readonly FileRule[] = [];
export const GITHUB_ACTIONS_REPOSITORY_RULES: readonly RepositoryRule[] = [];
