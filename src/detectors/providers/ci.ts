/** Prefixed credentials common in CI/CD: cloud, source hosting, package registries, SaaS. */
import { tokenDetector } from '../token.js';
import { rotate } from './remediation.js';

export const awsAccessKeyIdDetector = tokenDetector({
  id: 'aws-access-key-id',
  provider: 'AWS',
  grants: 'half of an AWS credential pair; with its secret key, the IAM user or role permissions',
  // An access key id is an identifier: alone it grants nothing, and the secret half, where it is
  // written down too, is its own critical finding. Medium keeps it visible (it names the key to
  // rotate) without a high for every id whose secret lives in a secret store.
  severity: 'medium',
  remediation: rotate('https://console.aws.amazon.com/iam/home#/security_credentials (deactivate, then delete the access key)', 'AWS_ACCESS_KEY_ID'),
  helpUri: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_access-keys.html',
  prefixes: ['AKIA', 'ASIA', 'ABIA', 'ACCA'],
  body: 'A-Z2-7',
  min: 16,
  max: 16,
  // AWS documentation keys end in EXAMPLE; the word list would also drop random bodies with TEST.
  placeholderCheck: false,
  validate: (body) => !body.endsWith('EXAMPLE') && !/X{4}/.test(body),
  kind: (prefix) => (prefix === 'ASIA' ? 'temporary access key id' : 'access key id'),
});

export const githubTokenDetector = tokenDetector({
  id: 'github-token',
  provider: 'GitHub',
  grants: 'the repositories and scopes of the user, OAuth app, GitHub App or runner the token belongs to',
  severity: 'critical',
  remediation: rotate('https://github.com/settings/tokens (app tokens: the app settings)', 'GH_TOKEN'),
  helpUri: 'https://docs.github.com/en/authentication/keeping-your-account-and-data-secure/about-authentication-to-github#githubs-token-formats',
  prefixes: ['ghp_', 'gho_', 'ghu_', 'ghs_', 'ghr_'],
  body: 'A-Za-z0-9',
  min: 36,
  max: 251,
  kind: (prefix) =>
    ({ ghp_: 'personal access token', gho_: 'OAuth access token', ghu_: 'user-to-server token', ghs_: 'server-to-server token', ghr_: 'refresh token' })[prefix] ?? 'token',
});

export const githubFineGrainedDetector = tokenDetector({
  id: 'github-fine-grained-pat',
  provider: 'GitHub',
  grants: 'the repositories and permissions selected for the fine-grained personal access token',
  severity: 'critical',
  remediation: rotate('https://github.com/settings/personal-access-tokens', 'GH_TOKEN'),
  helpUri: 'https://docs.github.com/en/authentication/keeping-your-account-and-data-secure/managing-your-personal-access-tokens',
  prefixes: ['github_pat_'],
  body: 'A-Za-z0-9_',
  min: 82,
  max: 120,
  kind: 'fine-grained personal access token',
});

export const gitlabTokenDetector = tokenDetector({
  id: 'gitlab-token',
  provider: 'GitLab',
  grants: 'API, repository or registry access of the user, runner or deploy token',
  severity: 'critical',
  remediation: rotate('https://gitlab.com/-/user_settings/personal_access_tokens (runner and deploy tokens: the project CI/CD and repository settings)', 'GITLAB_TOKEN'),
  helpUri: 'https://docs.gitlab.com/ee/security/tokens/',
  prefixes: ['glpat-', 'glrt-', 'gldt-', 'glptt-', 'glft-', 'glsoat-', 'gloas-'],
  // Newer routable tokens carry `.` separated parts.
  body: 'A-Za-z0-9_.\\-',
  min: 20,
  max: 200,
  kind: (prefix) =>
    ({ 'glpat-': 'personal access token', 'glrt-': 'runner authentication token', 'gldt-': 'deploy token', 'glptt-': 'pipeline trigger token', 'glft-': 'feed token', 'glsoat-': 'service account token', 'gloas-': 'OAuth application secret' })[prefix] ?? 'token',
});

export const slackTokenDetector = tokenDetector({
  id: 'slack-token',
  provider: 'Slack',
  grants: 'posting, reading and administering the Slack workspace as the bot, user or app',
  severity: 'high',
  remediation: rotate('https://api.slack.com/apps (OAuth & Permissions: revoke and reinstall)', 'SLACK_TOKEN'),
  helpUri: 'https://api.slack.com/authentication/token-types',
  prefixes: ['xoxb-', 'xoxp-', 'xoxa-', 'xoxr-', 'xoxs-', 'xoxo-', 'xoxe-', 'xoxe.xoxp-', 'xoxe.xoxb-', 'xapp-'],
  body: 'A-Za-z0-9\\-',
  min: 12,
  max: 255,
  validate: slackTokenShape,
  kind: (prefix, body) =>
    prefix === 'xapp-'
      ? 'app-level token'
      : prefix.startsWith('xoxe.')
        ? 'configuration access token'
        : prefix === 'xoxb-'
          ? body.split('-').length === 2 ? 'legacy bot token' : 'bot token'
          : prefix.includes('xoxp')
            ? 'user token'
            : prefix === 'xoxs-' || prefix === 'xoxo-' ? 'legacy token' : 'token',
});

/**
 * Real tokens are dash-separated groups that start with numeric workspace and user ids; legacy
 * bot tokens have one id and a 18-26 character secret; configuration tokens one digit and a long
 * secret.
 */
function slackTokenShape(body: string, prefix: string): boolean {
  if (prefix.startsWith('xoxe.')) return /^\d-[A-Za-z0-9]{100,200}$/.test(body);
  // A workspace id and one secret group, shorter than today's layouts (older or cut tokens, and
  // trufflehog's pattern tests): the secret group mixes digits with a letter.
  if (/^xox[bpar]-$/.test(prefix) && /^\d{10,14}-(?=[A-Za-z0-9]*[A-Za-z])(?=[A-Za-z0-9]*\d)[A-Za-z0-9]{12,}$/.test(body)) return true;
  if (prefix === 'xoxb-' && /^\d{8,14}-[A-Za-z0-9]{18,26}$/.test(body)) return /[A-Za-z]/.test(body.slice(body.indexOf('-')));
  if (prefix === 'xoxa-' || prefix === 'xoxr-') return /^\d-[A-Za-z0-9-]{12,}$/.test(body);
  // A masked secret (`…-####`) leaves a trailing dash; bot and user ids have 8 digits or more.
  if (body.length < 20 || body.endsWith('-') || !/^\d[\dA-Za-z]*-/.test(body)) return false;
  const groups = body.split('-');
  if (/^xox[bpe]-$/.test(prefix) && groups.length >= 3 && groups.slice(0, -1).some((g) => /^\d{1,7}$/.test(g))) return false;
  return groups.length >= 3 || (prefix === 'xoxe-' && body.length >= 40);
}

export const slackWebhookDetector = tokenDetector({
  id: 'slack-webhook-url',
  provider: 'Slack',
  grants: 'posting messages into the channel the webhook is bound to',
  severity: 'high',
  remediation: rotate('https://api.slack.com/apps (Incoming Webhooks: remove the webhook and add a new one)', 'SLACK_WEBHOOK_URL'),
  helpUri: 'https://api.slack.com/messaging/webhooks',
  // Plain http:// still reaches Slack (it redirects), and docs and configs often drop the scheme.
  prefixes: ['services/', 'workflows/', 'triggers/'].flatMap((path) => ['https://', 'http://', ''].map((scheme) => `${scheme}hooks.slack.com/${path}`)),
  keywords: ['hooks.slack.com'],
  body: 'A-Za-z0-9/',
  min: 30,
  max: 120,
  // services/T…/B…/secret, workflows/T…/A…/id/secret, triggers/T…/id/secret (or /id/id/secret).
  validate: (body) =>
    /^T[A-Z0-9]+\/[AB][A-Z0-9]+\/[A-Za-z0-9]{16,}$/.test(body) || /^T[A-Z0-9]+\/(?:(?:A[A-Z0-9]+|[0-9]+)\/)?[0-9]+\/[A-Za-z0-9]{16,}$/.test(body),
  kind: (prefix) => (prefix.includes('/services/') ? 'incoming webhook URL' : 'workflow webhook URL'),
});

export const stripeDetector = tokenDetector({
  id: 'stripe-live-key',
  provider: 'Stripe',
  grants: 'live-mode charges, refunds and customer data of the Stripe account',
  severity: 'critical',
  remediation: rotate('https://dashboard.stripe.com/apikeys (roll the key)', 'STRIPE_SECRET_KEY'),
  helpUri: 'https://docs.stripe.com/keys',
  // `_prod_` is the same key shape with another environment word (gitleaks' rule tests carry one).
  prefixes: ['sk_live_', 'rk_live_', 'sk_prod_', 'rk_prod_'],
  body: 'A-Za-z0-9',
  min: 24,
  max: 247,
  kind: (prefix) => (prefix.startsWith('rk_') ? 'restricted live key' : 'live secret key'),
});

export const stripeTestDetector = tokenDetector({
  id: 'stripe-test-key',
  provider: 'Stripe',
  grants: 'test-mode data of the Stripe account only (no real money), and a sign that live keys may sit nearby',
  severity: 'low',
  remediation: rotate('https://dashboard.stripe.com/test/apikeys (roll the key)', 'STRIPE_SECRET_KEY'),
  helpUri: 'https://docs.stripe.com/keys#test-live-modes',
  prefixes: ['sk_test_', 'rk_test_'],
  body: 'A-Za-z0-9',
  min: 24,
  max: 247,
  kind: (prefix) => (prefix === 'rk_test_' ? 'restricted test-mode key' : 'test-mode secret key'),
});

export const sendgridDetector = tokenDetector({
  id: 'sendgrid-api-key',
  provider: 'SendGrid',
  grants: 'sending mail as the account and reading its contacts',
  severity: 'high',
  remediation: rotate('https://app.sendgrid.com/settings/api_keys', 'SENDGRID_API_KEY'),
  helpUri: 'https://www.twilio.com/docs/sendgrid/ui/account-and-settings/api-keys',
  prefixes: ['SG.'],
  body: 'A-Za-z0-9_.\\-',
  min: 66,
  max: 66,
  validate: (body) => /^[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}$/.test(body),
  kind: 'API key',
});

export const twilioApiKeyDetector = tokenDetector({
  id: 'twilio-api-key',
  provider: 'Twilio',
  grants: 'the Twilio REST API as the account (calls, messages, billing) together with its secret',
  severity: 'high',
  remediation: rotate('https://console.twilio.com/us1/account/keys-credentials/api-keys', 'TWILIO_API_KEY'),
  helpUri: 'https://www.twilio.com/docs/iam/api-keys',
  prefixes: ['SK'],
  keywords: ['SK'],
  exactKeywords: ['SK'],
  body: 'a-f0-9',
  min: 32,
  max: 32,
  kind: 'API key SID',
});

export const npmTokenDetector = tokenDetector({
  id: 'npm-token',
  provider: 'npm',
  grants: 'publishing and reading the packages of the npm user or organization',
  severity: 'critical',
  remediation: rotate('https://www.npmjs.com/settings/~/tokens', 'NPM_TOKEN'),
  helpUri: 'https://docs.npmjs.com/about-access-tokens',
  prefixes: ['npm_'],
  body: 'A-Za-z0-9',
  min: 36,
  max: 36,
  kind: 'access token',
});

export const pypiTokenDetector = tokenDetector({
  id: 'pypi-token',
  provider: 'PyPI',
  grants: 'uploading releases of the projects the token is scoped to',
  severity: 'critical',
  remediation: rotate('https://pypi.org/manage/account/token/', 'PYPI_API_TOKEN'),
  helpUri: 'https://pypi.org/help/#apitoken',
  // The macaroon always starts with the base64 of its location, "pypi.org".
  prefixes: ['pypi-AgEIcHlwaS5vcmc', 'pypi-AgENdGVzdC5weXBpLm9yZw'],
  keywords: ['pypi-AgE'],
  body: 'A-Za-z0-9_\\-',
  min: 50,
  max: 400,
  kind: (prefix) => (prefix.includes('dGVzdC') ? 'TestPyPI API token' : 'API token'),
});

export const dockerHubDetector = tokenDetector({
  id: 'dockerhub-token',
  provider: 'Docker Hub',
  grants: 'pushing and pulling the images of the Docker Hub user or organization',
  severity: 'high',
  remediation: rotate('https://app.docker.com/settings/personal-access-tokens', 'DOCKERHUB_TOKEN'),
  helpUri: 'https://docs.docker.com/security/for-developers/access-tokens/',
  prefixes: ['dckr_pat_', 'dckr_oat_'],
  body: 'A-Za-z0-9_\\-',
  min: 24,
  max: 64,
  kind: (prefix) => (prefix === 'dckr_oat_' ? 'organization access token' : 'personal access token'),
});
