/**
 * The resource commands, derived from the catalog: `egoi <group> <operation>` with one flag per
 * parameter and per field of an object parameter. Group and operation names are E-goi's in
 * kebab-case (`my-account`, `get-all-lists`); a group whose only operation bears its name is that
 * command itself (`egoi ping`). Running one loads its group's definition, and nothing else of the API.
 *
 * @internal
 */
import {
  type Catalog,
  type GroupInfo,
  isSingleOperation,
  type OperationInfo,
  type ParameterInfo,
  routeOf
} from "./catalog.js"
import { allFlag, connectionFlags, dryRunFlag, jsonFlag, yesFlag } from "./commonFlags.js"
import { groupDefinition } from "./definition.js"
import type { Command, Flag, FlagKind } from "./spec.js"

const kindOf = (parameter: ParameterInfo): FlagKind =>
  parameter.kind._tag === "choice" ? { _tag: "choice", values: parameter.kind.values } : { _tag: parameter.kind._tag }

/** Descriptions Effect gives every schema of a kind say nothing a flag's kind does not. */
const GENERIC_DESCRIPTIONS = new Set(["a string", "a number", "a boolean", "an integer"])

/** The flag of one parameter, or of one field of an object parameter. */
export const flagOf = (operation: OperationInfo, parameter: ParameterInfo): Flag => {
  const field = parameter.path.length > 1
  const parentFlag = field
    ? operation.parameters.find((other) => other.path.length === 1 && other.path[0] === parameter.path[0])?.flag
    : undefined
  const body = parameter.location === "body"
  const hasFields = operation.parameters.some((other) => other.path.length > 1 && other.path[0] === parameter.path[0])
  const description =
    parameter.description && !GENERIC_DESCRIPTIONS.has(parameter.description)
      ? parameter.description
      : hasFields
        ? `All of ${parameter.path[0]} as JSON, or its fields one by one (FIELDS OF --${parameter.flag})`
        : undefined
  return {
    name: parameter.flag,
    kind: kindOf(parameter),
    description,
    ...(parameter.kind._tag === "boolean" ? { placeholder: "true|false" } : {}),
    required: parameter.required,
    // A field of the body may come from --body (or from its object's flag) instead.
    ...(parameter.required && body ? { requiredUnless: ["body", ...(parentFlag ? [parentFlag] : [])] } : {}),
    bounds: parameter.bounds,
    ...(parameter.kind._tag === "json" ? { completesFiles: true } : {}),
    ...(parentFlag ? { section: `FIELDS OF --${parentFlag}` } : {})
  }
}

/** Whether a person at a terminal is asked before the operation runs: it deletes (`--yes` skips it). */
export const asksFirst = (operation: OperationInfo): boolean => operation.method === "DELETE"

/** The flags of an operation: its parameters, `--body`, and the common ones. */
export const operationFlags = (operation: OperationInfo): ReadonlyArray<Flag> => [
  ...operation.parameters.map((parameter) => flagOf(operation, parameter)),
  ...(operation.hasBody
    ? [
        {
          name: "body",
          kind: { _tag: "json" },
          completesFiles: true,
          ...(operation.wholeBody
            ? { required: true, description: "The request body (a JSON array), inline or as @file" }
            : { description: "The request body as JSON, inline or as @file; the flags above override its fields" })
        } satisfies Flag
      ]
    : []),
  ...(operation.paging ? [allFlag] : []),
  ...(asksFirst(operation) ? [yesFlag] : []),
  jsonFlag,
  dryRunFlag,
  ...connectionFlags
]

/** Values that read as what they stand for, by the parameter's name, for examples. */
const SAMPLES: ReadonlyArray<readonly [RegExp, string]> = [
  [/email$/, "ana@example.com"],
  [/^(cellphone|phone)$/, "351-910000000"],
  [/url$/, "https://example.com/hook"],
  [/color$/, "'#FF8800'"],
  [/domain$/, "example.com"],
  [/contact_id$/, "a1b2c3d4e5"],
  [/(date|_min|_max)$/, "2024-01-31"],
  [/first_name$/, "Ana"],
  [/last_name$/, "Silva"],
  [/name$/, "Newsletter"]
]

const sampleOf = (parameter: ParameterInfo): string => {
  const name = parameter.path.at(-1)!
  switch (parameter.kind._tag) {
    case "integer":
    case "number":
      return String(Math.max(1, parameter.bounds?.minimum ?? 1))
    case "boolean":
      return "true"
    case "choice":
      return parameter.kind.values[0]!
    case "json":
      return `@${parameter.flag}.json`
    case "string":
      return SAMPLES.find(([pattern]) => pattern.test(name))?.[1] ?? "example"
  }
}

/** Fields worth showing in an example that needs none: what a person fills in first. */
const FAVOURITE_FIELDS = ["email", "first_name", "name", "internal_name"]

/** A command line that shows the operation at work: its required flags with plausible values. */
export const exampleOf = (command: string, operation: OperationInfo): string => {
  const chosen = operation.parameters.filter((parameter) => parameter.required && parameter.path.length === 1)
  if (!chosen.some((parameter) => parameter.location === "body")) {
    const favourites = operation.parameters.filter(
      (parameter) =>
        !parameter.required && parameter.location === "body" && FAVOURITE_FIELDS.includes(parameter.path.at(-1)!)
    )
    chosen.push(...favourites.slice(0, 2))
  }
  const words = [command, ...chosen.flatMap((parameter) => [`--${parameter.flag}`, sampleOf(parameter)])]
  if (operation.wholeBody) words.push("--body", "@body.json")
  if (operation.paging && operation.parameters.some((parameter) => parameter.flag === "limit"))
    words.push("--limit", "5")
  return words.join(" ")
}

/** What the operation is, beyond its summary: its route, how it pages, whether it needs the key. */
const descriptionOf = (operation: OperationInfo): string =>
  [
    operation.description,
    `${routeOf(operation)} (E-goi's ${operation.name})`,
    operation.paging
      ? "It answers a page at a time: --limit and --offset choose one, --all fetches them all."
      : undefined,
    operation.requiresKey ? undefined : "It needs no API key."
  ]
    .filter(Boolean)
    .join("\n")

/** How a derived operation command runs, given the group and operation: `runOperation.ts` does. */
export type OperationRunner = (group: GroupInfo, operation: OperationInfo) => Command["run"]

// The command's code and its group's definition load side by side.
const runOperation: OperationRunner = (group, operation) => async (parsed, io) => {
  const [{ runOperation }, definition] = await Promise.all([import("./runOperation.js"), groupDefinition(group.name)])
  return runOperation(operation, definition, parsed, io)
}

/**
 * A command line reads the flags and help of the one command it names: the other operations' are
 * derived only if read (help, completion, a suggestion), once.
 */
const operationCommand = (group: GroupInfo, operation: OperationInfo, name: string, section: string): Command => {
  let flags: ReadonlyArray<Flag> | undefined
  return {
    name,
    summary: operation.summary ?? operation.name,
    get description() {
      return descriptionOf(operation)
    },
    section,
    get flags() {
      flags ??= operationFlags(operation)
      return flags
    },
    get examples() {
      return [exampleOf(name === group.command ? name : `${group.command} ${name}`, operation)]
    },
    run: runOperation(group, operation)
  }
}

/**
 * One command per group, with one subcommand per operation, then the group's hand-written workflows
 * (`contacts import`). A workflow of a group the definition lacks still gets its group.
 */
export const resourceCommands = (
  catalog: Catalog,
  workflows: Readonly<Record<string, ReadonlyArray<Command>>> = {}
): ReadonlyArray<Command> => {
  const commands = catalog.groups.map((group): Command => {
    const extra = (workflows[group.command] ?? []).map((workflow) => ({ ...workflow, section: "WORKFLOWS" }))
    if (isSingleOperation(group) && extra.length === 0) {
      return operationCommand(group, group.operations[0]!, group.command, "GROUPS")
    }
    const count = `${group.operations.length} operation${group.operations.length === 1 ? "" : "s"}`
    return {
      name: group.command,
      summary: `${group.title}: ${count}${extra.length > 0 ? `; ${extra.map((workflow) => workflow.name).join(", ")}` : ""}`,
      section: "GROUPS",
      subcommands: [
        // A workflow named as an operation (`ecommerce import-products`) is that operation fed from a
        // file, and takes its place; `egoi api` still sends the operation's request as given.
        ...group.operations
          .filter((operation) => !extra.some((workflow) => workflow.name === operation.command))
          .map((operation) => operationCommand(group, operation, operation.command, "OPERATIONS")),
        ...extra
      ],
      get examples() {
        return group.operations
          .slice(0, 2)
          .map((operation) => exampleOf(`${group.command} ${operation.command}`, operation))
      }
    }
  })
  for (const [name, extra] of Object.entries(workflows)) {
    if (catalog.groups.some((group) => group.command === name)) continue
    commands.push({
      name,
      summary: extra.map((workflow) => workflow.name).join(", "),
      section: "GROUPS",
      subcommands: extra.map((workflow) => ({ ...workflow, section: "WORKFLOWS" }))
    })
  }
  return commands
}
