// Converts between the runtime's plain requests and answers and fetch's Request and Response, for
// the features that speak fetch: transport layers and openapi-fetch middleware. Only a client that
// uses them builds these objects.
import { RedirectError } from './errors.js';
import { readResponse, requestInit } from './fetch-handler.js';
import type { HttpRequest, HttpResponse } from './http.js';

const NULL_BODY_STATUSES = new Set([101, 204, 205, 304]);

export function toRequest(request: HttpRequest): Request {
  return new Request(request.url, requestInit(request));
}

/** The plain request a Request stands for; `original` is what it was made from, if it was. */
export async function fromRequest(request: Request, original?: { made: Request; from: HttpRequest }): Promise<HttpRequest> {
  const headers: Record<string, string> = {};
  request.headers.forEach((value, name) => (headers[name] = value));
  // A Request's body cannot change in place: one made here still has the original bytes.
  const body =
    original && request === original.made ? original.from.body : request.body === null ? undefined : new Uint8Array(await request.arrayBuffer());
  return { method: request.method, url: request.url, headers, body, signal: original?.from.signal };
}

export function toResponse(response: HttpResponse): Response {
  if (response.status === 0) throw new RedirectError(0, undefined);
  const headers = new Headers();
  response.headers.forEach((value, name) => headers.append(name, value));
  const body = NULL_BODY_STATUSES.has(response.status) || response.body.length === 0 ? null : (response.body as Uint8Array<ArrayBuffer>);
  return new Response(body, { status: response.status, statusText: response.statusText, headers });
}

export function fromResponse(response: Response): Promise<HttpResponse> {
  return readResponse(response, undefined);
}
