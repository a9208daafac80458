// Generated from the OpenAPI spec by templates/http.ts by generator/. Do not edit: run `npm run generate`.
// The shapes every part of the runtime shares: one HTTP exchange as the client sends and receives
// it, independent of fetch (browsers, workers) or node:http (Node). Plain objects, so that the Node
// path never needs undici's Request, Response or Headers.

/** Response headers: a fetch `Headers` has this shape, and so has what the Node handler gives. */
export interface HeadersLike {
  get(name: string): string | null;
  forEach(callback: (value: string, name: string) => void): void;
}

/** One attempt of a request, ready to send. */
export interface HttpRequest {
  /** Upper case: `GET`, `PUT`… */
  method: string;
  /** Absolute URL, already percent-encoded. */
  url: string;
  /** Lower-case names; values checked for what HTTP can carry. */
  headers: Record<string, string>;
  body: string | Uint8Array | undefined;
  /** Aborted when the attempt times out or the caller cancels; absent when neither can happen. */
  signal: AbortSignal | undefined;
}

/** A complete answer: the body is read to its end within the attempt. */
export interface HttpResponse {
  status: number;
  statusText: string;
  headers: HeadersLike;
  body: Uint8Array;
}

/**
 * Sends one attempt and reads the whole answer. Fails with `NetworkError` when no complete answer
 * came; follows no redirect.
 */
export type RequestHandler = (request: HttpRequest) => Promise<HttpResponse>;

/** A fetch function, as the `fetch` option and transport layers see it. */
export type FetchLike = (request: Request) => Promise<Response>;

/** Wraps the next layer, e.g. to log or change every attempt. */
export type TransportLayer = (next: FetchLike) => FetchLike;
