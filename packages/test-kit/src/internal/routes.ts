/**
 * The routes of the API definition as a table the mock consults before its handlers: whether a
 * path is an operation's at all (404), with another method (405 and `Allow`), and whether a fault
 * rule's route names any operation.
 *
 * @internal
 */
import * as HttpApi from "@effect/platform/HttpApi"
import { EgoiApi } from "@egoi-ts/core"

/** One operation's route: its method and path template (`/lists/:list_id`) split in segments. */
interface Route {
  readonly method: string
  readonly segments: ReadonlyArray<string>
}

const isParameter = (segment: string) => segment.startsWith(":")

let table: ReadonlyArray<Route> | undefined

/** Every operation's route, read from the definition once. */
const routes = (): ReadonlyArray<Route> => {
  if (table) return table
  const found: Array<Route> = []
  HttpApi.reflect(EgoiApi.EgoiApi, {
    onGroup: () => undefined,
    onEndpoint: ({ endpoint }) => found.push({ method: endpoint.method, segments: endpoint.path.split("/") })
  })
  table = found
  return found
}

/** What the definition has at a path: nothing, the methods it has there, or a route for this method. */
export type Resolution =
  | { readonly _tag: "NotFound" }
  | { readonly _tag: "MethodNotAllowed"; readonly allow: ReadonlyArray<string> }
  | { readonly _tag: "Found" }

const matchesPath = (route: Route, segments: ReadonlyArray<string>) =>
  route.segments.length === segments.length &&
  route.segments.every((segment, index) =>
    isParameter(segment) ? segments[index] !== "" : segment === segments[index]
  )

/** Looks a request's method and (raw) path up in the definition. */
export const resolve = (method: string, pathname: string): Resolution => {
  const segments = pathname.split("/")
  const allow = new Set<string>()
  for (const route of routes()) {
    if (!matchesPath(route, segments)) continue
    if (route.method === method) return { _tag: "Found" }
    allow.add(route.method)
  }
  return allow.size === 0 ? { _tag: "NotFound" } : { _tag: "MethodNotAllowed", allow: [...allow].sort() }
}

/**
 * Whether a fault rule's route (`GET /lists/:list_id`, `/lists/1`, `/tags/*`) can match a request
 * of some operation: each segment equal to the operation's, or a `:name` or `*` on either side.
 */
export const isKnownRoute = (method: string | undefined, template: string): boolean => {
  const segments = template.split("/")
  return routes().some(
    (route) =>
      (method === undefined || route.method === method) &&
      route.segments.length === segments.length &&
      route.segments.every(
        (segment, index) =>
          isParameter(segment) ||
          segments[index] === segment ||
          segments[index] === "*" ||
          isParameter(segments[index]!)
      )
  )
}
