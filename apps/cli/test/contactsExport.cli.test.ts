/**
 * `egoi contacts export` through the command line, in-process: CSV on stdout with its message on
 * stderr, and a file that imports back into another list, against a `MockServer` of its own. The
 * pages and formats are tested in-process in `contactsExport.test.ts`.
 */
import { parse } from "csv-parse/sync"
import { describe, expect, it, type TestContext } from "vitest"
import { accountOf, byEmail, extraValue } from "./utils/account.js"
import type { Result } from "./utils/egoi.js"
import { tempDir } from "./utils/files.js"
import { startServer } from "./utils/server.js"

const exportServer = async (context: TestContext) => {
  const server = await startServer(context, { rateLimit: false, operations: "manual" })
  return { ...server, account: accountOf(server.mock) }
}

const summaryOf = (result: Result) => {
  expect(result.code, `exit code (stderr: ${result.stderr})`).toBe(0)
  return JSON.parse(result.stdout)
}

describe.concurrent("egoi contacts export", () => {
  it("--format csv streams every page to stdout, with the extra fields as columns by name", async (context) => {
    const server = await exportServer(context)
    const count = 2500
    const fields = await server.account.listWithContacts("export", count)
    const result = await server.run(["contacts", "export", "--list", String(fields.listId), "--format", "csv"])
    expect(result.code, result.stderr).toBe(0)
    expect(result.stderr).toContain(`${count} contacts of list ${fields.listId} exported`)
    const rows = parse(result.stdout, { columns: true }) as Array<Record<string, string>>
    expect(rows).toHaveLength(count)
    expect(Object.keys(rows[0]!)).toEqual(
      expect.arrayContaining(["contact_id", "email", "first_name", "tags", "Plan", "Tier"])
    )
    expect(new Set(rows.map((row) => row.email)).size).toBe(count)
    const third = rows.find((row) => row.email === "user3@example.com")
    expect(third).toMatchObject({
      first_name: "User 3",
      Plan: "free",
      Tier: "Gold;Silver",
      status: "active"
    })
    const pages = server.account.contactPageRequests(fields.listId)
    expect(pages).toHaveLength(Math.ceil(count / 1000))
    expect(pages.map((request) => request.query)).toEqual([
      { offset: "0", limit: "1000" },
      { offset: "1000", limit: "1000" },
      { offset: "2000", limit: "1000" }
    ])
  })

  it("a CSV export to --output imports back into another list", async (context) => {
    const server = await exportServer(context)
    const { path } = await tempDir(context)
    const source = await server.account.listWithContacts("export", 30)
    const output = path("contacts.csv")
    const exported = await server.run(["contacts", "export", "--list", String(source.listId), "--output", output])
    expect(exported.code, exported.stderr).toBe(0)
    expect(exported.stdout).toBe("")
    expect(exported.stderr).toContain(`30 contacts of list ${source.listId} exported to ${output}`)
    // A target list with a Plan field of another ID (and no Tier: option IDs belong to their list).
    const targetId = await server.account.createList("target")
    await server.account.createField(targetId, "Padding", "text")
    const plan = await server.account.createField(targetId, "Plan", "text")
    const imported = await server.run(["contacts", "import", output, "--list", String(targetId)])
    expect(summaryOf(imported)).toMatchObject({ rows: 30, accepted: 30, failed: 0 })
    expect(imported.stderr).toContain("Columns not imported (no field of that name; use --map): contact_id, tags, Tier")
    await server.mock.runOperations()
    const contacts = byEmail(server.account.contactsOf(targetId))
    expect(contacts.size).toBe(30)
    expect(contacts.get("user3@example.com")?.base.first_name).toBe("User 3")
    expect(extraValue(contacts.get("user3@example.com"), plan)).toBe("free")
  })

  it("--dry-run prints the first request as curl and sends nothing", async (context) => {
    const server = await exportServer(context)
    const result = await server.run(["contacts", "export", "--list", "1", "--dry-run"])
    expect(result.code, result.stderr).toBe(0)
    expect(result.stdout).toContain(`curl -X GET '${server.url}/lists/1/contacts?offset=0&limit=1000'`)
    expect(server.mock.requests()).toHaveLength(0)
  })

  it("a list that does not exist is not found: exit 3, nothing written", async (context) => {
    const server = await startServer(context)
    const { path } = await tempDir(context)
    const result = await server.run(["contacts", "export", "--list", "99", "--output", path("none.csv")])
    expect(result.code).toBe(3)
    expect(result.stderr).toContain("404 Not Found")
    expect(server.mock.requests().map((request) => request.path)).toEqual(["/lists/99"])
  })
})
