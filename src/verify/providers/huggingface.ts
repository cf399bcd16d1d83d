/** Hugging Face: `GET /api/whoami-v2` with the token as a Bearer token. */
import { bearer, standard } from '../classify.js';
import type { ProviderVerifier } from '../types.js';

export const huggingfaceVerifier: ProviderVerifier = {
  id: 'huggingface',
  name: 'Hugging Face',
  defaultBaseUrl: 'https://huggingface.co',
  envVar: 'OPENAI_SECRET_LINT_HUGGINGFACE_BASE_URL',
  plan(secret) {
    return { method: 'GET', path: '/api/whoami-v2', headers: bearer(secret), classify: (response) => standard(response) };
  },
};
