/**
 * Anthropic: API keys list the models; admin keys list the organization's API keys. The key
 * goes in `x-api-key`. OAuth tokens (`sk-ant-oat…`) are not verified.
 */
import { standard } from '../classify.js';
import type { ProviderVerifier } from '../types.js';

export const anthropicVerifier: ProviderVerifier = {
  id: 'anthropic',
  name: 'Anthropic',
  defaultBaseUrl: 'https://api.anthropic.com',
  envVar: 'OPENAI_SECRET_LINT_ANTHROPIC_BASE_URL',
  plan(secret) {
    if (secret.startsWith('sk-ant-oat')) return { unsupported: 'Anthropic OAuth tokens are not verified' };
    const admin = secret.startsWith('sk-ant-admin');
    return {
      method: 'GET',
      path: admin ? '/v1/organizations/api_keys?limit=1' : '/v1/models?limit=1',
      headers: { 'x-api-key': secret, 'anthropic-version': '2023-06-01' },
      classify: (response) => standard(response, { forbidden: 'active' }),
    };
  },
};
