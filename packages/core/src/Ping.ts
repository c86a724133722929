/**
 * Ping: is the API up?
 *
 * @since 0.1.0
 */
import * as HttpApiGroup from "@effect/platform/HttpApiGroup"
import * as OpenApi from "@effect/platform/OpenApi"
import * as Schema from "effect/Schema"
import { Wire } from "./EgoiError.js"
import * as Endpoint from "./internal/endpoint.js"

/**
 * The answer of `ping`.
 *
 * @since 0.1.0
 * @category schemas
 */
export const Pong = Schema.Struct({ result: Schema.String }).annotations({ identifier: "Ping" })

/**
 * The Ping group: `ping`. It documents no authentication errors.
 *
 * @since 0.1.0
 * @category api
 */
export const PingGroup = HttpApiGroup.make("ping")
  .annotate(OpenApi.Title, "Ping")
  .add(
    Endpoint.post("ping", "/ping")
      .addSuccess(Pong)
      .addError(Wire.InternalServerError)
      .addError(Wire.ServiceUnavailable)
      .annotate(OpenApi.Summary, "Check that the API is up")
  )
