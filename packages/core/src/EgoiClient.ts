/**
 * The whole client: every group of the definition (`lists`, `contacts`, ...) over one shared
 * {@link EgoiTransport}, plus raw calls and the last rate-limit headers. A program that needs one
 * group can take {@link GroupClient.make} instead and carry only that group.
 *
 * ```ts
 * import { EgoiClient } from "@egoi-ts/core"
 * import { Effect } from "effect"
 *
 * const program = Effect.gen(function* () {
 *   const egoi = yield* EgoiClient.EgoiClient
 *   const list = yield* egoi.lists.createList({ internal_name: "Newsletter" })
 *   return yield* egoi.lists.getList({ list_id: list.list_id })
 * })
 *
 * program.pipe(Effect.provide(EgoiClient.layerConfig()))
 * ```
 *
 * @since 0.1.0
 */
import type * as HttpApi from "@effect/platform/HttpApi"
import type * as HttpApiGroup from "@effect/platform/HttpApiGroup"
import * as Context from "effect/Context"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import { EgoiApi } from "./EgoiApi.js"
import * as EgoiConfig from "./EgoiConfig.js"
import type { EgoiConfigError } from "./EgoiError.js"
import * as EgoiTransport from "./EgoiTransport.js"
import * as GroupClient from "./GroupClient.js"

type Groups = EgoiApi extends HttpApi.HttpApi<infer _Id, infer Groups, infer _E, infer _R> ? Groups : never

/**
 * The client service: one property per group (`lists`, `tags`, `myAccount`, `ping`, ...), the last
 * rate-limit headers and raw calls.
 *
 * @since 0.1.0
 * @category models
 */
export type Service = {
  readonly [Group in Groups as HttpApiGroup.HttpApiGroup.Name<Group>]: GroupClient.GroupClient<Group>
} & {
  /** The rate-limit headers of the last answer. */
  readonly rateLimit: EgoiTransport.Service["rateLimit"]
  /** Sends a raw call through the same policy; the answer is the parsed JSON body (or `undefined`). */
  readonly request: EgoiTransport.Service["request"]
}

/**
 * The client service tag.
 *
 * @since 0.1.0
 * @category tags
 */
export class EgoiClient extends Context.Tag("@egoi-ts/core/EgoiClient")<EgoiClient, Service>() {}

/**
 * Builds the whole client over the transport of the context.
 *
 * @since 0.1.0
 * @category constructors
 */
export const make: Effect.Effect<Service, never, EgoiTransport.EgoiTransport> = Effect.map(
  EgoiTransport.EgoiTransport,
  (transport) => {
    const client: Record<string, unknown> = { rateLimit: transport.rateLimit, request: transport.request }
    for (const group of Object.values(EgoiApi.groups)) {
      client[group.identifier] = GroupClient.fromTransport(transport, group)
    }
    return client as Service
  }
)

/**
 * The client and its transport, given an `EgoiConfig`.
 *
 * @since 0.1.0
 * @category layers
 */
export const layer: Layer.Layer<EgoiClient | EgoiTransport.EgoiTransport, never, EgoiConfig.EgoiConfig> = Layer.effect(
  EgoiClient,
  make
).pipe(Layer.provideMerge(EgoiTransport.layer))

/**
 * The client configured in code.
 *
 * @since 0.1.0
 * @category layers
 */
export const layerWith = (
  options: EgoiConfig.Options
): Layer.Layer<EgoiClient | EgoiTransport.EgoiTransport, EgoiConfigError> =>
  layer.pipe(Layer.provide(EgoiConfig.layer(options)))

/**
 * The client configured from the environment (`EGOI_API_KEY`, `EGOI_BASE_URL`), plus any option
 * given in code.
 *
 * @since 0.1.0
 * @category layers
 */
export const layerConfig = (
  options: Omit<EgoiConfig.Options, "apiKey" | "baseUrl"> = {}
): Layer.Layer<EgoiClient | EgoiTransport.EgoiTransport, EgoiConfigError> =>
  layer.pipe(Layer.provide(EgoiConfig.layerConfig(options)))
