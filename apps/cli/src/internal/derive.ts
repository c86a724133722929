/**
 * The resource commands, derived from the API definition: `egoi <group> <operation>` with one flag
 * per parameter. Group and operation names are E-goi's, in kebab-case (`my-account`,
 * `get-all-lists`); flags are the parameter names with `-` for `_` (`--list-id`). A group whose only
 * operation bears its name is that command itself (`egoi ping`).
 */
import * as Command from "@effect/cli/Command"
import * as Options from "@effect/cli/Options"
import * as HttpApi from "@effect/platform/HttpApi"
import type * as HttpApiEndpoint from "@effect/platform/HttpApiEndpoint"
import * as OpenApi from "@effect/platform/OpenApi"
import { EgoiApi, type EgoiClient } from "@egoi-ts/core"
import * as Context from "effect/Context"
import * as Effect from "effect/Effect"
import * as Option from "effect/Option"
import * as Schema from "effect/Schema"
import * as AST from "effect/SchemaAST"
import { CliUsageError } from "./client.js"
import { globalOptions, runWithClient } from "./run.js"

export const kebab = (name: string) =>
  name
    .replace(/([a-z0-9])([A-Z])/g, "$1-$2")
    .replace(/_/g, "-")
    .toLowerCase()

type FieldKind =
  | { readonly _tag: "number" }
  | { readonly _tag: "string" }
  | { readonly _tag: "boolean" }
  | { readonly _tag: "choice"; readonly values: ReadonlyArray<string> }
  | { readonly _tag: "json" }

/** A parameter of an operation, as the CLI offers it. */
export interface Field {
  readonly name: string
  readonly flag: string
  readonly required: boolean
  readonly kind: FieldKind
  readonly description: string | undefined
}

const kindOf = (ast: AST.AST): FieldKind => {
  switch (ast._tag) {
    case "Refinement":
      return kindOf(ast.from)
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
      const members = ast.types.filter((member) => member._tag !== "UndefinedKeyword")
      if (members.every((member) => member._tag === "Literal")) {
        return { _tag: "choice", values: members.map((member) => String((member as AST.Literal).literal)) }
      }
      return members.length === 1 ? kindOf(members[0]!) : { _tag: "json" }
    }
    default:
      return { _tag: "json" }
  }
}

const descriptionOf = (ast: AST.AST): string | undefined => {
  const own = Option.getOrUndefined(AST.getDescriptionAnnotation(ast))
  if (own) return own
  if (ast._tag === "Refinement") return descriptionOf(ast.from)
  if (ast._tag === "Union") return ast.types.map(descriptionOf).find((text) => text !== undefined)
  return undefined
}

/** The flat parameters of an endpoint: path, query and body fields (or `body` for a non-object body). */
/**
 * The fields of an object schema; for a union of objects (a body of several shapes), every member's
 * fields, required only when every member requires them, literal fields (`type`) merged into one choice.
 */
const objectFields = (ast: AST.AST): Array<Field> | undefined => {
  if (ast._tag === "TypeLiteral") {
    return ast.propertySignatures.map((signature) => ({
      name: String(signature.name),
      flag: kebab(String(signature.name)),
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

/** The flat parameters of an endpoint: path, query and body fields (or `body` for a non-object body). */
export const fieldsOf = (endpoint: HttpApiEndpoint.HttpApiEndpoint.AnyWithProps): ReadonlyArray<Field> => {
  const fields: Array<Field> = []
  for (const schema of [endpoint.pathSchema, endpoint.urlParamsSchema, endpoint.payloadSchema]) {
    if (Option.isNone(schema)) continue
    const members = objectFields(Schema.typeSchema(schema.value as Schema.Schema<unknown>).ast)
    fields.push(
      ...(members ?? [
        { name: "body", flag: "body", required: true, kind: { _tag: "json" }, description: "The request body, as JSON" }
      ])
    )
  }
  return fields
}

const optionFor = (field: Field): Options.Options<Option.Option<string>> => {
  const base =
    field.kind._tag === "choice"
      ? Options.choice(field.flag, field.kind.values as [string, ...Array<string>])
      : Options.text(field.flag)
  const help = [
    field.description,
    field.required ? "(required)" : undefined,
    field.kind._tag === "json" ? "(JSON)" : undefined
  ]
    .filter(Boolean)
    .join(" ")
  return base.pipe(help ? Options.withDescription(help) : (options) => options, Options.optional)
}

/** Turns flag text into the typed value the operation expects; the operation checks the rest. */
export const parseField = (field: Field, text: string): Effect.Effect<unknown, CliUsageError> => {
  switch (field.kind._tag) {
    case "number": {
      const value = Number(text)
      return text.trim() !== "" && Number.isFinite(value)
        ? Effect.succeed(value)
        : Effect.fail(new CliUsageError({ detail: `--${field.flag} expects a number, got ${JSON.stringify(text)}` }))
    }
    case "boolean":
      return text === "true" || text === "false"
        ? Effect.succeed(text === "true")
        : Effect.fail(
            new CliUsageError({ detail: `--${field.flag} expects true or false, got ${JSON.stringify(text)}` })
          )
    case "json":
      return Effect.try({
        try: () => JSON.parse(text) as unknown,
        catch: () => new CliUsageError({ detail: `--${field.flag} expects JSON` })
      })
    default:
      return Effect.succeed(text)
  }
}

/** Reads `--body`: inline JSON, or `@path` to a JSON file. */
export const readBody = (text: string): Effect.Effect<unknown, CliUsageError> =>
  Effect.tryPromise({
    try: async () => {
      const source = text.startsWith("@")
        ? await import("node:fs/promises").then((fs) => fs.readFile(text.slice(1), "utf8"))
        : text
      return JSON.parse(source) as unknown
    },
    catch: (error) =>
      new CliUsageError({
        detail: text.startsWith("@")
          ? `--body ${text}: ${error instanceof SyntaxError ? "not valid JSON" : "cannot read the file"}`
          : "--body expects JSON or @file"
      })
  })

const operationCommand = (group: string, endpoint: HttpApiEndpoint.HttpApiEndpoint.AnyWithProps) => {
  const fields = fieldsOf(endpoint)
  const fieldOptions = Object.fromEntries(
    fields.filter((field) => field.name !== "body").map((field) => [field.name, optionFor(field)])
  )
  const hasBody = Option.isSome(endpoint.payloadSchema)
  const bodyOption = hasBody
    ? Options.text("body").pipe(
        Options.withDescription("The request body as JSON, or @file; flags override its fields"),
        Options.optional
      )
    : Options.none.pipe(Options.map(() => Option.none<string>()))
  const command = Command.make(
    kebab(endpoint.name),
    {
      // Options.all needs at least one option; an operation without parameters gets none.
      fields:
        Object.keys(fieldOptions).length > 0
          ? Options.all(fieldOptions)
          : Options.none.pipe(Options.map((): Record<string, Option.Option<string>> => ({}))),
      body: bodyOption,
      global: globalOptions
    },
    ({ fields: values, body, global }) =>
      Effect.gen(function* () {
        const params: Record<string, unknown> = Option.isSome(body)
          ? { ...((yield* readBody(body.value)) as object) }
          : {}
        for (const field of fields) {
          const value = (values as Record<string, Option.Option<string>>)[field.name]
          if (value && Option.isSome(value)) params[field.name] = yield* parseField(field, value.value)
        }
        if (fields.length === 1 && fields[0]!.name === "body" && Option.isSome(body)) {
          params.body = yield* readBody(body.value)
        }
        yield* runWithClient(global, endpoint.name, (client) =>
          (client as unknown as Record<string, Record<string, EgoiOperation>>)[group]![endpoint.name]!(params)
        )
      })
  )
  const summary = Context.getOption(endpoint.annotations, OpenApi.Summary)
  return Option.isSome(summary) ? Command.withDescription(command, summary.value) : command
}

type EgoiOperation = (params: Record<string, unknown>) => Effect.Effect<unknown, unknown>

/** One command per group, with one subcommand per operation. */
export const resourceCommands = (
  /** Hand-written workflow commands to add to a group, by group identifier. */
  workflows: Readonly<Record<string, ReadonlyArray<Command.Command<any, any, any, any>>>> = {}
) => {
  type OperationCommand = ReturnType<typeof operationCommand>
  const groups: Array<{
    readonly name: string
    readonly title: string
    readonly operations: Array<{ readonly name: string; readonly command: OperationCommand }>
  }> = []
  HttpApi.reflect(EgoiApi.EgoiApi, {
    onGroup({ group }) {
      groups.push({
        name: group.identifier,
        title: Option.getOrElse(Context.getOption(group.annotations, OpenApi.Title), () => group.identifier),
        operations: []
      })
    },
    onEndpoint({ group, endpoint }) {
      groups
        .find((entry) => entry.name === group.identifier)!
        .operations.push({
          name: kebab(endpoint.name),
          command: operationCommand(
            group.identifier,
            endpoint as unknown as HttpApiEndpoint.HttpApiEndpoint.AnyWithProps
          )
        })
    }
  })
  return groups.map(({ name, title, operations }) => {
    const extra = workflows[name] ?? []
    if (operations.length === 1 && operations[0]!.name === kebab(name) && extra.length === 0)
      return operations[0]!.command
    return Command.make(kebab(name)).pipe(
      Command.withDescription(
        `${title}: ${operations.length} operations${extra.length > 0 ? `, and ${extra.length} workflows` : ""}`
      ),
      Command.withSubcommands([...operations.map((operation) => operation.command), ...extra] as [
        OperationCommand,
        ...Array<OperationCommand>
      ])
    )
  })
}

export type { EgoiClient }
