/**
 * `egoi contacts sync` through the command line, in-process, against a `MockServer` of its own: the
 * difference shown by --dry-run, applied, and a run stopped by a refused request resumed by running
 * it again, with no contact duplicated.
 */
import { writeFile } from "node:fs/promises"
import { describe, expect, it } from "vitest"
import { tempDir } from "./utils/files.js"
import { startServer } from "./utils/server.js"

const CSV = [
  "email,first_name,Plan",
  "same@example.com,Same,Basic",
  "changed@example.com,New name,Gold",
  ...Array.from({ length: 5 }, (_, i) => `new${i}@example.com,New ${i},Gold`),
  ",No email,Gold"
].join("\n")

describe("egoi contacts sync", () => {
  it("--dry-run shows the difference; a run stopped part-way is resumed by running it again", async (context) => {
    const server = await startServer(context, { rateLimit: false })
    server.mock.seed({
      lists: [{ internal_name: "Customers" }],
      extraFields: [{ list_id: 1, name: "Plan", format: "options", options: [{ en: "Basic" }, { en: "Gold" }] }],
      contacts: [
        { list_id: 1, base: { email: "same@example.com", first_name: "Same" }, extra: [{ field_id: 1, value: [1] }] },
        { list_id: 1, base: { email: "changed@example.com", first_name: "Old name" } },
        { list_id: 1, base: { email: "gone@example.com" } }
      ]
    })
    const { path } = await tempDir(context)
    const file = path("customers.csv")
    await writeFile(file, CSV)
    const args = ["contacts", "sync", file, "--list", "1", "--missing", "unsubscribe", "--batch-size", "2"]

    const before = server.mock.snapshot()
    const dry = await server.run([...args, "--dry-run"])
    expect(dry.code, dry.stderr).toBe(0)
    expect(JSON.parse(dry.stdout)).toMatchObject({
      new: 5,
      changed: 1,
      unchanged: 1,
      missing: 1,
      invalid: 1,
      invalid_rows: [{ line: 9, reason: "no email" }],
      missing_contacts: [{ key: "gone@example.com" }],
      dry_run: true
    })
    expect(server.mock.snapshot()).toEqual(before)

    server.mock.faults.sequence("POST /lists/1/contacts/actions/import-bulk", ["pass", { status: 400 }])
    const stopped = await server.run(args)
    expect(stopped.code).not.toBe(0)
    expect(stopped.stderr).toContain("run the same command again to resume")
    const partial = JSON.parse(stopped.stdout)
    expect(partial.import_failed).toBeGreaterThan(0)
    expect(partial.imported + partial.import_failed).toBe(6)

    const resumed = await server.run(args)
    expect(resumed.code, resumed.stderr).toBe(0)
    expect(JSON.parse(resumed.stdout)).toMatchObject({
      new: partial.import_failed,
      changed: 0,
      missing: 0,
      import_failed: 0
    })

    const done = await server.run([...args, "--dry-run"])
    expect(JSON.parse(done.stdout)).toMatchObject({ new: 0, changed: 0, unchanged: 7, missing: 0 })
    const contacts = server.mock.snapshot().contacts as unknown as ReadonlyArray<{ base: Record<string, string> }>
    const emails = contacts.map((contact) => contact.base.email)
    expect(emails).toHaveLength(8)
    expect(new Set(emails).size).toBe(8)
    expect(contacts.find((contact) => contact.base.email === "gone@example.com")!.base.status).toBe("removed")
  })

  it("--missing forget asks first on a terminal, and forgets nothing unless told yes", async (context) => {
    const server = await startServer(context, { rateLimit: false })
    server.mock.seed({
      lists: [{ internal_name: "Customers" }],
      contacts: [
        { list_id: 1, base: { email: "kept@example.com" } },
        { list_id: 1, base: { email: "gone@example.com" } }
      ]
    })
    const { path } = await tempDir(context)
    const file = path("customers.csv")
    await writeFile(file, "email\nkept@example.com\n")
    const args = ["contacts", "sync", file, "--list", "1", "--missing", "forget"]
    const emails = () =>
      (server.mock.snapshot().contacts as unknown as ReadonlyArray<{ base: Record<string, string> }>).map(
        (contact) => contact.base.email
      )

    const declined = await server.run(args, {}, { interactive: true, stdin: "n\n" })
    expect(declined.code).toBe(1)
    expect(declined.stderr).toContain(`Forget 1 contacts of list 1 that ${file} lacks? It cannot be undone. [y/N]`)
    expect(declined.stderr).toContain("Cancelled: nothing was changed.")
    expect(emails()).toContain("gone@example.com")

    const forgotten = await server.run([...args, "--yes"], {}, { interactive: true })
    expect(forgotten.code, forgotten.stderr).toBe(0)
    expect(forgotten.stderr).not.toContain("[y/N]")
    expect(JSON.parse(forgotten.stdout)).toMatchObject({ missing: 1, removed: 1 })
    expect(emails()).toEqual(["kept@example.com"])
  })
})
