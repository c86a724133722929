/**
 * Error classes of the Promise SDK. Every rejection of the client is an `EgoiError`; API answers are
 * `EgoiAPIError`s with one class per documented status, so `instanceof EgoiNotFoundError` works.
 * The classes mirror `@egoi-ts/core`'s error table one to one (the compiler checks the mapping), and
 * none of them ever holds the API key: an error keeps its fields, never the request, its headers or a
 * raw cause.
 */
/**
 * What kind of failure an error is: `invalid`, `auth`, `not-found`, `conflict`, `rate-limit`,
 * `server`, `network`, `decode`, `config`, or `aborted` for a call its signal aborted.
 */
export type ErrorKind =
  | "invalid"
  | "auth"
  | "not-found"
  | "conflict"
  | "rate-limit"
  | "server"
  | "network"
  | "decode"
  | "config"
  | "aborted"

/** Fields every error may carry. */
export interface EgoiErrorFields {
  /** The HTTP method of the call. */
  readonly method?: string | undefined
  /** The path of the call, without host or query string. */
  readonly path?: string | undefined
}

/** The base of every error the SDK throws. */
export class EgoiError extends Error {
  readonly kind: ErrorKind
  readonly method: string | undefined
  readonly path: string | undefined
  constructor(message: string, fields: EgoiErrorFields & { readonly kind?: ErrorKind | undefined } = {}) {
    super(message)
    this.name = new.target.name
    this.kind = fields.kind ?? "server"
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
  readonly rateLimit?: RateLimitInfo | undefined
  readonly location?: string | undefined
  readonly body?: string | undefined
}

/** E-goi answered with an error status. */
export class EgoiAPIError extends EgoiError {
  readonly status: number
  readonly title: string
  readonly detail: string
  readonly type: string | undefined
  /** Per-field or per-reason details, as E-goi sends them with 409 and 422. */
  readonly errors: Readonly<Record<string, unknown>> | undefined
  constructor(message: string, fields: ApiErrorFields & { readonly kind?: ErrorKind | undefined }) {
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

/** A status the operation does not document; for a redirect (never followed), `location` says where it pointed. */
export class EgoiUnexpectedStatusError extends EgoiAPIError {
  readonly location: string | undefined
  constructor(message: string, fields: ApiErrorFields & { readonly kind?: ErrorKind | undefined }) {
    super(message, fields)
    this.location = fields.location
  }
}

/** 429 from the rate limit, after the retries allowed. */
export class EgoiRateLimitError extends EgoiAPIError {
  readonly rateLimit: RateLimitInfo | undefined
  constructor(message: string, fields: ApiErrorFields & { readonly kind?: ErrorKind | undefined }) {
    super(message, fields)
    this.rateLimit = fields.rateLimit
  }
}

/**
 * 429 with the account's hourly quota spent; `rateLimit.accountReset` says when it renews. Until
 * then the client refuses calls locally with this error, without sending them.
 */
export class EgoiAccountQuotaError extends EgoiRateLimitError {}

/** The parameters broke a documented constraint; nothing was sent. */
export class EgoiValidationError extends EgoiError {
  readonly operation: string
  readonly issues: ReadonlyArray<{ readonly path: string; readonly message: string }>
  constructor(
    message: string,
    fields: {
      readonly operation: string
      readonly issues: ReadonlyArray<{ readonly path: string; readonly message: string }>
    }
  ) {
    super(message, { kind: "invalid" })
    this.operation = fields.operation
    this.issues = fields.issues
  }
}

/**
 * What became of a request that got no answer: `not-sent` when it provably never reached E-goi,
 * `unknown` when it may have been carried out (look before repeating a write).
 */
export type Outcome = "not-sent" | "unknown"

/** The request could not be delivered or its answer not read (refused, dropped or cut-off connection). */
export class EgoiConnectionError extends EgoiError {
  readonly outcome: Outcome
  constructor(message: string, fields: EgoiErrorFields & { readonly outcome: Outcome }) {
    super(message, { ...fields, kind: "network" })
    this.outcome = fields.outcome
  }
}

/** The time ran out: of one attempt (`scope: "attempt"`, the body included) or of the whole call (`"deadline"`). */
export class EgoiTimeoutError extends EgoiError {
  readonly outcome: Outcome
  readonly scope: "attempt" | "deadline"
  readonly timeoutMillis: number
  constructor(
    message: string,
    fields: EgoiErrorFields & {
      readonly outcome: Outcome
      readonly scope: "attempt" | "deadline"
      readonly timeoutMillis: number
    }
  ) {
    super(message, { ...fields, kind: "network" })
    this.outcome = fields.outcome
    this.scope = fields.scope
    this.timeoutMillis = fields.timeoutMillis
  }
}

/** A successful answer whose body does not match the documented schema, in strict mode. */
export class EgoiResponseDecodeError extends EgoiError {
  readonly status: number | undefined
  readonly detail: string | undefined
  constructor(message: string, fields: EgoiErrorFields & { readonly status?: number; readonly detail?: string } = {}) {
    super(message, { ...fields, kind: "decode" })
    this.status = fields.status
    this.detail = fields.detail
  }
}

/** The call was aborted through its `signal`. */
export class EgoiAbortError extends EgoiError {
  constructor(message = "The call was aborted", fields: EgoiErrorFields = {}) {
    super(message, { ...fields, kind: "aborted" })
  }
}

/** The client options are not usable. */
export class EgoiConfigError extends EgoiError {
  constructor(message: string) {
    super(message, { kind: "config" })
  }
}
