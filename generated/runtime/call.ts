// Generated from the OpenAPI spec by templates/call.ts by generator/. Do not edit: run `npm run generate`.
// One call of one operation: parameters in, typed body out, typed error thrown.
import {
  InvalidResponseException,
  RequestFailedError,
  ValidationError,
  errorFromBody,
  type ServiceExceptionClass,
} from './errors.js';
import { attemptsOf } from './retry.js';
import { preferHeader, type BodyValidator, type Connection, type MockPreferences } from './transport.js';

export type HttpMethod = 'get' | 'put' | 'post' | 'delete' | 'patch' | 'head' | 'options' | 'trace';

/** What the generator knows of an operation at run time. */
export interface OperationDescriptor {
  readonly operationId: string;
  readonly method: HttpMethod;
  readonly path: string;
  /** The error class of each documented error status. */
  readonly errors: Readonly<Record<number, ServiceExceptionClass>>;
  /** How the body of each documented success status is read: JSON, text, bytes, or no body. */
  readonly success: Readonly<Record<string, 'json' | 'text' | 'bytes' | 'none'>>;
  /** Names of its validators in `generated/validators.js`. */
  readonly validators?: { readonly request?: string; readonly responses?: Readonly<Record<number, string>> };
  /** How pages are chained, for operations that answer one page at a time. */
  readonly pagination?: { readonly inputToken: string; readonly outputToken: string; readonly items?: string };
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

function validate(connection: Connection, operation: OperationDescriptor, phase: 'request' | 'response', name: string | undefined, body: unknown) {
  const validation = connection.validation;
  if (!validation || !name || validation[phase] === false) return;
  const validator = validation.validators[name] as BodyValidator | undefined;
  if (typeof validator !== 'function') throw new TypeError(`validation.validators has no ${name}: pass the generated validators module`);
  const result = validator(body);
  if (!result.valid) throw new ValidationError(operation.operationId, phase, result.errors);
}

export async function callOperation<Output>(
  connection: Connection,
  operation: OperationDescriptor,
  input: OperationInput = {},
  options: CallOptions = {},
): Promise<Output> {
  if (input.body !== undefined) validate(connection, operation, 'request', operation.validators?.request, input.body);
  const request = connection.http.request as (method: string, path: string, init: object) => Promise<{ data?: unknown; error?: unknown; response: Response }>;
  let result: Awaited<ReturnType<typeof request>>;
  try {
    result = await request(operation.method, operation.path, {
      params: { path: input.path, query: input.query, header: input.header },
      body: input.body,
      // Parsed here, not by openapi-fetch, so that a body that is not JSON gives a typed error.
      parseAs: 'text',
      signal: options.signal,
      headers: callHeaders(options),
    });
  } catch (error) {
    if (error instanceof RequestFailedError) {
      error.operationId = operation.operationId;
      error.message = `${operation.operationId}: ${error.message} (${error.attempts} attempt${error.attempts === 1 ? '' : 's'})`;
    }
    throw error;
  }
  const { data, error, response } = result;
  if (!response.ok) throw errorFromBody(operation.operationId, response, error, operation.errors, attemptsOf(response));
  const text = typeof data === 'string' ? data : '';
  let body: unknown;
  try {
    body = text === '' ? undefined : JSON.parse(text);
  } catch {
    throw new InvalidResponseException(operation.operationId, response.status, text, response);
  }
  validate(connection, operation, 'response', operation.validators?.responses?.[response.status], body);
  return body as Output;
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
