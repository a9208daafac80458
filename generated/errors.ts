// Generated from the OpenAPI spec by generator/. Do not edit: run `npm run generate`.
import { ServiceException } from "./runtime/errors.js";

export { ServiceException, UnexpectedResponseException, InvalidResponseException, RequestFailedError, NetworkError, TimeoutError, RequestAbortedError, RedirectError, CredentialsError, PaginationError, ValidationError } from "./runtime/errors.js";
export type { ServiceErrorDetails, ServiceExceptionClass, ValidationIssue, Violation } from "./runtime/errors.js";

/** The request is malformed. (BadRequestException) */
export class BadRequestException extends ServiceException {
  override name = "BadRequestException";
}

/** Access to the resource is denied. (ForbiddenException) */
export class ForbiddenException extends ServiceException {
  override name = "ForbiddenException";
}

/** The service failed unexpectedly. (InternalServerErrorException) */
export class InternalServerErrorException extends ServiceException {
  override name = "InternalServerErrorException";
}

/** The resource does not support this method. (MethodNotAllowedException) */
export class MethodNotAllowedException extends ServiceException {
  override name = "MethodNotAllowedException";
}

/** The resource does not exist. (NotFoundException) */
export class NotFoundException extends ServiceException {
  override name = "NotFoundException";
}

/** Too many requests in a short time. (TooManyRequestsException) */
export class TooManyRequestsException extends ServiceException {
  override name = "TooManyRequestsException";
}
