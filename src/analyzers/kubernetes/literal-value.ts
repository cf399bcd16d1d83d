import { isLiteralSecretValue as isLiteralShared } from '../secret-names.js';

/**
 * True when a value under a secret-like name is a literal worth reporting: not empty, not a
 * dummy test value, not a reference to something resolved at run time, not a placeholder and not
 * an encrypted value.
 */
export function isLiteralSecretValue(value: string): boolean {
  const v = value.trim();
  if (!isLiteralShared(v)) return false;
  if (REFERENCE.some((re) => re.test(v))) return false;
  if (PLACEHOLDER.some((re) => re.test(v))) return false;
  if (/^(true|false|yes|no|on|off|y|n)$/i.test(v)) return false;
  return true;
}

/** `$VAR`, `${VAR}`, `$(cmd)`, `${{ }}`, `{{ }}`, `%VAR%`, `#{var}`, SOPS, vals/Vault refs, paths. */
const REFERENCE = [
  /\$[A-Za-z_{(]/,
  /\{\{.*\}\}/s,
  /%[A-Za-z_][A-Za-z0-9_]*%/,
  /#\{[^}]+\}/,
  /^ENC\[[A-Z0-9_]+,/,
  /^ref\+[a-z0-9]+:\/\//,
  /^(vault|secret|secretsmanager|awssecretsmanager|gcpsm|azurekeyvault|op):(\/\/)?[\w/.-]+(#.*)?$/i,
  /^\/[\w.@/-]+$/,
  /^(\.{1,2}\/|~\/)[\w.@/-]*$/,
];

/** Values that only stand in for a real secret. */
const PLACEHOLDER = [
  /^<[^<>]*>$/,
  /^\[[^[\]]*\]$/,
  /^(x+|\*+|\.+|-+|#+|0+|1234(5678?)?|123456789?)$/i,
  /(\.\.\.|…)/,
  /^your/i,
  // A file name is the key of a Secret entry or a mounted file, not its content.
  /^[\w.-]+\.(json|ya?ml|pem|key|crt|cert|txt|conf|cfg|ini|properties|env|p12|pfx|jks|keystore|truststore)$/i,
  /^[a-z0-9-]+-(secret|secrets|credentials|creds)$/,
  /^-----BEGIN [A-Z ]+-----\s*-----END [A-Z ]+-----\s*$/,
  /[-_ ]here$/i,
  /^(change[-_ ]?me|change[-_ ]?it|replace[-_ ]?me|redacted|placeholder|tbd|undefined|n\/a|~|nil|empty|default|insert[-_ ].*|put[-_ ].*|set[-_ ]?me|secret[-_]?(value|key|token)?|password[0-9]*|passw0rd|pass|admin|root|user|guest|demo)$/i,
  /^(test|testing|dummy|fake|mock|sample|example|stub|local|dev)([-_.]|$)/i,
  /[-_.](test|dummy|fake|mock|sample|example|stub)$/i,
];
