import type { FileRule, RepositoryRule } from '../types.js';

/** The kubernetes rules, one file each, registered here in a flat list. */
export const KUBERNETES_RULES: readonly FileRule[] = [];
export const KUBERNETES_REPOSITORY_RULES: readonly RepositoryRule[] = [];
