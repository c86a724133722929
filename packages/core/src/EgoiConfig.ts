/**
 * How a client reaches E-goi: the API key, the base URL, timeouts, retries, the client-side rate
 * limit and the body size limit. Built in code with {@link layer} or from the environment with
 * {@link layerConfig} (`EGOI_API_KEY`, `EGOI_BASE_URL`).
 *
 * @since 0.1.0
 */
import * as Config from "effect/Config"
import * as Context from "effect/Context"
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
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
  /** Per attempt, for GET and DELETE: 10 seconds by default, E-goi's own limit. */
  readonly readTimeout?: Duration.DurationInput | undefined
  /** Per attempt, for POST, PATCH and PUT: 60 seconds by default, E-goi's own limit. */
  readonly writeTimeout?: Duration.DurationInput | undefined
  /** Retries after the first attempt: 2 by default. */
  readonly maxRetries?: number | undefined
  /** 10 requests per second by default; `false` turns the client-side limiter off. */
  readonly rateLimit?: RateLimit | false | undefined
  /** The longest wait a `Retry-After` or `X-RateLimit-Reset` header may impose: 60 seconds by default. */
  readonly maxRetryWait?: Duration.DurationInput | undefined
  /** The body size limit, `MAX_BODY_BYTES` by default. */
  readonly maxBodyBytes?: number | undefined
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
  readonly maxRetries: number
  readonly rateLimit: RateLimit | undefined
  readonly maxRetryWait: Duration.Duration
  readonly maxBodyBytes: number
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

const parseBaseUrl = (input: string | URL): Effect.Effect<URL, EgoiConfigError> =>
  Effect.try({
    try: () => new URL(input.toString()),
    catch: () => new EgoiConfigError({ detail: `baseUrl is not a valid URL: ${String(input)}` })
  }).pipe(
    Effect.filterOrFail(
      (url) => url.protocol === "https:" || (url.protocol === "http:" && isLoopbackHost(url.hostname)),
      (url) =>
        new EgoiConfigError({
          detail: `baseUrl must use https (plain http is allowed only for loopback hosts): ${url.origin}`
        })
    ),
    Effect.map((url) => new URL(url.href.replace(/\/+$/, "")))
  )

const decodeDuration = (name: string, input: Duration.DurationInput | undefined, fallback: Duration.Duration) =>
  input === undefined
    ? Effect.succeed(fallback)
    : Option.match(Duration.decodeUnknown(input), {
        onNone: () => Effect.fail(new EgoiConfigError({ detail: `${name} is not a duration: ${String(input)}` })),
        onSome: Effect.succeed
      })

/**
 * Checks and completes user options.
 *
 * @since 0.1.0
 * @category constructors
 */
export const make = (options: Options): Effect.Effect<Resolved, EgoiConfigError> =>
  Effect.gen(function* () {
    const apiKey = Redacted.isRedacted(options.apiKey) ? options.apiKey : Redacted.make(options.apiKey)
    if (Redacted.value(apiKey).trim() === "") {
      return yield* new EgoiConfigError({ detail: "apiKey is empty: pass apiKey or set EGOI_API_KEY" })
    }
    const maxRetries = options.maxRetries ?? 2
    if (!Number.isInteger(maxRetries) || maxRetries < 0) {
      return yield* new EgoiConfigError({ detail: `maxRetries must be a whole number >= 0, got ${maxRetries}` })
    }
    const rateLimit =
      options.rateLimit === false ? undefined : (options.rateLimit ?? { limit: 10, interval: "1 second" })
    if (rateLimit && (!Number.isInteger(rateLimit.limit) || rateLimit.limit < 1)) {
      return yield* new EgoiConfigError({
        detail: `rateLimit.limit must be a whole number >= 1, got ${rateLimit.limit}`
      })
    }
    const both = options.timeout
    return {
      apiKey,
      baseUrl: yield* parseBaseUrl(options.baseUrl ?? DEFAULT_BASE_URL),
      readTimeout: yield* decodeDuration("readTimeout", options.readTimeout ?? both, Duration.seconds(10)),
      writeTimeout: yield* decodeDuration("writeTimeout", options.writeTimeout ?? both, Duration.seconds(60)),
      maxRetries,
      rateLimit,
      maxRetryWait: yield* decodeDuration("maxRetryWait", options.maxRetryWait, Duration.seconds(60)),
      maxBodyBytes: options.maxBodyBytes ?? MAX_BODY_BYTES
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
