/**
 * The default transport: undici's own `fetch` (the copy bundled with this tool, so its dispatcher
 * always matches; Node's global fetch may ship another undici), through a proxy when
 * HTTPS_PROXY / HTTP_PROXY say so and NO_PROXY does not exempt the host (undici's
 * EnvHttpProxyAgent: an https target is tunnelled with CONNECT, the key stays inside TLS). One
 * deadline per request (headers and body), a capped body, no redirects followed (a redirect would
 * carry the key's header elsewhere) and errors reduced to a code, so no message from below can
 * carry a URL or a header into a report.
 */
import { Agent, EnvHttpProxyAgent, fetch, type Dispatcher } from 'undici';
import type { HttpRequest, HttpResponse, Transport } from './types.js';
import { TransportError } from './transport-error.js';

/** Why a request produced no response. `detail` is a short code such as ECONNREFUSED. */
export { TransportError } from './transport-error.js';

export const MAX_BODY_BYTES = 1024 * 1024;

export interface NodeTransportOptions {
  /** Extra trusted certificates (PEM), e.g. a test server's self-signed certificate. */
  ca?: string | Buffer;
  /** Connections per host (default 4). */
  maxSockets?: number;
  maxBodyBytes?: number;
  /** Where HTTPS_PROXY, HTTP_PROXY and NO_PROXY are read (either case; lower case wins, as in curl). Default: none, a direct connection. */
  env?: Readonly<Record<string, string | undefined>>;
}

export interface NodeTransport {
  send: Transport;
  /** Closes the kept-alive connections. */
  close(): void;
  /** The proxy each scheme goes through ('' for none), for the log: never with credentials. */
  proxies: { http: string; https: string };
}

export function nodeTransport(options: NodeTransportOptions = {}): NodeTransport {
  const maxBody = options.maxBodyBytes ?? MAX_BODY_BYTES;
  const { dispatcher, proxies } = proxyDispatcher(options.env ?? {}, { connections: options.maxSockets ?? 4, ...(options.ca ? { ca: options.ca } : {}) });

  const send: Transport = async (request: HttpRequest) => {
    const abort = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      abort.abort();
    }, request.timeoutMs);
    try {
      let response;
      try {
        response = await fetch(request.url, {
          method: request.method,
          headers: request.headers,
          ...(request.body !== undefined ? { body: request.body } : {}),
          redirect: 'manual',
          signal: abort.signal,
          dispatcher,
        });
      } catch (error) {
        if (timedOut) throw new TransportError('timeout', `${request.timeoutMs} ms`);
        // e.g. a header value with a control character: fetch's message would quote it.
        throw new TransportError('network-error', codeOf(error) ?? 'connection failed');
      }
      const headers: Record<string, string | undefined> = {};
      response.headers.forEach((value, name) => (headers[name.toLowerCase()] = value));
      const chunks: Buffer[] = [];
      let size = 0;
      let truncated = false;
      try {
        if (response.body) {
          for await (const chunk of response.body) {
            const bytes = Buffer.from(chunk as Uint8Array);
            size += bytes.length;
            if (size > maxBody) {
              truncated = true;
              chunks.push(bytes.subarray(0, bytes.length - (size - maxBody)));
              break; // leaving the loop cancels the rest of the body
            }
            chunks.push(bytes);
          }
        }
      } catch (error) {
        if (timedOut) throw new TransportError('timeout', `${request.timeoutMs} ms`);
        throw new TransportError('network-error', codeOf(error) ?? 'response aborted');
      }
      return { status: response.status, headers, body: Buffer.concat(chunks).toString('utf8'), truncated } satisfies HttpResponse;
    } finally {
      clearTimeout(timer);
    }
  };

  return {
    send,
    close() {
      void dispatcher.destroy().catch(() => {});
    },
    proxies,
  };
}

/**
 * An undici dispatcher that goes through HTTPS_PROXY / HTTP_PROXY (either case; lower case wins,
 * as in curl) unless NO_PROXY exempts the host, read from `env` only. Without a proxy variable,
 * a plain Agent: EnvHttpProxyAgent would also read the process's own environment.
 */
export function proxyDispatcher(
  env: Readonly<Record<string, string | undefined>>,
  options: { connections?: number; ca?: string | Buffer } = {},
): { dispatcher: Dispatcher; proxies: { http: string; https: string } } {
  const pick = (name: string) => (env[name.toLowerCase()] ?? env[name.toUpperCase()] ?? '').trim();
  const httpProxy = pick('http_proxy');
  const httpsProxy = pick('https_proxy') || httpProxy;
  const tls = options.ca ? { ca: options.ca } : {};
  const common = { connections: options.connections ?? 4, connect: tls };
  const dispatcher: Dispatcher =
    httpProxy || httpsProxy
      ? quietly(
          'UNDICI-EHPA',
          // Its options reach the ProxyAgents too: `requestTls` is the target's TLS through the tunnel.
          () => new EnvHttpProxyAgent({ ...common, requestTls: tls, httpProxy, httpsProxy, noProxy: pick('no_proxy') } as EnvHttpProxyAgent.Options),
        )
      : new Agent(common);
  return { dispatcher, proxies: { http: redacted(httpProxy), https: redacted(httpsProxy) } };
}

/** Runs `make` without the one process warning of that code (undici's "experimental" notice on stderr, news to no user). */
function quietly<T>(code: string, make: () => T): T {
  const emit = process.emitWarning;
  process.emitWarning = ((warning: string | Error, ...rest: unknown[]) => {
    const options = rest[0] as { code?: string } | string | undefined;
    if (typeof options === 'object' && options?.code === code) return;
    (emit as (...args: unknown[]) => void).call(process, warning, ...rest);
  }) as typeof process.emitWarning;
  try {
    return make();
  } finally {
    process.emitWarning = emit;
  }
}

/** A proxy URL without its user and password, for the log. */
function redacted(proxy: string): string {
  if (!proxy) return '';
  try {
    const url = new URL(proxy);
    url.username = '';
    url.password = '';
    return url.origin;
  } catch {
    return 'an unparsable proxy URL';
  }
}

/**
 * Only a short error code (ECONNREFUSED, DEPTH_ZERO_SELF_SIGNED_CERT, UND_ERR_…), never a
 * message: fetch wraps the socket's error in `cause` (sometimes twice).
 */
function codeOf(error: unknown): string | undefined {
  for (let e = error, depth = 0; e && depth < 4; e = (e as { cause?: unknown }).cause, depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && /^[A-Z0-9_]{2,64}$/.test(code)) return code;
  }
  return undefined;
}
