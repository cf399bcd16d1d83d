/**
 * OpenAI: user, project, service-account and `sk-None-` keys list the models (read-only); admin
 * keys list the organization's admin keys, which other keys cannot. Bearer token.
 */
import { active, activeIfJson, bearer, inactive, jsonObject, rateLimited, safeCode, unexpectedStatus } from '../classify.js';
import type { HttpResponse, Outcome, ProviderVerifier } from '../types.js';

export const openaiVerifier: ProviderVerifier = {
  id: 'openai',
  name: 'OpenAI',
  defaultBaseUrl: 'https://api.openai.com',
  envVar: 'OPENAI_SECRET_LINT_OPENAI_BASE_URL',
  plan(secret) {
    const admin = secret.startsWith('sk-admin-');
    return {
      method: 'GET',
      path: admin ? '/v1/organization/admin_api_keys?limit=1' : '/v1/models',
      headers: bearer(secret),
      classify: classifyOpenAi,
    };
  },
};

function classifyOpenAi(response: HttpResponse): Outcome {
  const { status } = response;
  if (status >= 200 && status < 300) return activeIfJson(response);
  if (status === 401) return inactive();
  const error = errorOf(response);
  // A restricted project key without the `model.read` scope still authenticates.
  if (status === 403 && /insufficient permissions|missing scopes/i.test(error.message)) {
    return active('authenticated, but the key lacks the scope to list models');
  }
  // The key works; its project or organization has run out of credit.
  if (status === 429 && error.code === 'insufficient_quota') return active('authenticated, but the quota is exhausted');
  if (status === 429) return rateLimited(response);
  return unexpectedStatus(response);
}

function errorOf(response: HttpResponse): { code: string | undefined; message: string } {
  const error = jsonObject(response)?.['error'];
  if (error === null || typeof error !== 'object') return { code: undefined, message: '' };
  const { code, message } = error as Record<string, unknown>;
  return { code: safeCode(code), message: typeof message === 'string' ? message : '' };
}
