import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isDummyValue, isLiteralSecretValue, isReferenceValue, isSecretLikeName, mayHoldSecretNames, normalizeName } from '../../src/analyzers/secret-names.js';

describe('isSecretLikeName', () => {
  it.each([
    'OPENAI_API_KEY', 'openai_key', 'OPENAI_ADMIN_KEY', 'api-key', 'apiKey', 'openaiApiKey', 'GITHUB_TOKEN', 'NPM_TOKEN',
    'CLIENT_SECRET', 'MY_SECRET_VALUE', 'DB_PASSWORD', 'SMTP_PASSWD', 'GOOGLE_CREDENTIALS', 'SSH_PRIVATE_KEY',
    'AWS_SECRET_ACCESS_KEY', 'AWS_ACCESS_KEY_ID', 'password', 'token', 'SLACK_WEBHOOK_URL', 'DB_PASS', 'MYSQL_PWD', 'pass',
  ])('%s is secret-like', (name) => {
    expect(isSecretLikeName(name)).toBe(true);
  });

  it.each([
    'OPENAI_API_KEY_PATH', 'GOOGLE_CREDENTIALS_FILE', 'TOKEN_URL', 'SECRET_NAME', 'CLIENT_ID', 'TOKEN_ENABLED',
    'TOKEN_EXPIRY', 'NODE_VERSION', 'key', 'cache-key', 'MAX_TOKENS', 'runs-on', 'USE_SECRET_STORE', 'SECRETS_DIR',
    'SECRET_STORE', 'clientSecretFrom', 'SECRET_BACKEND', 'BYPASS', 'COMPASS', 'PWD_DIR', 'OLDPWD',
  ])('%s is not secret-like', (name) => {
    expect(isSecretLikeName(name)).toBe(false);
  });

  it('honours extra and ignore globs from the settings', () => {
    expect(isSecretLikeName('MY_SIGNING_MATERIAL', { extra: ['*_SIGNING_MATERIAL'] })).toBe(true);
    expect(isSecretLikeName('GITHUB_TOKEN', { ignore: ['github_token'] })).toBe(false);
    expect(isSecretLikeName('HF_TOKEN', { ignore: ['GITHUB_*'] })).toBe(true);
  });

  it('normalizes separators and camelCase', () => {
    expect(normalizeName('openai.apiKey')).toBe('OPENAI_API_KEY');
    expect(normalizeName('HTTPSProxy')).toBe('HTTPS_PROXY');
  });
});

describe('values', () => {
  it.each(['', 'test', 'dummy', 'fake', 'sk-test', 'sk-test-123', 'test-token', 'fake_openai_key', 'my-test-key', 'xxxxxxxx', '<your-key>', 'your-api-key', 'sk-proj-...', 'true'])(
    '%j is a dummy value',
    (value) => expect(isDummyValue(value)).toBe(true),
  );

  it.each(['hunter2-prod-7f9c', 'Zq8vN3kLp0', 'latest-test-run-key-b8f2a1c9d7e6f5a4b3c2d1e0'])('%j is not a dummy value', (value) => {
    expect(isDummyValue(value)).toBe(false);
  });

  it('treats run-time references as non-literals', () => {
    for (const v of ['$TOKEN', '${TOKEN}', '$(cat token)', '${{ secrets.X }}', '{{ .Values.key }}', '%TOKEN%', 'ENC[AES256_GCM,data:x]']) {
      expect(isReferenceValue(v)).toBe(true);
      expect(isLiteralSecretValue(v)).toBe(false);
    }
    expect(isLiteralSecretValue('s3cr3t-v4lue-prod')).toBe(true);
  });
});

describe('mayHoldSecretNames (the parse gate of the manifest and Helm values rules)', () => {
  // Name parts: every word the secret-like patterns are built from, their neighbours, and filler.
  const PARTS = [
    'api', 'key', 'keys', 'token', 'secret', 'password', 'passwd', 'pass', 'pwd', 'passphrase', 'credential', 'credentials', 'private',
    'access', 'auth', 'openai', 'client', 'signing', 'encryption', 'webhook', 'url', 'pat', 'gh', 'npm', 'authorization', 'id', 'path',
    'file', 'name', 'db', 'my', 'x', 'store', 'from', 'enabled', 'use', 'aws',
    // Spellings that only Unicode upper-casing (which normalizeName uses) turns into the words.
    'paß', 'ſecret', 'credentıal', 'ſſ',
  ];
  const SEPARATORS = ['_', '-', '.', '', ' '];
  const CASES = [(s: string) => s.toUpperCase(), (s: string) => s.toLowerCase(), (s: string) => s.charAt(0).toUpperCase() + s.slice(1)];

  it('every name isSecretLikeName accepts holds a gate word, in any spelling', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom(...PARTS), fc.nat(CASES.length - 1)), { minLength: 1, maxLength: 4 }),
        fc.constantFrom(...SEPARATORS),
        (parts, separator) => {
          const name = parts.map(([part, c]) => CASES[c]!(part)).join(separator);
          if (isSecretLikeName(name)) expect(mayHoldSecretNames(`  ${name}: value`), name).toBe(true);
        },
      ),
      { numRuns: 20_000 },
    );
  });

  it('is false for text without such a word, and true with one, an escape that may spell one, or user-added names', () => {
    const deployment = 'kind: Deployment\nspec:\n  containers:\n    - name: web\n      env:\n        - name: LOG_PATH\n          value: /var/log\n';
    expect(mayHoldSecretNames(deployment)).toBe(false);
    expect(mayHoldSecretNames(deployment.replace('LOG_PATH', 'GH_PAT'))).toBe(true);
    expect(mayHoldSecretNames(deployment.replace('LOG_PATH', 'ghPat'))).toBe(true);
    expect(mayHoldSecretNames(deployment.replace('LOG_PATH', 'SLACK_WEBHOOK_URL'))).toBe(true);
    expect(mayHoldSecretNames(deployment.replace('LOG_PATH', '"API_\\x4BEY"'))).toBe(true);
    expect(mayHoldSecretNames(deployment.replace('LOG_PATH', '"API_\\u004BEY"'))).toBe(true);
    expect(mayHoldSecretNames(deployment.replace('LOG_PATH', '"API_K\\\n  EY"'))).toBe(true);
    expect(mayHoldSecretNames(deployment.replace('/var/log', '"a\\"b\\tc"'))).toBe(false);
    expect(mayHoldSecretNames(deployment, { extra: ['LOG_*'] })).toBe(true);
    expect(mayHoldSecretNames(deployment.replace('LOG_PATH', 'DB_PAß'))).toBe(true);
    expect(mayHoldSecretNames(deployment.replace('LOG_PATH', 'ſecret'))).toBe(true);
    expect(mayHoldSecretNames(deployment.replace('LOG_PATH', 'LOG_PFAD_Ü'))).toBe(false);
  });
});
