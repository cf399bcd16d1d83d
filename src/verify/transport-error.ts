/** A request that got no HTTP answer: timed out, or failed on the way. */
export class TransportError extends Error {
  override readonly name = 'TransportError';
  constructor(
    readonly kind: 'timeout' | 'network-error',
    readonly detail: string,
  ) {
    super(kind === 'timeout' ? 'request timed out' : `network error (${detail})`);
  }
}
