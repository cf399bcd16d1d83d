/**
 * Detectors that need their provider's setting around a common shape (32/40 hex, a UUID, an
 * `AIza` key) and the prefixed classes added beside them: each is found with its context at the
 * exact place, and the same shape without the context is not reported.
 */
import { describe, expect, it } from 'vitest';
import { findSecretsInText } from '../../src/analyzers/text.js';
import { LineIndex } from '../../src/core/text-position.js';
import { HEX, generateKey, randomString } from '../helpers/keys.js';

function scan(text: string, path = 'config.env') {
  return findSecretsInText({ path, text, lines: new LineIndex(text) }, { decodeDepth: 3 }).map((f) => ({
    ruleId: f.ruleId,
    severity: f.severity,
    line: f.line,
    column: f.column,
    message: f.message,
  }));
}

const accountSid = () => ['A', 'C'].join('') + randomString(32, HEX);
const apiKeySid = () => ['S', 'K'].join('') + randomString(32, HEX);

describe('Twilio', () => {
  it('finds the auth token beside its account SID without any Twilio word, and not the SID', () => {
    const token = generateKey('twilio:auth-token');
    const findings = scan(`sid = "${accountSid()}"\nauth = "${token}"\n`);
    expect(findings).toEqual([expect.objectContaining({ ruleId: 'twilio-auth-token', severity: 'critical', line: 2, column: 9 })]);
  });

  it('does not report 32 hex characters with neither a SID nor a Twilio name around', () => {
    expect(scan(`auth = "${generateKey('twilio:auth-token')}"\nchecksum_md5 = "${randomString(32, HEX)}"\n`)).toEqual([]);
    expect(scan(`TWILIO_ACCOUNT_SID=${accountSid()}\n`)).toEqual([]);
  });

  it('finds the API key secret beside its key SID, the SID under its own rule', () => {
    const secret = generateKey('twilio:api-secret');
    const findings = scan(`key = "${apiKeySid()}"\nvalue = "${secret}"\n`);
    expect(findings.map((f) => [f.ruleId, f.line, f.column])).toEqual([
      ['twilio-api-key', 1, 8],
      ['twilio-api-key-secret', 2, 10],
    ]);
  });
});

describe('legacy GitHub tokens', () => {
  it('are found under a GitHub credential name on their own line', () => {
    const token = generateKey('github:legacy');
    expect(scan(`export GITHUB_OAUTH_TOKEN=${token}\n`, 'deploy.sh')).toEqual([
      expect.objectContaining({ ruleId: 'github-legacy-token', line: 1, column: 27 }),
    ]);
  });

  it('leave commit SHAs alone, even a line below a token name', () => {
    const sha = generateKey('github:legacy');
    expect(scan(`# GITHUB_TOKEN is injected\nref: ${sha}\nuses: actions/checkout@${sha}\nGITHUB_SHA=${sha}\ngithub_token_sha: ${sha}\n`, 'ci.yml')).toEqual([]);
    // Pinned actions whose names mention GitHub tokens are refs, not assignments.
    expect(scan(`steps:\n  - uses: actions/create-github-app-token@${sha} # v2\n  - uses: org/github-app-auth-action@${sha}\n`, 'ci.yml')).toEqual([]);
  });
});

describe('legacy npm tokens', () => {
  it('are found after _authToken in an .npmrc', () => {
    const token = generateKey('npm:legacy');
    expect(scan(`always-auth=true\n//registry.npmjs.org/:_authToken=${token}\n`, '.npmrc')).toEqual([
      expect.objectContaining({ ruleId: 'npm-legacy-token', severity: 'critical', line: 2, column: 34 }),
    ]);
  });

  it('are found in Nexus NpmToken form and under npm token names', () => {
    const a = generateKey('npm:legacy');
    const b = generateKey('npm:legacy');
    const text = `//nexus.internal/repository/npm/:_authToken=NpmToken.${a}\nENV NPM_TOKEN "${b}"\n`;
    expect(scan(text, 'Dockerfile').map((f) => [f.ruleId, f.line, f.column])).toEqual([
      ['npm-legacy-token', 1, 54],
      ['npm-legacy-token', 2, 16],
    ]);
  });

  it('leave UUIDs under other names and zero UUIDs alone', () => {
    expect(scan(`request_id=${generateKey('npm:legacy')}\n//registry.npmjs.org/:_authToken=00000000-0000-0000-0000-000000000000\n`, '.npmrc')).toEqual([]);
  });
});

describe('AppSync and Firebase keys', () => {
  it('report an AppSync key in an AppSync client, not a da2- word elsewhere', () => {
    const key = generateKey('aws:appsync');
    expect(scan(`const appsync = { apiKey: '${key}' };\n`, 'client.js')).toEqual([
      expect.objectContaining({ ruleId: 'aws-appsync-api-key', severity: 'medium', line: 1, column: 28 }),
    ]);
    expect(scan(`artifact: ${key}\n`, 'build.yml')).toEqual([]);
  });

  it('report a key in a Firebase config once, at low severity, saying it is public by design', () => {
    const key = generateKey('firebase:web');
    const findings = scan(`const firebaseConfig = {\n  apiKey: "${key}",\n  authDomain: "demo.firebaseapp.com",\n};\n`, 'firebase.js');
    expect(findings).toEqual([expect.objectContaining({ ruleId: 'firebase-web-api-key', severity: 'low', line: 2, column: 12 })]);
    expect(findings[0]!.message).toMatch(/public by design/);
  });

  it('keep the same key outside a Firebase config a high Google API key', () => {
    const key = generateKey('firebase:web');
    expect(scan(`GOOGLE_API_KEY=${key}\n`)).toEqual([expect.objectContaining({ ruleId: 'google-api-key', severity: 'high', line: 1, column: 16 })]);
  });
});

describe('Stripe and Slack additions', () => {
  it('report test-mode keys at low severity, live keys stay critical', () => {
    const text = `test = "${generateKey('stripe:sk-test')}"\nrestricted = "${generateKey('stripe:rk-test')}"\nlive = "${generateKey('stripe:sk-live')}"\n`;
    expect(scan(text, 'keys.py').map((f) => [f.ruleId, f.severity, f.line])).toEqual([
      ['stripe-test-key', 'low', 1],
      ['stripe-test-key', 'low', 2],
      ['stripe-live-key', 'critical', 3],
    ]);
  });

  it('find legacy bot tokens and workflow, trigger and http:// webhooks', () => {
    const text = ['xoxb-legacy', 'webhook-http', 'workflow', 'trigger', 'webhook-bare'].map((kind) => `V="${generateKey(`slack:${kind}`)}"`).join('\n') + '\n';
    expect(scan(text).map((f) => [f.ruleId, f.line, f.column])).toEqual([
      ['slack-token', 1, 4],
      ['slack-webhook-url', 2, 4],
      ['slack-webhook-url', 3, 4],
      ['slack-webhook-url', 4, 4],
      ['slack-webhook-url', 5, 4],
    ]);
  });

  it('leave short and placeholder legacy tokens alone', () => {
    expect(scan('a=xoxb-12345-abcd234\nb=xoxb-xoxb-my-bot-token\nc=xoxb-Slack_BOT_TOKEN\n')).toEqual([]);
    // Too-short workspace and user ids, and a secret masked with `#`.
    const ids = ['1234', '1234', '1234'].join('-');
    expect(scan(`d=${['xo', 'xp-'].join('')}${ids}-${randomString(32, HEX)}\ne=${generateKey('slack:xoxp').replace(/-[0-9a-f]{32}$/, '-' + '#'.repeat(20))}\n`)).toEqual([]);
  });
});

describe('connection strings', () => {
  it('find the password of a multi-host MongoDB URI and of a password-only rediss URI', () => {
    const a = generateKey('url:password');
    const b = generateKey('url:password');
    const text = `M=mongodb://app:${a}@h1.internal:27017,h2.internal:27017/db\nR=rediss://:${b}@cache.internal:6380\n`;
    expect(scan(text).map((f) => [f.ruleId, f.line, f.column])).toEqual([
      ['url-embedded-password', 1, 17],
      ['url-embedded-password', 2, 13],
    ]);
  });

  it('leave local and documentation hosts and weak passwords out', () => {
    const p = generateKey('url:password');
    expect(scan(`A=mongodb://app:${p}@localhost:27017/db\nB=postgres://app:${p}@127.0.0.1/db\nC=mongodb://root:root@10.0.0.1:27017,10.0.0.2:27017\n`)).toEqual([]);
  });
});

describe('linear time', () => {
  it('scans long hostile lines of the new shapes quickly', () => {
    const hostile = [
      'github_token_'.repeat(4000) + 'a'.repeat(5000),
      '_authToken='.repeat(5000),
      'npm_token_auth'.repeat(4000),
      'xoxb-1234567890-'.repeat(4000),
      'http://hooks.slack.com/workflows/T1/'.repeat(3000),
      'mongodb://a:b@'.repeat(5000),
    ].join('\n');
    const started = performance.now();
    scan(hostile);
    expect(performance.now() - started).toBeLessThan(3000);
  });
});
