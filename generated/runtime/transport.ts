// Generated from the OpenAPI spec by templates/transport.ts by generator/. Do not edit: run `npm run generate`.
// The connection: endpoints, headers, and what every attempt goes through on its way to the
// network: retries and timeouts, the caller's own layers, SigV4 signing, then the request handler
// (fetch by default; node:http in the Node entry).
import type { Middleware } from 'openapi-fetch';
import { fromRequest, fromResponse, toRequest, toResponse } from './adapters.js';
import { fetchHandler } from './fetch-handler.js';
import type { FetchLike, RequestHandler, TransportLayer } from './http.js';
import { retrying, type Attempt, type RetryOptions, type Sender } from './retry.js';
import { createSigner, uriEncode, type Credentials, type CredentialsProvider, type SigningCrypto } from './signing.js';

export type { FetchLike, HeadersLike, HttpRequest, HttpResponse, RequestHandler, TransportLayer } from './http.js';

export interface ServerTemplate {
  /** A server URL that may hold `{variables}`, e.g. `https://pinpoint.{region}.amazonaws.com`. */
  url: string;
  /** Defaults of the URL's variables. */
  variables: Readonly<Record<string, string>>;
}

/** What the generator knows of the service: where it is and how requests are signed. */
export interface ServiceInfo {
  server: ServerTemplate;
  /** SigV4 signing name, when the spec says requests are signed (`mobiletargeting`). */
  signingName?: string | undefined;
}

/** A body validator as `generated/validators.js` exports them. */
export type BodyValidator = (data: unknown) => {
  valid: boolean;
  errors: readonly { instancePath: string; keyword: string; message: string }[];
};

export interface ValidationOptions {
  /** The generated validators: `import * as validators from './validators.js'`. */
  validators: Readonly<Record<string, unknown>>;
  /** Check request bodies before sending (default true). */
  request?: boolean | undefined;
  /** Check response bodies after receiving (default true). */
  response?: boolean | undefined;
}

export interface TransportOptions {
  /** Base URL of the service, e.g. a mock server or a proxy. Wins over `region` for the URL. */
  endpoint?: string | URL | undefined;
  /** Region of the regional endpoint, and of the signature. */
  region?: string | undefined;
  /** Signs every request with SigV4. Without them requests go unsigned (a mock, a signing proxy). */
  credentials?: Credentials | CredentialsProvider | undefined;
  /** Retries of throttled and transient failures (default 3 attempts in all); `false` turns them off. */
  retry?: RetryOptions | false | undefined;
  /** Each attempt (sending, waiting, reading the body) is abandoned after this many milliseconds. */
  timeoutMs?: number | undefined;
  /** Validates bodies with the generated validators; off unless given. */
  validation?: ValidationOptions | undefined;
  /** A fetch implementation to send with (each attempt is one Request); the global `fetch` by default. */
  fetch?: FetchLike | undefined;
  /** Sends attempts without fetch's Request and Response: the Node entry's default is node:http. */
  requestHandler?: RequestHandler | undefined;
  /** SHA-256 and HMAC for signing: Web Crypto by default, plain JavaScript in the Node entry. */
  signingCrypto?: SigningCrypto | undefined;
  /** Headers sent with every request. */
  headers?: Readonly<Record<string, string>> | undefined;
  /** Layers around fetch, outermost first, run on every attempt before signing. */
  transport?: readonly TransportLayer[] | undefined;
  /** openapi-fetch middleware (logging, tracing), run once per call, before retries and signing. */
  middleware?: readonly Middleware[] | undefined;
  /** Asks a Prism mock for a given answer on every call (sent as the `Prefer` header). */
  mock?: MockPreferences | undefined;
  /** The clock signatures are dated by (tests, or a corrected clock skew). */
  clock?: (() => Date) | undefined;
}

/** What to ask a Prism mock for: a documented status, a named example, or generated data. */
export interface MockPreferences {
  /** Answer with this documented status, e.g. 404. */
  code?: number | undefined;
  /** Answer with the documented example of this name. */
  example?: string | undefined;
  /** Answer with data generated from the schema instead of the documented example. */
  dynamic?: boolean | undefined;
}

/** A configured connection to the service, shared by every operation function. Made by `create…Connection`. */
export interface Connection {
  /** The service's URL, without a trailing slash. */
  readonly baseUrl: string;
  /** Headers of every request: lower-case names, checked values. */
  readonly headers: Readonly<Record<string, string>>;
  /** Sends a request with retries, timeouts, layers and signing. */
  readonly send: Sender;
  readonly middleware: readonly Middleware[];
  readonly validation: ValidationOptions | undefined;
  readonly querySerializer: (query: Record<string, unknown>) => string;
  /** The fetch given in the options, for middleware that asks. */
  readonly fetch: FetchLike | undefined;
}

/** The `Prefer` header value Prism reads, or undefined when nothing is asked. */
export function preferHeader(mock: MockPreferences | undefined): string | undefined {
  if (!mock) return undefined;
  const parts: string[] = [];
  if (mock.code !== undefined) parts.push(`code=${mock.code}`);
  if (mock.example !== undefined) parts.push(`example=${mock.example}`);
  if (mock.dynamic !== undefined) parts.push(`dynamic=${mock.dynamic}`);
  return parts.length > 0 ? parts.join(', ') : undefined;
}

export function resolveBaseUrl(options: Pick<TransportOptions, 'endpoint' | 'region'>, server: ServerTemplate): string {
  let url: string;
  if (options.endpoint !== undefined) {
    url = String(options.endpoint);
  } else {
    const variables: Record<string, string> = { ...server.variables };
    if (options.region !== undefined) {
      if (!/^[a-z0-9-]+$/.test(options.region)) throw new TypeError(`Not a region name: ${JSON.stringify(options.region)}`);
      variables['region'] = options.region;
    }
    url = server.url.replace(/\{([^}]+)\}/g, (_, name: string) => {
      const value = variables[name];
      if (value === undefined) throw new TypeError(`The server URL needs a value for {${name}}: pass \`endpoint\``);
      return value;
    });
  }
  const parsed = new URL(url);
  if (!/^https?:$/.test(parsed.protocol) || parsed.username || parsed.password || parsed.search || parsed.hash) {
    throw new TypeError(`The endpoint must be an http or https URL without user info, query or fragment: ${JSON.stringify(url)}`);
  }
  return `${parsed.origin}${parsed.pathname}`.replace(/\/+$/, '');
}

// Path parameters are encoded as the AWS SDKs encode them (RFC 3986), so that "/", "?" and "#" stay
// inside their segment.
export function encodePathSegment(value: unknown): string {
  return uriEncode(String(value));
}

/** Fills `{name}` in a path template; a value that is missing, empty, or a dot segment is refused. */
export function serializePath(operationId: string, template: string, params: Record<string, unknown> | undefined): string {
  return template.replace(/\{([^}]+)\}/g, (_, name: string) => {
    const value = params?.[name];
    const refuse = (why: string) => new TypeError(`${operationId}: the path parameter ${name} ${why}; nothing was sent`);
    if (value === undefined || value === null) throw refuse(`is ${value === null ? 'null' : 'missing'}`);
    if (!/^(string|number|bigint|boolean)$/.test(typeof value)) throw refuse('must be a string');
    const text = String(value);
    if (text === '') throw refuse('is empty');
    // URLs resolve "." and ".." (even percent-encoded) as steps up the path: no encoding can carry them.
    if (text === '.' || text === '..') throw refuse(`cannot be ${JSON.stringify(text)}`);
    return encodePathSegment(text);
  });
}

/**
 * The query string, as OpenAPI serializes `in: query` parameters by default (style form, explode):
 * `name=value`, an array as the name repeated, an object as its own names and values; undefined and
 * null are left out. (openapi-fetch's default differs for objects: `name[key]=value`.)
 */
export function serializeQuery(query: Record<string, unknown>): string {
  const parts: string[] = [];
  const add = (name: string, value: unknown) => {
    if (value !== undefined && value !== null) parts.push(`${encodeURIComponent(name)}=${encodeURIComponent(String(value))}`);
  };
  for (const name in query) {
    const value = query[name];
    if (Array.isArray(value)) for (const item of value) add(name, item);
    else if (typeof value === 'object' && value !== null) for (const key in value) add(key, (value as Record<string, unknown>)[key]);
    else add(name, value);
  }
  return parts.join('&');
}

const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
const HEADER_VALUE_FORBIDDEN = /[^\t\x20-\x7e\x80-\xff]/;

/**
 * Sets a header, or refuses what HTTP cannot carry, naming the header and never its value (it may
 * be a credential). Done before anything reaches fetch or node:http, whose own messages would
 * quote the value.
 */
export function putHeader(headers: Record<string, string>, name: string, value: unknown): void {
  if (value === undefined || value === null) return;
  if (!HEADER_NAME.test(name)) throw new TypeError(`${JSON.stringify(name)} is not a valid HTTP header name`);
  const text = String(value).replace(/^[\t ]+|[\t ]+$/g, '');
  if (HEADER_VALUE_FORBIDDEN.test(text)) {
    throw new TypeError(`The ${name} header cannot be sent: its value holds a line break, a control character or a character outside Latin-1`);
  }
  headers[name.toLowerCase()] = text;
}

export function createConnection(options: TransportOptions, service: ServiceInfo): Connection {
  if (options.fetch && options.requestHandler) throw new TypeError('Pass `fetch` or `requestHandler`, not both');
  const handler = options.requestHandler ?? fetchHandler(options.fetch);
  let attempt: Attempt = handler;
  if (options.credentials) {
    if (!service.signingName) throw new TypeError('This API does not say how to sign requests: `credentials` cannot be used');
    const sign = createSigner({
      credentials: options.credentials,
      region: options.region ?? service.server.variables['region'] ?? 'us-east-1',
      service: service.signingName,
      clock: options.clock,
      crypto: options.signingCrypto,
    });
    attempt = async (request) => {
      await sign(request);
      return handler(request);
    };
  }
  if (options.transport?.length) attempt = throughLayers(options.transport, attempt);

  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(options.headers ?? {})) putHeader(headers, name, value);
  const prefer = preferHeader(options.mock);
  if (prefer) headers['prefer'] = prefer;
  return {
    baseUrl: resolveBaseUrl(options, service.server),
    headers,
    send: retrying(attempt, { ...(options.retry === false ? { maxAttempts: 1 } : options.retry), timeoutMs: options.timeoutMs }),
    middleware: options.middleware ?? [],
    validation: options.validation,
    querySerializer: serializeQuery,
    fetch: options.fetch,
  };
}

// The caller's layers speak fetch: each attempt becomes one Request on the way in and one Response
// on the way out; what they pass on is signed and sent with the attempt's own signal.
function throughLayers(layers: readonly TransportLayer[], inner: Attempt): Attempt {
  return async (request) => {
    const made = toRequest(request);
    const send: FetchLike = async (layered) => toResponse(await inner(await fromRequest(layered, { made, from: request })));
    const chain = layers.reduceRight<FetchLike>((next, layer) => layer(next), send);
    return fromResponse(await chain(made));
  };
}

export type { AttemptedResponse, Sender } from './retry.js';
