// Sends attempts with fetch: the global one (browsers, workers, edge runtimes, Node's undici), or
// the one given as the `fetch` option. Redirects are never followed (`redirect: 'manual'`): a signed
// request must not be replayed to another origin.
import { NetworkError } from './errors.js';
import type { FetchLike, HttpRequest, HttpResponse, RequestHandler } from './http.js';

/** A request handler over `fetch`; the global fetch unless one is given. */
export function fetchHandler(fetchFunction?: FetchLike): RequestHandler {
  return async (request) => {
    const init = requestInit(request);
    let response: Response;
    try {
      // Without a fetch of the caller's, fetch builds the one Request of the attempt itself.
      response = await (fetchFunction ? fetchFunction(new Request(request.url, init)) : fetch(request.url, init));
    } catch (error) {
      throw networkFailure(error);
    }
    return readResponse(response, request.signal);
  };
}

/** What fetch and Request take for a request: never following a redirect. */
export function requestInit(request: HttpRequest): RequestInit {
  const init: RequestInit = { method: request.method, headers: request.headers, redirect: 'manual' };
  if (request.body !== undefined) init.body = request.body as NonNullable<RequestInit['body']>;
  if (request.signal) init.signal = request.signal;
  return init;
}

/** Reads a fetch Response to its end; an abort cancels the body, which closes the connection. */
export async function readResponse(response: Response, signal: AbortSignal | undefined): Promise<HttpResponse> {
  // A browser hides a redirect behind an opaque answer with status 0; the caller refuses it.
  if (response.type === 'opaqueredirect') return { status: 0, statusText: '', headers: response.headers, body: new Uint8Array(0) };
  const cancel = () => void response.body?.cancel().catch(() => undefined);
  signal?.addEventListener('abort', cancel, { once: true });
  try {
    const body = new Uint8Array(await response.arrayBuffer());
    return { status: response.status, statusText: response.statusText, headers: response.headers, body };
  } catch (error) {
    throw networkFailure(error);
  } finally {
    signal?.removeEventListener('abort', cancel);
  }
}

// fetch rejects with a TypeError when no (complete) answer came (undici's `terminated` when a body
// broke off), checked by name as it may come from another realm; a fetch of the caller's may give
// up with an AbortError or TimeoutError of its own. Anything else is not a network failure. (When
// the attempt itself was aborted, the attempt reports why, whatever fetch says.)
function networkFailure(error: unknown): unknown {
  return /^(TypeError|AbortError|TimeoutError)$/.test((error as Error | null)?.name ?? '') ? new NetworkError(error) : error;
}
