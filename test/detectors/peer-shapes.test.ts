/**
 * Classes added after scoring the scanner on gitleaks' and trufflehog's own rule-test examples
 * (bench/PEERS.md): each is found at its exact place with generated values, and the lookalikes
 * those peers list as false positives are not.
 */
import { describe, expect, it } from 'vitest';
import { findSecretsInText } from '../../src/analyzers/text.js';
import { LineIndex } from '../../src/core/text-position.js';
import { digestOf, isPublishedGoogleExample } from '../../src/detectors/published-examples.js';
import { isPlaceholder } from '../../src/detectors/placeholders.js';
import { base64, gcpServiceAccountJson, generateKey, pemPrivateKey, randomBody, randomString } from '../helpers/keys.js';

function scan(text: string, path = 'config.env') {
  return findSecretsInText({ path, text, lines: new LineIndex(text) }, { decodeDepth: 3 }).map((f) => `${f.ruleId} ${f.severity} ${f.line}:${f.column}-${f.endLine}:${f.endColumn}`);
}

describe('Slack tokens with a workspace id and one shorter secret group', () => {
  it('finds bot and refresh tokens of that shape at their exact range', () => {
    const bot = generateKey('slack:xoxb-short');
    const refresh = generateKey('slack:xoxr-short');
    expect(scan(`slack token - '${bot}'\nslack token - '${refresh}'\n`)).toEqual([
      `slack-token high 1:16-1:${16 + bot.length}`,
      `slack-token high 2:16-2:${16 + refresh.length}`,
    ]);
  });

  it('passes short ids, masked groups, and a secret group of digits or letters only', () => {
    expect(scan(`a = "xoxb-12345-abcd234"\nb = "xoxp-1234567890"\nc = "xoxb-${randomString(11, '0123456789')}-${randomString(14, '0123456789')}"\nd = "xoxb-${randomString(11, '0123456789')}-${randomString(14, 'abcdefghijklmnopqrstuvwxyz')}"\n`)).toEqual([]);
    expect(scan(`e = "xoxp-${randomString(12, '0123456789')}-${randomString(12, '0123456789')}-${randomString(12, '0123456789')}-####"\n`)).toEqual([]);
  });
});

describe('Stripe keys with the prod environment word', () => {
  it('reports sk_prod_ and rk_prod_ as live keys', () => {
    const sk = generateKey('stripe:sk-prod');
    const rk = generateKey('stripe:rk-prod');
    expect(scan(`STRIPE_KEY=${sk}\nRESTRICTED=${rk}\n`)).toEqual([`stripe-live-key critical 1:12-1:${12 + sk.length}`, `stripe-live-key critical 2:12-2:${12 + rk.length}`]);
  });

  it('does not read a word that merely ends in _prod_ as a key', () => {
    // (The generic rule may still call a random value under a token name a secret.)
    expect(scan(`nonMatchingToken := "task_prod_${randomString(30)}"\n`).filter((f) => f.startsWith('stripe'))).toEqual([]);
  });
});

describe('legacy npm tokens under a two-word name', () => {
  it('finds the UUID after `npmtoken token =`', () => {
    const token = generateKey('npm:legacy');
    expect(scan(`npmtoken token = '${token}'\n`)).toEqual([`npm-legacy-token critical 1:19-1:${19 + token.length}`]);
  });

  it('does not take a UUID far from any npm token name', () => {
    expect(scan(`npmtoken keyword is not close to the real key in the data\n = '${generateKey('npm:legacy')}'\n`)).toEqual([]);
  });
});

describe('AWS secret keys beside a key id whose digits are outside the AWS alphabet', () => {
  it('finds the secret, and never reports the loose id', () => {
    const id = generateKey('aws:id-loose');
    const secret = generateKey('aws:secret');
    const findings = scan(`aws credentials{\n  id: ${id}\n  secret: .${secret};\n}\n`);
    expect(findings).toEqual([`aws-secret-access-key critical 3:12-3:52`]);
  });

  it('needs the id: 40 characters alone under `secret:` are not an AWS key', () => {
    expect(scan(`credentials{\n  secret: .${generateKey('aws:secret')};\n}\n`).filter((f) => f.startsWith('aws'))).toEqual([]);
  });
});

describe('GitHub classic tokens in an `Authorization: token` header', () => {
  it('finds 40 hex after `Authorization: token` with GitHub named on the line', () => {
    const token = generateKey('github:legacy');
    const line = `curl -H "Authorization: token ${token}" https://api.github.com/user`;
    expect(scan(`${line}\n`, 'notes.txt')).toEqual([`github-legacy-token high 1:31-1:71`]);
  });

  it('passes the same header for another service (Django REST framework sends 40 hex the same way)', () => {
    expect(scan(`curl -H "Authorization: Token ${generateKey('github:legacy')}" https://api.shop.internal/orders\n`, 'notes.txt')).toEqual([]);
  });
});

describe('published example keys and camelCase stand-ins', () => {
  it('matches a key by the digest of its whole text only', () => {
    const key = generateKey('google:api');
    expect(digestOf(key)).toMatch(/^[0-9a-f]{16}$/);
    // One character changed (never to itself: a key may already end in x).
    const changed = `${key.slice(0, -1)}${key.endsWith('x') ? 'y' : 'x'}`;
    expect(digestOf(key)).not.toBe(digestOf(changed));
    // A freshly generated key is never one of the SDK's published examples.
    expect(isPublishedGoogleExample(key)).toBe(false);
    expect(scan(`key: ${key}\n`)).toEqual([`google-api-key high 1:6-1:45`]);
  });

  it('reads a provider prefix followed by a camelCase word as a placeholder', () => {
    expect(isPlaceholder('sk-ant-oat01-tooShort')).toBe(true);
    expect(isPlaceholder('xoxb-myBotToken')).toBe(true);
    expect(scan('anthropic_token = "sk-ant-oat01-tooShort"\n')).toEqual([]);
    // randomBody: a plain random body spells `test` or `your` (placeholder words anywhere) about one time in 5,000.
    expect(isPlaceholder(`sk-ant-oat01-${randomBody(40)}`)).toBe(false);
  });
});

/** Where `needle` sits in a one-line `text`: `start-end` columns, 1-based, end exclusive. */
function columns(text: string, needle: string): string {
  const at = text.indexOf(needle);
  if (at < 0) throw new Error('needle not in text');
  return `1:${at + 1}-1:${at + 1 + needle.length}`;
}

describe('docker config JSON written inside a string, with escaped quotes', () => {
  it('finds the auth value once escaped (a runner environment) and escaped twice', () => {
    const auth = generateKey('docker:auth');
    const once = `  environment = ["DOCKER_AUTH_CONFIG={\\"auths\\":{\\"registry.internal:5000\\":{\\"auth\\":\\"${auth}\\"}}}"]`;
    const twice = once.replace(/\\"/g, '\\\\\\"');
    expect(once).toContain(`\\"auth\\":\\"${auth}`);
    expect(twice).toContain(`\\\\\\"auth\\\\\\":\\\\\\"${auth}`);
    expect(scan(`${once}\n`)).toEqual([`docker-config-auth high ${columns(once, auth)}`]);
    expect(scan(`${twice}\n`)).toEqual([`docker-config-auth high ${columns(twice, auth)}`]);
  });

  it('passes escaped auth values that hold a variable, a stand-in or a three-character password', () => {
    for (const decoded of ['deploy:${REGISTRY_PASSWORD}', 'my_username:my_password', '123:123', 'user:pass']) {
      const line = `DOCKER_AUTH_CONFIG={\\"auths\\":{\\"registry.internal\\":{\\"auth\\":\\"${base64(decoded)}\\"}}}`;
      expect(scan(`${line}\n`)).toEqual([]);
    }
  });

  it('passes a documentation pull secret of user:pass, unescaped as well', () => {
    expect(scan(`pull secret: '{"auths":{"":{"auth":"${base64('user:pass')}"}}}'\n`)).toEqual([]);
  });
});

describe('a GCP service-account key file written inside a JSON string', () => {
  it('finds the private key of the escaped key file, from BEGIN to END', () => {
    const text = JSON.stringify({ credentials: gcpServiceAccountJson() });
    expect(text).toContain('\\"type\\": \\"service_account\\"');
    const start = text.indexOf('-----BEGIN PRIVATE KEY-----');
    const endMarker = '-----END PRIVATE KEY-----';
    const end = text.indexOf(endMarker) + endMarker.length;
    expect(scan(`${text}\n`, 'settings.json')).toEqual([`gcp-service-account-key critical 1:${start + 1}-1:${end + 1}`]);
  });

  it('passes an escaped key file whose key is cut short', () => {
    const cut = JSON.stringify({ type: 'service_account', private_key: '-----BEGIN PRIVATE KEY-----\nMIIEvAIBADANBgkqhkiG9w0BAQEFAASC...\n-----END PRIVATE KEY-----\n' });
    expect(scan(`${JSON.stringify({ credentials: cut })}\n`, 'settings.json')).toEqual([]);
  });
});

describe('a PEM key escaped twice (a JSON string inside a JSON string)', () => {
  it('reads `\\\\n` as a line break and reports the whole block', () => {
    const pem = pemPrivateKey('RSA PRIVATE KEY');
    const inner = JSON.stringify({ key: pem });
    const text = JSON.stringify({ config: inner });
    expect(text).toContain('-----\\\\n');
    const start = text.indexOf('-----BEGIN');
    const end = text.indexOf('-----END RSA PRIVATE KEY-----') + '-----END RSA PRIVATE KEY-----'.length;
    expect(scan(`${text}\n`, 'settings.json')).toEqual([`private-key critical 1:${start + 1}-1:${end + 1}`]);
  });

  it('passes a twice-escaped block with too little key material', () => {
    const text = JSON.stringify({ config: JSON.stringify({ key: `-----BEGIN RSA PRIVATE KEY-----\n${randomBody(40)}\n-----END RSA PRIVATE KEY-----` }) });
    expect(scan(`${text}\n`, 'settings.json')).toEqual([]);
  });
});
