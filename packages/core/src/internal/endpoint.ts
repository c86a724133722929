/**
 * How the resource modules declare E-goi's operations: endpoints that carry E-goi's operationId, and
 * groups that carry the reference tag and the statuses every call of theirs can answer.
 *
 * @internal
 */
import * as HttpApiEndpoint from "@effect/platform/HttpApiEndpoint"
import * as HttpApiGroup from "@effect/platform/HttpApiGroup"
import * as OpenApi from "@effect/platform/OpenApi"
import { Authentication } from "../Authentication.js"
import { Wire } from "../EgoiError.js"

const withIdentifier =
  <Method extends "GET" | "POST" | "PATCH" | "PUT" | "DELETE">(
    make: <const Name extends string>(
      name: Name,
      path: HttpApiEndpoint.PathSegment
    ) => HttpApiEndpoint.HttpApiEndpoint<Name, Method>
  ) =>
  <const Name extends string>(name: Name, path: HttpApiEndpoint.PathSegment) =>
    make(name, path).annotate(OpenApi.Identifier, name)

/** A GET endpoint whose E-goi operationId is `name`. */
export const get = withIdentifier(HttpApiEndpoint.get)
/** A POST endpoint whose E-goi operationId is `name`. */
export const post = withIdentifier(HttpApiEndpoint.post)
/** A PATCH endpoint whose E-goi operationId is `name`. */
export const patch = withIdentifier(HttpApiEndpoint.patch)
/** A PUT endpoint whose E-goi operationId is `name`. */
export const put = withIdentifier(HttpApiEndpoint.put)
/** A DELETE endpoint whose E-goi operationId is `name`. */
export const del = withIdentifier(HttpApiEndpoint.del)

/**
 * A group of the reference (`title` is its tag) whose calls need the API key, and so can answer the
 * statuses every authenticated E-goi route can: 401 (from the middleware), 403, 408, 429, 500, 503.
 */
export const authenticatedGroup = <const Name extends string>(name: Name, title: string) =>
  HttpApiGroup.make(name)
    .annotate(OpenApi.Title, title)
    .middleware(Authentication)
    .addError(Wire.Forbidden)
    .addError(Wire.RequestTimeout)
    .addError(Wire.TooManyRequests)
    .addError(Wire.InternalServerError)
    .addError(Wire.ServiceUnavailable)

/**
 * A group of the reference whose calls need the API key, declaring only 401 (from the middleware),
 * 408 and 500: for the groups (Push, Webpush) whose routes document different sets of the other
 * statuses, each endpoint adds its own.
 */
export const keyedGroup = <const Name extends string>(name: Name, title: string) =>
  HttpApiGroup.make(name)
    .annotate(OpenApi.Title, title)
    .middleware(Authentication)
    .addError(Wire.RequestTimeout)
    .addError(Wire.InternalServerError)

/** A group of the reference whose calls need no key. */
export const publicGroup = <const Name extends string>(name: Name, title: string) =>
  HttpApiGroup.make(name).annotate(OpenApi.Title, title)
