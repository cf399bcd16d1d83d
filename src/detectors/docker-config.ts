/**
 * Docker config JSON (`~/.docker/config.json`, `kubernetes.io/dockerconfigjson` Secrets):
 * `auths.<registry>.auth` is base64 of `user:password`. Found in plain text, written inside a
 * string with escaped quotes (`DOCKER_AUTH_CONFIG={\"auths\": …}` in a runner config or a
 * variable, once or several times escaped), or, through the decoder, inside a base64
 * `.dockerconfigjson` value.
 */
import { isPlaceholder, isReference } from './placeholders.js';
import type { Detector, DetectorMatch } from './types.js';

/** The quotes may be escaped (`\"auth\"`, `\\\"auth\\\"`): a bounded run of backslashes keeps it linear. */
const AUTH = /"auth\\{0,8}"\s*:\s*\\{0,8}"([A-Za-z0-9+/]+={0,2})\\{0,8}"/g;
/** Passwords that documentation puts in example pull secrets (`user:pass`): not credentials. */
const STAND_IN = new Set(['pass', 'passwd', 'pwd', 'secret', 'token', 'guest', 'root', 'admin']);

export const dockerConfigAuthDetector: Detector = {
  id: 'docker-config-auth',
  provider: 'Container registry',
  grants: 'pushing and pulling images as the registry user in the docker config',
  keywords: ['auths'],
  severity: 'high',
  remediation:
    'Revoke the registry password or token, create a new one, and create the pull secret from the platform secret store (e.g. docker/login-action with ${{ secrets.REGISTRY_TOKEN }}) instead of committing it.',
  helpUri: 'https://kubernetes.io/docs/concepts/configuration/secret/#docker-config-secrets',
  validators: ['base64 user:password', 'placeholder'],
  find(text) {
    const matches: DetectorMatch[] = [];
    for (const m of text.matchAll(AUTH)) {
      const encoded = m[1]!;
      const decoded = Buffer.from(encoded, 'base64').toString('utf8');
      const colon = decoded.indexOf(':');
      if (colon < 1 || !/^[\x20-\x7e]+$/.test(decoded)) continue;
      const password = decoded.slice(colon + 1);
      if (password.length < 4 || STAND_IN.has(password.toLowerCase()) || isPlaceholder(password) || isReference(password)) continue;
      const start = m.index + m[0].indexOf('"', m[0].indexOf(':')) + 1;
      matches.push({ start, end: start + encoded.length, secret: decoded, prefix: '', kind: 'registry credentials (auth)', decodedFrom: ['base64'] });
    }
    return matches;
  },
};
