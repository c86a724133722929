/**
 * Building blocks of the API definition shared by every resource module.
 *
 * @internal
 */
import * as HttpApiGroup from "@effect/platform/HttpApiGroup"
import * as OpenApi from "@effect/platform/OpenApi"
import { Wire } from "../EgoiError.js"

/**
 * A group that answers the statuses every authenticated E-goi route can answer: 401, 403, 408,
 * 429, 500, 503. `title` is the reference tag the group stands for.
 */
export const authenticatedGroup = <const Name extends string>(name: Name, title: string) =>
  HttpApiGroup.make(name)
    .annotate(OpenApi.Title, title)
    .addError(Wire.Unauthorized)
    .addError(Wire.Forbidden)
    .addError(Wire.RequestTimeout)
    .addError(Wire.TooManyRequests)
    .addError(Wire.InternalServerError)
    .addError(Wire.ServiceUnavailable)
