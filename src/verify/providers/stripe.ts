/**
 * Stripe: `GET /v1/balance` with the key as a Bearer token. A restricted key (`rk_`) without the
 * balance permission is answered 403 and is active all the same.
 */
import { bearer, standard } from '../classify.js';
import type { ProviderVerifier } from '../types.js';

export const stripeVerifier: ProviderVerifier = {
  id: 'stripe',
  name: 'Stripe',
  defaultBaseUrl: 'https://api.stripe.com',
  envVar: 'OPENAI_SECRET_LINT_STRIPE_BASE_URL',
  plan(secret) {
    return { method: 'GET', path: '/v1/balance', headers: bearer(secret), classify: (response) => standard(response, { forbidden: 'active' }) };
  },
};
