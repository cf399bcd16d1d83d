/** Groq: `GET /openai/v1/models` with the key as a Bearer token. */
import { bearer, standard } from '../classify.js';
import type { ProviderVerifier } from '../types.js';

export const groqVerifier: ProviderVerifier = {
  id: 'groq',
  name: 'Groq',
  defaultBaseUrl: 'https://api.groq.com',
  envVar: 'OPENAI_SECRET_LINT_GROQ_BASE_URL',
  plan(secret) {
    return { method: 'GET', path: '/openai/v1/models', headers: bearer(secret), classify: (response) => standard(response) };
  },
};
