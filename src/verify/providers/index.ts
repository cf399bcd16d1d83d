/** Every provider verifier, and which provider a found secret belongs to. */
import type { Provider, ProviderVerifier } from '../types.js';
import { anthropicVerifier } from './anthropic.js';
import { githubVerifier } from './github.js';
import { gitlabVerifier } from './gitlab.js';
import { groqVerifier } from './groq.js';
import { huggingfaceVerifier } from './huggingface.js';
import { openaiVerifier } from './openai.js';
import { slackVerifier } from './slack.js';
import { stripeVerifier } from './stripe.js';

export const VERIFIERS: Readonly<Record<Provider, ProviderVerifier>> = {
  openai: openaiVerifier,
  anthropic: anthropicVerifier,
  github: githubVerifier,
  gitlab: gitlabVerifier,
  huggingface: huggingfaceVerifier,
  groq: groqVerifier,
  slack: slackVerifier,
  stripe: stripeVerifier,
};

/** Detector rule ids whose secrets can be verified. */
export const RULE_PROVIDERS: Readonly<Record<string, Provider>> = {
  'openai-api-key': 'openai',
  'anthropic-api-key': 'anthropic',
  'github-token': 'github',
  'github-fine-grained-pat': 'github',
  'gitlab-token': 'gitlab',
  'huggingface-token': 'huggingface',
  'groq-api-key': 'groq',
  'slack-token': 'slack',
  'stripe-live-key': 'stripe',
  'stripe-secret-key': 'stripe',
};

/** "OpenAI" in base64, assembled so that the literal marker never appears in the repository. */
const OPENAI_MARKER = ['T3Bl', 'bkFJ'].join('');

/** Unambiguous prefixes, longest first where one prefix begins another (`sk-ant-` before `sk-`). */
const PREFIXES: ReadonlyArray<readonly [string, Provider]> = [
  ['sk-ant-', 'anthropic'],
  ['sk-proj-', 'openai'],
  ['sk-svcacct-', 'openai'],
  ['sk-service-', 'openai'],
  ['sk-admin-', 'openai'],
  ['sk-None-', 'openai'],
  ['github_pat_', 'github'],
  ['ghp_', 'github'],
  ['gho_', 'github'],
  ['ghu_', 'github'],
  ['ghs_', 'github'],
  ['ghr_', 'github'],
  ['glpat-', 'gitlab'],
  ['glrt-', 'gitlab'],
  ['gldt-', 'gitlab'],
  ['glptt-', 'gitlab'],
  ['glft-', 'gitlab'],
  ['glsoat-', 'gitlab'],
  ['gloas-', 'gitlab'],
  ['hf_', 'huggingface'],
  ['api_org_', 'huggingface'],
  ['gsk_', 'groq'],
  ['xoxb-', 'slack'],
  ['xoxp-', 'slack'],
  ['xoxa-', 'slack'],
  ['xoxr-', 'slack'],
  ['xoxs-', 'slack'],
  ['xoxe-', 'slack'],
  ['xoxe.xoxp-', 'slack'],
  ['xapp-', 'slack'],
  ['sk_live_', 'stripe'],
  ['rk_live_', 'stripe'],
  ['sk_test_', 'stripe'],
  ['rk_test_', 'stripe'],
];

/** The provider a secret's own shape names, if any. A bare `sk-` key is OpenAI's only with the marker. */
export function providerOfSecret(secret: string): Provider | undefined {
  for (const [prefix, provider] of PREFIXES) if (secret.startsWith(prefix)) return provider;
  if (secret.startsWith('sk-') && secret.includes(OPENAI_MARKER)) return 'openai';
  return undefined;
}

/**
 * Where a found secret may be sent: the provider its shape names, else the provider of the rule
 * that found it, else nowhere. A key is only ever sent to its own provider.
 */
export function providerFor(ruleId: string, secret: string): Provider | undefined {
  return providerOfSecret(secret) ?? RULE_PROVIDERS[ruleId];
}
