import type { FileRule, RepositoryRule } from '../types.js';

/** Keys that reach the browser: public env prefixes, static builds fed from secrets, client-side SDK use. */
export const BROWSER_EXPOSURE_RULES: readonly FileRule[] = [];
export const BROWSER_EXPOSURE_REPOSITORY_RULES: readonly RepositoryRule[] = [];
