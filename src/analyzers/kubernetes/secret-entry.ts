import { isSecretValue } from '../../detectors/generic.js';
import { guessableReason, judgeLiteral } from '../../detectors/password-policy.js';
import { isLiteralSecretValue, isSecretLikeName, isStandInPlaceholder, limitedCredential, mayHoldSecretNames } from '../secret-names.js';
import { toSnakeCase } from './secret-name.js';

/**
 * Keys of a Secret's `data`/`stringData` that hold no credential: where and as whom to connect
 * (Argo CD repository and cluster Secrets: `url`, `type`, `name`, `project`, `username`,
 * `insecure`, `enableLfs`…), and public certificates. The last dotted segment is judged
 * (`discovery.sendtargets.auth.username_in`), in any spelling (`apiUsername`, `azurestorageaccountname`).
 */
const IDENTIFIER_KEY =
  /(^|_)(URL|URI|TYPE|NAME|PROJECT|HOST|HOSTNAME|PORT|USERNAME|USER|LOGIN|EMAIL|SERVER|NAMESPACE|INSECURE|REGION|ENDPOINT|ADDRESS|ID|PROXY|NO_PROXY|DATABASE|DB|SCHEME|PATH|BUCKET|ORG|ORGANIZATION|TENANT|SUBSCRIPTION|CLUSTER|CONTEXT|ZONE|DOMAIN|CRT|CERT|CERTIFICATE|CA|CA_DATA|CA_CERT|CA_BUNDLE)S?(_IN|_OUT)?$|^(ENABLE|DISABLE|FORCE|USE|SKIP|NO)_/;
const JOINED_IDENTIFIER = /(username|accountname|user|name|url|host|port|address|endpoint|server|namespace|region|crt|cert)$/;

export type EntryRole = 'identifier' | 'credential' | 'other';

/** What a Secret entry's key says it holds. */
export function secretEntryRole(key: string): EntryRole {
  const last = key.replace(/^\.+/, '').split('.').pop() ?? key;
  const snake = toSnakeCase(last).toUpperCase().replace(/[-\s]/g, '_');
  if (/^\.?docker(configjson|cfg)$/i.test(key)) return 'credential';
  if (isSecretLikeName(snake) || /(KEY|TOKEN|SECRET|PASS|PWD|PASSWORD|AUTH|CREDENTIALS?|HTPASSWD|PASSPHRASE)(_IN|_OUT)?$/.test(snake)) return 'credential';
  if (IDENTIFIER_KEY.test(snake) || (/^[a-z]+$/.test(last) && JOINED_IDENTIFIER.test(last))) return 'identifier';
  return 'other';
}

export interface EntryVerdict {
  severity: 'high' | 'medium' | 'low';
  /** Why, for the message. */
  why: string;
}

/**
 * The severity policy of k8s-secret-manifest for one value: high for key material (long and
 * random, a private key, or a JSON credential file), medium for a human-chosen or well-known
 * password (a guessable one, as every literal rule judges it, or one someone chose), low for an
 * access key id under its key (the id half of the pair), nothing for placeholders and documentation
 * values. `key` is the entry's key, when known.
 */
export function judgeCredential(value: string, key = ''): EntryVerdict | null {
  const v = value.trim();
  if (/-----BEGIN [A-Z ]*PRIVATE KEY-----\s*[A-Za-z0-9+/=]{40,}/.test(v)) return { severity: 'high', why: 'a private key' };
  if (/"private_key"\s*:\s*"-----BEGIN/.test(v)) return { severity: 'high', why: 'a service-account key file' };
  if (!isLiteralSecretValue(v)) {
    // `MYSQL_ROOT_PASSWORD: root`: the image's default, not a stand-in (the shared policy).
    return key !== '' && judgeLiteral(key, v) ? { severity: 'medium', why: 'a well-known default password' } : null;
  }
  if (isStandInPlaceholder(v)) return null;
  const limited = key === '' ? null : limitedCredential(key, v);
  if (limited?.kind === 'key-id') return { severity: 'low', why: 'an access key id, the id half of the pair: its secret half signs requests' };
  // A sentence that names what goes there (`shhhh! it's a GitHub secret`, Argo CD's argocd-secret sample).
  if (v.split(/\s+/).length >= 3 && /\b(secret|password|token|key|credentials?)\b/i.test(v)) return null;
  if (/^-----BEGIN/.test(v)) return null;
  const jwt = signedToken(v);
  if (jwt) return jwt;
  if (isKeyMaterial(v)) return { severity: 'high', why: 'a generated credential (long and random)' };
  const guessable = guessableReason(v);
  return { severity: 'medium', why: guessable ? `a guessable password (${guessable}): anyone can try it` : 'a human-chosen password' };
}

/** Header, payload and signature of a signed JWT (the signature is what makes it a credential). */
const JWT = /^eyJ[A-Za-z0-9_-]{8,}\.(eyJ[A-Za-z0-9_-]{8,})\.[A-Za-z0-9_-]{20,}$/;

/**
 * A signed JWT is a bearer credential a service issued (its dots and its length kept it out of
 * `isKeyMaterial`, and it was judged "a human-chosen password"): high. The jwt.io sample (subject
 * `1234567890`) is documentation: medium, like other well-known values.
 */
function signedToken(value: string): EntryVerdict | null {
  const m = JWT.exec(value);
  if (!m) return null;
  let claims: unknown = null;
  try {
    claims = JSON.parse(Buffer.from(m[1]!, 'base64url').toString('utf8'));
  } catch {
    return null;
  }
  if (typeof claims !== 'object' || claims === null) return null;
  if ((claims as Record<string, unknown>)['sub'] === '1234567890') return { severity: 'medium', why: 'the documentation sample JWT' };
  return { severity: 'high', why: 'a signed token (a JWT), a bearer credential issued by a service' };
}

/** Long and random: issued by a machine, not chosen by a person (`Gh-deploy-2024!` is the latter). */
export function isKeyMaterial(value: string): boolean {
  return value.length >= 20 && isSecretValue(value);
}

/** `name: value`, `"name": "value"`, `name = value` pairs inside a file kept in a Secret. */
const PAIR = /["']?([A-Za-z_][\w.-]*)["']?[ \t]*[:=][ \t]*(?:"([^"\n]*)"|'([^'\n]*)'|([^\s,}"']+))/g;

/**
 * A file kept in a Secret (`config.json`, `grafana.ini`, an Argo CD cluster `config`): judged by
 * the credentials it holds under secret-like names; none, or only placeholders, is no finding.
 */
export function judgeFile(value: string): EntryVerdict | null {
  if (!mayHoldSecretNames(value)) return null;
  let best: EntryVerdict | null = null;
  for (const m of value.matchAll(PAIR)) {
    if (secretEntryRole(m[1]!) !== 'credential') continue;
    const verdict = judgeCredential(m[2] ?? m[3] ?? m[4]!, m[1]!);
    if (verdict && (!best || verdict.severity === 'high')) best = { severity: verdict.severity, why: `${m[1]} holds ${verdict.why}` };
  }
  return best;
}

/** `scheme://user:password@host`: the password of a connection URL. */
export function urlPassword(value: string): string | null {
  const m = /^[a-z][a-z0-9+.-]*:\/\/[^/:@\s]+:([^@\s/]+)@/i.exec(value.trim());
  if (!m) return null;
  try {
    return decodeURIComponent(m[1]!);
  } catch {
    return m[1]!;
  }
}
