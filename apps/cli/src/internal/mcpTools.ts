/**
 * The MCP tools of `egoi mcp`, derived from the definition: one per operation, named by E-goi's
 * operationId, described by its summary, route and paging, with a JSON Schema of its flat parameters
 * (path, query and body fields in one object, as core's client takes them) made from the schemas
 * themselves, so every documented constraint and description reaches the agent. A body that is not
 * an object is the `body` argument.
 *
 * @internal
 */
import * as HttpApi from "@effect/platform/HttpApi"
import type * as HttpApiEndpoint from "@effect/platform/HttpApiEndpoint"
import type * as HttpApiGroup from "@effect/platform/HttpApiGroup"
import * as JSONSchema from "effect/JSONSchema"
import * as Option from "effect/Option"
import * as Schema from "effect/Schema"
import * as AST from "effect/SchemaAST"
import { type Catalog, type GroupInfo, isReadOnly, type OperationInfo, routeOf } from "./catalog.js"

export interface Tool {
  readonly name: string
  readonly title: string
  readonly description: string
  readonly inputSchema: { readonly type: "object"; readonly [key: string]: unknown }
  readonly annotations: {
    readonly title: string
    readonly readOnlyHint: boolean
    readonly destructiveHint: boolean
    readonly idempotentHint: boolean
    readonly openWorldHint: boolean
  }
  readonly group: GroupInfo
  readonly operation: OperationInfo
}

type Json = { readonly [key: string]: unknown }

/** The schema with each `$ref` to a definition replaced by the definition, and Effect's refinement titles left out. */
const inline = (schema: unknown, definitions: Readonly<Record<string, unknown>>, depth = 0): unknown => {
  if (Array.isArray(schema)) return schema.map((item) => inline(item, definitions, depth))
  if (typeof schema !== "object" || schema === null) return schema
  const { $ref, title: _, ...rest } = schema as Json & { readonly $ref?: string; readonly title?: unknown }
  if (typeof $ref === "string" && depth < 8) {
    const target = definitions[$ref.replace(/^#\/\$defs\//, "")]
    return inline({ ...(target as Json), ...rest }, definitions, depth + 1)
  }
  return Object.fromEntries(Object.entries(rest).map(([key, value]) => [key, inline(value, definitions, depth)]))
}

/** The JSON Schema of an endpoint's flat parameters, from the type side of its path, query and body schemas. */
export const inputSchemaOf = (endpoint: HttpApiEndpoint.HttpApiEndpoint.AnyWithProps): Tool["inputSchema"] => {
  const definitions: Record<string, JSONSchema.JsonSchema7> = {}
  const properties: Record<string, unknown> = {}
  const required: Array<string> = []
  for (const part of [endpoint.pathSchema, endpoint.urlParamsSchema, endpoint.payloadSchema]) {
    if (Option.isNone(part)) continue
    const ast = Schema.typeSchema(part.value as Schema.Schema<unknown>).ast
    const schema = inline(JSONSchema.fromAST(ast, { definitions }), definitions) as Json
    if (schema.type === "object" && typeof schema.properties === "object") {
      Object.assign(properties, schema.properties)
      required.push(...((schema.required as ReadonlyArray<string> | undefined) ?? []))
    } else if (AST.isUnion(ast) && Array.isArray(schema.anyOf)) {
      // A body of several shapes: their fields together, required when every shape requires them.
      const shapes = schema.anyOf as ReadonlyArray<Json>
      for (const shape of shapes) Object.assign(properties, shape.properties)
      const always = ((shapes[0]?.required as ReadonlyArray<string> | undefined) ?? []).filter((name) =>
        shapes.every((shape) => ((shape.required as ReadonlyArray<string> | undefined) ?? []).includes(name))
      )
      required.push(...always)
    } else {
      properties.body = schema
      required.push("body")
    }
  }
  return { type: "object", properties, required: [...new Set(required)], additionalProperties: false }
}

const describe = (group: GroupInfo, operation: OperationInfo) =>
  [
    `${operation.summary ?? operation.name}.`,
    operation.description,
    `${routeOf(operation)} of E-goi's ${group.title} API.`,
    operation.paging === "page"
      ? "Pages: offset and limit (1 to 1000) choose a page; the answer is { total_items, items }."
      : operation.paging === "array"
        ? "Pages: offset and limit (1 to 1000) choose a page; the answer is an array of at most limit items."
        : undefined
  ]
    .filter(Boolean)
    .join(" ")

/** Every operation of the definition as a tool, in the catalog's order. */
export const toolsOf = (api: HttpApi.HttpApi.Any, catalog: Catalog): ReadonlyArray<Tool> => {
  const endpoints = new Map<string, HttpApiEndpoint.HttpApiEndpoint.AnyWithProps>()
  HttpApi.reflect(api as HttpApi.HttpApi.AnyWithProps, {
    onGroup() {},
    onEndpoint({ group, endpoint }) {
      endpoints.set(
        `${(group as HttpApiGroup.HttpApiGroup.AnyWithProps).identifier}/${endpoint.name}`,
        endpoint as never
      )
    }
  })
  return catalog.groups.flatMap((group) =>
    group.operations.map((operation): Tool => {
      const title = `${group.title}: ${operation.summary ?? operation.name}`
      return {
        name: operation.name,
        title,
        description: describe(group, operation),
        inputSchema: inputSchemaOf(endpoints.get(`${group.name}/${operation.name}`)!),
        annotations: {
          title,
          readOnlyHint: isReadOnly(operation),
          // Creating adds; every other write may change or remove what is there.
          destructiveHint: !isReadOnly(operation) && !operation.name.startsWith("create"),
          idempotentHint: operation.method !== "POST",
          openWorldHint: true
        },
        group,
        operation
      }
    })
  )
}
