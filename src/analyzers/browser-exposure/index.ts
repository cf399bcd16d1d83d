import type { FileRule, RepositoryRule } from '../types.js';
import { dangerouslyAllowBrowserRule } from './dangerously-allow-browser.js';
import { publicEnvApiKeyRule } from './public-env-api-key.js';
import { publicPrefixSecretRule } from './public-prefix-secret.js';
import { staticSiteSecretRule } from './static-site-secret.js';

/** Keys that reach the browser: public env prefixes, static builds fed from secrets, client-side SDK use. */
export const BROWSER_EXPOSURE_RULES: readonly FileRule[] = [publicPrefixSecretRule, staticSiteSecretRule, dangerouslyAllowBrowserRule, publicEnvApiKeyRule];
export const BROWSER_EXPOSURE_REPOSITORY_RULES: readonly RepositoryRule[] = [];
