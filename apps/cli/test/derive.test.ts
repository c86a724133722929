import * as CliConfig from "@effect/cli/CliConfig"
import * as Command from "@effect/cli/Command"
import * as Descriptor from "@effect/cli/CommandDescriptor"
import * as HelpDoc from "@effect/cli/HelpDoc"
import type { Parameters } from "@egoi-ts/core"
import * as Effect from "effect/Effect"
import * as Either from "effect/Either"
import * as HashMap from "effect/HashMap"
import * as HashSet from "effect/HashSet"
import * as Option from "effect/Option"
import { describe, expect, it } from "vitest"
import { operationNamed } from "../src/internal/definition.js"
import { kebab, paramsOf, parseFlag, resourceCommands } from "../src/internal/derive.js"
import { tempDir } from "./utils/files.js"

const parameter = (kind: Parameters.ValueKind, name = "list_id"): Parameters.Parameter => ({
  name,
  location: "query",
  required: false,
  kind,
  description: undefined
})

const parsed = (given: Parameters.Parameter, text: string) => Effect.runSync(Effect.either(parseFlag(given, text)))

const refusal = (given: Parameters.Parameter, text: string) => {
  const result = parsed(given, text)
  return Either.isLeft(result) ? result.left.message : `accepted ${JSON.stringify(result.right)}`
}

describe("kebab", () => {
  it("writes operation and parameter names as commands and flags", () => {
    expect(kebab("getAllLists")).toBe("get-all-lists")
    expect(kebab("myAccount")).toBe("my-account")
    expect(kebab("list_id")).toBe("list-id")
    expect(kebab("getAllCNames")).toBe("get-all-cnames")
    expect(kebab("ping")).toBe("ping")
  })
})

describe("parseFlag", () => {
  it("takes an integer for an integer parameter, and refuses a fraction or anything else, naming the flag", () => {
    const integer = parameter({ _tag: "integer" })
    expect(parsed(integer, "12")).toEqual(Either.right(12))
    expect(parsed(integer, " 7 ")).toEqual(Either.right(7))
    expect(parsed(integer, "-3")).toEqual(Either.right(-3))
    expect(refusal(integer, "1.5")).toBe('--list-id expects an integer, got "1.5"')
    for (const text of ["abc", "", "1e3", "0x10", "9007199254740993"]) {
      expect(refusal(integer, text)).toBe(`--list-id expects an integer, got ${JSON.stringify(text)}`)
    }
  })

  it("takes any finite number for a number parameter", () => {
    const number = parameter({ _tag: "number" }, "price")
    expect(parsed(number, "1.5")).toEqual(Either.right(1.5))
    expect(parsed(number, "1e3")).toEqual(Either.right(1000))
    expect(refusal(number, "abc")).toBe('--price expects a number, got "abc"')
    expect(refusal(number, " ")).toBe('--price expects a number, got " "')
    expect(refusal(number, "Infinity")).toBe('--price expects a number, got "Infinity"')
  })

  it("takes true or false, JSON, and text as given", () => {
    const boolean = parameter({ _tag: "boolean" }, "unique")
    expect(parsed(boolean, "true")).toEqual(Either.right(true))
    expect(parsed(boolean, "false")).toEqual(Either.right(false))
    expect(refusal(boolean, "yes")).toBe('--unique expects true or false, got "yes"')
    const json = parameter({ _tag: "json" }, "actions")
    expect(parsed(json, '["subscription"]')).toEqual(Either.right(["subscription"]))
    expect(refusal(json, "[subscription")).toBe("--actions expects JSON")
    expect(parsed(parameter({ _tag: "string" }, "name"), " 42 ")).toEqual(Either.right(" 42 "))
    expect(parsed(parameter({ _tag: "choice", values: ["asc", "desc"] }, "order"), "asc")).toEqual(Either.right("asc"))
  })

  it("reads the kind of each flag from the definition: getList's list_id is an integer", () => {
    const listId = operationNamed("lists", "getList")!.parameters.find((candidate) => candidate.name === "list_id")!
    expect(listId).toMatchObject({ location: "path", required: true, kind: { _tag: "integer" } })
    expect(refusal(listId, "1.5")).toBe('--list-id expects an integer, got "1.5"')
  })
})

describe("paramsOf", () => {
  const createList = operationNamed("lists", "createList")!.parameters
  const run = (flags: Record<string, string>, body?: string) =>
    Effect.runPromise(
      Effect.either(
        paramsOf(
          createList,
          Object.fromEntries(Object.entries(flags).map(([name, value]) => [name, Option.some(value)])),
          Option.fromNullable(body)
        )
      )
    )

  it("starts from --body (inline or @file) and lets each flag given win over the body's field", async (context) => {
    const { file } = await tempDir(context)
    expect(await run({ public_name: "Q" }, '{"internal_name":"Body","public_name":"P"}')).toEqual(
      Either.right({ internal_name: "Body", public_name: "Q" })
    )
    const path = await file("list.json", JSON.stringify({ internal_name: "From file" }))
    expect(await run({}, `@${path}`)).toEqual(Either.right({ internal_name: "From file" }))
    expect(await run({ internal_name: "Flag" })).toEqual(Either.right({ internal_name: "Flag" }))
  })

  it("refuses a body that is not JSON, or a file it cannot read", async (context) => {
    const { path } = await tempDir(context)
    const messages = async (body: string) => {
      const result = await run({}, body)
      return Either.isLeft(result) ? result.left.message : "accepted"
    }
    expect(await messages("{not json")).toBe("--body expects JSON or @file")
    expect(await messages(`@${path("absent.json")}`)).toBe(`--body @${path("absent.json")}: cannot read the file`)
  })

  it("passes a body that is not an object whole, next to the path's flags", async () => {
    const parameters: ReadonlyArray<Parameters.Parameter> = [
      { name: "list_id", location: "path", required: true, kind: { _tag: "integer" }, description: undefined },
      { name: "body", location: "body", required: true, kind: { _tag: "json" }, description: "The request body" }
    ]
    const params = await Effect.runPromise(
      paramsOf(parameters, { list_id: Option.some("3") }, Option.some('[{"id":1},{"id":2}]'))
    )
    expect(params).toEqual({ body: [{ id: 1 }, { id: 2 }], list_id: 3 })
  })
})

describe("resourceCommands", () => {
  const commands: ReadonlyArray<Command.Command<string, any, any, any>> = resourceCommands()
  const named = (name: string) => commands.find((command) => HashSet.has(Command.getNames(command), name))!

  it("makes one command per group, one subcommand per operation, and the workflows given", () => {
    const withWorkflow: ReadonlyArray<Command.Command<string, any, any, any>> = resourceCommands({
      tags: [Command.make("audit")]
    })
    const tags = withWorkflow.find((command) => HashSet.has(Command.getNames(command), "tags"))!
    expect([...HashMap.keys(Command.getSubcommands(tags))].sort()).toEqual(
      ["audit", "create-tag", "delete-tag", "get-all-tags", "update-tag"].sort()
    )
  })

  it("makes a group whose only operation bears its name that command itself", () => {
    const help = (name: string) => HelpDoc.toAnsiText(Command.getHelp(named(name), CliConfig.defaultConfig))
    expect(help("lists")).toContain("COMMANDS")
    expect(help("ping")).not.toContain("COMMANDS")
    expect(help("ping")).toContain("--dry-run")
  })

  it("describes each flag as the definition does: required, integer, choices, JSON", () => {
    const operation = (group: string, name: string) =>
      HelpDoc.toAnsiText(
        Descriptor.getHelp(HashMap.unsafeGet(Command.getSubcommands(named(group)), name), CliConfig.defaultConfig)
      )
    const getList = operation("lists", "get-list")
    expect(getList).toContain("--list-id")
    expect(getList).toContain("(required) (integer)")
    expect(operation("lists", "get-all-lists")).toMatch(/--order asc \| desc/)
    expect(operation("webhooks", "create-webhook")).toContain("(JSON)")
  })
})
