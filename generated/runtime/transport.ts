// Generated from the OpenAPI spec by templates/transport.ts by generator/. Do not edit: run `npm run generate`.
// The transport: endpoints, and the chain of layers every request goes through on its way to
// fetch: retries and timeouts, the caller's own layers, then SigV4 signing, on every attempt.
import createClient, { type Client, type Middleware } from 'openapi-fetch';
import { retryLayer, type RetryOptions } from './retry.js';
import { signingLayer, type Credentials, type CredentialsProvider } from './signing.js';

/** What each layer calls: one HTTP exchange. */
export type FetchLike = (request: Request) => Promise<Response>;

/** Wraps the next layer, e.g. to sign, retry or log every attempt. */
export type TransportLayer = (next: FetchLike) => FetchLike;

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
  signingName?: string;
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
  request?: boolean;
  /** Check response bodies after receiving (default true). */
  response?: boolean;
}

export interface TransportOptions {
  /** Base URL of the service, e.g. a mock server or a proxy. Wins over `region` for the URL. */
  endpoint?: string | URL;
  /** Region of the regional endpoint, and of the signature. */
  region?: string;
  /** Signs every request with SigV4. Without them requests go unsigned (a mock, a signing proxy). */
  credentials?: Credentials | CredentialsProvider;
  /** Retries of throttled and transient failures (default 3 attempts in all); `false` turns them off. */
  retry?: RetryOptions | false;
  /** Each attempt is abandoned after this many milliseconds. */
  timeoutMs?: number;
  /** Validates bodies with the generated validators; off unless given. */
  validation?: ValidationOptions;
  /** The fetch implementation; the global `fetch` by default. */
  fetch?: FetchLike;
  /** Headers sent with every request. */
  headers?: Readonly<Record<string, string>>;
  /** Layers around fetch, outermost first, run on every attempt before signing. */
  transport?: readonly TransportLayer[];
  /** openapi-fetch middleware (logging, tracing), run once per call, before retries and signing. */
  middleware?: readonly Middleware[];
  /** Asks a Prism mock for a given answer on every call (sent as the `Prefer` header). */
  mock?: MockPreferences;
  /** The clock signatures are dated by (tests, or a corrected clock skew). */
  clock?: () => Date;
}

/** What to ask a Prism mock for: a documented status, a named example, or generated data. */
export interface MockPreferences {
  /** Answer with this documented status, e.g. 404. */
  code?: number;
  /** Answer with the documented example of this name. */
  example?: string;
  /** Answer with data generated from the schema instead of the documented example. */
  dynamic?: boolean;
}

/** A configured connection to the service, shared by every operation function. */
export interface Connection {
  http: Client<any>;
  validation?: ValidationOptions | undefined;
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

export function composeTransport(base: FetchLike, layers: readonly TransportLayer[] = []): FetchLike {
  return layers.reduceRight<FetchLike>((next, layer) => layer(next), base);
}

export function resolveBaseUrl(options: Pick<TransportOptions, 'endpoint' | 'region'>, server: ServerTemplate): string {
  if (options.endpoint !== undefined) return String(options.endpoint).replace(/\/+$/, '');
  const variables: Record<string, string> = { ...server.variables };
  if (options.region !== undefined) {
    if (!/^[a-z0-9-]+$/.test(options.region)) throw new TypeError(`Not a region name: ${JSON.stringify(options.region)}`);
    variables['region'] = options.region;
  }
  return server.url.replace(/\{([^}]+)\}/g, (_, name: string) => {
    const value = variables[name];
    if (value === undefined) throw new TypeError(`The server URL needs a value for {${name}}: pass \`endpoint\``);
    return value;
  });
}

// Path parameters are encoded as the AWS SDKs encode them, so that "/", "?" and "#" stay inside
// their segment.
export function encodePathSegment(value: unknown): string {
  return encodeURIComponent(String(value)).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

function serializePath(pathname: string, params: Record<string, unknown> | undefined): string {
  return pathname.replace(/\{([^}]+)\}/g, (match, name: string) => {
    const value = params?.[name];
    if (value === undefined || value === null) return match;
    // URLs resolve "." and ".." (even percent-encoded) as steps up the path: no encoding can carry them.
    if (value === '.' || value === '..') throw new TypeError(`The path parameter ${name} cannot be ${JSON.stringify(value)}`);
    return encodePathSegment(value);
  });
}

export function createConnection(options: TransportOptions, service: ServiceInfo): Connection {
  const base: FetchLike = options.fetch ?? ((request) => globalThis.fetch(request));
  const layers: TransportLayer[] = [];
  if (options.retry !== false || options.timeoutMs !== undefined) {
    layers.push(retryLayer({ ...(options.retry === false ? { maxAttempts: 1 } : options.retry), timeoutMs: options.timeoutMs }));
  }
  layers.push(...(options.transport ?? []));
  if (options.credentials) {
    if (!service.signingName) throw new TypeError('This API does not say how to sign requests: `credentials` cannot be used');
    layers.push(
      signingLayer({
        credentials: options.credentials,
        region: options.region ?? service.server.variables['region'] ?? 'us-east-1',
        service: service.signingName,
        clock: options.clock,
      }),
    );
  }
  const prefer = preferHeader(options.mock);
  const http = createClient<any>({
    baseUrl: resolveBaseUrl(options, service.server),
    fetch: composeTransport(base, layers),
    headers: { ...options.headers, ...(prefer ? { Prefer: prefer } : {}) },
    pathSerializer: serializePath,
  });
  if (options.middleware?.length) http.use(...options.middleware);
  return { http, validation: options.validation };
}
