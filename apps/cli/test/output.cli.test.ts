/**
 * How the CLI prints (`output.ts`, `table.ts`), through the command line in-process against a
 * `MockServer`: JSON when piped or with --json, tables on a terminal, --all, no escape codes with
 * --no-color or NO_COLOR, and the exit code of each kind of failure.
 */
import { describe, expect, it } from "vitest"
import { egoi, json } from "./utils/egoi.js"
import { demoServer } from "./utils/server.js"

describe.concurrent("egoi output", () => {
  describe("exit codes", () => {
    it("404 → 3", async (context) => {
      const server = await demoServer(context)
      const result = await server.run(["lists", "get-list", "--list-id", "999"])
      expect(result.code).toBe(3)
      expect(result.stdout).toBe("")
      expect(result.stderr).toContain("404")
      expect(server.lastRequest()).toMatchObject({ method: "GET", path: "/lists/999", status: 404 })
    })
    it("401 from the server → 4", async (context) => {
      const server = await demoServer(context, { apiKeys: ["right"] })
      const [wrong, right] = await Promise.all([
        server.run(["lists", "get-all-lists"], { EGOI_API_KEY: "wrong" }),
        server.run(["lists", "get-all-lists"], { EGOI_API_KEY: "right" })
      ])
      expect(wrong.code).toBe(4)
      expect(wrong.stdout).toBe("")
      expect(wrong.stderr).toContain("401")
      // The same call with the accepted key succeeds.
      expect(json(right).items.length).toBeGreaterThan(0)
      expect(server.mock.requests().map((request) => request.status)).toEqual(expect.arrayContaining([200, 401]))
    })
    it("429 with the account quota spent → 5, without a retry", async (context) => {
      const server = await demoServer(context)
      server.mock.faults.add({ route: "GET /my-account", status: 429, headers: { "x-account-remaining": "0" } })
      const result = await server.run(["my-account", "get-my-account"])
      expect(result.code).toBe(5)
      expect(result.stdout).toBe("")
      expect(server.mock.requests()).toEqual([
        expect.objectContaining({ method: "GET", path: "/my-account", status: 429 })
      ])
    })
    it("500 on a POST → 1, without a retry and without creating anything", async (context) => {
      const server = await demoServer(context)
      server.mock.faults.add({ route: "POST /lists", status: 500 })
      const lists = server.state().lists.length
      const result = await server.run(["lists", "create-list", "--internal-name", "Never created"])
      expect(result.code).toBe(1)
      expect(result.stdout).toBe("")
      expect(result.stderr).toContain("500")
      expect(server.mock.requests()).toEqual([expect.objectContaining({ method: "POST", path: "/lists", status: 500 })])
      expect(server.state().lists).toHaveLength(lists)
    })
  })

  it("--json is accepted and prints JSON", async (context) => {
    const server = await demoServer(context)
    const [page, account] = await Promise.all([
      server.run(["lists", "get-all-lists", "--limit", "1", "--json"]),
      egoi(["my-account", "get-my-account", "--json", "--mock"])
    ])
    expect(json(page).items).toHaveLength(1)
    expect(json(account).general_info).toBeDefined()
  })

  it("--no-color and NO_COLOR are accepted, and no escape codes are printed", async () => {
    const [flag, variable] = await Promise.all([
      egoi(["lists", "get-list", "--list-id", "999", "--mock", "--no-color"]),
      egoi(["lists", "get-list", "--list-id", "999", "--mock"], { NO_COLOR: "1" })
    ])
    for (const result of [flag, variable]) {
      expect(result.code).toBe(3)
      expect(result.stderr).toMatch(/^Error: GET \/lists\/999: 404/)
      expect(result.stderr + result.stdout).not.toContain("\u001b[")
    }
  })

  describe("tables and --all", () => {
    it("shows contacts on a terminal by ID, name, email and status, not as cut-off JSON", async (context) => {
      const server = await demoServer(context)
      const listId = server.seedList("People")
      for (const [email, name] of [
        ["ana@example.com", "Ana"],
        ["bruno@example.com", "Bruno"]
      ]) {
        await server.run([
          "contacts",
          "create-contact",
          "--list-id",
          String(listId),
          "--email",
          email!,
          "--first-name",
          name!
        ])
      }
      const result = await server.run(
        ["contacts", "get-all-contacts", "--list-id", String(listId), "--no-color"],
        {},
        { tty: true }
      )
      expect(result.code).toBe(0)
      const [header, ...rows] = result.stdout.trimEnd().split("\n")
      expect(header).toMatch(/^CONTACT_ID +FIRST_NAME +EMAIL +STATUS/)
      expect(rows.map((row) => row.split(/ {2,}/).slice(1, 4))).toEqual(
        expect.arrayContaining([
          ["Ana", "ana@example.com", "active"],
          ["Bruno", "bruno@example.com", "active"]
        ])
      )
      expect(result.stdout).not.toContain("{")
      expect(result.stderr).toContain("2 in all")
      // --json keeps every field.
      const page = json(
        await server.run(["contacts", "get-all-contacts", "--list-id", String(listId), "--json"], {}, { tty: true })
      )
      expect(page.items[0].base).toMatchObject({ email: expect.any(String), contact_id: expect.any(String) })
    })

    it("--all fetches every page, as one JSON object a line when piped, as one table on a terminal", async (context) => {
      const server = await demoServer(context)
      for (let i = 0; i < 3; i++) server.seedList(`All ${i}`)
      const total = server.state().lists.length
      server.mock.clearRequests()
      const piped = await server.run(["lists", "get-all-lists", "--all"])
      expect(piped.code).toBe(0)
      const lines = piped.stdout
        .trimEnd()
        .split("\n")
        .map((line) => JSON.parse(line))
      expect(lines).toHaveLength(total)
      expect(lines.map((list) => list.internal_name)).toEqual(expect.arrayContaining(["All 0", "All 1", "All 2"]))
      expect(server.mock.requests()[0]).toMatchObject({ path: "/lists", query: { offset: "0", limit: "1000" } })
      const table = await server.run(["lists", "get-all-lists", "--all", "--no-color"], {}, { tty: true })
      expect(table.stdout.trimEnd().split("\n")).toHaveLength(total + 1)
      expect(table.stderr).toContain(`${total} in all`)
      const both = await server.run(["lists", "get-all-lists", "--all", "--limit", "5"])
      expect(both.code).toBe(2)
      expect(both.stderr).toContain("leave out --limit and --offset")
    })
  })
})
