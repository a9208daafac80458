// Generated from the OpenAPI spec by templates/node/http-handler.ts by generator/. Do not edit: run `npm run generate`.
// Sends attempts over node:http and node:https with keep-alive, as the AWS SDK does in Node: no
// undici, no Request or Response objects, so a Node process starts and sends faster. Follows no
// redirect. Node only: the Node entry (index.node.ts) makes it the default.
import { Agent as HttpAgent, request as httpRequest, type ClientRequest, type IncomingHttpHeaders, type RequestOptions } from 'node:http';
import type { Agent as HttpsAgent } from 'node:https';
import { NetworkError } from '../errors.js';
import type { HeadersLike, HttpRequest, HttpResponse, RequestHandler } from '../http.js';

export interface NodeRequestHandlerOptions {
  /** The agent of http: URLs; one with keep-alive by default. */
  httpAgent?: HttpAgent | undefined;
  /** The agent of https: URLs; one with keep-alive by default. */
  httpsAgent?: HttpsAgent | undefined;
}

/** Response headers as node:http gives them (lower-case names), read as fetch's Headers are. */
class NodeHeaders implements HeadersLike {
  constructor(private readonly raw: IncomingHttpHeaders) {}
  get(name: string): string | null {
    const value = this.raw[name.toLowerCase()];
    return value === undefined ? null : Array.isArray(value) ? value.join(', ') : value;
  }
  forEach(callback: (value: string, name: string) => void): void {
    for (const name of Object.keys(this.raw)) {
      const value = this.get(name);
      if (value !== null) callback(value, name);
    }
  }
}

type Https = typeof import('node:https');

export function createNodeRequestHandler(options: NodeRequestHandlerOptions = {}): RequestHandler {
  let httpAgent = options.httpAgent;
  let httpsAgent = options.httpsAgent;
  // node:https loads TLS: only when an https: URL is first sent to.
  let https: Https | undefined;
  let loadingHttps: Promise<Https> | undefined;

  return async (request) => {
    const url = new URL(request.url);
    const secure = url.protocol === 'https:';
    if (secure && !https) https = await (loadingHttps ??= import('node:https'));
    const agent = secure ? (httpsAgent ??= new https!.Agent({ keepAlive: true })) : (httpAgent ??= new HttpAgent({ keepAlive: true }));
    const target: RequestOptions = {
      protocol: url.protocol,
      hostname: url.hostname.replace(/^\[(.*)\]$/, '$1'),
      port: url.port,
      path: `${url.pathname}${url.search}`,
      method: request.method,
      headers: request.headers,
      agent,
    };
    return send(secure ? https!.request : httpRequest, target, request);
  };
}

function send(makeRequest: (options: RequestOptions) => ClientRequest, target: RequestOptions, request: HttpRequest): Promise<HttpResponse> {
  return new Promise((resolve, reject) => {
    const { signal } = request;
    if (signal?.aborted) return reject(signal.reason);
    let settled = false;
    const settle = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      signal?.removeEventListener('abort', onAbort);
      outcome();
    };
    // A header node:http refuses is a local error, thrown as it is (its message names no value).
    const outgoing = makeRequest(target);
    // The listener holds the request, so that an abort always reaches it.
    const onAbort = () => {
      outgoing.destroy();
      settle(() => reject(signal!.reason));
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    outgoing.on('error', (error) => settle(() => reject(new NetworkError(error))));
    outgoing.on('response', (incoming) => {
      const chunks: Buffer[] = [];
      let length = 0;
      let ended = false;
      incoming.on('data', (chunk: Buffer) => {
        chunks.push(chunk);
        length += chunk.length;
      });
      incoming.on('end', () => {
        ended = true;
        const body = chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, length);
        settle(() => resolve({ status: incoming.statusCode ?? 0, statusText: incoming.statusMessage ?? '', headers: new NodeHeaders(incoming.headers), body }));
      });
      incoming.on('error', (error) => settle(() => reject(new NetworkError(error))));
      incoming.on('close', () => {
        if (!ended) settle(() => reject(new NetworkError(new Error('the connection closed before the response was complete'))));
      });
    });
    outgoing.end(request.body);
  });
}

/** node:http and node:https with keep-alive agents of their own. */
export const nodeRequestHandler: RequestHandler = /* @__PURE__ */ createNodeRequestHandler();
