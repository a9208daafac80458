// Generated from the OpenAPI spec by templates/node/http-fetch.ts by generator/. Do not edit: run `npm run generate`.
// An optional fetch for Node over node:http/node:https with keep-alive. Node's global fetch compiles
// its HTTP parser (WebAssembly) on first use, which costs a cold start tens of milliseconds; short
// lived processes (CLIs, Lambda) can pass this instead: createPinpointClient({ fetch: nodeHttpFetch }).
// Node only: it lives outside runtime/, which never imports it.
import { Agent as HttpAgent, request as httpRequest, type IncomingMessage } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';

const agents = { http: new HttpAgent({ keepAlive: true }), https: new HttpsAgent({ keepAlive: true }) };
const NO_BODY_STATUSES = new Set([101, 204, 205, 304]);

export const nodeHttpFetch = async (request: Request): Promise<Response> => {
  const url = new URL(request.url);
  const body = request.body === null ? undefined : Buffer.from(await request.arrayBuffer());
  const secure = url.protocol === 'https:';
  return new Promise<Response>((resolve, reject) => {
    const outgoing = (secure ? httpsRequest : httpRequest)(
      url,
      {
        method: request.method,
        headers: Object.fromEntries(request.headers),
        agent: secure ? agents.https : agents.http,
        signal: request.signal,
      },
      (incoming) => collect(incoming).then(resolve, reject),
    );
    // Shaped like fetch's own failure, so that callers (and retries) treat both alike.
    outgoing.on('error', (error) => reject(request.signal.aborted ? request.signal.reason : new TypeError('fetch failed', { cause: error })));
    outgoing.end(body);
  });
};

async function collect(incoming: IncomingMessage): Promise<Response> {
  const chunks: Buffer[] = [];
  for await (const chunk of incoming) chunks.push(chunk as Buffer);
  const headers = new Headers();
  for (const [name, value] of Object.entries(incoming.headers)) {
    for (const item of Array.isArray(value) ? value : value === undefined ? [] : [value]) headers.append(name, item);
  }
  const status = incoming.statusCode ?? 502;
  return new Response(NO_BODY_STATUSES.has(status) ? null : Buffer.concat(chunks), { status, statusText: incoming.statusMessage ?? '', headers });
}
