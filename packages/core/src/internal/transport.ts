/**
 * The transport policy: base URL, authentication, per-attempt timeouts, client-side rate limiting
 * that follows E-goi's headers, retries with backoff, and the body size guard. It wraps any
 * `HttpClient` and turns every non-2xx response into a {@link StatusFailure} that the client maps
 * to the operation's typed errors.
 *
 * @internal
 */
import * as Headers from "@effect/platform/Headers"
import * as HttpClient from "@effect/platform/HttpClient"
import * as HttpClientError from "@effect/platform/HttpClientError"
import * as HttpClientRequest from "@effect/platform/HttpClientRequest"
import type * as HttpClientResponse from "@effect/platform/HttpClientResponse"
import * as Clock from "effect/Clock"
import * as Data from "effect/Data"
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as FiberRef from "effect/FiberRef"
import { globalValue } from "effect/GlobalValue"
import * as Option from "effect/Option"
import type * as RateLimiter from "effect/RateLimiter"
import * as Redacted from "effect/Redacted"
import * as Ref from "effect/Ref"
import * as Schedule from "effect/Schedule"
import type { Resolved } from "../EgoiConfig.js"
import { PayloadTooLarge, type RateLimitInfo, TimeoutError, TransportError } from "../EgoiError.js"

/** Options a single call may override. */
export interface CallOptions {
  readonly timeout?: Duration.DurationInput | undefined
  readonly maxRetries?: number | undefined
  readonly deadline?: Duration.DurationInput | undefined
}

/** The options of the call being run, read by the transport of the fiber that runs it. */
export const currentCallOptions = globalValue("@egoi-ts/core/currentCallOptions", () =>
  FiberRef.unsafeMake<CallOptions>({})
)

/** The last rate-limit headers seen, with the instants at which their windows reset. */
export interface RateLimitState extends RateLimitInfo {
  /** When the headers were read (epoch milliseconds). */
  readonly observedAt?: number
  /** When the per-client window resets (epoch milliseconds). */
  readonly resetAt?: number
  /** When the account quota renews (epoch milliseconds). */
  readonly accountResetAt?: number
}

/** A response with a status outside 2xx, its body read. */
export class StatusFailure extends Data.TaggedError("StatusFailure")<{
  readonly method: string
  readonly path: string
  readonly status: number
  readonly body: string
  readonly rateLimit: RateLimitInfo
  /** How long the response asks the client to wait before trying again. */
  readonly retryAfter: Option.Option<Duration.Duration>
}> {
  get isAccountQuota(): boolean {
    return this.status === 429 && this.rateLimit.accountRemaining === 0
  }
}

type Failure = StatusFailure | TransportError | TimeoutError

const RETRYABLE_STATUSES = new Set([408, 429, 500, 502, 503, 504])
const IDEMPOTENT_METHODS = new Set(["GET", "HEAD", "OPTIONS", "PUT", "DELETE"])
const WRITE_METHODS = new Set(["POST", "PATCH", "PUT"])
const REDACTED_HEADERS = ["apikey"]

const numberHeader = (headers: Headers.Headers, name: string): number | undefined => {
  const value = headers[name]
  if (value === undefined || value.trim() === "") return undefined
  const parsed = Number(value)
  return Number.isFinite(parsed) ? parsed : undefined
}

/** Reads E-goi's `X-RateLimit-*` and `X-Account-*` headers. */
export const readRateLimit = (headers: Headers.Headers): RateLimitInfo => {
  const info: Record<string, number> = {}
  const entries: ReadonlyArray<[keyof RateLimitInfo, string]> = [
    ["limit", "x-ratelimit-limit"],
    ["remaining", "x-ratelimit-remaining"],
    ["reset", "x-ratelimit-reset"],
    ["accountLimit", "x-account-limit"],
    ["accountRemaining", "x-account-remaining"],
    ["accountReset", "x-account-reset"]
  ]
  for (const [key, header] of entries) {
    const value = numberHeader(headers, header)
    if (value !== undefined) info[key] = value
  }
  return info
}

const retryAfterOf = (status: number, headers: Headers.Headers, now: number): Option.Option<Duration.Duration> => {
  const retryAfter = headers["retry-after"]
  if (retryAfter !== undefined) {
    const seconds = Number(retryAfter)
    if (Number.isFinite(seconds)) return Option.some(Duration.seconds(Math.max(0, seconds)))
    const date = Date.parse(retryAfter)
    if (!Number.isNaN(date)) return Option.some(Duration.millis(Math.max(0, date - now)))
  }
  if (status === 429) {
    const reset = numberHeader(headers, "x-ratelimit-reset")
    if (reset !== undefined) return Option.some(Duration.seconds(Math.max(0, reset)))
  }
  return Option.none()
}

/** The path of a request URL, for error messages: no host, no query string, never a secret. */
export const pathOf = (url: string): string => {
  try {
    return new URL(url).pathname
  } catch {
    return url.split("?")[0] ?? url
  }
}

const isConnectionRefused = (cause: unknown): boolean => {
  let current: unknown = cause
  for (let depth = 0; depth < 5 && current && typeof current === "object"; depth++) {
    if ((current as { code?: unknown }).code === "ECONNREFUSED") return true
    current = (current as { cause?: unknown }).cause
  }
  return false
}

const describeCause = (cause: unknown): string => {
  const parts: Array<string> = []
  let current: unknown = cause
  for (let depth = 0; depth < 5 && current; depth++) {
    if (current instanceof Error) {
      const code = (current as { code?: unknown }).code
      parts.push(typeof code === "string" ? `${current.message} (${code})` : current.message)
      current = current.cause
    } else {
      parts.push(String(current))
      break
    }
  }
  return parts.join(": ") || "the request could not be sent"
}

const bodyBytes = (request: HttpClientRequest.HttpClientRequest): number => {
  const body = request.body
  switch (body._tag) {
    case "Uint8Array":
      return body.body.byteLength
    case "Raw":
    case "Stream":
      return body.contentLength ?? 0
    case "FormData":
    case "Empty":
      return 0
  }
}

/** Whether a failure may be retried for a request of this method, and not after too long a wait. */
const isRetryable =
  (method: string, maxWait: Duration.Duration) =>
  (failure: Failure): boolean => {
    const idempotent = IDEMPOTENT_METHODS.has(method)
    switch (failure._tag) {
      case "TimeoutError":
        return idempotent
      case "TransportError":
        return idempotent || failure.connectionRefused
      case "StatusFailure": {
        if (failure.isAccountQuota) return false
        if (Option.isSome(failure.retryAfter) && Duration.greaterThan(failure.retryAfter.value, maxWait)) return false
        // A 429 means the request was turned away unprocessed, so even a create is safe to repeat.
        if (failure.status === 429) return true
        return idempotent && RETRYABLE_STATUSES.has(failure.status)
      }
    }
  }

/** Exponential backoff from 0.5 s doubling to an 8 s cap, with jitter; a server-given wait wins. */
const retrySchedule = (method: string, maxRetries: number, maxWait: Duration.Duration) =>
  Schedule.exponential(Duration.millis(500), 2).pipe(
    Schedule.jittered,
    Schedule.modifyDelay((_, delay) => Duration.min(delay, Duration.seconds(8))),
    Schedule.intersect(Schedule.recurs(maxRetries)),
    Schedule.intersect(Schedule.identity<Failure>()),
    Schedule.whileInput(isRetryable(method, maxWait)),
    Schedule.modifyDelay(([, failure], delay) =>
      failure._tag === "StatusFailure" && Option.isSome(failure.retryAfter) ? failure.retryAfter.value : delay
    )
  )

/** Everything the transport shares between the calls of one client. */
export interface TransportContext {
  readonly config: Resolved
  readonly state: Ref.Ref<RateLimitState>
  readonly limiter: RateLimiter.RateLimiter | undefined
}

const observe = (state: Ref.Ref<RateLimitState>, headers: Headers.Headers, now: number) => {
  const info = readRateLimit(headers)
  if (Object.keys(info).length === 0) return Effect.void
  return Ref.set(state, {
    ...info,
    observedAt: now,
    ...(info.reset === undefined ? {} : { resetAt: now + info.reset * 1000 }),
    ...(info.accountReset === undefined ? {} : { accountResetAt: now + info.accountReset * 1000 })
  })
}

/** When the last response said no requests remain in the window, waits for the window to reset. */
const awaitWindow = (context: TransportContext) =>
  Effect.gen(function* () {
    const state = yield* Ref.get(context.state)
    if (state.remaining !== 0 || state.resetAt === undefined) return
    const now = yield* Clock.currentTimeMillis
    const wait = Math.min(state.resetAt - now, Duration.toMillis(context.config.maxRetryWait))
    if (wait > 0) yield* Effect.sleep(Duration.millis(wait))
  })

/**
 * Wraps an `HttpClient` with the transport policy.
 */
export const make = (
  client: HttpClient.HttpClient,
  context: TransportContext
  // The inner client's own HttpClientError stays in the type; at run time it is always converted.
): HttpClient.HttpClient.With<
  StatusFailure | TransportError | TimeoutError | PayloadTooLarge | HttpClientError.HttpClientError
> => {
  const { config } = context
  const apiKey = config.apiKey
  const baseUrl = config.baseUrl.href.replace(/\/+$/, "")
  return client.pipe(
    // Trace headers (b3, traceparent) are for one's own services, not a third-party API.
    HttpClient.withTracerPropagation(false),
    HttpClient.mapRequest((request) =>
      HttpClientRequest.setHeaders(HttpClientRequest.prependUrl(request, baseUrl), {
        accept: "application/json",
        apikey: Redacted.value(apiKey)
      })
    ),
    HttpClient.transform((send, request) =>
      Effect.gen(function* () {
        const options = yield* FiberRef.get(currentCallOptions)
        const method = request.method
        const path = pathOf(request.url)
        const size = bodyBytes(request)
        if (size > config.maxBodyBytes) {
          return yield* new PayloadTooLarge({
            status: 413,
            title: "Payload Too Large",
            detail: `The request body is ${size} bytes, over E-goi's limit of ${config.maxBodyBytes} bytes; nothing was sent`,
            method,
            path
          })
        }
        const timeout =
          options.timeout === undefined
            ? WRITE_METHODS.has(method)
              ? config.writeTimeout
              : config.readTimeout
            : Duration.decode(options.timeout)
        const attempt = Effect.gen(function* () {
          yield* awaitWindow(context)
          const response: HttpClientResponse.HttpClientResponse = yield* (
            context.limiter ? context.limiter(send) : send
          ).pipe(
            Effect.timeoutFail({
              duration: timeout,
              onTimeout: () => new TimeoutError({ method, path, timeoutMillis: Duration.toMillis(timeout) })
            }),
            Effect.catchIf(
              (error): error is HttpClientError.HttpClientError => HttpClientError.isHttpClientError(error),
              (error) =>
                Effect.fail(
                  new TransportError({
                    method,
                    path,
                    detail: describeCause(error.cause ?? error.message),
                    connectionRefused: isConnectionRefused(error.cause)
                  })
                )
            )
          )
          const now = yield* Clock.currentTimeMillis
          yield* observe(context.state, response.headers, now)
          if (response.status >= 200 && response.status < 300) return response
          const body = yield* response.text.pipe(Effect.orElseSucceed(() => ""))
          return yield* new StatusFailure({
            method,
            path,
            status: response.status,
            body,
            rateLimit: readRateLimit(response.headers),
            retryAfter: retryAfterOf(response.status, response.headers, now)
          })
        })
        const retried = attempt.pipe(
          Effect.retry(retrySchedule(method, options.maxRetries ?? config.maxRetries, config.maxRetryWait))
        )
        return yield* options.deadline === undefined
          ? retried
          : retried.pipe(
              Effect.timeoutFail({
                duration: options.deadline,
                onTimeout: () =>
                  new TimeoutError({
                    method,
                    path,
                    timeoutMillis: Duration.toMillis(Duration.decode(options.deadline!))
                  })
              })
            )
      }).pipe(Effect.locallyWith(Headers.currentRedactedNames, (names) => [...names, ...REDACTED_HEADERS]))
    )
  )
}
