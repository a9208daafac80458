// Generated from the OpenAPI spec by templates/transport.ts by generator/. Do not edit: run `npm run generate`.
// The transport seam: every request goes through a chain of layers around `fetch`. Signing and
// retries are layers; so is anything a user adds that needs to see each attempt on the wire.
import createClient, { type Client, type Middleware } from 'openapi-fetch';

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

export interface TransportOptions {
  /** Base URL of the service, e.g. a mock server or a proxy. Wins over `region`. */
  endpoint?: string | URL;
  /** Region whose regional endpoint serves the requests. */
  region?: string;
  /** The fetch implementation; the global `fetch` by default. */
  fetch?: FetchLike;
  /** Headers sent with every request. */
  headers?: Readonly<Record<string, string>>;
  /** Layers around fetch, outermost first. */
  transport?: readonly TransportLayer[];
  /** openapi-fetch middleware (logging, tracing), run once per call before the transport. */
  middleware?: readonly Middleware[];
  /** Asks a Prism mock for a given answer on every call (sent as the `Prefer` header). */
  mock?: MockPreferences;
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

/** The `Prefer` header value Prism reads, or undefined when nothing is asked. */
export function preferHeader(mock: MockPreferences | undefined): string | undefined {
  if (!mock) return undefined;
  const parts: string[] = [];
  if (mock.code !== undefined) parts.push(`code=${mock.code}`);
  if (mock.example !== undefined) parts.push(`example=${mock.example}`);
  if (mock.dynamic !== undefined) parts.push(`dynamic=${mock.dynamic}`);
  return parts.length > 0 ? parts.join(', ') : undefined;
}

function withPrefer(mock: MockPreferences | undefined): Record<string, string> {
  const prefer = preferHeader(mock);
  return prefer ? { Prefer: prefer } : {};
}

export function composeTransport(base: FetchLike, layers: readonly TransportLayer[] = []): FetchLike {
  return layers.reduceRight<FetchLike>((next, layer) => layer(next), base);
}

export function resolveBaseUrl(options: Pick<TransportOptions, 'endpoint' | 'region'>, server: ServerTemplate): string {
  if (options.endpoint !== undefined) return String(options.endpoint).replace(/\/+$/, '');
  const variables: Record<string, string> = { ...server.variables };
  if (options.region !== undefined) {
    if (!/^[a-z0-9-]+$/.test(options.region)) throw new TypeError(`Not a region name: ${JSON.stringify(options.region)}`);
    variables.region = options.region;
  }
  return server.url.replace(/\{([^}]+)\}/g, (_, name: string) => {
    const value = variables[name];
    if (value === undefined) throw new TypeError(`The server URL needs a value for {${name}}: pass \`endpoint\``);
    return value;
  });
}

/** An openapi-fetch client whose requests go through the transport layers. */
export function createHttpClient<Paths extends {}>(options: TransportOptions, server: ServerTemplate): Client<Paths> {
  const base: FetchLike = options.fetch ?? ((request) => globalThis.fetch(request));
  const http = createClient<Paths>({
    baseUrl: resolveBaseUrl(options, server),
    fetch: composeTransport(base, options.transport),
    headers: { ...options.headers, ...withPrefer(options.mock) },
  });
  if (options.middleware?.length) http.use(...options.middleware);
  return http;
}
