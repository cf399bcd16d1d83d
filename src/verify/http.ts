/**
 * The default transport: node:http / node:https with one deadline per request (headers and body),
 * a capped body, no redirects followed (a redirect would carry the key's header elsewhere) and
 * errors reduced to a code, so no message from below can carry a URL or a header into a report.
 */
import http from 'node:http';
import https from 'node:https';
import type { HttpRequest, HttpResponse, Transport } from './types.js';

/** Why a request produced no response. `detail` is a short code such as ECONNREFUSED. */
export class TransportError extends Error {
  override readonly name = 'TransportError';
  constructor(
    readonly kind: 'timeout' | 'network-error',
    readonly detail: string,
  ) {
    super(kind === 'timeout' ? 'request timed out' : `network error (${detail})`);
  }
}

export const MAX_BODY_BYTES = 1024 * 1024;

export interface NodeTransportOptions {
  /** Extra trusted certificates (PEM), e.g. a test server's self-signed certificate. */
  ca?: string | Buffer;
  /** Sockets per host (default 4). */
  maxSockets?: number;
  maxBodyBytes?: number;
}

export interface NodeTransport {
  send: Transport;
  /** Closes the kept-alive sockets. */
  close(): void;
}

export function nodeTransport(options: NodeTransportOptions = {}): NodeTransport {
  const maxSockets = options.maxSockets ?? 4;
  const maxBody = options.maxBodyBytes ?? MAX_BODY_BYTES;
  const httpAgent = new http.Agent({ keepAlive: true, maxSockets });
  const httpsAgent = new https.Agent({ keepAlive: true, maxSockets, ...(options.ca ? { ca: options.ca } : {}) });

  const send: Transport = (request: HttpRequest) =>
    new Promise<HttpResponse>((resolve, reject) => {
      const secure = request.url.protocol === 'https:';
      const headers: Record<string, string> = { ...request.headers };
      if (request.body !== undefined) headers['content-length'] = String(Buffer.byteLength(request.body));
      let settled = false;
      let timer: NodeJS.Timeout | undefined;
      const finish = (error: TransportError | null, response?: HttpResponse) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        if (error) reject(error);
        else resolve(response!);
      };
      let req: http.ClientRequest;
      try {
        req = (secure ? https : http).request(request.url, { method: request.method, headers, agent: secure ? httpsAgent : httpAgent });
      } catch (error) {
        // e.g. a header value with a control character: Node names the header, never the value.
        finish(new TransportError('network-error', codeOf(error) ?? 'invalid request'));
        return;
      }
      timer = setTimeout(() => {
        finish(new TransportError('timeout', `${request.timeoutMs} ms`));
        req.destroy();
      }, request.timeoutMs);
      req.on('error', (error) => finish(new TransportError('network-error', codeOf(error) ?? 'connection failed')));
      req.on('response', (res) => {
        const chunks: Buffer[] = [];
        let size = 0;
        let truncated = false;
        res.on('data', (chunk: Buffer) => {
          if (truncated) return;
          size += chunk.length;
          if (size > maxBody) {
            truncated = true;
            chunks.push(chunk.subarray(0, chunk.length - (size - maxBody)));
            res.destroy();
            done();
            return;
          }
          chunks.push(chunk);
        });
        const done = () =>
          finish(null, {
            status: res.statusCode ?? 0,
            headers: lowerCaseHeaders(res.headers),
            body: Buffer.concat(chunks).toString('utf8'),
            truncated,
          });
        res.on('end', done);
        res.on('error', (error) => finish(new TransportError('network-error', codeOf(error) ?? 'response aborted')));
      });
      req.end(request.body);
    });

  return {
    send,
    close() {
      httpAgent.destroy();
      httpsAgent.destroy();
    },
  };
}

function lowerCaseHeaders(headers: http.IncomingHttpHeaders): Record<string, string | undefined> {
  const out: Record<string, string | undefined> = {};
  for (const [name, value] of Object.entries(headers)) out[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
  return out;
}

/** Only a short error code (ECONNREFUSED, DEPTH_ZERO_SELF_SIGNED_CERT…), never a message. */
function codeOf(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && /^[A-Z0-9_]{2,64}$/.test(code) ? code : undefined;
}
