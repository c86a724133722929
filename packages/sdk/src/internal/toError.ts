/**
 * Maps the failures of `@egoi-ts/core` to the SDK's error classes.
 *
 * @internal
 */
import type { EgoiError as CoreError } from "@egoi-ts/core"
import * as Errors from "../errors.js"

type ApiErrorClass = new (message: string, fields: Errors.ApiErrorFields) => Errors.EgoiAPIError

const API_ERRORS: Record<string, ApiErrorClass> = {
  BadRequest: Errors.EgoiBadRequestError,
  Unauthorized: Errors.EgoiUnauthorizedError,
  Forbidden: Errors.EgoiForbiddenError,
  NotFound: Errors.EgoiNotFoundError,
  RequestTimeout: Errors.EgoiRequestTimeoutError,
  Conflict: Errors.EgoiConflictError,
  PayloadTooLarge: Errors.EgoiPayloadTooLargeError,
  UnprocessableEntity: Errors.EgoiUnprocessableEntityError,
  TooManyRequests: Errors.EgoiRateLimitError,
  AccountQuotaExceeded: Errors.EgoiAccountQuotaError,
  InternalServerError: Errors.EgoiInternalServerError,
  ServiceUnavailable: Errors.EgoiServiceUnavailableError,
  UnexpectedStatus: Errors.EgoiUnexpectedStatusError
}

type LocalError = CoreError.EgoiError & { readonly message: string }

/** The failures that happen on this side of the wire, by core tag. */
const LOCAL_ERRORS: Record<string, (error: LocalError) => Errors.EgoiError> = {
  RequestValidationError: (error) =>
    new Errors.EgoiValidationError(error.message, error as CoreError.RequestValidationError),
  TransportError: (error) => new Errors.EgoiConnectionError(error.message, error as CoreError.TransportError),
  TimeoutError: (error) => new Errors.EgoiTimeoutError(error.message, error as CoreError.TimeoutError),
  ResponseDecodeError: (error) =>
    new Errors.EgoiResponseDecodeError(error.message, error as CoreError.ResponseDecodeError),
  EgoiConfigError: (error) => new Errors.EgoiConfigError(error.message)
}

/** The SDK error for a core error (or anything else that escaped). */
export const toSdkError = (error: unknown): Errors.EgoiError => {
  if (error instanceof Errors.EgoiError) return error
  const tagged = error as CoreError.EgoiError & { readonly _tag?: string; readonly message: string }
  const tag = typeof tagged?._tag === "string" ? tagged._tag : undefined
  if (tag !== undefined && tag in API_ERRORS) {
    const api = tagged as CoreError.ApiError
    return new API_ERRORS[tag]!(api.message, api as Errors.ApiErrorFields)
  }
  const local = tag === undefined ? undefined : LOCAL_ERRORS[tag]
  if (local) return local(tagged)
  return new Errors.EgoiError(error instanceof Error ? error.message : String(error), {}, { cause: error })
}
