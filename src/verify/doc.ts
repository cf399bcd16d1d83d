/** The README paragraph for `--verify` / `verify: true`, kept next to the code it describes. */
import { PROVIDERS } from './types.js';
import { VERIFIERS } from './providers/index.js';

const ENDPOINTS: Record<(typeof PROVIDERS)[number], string> = {
  openai: '`GET /v1/models` (admin keys: `GET /v1/organization/admin_api_keys`)',
  anthropic: '`GET /v1/models` (admin keys: `GET /v1/organizations/api_keys`)',
  github: '`GET /user`',
  gitlab: '`GET /api/v4/personal_access_tokens/self` (`glpat-` tokens only)',
  huggingface: '`GET /api/whoami-v2`',
  groq: '`GET /openai/v1/models`',
  slack: '`POST /api/auth.test`',
  stripe: '`GET /v1/balance`',
};

/** Markdown for the README: what is sent where, and the variables. */
export const VERIFY_DOC = `### Live verification (\`--verify\`, Action input \`verify: true\`)

Off by default. When on, each distinct key found (after suppression and the baseline) is sent
once to **its own provider's API and nowhere else**, in a request header (never in a URL), to a
read-only endpoint; no retries beyond one wait for a short \`Retry-After\`. Each finding then
carries \`verification: active | inactive | unknown\` (unknown with a reason: timeout, rate-limited,
network-error, unexpected-status, unexpected-response, malformed-response, unsupported); active
keys are raised to \`critical\` and listed first: revoke them first. Keys of other providers, and
token kinds without a read-only check (GitHub refresh tokens, GitLab runner/deploy/trigger tokens,
Slack refresh tokens and webhooks), are not sent. Base URLs can be redirected for a proxy or a
self-hosted instance (GitHub Enterprise: \`https://HOST/api/v3\`; self-managed GitLab); an override
must be \`https://\`, or \`http://\` on loopback only (127.0.0.0/8, ::1, localhost):

| provider | endpoint (below the base URL) | default base URL | variable |
|---|---|---|---|
${PROVIDERS.map((p) => `| ${VERIFIERS[p].name} | ${ENDPOINTS[p]} | \`${VERIFIERS[p].defaultBaseUrl}\` | \`${VERIFIERS[p].envVar}\` |`).join('\n')}
`;
