const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/** Strict base64 (whitespace allowed between characters, as in `data:` block scalars), or null. */
export function decodeBase64(value: string): string | null {
  const compact = value.replace(/\s+/g, '');
  if (compact.length === 0 || compact.length % 4 === 1 || !BASE64.test(compact)) return null;
  return Buffer.from(compact, 'base64').toString('utf8');
}

export interface RegistryAuth {
  registry: string;
  username: string;
  password: string;
  /** How the password was reached below the config JSON itself. */
  viaAuth: boolean;
}

/** The credentials of a Docker config JSON (`.dockerconfigjson`, or the older `.dockercfg` map). */
export function registryAuths(json: string): RegistryAuth[] | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    return null;
  }
  if (!isRecord(parsed)) return null;
  const auths = isRecord(parsed.auths) ? parsed.auths : parsed;
  const out: RegistryAuth[] = [];
  for (const [registry, entry] of Object.entries(auths)) {
    if (!isRecord(entry)) continue;
    if (typeof entry.password === 'string' && entry.password !== '') {
      out.push({ registry, username: typeof entry.username === 'string' ? entry.username : '', password: entry.password, viaAuth: false });
    } else if (typeof entry.auth === 'string') {
      const decoded = decodeBase64(entry.auth);
      const colon = decoded?.indexOf(':') ?? -1;
      if (decoded && colon > 0) out.push({ registry, username: decoded.slice(0, colon), password: decoded.slice(colon + 1), viaAuth: true });
    }
  }
  return out;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
