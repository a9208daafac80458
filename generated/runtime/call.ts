// Generated from the OpenAPI spec by templates/call.ts by generator/. Do not edit: run `npm run generate`.
// One call of one operation: parameters in, typed body out, typed error thrown.
import type { Middleware } from 'openapi-fetch';
import { fromRequest, fromResponse, toRequest, toResponse } from './adapters.js';
import {
  InvalidResponseException,
  RequestFailedError,
  ValidationError,
  errorFromBody,
  type ServiceExceptionClass,
} from './errors.js';
import type { HttpRequest, HttpResponse } from './http.js';
import { preferHeader, putHeader, serializePath, type BodyValidator, type Connection, type MockPreferences } from './transport.js';

export type HttpMethod = 'get' | 'put' | 'post' | 'delete' | 'patch' | 'head' | 'options' | 'trace';

/** How a documented success answer is read: JSON, text, bytes, or nothing. */
export type SuccessKind = 'json' | 'text' | 'bytes' | 'none';

/** What the generator knows of an operation at run time. */
export interface OperationDescriptor {
  readonly operationId: string;
  readonly method: HttpMethod;
  readonly path: string;
  /** The error class of each documented error status. */
  readonly errors: Readonly<Record<number, ServiceExceptionClass>>;
  /** How each documented success status ("200", "2XX") is read. */
  readonly success: Readonly<Record<string, SuccessKind>>;
  /** Names of its validators in `generated/validators.js`. */
  readonly validators?: { readonly request?: string; readonly responses?: Readonly<Record<number, string>> };
  /** How pages are chained, for operations that answer one page at a time. */
  readonly pagination?: { readonly inputToken: string; readonly outputToken: string; readonly items?: string };
  /** How the request body is written when it is not JSON (the encoders are in bodies.ts). */
  readonly body?: BodyFormat;
  /** How the query is written when a parameter has a style of its own (deepObject, explode false…). */
  readonly query?: QueryFormat;
}

/** A query some of whose parameters have a style: its encoder (bodies.ts) and each such parameter's style. */
export interface QueryFormat {
  readonly encode: (query: Record<string, unknown>, format: QueryFormat) => string;
  readonly styles: Readonly<Record<string, ParameterStyle>>;
}

/** How a query parameter, or a property of a form, is written: RFC 6570's styles, as OpenAPI names them. */
export interface ParameterStyle {
  readonly style?: 'form' | 'spaceDelimited' | 'pipeDelimited' | 'deepObject';
  readonly explode?: boolean;
  readonly allowReserved?: boolean;
}

/** A request body that is not JSON: its media type, its encoder, and how each property is written. */
export interface BodyFormat {
  readonly mediaType: string;
  /** Writes the body, and its content-type into `headers`. */
  readonly encode: (body: unknown, format: BodyFormat, headers: Record<string, string>) => string | Uint8Array | Promise<string | Uint8Array>;
  /** The spec's Encoding Object of each property of a form or multipart body. */
  readonly encoding?: Readonly<Record<string, PropertyEncoding>>;
}

/** How one property of a form or multipart body is written, as the spec's Encoding Object says. */
export interface PropertyEncoding extends ParameterStyle {
  readonly contentType?: string;
}

export interface OperationInput {
  path?: object | undefined;
  query?: object | undefined;
  header?: object | undefined;
  body?: unknown;
}

/** Per-call options. */
export interface CallOptions {
  /** Cancels the call. */
  signal?: AbortSignal | undefined;
  /** Extra headers for this call only. */
  headers?: Readonly<Record<string, string>> | undefined;
  /** Asks a Prism mock for a given answer to this call (overrides the client's `mock`). */
  mock?: MockPreferences | undefined;
}

const decoder = /* @__PURE__ */ new TextDecoder();

function validate(connection: Connection, operation: OperationDescriptor, phase: 'request' | 'response', name: string | undefined, body: unknown) {
  const validation = connection.validation;
  if (!validation || !name || validation[phase] === false) return;
  const validator = validation.validators[name] as BodyValidator | undefined;
  if (typeof validator !== 'function') throw new TypeError(`validation.validators has no ${name}: pass the generated validators module`);
  const result = validator(body);
  if (!result.valid) throw new ValidationError(operation.operationId, phase, result.errors);
}

/** The request of a call, checked: parameters in place, headers that HTTP can carry. */
async function buildRequest(connection: Connection, operation: OperationDescriptor, input: OperationInput, options: CallOptions): Promise<HttpRequest> {
  const headers: Record<string, string> = { ...connection.headers };
  if (options.headers) for (const name in options.headers) putHeader(headers, name, options.headers[name]);
  const prefer = preferHeader(options.mock);
  if (prefer) headers['prefer'] = prefer;
  const headerParams = input.header as Record<string, unknown> | undefined;
  if (headerParams) for (const name in headerParams) putHeader(headers, name, headerParams[name]);
  let body: string | Uint8Array | undefined;
  // Encoded once: every attempt signs and sends these bytes.
  if (input.body !== undefined && operation.body) body = await operation.body.encode(input.body, operation.body, headers);
  else if (input.body !== undefined) {
    body = JSON.stringify(input.body);
    headers['content-type'] ??= 'application/json';
  }
  const queryParams = input.query as Record<string, unknown> | undefined;
  const query = !queryParams ? '' : operation.query ? operation.query.encode(queryParams, operation.query) : connection.querySerializer(queryParams);
  const path = serializePath(operation.operationId, operation.path, input.path as Record<string, unknown> | undefined);
  return {
    method: operation.method.toUpperCase(),
    url: `${connection.baseUrl}${path}${query ? `?${query}` : ''}`,
    headers,
    body,
    signal: undefined,
  };
}

export async function callOperation<Output>(
  connection: Connection,
  operation: OperationDescriptor,
  input: OperationInput = {},
  options: CallOptions = {},
): Promise<Output> {
  if (input.body !== undefined) validate(connection, operation, 'request', operation.validators?.request, input.body);
  const request = await buildRequest(connection, operation, input, options);
  let response: HttpResponse & { attempts?: number };
  try {
    response = connection.middleware.length
      ? await sendWithMiddleware(connection, operation, input, request, options.signal)
      : await connection.send(request, options.signal);
  } catch (error) {
    if (error instanceof RequestFailedError) {
      error.operationId = operation.operationId;
      error.message = `${operation.operationId}: ${error.message} (${error.attempts} attempt${error.attempts === 1 ? '' : 's'})`;
    }
    throw error;
  }
  return decode<Output>(connection, operation, response);
}

function decode<Output>(connection: Connection, operation: OperationDescriptor, response: HttpResponse & { attempts?: number }): Output {
  const { status } = response;
  if (status < 200 || status >= 300) {
    const text = decoder.decode(response.body);
    let body: unknown = text === '' ? undefined : text;
    try {
      if (text !== '') body = JSON.parse(text);
    } catch {
      // not JSON: the error carries the text
    }
    throw errorFromBody(operation.operationId, response, body, operation.errors, response.attempts ?? 1);
  }
  const kind = successKind(operation, status);
  if (kind === 'none') return undefined as Output;
  // A copy, as a plain Uint8Array: node:http's Buffer may be a view of a shared pool.
  if (kind === 'bytes') return new Uint8Array(response.body) as Output;
  const text = decoder.decode(response.body);
  if (kind === 'text') return text as Output;
  let body: unknown;
  try {
    if (text === '') throw new SyntaxError('empty');
    body = JSON.parse(text);
  } catch {
    throw new InvalidResponseException(operation.operationId, status, text, response, response.attempts ?? 1);
  }
  validate(connection, operation, 'response', operation.validators?.responses?.[status], body);
  return body as Output;
}

// The documented status, else its range ("2XX"), else what any documented success is read as.
function successKind(operation: OperationDescriptor, status: number): SuccessKind {
  const success = operation.success ?? {};
  const kind = success[status] ?? success[`${Math.floor(status / 100)}XX`];
  if (kind) return kind;
  if (status === 204 || status === 205) return 'none';
  return Object.values(success)[0] ?? 'json';
}

// openapi-fetch middleware, as openapi-fetch runs it: onRequest in order, once per call, before
// retries and signing; onError and onResponse in reverse order after them.
async function sendWithMiddleware(
  connection: Connection,
  operation: OperationDescriptor,
  input: OperationInput,
  request: HttpRequest,
  signal: AbortSignal | undefined,
): Promise<HttpResponse & { attempts?: number }> {
  const middleware: readonly Middleware[] = connection.middleware;
  const params = { path: input.path, query: input.query, header: input.header } as Record<string, Record<string, unknown> | undefined>;
  const context = {
    schemaPath: operation.path,
    params,
    id: Math.random().toString(36).slice(2, 11),
    options: Object.freeze({
      baseUrl: connection.baseUrl,
      parseAs: 'text' as const,
      querySerializer: connection.querySerializer,
      bodySerializer: JSON.stringify,
      pathSerializer: (path: string, values: Record<string, unknown>) => serializePath(operation.operationId, path, values),
      fetch: (connection.fetch ?? globalThis.fetch) as typeof fetch,
    }),
  };
  const made = toRequest({ ...request, signal });
  let current = made;
  for (const m of middleware) {
    if (!m.onRequest) continue;
    const result = await m.onRequest({ ...context, request: current });
    if (result === undefined) continue;
    if (result instanceof Response) return fromResponse(result);
    if (!(result instanceof Request)) throw new Error('onRequest: must return new Request() or Response() when modifying the request');
    current = result;
  }
  let response: HttpResponse & { attempts?: number };
  try {
    response = await connection.send(await fromRequest(current, { made, from: request }), signal);
  } catch (error) {
    let replaced: unknown = error;
    let answer: Response | undefined;
    for (let i = middleware.length - 1; i >= 0 && !answer; i--) {
      const onError = middleware[i]!.onError;
      if (!onError) continue;
      const result = await onError({ ...context, request: current, error: replaced });
      if (result instanceof Response) answer = result;
      else if (result instanceof Error) replaced = result;
      else if (result !== undefined) throw new Error('onError: must return new Response() or instance of Error');
    }
    if (!answer) throw replaced;
    response = await fromResponse(answer);
  }
  let seen = toResponse(response);
  for (let i = middleware.length - 1; i >= 0; i--) {
    const onResponse = middleware[i]!.onResponse;
    if (!onResponse) continue;
    const result = await onResponse({ ...context, request: current, response: seen });
    if (result === undefined) continue;
    if (!(result instanceof Response)) throw new Error('onResponse: must return new Response() when modifying the response');
    response = { ...(await fromResponse(result.clone())), attempts: response.attempts ?? 1 };
    seen = result;
  }
  return response;
}

type DropConnection<F> = F extends (connection: Connection, ...rest: infer Rest) => infer R ? (...args: Rest) => R : never;

/** A client method: the operation function bound to a connection, marked with its descriptor. */
export function bindOperation<F extends (connection: Connection, ...rest: never[]) => Promise<unknown>>(
  operationFunction: F,
  operation: OperationDescriptor,
  connection: Connection,
): DropConnection<F> & { readonly operation: OperationDescriptor } {
  const method = (...args: never[]) => operationFunction(connection, ...args);
  return Object.assign(method, { operation }) as unknown as DropConnection<F> & { readonly operation: OperationDescriptor };
}
