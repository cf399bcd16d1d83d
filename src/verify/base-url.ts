/**
 * Base URLs: HTTPS for every built-in endpoint; an override (environment variable or option) may
 * be plain HTTP only on loopback, so that a key never crosses a network in clear text.
 */
import { ConfigurationError } from '../core/errors.js';
import { VERIFIERS } from './providers/index.js';
import { PROVIDERS, type Provider } from './types.js';

export type BaseUrls = Record<Provider, URL>;

/** The environment variable that overrides each provider's base URL. */
export const BASE_URL_ENV_VARS: Readonly<Record<Provider, string>> = Object.fromEntries(
  PROVIDERS.map((p) => [p, VERIFIERS[p].envVar]),
) as Record<Provider, string>;

/**
 * Every provider's base URL: `overrides` first, then `env`, then the built-in default.
 * Throws a ConfigurationError naming the variable for any override that is not acceptable.
 */
export function resolveBaseUrls(
  env: Readonly<Record<string, string | undefined>> = {},
  overrides: Partial<Record<Provider, string>> = {},
): BaseUrls {
  const urls = {} as BaseUrls;
  for (const provider of PROVIDERS) {
    const verifier = VERIFIERS[provider];
    const fromOption = overrides[provider]?.trim();
    const fromEnv = env[verifier.envVar]?.trim();
    if (fromOption) urls[provider] = checkBaseUrl(fromOption, `the ${verifier.name} base URL`);
    else if (fromEnv) urls[provider] = checkBaseUrl(fromEnv, verifier.envVar);
    else urls[provider] = new URL(verifier.defaultBaseUrl);
  }
  return urls;
}

/** Parses and checks one base URL; `source` names where it came from, for the error message. */
export function checkBaseUrl(value: string, source: string): URL {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new ConfigurationError(`${source} is not a valid URL`);
  }
  if (url.username || url.password) throw new ConfigurationError(`${source} must not contain credentials`);
  if (url.search || url.hash) throw new ConfigurationError(`${source} must not contain a query or a fragment`);
  if (url.protocol === 'https:') return url;
  if (url.protocol === 'http:') {
    if (isLoopback(url.hostname)) return url;
    throw new ConfigurationError(
      `${source} (${url.origin}) uses plain HTTP on a non-loopback host: keys may only be sent over HTTPS, or over HTTP to 127.0.0.0/8, ::1 or localhost`,
    );
  }
  throw new ConfigurationError(`${source} must be an https:// URL (or http:// on loopback), not ${url.protocol}`);
}

/** 127.0.0.0/8, ::1 (also as an IPv4-mapped address) and localhost. `hostname` as URL gives it. */
export function isLoopback(hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/^\[|\]$/g, '');
  if (host === 'localhost' || host === '::1') return true;
  const v4 = /^(?:::ffff:)?(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(host);
  if (v4) return v4.slice(1).every((n) => Number(n) <= 255) && v4[1] === '127';
  // WHATWG URL writes an IPv4-mapped IPv6 address in hex: ::ffff:7f00:1.
  const mapped = /^::ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(host);
  return mapped !== null && parseInt(mapped[1]!, 16) >> 8 === 127;
}

/** The URL of `path` (which may carry a query) below `base`, keeping any path prefix of `base`. */
export function joinUrl(base: URL, path: string): URL {
  const url = new URL(base.href);
  const [pathname, query] = path.split('?', 2) as [string, string | undefined];
  url.pathname = base.pathname.replace(/\/+$/, '') + pathname;
  url.search = query === undefined ? '' : `?${query}`;
  return url;
}
