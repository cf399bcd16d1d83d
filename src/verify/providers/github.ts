/**
 * GitHub: `GET /user` with the token as a Bearer token. Installation tokens (`ghs_`) are refused
 * /user with 403 although they authenticate; refresh tokens (`ghr_`) need the app's client
 * secret and are not verified. A token of GitHub Enterprise Server is rejected by github.com:
 * point OPENAI_SECRET_LINT_GITHUB_BASE_URL at the server's API (`https://HOST/api/v3`).
 */
import { active, activeIfJson, inactive, rateLimited, unexpectedStatus } from '../classify.js';
import type { HttpResponse, Outcome, ProviderVerifier } from '../types.js';

export const githubVerifier: ProviderVerifier = {
  id: 'github',
  name: 'GitHub',
  defaultBaseUrl: 'https://api.github.com',
  envVar: 'OPENAI_SECRET_LINT_GITHUB_BASE_URL',
  plan(secret) {
    if (secret.startsWith('ghr_')) return { unsupported: 'GitHub refresh tokens cannot be verified without the app credentials' };
    return {
      method: 'GET',
      path: '/user',
      headers: {
        authorization: `Bearer ${secret}`,
        accept: 'application/vnd.github+json',
        'x-github-api-version': '2022-11-28',
      },
      classify: classifyGitHub,
    };
  },
};

function classifyGitHub(response: HttpResponse): Outcome {
  const { status, headers } = response;
  if (status >= 200 && status < 300) return activeIfJson(response);
  if (status === 401) return inactive();
  if (status === 429 || (status === 403 && (headers['x-ratelimit-remaining'] === '0' || headers['retry-after'] !== undefined))) {
    const limited = rateLimited(response);
    if (limited.kind === 'rate-limited' && limited.retryAfterMs === null && headers['x-ratelimit-reset']) {
      const reset = Number(headers['x-ratelimit-reset']) * 1000;
      if (Number.isFinite(reset)) return { kind: 'rate-limited', retryAfterMs: Math.max(0, reset - Date.now()) };
    }
    return limited;
  }
  if (status === 403) return active('authenticated, but not allowed to read /user');
  return unexpectedStatus(response);
}
