import { describe, expect, it } from 'vitest';
import { retryAfterMs } from '../../src/verify/classify.js';
import { describeVerification, severityAfterVerification, verificationRank, VERIFIERS } from '../../src/verify/index.js';
import type { HttpResponse } from '../../src/verify/index.js';

const response = (status: number, headers: Record<string, string> = {}, body = '{}'): HttpResponse => ({ status, headers, body, truncated: false });

describe('Retry-After', () => {
  it('reads delta-seconds and HTTP dates', () => {
    expect(retryAfterMs(response(429, { 'retry-after': '7' }))).toBe(7000);
    const now = Date.parse('2025-01-01T00:00:00Z');
    expect(retryAfterMs(response(429, { 'retry-after': 'Wed, 01 Jan 2025 00:00:30 GMT' }), now)).toBe(30_000);
    expect(retryAfterMs(response(429, { 'retry-after': 'soon' }))).toBeNull();
    expect(retryAfterMs(response(429))).toBeNull();
  });

  it('GitHub: falls back on x-ratelimit-reset', () => {
    const plan = VERIFIERS.github.plan('ghp_' + 'a'.repeat(36));
    if ('unsupported' in plan) throw new Error('expected a plan');
    const reset = String(Math.floor(Date.now() / 1000) + 600);
    const outcome = plan.classify(response(403, { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': reset }));
    expect(outcome.kind).toBe('rate-limited');
    if (outcome.kind === 'rate-limited') expect(outcome.retryAfterMs).toBeGreaterThan(500_000);
  });
});

describe('presentation helpers', () => {
  it('orders active first and raises active keys to critical', () => {
    const order = [undefined, { status: 'inactive' as const }, { status: 'active' as const }, { status: 'unknown' as const }].sort(
      (a, b) => verificationRank(a) - verificationRank(b),
    );
    expect(order.map((v) => v?.status)).toEqual(['active', 'unknown', 'inactive', undefined]);
    expect(severityAfterVerification('medium', { status: 'active' })).toBe('critical');
    expect(severityAfterVerification('medium', { status: 'unknown' })).toBe('medium');
  });

  it('describes a verification on one line', () => {
    expect(describeVerification({ status: 'active', provider: 'openai' })).toBe('active');
    expect(describeVerification({ status: 'unknown', provider: 'groq', reason: 'timeout', detail: 'no answer within 100 ms' })).toBe(
      'unknown (timeout: no answer within 100 ms)',
    );
  });
});
