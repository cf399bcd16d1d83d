/**
 * What a stored secret holds, judged by its name: teams keep flags, URLs, hosts and ids in the
 * secret store too (`SENTRY_ENABLED`, `API_URL`, `AWS_REGION`, `AWS_ACCESS_KEY_ID`). Printing,
 * tracing or interpolating those is not the leak of a credential. The name lists are shared
 * (`isSettingName` in the secret-name module).
 */
import { isSettingName } from '../secret-names.js';

/** False when the secret's name says it holds a setting (flag, URL, host, region, user) or an identifier. */
export function isCredentialSecretName(name: string): boolean {
  return !isSettingName(name);
}
