import type { FileRule, RepositoryRule } from '../types.js';

/** The gitlab-ci rules, one file each, registered here in a flat list. */
export const GITLAB_CI_RULES: readonly FileRule[] = [];
export const GITLAB_CI_REPOSITORY_RULES: readonly RepositoryRule[] = [];
