/**
 * Slack: `POST /api/auth.test` (read-only: who am I) with the token as a Bearer token and an
 * empty form body. Slack answers HTTP 200 with `ok` and an `error` code. Refresh tokens
 * (`xoxe-`, `xoxr-`) cannot call the API and are not verified.
 */
import { active, bearer, inactive, jsonObject, rateLimited, retryAfterMs, safeCode, unexpectedStatus, unknown } from '../classify.js';
import type { HttpResponse, Outcome, ProviderVerifier } from '../types.js';

const REJECTED = new Set(['invalid_auth', 'not_authed', 'token_revoked', 'token_expired', 'account_inactive', 'org_login_required']);

export const slackVerifier: ProviderVerifier = {
  id: 'slack',
  name: 'Slack',
  defaultBaseUrl: 'https://slack.com',
  envVar: 'OPENAI_SECRET_LINT_SLACK_BASE_URL',
  plan(secret) {
    if (secret.startsWith('xoxe-') || secret.startsWith('xoxr-')) return { unsupported: 'Slack refresh tokens cannot call the API' };
    return {
      method: 'POST',
      path: '/api/auth.test',
      headers: { ...bearer(secret), 'content-type': 'application/x-www-form-urlencoded' },
      body: '',
      classify: classifySlack,
    };
  },
};

function classifySlack(response: HttpResponse): Outcome {
  if (response.status === 429) return rateLimited(response);
  if (response.status !== 200) return unexpectedStatus(response);
  const answer = jsonObject(response);
  if (!answer || typeof answer['ok'] !== 'boolean') return unknown('malformed-response', 'no boolean "ok" in the answer');
  if (answer['ok']) return active();
  const error = safeCode(answer['error']);
  if (error === 'ratelimited') return { kind: 'rate-limited', retryAfterMs: retryAfterMs(response) };
  if (error !== undefined && REJECTED.has(error)) return inactive(`Slack: ${error}`);
  return unknown('unexpected-response', `Slack error ${error ?? '(none)'}`);
}
