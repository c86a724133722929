/**
 * Error classes of the Promise SDK. Every rejection of the client is an `EgoiError`; API answers are
 * `EgoiAPIError`s with one class per documented status, so `instanceof EgoiNotFoundError` works.
 * None of them ever holds the API key.
 */

/** Fields every error may carry. */
export interface EgoiErrorFields {
  /** The HTTP method of the call. */
  readonly method?: string | undefined
  /** The path of the call, without host or query string. */
  readonly path?: string | undefined
}

/** The base of every error the SDK throws. */
export class EgoiError extends Error {
  readonly method: string | undefined
  readonly path: string | undefined
  constructor(message: string, fields: EgoiErrorFields = {}, options?: { cause?: unknown }) {
    super(message, options)
    this.name = new.target.name
    this.method = fields.method
    this.path = fields.path
  }
}

/** The rate-limit and quota headers of a 429 answer. */
export interface RateLimitInfo {
  readonly limit?: number | undefined
  readonly remaining?: number | undefined
  /** Seconds until the window resets. */
  readonly reset?: number | undefined
  readonly accountLimit?: number | undefined
  readonly accountRemaining?: number | undefined
  /** Seconds until the account quota renews. */
  readonly accountReset?: number | undefined
}

/** What E-goi answered: its documented error body, with the call's method and path. */
export interface ApiErrorFields extends EgoiErrorFields {
  readonly status: number
  readonly title: string
  readonly detail: string
  readonly type?: string | undefined
  readonly errors?: Readonly<Record<string, unknown>> | undefined
}

/** E-goi answered with an error status. */
export class EgoiAPIError extends EgoiError {
  readonly status: number
  readonly title: string
  readonly detail: string
  readonly type: string | undefined
  /** Per-field or per-reason details, as E-goi sends them with 409 and 422. */
  readonly errors: Readonly<Record<string, unknown>> | undefined
  constructor(message: string, fields: ApiErrorFields) {
    super(message, fields)
    this.status = fields.status
    this.title = fields.title
    this.detail = fields.detail
    this.type = fields.type
    this.errors = fields.errors
  }
}

/** 400 */
export class EgoiBadRequestError extends EgoiAPIError {}
/** 401: the API key is missing or not valid. */
export class EgoiUnauthorizedError extends EgoiAPIError {}
/** 403 */
export class EgoiForbiddenError extends EgoiAPIError {}
/** 404 */
export class EgoiNotFoundError extends EgoiAPIError {}
/** 408: E-goi's own time limit for the request ran out. */
export class EgoiRequestTimeoutError extends EgoiAPIError {}
/** 409; `errors` names the reason. */
export class EgoiConflictError extends EgoiAPIError {}
/** 413: the body is over 20 MB. Raised before sending. */
export class EgoiPayloadTooLargeError extends EgoiAPIError {}
/** 422; `errors` says what E-goi found invalid. */
export class EgoiUnprocessableEntityError extends EgoiAPIError {}
/** 500 */
export class EgoiInternalServerError extends EgoiAPIError {}
/** 503 */
export class EgoiServiceUnavailableError extends EgoiAPIError {}
/** A status the operation does not document. */
export class EgoiUnexpectedStatusError extends EgoiAPIError {}

/** 429 from the rate limit, after the retries allowed. */
export class EgoiRateLimitError extends EgoiAPIError {
  readonly rateLimit: RateLimitInfo | undefined
  constructor(message: string, fields: ApiErrorFields & { readonly rateLimit?: RateLimitInfo | undefined }) {
    super(message, fields)
    this.rateLimit = fields.rateLimit
  }
}

/** 429 with the account's hourly quota spent; `rateLimit.accountReset` says when it renews. */
export class EgoiAccountQuotaError extends EgoiRateLimitError {}

/** The parameters broke a documented constraint; nothing was sent. */
export class EgoiValidationError extends EgoiError {
  readonly operation: string
  readonly issues: ReadonlyArray<{ readonly path: string; readonly message: string }>
  constructor(
    message: string,
    fields: { readonly operation: string; readonly issues: ReadonlyArray<{ path: string; message: string }> }
  ) {
    super(message)
    this.operation = fields.operation
    this.issues = fields.issues
  }
}

/** The request could not be delivered or its answer not read. */
export class EgoiConnectionError extends EgoiError {}

/** No answer within the timeout. */
export class EgoiTimeoutError extends EgoiError {}

/** A successful answer whose body does not match the documented schema. */
export class EgoiResponseDecodeError extends EgoiError {}

/** The call was aborted through its `signal`. */
export class EgoiAbortError extends EgoiError {}

/** The client options are not usable. */
export class EgoiConfigError extends EgoiError {}
