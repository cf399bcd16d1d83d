/**
 * Shared vocabulary of the browser-exposure rules: the env prefixes front-end build tools inline
 * into client code, which names under them hold secrets, and the advice every finding gives.
 */
import type { Settings } from '../../core/settings.js';
import { isSecretLikeName, normalizeName } from '../secret-names.js';

export const BROWSER_HELP = 'https://github.com/openai-secret-lint/openai-secret-lint/blob/main/docs/rules/browser-exposure.md';

/** Prefix -> the tool that inlines variables carrying it. Longer prefixes first. */
export const PUBLIC_PREFIXES: readonly { prefix: string; tool: string }[] = [
  { prefix: 'NEXT_PUBLIC_', tool: 'Next.js' },
  { prefix: 'EXPO_PUBLIC_', tool: 'Expo' },
  { prefix: 'NUXT_PUBLIC_', tool: 'Nuxt' },
  { prefix: 'REACT_APP_', tool: 'Create React App' },
  { prefix: 'VUE_APP_', tool: 'Vue CLI' },
  { prefix: 'NG_APP_', tool: 'Angular (@ngx-env)' },
  { prefix: 'GATSBY_', tool: 'Gatsby' },
  { prefix: 'VITE_', tool: 'Vite' },
  { prefix: 'PUBLIC_', tool: 'SvelteKit (like Astro)' },
];

/** Cheap keyword prefilter: a file without any public prefix has nothing for the variable rules. */
export const ANY_PUBLIC_PREFIX = /NEXT_PUBLIC_|EXPO_PUBLIC_|NUXT_PUBLIC_|REACT_APP_|VUE_APP_|NG_APP_|GATSBY_|VITE_|PUBLIC_/;

export interface PublicName {
  name: string;
  prefix: string;
  tool: string;
  /** The name without its public prefix (`VITE_OPENAI_API_KEY` -> `OPENAI_API_KEY`). */
  bare: string;
}

/** The public prefix of an env variable name (case-sensitive, as the tools match it), or null. */
export function publicPrefixOf(name: string): PublicName | null {
  for (const { prefix, tool } of PUBLIC_PREFIXES) {
    if (name.startsWith(prefix) && name.length > prefix.length) return { name, prefix, tool, bare: name.slice(prefix.length) };
  }
  return null;
}

/**
 * Keys that providers issue to be shipped to browsers (restricted by referrer, origin or scope):
 * a public prefix on them is the intended use, not a leak.
 */
const PUBLISHABLE_BY_DESIGN = [
  /PUBLISHABLE/,
  /ANON(YMOUS)?_KEY$/,
  /SITE_?KEY$/,
  /^FIREBASE_.*API_KEY$/,
  /^(GOOGLE_)?MAPS?_.*(API_)?KEY$/,
  /^GOOGLE_MAPS/,
  /^ALGOLIA_.*SEARCH/,
  /^MAPBOX_.*TOKEN$/,
  // Client-side analytics and messaging keys (their personal, admin or server tokens stay secret).
  /^(POSTHOG|AMPLITUDE|MIXPANEL|SEGMENT|DATADOG_RUM|HEAP|HOTJAR|PUSHER|INTERCOM|LOGROCKET|GA|GTAG|GTM)_(?!.*(PERSONAL|SECRET|ADMIN|SERVER|MANAGEMENT|AUTH_TOKEN))/,
  /^PUBLIC_?KEY$/,
];

/** True for a public-prefixed name whose bare name is secret-like and not publishable by design. */
export function exposedSecretName(name: string, settings: Pick<Settings, 'secretNames'>): PublicName | null {
  const found = publicPrefixOf(name);
  if (!found) return null;
  const { extra, ignore } = settings.secretNames;
  if (ignore.length > 0 && (!isSecretLikeName(name, { ignore, extra: ['*'] }) || !isSecretLikeName(found.bare, { ignore, extra: ['*'] }))) return null;
  if (!isSecretLikeName(found.bare, { extra })) return null;
  const bare = normalizeName(found.bare);
  if (PUBLISHABLE_BY_DESIGN.some((re) => re.test(bare))) return null;
  return found;
}

export function whyExposed(p: PublicName): string {
  return `${p.tool} inlines every variable starting with ${p.prefix} into the client bundle at build time, so its value is compiled into JavaScript that every visitor downloads and can read.`;
}

export function remediationFor(p: PublicName): string {
  return (
    `Keep the key in a server-side variable without the public prefix (${p.bare}), call the provider from a server route or proxy that checks the user and enforces per-user quotas, ` +
    `and rotate the key if a build that contained it was ever deployed.`
  );
}

export const CLIENT_REMEDIATION =
  'Do not call the provider from the browser with your key: move the call to a server route or proxy that holds the key in a server-side variable (without a public prefix), checks the user and enforces per-user quotas; rotate the key if this code was ever deployed.';
