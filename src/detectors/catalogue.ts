import type { Detector } from './types.js';
import { openaiDetector } from './openai.js';
import {
  anthropicDetector,
  googleApiKeyDetector,
  groqDetector,
  huggingFaceDetector,
  openRouterDetector,
  perplexityDetector,
  replicateDetector,
  xaiDetector,
} from './providers/llm.js';
import {
  awsAccessKeyIdDetector,
  dockerHubDetector,
  githubFineGrainedDetector,
  githubTokenDetector,
  gitlabTokenDetector,
  npmTokenDetector,
  pypiTokenDetector,
  sendgridDetector,
  slackTokenDetector,
  slackWebhookDetector,
  stripeDetector,
  stripeTestDetector,
  twilioApiKeyDetector,
} from './providers/ci.js';
import {
  appSyncApiKeyDetector,
  firebaseWebApiKeyDetector,
  githubLegacyTokenDetector,
  npmLegacyTokenDetector,
  twilioApiKeySecretDetector,
  twilioAuthTokenDetector,
} from './providers/context-tokens.js';
import { awsSecretKeyDetector, azureOpenAiDetector, cohereDetector, deepSeekDetector, mistralDetector } from './providers/context-keys.js';
import { gcpServiceAccountDetector } from './gcp-service-account.js';
import { privateKeyDetector } from './private-key.js';
import { dockerConfigAuthDetector } from './docker-config.js';
import { connectionStringDetector } from './connection-string.js';
import { genericSecretDetector } from './generic.js';

/**
 * Every provider the text analyzer looks for, in one flat list. The order is the priority where
 * two matches overlap: prefixed provider keys, then context rules, then structured files and
 * URLs, and the generic rule last. (OpenAI `org-`/`proj_` ids are identifiers, never reported.)
 */
export const DETECTORS: readonly Detector[] = [
  openaiDetector,
  anthropicDetector,
  openRouterDetector,
  groqDetector,
  xaiDetector,
  huggingFaceDetector,
  perplexityDetector,
  replicateDetector,
  // Before the Google rule: the same `AIza` key in a Firebase config is public by design.
  firebaseWebApiKeyDetector,
  googleApiKeyDetector,
  githubFineGrainedDetector,
  githubTokenDetector,
  gitlabTokenDetector,
  slackWebhookDetector,
  slackTokenDetector,
  stripeDetector,
  stripeTestDetector,
  sendgridDetector,
  npmTokenDetector,
  pypiTokenDetector,
  dockerHubDetector,
  appSyncApiKeyDetector,
  awsAccessKeyIdDetector,
  twilioApiKeyDetector,
  twilioAuthTokenDetector,
  twilioApiKeySecretDetector,
  npmLegacyTokenDetector,
  githubLegacyTokenDetector,
  deepSeekDetector,
  azureOpenAiDetector,
  awsSecretKeyDetector,
  cohereDetector,
  mistralDetector,
  gcpServiceAccountDetector,
  privateKeyDetector,
  dockerConfigAuthDetector,
  connectionStringDetector,
  genericSecretDetector,
];
