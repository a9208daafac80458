// Generated from the OpenAPI spec by templates/errors.ts by generator/. Do not edit: run `npm run generate`.
// Errors the generated client throws. Every service error carries the HTTP status, the request ID
// and the service's message; the raw Response stays reachable but out of enumeration and logs.

export interface ServiceErrorDetails {
  status: number;
  operationId: string;
  requestId?: string | undefined;
  message?: string | undefined;
  body?: unknown;
  response?: Response;
  attempts?: number;
  violations?: Violation[];
}

/** One problem Prism reports in its `sl-violations` header. */
export interface Violation {
  location: string[];
  severity: string;
  code: string | number;
  message: string;
}

/** Any answer with an error status. Subclasses name the documented error types. */
export class ServiceException extends Error {
  readonly status: number;
  readonly operationId: string;
  /** `RequestID` of the error body, else the `x-amzn-RequestId` header. */
  readonly RequestID: string | undefined;
  /** `Message` of the error body, else the raw body text. */
  readonly Message: string | undefined;
  /** The parsed error body (JSON) or its text. */
  readonly body: unknown;
  /** How many attempts were made before this error was final. */
  readonly attempts: number;
  /** What a validating mock or proxy (Prism) found wrong with the request or response. */
  readonly violations: readonly Violation[];
  declare readonly response: Response | undefined;

  constructor(details: ServiceErrorDetails) {
    const summary = details.message ? `: ${details.message}` : '';
    super(`${details.operationId} failed with HTTP ${details.status}${summary}`);
    this.name = new.target.name;
    this.status = details.status;
    this.operationId = details.operationId;
    this.RequestID = details.requestId;
    this.Message = details.message;
    this.body = details.body;
    this.attempts = details.attempts ?? 1;
    this.violations = details.violations ?? [];
    Object.defineProperty(this, 'response', { value: details.response, enumerable: false });
  }
}

/** An error status the operation does not document. */
export class UnexpectedResponseException extends ServiceException {}

/** A success status whose body is not the JSON the operation documents. */
export class InvalidResponseException extends Error {
  declare readonly response: Response | undefined;
  constructor(
    readonly operationId: string,
    readonly status: number,
    readonly bodyText: string,
    response?: Response,
  ) {
    super(`${operationId} answered HTTP ${status} with a body that is not JSON: ${truncate(bodyText)}`);
    this.name = 'InvalidResponseException';
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

/** No answer came: the connection failed (refused, reset, DNS). */
export class NetworkError extends RequestFailedError {
  override readonly name = 'NetworkError';
  constructor(cause: unknown) {
    super(`the request got no response: ${messageOf(cause)}`, { cause });
  }
}

/** An attempt took longer than the configured timeout. */
export class TimeoutError extends RequestFailedError {
  override readonly name = 'TimeoutError';
  constructor(readonly timeoutMs: number) {
    super(`no response within ${timeoutMs} ms`);
  }
}

/** The caller aborted the call through its AbortSignal. */
export class RequestAbortedError extends RequestFailedError {
  override readonly name = 'RequestAbortedError';
  constructor(reason: unknown) {
    super(`the caller aborted the request${reason instanceof Error ? `: ${reason.message}` : ''}`, { cause: reason });
  }
}

/** The credentials provider failed; the request was not sent. */
export class CredentialsError extends Error {
  override readonly name = 'CredentialsError';
  constructor(cause: unknown) {
    super(`could not get AWS credentials: ${messageOf(cause)}`, { cause });
  }
}

function messageOf(cause: unknown): string {
  return cause instanceof Error ? cause.message : String(cause);
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
  constructor(
    readonly operationId: string,
    readonly phase: 'request' | 'response',
    readonly issues: readonly ValidationIssue[],
  ) {
    super(
      `${operationId}: the ${phase} body does not match the spec:\n` +
        issues.map((i) => `  ${i.instancePath || '(root)'}: ${i.message}`).join('\n'),
    );
  }
}

export type ServiceExceptionClass = new (details: ServiceErrorDetails) => ServiceException;

/**
 * Builds the error for a failed response from its status, its body (already read: parsed JSON, or
 * text when it is not JSON) and the operation's documented errors.
 */
export function errorFromBody(
  operationId: string,
  response: Response,
  body: unknown,
  documented: Readonly<Record<number, ServiceExceptionClass>>,
  attempts = 1,
): ServiceException {
  const fields = typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : {};
  const text = typeof body === 'string' && body !== '' ? truncate(body) : undefined;
  const ErrorClass = documented[response.status] ?? UnexpectedResponseException;
  const violations = parseViolations(response.headers.get('sl-violations'));
  const described = violations.map((v) => v.message).join('; ') || undefined;
  return new ErrorClass({
    status: response.status,
    operationId,
    requestId: stringField(fields, 'RequestID') ?? response.headers.get('x-amzn-requestid') ?? undefined,
    message: stringField(fields, 'Message') ?? stringField(fields, 'message') ?? text ?? described,
    body,
    response,
    violations,
    attempts,
  });
}

function parseViolations(header: string | null): Violation[] {
  if (!header) return [];
  try {
    const parsed: unknown = JSON.parse(header);
    return Array.isArray(parsed) ? parsed.filter((v): v is Violation => typeof v?.message === 'string') : [];
  } catch {
    return [];
  }
}

function stringField(fields: Record<string, unknown>, key: string): string | undefined {
  const value = fields[key];
  return typeof value === 'string' ? value : undefined;
}

function truncate(text: string, max = 200): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}
