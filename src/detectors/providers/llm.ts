/** Prefixed keys of LLM providers other than OpenAI (see openai.ts). */
import { tokenDetector } from '../token.js';
import { rotate } from './remediation.js';
import { isPublishedGoogleExample } from '../published-examples.js';

const ALNUM = 'A-Za-z0-9';
const URL_SAFE = 'A-Za-z0-9_\\-';

export const anthropicDetector = tokenDetector({
  id: 'anthropic-api-key',
  provider: 'Anthropic',
  grants: 'Claude API access billed to the Anthropic workspace (admin keys: manage the organization)',
  severity: 'critical',
  remediation: rotate('https://console.anthropic.com/settings/keys', 'ANTHROPIC_API_KEY'),
  helpUri: 'https://docs.anthropic.com/en/api/getting-started#authentication',
  prefixes: ['sk-ant-api01-', 'sk-ant-api02-', 'sk-ant-api03-', 'sk-ant-api04-', 'sk-ant-admin01-', 'sk-ant-oat01-'],
  keywords: ['sk-ant-'],
  body: URL_SAFE,
  min: 80,
  max: 160,
  // Every published key ends in `AA`; the placeholder word check stays, bodies are long and random.
  validate: (body) => body.endsWith('AA'),
  kind: (prefix) => (prefix.includes('admin') ? 'admin key' : prefix.includes('oat') ? 'OAuth token' : 'API key'),
});

export const googleApiKeyDetector = tokenDetector({
  id: 'google-api-key',
  provider: 'Google',
  grants: 'calls to the Google Cloud / Gemini APIs the key is enabled for, billed to its project',
  severity: 'high',
  remediation: rotate('https://console.cloud.google.com/apis/credentials (Gemini: https://aistudio.google.com/app/apikey)', 'GOOGLE_API_KEY'),
  helpUri: 'https://cloud.google.com/docs/authentication/api-keys',
  prefixes: ['AIza'],
  body: URL_SAFE,
  min: 35,
  max: 35,
  kind: (_p, body) => (body.startsWith('Sy') ? 'API key (Gemini / Google Cloud)' : 'API key'),
  validate: (body, prefix) => !isPublishedGoogleExample(prefix + body),
});

export const groqDetector = tokenDetector({
  id: 'groq-api-key',
  provider: 'Groq',
  grants: 'Groq inference API access billed to the account',
  severity: 'critical',
  remediation: rotate('https://console.groq.com/keys', 'GROQ_API_KEY'),
  helpUri: 'https://console.groq.com/docs/api-keys',
  prefixes: ['gsk_'],
  body: ALNUM,
  min: 52,
  max: 52,
  kind: 'API key',
});

export const xaiDetector = tokenDetector({
  id: 'xai-api-key',
  provider: 'xAI',
  grants: 'Grok API access billed to the xAI team',
  severity: 'critical',
  remediation: rotate('https://console.x.ai', 'XAI_API_KEY'),
  helpUri: 'https://docs.x.ai/docs/overview',
  prefixes: ['xai-'],
  body: 'A-Za-z0-9_',
  min: 80,
  max: 80,
  kind: 'API key',
});

export const huggingFaceDetector = tokenDetector({
  id: 'huggingface-token',
  provider: 'Hugging Face',
  grants: 'read or write access to the models, datasets and Spaces of the user or organization',
  severity: 'high',
  remediation: rotate('https://huggingface.co/settings/tokens', 'HF_TOKEN'),
  helpUri: 'https://huggingface.co/docs/hub/security-tokens',
  prefixes: ['hf_', 'api_org_'],
  body: 'A-Za-z',
  min: 34,
  max: 34,
  kind: (prefix) => (prefix === 'api_org_' ? 'organization token' : 'user access token'),
});

export const perplexityDetector = tokenDetector({
  id: 'perplexity-api-key',
  provider: 'Perplexity',
  grants: 'Perplexity API access billed to the account',
  severity: 'critical',
  remediation: rotate('https://www.perplexity.ai/settings/api', 'PERPLEXITY_API_KEY'),
  helpUri: 'https://docs.perplexity.ai/guides/getting-started',
  prefixes: ['pplx-'],
  body: ALNUM,
  min: 48,
  max: 48,
  kind: 'API key',
});

export const replicateDetector = tokenDetector({
  id: 'replicate-api-token',
  provider: 'Replicate',
  grants: 'running models and managing deployments billed to the Replicate account',
  severity: 'critical',
  remediation: rotate('https://replicate.com/account/api-tokens', 'REPLICATE_API_TOKEN'),
  helpUri: 'https://replicate.com/docs/topics/security/api-tokens',
  prefixes: ['r8_'],
  body: URL_SAFE,
  min: 37,
  max: 37,
  kind: 'API token',
});

export const openRouterDetector = tokenDetector({
  id: 'openrouter-api-key',
  provider: 'OpenRouter',
  grants: 'access to every model routed through OpenRouter, billed to the account credits',
  severity: 'critical',
  remediation: rotate('https://openrouter.ai/settings/keys', 'OPENROUTER_API_KEY'),
  helpUri: 'https://openrouter.ai/docs/api-reference/authentication',
  prefixes: ['sk-or-v1-'],
  body: 'a-f0-9',
  min: 64,
  max: 64,
  kind: 'API key',
});
