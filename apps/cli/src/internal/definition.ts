/**
 * The API definition as the CLI reads it: every group and operation with the facts core declares
 * on them (flat parameters, paging, whether the key is needed, the summary), so no command guesses
 * them from names or shapes.
 *
 * @internal
 */
import * as HttpApi from "@effect/platform/HttpApi"
import type * as HttpApiEndpoint from "@effect/platform/HttpApiEndpoint"
import type * as HttpApiGroup from "@effect/platform/HttpApiGroup"
import * as OpenApi from "@effect/platform/OpenApi"
import { Authentication, EgoiApi, Pagination, Parameters } from "@egoi-ts/core"
import * as Context from "effect/Context"
import * as Option from "effect/Option"

/** One operation of the definition. */
export interface Operation {
  /** The group's identifier, as the client names it (`lists`, `myAccount`). */
  readonly group: string
  /** E-goi's operationId (`getAllLists`). */
  readonly name: string
  readonly method: string
  /** The route, with `:name` for each path parameter (`/lists/:list_id`). */
  readonly path: string
  readonly parameters: ReadonlyArray<Parameters.Parameter>
  readonly paging: Pagination.Kind | undefined
  readonly requiresKey: boolean
  readonly summary: string | undefined
}

/** One group of the definition, with its operations in their declared order. */
export interface Group {
  readonly name: string
  /** The reference's tag (`My Account`). */
  readonly title: string
  readonly operations: ReadonlyArray<Operation>
}

const operationOf = (
  group: HttpApiGroup.HttpApiGroup.AnyWithProps,
  endpoint: HttpApiEndpoint.HttpApiEndpoint.AnyWithProps
): Operation => ({
  group: group.identifier,
  name: endpoint.name,
  method: endpoint.method,
  path: endpoint.path,
  parameters: Parameters.of(endpoint),
  paging: Pagination.kindOf(endpoint),
  requiresKey: Authentication.isRequiredBy(group, endpoint),
  summary: Option.getOrUndefined(Context.getOption(endpoint.annotations, OpenApi.Summary))
})

let cached: ReadonlyArray<Group> | undefined

const read = (): ReadonlyArray<Group> => {
  const found: Array<{ readonly name: string; readonly title: string; readonly operations: Array<Operation> }> = []
  HttpApi.reflect(EgoiApi.EgoiApi, {
    onGroup({ group }) {
      found.push({
        name: group.identifier,
        title: Option.getOrElse(Context.getOption(group.annotations, OpenApi.Title), () => group.identifier),
        operations: []
      })
    },
    onEndpoint({ group, endpoint }) {
      found
        .find((entry) => entry.name === group.identifier)!
        .operations.push(operationOf(group, endpoint as unknown as HttpApiEndpoint.HttpApiEndpoint.AnyWithProps))
    }
  })
  return found
}

/** Every group of the definition, in its declared order; read once, on first use. */
export const groups = (): ReadonlyArray<Group> => (cached ??= read())

/** How many segments of a route a template matches literally, or -1 when it does not match the route. */
export const literalMatches = (template: string, route: string): number => {
  const expected = template.split("/").slice(1)
  const given = route.split("/").slice(1)
  if (expected.length !== given.length) return -1
  let literal = 0
  for (const [index, segment] of expected.entries()) {
    if (segment.startsWith(":")) {
      if (given[index] === "") return -1
    } else if (segment === given[index]) literal++
    else return -1
  }
  return literal
}

/**
 * The operation a raw call goes to (`GET /lists/1` is `getList`), or `undefined` for a route the
 * definition lacks. Where two templates match, the one with more literal segments wins
 * (`/lists/:list_id/fields/extra` over `/lists/:list_id/fields/:field_id`), as in a router.
 */
export const operationAt = (method: string, path: string): Operation | undefined => {
  const route = path.split(/[?#]/)[0]!.replace(/(.)\/+$/, "$1")
  let best: { readonly operation: Operation; readonly literal: number } | undefined
  for (const group of groups()) {
    for (const operation of group.operations) {
      if (operation.method !== method.toUpperCase()) continue
      const literal = literalMatches(operation.path, route)
      if (literal >= 0 && (best === undefined || literal > best.literal)) best = { operation, literal }
    }
  }
  return best?.operation
}

/** An operation by its group and name (`contacts`, `getAllContacts`). */
export const operationNamed = (group: string, name: string): Operation | undefined =>
  groups()
    .find((candidate) => candidate.name === group)
    ?.operations.find((operation) => operation.name === name)
