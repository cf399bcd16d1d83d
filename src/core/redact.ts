/**
 * The one place a secret is shortened for display: the provider prefix (when the detector
 * names one) plus at most four more characters, and the length. Never more than half of the
 * secret is shown, so short secrets stay hidden too.
 */
export function redact(secret: string, prefix = ''): string {
  const length = [...secret].length;
  const safePrefix = secret.startsWith(prefix) && prefix.length * 2 <= secret.length ? prefix : '';
  const visibleTail = Math.max(0, Math.min(4, Math.floor(secret.length / 2) - safePrefix.length));
  const shown = secret.slice(0, safePrefix.length + visibleTail);
  return `${shown}… (${length} chars)`;
}
