/**
 * What every client of one account shares: the configuration, the rate limiter that follows E-goi's
 * headers, the account quota and the policy every call goes through (timeouts, deadline, retries,
 * body size guard). A whole client ({@link EgoiClient}) and any number of one-group clients
 * ({@link GroupClient}) built over the same transport share its limits.
 *
 * ```ts
 * import { EgoiTransport, GroupClient, Lists } from "@egoi-ts/core"
 * import { Effect } from "effect"
 *
 * const program = Effect.gen(function* () {
 *   const lists = yield* GroupClient.make(Lists.ListsGroup)
 *   return yield* lists.getAllLists({ limit: 5 })
 * }).pipe(Effect.provide(EgoiTransport.layerConfig()))
 * ```
 *
 * @since 0.1.0
 */
import * as Context from "effect/Context"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import * as EgoiConfig from "./EgoiConfig.js"
import { type ApiError, type ClientError, type EgoiConfigError, ResponseDecodeError } from "./EgoiError.js"
import { errorFromStatus, type Prepared } from "./internal/operation.js"
import * as Transport from "./internal/transport.js"

/**
 * Options of a single call.
 *
 * @since 0.1.0
 * @category models
 */
export interface CallOptions {
  /** Per attempt, the body included; replaces the client's read or write timeout for this call. */
  readonly timeout?: import("effect/Duration").DurationInput | undefined
  /** Retries after the first attempt, for this call. */
  readonly maxRetries?: number | undefined
  /** The longest the whole call may take, retries and rate-limit waits included. */
  readonly deadline?: import("effect/Duration").DurationInput | undefined
  /**
   * Retry this call like a read (on 5xx, a dropped connection, a timeout) although its method is a
   * write, because repeating it changes nothing it already did (an import that upserts).
   */
  readonly idempotent?: boolean | undefined
}

/**
 * The rate-limit headers of the last answer, with the instants at which their windows reset
 * (epoch milliseconds).
 *
 * @since 0.1.0
 * @category models
 */
export type RateLimitState = Transport.RateLimitState

/**
 * A raw call, for routes this package does not define yet: any method and path, with a JSON body.
 *
 * @since 0.1.0
 * @category models
 */
export interface RawRequest {
  readonly method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE"
  /** Starts with `/`, e.g. `/lists/1`. */
  readonly path: string
  readonly query?: Readonly<Record<string, string | number | boolean>> | undefined
  readonly body?: unknown
}

/**
 * The transport service.
 *
 * @since 0.1.0
 * @category models
 */
export interface Service {
  readonly config: EgoiConfig.Resolved
  /** Sends a request an operation prepared. Low level: operations and `request` use it. */
  readonly send: Transport.Transport["send"]
  /** The rate-limit headers of the last answer. */
  readonly rateLimit: Effect.Effect<RateLimitState>
  /** Sends a raw call through the same policy; the answer is the parsed JSON body (or `undefined`). */
  readonly request: (request: RawRequest, options?: CallOptions) => Effect.Effect<unknown, ApiError | ClientError>
}

/**
 * The transport service tag.
 *
 * @since 0.1.0
 * @category tags
 */
export class EgoiTransport extends Context.Tag("@egoi-ts/core/EgoiTransport")<EgoiTransport, Service>() {}

const rawPath = (path: string) => {
  const withSlash = path.startsWith("/") ? path : `/${path}`
  // The path is the caller's own; only a query string or fragment would change what it means here.
  return withSlash.split(/[?#]/)[0]!
}

/**
 * Builds the transport of a configuration. Its rate limiter lives as long as the scope.
 *
 * @since 0.1.0
 * @category constructors
 */
export const make = (config: EgoiConfig.Resolved) =>
  Effect.map(Transport.make(config), (transport): Service => {
    const request = (raw: RawRequest, options?: CallOptions) =>
      Effect.suspend(() => {
        const path = rawPath(raw.path)
        const query = raw.query
          ? new URLSearchParams(Object.entries(raw.query).map(([key, value]) => [key, String(value)])).toString()
          : ""
        const prepared: Prepared = {
          method: raw.method,
          path,
          query: query === "" ? "" : `?${query}`,
          body: raw.body === undefined ? undefined : JSON.stringify(raw.body),
          authenticated: true
        }
        return transport.send(prepared, options).pipe(
          Effect.mapError((failure) => (failure._tag === "StatusFailure" ? errorFromStatus(failure, "all") : failure)),
          Effect.flatMap((answer) => {
            if (answer.text === "") return Effect.succeed(undefined)
            try {
              return Effect.succeed(JSON.parse(answer.text) as unknown)
            } catch {
              return Effect.fail(
                new ResponseDecodeError({
                  method: raw.method,
                  path,
                  status: answer.status,
                  detail: "the body is not JSON"
                })
              )
            }
          })
        )
      })
    return { config, send: transport.send, rateLimit: transport.rateLimit, request }
  })

/**
 * The transport, given an `EgoiConfig`.
 *
 * @since 0.1.0
 * @category layers
 */
export const layer: Layer.Layer<EgoiTransport, never, EgoiConfig.EgoiConfig> = Layer.scoped(
  EgoiTransport,
  Effect.flatMap(EgoiConfig.EgoiConfig, make)
)

/**
 * The transport configured in code.
 *
 * @since 0.1.0
 * @category layers
 */
export const layerWith = (options: EgoiConfig.Options): Layer.Layer<EgoiTransport, EgoiConfigError> =>
  layer.pipe(Layer.provide(EgoiConfig.layer(options)))

/**
 * The transport configured from the environment (`EGOI_API_KEY`, `EGOI_BASE_URL`), plus any option
 * given in code.
 *
 * @since 0.1.0
 * @category layers
 */
export const layerConfig = (
  options: Omit<EgoiConfig.Options, "apiKey" | "baseUrl"> = {}
): Layer.Layer<EgoiTransport, EgoiConfigError> => layer.pipe(Layer.provide(EgoiConfig.layerConfig(options)))
