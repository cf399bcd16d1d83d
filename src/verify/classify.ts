/** Shared response classification: each provider module adds only what differs. */
import type { HttpResponse, Outcome, Verification } from './types.js';

type Verdict = Omit<Verification, 'provider'>;

export function verdict(status: Verdict['status'], extra: Omit<Verdict, 'status'> = {}): Outcome {
  return { kind: 'verdict', verification: { status, ...extra } };
}

export function active(detail?: string): Outcome {
  return verdict('active', detail === undefined ? {} : { detail });
}

export function inactive(detail?: string): Outcome {
  return verdict('inactive', detail === undefined ? {} : { detail });
}

export function unknown(reason: NonNullable<Verdict['reason']>, detail?: string): Outcome {
  return verdict('unknown', detail === undefined ? { reason } : { reason, detail });
}

export function unexpectedStatus(response: HttpResponse): Outcome {
  return unknown('unexpected-status', `HTTP ${response.status}`);
}

/** The body parsed as a JSON object, or null (not JSON, not an object, or cut at the cap). */
export function jsonObject(response: HttpResponse): Record<string, unknown> | null {
  if (response.truncated) return null;
  try {
    const value: unknown = JSON.parse(response.body);
    return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

/** A success answer must be a JSON object: an HTML page from a captive portal is not a verdict. */
export function activeIfJson(response: HttpResponse, detail?: string): Outcome {
  return jsonObject(response) ? active(detail) : unknown('malformed-response', `HTTP ${response.status} without a JSON object body`);
}

/** `Retry-After` in milliseconds: delta-seconds or an HTTP date; null when absent or unreadable. */
export function retryAfterMs(response: HttpResponse, now = Date.now()): number | null {
  const value = response.headers['retry-after']?.trim();
  if (!value) return null;
  if (/^\d+(\.\d+)?$/.test(value)) return Math.round(Number(value) * 1000);
  const date = Date.parse(value);
  return Number.isNaN(date) ? null : Math.max(0, date - now);
}

export function rateLimited(response: HttpResponse): Outcome {
  return { kind: 'rate-limited', retryAfterMs: retryAfterMs(response) };
}

export interface StandardOptions {
  /**
   * What HTTP 403 means for this endpoint. Most providers answer 401 to a bad key and 403 to a
   * good key that lacks the permission for the endpoint: that key is active.
   */
  forbidden?: 'active' | 'unknown';
  /** Detail for a 401, e.g. which host rejected the key. */
  rejectedDetail?: string;
}

/** 2xx + JSON: active; 401: inactive; 403: per option; 429: rate limited; anything else: unknown. */
export function standard(response: HttpResponse, options: StandardOptions = {}): Outcome {
  const { status } = response;
  if (status >= 200 && status < 300) return activeIfJson(response);
  if (status === 401) return inactive(options.rejectedDetail);
  if (status === 403 && options.forbidden === 'active') return active('authenticated, but not allowed to use the verification endpoint');
  if (status === 429) return rateLimited(response);
  return unexpectedStatus(response);
}

/** A short, printable token from a provider's answer (an error code), safe to put in a detail. */
export function safeCode(value: unknown): string | undefined {
  return typeof value === 'string' && /^[A-Za-z0-9_.-]{1,64}$/.test(value) ? value : undefined;
}

export function bearer(secret: string): Record<string, string> {
  return { authorization: `Bearer ${secret}` };
}
