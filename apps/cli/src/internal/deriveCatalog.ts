/**
 * The catalog (`catalog.ts`) derived from the API definition: the facts core declares on each
 * endpoint (its flat parameters, paging, authentication, summary) read through core's own accessors,
 * plus the fields of object parameters as flags of their own. The build runs this once and embeds
 * the result; tests run it on the definition as it is.
 *
 * @internal
 */
import * as HttpApi from "@effect/platform/HttpApi"
import type * as HttpApiEndpoint from "@effect/platform/HttpApiEndpoint"
import type * as HttpApiGroup from "@effect/platform/HttpApiGroup"
import * as OpenApi from "@effect/platform/OpenApi"
import * as Authentication from "@egoi-ts/core/Authentication"
import * as Pagination from "@egoi-ts/core/Pagination"
import * as Parameters from "@egoi-ts/core/Parameters"
import * as Context from "effect/Context"
import * as Option from "effect/Option"
import * as Schema from "effect/Schema"
import * as AST from "effect/SchemaAST"
import { type Bounds, type Catalog, type GroupInfo, kebab, type OperationInfo, type ParameterInfo } from "./catalog.js"

/** Flags every operation command has already; a field of a body never takes one of these names. */
export const COMMON_FLAGS: ReadonlyArray<string> = [
  "all",
  "api-key",
  "base-url",
  "body",
  "dry-run",
  "help",
  "json",
  "mock",
  "no-color",
  "profile"
]

/** The schema under refinements, transformations and optional `undefined`: what a value is. */
const unwrap = (ast: AST.AST): AST.AST => {
  if (ast._tag === "Refinement") return unwrap(ast.from)
  if (ast._tag === "Transformation") return unwrap(ast.to)
  if (ast._tag === "Union") {
    const members = ast.types.filter((member) => member._tag !== "UndefinedKeyword")
    if (members.length === 1) return unwrap(members[0]!)
  }
  return ast
}

/** The property signatures of an object schema (of each member, for a union of objects). */
const propertiesOf = (ast: AST.AST): ReadonlyArray<AST.PropertySignature> | undefined => {
  const shape = unwrap(ast)
  if (shape._tag === "TypeLiteral") return shape.propertySignatures
  if (shape._tag === "Union") {
    const members = shape.types.map(propertiesOf)
    if (members.some((member) => member === undefined)) return undefined
    return (members as Array<ReadonlyArray<AST.PropertySignature>>).flat()
  }
  return undefined
}

/** The bounds of a schema, from the JSON Schema annotations of its refinements (`Int`, `between`, `maxLength`). */
export const boundsOf = (ast: AST.AST): Bounds | undefined => {
  const bounds: { -readonly [K in keyof Bounds]: Bounds[K] } = {}
  let current: AST.AST | undefined = ast
  while (current !== undefined) {
    const annotation = Option.getOrUndefined(AST.getJSONSchemaAnnotation(current)) as
      | Record<string, unknown>
      | undefined
    for (const key of ["minimum", "maximum", "minLength", "maxLength"] as const) {
      const value = annotation?.[key]
      if (typeof value === "number" && bounds[key] === undefined) bounds[key] = value
    }
    if (current._tag === "Refinement") current = current.from
    else if (current._tag === "Transformation") current = current.to
    else if (current._tag === "Union") {
      const members: ReadonlyArray<AST.AST> = current.types.filter((member) => member._tag !== "UndefinedKeyword")
      current = members.length === 1 ? members[0] : undefined
    } else current = undefined
  }
  return Object.keys(bounds).length > 0 ? bounds : undefined
}

interface Part {
  readonly location: ParameterInfo["location"]
  readonly properties: ReadonlyMap<string, AST.AST>
}

const partsOf = (endpoint: HttpApiEndpoint.HttpApiEndpoint.AnyWithProps): ReadonlyArray<Part> =>
  (
    [
      ["path", endpoint.pathSchema],
      ["query", endpoint.urlParamsSchema],
      ["body", endpoint.payloadSchema]
    ] as const
  ).flatMap(([location, schema]) => {
    if (Option.isNone(schema)) return []
    const properties = propertiesOf(Schema.typeSchema(schema.value as Schema.Schema<unknown>).ast) ?? []
    return [{ location, properties: new Map(properties.map((signature) => [String(signature.name), signature.type])) }]
  })

/** A field of an object parameter that can be a flag: one of plain value, not JSON. */
interface NestedField {
  readonly parent: Parameters.Parameter
  readonly name: string
  readonly ast: AST.AST
  readonly required: boolean
}

const nestedFieldsOf = (parameter: Parameters.Parameter, ast: AST.AST | undefined): ReadonlyArray<NestedField> => {
  if (ast === undefined || parameter.kind._tag !== "json") return []
  const properties = propertiesOf(ast)
  if (properties === undefined) return []
  const seen = new Set<string>()
  return properties.flatMap((signature) => {
    const name = String(signature.name)
    if (seen.has(name) || Parameters.kindOf(signature.type)._tag === "json") return []
    seen.add(name)
    return [{ parent: parameter, name, ast: signature.type, required: parameter.required && !signature.isOptional }]
  })
}

/**
 * The flags of an operation: one per parameter (a body that is not an object is `--body` alone),
 * then one per plain field of each object parameter, named after the field where no other flag of
 * the operation has that name, and after the parameter and the field where one has (`--base-email`).
 */
export const parametersOf = (endpoint: HttpApiEndpoint.HttpApiEndpoint.AnyWithProps): ReadonlyArray<ParameterInfo> => {
  const parts = partsOf(endpoint)
  const astOf = (parameter: Parameters.Parameter) =>
    parts.find((part) => part.location === parameter.location)?.properties.get(parameter.name)
  const parameters = Parameters.of(endpoint).filter((parameter) => !isWholeBody(parameter))
  const own: Array<ParameterInfo> = parameters.map((parameter) => {
    const ast = astOf(parameter)
    return {
      flag: kebab(parameter.name),
      path: [parameter.name],
      location: parameter.location,
      required: parameter.required,
      kind: parameter.kind,
      description: parameter.description,
      bounds: ast && boundsOf(ast)
    }
  })
  const nested = parameters.flatMap((parameter) => nestedFieldsOf(parameter, astOf(parameter)))
  const taken = new Map<string, number>()
  for (const name of [...own.map((parameter) => parameter.flag), ...COMMON_FLAGS]) taken.set(name, 2)
  for (const field of nested) taken.set(kebab(field.name), (taken.get(kebab(field.name)) ?? 0) + 1)
  const fields: Array<ParameterInfo> = nested.map((field) => ({
    flag: taken.get(kebab(field.name)) === 1 ? kebab(field.name) : kebab(`${field.parent.name}_${field.name}`),
    path: [field.parent.name, field.name],
    location: field.parent.location,
    required: field.required,
    kind: Parameters.kindOf(field.ast),
    description: Parameters.descriptionOf(field.ast),
    bounds: boundsOf(field.ast)
  }))
  return [...own, ...fields]
}

const isWholeBody = (parameter: Parameters.Parameter) => parameter.location === "body" && parameter.name === "body"

const annotation = (annotations: Context.Context<never>, tag: Context.Tag<any, string>) =>
  Option.getOrUndefined(Context.getOption(annotations, tag))

const operationOf = (
  group: HttpApiGroup.HttpApiGroup.AnyWithProps,
  endpoint: HttpApiEndpoint.HttpApiEndpoint.AnyWithProps
): OperationInfo => {
  const flat = Parameters.of(endpoint)
  return {
    name: endpoint.name,
    command: kebab(endpoint.name),
    method: endpoint.method,
    path: endpoint.path,
    summary: annotation(endpoint.annotations, OpenApi.Summary),
    description: annotation(endpoint.annotations, OpenApi.Description),
    paging: Pagination.kindOf(endpoint),
    requiresKey: Authentication.isRequiredBy(group, endpoint),
    parameters: parametersOf(endpoint),
    hasBody: flat.some((parameter) => parameter.location === "body"),
    wholeBody: flat.some(isWholeBody)
  }
}

/** The catalog of a definition, its groups and operations in their declared order. */
export const deriveCatalog = (api: HttpApi.HttpApi.Any): Catalog => {
  const groups: Array<GroupInfo & { readonly operations: Array<OperationInfo> }> = []
  HttpApi.reflect(api as HttpApi.HttpApi.AnyWithProps, {
    onGroup({ group }) {
      groups.push({
        name: group.identifier,
        command: kebab(group.identifier),
        title: annotation(group.annotations, OpenApi.Title) ?? group.identifier,
        operations: []
      })
    },
    onEndpoint({ group, endpoint }) {
      groups
        .find((entry) => entry.name === group.identifier)!
        .operations.push(operationOf(group, endpoint as unknown as HttpApiEndpoint.HttpApiEndpoint.AnyWithProps))
    }
  })
  return { groups }
}
