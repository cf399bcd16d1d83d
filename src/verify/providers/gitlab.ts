/**
 * GitLab: personal, project, group and service-account access tokens (`glpat-`) read their own
 * record at `GET /api/v4/personal_access_tokens/self` (header `PRIVATE-TOKEN`). Runner, deploy,
 * trigger, feed and OAuth-secret tokens have no read-only check that carries the token in a
 * header only, and are not verified. Tokens of a self-managed instance are rejected by
 * gitlab.com: point OPENAI_SECRET_LINT_GITLAB_BASE_URL at the instance.
 */
import { active, inactive, jsonObject, standard, unknown } from '../classify.js';
import type { HttpResponse, Outcome, ProviderVerifier } from '../types.js';

export const gitlabVerifier: ProviderVerifier = {
  id: 'gitlab',
  name: 'GitLab',
  defaultBaseUrl: 'https://gitlab.com',
  envVar: 'OPENAI_SECRET_LINT_GITLAB_BASE_URL',
  plan(secret) {
    if (!secret.startsWith('glpat-')) {
      const prefix = /^[a-z]+-/.exec(secret)?.[0] ?? 'this';
      return { unsupported: `GitLab ${prefix} tokens have no read-only check with the token in a header` };
    }
    return {
      method: 'GET',
      path: '/api/v4/personal_access_tokens/self',
      headers: { 'private-token': secret },
      classify: classifyGitLab,
    };
  },
};

function classifyGitLab(response: HttpResponse): Outcome {
  if (response.status >= 200 && response.status < 300) {
    const record = jsonObject(response);
    if (!record) return unknown('malformed-response', `HTTP ${response.status} without a JSON object body`);
    if (record['revoked'] === true || record['active'] === false) return inactive('the token record says revoked or expired');
    return active();
  }
  return standard(response, { forbidden: 'active' });
}
