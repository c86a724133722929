import { describe, expect, it } from "vitest"
import { egoi } from "./utils/egoi.js"

const ESCAPE = "\u001b["

describe("help", () => {
  it("egoi --help lists the groups one line each, and the other commands", async () => {
    const { code, stdout } = await egoi(["--help"])
    expect(code).toBe(0)
    const lines = stdout.split("\n")
    expect(lines.length).toBeLessThan(70)
    expect(Math.max(...lines.map((line) => line.length))).toBeLessThanOrEqual(100)
    expect(stdout).toMatch(/^ {2}lists +Lists: \d+ operations$/m)
    expect(stdout).toMatch(/^ {2}contacts +Contacts: \d+ operations; import, export, upsert, sync$/m)
    expect(stdout).toMatch(/^ {2}mcp +/m)
    expect(stdout).toContain("egoi <group> <operation> [flags]")
    expect(stdout).not.toContain("OPERATIONS")
    // egoi alone says the same.
    expect((await egoi([])).stdout).toBe(stdout)
  })

  it("egoi <group> lists its operations with their summaries", async () => {
    const { code, stdout } = await egoi(["lists"])
    expect(code).toBe(0)
    expect(stdout).toContain("egoi lists <operation> [flags]")
    expect(stdout).toMatch(/^ {2}get-all-lists +List every list of the account/m)
    expect(stdout).toMatch(/^ {2}delete-list +/m)
    expect((await egoi(["contacts", "--help"])).stdout).toMatch(/WORKFLOWS\n {2}import +Import contacts/)
  })

  it("egoi <group> <operation> --help: a usage line, flags with their kinds, required ones marked, an example", async () => {
    const { stdout } = await egoi(["lists", "get-list", "--help"])
    expect(stdout).toContain("egoi lists get-list --list-id <integer> [flags]")
    expect(stdout).toMatch(/--list-id integer +ID of the list \(at least 1; required\)/)
    expect(stdout).not.toMatch(/optional|user-defined/i)
    expect(stdout).toContain("$ egoi lists get-list --list-id 1")
    const all = (await egoi(["lists", "get-all-lists", "--help"])).stdout
    expect(all).toMatch(/--limit integer +Number of items to return \(1 to 1000\)/)
    expect(all).toMatch(/--order asc\|desc/)
    expect(all).toMatch(/--all +Fetch every page/)
    const contact = (await egoi(["contacts", "create-contact", "--help"])).stdout
    expect(contact).toMatch(/FIELDS OF --base\n(.*\n)*? {2}--email string +An email address/)
    expect(contact).toContain("$ egoi contacts create-contact --list-id 1")
  })

  it("prints no escape codes when stdout is not a terminal, with NO_COLOR, or with --no-color", async () => {
    const piped = await egoi(["lists", "--help"])
    const noColor = await egoi(["lists", "--help"], { NO_COLOR: "1" }, { tty: true })
    const flag = await egoi(["lists", "--help", "--no-color"], {}, { tty: true })
    for (const result of [piped, noColor, flag]) expect(result.stdout).not.toContain(ESCAPE)
    // On a terminal, headings are bold.
    expect((await egoi(["lists", "--help"], {}, { tty: true })).stdout).toContain(`${ESCAPE}1mUSAGE`)
  })

  it("a usage error says what was wrong and which help to read, on stderr, exit 2", async () => {
    const result = await egoi(["lists", "get-lists"])
    expect(result.code).toBe(2)
    expect(result.stdout).toBe("")
    expect(result.stderr).toContain('egoi lists has no operation "get-lists"')
    expect(result.stderr).toContain("Run egoi lists --help for usage.")
  })
})
