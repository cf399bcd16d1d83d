import type { FileRule, RepositoryRule } from '../types.js';

/** The containers rules, one file each, registered here in a flat list. */
export const CONTAINER_RULES: readonly FileRule[] = [];
export const CONTAINER_REPOSITORY_RULES: readonly RepositoryRule[] = [];
