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

/** The SDK error for a core error (or anything else that escaped). */
export const toSdkError = (error: unknown): Errors.EgoiError => {
  if (error instanceof Errors.EgoiError) return error
  const tagged = error as CoreError.EgoiError & { readonly _tag?: string; readonly message: string }
  const tag = typeof tagged?._tag === "string" ? tagged._tag : undefined
  if (tag !== undefined && tag in API_ERRORS) {
    const api = tagged as CoreError.ApiError
    return new API_ERRORS[tag]!(api.message, api as Errors.ApiErrorFields)
  }
  switch (tag) {
    case "RequestValidationError": {
      const validation = tagged as CoreError.RequestValidationError
      return new Errors.EgoiValidationError(validation.message, validation)
    }
    case "TransportError": {
      const transport = tagged as CoreError.TransportError
      return new Errors.EgoiConnectionError(transport.message, transport)
    }
    case "TimeoutError": {
      const timeout = tagged as CoreError.TimeoutError
      return new Errors.EgoiTimeoutError(timeout.message, timeout)
    }
    case "ResponseDecodeError": {
      const decode = tagged as CoreError.ResponseDecodeError
      return new Errors.EgoiResponseDecodeError(decode.message, decode)
    }
    case "EgoiConfigError":
      return new Errors.EgoiConfigError(tagged.message)
  }
  return new Errors.EgoiError(error instanceof Error ? error.message : String(error), {}, { cause: error })
}
