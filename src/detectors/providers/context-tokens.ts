/**
 * Tokens whose shape alone is too common to report (32 or 40 hex characters, a UUID, an `AIza`
 * key that may be public): each counts only with its provider's setting around it.
 */
import { contextDetector, withNearbyText } from '../context.js';
import { tokenDetector } from '../token.js';
import { isPlaceholderBody } from '../placeholders.js';
import { looksRandom } from '../entropy.js';
import type { Detector, DetectorMatch } from '../types.js';
import { rotate } from './remediation.js';
import { isPublishedGoogleExample } from '../published-examples.js';

/** An account SID (`AC` + 32 hex) names the account whose auth token sits beside it. */
const TWILIO_ACCOUNT_SID = /\bAC[0-9a-f]{32}\b/;
const TWILIO_API_KEY_SID = /\bSK[0-9a-fA-F]{32}\b/;

export const twilioAuthTokenDetector = contextDetector({
  id: 'twilio-auth-token',
  provider: 'Twilio',
  grants: 'the whole Twilio account (calls, messages, numbers, billing, subaccounts) with its account SID',
  severity: 'critical',
  remediation: rotate('https://console.twilio.com/us1/account/keys-credentials/api-keys (Auth Tokens: request a secondary token, promote it)', 'TWILIO_AUTH_TOKEN'),
  helpUri: 'https://www.twilio.com/docs/iam/api/authtoken',
  keywords: ['twilio', 'sid'],
  candidate: /[a-f0-9]+/g,
  length: 32,
  boundary: /[A-Za-z0-9_]/,
  nearName: /twilio/i,
  nearText: TWILIO_ACCOUNT_SID,
  kind: 'auth token',
});

export const twilioApiKeySecretDetector = contextDetector({
  id: 'twilio-api-key-secret',
  provider: 'Twilio',
  grants: 'the Twilio REST API as the account (calls, messages, billing) together with its API key SID',
  severity: 'high',
  remediation: rotate('https://console.twilio.com/us1/account/keys-credentials/api-keys (delete the key, create a new one)', 'TWILIO_API_SECRET'),
  helpUri: 'https://www.twilio.com/docs/iam/api-keys',
  keywords: ['twilio', 'SK'],
  // Without `twilio` in the text, only a key SID (`SK` + 32 hex, upper case) is context enough.
  exactKeywords: ['SK'],
  candidate: /[A-Za-z0-9]+/g,
  length: 32,
  boundary: /[A-Za-z0-9_\-/+]/,
  nearName: /twilio/i,
  nearText: TWILIO_API_KEY_SID,
  // Secrets mix all three classes; hex SIDs and auth tokens (lower case and digits) do not.
  minClasses: 3,
  kind: 'API key secret',
});

const githubLegacyAssigned = contextDetector({
  id: 'github-legacy-token',
  provider: 'GitHub',
  grants: 'the repositories and scopes of the user or OAuth app the token belongs to',
  severity: 'high',
  remediation: rotate('https://github.com/settings/tokens (delete the token; new tokens carry a ghp_ prefix that scanners recognise)', 'GH_TOKEN'),
  helpUri: 'https://github.blog/engineering/platform-security/behind-githubs-new-authentication-token-formats/',
  keywords: ['github', 'gh_', 'gh-', 'gh.'],
  candidate: /[a-f0-9]+/g,
  length: 40,
  boundary: /[A-Za-z0-9_]/,
  // 40 hex is also every git SHA: only a GitHub credential name on the value's own line counts,
  // assigned to it (`uses: org/github-app-token@<sha>` is a pinned action, not an assignment).
  nameBefore: /(?:github|\bgh)[\w.-]{0,40}(?:token|pat\b|auth|secret|key|passw|cred)[\w.-]{0,20}["']?\s{0,4}[:=]\s{0,4}["']?$/im,
  gate: /(?:github|\bgh)[\w.-]{0,40}(?:token|pat\b|auth|secret|key|passw|cred)/i,
  kind: 'classic token (40 hex, before prefixed tokens)',
});

/**
 * `Authorization: token <40 hex>`, GitHub's own header scheme for classic tokens, with GitHub
 * named nearby (`api.github.com`, `github`): other services send 40-hex tokens the same way.
 */
const githubLegacyInHeader = withNearbyText(
  contextDetector({
    ...githubLegacyAssigned,
    keywords: ['github'],
    candidate: /[a-f0-9]+/g,
    length: 40,
    boundary: /[A-Za-z0-9_]/,
    nameBefore: /authorization["']?\s{0,4}:\s{0,4}["']?token\s{1,4}$/i,
    gate: /authorization/i,
    kind: 'classic token (40 hex) in an `Authorization: token` header',
  }),
  /github/i,
  300,
);

export const githubLegacyTokenDetector: Detector = {
  ...githubLegacyAssigned,
  keywords: ['github', 'gh_', 'gh-', 'gh.'],
  find(text, context) {
    const assigned = githubLegacyAssigned.find(text, context);
    const inHeader = githubLegacyInHeader.find(text, context).filter((m) => !assigned.some((a) => a.start === m.start));
    return inHeader.length === 0 ? assigned : [...assigned, ...inHeader].sort((a, b) => a.start - b.start);
  },
};

export const appSyncApiKeyDetector = withNearbyText(
  tokenDetector({
    id: 'aws-appsync-api-key',
    provider: 'AWS AppSync',
    grants: 'queries and mutations of the AppSync GraphQL API the key is enabled for, until it expires',
    severity: 'medium',
    remediation: rotate('the AppSync console (API > Settings > API keys: delete the key; prefer IAM or Cognito authorization)', 'APPSYNC_API_KEY'),
    helpUri: 'https://docs.aws.amazon.com/appsync/latest/devguide/security-authz.html#api-key-authorization',
    prefixes: ['da2-'],
    body: 'a-z0-9',
    min: 26,
    max: 26,
    kind: 'API key',
  }),
  /appsync|graphql|api.?key/i,
  400,
);

export const firebaseWebApiKeyDetector = withNearbyText(
  tokenDetector({
    id: 'firebase-web-api-key',
    provider: 'Firebase',
    grants: 'identification of the Firebase project only (the key ships in every client; Security Rules and App Check guard the data)',
    severity: 'low',
    remediation:
      'No need to hide it, but restrict the key in the Google Cloud console (APIs & Services > Credentials: HTTP referrers and the Firebase APIs only) and make sure Security Rules, not the key, guard the data.',
    helpUri: 'https://firebase.google.com/docs/projects/api-keys',
    prefixes: ['AIza'],
    body: 'A-Za-z0-9_\\-',
    min: 35,
    max: 35,
    kind: 'web API key (public by design, shipped in every client: restrict it rather than rotate it)',
    validate: (body, prefix) => !isPublishedGoogleExample(prefix + body),
  }),
  // The keys of a Firebase web config, an Android google-services.json (`"current_key"`,
  // `mobilesdk_app_id`) or an iOS GoogleService-Info.plist (`GCM_SENDER_ID`, `GOOGLE_APP_ID`).
  /firebase|authDomain|messagingSenderId|storageBucket|measurementId|"current_key"|mobilesdk_app_id|GCM_SENDER_ID|GOOGLE_APP_ID/i,
  400,
);

/**
 * `_authToken=<uuid>` in an `.npmrc`, Nexus's `NpmToken.<uuid>`, or a UUID assigned to an npm
 * token name (`NPM_TOKEN: "<uuid>"`, `ENV NPM_TOKEN <uuid>`). Bounded runs only.
 */
const NPM_LEGACY =
  /(_authToken\s{0,4}=\s{0,4}["']?(?:NpmToken\.)?|NpmToken\.|npm[\w.-]{0,20}(?:token|auth)(?:[ \t]{1,4}[A-Za-z_]{1,20})?["']?\s{0,4}[:=]?\s{0,4}["']?)([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?![0-9A-Za-z-])/gi;

export const npmLegacyTokenDetector: Detector = {
  id: 'npm-legacy-token',
  provider: 'npm',
  grants: 'publishing and reading the packages of the npm user (legacy tokens never expire)',
  severity: 'critical',
  remediation: rotate('https://www.npmjs.com/settings/~/tokens (delete the legacy token, create a granular one)', 'NPM_TOKEN'),
  helpUri: 'https://docs.npmjs.com/about-access-tokens',
  keywords: ['_authToken', 'npm'],
  validators: ['shape', 'context', 'randomness', 'placeholder'],
  find(text) {
    const matches: DetectorMatch[] = [];
    for (const m of text.matchAll(NPM_LEGACY)) {
      const token = m[2]!;
      const hex = token.replace(/-/g, '');
      if (!looksRandom(hex) || isPlaceholderBody(hex) || /^0+$/.test(hex.slice(0, 12))) continue;
      const start = m.index + m[1]!.length;
      matches.push({ start, end: start + token.length, secret: token, prefix: '', kind: 'legacy access token (UUID)' });
    }
    return matches;
  },
};
