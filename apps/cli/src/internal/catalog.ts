/**
 * The catalog: what the CLI needs to know of the API definition before it runs anything, as plain
 * data. Every group and operation with its route, paging, authentication, summary and the flags of
 * its parameters. The build derives it once from the definition (`deriveCatalog.ts`) and embeds it
 * as JSON, so help, completion and argument parsing load no schema; only running an operation loads
 * its group's definition. This module holds the model alone, and imports nothing.
 *
 * @internal
 */

/** What kind of value a flag takes, as the parameter's schema declares. */
export type ValueKind =
  | { readonly _tag: "integer" }
  | { readonly _tag: "number" }
  | { readonly _tag: "string" }
  | { readonly _tag: "boolean" }
  | { readonly _tag: "choice"; readonly values: ReadonlyArray<string> }
  /** An object, an array, or a union of several kinds: given as JSON (or `@file`). */
  | { readonly _tag: "json" }

/** Bounds a parameter's schema declares, shown in help and checked by core before sending. */
export interface Bounds {
  readonly minimum?: number | undefined
  readonly maximum?: number | undefined
  readonly minLength?: number | undefined
  readonly maxLength?: number | undefined
}

/**
 * One flag of an operation. A parameter of the definition is one flag (`list_id` is `--list-id`);
 * each field of a parameter that is an object of plain values is one more (`base.email` is
 * `--email`), so common bodies need no JSON.
 */
export interface ParameterInfo {
  /** The flag without its dashes (`list-id`, `email`). */
  readonly flag: string
  /** Where the value goes in the call's parameters: `["list_id"]`, or `["base", "email"]` for a field. */
  readonly path: ReadonlyArray<string>
  readonly location: "path" | "query" | "body"
  readonly required: boolean
  readonly kind: ValueKind
  readonly description?: string | undefined
  readonly bounds?: Bounds | undefined
}

/** One operation of the definition. */
export interface OperationInfo {
  /** E-goi's operationId (`getAllLists`). */
  readonly name: string
  /** The command (`get-all-lists`). */
  readonly command: string
  readonly method: string
  /** The route, with `:name` for each path parameter (`/lists/:list_id`). */
  readonly path: string
  readonly summary?: string | undefined
  readonly description?: string | undefined
  /** How it pages (`Pagination.kindOf`); absent when it does not. */
  readonly paging?: "page" | "array" | undefined
  readonly requiresKey: boolean
  readonly parameters: ReadonlyArray<ParameterInfo>
  /** Whether it takes a body, which `--body` gives whole (and its flags override). */
  readonly hasBody: boolean
  /** Whether the body is not an object (an array), so only `--body` gives it, as the `body` parameter. */
  readonly wholeBody: boolean
}

/** One group of the definition, with its operations in their declared order. */
export interface GroupInfo {
  /** The group's identifier, as the client names it (`lists`, `myAccount`). */
  readonly name: string
  /** The command (`lists`, `my-account`). */
  readonly command: string
  /** The reference's tag (`My Account`). */
  readonly title: string
  readonly operations: ReadonlyArray<OperationInfo>
}

export interface Catalog {
  readonly groups: ReadonlyArray<GroupInfo>
}

/**
 * A name in kebab-case: `getAllLists` is `get-all-lists`, `list_id` is `list-id`, an acronym is one
 * word (`getSMSReport` is `get-sms-report`, `getAllCNames` stays `get-all-cnames`).
 */
export const kebab = (name: string) =>
  name
    .replace(/([a-z0-9])([A-Z])/g, "$1-$2")
    .replace(/([A-Z]{2,})([A-Z][a-z])/g, "$1-$2")
    .replace(/_/g, "-")
    .toLowerCase()

/** Whether a group is one operation that bears its name, so the group's command is that operation (`egoi ping`). */
export const isSingleOperation = (group: GroupInfo) =>
  group.operations.length === 1 && group.operations[0]!.command === group.command

/** Whether an operation only reads: what an agent may call without `--allow-writes`. */
export const isReadOnly = (operation: OperationInfo) => operation.method === "GET"

/**
 * The operation's method and route, path parameters as `{name}` (`GET /lists/{list_id}`), or with the
 * values given for them (`DELETE /lists/5`).
 */
export const routeOf = (operation: OperationInfo, values: Readonly<Record<string, unknown>> = {}): string =>
  `${operation.method} ${operation.path.replace(/:(\w+)/g, (_, name: string) =>
    values[name] === undefined ? `{${name}}` : String(values[name])
  )}`

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
 * The operation a raw call goes to (`GET /lists/1` is `getList`), with its group, or `undefined` for
 * a route the definition lacks. Where two templates match, the one with more literal segments wins
 * (`/lists/:list_id/fields/extra` over `/lists/:list_id/fields/:field_id`), as in a router.
 */
export const operationAt = (
  catalog: Catalog,
  method: string,
  path: string
): { readonly group: GroupInfo; readonly operation: OperationInfo } | undefined => {
  const route = path.split(/[?#]/)[0]!.replace(/(.)\/+$/, "$1")
  let best: { readonly group: GroupInfo; readonly operation: OperationInfo; readonly literal: number } | undefined
  for (const group of catalog.groups) {
    for (const operation of group.operations) {
      if (operation.method !== method.toUpperCase()) continue
      const literal = literalMatches(operation.path, route)
      if (literal >= 0 && (best === undefined || literal > best.literal)) best = { group, operation, literal }
    }
  }
  return best && { group: best.group, operation: best.operation }
}

/** An operation by its group and name (`contacts`, `getAllContacts`). */
export const operationNamed = (catalog: Catalog, group: string, name: string): OperationInfo | undefined =>
  catalog.groups.find((candidate) => candidate.name === group)?.operations.find((operation) => operation.name === name)
