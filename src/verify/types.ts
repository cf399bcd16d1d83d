/** Plain data of live verification. Nothing here holds or prints a secret. */

export const PROVIDERS = ['openai', 'anthropic', 'github', 'gitlab', 'huggingface', 'groq', 'slack', 'stripe'] as const;
export type Provider = (typeof PROVIDERS)[number];

export const VERIFICATION_STATUSES = ['active', 'inactive', 'unknown'] as const;
export type VerificationStatus = (typeof VERIFICATION_STATUSES)[number];

/** Why a key could not be classified (machine-readable; `detail` says more for people). */
export const UNKNOWN_REASONS = [
  'timeout',
  'rate-limited',
  'network-error',
  'unexpected-status',
  'unexpected-response',
  'malformed-response',
  'unsupported',
] as const;
export type UnknownReason = (typeof UNKNOWN_REASONS)[number];

export interface Verification {
  status: VerificationStatus;
  provider: Provider;
  /** Set when `status` is `unknown`. */
  reason?: UnknownReason;
  /** Human explanation (e.g. `HTTP 500`, `authenticated, but not allowed to read /user`). Never contains the key. */
  detail?: string;
}

export interface VerifyItem {
  ruleId: string;
  /** The raw secret, as a RawFinding carries it inside the core. */
  secret: string;
}

/** A response as the classifiers see it: header names lowercase, body capped. */
export interface HttpResponse {
  status: number;
  headers: Record<string, string | undefined>;
  body: string;
  /** The body exceeded the cap and was cut. */
  truncated: boolean;
}

export interface HttpRequest {
  method: 'GET' | 'POST';
  url: URL;
  headers: Record<string, string>;
  body?: string;
  timeoutMs: number;
}

/** Sends one request. Rejects only with a TransportError. */
export type Transport = (request: HttpRequest) => Promise<HttpResponse>;

/** What a provider's classifier concludes from one response. */
export type Outcome =
  | { kind: 'verdict'; verification: Omit<Verification, 'provider'> }
  /** Rate limited; `retryAfterMs` when the provider said how long to wait. */
  | { kind: 'rate-limited'; retryAfterMs: number | null };

/** One planned read-only request for one secret. The secret goes in `headers` only. */
export interface PlannedRequest {
  method: 'GET' | 'POST';
  /** Path (and query) below the base URL, e.g. `/v1/models`. Never contains the secret. */
  path: string;
  headers: Record<string, string>;
  body?: string;
  classify(response: HttpResponse): Outcome;
}

export interface ProviderVerifier {
  id: Provider;
  /** Display name, e.g. `OpenAI`. */
  name: string;
  defaultBaseUrl: string;
  /** Environment variable that overrides `defaultBaseUrl`. */
  envVar: string;
  /** The request for this secret, or why this kind of credential cannot be verified read-only. */
  plan(secret: string): PlannedRequest | { unsupported: string };
}
