// Errors the generated client throws. Every service error carries the HTTP status, the AWS error
// type, the request ID and the service's message; the raw response stays reachable but out of
// enumeration and logs. No error ever carries the request's headers, so no credential or signature.
import type { HttpResponse } from './http.js';

export interface ServiceErrorDetails {
  status: number;
  operationId: string;
  errorType?: string | undefined;
  requestId?: string | undefined;
  message?: string | undefined;
  body?: unknown;
  response?: HttpResponse | undefined;
  attempts?: number | undefined;
  violations?: Violation[] | undefined;
}

/** One problem a Prism mock or proxy reports (its `sl-violations` header, or its 422 body). */
export interface Violation {
  location: string[];
  severity: string;
  code: string | number;
  message: string;
}

/** Any answer with an error status. Subclasses name the documented error types. */
export class ServiceException extends Error {
  // Declared, not defined: the constructor sets them all (and a bundle carries no field list).
  declare readonly status: number;
  declare readonly operationId: string;
  /** The AWS error type (`x-amzn-ErrorType`, else `code` or `__type` of the body), e.g. `NotFoundException`. */
  declare readonly errorType: string | undefined;
  /** `RequestID` of the error body, else the `x-amzn-RequestId` header. */
  declare readonly RequestID: string | undefined;
  /** `Message` of the error body, else the raw body text. */
  declare readonly Message: string | undefined;
  /** The parsed error body (JSON) or its text. */
  declare readonly body: unknown;
  /** How many attempts were made before this error was final. */
  declare readonly attempts: number;
  /** What a validating mock or proxy (Prism) found wrong with the request or response. */
  declare readonly violations: readonly Violation[];
  declare readonly response: HttpResponse | undefined;

  constructor(details: ServiceErrorDetails) {
    const summary = details.message ? `: ${details.message}` : '';
    super(`${details.operationId} failed with HTTP ${details.status}${summary}`);
    Object.assign(this, {
      name: new.target.name,
      status: details.status,
      operationId: details.operationId,
      errorType: details.errorType,
      RequestID: details.requestId,
      Message: details.message,
      body: details.body,
      attempts: details.attempts ?? 1,
      violations: details.violations ?? [],
    });
    Object.defineProperty(this, 'response', { value: details.response, enumerable: false });
  }
}

/** An error status the operation does not document. */
export class UnexpectedResponseException extends ServiceException {
  override readonly name: string = 'UnexpectedResponseException';
}

/** A success status whose body is not what the operation documents (not JSON, or empty). */
export class InvalidResponseException extends Error {
  override readonly name = 'InvalidResponseException';
  declare readonly operationId: string;
  declare readonly status: number;
  declare readonly bodyText: string;
  declare readonly response: HttpResponse | undefined;
  /** How many attempts were made, as on the other errors of a call. */
  declare readonly attempts: number;
  constructor(operationId: string, status: number, bodyText: string, response?: HttpResponse, attempts = 1) {
    super(
      bodyText === ''
        ? `${operationId} answered HTTP ${status} with an empty body where the spec documents JSON`
        : `${operationId} answered HTTP ${status} with a body that is not JSON: ${truncate(bodyText)}`,
    );
    Object.assign(this, { operationId, status, bodyText, attempts });
    Object.defineProperty(this, 'response', { value: response, enumerable: false });
  }
}

/** A call that ended without an HTTP answer to build a service error from. */
export abstract class RequestFailedError extends Error {
  /** Set once the error leaves the operation that made it. */
  operationId: string | undefined;
  /** How many attempts were made before it was final. */
  attempts = 1;
}

/** No complete answer came: the connection failed (refused, reset, DNS) or broke off mid-body. */
export class NetworkError extends RequestFailedError {
  override readonly name = 'NetworkError';
  constructor(cause: unknown) {
    super(`the connection failed before a complete response: ${describeFailure(cause)}`, { cause });
  }
}

/** An attempt (sending, waiting, and reading the body) took longer than the configured timeout. */
export class TimeoutError extends RequestFailedError {
  override readonly name = 'TimeoutError';
  declare readonly timeoutMs: number;
  constructor(timeoutMs: number) {
    super(`no response within ${timeoutMs} ms`);
    Object.assign(this, { timeoutMs });
  }
}

/** The caller aborted the call through its AbortSignal. */
export class RequestAbortedError extends RequestFailedError {
  override readonly name = 'RequestAbortedError';
  constructor(reason: unknown) {
    super(`the caller aborted the request${reason instanceof Error ? `: ${reason.message}` : ''}`, { cause: reason });
  }
}

/**
 * The service answered with a redirect (3xx). The service never redirects API calls, and a signed
 * request must not reach another origin, so none is followed.
 */
export class RedirectError extends RequestFailedError {
  override readonly name = 'RedirectError';
  /** The status; 0 where a browser hides it (an opaque redirect). */
  declare readonly status: number;
  /** Where the answer pointed, when visible. */
  declare readonly location: string | undefined;
  constructor(status: number, location: string | undefined) {
    super(`the service answered with a redirect (HTTP ${status || '3xx'}${location ? ` to ${location}` : ''}), which is not followed`);
    Object.assign(this, { status, location });
  }
}

/** The credentials could not be had (the provider failed) or cannot be used; the request was not sent. */
export class CredentialsError extends Error {
  override readonly name = 'CredentialsError';
  constructor(message: string, options?: { cause: unknown }) {
    super(message, options);
  }
}

/** A paginated operation handed back a token it had given before: following it would never end. */
export class PaginationError extends Error {
  override readonly name = 'PaginationError';
  declare readonly operationId: string;
  declare readonly token: string;
  constructor(operationId: string, token: string) {
    super(`${operationId} returned the NextToken ${JSON.stringify(token)} twice`);
    Object.assign(this, { operationId, token });
  }
}

/** What a validator found wrong with a request or response body. */
export interface ValidationIssue {
  instancePath: string;
  keyword: string;
  message: string;
  params?: Record<string, unknown>;
}

/** A request body (before sending) or a response body (after receiving) that breaks the spec. */
export class ValidationError extends Error {
  override readonly name = 'ValidationError';
  declare readonly operationId: string;
  declare readonly phase: 'request' | 'response';
  declare readonly issues: readonly ValidationIssue[];
  constructor(operationId: string, phase: 'request' | 'response', issues: readonly ValidationIssue[]) {
    super(`${operationId}: the ${phase} body does not match the spec:\n${issues.map((i) => `  ${i.instancePath || '(root)'}: ${i.message}`).join('\n')}`);
    Object.assign(this, { operationId, phase, issues });
  }
}

export type ServiceExceptionClass = new (details: ServiceErrorDetails) => ServiceException;

/**
 * Builds the error for a failed response from its status, its body (already read: parsed JSON, or
 * text when it is not JSON) and the operation's documented errors.
 */
export function errorFromBody(
  operationId: string,
  response: HttpResponse,
  body: unknown,
  documented: Readonly<Record<number, ServiceExceptionClass>>,
  attempts = 1,
): ServiceException {
  const fields = typeof body === 'object' && body !== null && !Array.isArray(body) ? (body as Record<string, unknown>) : {};
  const text = typeof body === 'string' && body !== '' ? truncate(body) : undefined;
  const ErrorClass = documented[response.status] ?? UnexpectedResponseException;
  const header = response.headers.get('sl-violations');
  const violations = header ? parseViolations(header) : violationList(fields['validation']);
  const described = violations.map((v) => v.message).join('; ') || undefined;
  return new ErrorClass({
    status: response.status,
    operationId,
    errorType: errorTypeOf(response, fields),
    requestId: stringField(fields, 'RequestID') ?? response.headers.get('x-amzn-requestid') ?? undefined,
    message:
      stringField(fields, 'Message') ??
      stringField(fields, 'message') ??
      text ??
      described ??
      stringField(fields, 'detail') ??
      stringField(fields, 'title'),
    body,
    response,
    violations,
    attempts,
  });
}

// As the AWS SDKs read it for REST JSON services: the header first, then `code`, then `__type`;
// `Type:url` and `namespace#Type` are reduced to `Type`.
function errorTypeOf(response: HttpResponse, fields: Record<string, unknown>): string | undefined {
  const header = response.headers.get('x-amzn-errortype');
  if (header !== null) return sanitizeErrorType(header);
  const codeKey = Object.keys(fields).find((key) => key.toLowerCase() === 'code');
  const code = codeKey === undefined ? undefined : fields[codeKey];
  if (typeof code === 'string' || typeof code === 'number') return sanitizeErrorType(String(code));
  const type = fields['__type'];
  return typeof type === 'string' ? sanitizeErrorType(type) : undefined;
}

function sanitizeErrorType(raw: string): string | undefined {
  let value = raw.split(',')[0]!.split(':')[0]!;
  if (value.includes('#')) value = value.split('#')[1]!;
  return value.trim() || undefined;
}

function parseViolations(header: string): Violation[] {
  try {
    return violationList(JSON.parse(header));
  } catch {
    return [];
  }
}

function violationList(value: unknown): Violation[] {
  return Array.isArray(value) ? value.filter((v): v is Violation => typeof v?.message === 'string') : [];
}

function stringField(fields: Record<string, unknown>, key: string): string | undefined {
  const value = fields[key];
  return typeof value === 'string' ? value : undefined;
}

function describeFailure(cause: unknown): string {
  if (!(cause instanceof Error)) return String(cause);
  // fetch says only "fetch failed"; the system error under it says what happened.
  const inner = (cause as { cause?: unknown }).cause;
  const code = (cause as { code?: unknown }).code ?? (inner as { code?: unknown } | undefined)?.code;
  return typeof code === 'string' && !cause.message.includes(code) ? `${cause.message} (${code})` : cause.message;
}

function truncate(text: string, max = 200): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}
