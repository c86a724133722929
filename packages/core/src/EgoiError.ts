/**
 * The error model: one tagged error per documented HTTP status, plus the failures that happen on
 * this side of the wire (validation, transport, timeout, decoding). Every error carries the method
 * and path of the call and never the API key.
 *
 * On the wire an E-goi error body is `{ type?, title, status, detail, errors? }`; the `wire` schemas
 * map that body to the error classes and back without adding anything (no `_tag`).
 *
 * @since 0.1.0
 */
import * as HttpApiSchema from "@effect/platform/HttpApiSchema"
import * as Schema from "effect/Schema"

/**
 * The rate-limit and account-quota headers of a response.
 *
 * @since 0.1.0
 * @category models
 */
export const RateLimitInfo = Schema.Struct({
  limit: Schema.optional(Schema.Number),
  remaining: Schema.optional(Schema.Number),
  /** Seconds until the rate-limit window resets. */
  reset: Schema.optional(Schema.Number),
  accountLimit: Schema.optional(Schema.Number),
  accountRemaining: Schema.optional(Schema.Number),
  /** Seconds until the hourly account quota resets. */
  accountReset: Schema.optional(Schema.Number)
})

/**
 * @since 0.1.0
 * @category models
 */
export type RateLimitInfo = typeof RateLimitInfo.Type

const ApiErrorFields = {
  status: Schema.Int,
  title: Schema.String,
  detail: Schema.String,
  type: Schema.optional(Schema.String),
  /** Per-field or per-reason details, as E-goi sends them with 409 and 422. */
  errors: Schema.optional(Schema.Record({ key: Schema.String, value: Schema.Unknown })),
  /** The HTTP method of the failed call. */
  method: Schema.optional(Schema.String),
  /** The path of the failed call, without host or query string. */
  path: Schema.optional(Schema.String)
}

/**
 * 400 Bad Request.
 *
 * @since 0.1.0
 * @category errors
 */
export class BadRequest extends Schema.TaggedError<BadRequest>()("BadRequest", ApiErrorFields) {}

/**
 * 401 Unauthorized: the `Apikey` header is missing or not valid.
 *
 * @since 0.1.0
 * @category errors
 */
export class Unauthorized extends Schema.TaggedError<Unauthorized>()("Unauthorized", ApiErrorFields) {}

/**
 * 403 Forbidden.
 *
 * @since 0.1.0
 * @category errors
 */
export class Forbidden extends Schema.TaggedError<Forbidden>()("Forbidden", ApiErrorFields) {}

/**
 * 404 Not Found.
 *
 * @since 0.1.0
 * @category errors
 */
export class NotFound extends Schema.TaggedError<NotFound>()("NotFound", ApiErrorFields) {}

/**
 * 408 Request Timeout, sent by E-goi when its own time limit for the request ran out.
 *
 * @since 0.1.0
 * @category errors
 */
export class RequestTimeout extends Schema.TaggedError<RequestTimeout>()("RequestTimeout", ApiErrorFields) {}

/**
 * 409 Conflict; `errors` names the reason (e.g. `list_limit_reached`).
 *
 * @since 0.1.0
 * @category errors
 */
export class Conflict extends Schema.TaggedError<Conflict>()("Conflict", ApiErrorFields) {}

/**
 * 413 Payload Too Large. Raised locally, before anything is sent, for bodies over the 20 MB limit.
 *
 * @since 0.1.0
 * @category errors
 */
export class PayloadTooLarge extends Schema.TaggedError<PayloadTooLarge>()("PayloadTooLarge", ApiErrorFields) {}

/**
 * 422 Unprocessable Entity; `errors` describes what failed validation on E-goi's side.
 *
 * @since 0.1.0
 * @category errors
 */
export class UnprocessableEntity extends Schema.TaggedError<UnprocessableEntity>()(
  "UnprocessableEntity",
  ApiErrorFields
) {}

/**
 * 429 Too Many Requests from the per-client rate limit; retried after the reset the headers give.
 *
 * @since 0.1.0
 * @category errors
 */
export class TooManyRequests extends Schema.TaggedError<TooManyRequests>()("TooManyRequests", {
  ...ApiErrorFields,
  rateLimit: Schema.optional(RateLimitInfo)
}) {}

/**
 * 429 with `X-Account-Remaining: 0`: the account's hourly quota is spent. Not retried, since no
 * short wait helps; `rateLimit.accountReset` says when it renews.
 *
 * @since 0.1.0
 * @category errors
 */
export class AccountQuotaExceeded extends Schema.TaggedError<AccountQuotaExceeded>()("AccountQuotaExceeded", {
  ...ApiErrorFields,
  rateLimit: Schema.optional(RateLimitInfo)
}) {}

/**
 * 500 Internal Server Error.
 *
 * @since 0.1.0
 * @category errors
 */
export class InternalServerError extends Schema.TaggedError<InternalServerError>()(
  "InternalServerError",
  ApiErrorFields
) {}

/**
 * 503 Service Unavailable.
 *
 * @since 0.1.0
 * @category errors
 */
export class ServiceUnavailable extends Schema.TaggedError<ServiceUnavailable>()(
  "ServiceUnavailable",
  ApiErrorFields
) {}

/**
 * A status the operation does not document (a 502 from a proxy, a 404 where none is expected, ...).
 *
 * @since 0.1.0
 * @category errors
 */
export class UnexpectedStatus extends Schema.TaggedError<UnexpectedStatus>()("UnexpectedStatus", {
  ...ApiErrorFields,
  /** The start of the response body, for diagnosis. */
  body: Schema.optional(Schema.String)
}) {}

/**
 * The parameters of a call broke a documented constraint; nothing was sent.
 *
 * @since 0.1.0
 * @category errors
 */
export class RequestValidationError extends Schema.TaggedError<RequestValidationError>()("RequestValidationError", {
  operation: Schema.String,
  issues: Schema.Array(Schema.Struct({ path: Schema.String, message: Schema.String }))
}) {
  override get message(): string {
    const issues = this.issues.map((issue) => (issue.path ? `${issue.path}: ${issue.message}` : issue.message))
    return `Invalid parameters for ${this.operation}: ${issues.join("; ")}`
  }
}

/**
 * The request could not be delivered or its response could not be read (DNS, refused or reset
 * connection, TLS). `connectionRefused` means the request provably never reached the server.
 *
 * @since 0.1.0
 * @category errors
 */
export class TransportError extends Schema.TaggedError<TransportError>()("TransportError", {
  method: Schema.String,
  path: Schema.String,
  detail: Schema.String,
  connectionRefused: Schema.Boolean
}) {
  override get message(): string {
    return `${this.method} ${this.path} failed: ${this.detail}`
  }
}

/**
 * No response arrived within the client's timeout for this call.
 *
 * @since 0.1.0
 * @category errors
 */
export class TimeoutError extends Schema.TaggedError<TimeoutError>()("TimeoutError", {
  method: Schema.String,
  path: Schema.String,
  timeoutMillis: Schema.Number
}) {
  override get message(): string {
    return `${this.method} ${this.path} timed out after ${this.timeoutMillis} ms`
  }
}

/**
 * A successful response whose body does not match the documented schema.
 *
 * @since 0.1.0
 * @category errors
 */
export class ResponseDecodeError extends Schema.TaggedError<ResponseDecodeError>()("ResponseDecodeError", {
  method: Schema.String,
  path: Schema.String,
  status: Schema.Int,
  detail: Schema.String
}) {
  override get message(): string {
    return `${this.method} ${this.path} answered ${this.status} with an unexpected body: ${this.detail}`
  }
}

/**
 * The client configuration is not usable (no API key, a base URL that is not https, ...).
 *
 * @since 0.1.0
 * @category errors
 */
export class EgoiConfigError extends Schema.TaggedError<EgoiConfigError>()("EgoiConfigError", {
  detail: Schema.String
}) {
  override get message(): string {
    return this.detail
  }
}

/**
 * An error answered by E-goi with one of its documented statuses.
 *
 * @since 0.1.0
 * @category models
 */
export type ApiError =
  | BadRequest
  | Unauthorized
  | Forbidden
  | NotFound
  | RequestTimeout
  | Conflict
  | PayloadTooLarge
  | UnprocessableEntity
  | TooManyRequests
  | AccountQuotaExceeded
  | InternalServerError
  | ServiceUnavailable

/**
 * What any call can fail with besides the errors its operation documents.
 *
 * @since 0.1.0
 * @category models
 */
export type ClientError =
  | RequestValidationError
  | TransportError
  | TimeoutError
  | ResponseDecodeError
  | UnexpectedStatus
  | PayloadTooLarge
  | TooManyRequests
  | AccountQuotaExceeded

/**
 * Every error of this package.
 *
 * @since 0.1.0
 * @category models
 */
export type EgoiError = ApiError | ClientError | EgoiConfigError

type ApiErrorClass = new (
  fields: typeof ApiErrorFields extends infer F ? Schema.Struct.Constructor<F & {}> : never
) => ApiError

/**
 * The error class for each documented status, with E-goi's title for it.
 *
 * @since 0.1.0
 * @category constants
 */
export const byStatus: ReadonlyMap<number, { readonly make: ApiErrorClass; readonly title: string }> = new Map<
  number,
  { readonly make: ApiErrorClass; readonly title: string }
>([
  [400, { make: BadRequest, title: "Bad Request" }],
  [401, { make: Unauthorized, title: "Unauthorized" }],
  [403, { make: Forbidden, title: "Forbidden" }],
  [404, { make: NotFound, title: "Not Found" }],
  [408, { make: RequestTimeout, title: "Request Timeout" }],
  [409, { make: Conflict, title: "Conflict" }],
  [413, { make: PayloadTooLarge, title: "Payload Too Large" }],
  [422, { make: UnprocessableEntity, title: "Unprocessable Entity" }],
  [429, { make: TooManyRequests, title: "Too Many Requests" }],
  [500, { make: InternalServerError, title: "Internal Server Error" }],
  [503, { make: ServiceUnavailable, title: "Service Unavailable" }]
])

const describeApiError = function (this: {
  readonly method?: string | undefined
  readonly path?: string | undefined
  readonly status: number
  readonly title: string
  readonly detail: string
  readonly errors?: Record<string, unknown> | undefined
}): string {
  const where = this.method && this.path ? `${this.method} ${this.path}: ` : ""
  const reasons = this.errors && Object.keys(this.errors).length > 0 ? ` (${JSON.stringify(this.errors)})` : ""
  return `${where}${this.status} ${this.title}: ${this.detail}${reasons}`
}

for (const ErrorClass of [
  BadRequest,
  Unauthorized,
  Forbidden,
  NotFound,
  RequestTimeout,
  Conflict,
  PayloadTooLarge,
  UnprocessableEntity,
  TooManyRequests,
  AccountQuotaExceeded,
  InternalServerError,
  ServiceUnavailable,
  UnexpectedStatus
]) {
  Object.defineProperty(ErrorClass.prototype, "message", { get: describeApiError, configurable: true })
}

/**
 * An error body exactly as E-goi sends it.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ErrorBody = Schema.Struct({
  type: Schema.optional(Schema.String),
  title: Schema.String,
  status: Schema.Int,
  detail: Schema.String,
  errors: Schema.optional(Schema.Record({ key: Schema.String, value: Schema.Unknown }))
})

/**
 * @since 0.1.0
 * @category models
 */
export type ErrorBody = typeof ErrorBody.Type

/**
 * The wire body of an error: only the documented fields, none of the client-side context.
 *
 * @since 0.1.0
 * @category conversions
 */
export const toBody = (error: {
  readonly type?: string | undefined
  readonly title: string
  readonly status: number
  readonly detail: string
  readonly errors?: Record<string, unknown> | undefined
}): ErrorBody => ({
  ...(error.type === undefined ? {} : { type: error.type }),
  title: error.title,
  status: error.status,
  detail: error.detail,
  ...(error.errors === undefined ? {} : { errors: error.errors })
})

const wire = <E extends ApiError>(ErrorClass: new (fields: any) => E, status: number, identifier: string) =>
  Schema.transform(
    ErrorBody,
    Schema.declare((u: unknown): u is E => u instanceof ErrorClass, { identifier }),
    { strict: true, decode: (body) => new ErrorClass(body), encode: toBody }
  ).annotations(HttpApiSchema.annotations({ status }))

/**
 * The schemas an operation declares for its error statuses: E-goi's body on the wire, the error
 * class in code.
 *
 * @since 0.1.0
 * @category schemas
 */
export const Wire = {
  BadRequest: wire(BadRequest, 400, "BadRequest"),
  Unauthorized: wire(Unauthorized, 401, "Unauthorized"),
  Forbidden: wire(Forbidden, 403, "Forbidden"),
  NotFound: wire(NotFound, 404, "NotFound"),
  RequestTimeout: wire(RequestTimeout, 408, "RequestTimeout"),
  Conflict: wire(Conflict, 409, "Conflict"),
  PayloadTooLarge: wire(PayloadTooLarge, 413, "PayloadTooLarge"),
  UnprocessableEntity: wire(UnprocessableEntity, 422, "UnprocessableEntity"),
  TooManyRequests: wire(TooManyRequests, 429, "TooManyRequests"),
  InternalServerError: wire(InternalServerError, 500, "InternalServerError"),
  ServiceUnavailable: wire(ServiceUnavailable, 503, "ServiceUnavailable")
} as const
