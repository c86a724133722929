import { describe, expect, it } from "vitest"
import { rootCommand } from "../src/internal/cli.js"
import { flagValue, parse } from "../src/internal/parse.js"
import type { Flag } from "../src/internal/spec.js"
import { tempDir } from "./utils/files.js"

const root = rootCommand()
const outcome = (line: string) => parse(root, line.split(" ").filter(Boolean))
const message = (line: string) => {
  const result = outcome(line)
  return result._tag === "usage" ? result.message : `no usage error: ${result._tag}`
}
const flags = (line: string) => {
  const result = outcome(line)
  if (result._tag !== "run") throw new Error(result._tag === "usage" ? result.message : result._tag)
  return result.parsed.flags
}

const flag = (kind: Flag["kind"], name = "list-id", extra: Partial<Flag> = {}): Flag => ({ name, kind, ...extra })
const value = (given: Flag, text: string) => {
  const read = flagValue(given, text)
  return "value" in read ? read.value : read.problem
}

describe("flagValue", () => {
  it("takes an integer for an integer flag, and refuses a fraction or anything else, naming the flag", () => {
    const integer = flag({ _tag: "integer" })
    expect(value(integer, "12")).toBe(12)
    expect(value(integer, " 7 ")).toBe(7)
    expect(value(integer, "-3")).toBe(-3)
    for (const text of ["1.5", "abc", "", "1e3", "0x10", "9007199254740993"]) {
      expect(value(integer, text)).toBe(`--list-id expects an integer, got ${JSON.stringify(text)}`)
    }
    expect(value(flag({ _tag: "integer" }, "limit", { bounds: { minimum: 1, maximum: 1000 } }), "5000")).toBe(
      "--limit must be between 1 and 1000, got 5000"
    )
  })

  it("takes any finite number, true or false, a choice in any case, key=value, and text as given", () => {
    expect(value(flag({ _tag: "number" }, "price"), "1e3")).toBe(1000)
    expect(value(flag({ _tag: "number" }, "price"), "Infinity")).toBe('--price expects a number, got "Infinity"')
    expect(value(flag({ _tag: "boolean" }, "unique"), "false")).toBe(false)
    expect(value(flag({ _tag: "boolean" }, "unique"), "yes")).toBe('--unique expects true or false, got "yes"')
    const order = flag({ _tag: "choice", values: ["asc", "desc"] }, "order")
    expect(value(order, "DESC")).toBe("desc")
    expect(value(order, "up")).toBe('--order expects one of asc, desc, got "up"')
    expect(value(flag({ _tag: "keyValue" }, "query"), "limit=5")).toEqual(["limit", "5"])
    expect(value(flag({ _tag: "string" }, "name"), " 42 ")).toBe(" 42 ")
  })

  it("reads JSON inline or from @file, and says which when it cannot", async (context) => {
    const { file, path } = await tempDir(context)
    const json = flag({ _tag: "json" }, "actions")
    expect(value(json, '["subscription"]')).toEqual(["subscription"])
    expect(value(json, "[subscription")).toBe('--actions expects JSON or @file, got "[subscription"')
    const body = await file("body.json", '{"internal_name":"From file"}')
    expect(value(json, `@${body}`)).toEqual({ internal_name: "From file" })
    expect(value(json, `@${path("absent.json")}`)).toBe(`--actions @${path("absent.json")}: cannot read the file`)
    const broken = await file("broken.json", "{")
    expect(value(json, `@${broken}`)).toMatch(new RegExp(`^--actions @${broken}: not valid JSON`))
  })
})

describe("parse", () => {
  it("finds the operation a command line names, with its flags as values of their kinds", () => {
    const result = outcome("lists get-all-lists --limit 5 --order=desc --json")
    expect(result).toMatchObject({
      _tag: "run",
      parsed: { path: ["lists", "get-all-lists"], flags: { limit: 5, order: "desc", json: true }, args: [] }
    })
    // Flags may come before the command.
    expect(flags("--json lists get-list --list-id 3")).toEqual({ json: true, "list-id": 3 })
    expect(flags("ping")).toEqual({})
  })

  it("names the group's operations for an unknown operation, and the closest one", () => {
    const text = message("lists get-lists")
    expect(text).toContain('egoi lists has no operation "get-lists". Did you mean get-list?')
    expect(text).toContain("get-all-lists, create-list, get-list, update-list, delete-list")
    expect(message("listz")).toBe('unknown command "listz". Did you mean lists?')
    expect(message("contacts exprot --list 1")).toContain("Did you mean export?")
  })

  it("says a flag needs its value, rather than that the next flag is unknown", () => {
    expect(message("lists create-list --internal-name")).toBe("--internal-name needs a value")
    expect(message("lists create-list --internal-name --public-name X")).toBe("--internal-name needs a value")
    expect(message("lists get-list --list-id")).toBe("--list-id needs a value: an integer")
  })

  it("names the flag of a bad choice, and the closest flag to an unknown one", () => {
    expect(message("lists get-all-lists --order up")).toBe('--order expects one of asc, desc, got "up"')
    expect(message("lists get-all-lists --lmit 4")).toBe(
      "unknown flag --lmit for egoi lists get-all-lists. Did you mean --limit?"
    )
  })

  it("requires a required flag, unless the body may give it", () => {
    expect(message("lists get-list")).toBe("missing --list-id (ID of the list)")
    expect(message("lists create-list")).toContain("missing --internal-name")
    expect(flags(`lists create-list --body {"internal_name":"X"}`)).toEqual({ body: { internal_name: "X" } })
    // A field's flag is satisfied by its object's flag too.
    expect(
      flags(`contacts update-contact-by-field --list-id 1 --compare-field {"field_id":"email","value":"a@b.c"}`)
    ).toMatchObject({ "compare-field": { field_id: "email", value: "a@b.c" } })
  })

  it("takes a method in any case, and refuses an argument a command does not take", () => {
    expect(outcome("api get /lists")).toMatchObject({ _tag: "run", parsed: { args: ["GET", "/lists"] } })
    expect(message("api FETCH /lists")).toBe('METHOD must be one of GET, POST, PUT, PATCH, DELETE, got "FETCH"')
    expect(message("api GET")).toBe("egoi api needs PATH")
    expect(message("lists get-all-lists 5")).toBe(
      'egoi lists get-all-lists takes no arguments, got "5" (flags start with --)'
    )
  })

  it("collects repeated key=value flags into one object", () => {
    expect(flags("api GET /lists --query limit=5 --query offset=10").query).toEqual({ limit: "5", offset: "10" })
  })

  it("answers --help at any depth, --version at the top, and help for a group named alone", () => {
    expect(outcome("lists get-all-lists --limit 5 --help")).toMatchObject({
      _tag: "help",
      path: ["lists", "get-all-lists"]
    })
    expect(outcome("contacts -h")).toMatchObject({ _tag: "help", path: ["contacts"] })
    expect(outcome("lists")).toMatchObject({ _tag: "help", path: ["lists"] })
    expect(outcome("")).toMatchObject({ _tag: "help", path: [] })
    expect(outcome("--version")).toEqual({ _tag: "version" })
  })
})
