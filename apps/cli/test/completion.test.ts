import { describe, expect, it } from "vitest"
import { rootCommand } from "../src/internal/cli.js"
import { complete, formatCompletion, SHELLS, scriptFor } from "../src/internal/completion.js"
import { egoi } from "./utils/egoi.js"

const root = rootCommand()
const values = (line: string) => {
  const result = complete(root, line.split(" "))
  return result._tag === "files" ? ":files" : result.candidates.map((candidate) => candidate.value)
}

describe("complete", () => {
  it("completes groups and commands, then a group's operations and workflows", () => {
    expect(values("li")).toEqual(["lists"])
    expect(values("co")).toEqual(expect.arrayContaining(["contacts", "config", "completion"]))
    expect(values("lists get-")).toEqual(["get-all-lists", "get-list"])
    expect(values("contacts ex")).toEqual(["export"])
    expect(values("nothing-here ")).toEqual([])
  })

  it("completes an operation's own flags, not only the common ones, and leaves out those given", () => {
    expect(values("contacts get-all-contacts --l")).toEqual(["--list-id", "--limit", "--last-name", "--language"])
    expect(values("lists get-all-lists --limit 5 --l")).toEqual([])
    expect(values("lists get-all-lists --")).toContain("--all")
    expect(values("--v")).toEqual(["--version"])
  })

  it("completes a flag's choices, an argument's values, and file names where a file goes", () => {
    expect(values("lists get-all-lists --order ")).toEqual(["asc", "desc"])
    expect(values("lists get-all-lists --order-by in")).toEqual(["internal_name"])
    expect(values("api p")).toEqual(["POST", "PUT", "PATCH"])
    expect(values("completion ")).toEqual(["bash", "zsh", "fish"])
    expect(values("contacts import ")).toBe(":files")
    expect(values("lists create-list --body ")).toBe(":files")
    expect(values("contacts import people.csv --failed ")).toBe(":files")
  })
})

describe("egoi __complete and egoi completion", () => {
  it("answers each shell in the form its script reads", async () => {
    const candidates = complete(root, ["lists", "get-a"])
    expect(formatCompletion(candidates, "bash")).toBe("get-all-lists\n")
    expect(formatCompletion(candidates, "zsh")).toMatch(/^get-all-lists:List every list/)
    expect(formatCompletion(candidates, "fish")).toMatch(/^get-all-lists\tList every list/)
    const answer = await egoi(["__complete", "fish", "--", "lists", "get-a"])
    expect(answer.stdout).toMatch(/^get-all-lists\t/)
  })

  it("prints a script for bash, zsh and fish that asks egoi __complete", async () => {
    for (const shell of SHELLS) {
      const { code, stdout } = await egoi(["completion", shell])
      expect(code).toBe(0)
      expect(stdout).toBe(scriptFor(shell))
      expect(stdout).toContain(`egoi __complete ${shell} --`)
    }
    expect((await egoi(["completion", "powershell"])).code).toBe(2)
  })
})
