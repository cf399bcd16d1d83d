/** Opt-in live verification of found keys (issue 10). The core calls `verifySecrets`. */
export { verifySecrets, VERIFY_DEFAULTS, type VerifyOptions } from './verify.js';
export { resolveBaseUrls, checkBaseUrl, isLoopback, BASE_URL_ENV_VARS, type BaseUrls } from './base-url.js';
export { providerFor, providerOfSecret, RULE_PROVIDERS, VERIFIERS } from './providers/index.js';
export { nodeTransport, proxyDispatcher, TransportError, type NodeTransportOptions } from './http.js';
export { VERIFY_DOC } from './doc.js';
export {
  PROVIDERS,
  VERIFICATION_STATUSES,
  UNKNOWN_REASONS,
  type Provider,
  type Verification,
  type VerificationStatus,
  type UnknownReason,
  type VerifyItem,
  type Transport,
  type HttpRequest,
  type HttpResponse,
} from './types.js';
export { verificationRank, severityAfterVerification, describeVerification } from './present.js';
