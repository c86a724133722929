/**
 * The flat parameters of an operation, read from its definition: each path, query and body field with
 * where it goes, whether it is required, what kind of value it takes and its description. The client
 * splits a call's parameters with it, and the CLI derives its flags from it.
 *
 * @since 0.1.0
 */
import type * as HttpApiEndpoint from "@effect/platform/HttpApiEndpoint"
import * as Option from "effect/Option"
import * as Schema from "effect/Schema"
import * as AST from "effect/SchemaAST"

/**
 * What kind of value a parameter takes.
 *
 * @since 0.1.0
 * @category models
 */
export type ValueKind =
  | { readonly _tag: "integer" }
  | { readonly _tag: "number" }
  | { readonly _tag: "string" }
  | { readonly _tag: "boolean" }
  | { readonly _tag: "choice"; readonly values: ReadonlyArray<string> }
  /** An object, an array, or a union of several kinds: given as JSON. */
  | { readonly _tag: "json" }

/**
 * Where a parameter goes in the request.
 *
 * @since 0.1.0
 * @category models
 */
export type Location = "path" | "query" | "body"

/**
 * One flat parameter of an operation. A body that is not an object (an array) is one parameter named
 * `body`.
 *
 * @since 0.1.0
 * @category models
 */
export interface Parameter {
  readonly name: string
  readonly location: Location
  readonly required: boolean
  readonly kind: ValueKind
  readonly description: string | undefined
}

const isInteger = (ast: AST.AST): boolean =>
  ast._tag === "Refinement" &&
  (Option.getOrUndefined(AST.getJSONSchemaAnnotation(ast)) as { type?: unknown } | undefined)?.type === "integer"

/**
 * The kind of value a schema takes, as given in code (the type side).
 *
 * @since 0.1.0
 * @category accessors
 */
export const kindOf = (ast: AST.AST): ValueKind => {
  switch (ast._tag) {
    case "Refinement":
      return isInteger(ast) ? { _tag: "integer" } : kindOf(ast.from)
    case "Transformation":
      return kindOf(ast.to)
    case "NumberKeyword":
      return { _tag: "number" }
    case "StringKeyword":
    case "TemplateLiteral":
      return { _tag: "string" }
    case "BooleanKeyword":
      return { _tag: "boolean" }
    case "Literal":
      return { _tag: "choice", values: [String(ast.literal)] }
    case "Union": {
      // A value given as a string or as an object of code (a date as text or a `Date`) is given as a string.
      const members = ast.types.filter((member) => member._tag !== "UndefinedKeyword" && member._tag !== "Declaration")
      if (members.every((member) => member._tag === "Literal")) {
        return { _tag: "choice", values: members.map((member) => String((member as AST.Literal).literal)) }
      }
      return members.length === 1 ? kindOf(members[0]!) : { _tag: "json" }
    }
    default:
      return { _tag: "json" }
  }
}

/**
 * The description annotated on a schema, or on what it refines or is a union of.
 *
 * @since 0.1.0
 * @category accessors
 */
export const descriptionOf = (ast: AST.AST): string | undefined => {
  const own = Option.getOrUndefined(AST.getDescriptionAnnotation(ast))
  if (own) return own
  if (ast._tag === "Refinement") return descriptionOf(ast.from)
  if (ast._tag === "Transformation") return descriptionOf(ast.to)
  if (ast._tag === "Union") return ast.types.map(descriptionOf).find((text) => text !== undefined)
  return undefined
}

type Field = Omit<Parameter, "location">

/**
 * The fields of an object schema (type side); for a union of objects (a body of several shapes),
 * every member's fields, required only when every member requires them, with literal fields
 * (`type`) merged into one choice. `undefined` when the schema is not an object.
 */
const objectFields = (ast: AST.AST): Array<Field> | undefined => {
  if (ast._tag === "Refinement") return objectFields(ast.from)
  if (ast._tag === "Transformation") return objectFields(ast.to)
  if (ast._tag === "TypeLiteral") {
    return ast.propertySignatures.map((signature) => ({
      name: String(signature.name),
      required: !signature.isOptional,
      kind: kindOf(signature.type),
      description: descriptionOf(signature.type)
    }))
  }
  if (ast._tag !== "Union") return undefined
  const members = ast.types.map(objectFields)
  if (members.some((member) => member === undefined)) return undefined
  const merged = new Map<string, Field>()
  for (const member of members as Array<Array<Field>>) {
    for (const field of member) {
      const seen = merged.get(field.name)
      if (!seen) merged.set(field.name, field)
      else if (seen.kind._tag === "choice" && field.kind._tag === "choice") {
        merged.set(field.name, {
          ...seen,
          kind: { _tag: "choice", values: [...new Set([...seen.kind.values, ...field.kind.values])] }
        })
      }
    }
  }
  return [...merged.values()].map((field) => ({
    ...field,
    required: (members as Array<Array<Field>>).every((member) =>
      member.some((other) => other.name === field.name && other.required)
    )
  }))
}

/**
 * The field names of a schema's object shape (of every member, for a union of objects), or
 * `undefined` when it is not an object.
 *
 * @since 0.1.0
 * @category accessors
 */
export const fieldNames = (schema: Schema.Schema.All): ReadonlyArray<string> | undefined =>
  objectFields(Schema.typeSchema(schema as Schema.Schema<unknown>).ast)?.map((field) => field.name)

/**
 * The flat parameters of an endpoint: its path, query and body fields in that order (or one `body`
 * parameter for a body that is not an object).
 *
 * @since 0.1.0
 * @category accessors
 */
export const of = (endpoint: HttpApiEndpoint.HttpApiEndpoint.Any): ReadonlyArray<Parameter> => {
  const { pathSchema, urlParamsSchema, payloadSchema } = endpoint as HttpApiEndpoint.HttpApiEndpoint.AnyWithProps
  const parameters: Array<Parameter> = []
  const parts: ReadonlyArray<readonly [Location, Option.Option<Schema.Schema.All>]> = [
    ["path", pathSchema],
    ["query", urlParamsSchema],
    ["body", payloadSchema]
  ]
  for (const [location, schema] of parts) {
    if (Option.isNone(schema)) continue
    const fields = objectFields(Schema.typeSchema(schema.value as Schema.Schema<unknown>).ast)
    if (fields === undefined) {
      parameters.push({
        name: "body",
        location,
        required: true,
        kind: { _tag: "json" },
        description: "The request body"
      })
    } else {
      for (const field of fields) parameters.push({ ...field, location })
    }
  }
  return parameters
}
