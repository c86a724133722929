/**
 * The resource commands, derived from the API definition: `egoi <group> <operation>` with one flag
 * per parameter. Group and operation names are E-goi's, in kebab-case (`my-account`,
 * `get-all-lists`); flags are the parameter names with `-` for `_` (`--list-id`). A group whose only
 * operation bears its name is that command itself (`egoi ping`). What a flag takes, whether an
 * operation needs the key and how its answer pages are read from the definition (`definition.ts`).
 *
 * @internal
 */
import * as Command from "@effect/cli/Command"
import * as Options from "@effect/cli/Options"
import type { Parameters } from "@egoi-ts/core"
import * as Effect from "effect/Effect"
import * as Option from "effect/Option"
import { groups, type Operation } from "./definition.js"
import { CliUsageError } from "./errors.js"
import { globalOptions, runWithClient } from "./run.js"

/** A name in kebab-case: `getAllLists` is `get-all-lists`, `list_id` is `list-id`. */
export const kebab = (name: string) =>
  name
    .replace(/([a-z0-9])([A-Z])/g, "$1-$2")
    .replace(/_/g, "-")
    .toLowerCase()

/** The flag of a parameter: `--list-id` for `list_id`. */
export const flagOf = (parameter: Parameters.Parameter) => kebab(parameter.name)

/** Whether a parameter is a whole body that is not an object (an array), which only `--body` gives. */
const isWholeBody = (parameter: Parameters.Parameter) => parameter.location === "body" && parameter.name === "body"

const optionFor = (parameter: Parameters.Parameter): Options.Options<Option.Option<string>> => {
  const flag = flagOf(parameter)
  const base =
    parameter.kind._tag === "choice"
      ? Options.choice(flag, parameter.kind.values as [string, ...Array<string>])
      : Options.text(flag)
  const help = [
    parameter.description,
    parameter.required ? "(required)" : undefined,
    parameter.kind._tag === "integer" ? "(integer)" : undefined,
    parameter.kind._tag === "json" ? "(JSON)" : undefined
  ]
    .filter(Boolean)
    .join(" ")
  return base.pipe(help ? Options.withDescription(help) : (options) => options, Options.optional)
}

const refuse = (parameter: Parameters.Parameter, expected: string, text: string) =>
  Effect.fail(new CliUsageError({ detail: `--${flagOf(parameter)} expects ${expected}, got ${JSON.stringify(text)}` }))

/**
 * Turns flag text into the value of the kind the definition declares (an integer is refused when it
 * has a fraction); the operation checks the rest (ranges, patterns) before sending.
 */
export const parseFlag = (parameter: Parameters.Parameter, text: string): Effect.Effect<unknown, CliUsageError> => {
  switch (parameter.kind._tag) {
    case "integer": {
      const value = Number(text)
      return /^\s*[+-]?\d+\s*$/.test(text) && Number.isSafeInteger(value)
        ? Effect.succeed(value)
        : refuse(parameter, "an integer", text)
    }
    case "number": {
      const value = Number(text)
      return text.trim() !== "" && Number.isFinite(value) ? Effect.succeed(value) : refuse(parameter, "a number", text)
    }
    case "boolean":
      return text === "true" || text === "false"
        ? Effect.succeed(text === "true")
        : refuse(parameter, "true or false", text)
    case "json":
      return Effect.try({
        try: () => JSON.parse(text) as unknown,
        catch: () => new CliUsageError({ detail: `--${flagOf(parameter)} expects JSON` })
      })
    case "string":
    case "choice":
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

/**
 * The parameters of a call from its flags: `--body` first (its fields, or the whole body when it is
 * not an object), then each flag given, which wins over the body's field of the same name.
 */
export const paramsOf = (
  parameters: ReadonlyArray<Parameters.Parameter>,
  flags: Readonly<Record<string, Option.Option<string>>>,
  body: Option.Option<string>
): Effect.Effect<Record<string, unknown>, CliUsageError> =>
  Effect.gen(function* () {
    const given = Option.isSome(body) ? yield* readBody(body.value) : undefined
    const params: Record<string, unknown> =
      given === undefined ? {} : parameters.some(isWholeBody) ? { body: given } : { ...(given as object) }
    for (const parameter of parameters) {
      const value = flags[parameter.name]
      if (value && Option.isSome(value)) params[parameter.name] = yield* parseFlag(parameter, value.value)
    }
    return params
  })

type EgoiOperation = (params: Record<string, unknown>) => Effect.Effect<unknown, unknown>

const operationCommand = (operation: Operation) => {
  const flagOptions = Object.fromEntries(
    operation.parameters
      .filter((parameter) => !isWholeBody(parameter))
      .map((parameter) => [parameter.name, optionFor(parameter)])
  )
  const bodyOption = operation.parameters.some((parameter) => parameter.location === "body")
    ? Options.text("body").pipe(
        Options.withDescription("The request body as JSON, or @file; flags override its fields"),
        Options.optional
      )
    : Options.none.pipe(Options.map(() => Option.none<string>()))
  const command = Command.make(
    kebab(operation.name),
    {
      // Options.all needs at least one option; an operation without parameters gets none.
      flags:
        Object.keys(flagOptions).length > 0
          ? Options.all(flagOptions)
          : Options.none.pipe(Options.map((): Record<string, Option.Option<string>> => ({}))),
      body: bodyOption,
      global: globalOptions
    },
    ({ flags, body, global }) =>
      Effect.gen(function* () {
        const params = yield* paramsOf(operation.parameters, flags, body)
        yield* runWithClient(
          global,
          { label: operation.name, paging: operation.paging, requiresKey: operation.requiresKey },
          (client) =>
            (client as unknown as Record<string, Record<string, EgoiOperation>>)[operation.group]![operation.name]!(
              params
            )
        )
      })
  )
  return operation.summary === undefined ? command : Command.withDescription(command, operation.summary)
}

/** One command per group, with one subcommand per operation. */
export const resourceCommands = (
  /** Hand-written workflow commands to add to a group, by group identifier. */
  workflows: Readonly<Record<string, ReadonlyArray<Command.Command<any, any, any, any>>>> = {}
) =>
  groups().map((group) => {
    type OperationCommand = ReturnType<typeof operationCommand>
    const operations = group.operations.map(operationCommand)
    const extra = workflows[group.name] ?? []
    const [only] = group.operations
    if (group.operations.length === 1 && kebab(only!.name) === kebab(group.name) && extra.length === 0) {
      return operations[0]!
    }
    return Command.make(kebab(group.name)).pipe(
      Command.withDescription(
        `${group.title}: ${operations.length} operations${extra.length > 0 ? `, and ${extra.length} workflows` : ""}`
      ),
      Command.withSubcommands([...operations, ...extra] as [OperationCommand, ...Array<OperationCommand>])
    )
  })
