// One call of one operation: parameters in, typed body out, typed error thrown.
import type { Client } from 'openapi-fetch';
import { InvalidResponseException, errorFromBody, type ServiceExceptionClass } from './errors.js';
import { preferHeader, type MockPreferences } from './transport.js';

export type HttpMethod = 'get' | 'put' | 'post' | 'delete' | 'patch' | 'head' | 'options' | 'trace';

/** What the generator knows of an operation at run time. */
export interface OperationDescriptor {
  readonly operationId: string;
  readonly method: HttpMethod;
  readonly path: string;
  /** The error class of each documented error status. */
  readonly errors: Readonly<Record<number, ServiceExceptionClass>>;
}

export interface OperationInput {
  path?: object;
  query?: object;
  header?: object;
  body?: unknown;
}

/** Per-call options. */
export interface CallOptions {
  /** Cancels the call. */
  signal?: AbortSignal;
  /** Extra headers for this call only. */
  headers?: Readonly<Record<string, string>>;
  /** Asks a Prism mock for a given answer to this call (overrides the client's `mock`). */
  mock?: MockPreferences;
}

function callHeaders(options: CallOptions): Record<string, string> | undefined {
  const prefer = preferHeader(options.mock);
  if (!prefer) return options.headers && { ...options.headers };
  return { ...options.headers, Prefer: prefer };
}

export async function callOperation<Output>(
  http: Client<any>,
  operation: OperationDescriptor,
  input: OperationInput = {},
  options: CallOptions = {},
): Promise<Output> {
  const request = (http.request as (method: string, path: string, init: object) => ReturnType<Client<any>['GET']>);
  const { data, error, response } = await request(operation.method, operation.path, {
    params: { path: input.path, query: input.query, header: input.header },
    body: input.body,
    // Parsed here, not by openapi-fetch, so that a body that is not JSON gives a typed error.
    parseAs: 'text',
    signal: options.signal,
    headers: callHeaders(options),
  });
  if (!response.ok) throw errorFromBody(operation.operationId, response, error, operation.errors);
  const text = typeof data === 'string' ? data : '';
  if (text === '') return undefined as Output;
  try {
    return JSON.parse(text) as Output;
  } catch {
    throw new InvalidResponseException(operation.operationId, response.status, text, response);
  }
}
