/**
 * The error model: one tagged error per documented HTTP status, plus the failures that happen on
 * this side of the wire (validation, transport, timeout, decoding, configuration). Every error
 * carries the method and path of the call and never the API key.
 *
 * The error table exists once: each API error class is declared with its status, E-goi's title for
 * it and its {@link Kind}, and {@link API_ERRORS} lists the classes. The wire schemas ({@link Wire}),
 * decoding by status ({@link byStatus}), the Promise SDK's classes and the CLI's exit codes are all
 * derived from that list.
 *
 * On the wire an E-goi error body is `{ type?, title, status, detail, errors? }`; the `Wire` schemas
 * map that body to the error classes and back without adding anything (no `_tag`).
 *
 * @since 0.1.0
 */
import * as HttpApiSchema from "@effect/platform/HttpApiSchema"
import * as Data from "effect/Data"
import * as Schema from "effect/Schema"

/**
 * What kind of failure an error is, whatever its class: the small vocabulary consumers react to
 * (the CLI's exit codes, retry decisions, a user's `switch`).
 *
 * - `invalid`: the request broke a rule (validation here, 400, 413, 422); fix the input.
 * - `auth`: the key is missing, wrong or not allowed (401, 403).
 * - `not-found`: the resource does not exist (404).
 * - `conflict`: the request conflicts with the account's state (409).
 * - `rate-limit`: too many requests, or the account's quota is spent (429).
 * - `server`: E-goi failed (500, 503, 408, an undocumented status).
 * - `network`: no usable answer arrived (connection, timeout).
 * - `decode`: an answer arrived whose body is not what E-goi documents (strict mode only).
 * - `config`: the client's own options are unusable.
 *
 * @since 0.1.0
 * @category models
 */
export type Kind =
  | "invalid"
  | "auth"
  | "not-found"
  | "conflict"
  | "rate-limit"
  | "server"
  | "network"
  | "decode"
  | "config"

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

/**
 * What became of a request that failed without an answer: `not-sent` when it provably never reached
 * E-goi (refused connection, unknown host, refused locally), `unknown` when it may have been
 * carried out (the connection dropped or the time ran out after it was sent). A write with an
 * unknown outcome may have happened: look before repeating it.
 *
 * @since 0.1.0
 * @category models
 */
export type Outcome = "not-sent" | "unknown"

/**
 * What every API error carries: E-goi's body and the call it answered.
 *
 * @since 0.1.0
 * @category models
 */
export interface ApiErrorFields {
  readonly status: number
  readonly title: string
  readonly detail: string
  readonly type?: string | undefined
  /** Per-field or per-reason details, as E-goi sends them with 409 and 422. */
  readonly errors?: { readonly [key: string]: unknown } | undefined
  /** The HTTP method of the failed call. */
  readonly method?: string | undefined
  /** The path of the failed call, without host or query string. */
  readonly path?: string | undefined
}

/**
 * The base class of one error: `Data`'s tagged error, with the tag on the class too (`NotFound._tag`),
 * where the error table, the wire schemas and {@link Tag} read it. The errors are plain tagged errors,
 * not `Schema` classes: nothing decodes them with a schema of their own (the {@link Wire} schemas map
 * E-goi's bodies to them), and making nineteen schema classes cost a command line a tenth of its start.
 */
const TaggedError = <const Tag extends string>(tag: Tag) => Object.assign(Data.TaggedError(tag), { _tag: tag })

/**
 * What the error table declares about an API error class.
 *
 * @since 0.1.0
 * @category models
 */
export interface ErrorClassInfo {
  /** The HTTP status the class stands for. */
  readonly status: number
  /** E-goi's title for that status. */
  readonly title: string
  readonly kind: Kind
}

/**
 * 400 Bad Request.
 *
 * @since 0.1.0
 * @category errors
 */
export class BadRequest extends TaggedError("BadRequest")<ApiErrorFields> {
  static readonly status = 400
  static readonly title = "Bad Request"
  static readonly kind: Kind = "invalid"
}

/**
 * 401 Unauthorized: the `Apikey` header is missing or not valid.
 *
 * @since 0.1.0
 * @category errors
 */
export class Unauthorized extends TaggedError("Unauthorized")<ApiErrorFields> {
  static readonly status = 401
  static readonly title = "Unauthorized"
  static readonly kind: Kind = "auth"
}

/**
 * 403 Forbidden.
 *
 * @since 0.1.0
 * @category errors
 */
export class Forbidden extends TaggedError("Forbidden")<ApiErrorFields> {
  static readonly status = 403
  static readonly title = "Forbidden"
  static readonly kind: Kind = "auth"
}

/**
 * 404 Not Found.
 *
 * @since 0.1.0
 * @category errors
 */
export class NotFound extends TaggedError("NotFound")<ApiErrorFields> {
  static readonly status = 404
  static readonly title = "Not Found"
  static readonly kind: Kind = "not-found"
}

/**
 * 408 Request Timeout, sent by E-goi when its own time limit for the request ran out.
 *
 * @since 0.1.0
 * @category errors
 */
export class RequestTimeout extends TaggedError("RequestTimeout")<ApiErrorFields> {
  static readonly status = 408
  static readonly title = "Request Timeout"
  static readonly kind: Kind = "server"
}

/**
 * 409 Conflict; `errors` names the reason (e.g. `list_limit_reached`).
 *
 * @since 0.1.0
 * @category errors
 */
export class Conflict extends TaggedError("Conflict")<ApiErrorFields> {
  static readonly status = 409
  static readonly title = "Conflict"
  static readonly kind: Kind = "conflict"
}

/**
 * 413 Payload Too Large. Raised locally, before anything is sent, for bodies over the 20 MB limit.
 *
 * @since 0.1.0
 * @category errors
 */
export class PayloadTooLarge extends TaggedError("PayloadTooLarge")<ApiErrorFields> {
  static readonly status = 413
  static readonly title = "Payload Too Large"
  static readonly kind: Kind = "invalid"
}

/**
 * 422 Unprocessable Entity; `errors` describes what failed validation on E-goi's side.
 *
 * @since 0.1.0
 * @category errors
 */
export class UnprocessableEntity extends TaggedError("UnprocessableEntity")<ApiErrorFields> {
  static readonly status = 422
  static readonly title = "Unprocessable Entity"
  static readonly kind: Kind = "invalid"
}

/**
 * 429 Too Many Requests from the per-client rate limit; retried after the reset the headers give.
 *
 * @since 0.1.0
 * @category errors
 */
export class TooManyRequests extends TaggedError("TooManyRequests")<
  ApiErrorFields & { readonly rateLimit?: RateLimitInfo | undefined }
> {
  static readonly status = 429
  static readonly title = "Too Many Requests"
  static readonly kind: Kind = "rate-limit"
}

/**
 * 429 with `X-Account-Remaining: 0`: the account's hourly quota is spent. Not retried, since no
 * short wait helps; `rateLimit.accountReset` says when it renews. Until then the client refuses
 * further calls locally with this error, without sending them.
 *
 * @since 0.1.0
 * @category errors
 */
export class AccountQuotaExceeded extends TaggedError("AccountQuotaExceeded")<
  ApiErrorFields & { readonly rateLimit?: RateLimitInfo | undefined }
> {
  static readonly status = 429
  static readonly title = "Too Many Requests"
  static readonly kind: Kind = "rate-limit"
}

/**
 * 500 Internal Server Error.
 *
 * @since 0.1.0
 * @category errors
 */
export class InternalServerError extends TaggedError("InternalServerError")<ApiErrorFields> {
  static readonly status = 500
  static readonly title = "Internal Server Error"
  static readonly kind: Kind = "server"
}

/**
 * 503 Service Unavailable.
 *
 * @since 0.1.0
 * @category errors
 */
export class ServiceUnavailable extends TaggedError("ServiceUnavailable")<ApiErrorFields> {
  static readonly status = 503
  static readonly title = "Service Unavailable"
  static readonly kind: Kind = "server"
}

/**
 * A status the operation does not document (a 502 from a proxy, a 404 where none is expected, a
 * redirect, ...). For a redirect, `location` says where it pointed; redirects are never followed,
 * so the key goes nowhere but the configured base URL.
 *
 * @since 0.1.0
 * @category errors
 */
export class UnexpectedStatus extends TaggedError("UnexpectedStatus")<
  ApiErrorFields & {
    /** The start of the response body, for diagnosis. */
    readonly body?: string | undefined
    /** The `Location` of a redirect, which was not followed. */
    readonly location?: string | undefined
  }
> {
  static readonly status = 0
  static readonly title = "Unexpected Status"
  static readonly kind: Kind = "server"
}

/**
 * The classes of the errors E-goi answers with, one per documented status: the error table every
 * other consumer derives from. `AccountQuotaExceeded` (a 429 with the quota spent) and
 * `UnexpectedStatus` (any other status) are decided from the response, not the status alone.
 *
 * @since 0.1.0
 * @category constants
 */
export const API_ERRORS = [
  BadRequest,
  Unauthorized,
  Forbidden,
  NotFound,
  RequestTimeout,
  Conflict,
  PayloadTooLarge,
  UnprocessableEntity,
  TooManyRequests,
  InternalServerError,
  ServiceUnavailable
] as const

/**
 * An error answered by E-goi with one of its documented statuses.
 *
 * @since 0.1.0
 * @category models
 */
export type ApiError = InstanceType<(typeof API_ERRORS)[number]> | AccountQuotaExceeded

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

for (const ErrorClass of [...API_ERRORS, AccountQuotaExceeded, UnexpectedStatus]) {
  Object.defineProperty(ErrorClass.prototype, "message", { get: describeApiError, configurable: true })
}

/**
 * The parameters of a call broke a documented constraint; nothing was sent.
 *
 * @since 0.1.0
 * @category errors
 */
export class RequestValidationError extends TaggedError("RequestValidationError")<{
  readonly operation: string
  readonly issues: ReadonlyArray<{ readonly path: string; readonly message: string }>
}> {
  static readonly kind: Kind = "invalid"
  override get message(): string {
    const issues = this.issues.map((issue) => (issue.path ? `${issue.path}: ${issue.message}` : issue.message))
    return `Invalid parameters for ${this.operation}: ${issues.join("; ")}`
  }
}

/**
 * No usable answer arrived: the connection was refused, dropped or reset, the host is unknown, TLS
 * failed, or the answer's body was cut off. `outcome` says whether the request may have been carried
 * out (`unknown`) or provably was not (`not-sent`).
 *
 * @since 0.1.0
 * @category errors
 */
export class TransportError extends TaggedError("TransportError")<{
  readonly method: string
  readonly path: string
  readonly detail: string
  readonly outcome: Outcome
}> {
  static readonly kind: Kind = "network"
  override get message(): string {
    const outcome = this.outcome === "unknown" ? " (it may have been carried out)" : " (nothing was sent)"
    return `${this.method} ${this.path} failed: ${this.detail}${outcome}`
  }
}

/**
 * The time ran out: for one attempt (`scope: "attempt"`, the per-call timeout, which covers the
 * body too) or for the whole call with its retries and waits (`scope: "deadline"`). A request whose
 * time ran out after it was sent has an `unknown` outcome.
 *
 * @since 0.1.0
 * @category errors
 */
export class TimeoutError extends TaggedError("TimeoutError")<{
  readonly method: string
  readonly path: string
  readonly timeoutMillis: number
  readonly scope: "attempt" | "deadline"
  readonly outcome: Outcome
}> {
  static readonly kind: Kind = "network"
  override get message(): string {
    const what = this.scope === "deadline" ? "its deadline" : "its timeout"
    return `${this.method} ${this.path} ran out of time: ${what} of ${this.timeoutMillis} ms`
  }
}

/**
 * A successful response whose body does not match the documented schema, in strict mode. By
 * default such a body is answered as it is and the drift reported to the `onDrift` hook.
 *
 * @since 0.1.0
 * @category errors
 */
export class ResponseDecodeError extends TaggedError("ResponseDecodeError")<{
  readonly method: string
  readonly path: string
  readonly status: number
  readonly detail: string
}> {
  static readonly kind: Kind = "decode"
  override get message(): string {
    return `${this.method} ${this.path} answered ${this.status} with an unexpected body: ${this.detail}`
  }
}

/**
 * The client configuration is not usable (no API key, a base URL that is not https, a timeout that
 * is not a positive duration, ...).
 *
 * @since 0.1.0
 * @category errors
 */
export class EgoiConfigError extends TaggedError("EgoiConfigError")<{ readonly detail: string }> {
  static readonly kind: Kind = "config"
  override get message(): string {
    return this.detail
  }
}

/**
 * The errors that happen on this side of the wire.
 *
 * @since 0.1.0
 * @category constants
 */
export const LOCAL_ERRORS = [
  RequestValidationError,
  TransportError,
  TimeoutError,
  ResponseDecodeError,
  EgoiConfigError
] as const

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

/**
 * Every error class of this package, each with its `kind`.
 *
 * @since 0.1.0
 * @category constants
 */
export const ALL_ERRORS = [...API_ERRORS, AccountQuotaExceeded, UnexpectedStatus, ...LOCAL_ERRORS] as const

/**
 * The tag of every error of this package.
 *
 * @since 0.1.0
 * @category models
 */
export type Tag = (typeof ALL_ERRORS)[number]["_tag"]

/**
 * The constructor of an API error class.
 *
 * @since 0.1.0
 * @category models
 */
export type ApiErrorClass = ((typeof API_ERRORS)[number] | typeof AccountQuotaExceeded | typeof UnexpectedStatus) &
  ErrorClassInfo

/**
 * The error class for each documented status.
 *
 * @since 0.1.0
 * @category constants
 */
export const byStatus: ReadonlyMap<number, (typeof API_ERRORS)[number]> = new Map(
  API_ERRORS.map((ErrorClass) => [ErrorClass.status, ErrorClass] as const)
)

/**
 * E-goi's title for a status (`Not Found`), or `HTTP <status>` for one it does not document.
 *
 * @since 0.1.0
 * @category accessors
 */
export const titleOf = (status: number): string => byStatus.get(status)?.title ?? `HTTP ${status}`

/**
 * The kind of any failure: an error of this package's own, or `undefined` for anything else.
 *
 * @since 0.1.0
 * @category accessors
 */
export const kindOf = (error: unknown): Kind | undefined =>
  ALL_ERRORS.find((ErrorClass) => error instanceof ErrorClass)?.kind

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

/**
 * The wire schema of one API error class: E-goi's body on the wire, an instance of the class in code.
 *
 * @since 0.1.0
 * @category schemas
 */
export const wire = <E extends ApiError>(
  ErrorClass: (new (fields: ErrorBody) => E) & ErrorClassInfo & { readonly _tag: string }
) =>
  Schema.transform(
    ErrorBody,
    Schema.declare((u: unknown): u is E => u instanceof ErrorClass, { identifier: ErrorClass._tag }),
    { strict: true, decode: (body) => new ErrorClass(body), encode: (error) => toBody(error as ErrorBody) }
  ).annotations(HttpApiSchema.annotations({ status: ErrorClass.status }))

type WireSchemas = {
  readonly [ErrorClass in (typeof API_ERRORS)[number] as ErrorClass["_tag"]]: ReturnType<
    typeof wire<InstanceType<ErrorClass>>
  >
}

/**
 * The schemas an operation declares for its error statuses, one per class of {@link API_ERRORS}:
 * E-goi's body on the wire, the error class in code.
 *
 * @since 0.1.0
 * @category schemas
 */
export const Wire: WireSchemas = Object.fromEntries(
  API_ERRORS.map((ErrorClass) => [ErrorClass._tag, wire(ErrorClass as any)])
) as unknown as WireSchemas
