/**
 * What a stored secret holds, judged by its name: teams keep flags, URLs, hosts and ids in the
 * secret store too (`SENTRY_ENABLED`, `API_URL`, `AWS_REGION`, `AWS_ACCESS_KEY_ID`). Printing or
 * tracing those is not the leak of a credential.
 */
import { normalizeName } from '../secret-names.js';

/** Settings and identifiers by name: a flag, a location, or an id that names an account or key. */
const SETTING = [
  /_(ENABLED|DISABLED|URL|URI|HOST|HOSTNAME|ENDPOINT|REGION|PORT|DOMAIN|BUCKET|ORG|ORGANIZATION|PROJECT|USER|USERNAME|LOGIN|EMAIL|NAME|ID|IDS|ARN|PATH|DIR|VERSION|MODE|TYPE|ENVIRONMENT)$/,
  /^(USE|ENABLE|DISABLE|IS|HAS|SKIP|RUN)_/,
  /^(URL|HOST|ENDPOINT|REGION|USERNAME|EMAIL)$/,
];

/** URLs that carry their credential: webhooks, database and broker connection strings, DSNs. */
const CREDENTIAL_URL = /(WEBHOOK_?URL|(DATABASE|(^|_)DB|POSTGRES|MYSQL|MONGO(DB)?|REDIS|AMQP|RABBITMQ|CONNECTION)_?(URL|URI)$|_DSN$)/;

/** False when the secret's name says it holds a setting (flag, URL, host, region) or an identifier. */
export function isCredentialSecretName(name: string): boolean {
  const normalized = normalizeName(name);
  if (CREDENTIAL_URL.test(normalized)) return true;
  return !SETTING.some((re) => re.test(normalized));
}
