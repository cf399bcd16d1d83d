import type { Settings } from '../../core/settings.js';
import { isSecretLikeName } from '../secret-names.js';

/**
 * Structured configs (Helm values, manifests) name keys in camelCase, and use secret-like words
 * for keys that only point at a secret (`existingSecret`, `secretName`, `passwordKey`).
 */
const REFERENCE_KEYS = [
  /(^|_)EXISTING_/,
  // etcd's bootstrap identifier, not a credential.
  /^(ETCD_)?INITIAL_CLUSTER_TOKEN$/,
  /_REFS?$/,
  /SECRET_(KEY_)?NAMES?$/,
  /(PASSWORD|TOKEN|CREDENTIALS?)_KEYS?$/,
  /(^|_)(TLS|CERT|CERTS|CA|KEY|PASSWORD|TOKEN|CREDENTIALS?)_SECRET$/,
  /(PASSWORDS?|TOKENS?|CREDENTIALS?)_SECRETS?_/,
  // Settings about secrets: `secretFieldSelector: "type!=kubernetes.io/dockercfg"` picks which to watch.
  /_(POLICY|MODE|ANNOTATIONS?|LABELS?|PROVIDER|SOURCE|MOUNT|VOLUME|DIR|PREFIX|SUFFIX|FORMAT|PATTERN|REGEX|SIZE|COUNT|TIMEOUT|ENV|ENVS|ALG|ALGORITHM|CONFIG|ISSUER|ROTATION|SELECTORS?)$/,
];

export function toSnakeCase(name: string): string {
  return name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').replace(/([A-Z])(?=[A-Z][a-z])/g, '$1_');
}

/** isSecretLikeName for keys of structured configs, honouring `settings.secretNames`. */
export function isSecretLikeKey(name: string, settings: Pick<Settings, 'secretNames'>): boolean {
  const snake = toSnakeCase(name).toUpperCase().replace(/[-.\s]/g, '_');
  const { extra, ignore } = settings.secretNames;
  const ignored = (n: string) => !isSecretLikeName(n, { ignore, extra: ['*'] });
  if (ignore.length > 0 && (ignored(snake) || ignored(name))) return false;
  if (extra.length > 0 && isSecretLikeName(snake, { extra }) && !isSecretLikeName(snake)) return true;
  if (!isSecretLikeName(snake)) return false;
  return !REFERENCE_KEYS.some((re) => re.test(snake));
}
