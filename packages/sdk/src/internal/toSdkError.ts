/**
 * The SDK's error for a failure of `@egoi-ts/core`: the class of the same name in the SDK's table,
 * with the failure's own fields and nothing it may reference besides.
 *
 * @internal
 */
import type * as CoreError from "@egoi-ts/core/EgoiError"
import {
  EgoiAccountQuotaError,
  EgoiBadRequestError,
  EgoiConfigError,
  EgoiConflictError,
  EgoiConnectionError,
  EgoiError,
  EgoiForbiddenError,
  EgoiInternalServerError,
  EgoiNotFoundError,
  EgoiPayloadTooLargeError,
  EgoiRateLimitError,
  EgoiRequestTimeoutError,
  EgoiResponseDecodeError,
  EgoiServiceUnavailableError,
  EgoiTimeoutError,
  EgoiUnauthorizedError,
  EgoiUnexpectedStatusError,
  EgoiUnprocessableEntityError,
  EgoiValidationError,
  type ErrorKind,
  type Outcome
} from "../errors.js"

// The SDK's vocabulary is written out in its declarations; this stops compiling if core's moves.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never
const vocabularyFollowsCore: [Same<Exclude<ErrorKind, "aborted">, CoreError.Kind>, Same<Outcome, CoreError.Outcome>] = [
  true,
  true
]
void vocabularyFollowsCore

type SdkErrorClass = new (message: string, fields: any) => EgoiError

/**
 * The SDK class of each error of core's table, by tag. The compiler checks that every error core can
 * raise has its class here.
 */
const CLASSES: { readonly [Tag in CoreError.Tag]: SdkErrorClass } = {
  BadRequest: EgoiBadRequestError,
  Unauthorized: EgoiUnauthorizedError,
  Forbidden: EgoiForbiddenError,
  NotFound: EgoiNotFoundError,
  RequestTimeout: EgoiRequestTimeoutError,
  Conflict: EgoiConflictError,
  PayloadTooLarge: EgoiPayloadTooLargeError,
  UnprocessableEntity: EgoiUnprocessableEntityError,
  TooManyRequests: EgoiRateLimitError,
  AccountQuotaExceeded: EgoiAccountQuotaError,
  InternalServerError: EgoiInternalServerError,
  ServiceUnavailable: EgoiServiceUnavailableError,
  UnexpectedStatus: EgoiUnexpectedStatusError,
  RequestValidationError: EgoiValidationError,
  TransportError: EgoiConnectionError,
  TimeoutError: EgoiTimeoutError,
  ResponseDecodeError: EgoiResponseDecodeError,
  EgoiConfigError: EgoiConfigError
}

/** The plain data of a core error: its schema fields, nothing it may reference besides. */
const fieldsOf = (error: Record<string, unknown>): Record<string, unknown> => {
  const fields: Record<string, unknown> = {}
  for (const key of Object.keys(error)) {
    if (key === "_tag" || key === "cause" || key === "stack") continue
    fields[key] = error[key]
  }
  return fields
}

/** The SDK error for a failure of `@egoi-ts/core`; anything else that escaped keeps only its message. */
export const toSdkError = (error: unknown): EgoiError => {
  if (error instanceof EgoiError) return error
  const tag = (error as { readonly _tag?: unknown } | null | undefined)?._tag
  const SdkClass = typeof tag === "string" ? (CLASSES as Record<string, SdkErrorClass>)[tag] : undefined
  if (SdkClass) {
    const core = error as Record<string, unknown> & {
      readonly message: string
      readonly constructor: { kind?: unknown }
    }
    const kind = core.constructor.kind
    return new SdkClass(core.message, { ...fieldsOf(core), ...(typeof kind === "string" ? { kind } : {}) })
  }
  const message = error instanceof Error ? error.message : String(error)
  return new EgoiError(message.slice(0, 1000))
}
