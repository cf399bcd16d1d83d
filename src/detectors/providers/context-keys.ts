/** Provider keys recognised only by context: a nearby variable name, host or key id. */
import { contextDetector } from '../context.js';
import { rotate } from './remediation.js';

export const azureOpenAiDetector = contextDetector({
  id: 'azure-openai-api-key',
  provider: 'Azure OpenAI',
  grants: 'the deployments of the Azure OpenAI resource, billed to its subscription',
  severity: 'critical',
  remediation: rotate('the Azure portal (resource > Keys and Endpoint > Regenerate key, see https://learn.microsoft.com/azure/ai-services/rotate-keys)', 'AZURE_OPENAI_API_KEY'),
  helpUri: 'https://learn.microsoft.com/azure/ai-services/openai/reference#authentication',
  keywords: ['openai.azure.com', 'azure_openai', 'azure-openai', 'azureopenai', 'api-key'],
  candidate: /[a-f0-9]+/g,
  length: 32,
  boundary: /[A-Za-z0-9_]/,
  nearName: /\bapi-key["']?\s*[:=]|azure[_-]?openai|azureopenai/i,
  nearText: /openai\.azure\.com|azure[_-]?openai|azureopenai/i,
  kind: 'API key',
});

export const deepSeekDetector = contextDetector({
  id: 'deepseek-api-key',
  provider: 'DeepSeek',
  grants: 'DeepSeek API access billed to the account',
  severity: 'critical',
  remediation: rotate('https://platform.deepseek.com/api_keys', 'DEEPSEEK_API_KEY'),
  helpUri: 'https://api-docs.deepseek.com/',
  keywords: ['deepseek'],
  candidate: /sk-[a-f0-9]+/g,
  prefix: 'sk-',
  length: 32,
  boundary: /[A-Za-z0-9_-]/,
  nearText: /deepseek/i,
  kind: 'API key',
});

export const cohereDetector = contextDetector({
  id: 'cohere-api-key',
  provider: 'Cohere',
  grants: 'Cohere API access billed to the account',
  severity: 'high',
  remediation: rotate('https://dashboard.cohere.com/api-keys', 'COHERE_API_KEY'),
  helpUri: 'https://docs.cohere.com/reference/about',
  keywords: ['cohere', 'co_api_key'],
  candidate: /[A-Za-z0-9]+/g,
  length: 40,
  boundary: /[A-Za-z0-9_\-/+]/,
  nearName: /cohere|co_api_key/i,
  minClasses: 3,
  kind: 'API key',
});

export const mistralDetector = contextDetector({
  id: 'mistral-api-key',
  provider: 'Mistral AI',
  grants: 'Mistral API access billed to the workspace',
  severity: 'high',
  remediation: rotate('https://console.mistral.ai/api-keys', 'MISTRAL_API_KEY'),
  helpUri: 'https://docs.mistral.ai/getting-started/quickstart/',
  keywords: ['mistral'],
  candidate: /[A-Za-z0-9]+/g,
  length: 32,
  boundary: /[A-Za-z0-9_\-/+]/,
  nearName: /mistral/i,
  minClasses: 3,
  kind: 'API key',
});

export const awsSecretKeyDetector = contextDetector({
  id: 'aws-secret-access-key',
  provider: 'AWS',
  grants: 'the AWS API with the permissions of the IAM user or role the key pair belongs to',
  severity: 'critical',
  remediation: rotate('https://console.aws.amazon.com/iam/home#/security_credentials (deactivate, then delete the access key)', 'AWS_SECRET_ACCESS_KEY'),
  helpUri: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_access-keys.html',
  keywords: ['aws', 'secret_access_key', 'secretaccesskey', 'secret-access-key', 'AKIA', 'ASIA', 'ABIA', 'ACCA'],
  candidate: /[A-Za-z0-9/+]+/g,
  length: 40,
  boundary: /[A-Za-z0-9/+_-]/,
  nearName: /aws.{0,24}secret|secret.?access.?key/i,
  // Context only, never reported: an id-shaped word marks the pair even when its digits fall
  // outside AWS's base32 alphabet (documentation and test ids).
  nearText: /\b(?:AKIA|ASIA|ABIA|ACCA)[A-Z0-9]{16}\b/,
  minClasses: 3,
  kind: 'secret access key',
});
