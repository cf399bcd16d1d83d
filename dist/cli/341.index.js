export const id = 341;
export const ids = [341];
export const modules = {

/***/ 341:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MAX_BODY_BYTES: () => (/* binding */ MAX_BODY_BYTES),
/* harmony export */   TransportError: () => (/* reexport safe */ _transport_error_js__WEBPACK_IMPORTED_MODULE_1__.w),
/* harmony export */   nodeTransport: () => (/* binding */ nodeTransport),
/* harmony export */   proxyDispatcher: () => (/* binding */ proxyDispatcher)
/* harmony export */ });
/* harmony import */ var undici__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4371);
/* harmony import */ var _transport_error_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4591);
/**
 * The default transport: undici's own `fetch` (the copy bundled with this tool, so its dispatcher
 * always matches; Node's global fetch may ship another undici), through a proxy when
 * HTTPS_PROXY / HTTP_PROXY say so and NO_PROXY does not exempt the host (undici's
 * EnvHttpProxyAgent: an https target is tunnelled with CONNECT, the key stays inside TLS). One
 * deadline per request (headers and body), a capped body, no redirects followed (a redirect would
 * carry the key's header elsewhere) and errors reduced to a code, so no message from below can
 * carry a URL or a header into a report.
 */


/** Why a request produced no response. `detail` is a short code such as ECONNREFUSED. */

const MAX_BODY_BYTES = 1024 * 1024;
function nodeTransport(options = {}) {
    const maxBody = options.maxBodyBytes ?? MAX_BODY_BYTES;
    const { dispatcher, proxies } = proxyDispatcher(options.env ?? {}, { connections: options.maxSockets ?? 4, ...(options.ca ? { ca: options.ca } : {}) });
    const send = async (request) => {
        const abort = new AbortController();
        let timedOut = false;
        const timer = setTimeout(() => {
            timedOut = true;
            abort.abort();
        }, request.timeoutMs);
        try {
            let response;
            try {
                response = await (0,undici__WEBPACK_IMPORTED_MODULE_0__/* .fetch */ .hd)(request.url, {
                    method: request.method,
                    headers: request.headers,
                    ...(request.body !== undefined ? { body: request.body } : {}),
                    redirect: 'manual',
                    signal: abort.signal,
                    dispatcher,
                });
            }
            catch (error) {
                if (timedOut)
                    throw new _transport_error_js__WEBPACK_IMPORTED_MODULE_1__/* .TransportError */ .w('timeout', `${request.timeoutMs} ms`);
                // e.g. a header value with a control character: fetch's message would quote it.
                throw new _transport_error_js__WEBPACK_IMPORTED_MODULE_1__/* .TransportError */ .w('network-error', codeOf(error) ?? 'connection failed');
            }
            const headers = {};
            response.headers.forEach((value, name) => (headers[name.toLowerCase()] = value));
            const chunks = [];
            let size = 0;
            let truncated = false;
            try {
                if (response.body) {
                    for await (const chunk of response.body) {
                        const bytes = Buffer.from(chunk);
                        size += bytes.length;
                        if (size > maxBody) {
                            truncated = true;
                            chunks.push(bytes.subarray(0, bytes.length - (size - maxBody)));
                            break; // leaving the loop cancels the rest of the body
                        }
                        chunks.push(bytes);
                    }
                }
            }
            catch (error) {
                if (timedOut)
                    throw new _transport_error_js__WEBPACK_IMPORTED_MODULE_1__/* .TransportError */ .w('timeout', `${request.timeoutMs} ms`);
                throw new _transport_error_js__WEBPACK_IMPORTED_MODULE_1__/* .TransportError */ .w('network-error', codeOf(error) ?? 'response aborted');
            }
            return { status: response.status, headers, body: Buffer.concat(chunks).toString('utf8'), truncated };
        }
        finally {
            clearTimeout(timer);
        }
    };
    return {
        send,
        close() {
            void dispatcher.destroy().catch(() => { });
        },
        proxies,
    };
}
/**
 * An undici dispatcher that goes through HTTPS_PROXY / HTTP_PROXY (either case; lower case wins,
 * as in curl) unless NO_PROXY exempts the host, read from `env` only. Without a proxy variable,
 * a plain Agent: EnvHttpProxyAgent would also read the process's own environment.
 */
function proxyDispatcher(env, options = {}) {
    const pick = (name) => (env[name.toLowerCase()] ?? env[name.toUpperCase()] ?? '').trim();
    const httpProxy = pick('http_proxy');
    const httpsProxy = pick('https_proxy') || httpProxy;
    const tls = options.ca ? { ca: options.ca } : {};
    const common = { connections: options.connections ?? 4, connect: tls };
    const dispatcher = httpProxy || httpsProxy
        ? quietly('UNDICI-EHPA', 
        // Its options reach the ProxyAgents too: `requestTls` is the target's TLS through the tunnel.
        () => new undici__WEBPACK_IMPORTED_MODULE_0__/* .EnvHttpProxyAgent */ .J2({ ...common, requestTls: tls, httpProxy, httpsProxy, noProxy: pick('no_proxy') }))
        : new undici__WEBPACK_IMPORTED_MODULE_0__/* .Agent */ .g6(common);
    return { dispatcher, proxies: { http: redacted(httpProxy), https: redacted(httpsProxy) } };
}
/** Runs `make` without the one process warning of that code (undici's "experimental" notice on stderr, news to no user). */
function quietly(code, make) {
    const emit = process.emitWarning;
    process.emitWarning = ((warning, ...rest) => {
        const options = rest[0];
        if (typeof options === 'object' && options?.code === code)
            return;
        emit.call(process, warning, ...rest);
    });
    try {
        return make();
    }
    finally {
        process.emitWarning = emit;
    }
}
/** A proxy URL without its user and password, for the log. */
function redacted(proxy) {
    if (!proxy)
        return '';
    try {
        const url = new URL(proxy);
        url.username = '';
        url.password = '';
        return url.origin;
    }
    catch {
        return 'an unparsable proxy URL';
    }
}
/**
 * Only a short error code (ECONNREFUSED, DEPTH_ZERO_SELF_SIGNED_CERT, UND_ERR_...), never a
 * message: fetch wraps the socket's error in `cause` (sometimes twice).
 */
function codeOf(error) {
    for (let e = error, depth = 0; e && depth < 4; e = e.cause, depth++) {
        const code = e.code;
        if (typeof code === 'string' && /^[A-Z0-9_]{2,64}$/.test(code))
            return code;
    }
    return undefined;
}


/***/ })

};
