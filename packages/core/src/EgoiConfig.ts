/**
 * How a client reaches E-goi: the API key, the base URL, timeouts, retries, the client-side rate
 * limit, the body size limit, the `fetch` to send with, and what to do when an answer drifts from
 * its schema. Built in code with {@link layer} or from the environment with {@link layerConfig}
 * (`EGOI_API_KEY`, `EGOI_BASE_URL`). Every option is checked when the configuration is made: a
 * client with an unusable option is never built.
 *
 * @since 0.1.0
 */
import * as Config from "effect/Config"
import * as Context from "effect/Context"
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as Either from "effect/Either"
import * as Layer from "effect/Layer"
import * as Option from "effect/Option"
import * as Redacted from "effect/Redacted"
import { EgoiConfigError } from "./EgoiError.js"

/**
 * E-goi's production endpoint.
 *
 * @since 0.1.0
 * @category constants
 */
export const DEFAULT_BASE_URL = "https://api.egoiapp.com"

/**
 * E-goi's limit for the body of a POST, PATCH or PUT: 20 MB. Larger bodies are refused before sending.
 *
 * @since 0.1.0
 * @category constants
 */
export const MAX_BODY_BYTES = 20_000_000

/**
 * The most retries a client may be configured with.
 *
 * @since 0.1.0
 * @category constants
 */
export const MAX_RETRIES = 10

/**
 * The client-side rate limit: at most `limit` requests started per `interval`, shared by every call
 * of one client.
 *
 * @since 0.1.0
 * @category models
 */
export interface RateLimit {
  readonly limit: number
  readonly interval: Duration.DurationInput
}

/**
 * A 2xx answer whose body departs from the operation's schema (a missing field, a new enum value, a
 * number as a string): by default it is answered as it came and reported here.
 *
 * @since 0.1.0
 * @category models
 */
export interface Drift {
  /** The E-goi operationId, or `request` for a raw call. */
  readonly operation: string
  readonly method: string
  readonly path: string
  readonly status: number
  /** What departs from the schema, one line per issue, each with its field path. */
  readonly issues: ReadonlyArray<{ readonly path: string; readonly message: string }>
}

/**
 * What a user may set. Only `apiKey` is required.
 *
 * @since 0.1.0
 * @category models
 */
export interface Options {
  /** The account's API key; a plain string is wrapped in `Redacted` at once. */
  readonly apiKey: string | Redacted.Redacted<string>
  /** `https://api.egoiapp.com` by default; `http://` is accepted for loopback hosts only. */
  readonly baseUrl?: string | URL | undefined
  /** Sets both the read and the write timeout. */
  readonly timeout?: Duration.DurationInput | undefined
  /** Per attempt, for GET and DELETE, the body included: 10 seconds by default, E-goi's own limit. */
  readonly readTimeout?: Duration.DurationInput | undefined
  /** Per attempt, for POST, PATCH and PUT, the body included: 60 seconds by default, E-goi's own limit. */
  readonly writeTimeout?: Duration.DurationInput | undefined
  /** The longest a call may take, retries and waits included; none by default. */
  readonly deadline?: Duration.DurationInput | undefined
  /** Retries after the first attempt: 2 by default, at most {@link MAX_RETRIES}. */
  readonly maxRetries?: number | undefined
  /** 10 requests per second by default; `false` turns the client-side limiter off (E-goi's headers are still followed). */
  readonly rateLimit?: RateLimit | false | undefined
  /** The longest wait a `Retry-After` or `X-RateLimit-Reset` header may impose: 60 seconds by default. */
  readonly maxRetryWait?: Duration.DurationInput | undefined
  /** The body size limit, `MAX_BODY_BYTES` by default. */
  readonly maxBodyBytes?: number | undefined
  /** The `fetch` to send requests with: the global one by default. */
  readonly fetch?: typeof globalThis.fetch | undefined
  /** Turns an answer that departs from its schema into a `ResponseDecodeError` (for tests and CI). */
  readonly strict?: boolean | undefined
  /** Called with every answer that departs from its schema, when not strict. */
  readonly onDrift?: ((drift: Drift) => void) | undefined
  /** Wraps every call in a tracing span (`egoi.<operationId>`); off by default. */
  readonly spans?: boolean | undefined
}

/**
 * The resolved configuration of a client.
 *
 * @since 0.1.0
 * @category models
 */
export interface Resolved {
  readonly apiKey: Redacted.Redacted<string>
  readonly baseUrl: URL
  readonly readTimeout: Duration.Duration
  readonly writeTimeout: Duration.Duration
  readonly deadline: Duration.Duration | undefined
  readonly maxRetries: number
  readonly rateLimit: { readonly limit: number; readonly interval: Duration.Duration } | undefined
  readonly maxRetryWait: Duration.Duration
  readonly maxBodyBytes: number
  readonly fetch: typeof globalThis.fetch
  readonly strict: boolean
  readonly onDrift: ((drift: Drift) => void) | undefined
  readonly spans: boolean
}

/**
 * The configuration service.
 *
 * @since 0.1.0
 * @category tags
 */
export class EgoiConfig extends Context.Tag("@egoi-ts/core/EgoiConfig")<EgoiConfig, Resolved>() {}

const LOOPBACK_HOSTS = new Set(["localhost", "[::1]", "::1"])

/**
 * Whether a host name is the local machine (where plain `http://` is allowed, for the mock).
 *
 * @since 0.1.0
 * @category predicates
 */
export const isLoopbackHost = (hostname: string): boolean =>
  LOOPBACK_HOSTS.has(hostname) || /^127(\.\d{1,3}){3}$/.test(hostname)

const fail = (detail: string) => Either.left(new EgoiConfigError({ detail }))

const parseBaseUrl = (input: unknown): Either.Either<URL, EgoiConfigError> => {
  let url: URL
  try {
    url = new URL(String(input))
  } catch {
    return fail(`baseUrl is not a valid URL: ${String(input).slice(0, 100)}`)
  }
  if (!(url.protocol === "https:" || (url.protocol === "http:" && isLoopbackHost(url.hostname)))) {
    return fail(`baseUrl must use https (plain http is allowed only for loopback hosts): ${url.origin}`)
  }
  if (url.username !== "" || url.password !== "") return fail("baseUrl must not carry a user name or password")
  return Either.right(new URL(url.href.replace(/\/+$/, "")))
}

const describe = (input: unknown) =>
  typeof input === "string" ? JSON.stringify(input.slice(0, 40)) : String(input).slice(0, 40)

/** A positive, finite duration, or the fallback when not given. */
const positiveDuration = (
  name: string,
  input: unknown,
  fallback: Duration.Duration
): Either.Either<Duration.Duration, EgoiConfigError> => {
  if (input === undefined) return Either.right(fallback)
  const decoded = typeof input === "number" && !Number.isFinite(input) ? Option.none() : Duration.decodeUnknown(input)
  if (Option.isNone(decoded)) return fail(`${name} is not a duration: ${describe(input)}`)
  const duration = decoded.value
  if (!Duration.isFinite(duration) || Duration.toMillis(duration) <= 0 || Number.isNaN(Duration.toMillis(duration))) {
    return fail(`${name} must be a positive, finite duration, got ${describe(input)}`)
  }
  return Either.right(duration)
}

const wholeNumber = (name: string, input: unknown, min: number, max: number) =>
  typeof input === "number" && Number.isInteger(input) && input >= min && input <= max
    ? Either.right(input)
    : fail(`${name} must be a whole number from ${min} to ${max}, got ${describe(input)}`)

/**
 * Checks and completes user options: every option is validated here, so a client with an unusable
 * option is never built.
 *
 * @since 0.1.0
 * @category constructors
 */
export const make = (options: Options): Effect.Effect<Resolved, EgoiConfigError> =>
  Either.gen(function* () {
    if (options === null || typeof options !== "object") return yield* fail("options must be an object")
    const key = options.apiKey
    const apiKey = Redacted.isRedacted(key) ? key : typeof key === "string" ? Redacted.make(key) : undefined
    if (apiKey === undefined || typeof Redacted.value(apiKey) !== "string" || Redacted.value(apiKey).trim() === "") {
      return yield* fail("No API key: pass apiKey or set EGOI_API_KEY")
    }
    const maxRetries = yield* wholeNumber("maxRetries", options.maxRetries ?? 2, 0, MAX_RETRIES)
    let rateLimit: Resolved["rateLimit"]
    if (options.rateLimit !== false) {
      const given = options.rateLimit ?? { limit: 10, interval: "1 second" }
      const limit = yield* wholeNumber("rateLimit.limit", given.limit, 1, 1_000_000)
      const interval = yield* positiveDuration("rateLimit.interval", given.interval, Duration.seconds(1))
      rateLimit = { limit, interval }
    }
    const both = options.timeout
    const maxBodyBytes = yield* wholeNumber("maxBodyBytes", options.maxBodyBytes ?? MAX_BODY_BYTES, 1, MAX_BODY_BYTES)
    const fetch = options.fetch ?? globalThis.fetch
    if (typeof fetch !== "function") return yield* fail("fetch must be a function (no global fetch was found)")
    if (options.onDrift !== undefined && typeof options.onDrift !== "function") {
      return yield* fail("onDrift must be a function")
    }
    return {
      apiKey,
      baseUrl: yield* parseBaseUrl(options.baseUrl ?? DEFAULT_BASE_URL),
      readTimeout: yield* positiveDuration(
        options.readTimeout === undefined ? "timeout" : "readTimeout",
        options.readTimeout ?? both,
        Duration.seconds(10)
      ),
      writeTimeout: yield* positiveDuration(
        options.writeTimeout === undefined ? "timeout" : "writeTimeout",
        options.writeTimeout ?? both,
        Duration.seconds(60)
      ),
      deadline:
        options.deadline === undefined
          ? undefined
          : yield* positiveDuration("deadline", options.deadline, Duration.infinity),
      maxRetries,
      rateLimit,
      maxRetryWait: yield* positiveDuration("maxRetryWait", options.maxRetryWait, Duration.seconds(60)),
      maxBodyBytes,
      fetch,
      strict: options.strict === true,
      onDrift: options.onDrift,
      spans: options.spans === true
    }
  })

/**
 * The configuration from options given in code.
 *
 * @since 0.1.0
 * @category layers
 */
export const layer = (options: Options): Layer.Layer<EgoiConfig, EgoiConfigError> =>
  Layer.effect(EgoiConfig, make(options))

/**
 * The configuration from Effect's `Config`: `EGOI_API_KEY` (required) and `EGOI_BASE_URL`
 * (optional), plus any option given in code.
 *
 * @since 0.1.0
 * @category layers
 */
export const layerConfig = (
  options: Omit<Options, "apiKey" | "baseUrl"> = {}
): Layer.Layer<EgoiConfig, EgoiConfigError> =>
  Layer.effect(
    EgoiConfig,
    Effect.gen(function* () {
      const apiKey = yield* Config.redacted("EGOI_API_KEY").pipe(
        Effect.mapError(() => new EgoiConfigError({ detail: "EGOI_API_KEY is not set" }))
      )
      const baseUrl = yield* Config.string("EGOI_BASE_URL").pipe(
        Config.withDefault(DEFAULT_BASE_URL),
        Effect.orElseSucceed(() => DEFAULT_BASE_URL)
      )
      return yield* make({ ...options, apiKey, baseUrl })
    })
  )
