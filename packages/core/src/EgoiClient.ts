/**
 * The client: every operation of the definition as a function from one flat parameter object to an
 * `Effect`, over the transport policy (timeouts, retries, rate limiting, body size guard).
 *
 * ```ts
 * import { EgoiClient, EgoiConfig } from "@egoi-ts/core"
 * import { FetchHttpClient } from "@effect/platform"
 * import { Effect, Layer } from "effect"
 *
 * const program = Effect.gen(function* () {
 *   const egoi = yield* EgoiClient.EgoiClient
 *   const list = yield* egoi.lists.createList({ internal_name: "Newsletter" })
 *   return yield* egoi.lists.getList({ list_id: list.list_id })
 * })
 *
 * program.pipe(
 *   Effect.provide(EgoiClient.layer.pipe(Layer.provide(EgoiConfig.layerConfig()), Layer.provide(FetchHttpClient.layer)))
 * )
 * ```
 *
 * @since 0.1.0
 */
import * as HttpApi from "@effect/platform/HttpApi"
import * as HttpApiClient from "@effect/platform/HttpApiClient"
import type * as HttpApiEndpoint from "@effect/platform/HttpApiEndpoint"
import type * as HttpApiGroup from "@effect/platform/HttpApiGroup"
import * as HttpClient from "@effect/platform/HttpClient"
import * as HttpClientRequest from "@effect/platform/HttpClientRequest"
import * as Context from "effect/Context"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import * as Option from "effect/Option"
import * as RateLimiter from "effect/RateLimiter"
import * as Ref from "effect/Ref"
import type * as Scope from "effect/Scope"
import type { Simplify } from "effect/Types"
import { EgoiApi } from "./EgoiApi.js"
import * as EgoiConfig from "./EgoiConfig.js"
import { type ApiError, byStatus, type ClientError, type EgoiConfigError, ResponseDecodeError } from "./EgoiError.js"
import { errorFromStatus, makeOperation } from "./internal/operation.js"
import * as Transport from "./internal/transport.js"

/**
 * Options of a single call.
 *
 * @since 0.1.0
 * @category models
 */
export interface CallOptions {
  /** Per attempt; replaces the client's read or write timeout for this call. */
  readonly timeout?: import("effect/Duration").DurationInput | undefined
  /** Retries after the first attempt, for this call. */
  readonly maxRetries?: number | undefined
  /** The longest the whole call may take, retries and waits included. */
  readonly deadline?: import("effect/Duration").DurationInput | undefined
}

/**
 * The rate-limit headers of the last response, with the instants at which their windows reset
 * (epoch milliseconds).
 *
 * @since 0.1.0
 * @category models
 */
export type RateLimitState = Transport.RateLimitState

type Part<X> = [X] extends [never] ? {} : X
type BodyPart<B> = [B] extends [never] ? {} : B extends ReadonlyArray<unknown> ? { readonly body: B } : B

/**
 * The parameters of an operation: its path, query and body fields in one object (an array body
 * goes under `body`).
 *
 * @since 0.1.0
 * @category models
 */
export type Params<Endpoint> =
  Endpoint extends HttpApiEndpoint.HttpApiEndpoint<
    infer _Name,
    infer _Method,
    infer Path,
    infer UrlParams,
    infer Payload,
    infer _Headers,
    infer _Success,
    infer _Error,
    infer _R,
    infer _RE
  >
    ? Simplify<Part<Path> & Part<UrlParams> & BodyPart<Payload>>
    : never

/**
 * An operation of the client.
 *
 * @since 0.1.0
 * @category models
 */
export type Operation<Endpoint extends HttpApiEndpoint.HttpApiEndpoint.Any, GroupError> =
  {} extends Params<Endpoint>
    ? (
        params?: Params<Endpoint>,
        options?: CallOptions
      ) => Effect.Effect<HttpApiEndpoint.HttpApiEndpoint.Success<Endpoint>, Errors<Endpoint, GroupError>>
    : (
        params: Params<Endpoint>,
        options?: CallOptions
      ) => Effect.Effect<HttpApiEndpoint.HttpApiEndpoint.Success<Endpoint>, Errors<Endpoint, GroupError>>

/**
 * What an operation can fail with: the errors it documents, the errors of its group, and those any
 * call can meet.
 *
 * @since 0.1.0
 * @category models
 */
export type Errors<Endpoint extends HttpApiEndpoint.HttpApiEndpoint.Any, GroupError> =
  | HttpApiEndpoint.HttpApiEndpoint.Error<Endpoint>
  | GroupError
  | ClientError

/**
 * The operations of one group, by E-goi operation ID.
 *
 * @since 0.1.0
 * @category models
 */
export type GroupClient<Group> =
  Group extends HttpApiGroup.HttpApiGroup<infer _Name, infer Endpoints, infer GroupError, infer _R, infer _TopLevel>
    ? {
        readonly [Endpoint in Endpoints as HttpApiEndpoint.HttpApiEndpoint.Name<Endpoint>]: Operation<
          Endpoint,
          GroupError
        >
      }
    : never

type Groups = EgoiApi extends HttpApi.HttpApi<infer _Id, infer Groups, infer _E, infer _R> ? Groups : never

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
 * The client service: one property per group (`lists`, `tags`, `myAccount`, `ping`, ...).
 *
 * @since 0.1.0
 * @category models
 */
export type Service = {
  readonly [Group in Groups as HttpApiGroup.HttpApiGroup.Name<Group>]: GroupClient<Group>
} & {
  /** The rate-limit headers of the last response. */
  readonly rateLimit: Effect.Effect<RateLimitState>
  /** Sends a raw call through the same transport policy; the answer is the parsed JSON body (or `undefined`). */
  readonly request: (request: RawRequest, options?: CallOptions) => Effect.Effect<unknown, ApiError | ClientError>
}

/**
 * The client service tag.
 *
 * @since 0.1.0
 * @category tags
 */
export class EgoiClient extends Context.Tag("@egoi-ts/core/EgoiClient")<EgoiClient, Service>() {}

const ALL_STATUSES: ReadonlySet<number> = new Set(byStatus.keys())

/**
 * Builds a client from a configuration and an `HttpClient`. The rate limiter lives as long as the scope.
 *
 * @since 0.1.0
 * @category constructors
 */
export const make: Effect.Effect<Service, never, EgoiConfig.EgoiConfig | HttpClient.HttpClient | Scope.Scope> =
  Effect.gen(function* () {
    const config = yield* EgoiConfig.EgoiConfig
    const httpClient = yield* HttpClient.HttpClient
    const state = yield* Ref.make<RateLimitState>({})
    const limiter = config.rateLimit
      ? yield* RateLimiter.make({
          limit: config.rateLimit.limit,
          interval: config.rateLimit.interval,
          algorithm: "token-bucket"
        })
      : undefined
    const transport = Transport.make(httpClient, { config, state, limiter })
    const raw = (yield* HttpApiClient.makeWith(EgoiApi, { httpClient: transport })) as unknown as Record<
      string,
      Record<string, (request: unknown) => Effect.Effect<unknown, unknown>>
    >
    const client: Record<string, Record<string, unknown>> = {}
    HttpApi.reflect(EgoiApi, {
      onGroup({ group }) {
        client[group.identifier] = {}
      },
      onEndpoint({ group, endpoint, errors, successes }) {
        const send = raw[group.identifier]![endpoint.name]!
        const [success] = successes.values()
        client[group.identifier]![endpoint.name] = makeOperation(
          endpoint as unknown as HttpApiEndpoint.HttpApiEndpoint.AnyWithProps,
          new Set(errors.keys()),
          success ? success.ast : Option.none(),
          send
        )
      }
    })
    const request = (raw: RawRequest, options?: CallOptions) =>
      Effect.gen(function* () {
        let httpRequest = HttpClientRequest.make(raw.method)(raw.path.startsWith("/") ? raw.path : `/${raw.path}`)
        if (raw.query) {
          httpRequest = HttpClientRequest.setUrlParams(
            httpRequest,
            Object.fromEntries(Object.entries(raw.query).map(([key, value]) => [key, String(value)]))
          )
        }
        if (raw.body !== undefined) httpRequest = HttpClientRequest.bodyUnsafeJson(httpRequest, raw.body)
        const response = yield* transport.execute(httpRequest)
        const text = yield* response.text
        if (text === "") return undefined
        return yield* Effect.try({
          try: () => JSON.parse(text) as unknown,
          catch: () =>
            new ResponseDecodeError({
              method: raw.method,
              path: raw.path,
              status: response.status,
              detail: "the body is not JSON"
            })
        })
      }).pipe(
        Effect.catchAll((error): Effect.Effect<never, ApiError | ClientError> => {
          if (error._tag === "StatusFailure") return Effect.fail(errorFromStatus(error, ALL_STATUSES))
          if (error._tag === "RequestError" || error._tag === "ResponseError") {
            return Effect.fail(
              new ResponseDecodeError({ method: raw.method, path: raw.path, status: 0, detail: error.message })
            )
          }
          return Effect.fail(error)
        }),
        Effect.locally(Transport.currentCallOptions, options ?? {})
      )
    return { ...client, rateLimit: Ref.get(state), request } as unknown as Service
  })

/**
 * The client, given an `EgoiConfig` and an `HttpClient`.
 *
 * @since 0.1.0
 * @category layers
 */
export const layer: Layer.Layer<EgoiClient, never, EgoiConfig.EgoiConfig | HttpClient.HttpClient> = Layer.scoped(
  EgoiClient,
  make
)

/**
 * The client configured in code, given an `HttpClient`.
 *
 * @since 0.1.0
 * @category layers
 */
export const layerWith = (
  options: EgoiConfig.Options
): Layer.Layer<EgoiClient, EgoiConfigError, HttpClient.HttpClient> =>
  layer.pipe(Layer.provide(EgoiConfig.layer(options)))
