/**
 * How E-goi authenticates a call: the account's API key in the `Apikey` header. Declared on the
 * definition as an `HttpApiSecurity.apiKey` middleware of every group that needs it (all but Ping),
 * so the OpenAPI document, the client and the mock read the same fact; the mock implements its
 * server side.
 *
 * @since 0.1.0
 */
import type * as HttpApiEndpoint from "@effect/platform/HttpApiEndpoint"
import type * as HttpApiGroup from "@effect/platform/HttpApiGroup"
import * as HttpApiMiddleware from "@effect/platform/HttpApiMiddleware"
import * as HttpApiSecurity from "@effect/platform/HttpApiSecurity"
import * as OpenApi from "@effect/platform/OpenApi"
import { Wire } from "./EgoiError.js"

/**
 * The header that carries the API key.
 *
 * @since 0.1.0
 * @category constants
 */
export const HEADER = "Apikey"

/**
 * The `Apikey` security scheme.
 *
 * @since 0.1.0
 * @category security
 */
export const apiKey = HttpApiSecurity.apiKey({ key: HEADER, in: "header" }).pipe(
  HttpApiSecurity.annotate(OpenApi.Description, "The account's API key, from E-goi's Apps > API Keys")
)

/**
 * The middleware of every authenticated group: a missing or unknown key is answered 401.
 *
 * @since 0.1.0
 * @category middleware
 */
export class Authentication extends HttpApiMiddleware.Tag<Authentication>()("@egoi-ts/core/Authentication", {
  failure: Wire.Unauthorized,
  security: { [HEADER]: apiKey }
}) {}

/**
 * Whether calls of a group (or of one of its endpoints) need the key.
 *
 * @since 0.1.0
 * @category predicates
 */
export const isRequiredBy = (
  group: HttpApiGroup.HttpApiGroup.Any,
  endpoint?: HttpApiEndpoint.HttpApiEndpoint.Any
): boolean =>
  [
    (group as HttpApiGroup.HttpApiGroup.AnyWithProps).middlewares,
    (endpoint as HttpApiEndpoint.HttpApiEndpoint.AnyWithProps | undefined)?.middlewares
  ].some((middlewares) => (middlewares as ReadonlySet<unknown> | undefined)?.has(Authentication) === true)
