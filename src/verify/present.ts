/** Small pure helpers for the core and the formatters: ordering, severity and one-line text. */
import type { Verification } from './types.js';

/** Sort key: active first, then unknown, then inactive, then not verified. */
export function verificationRank(verification: Pick<Verification, 'status'> | undefined): number {
  if (!verification) return 3;
  return verification.status === 'active' ? 0 : verification.status === 'unknown' ? 1 : 2;
}

/** An active key is a critical finding whatever its rule's severity. */
export function severityAfterVerification<S extends string>(severity: S, verification: Pick<Verification, 'status'> | undefined): S | 'critical' {
  return verification?.status === 'active' ? 'critical' : severity;
}

/** `active`, `inactive`, `unknown (timeout: no answer within 100 ms)`: for text, Markdown and SARIF. */
export function describeVerification(verification: { status: Verification['status']; provider?: string; reason?: string; detail?: string }): string {
  if (verification.status !== 'unknown') return verification.detail ? `${verification.status} (${verification.detail})` : verification.status;
  const why = [verification.reason, verification.detail].filter(Boolean).join(': ');
  return why ? `unknown (${why})` : 'unknown';
}
