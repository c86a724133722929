/**
 * `egoi contacts import` through the command line, in-process: the command's flags, its summary
 * on stdout, its notices on stderr, its exit code and its --failed file, against a `MockServer` of
 * its own. How rows are mapped, checked and sent is tested in-process in `contactsImport.test.ts`.
 */
import { readFile } from "node:fs/promises"
import { parse } from "csv-parse/sync"
import { describe, expect, it, type TestContext } from "vitest"
import type { ImportSummary } from "../src/internal/contactsImport.js"
import {
  accountOf,
  byEmail,
  extraValue,
  INVALID_CELLPHONE,
  INVALID_EMAIL,
  RECORDS,
  ROWS_WITH_INVALID,
  toCsv
} from "./utils/account.js"
import type { Result } from "./utils/egoi.js"
import { tempDir } from "./utils/files.js"
import { startServer } from "./utils/server.js"

/** A mock server with no rate limit, whose imports wait in the queue until the test runs them. */
const importServer = async (context: TestContext) => {
  const server = await startServer(context, { rateLimit: false, operations: "manual" })
  return { ...server, account: accountOf(server.mock) }
}

/** The import summary the CLI prints when piped. */
const summaryOf = (result: Result, code = 0): ImportSummary => {
  expect(result.code, `exit code (stderr: ${result.stderr})`).toBe(code)
  return JSON.parse(result.stdout) as ImportSummary
}

describe.concurrent("egoi contacts import", () => {
  it("a CSV file: base fields by header (any case, spaces or dashes), extra fields by name", async (context) => {
    const server = await importServer(context)
    const { file } = await tempDir(context)
    const fields = await server.account.listWithFields("CSV")
    const path = await file("contacts.csv", toCsv(RECORDS))
    const result = await server.run(["contacts", "import", path, "--list", String(fields.listId)])
    expect(summaryOf(result)).toMatchObject({ rows: 2, accepted: 2, failed: 0, requests: 1, dry_run: false })
    expect(server.account.contactsOf(fields.listId)).toHaveLength(0)
    expect(result.stderr).toContain("Columns not imported (no field of that name; use --map): Notes")
    const [body, ...more] = server.account.importBodies(fields.listId)
    expect(more).toHaveLength(0)
    expect(body).toMatchObject({ mode: "add", compare_field: "email" })
    expect(body!.contacts[0]).toEqual({
      base: { email: "ana@example.com", first_name: "Ana", last_name: "Silva", cellphone: "351-910000001" },
      extra: [
        { field_id: fields.plan, value: "pro" },
        { field_id: fields.tier, value: [fields.gold] }
      ]
    })
    await server.mock.runOperations()
    const contacts = byEmail(server.account.contactsOf(fields.listId))
    expect(contacts.get("ana@example.com")?.base).toMatchObject({ first_name: "Ana", last_name: "Silva" })
    expect(extraValue(contacts.get("bruno@example.com"), fields.tier)).toEqual([fields.gold, fields.silver])
  })

  it("invalid rows are reported with their reasons, never sent, written to --failed as CSV with line and error; exit 2", async (context) => {
    const server = await importServer(context)
    const { file, path: pathOf } = await tempDir(context)
    const listId = await server.account.createList("invalid")
    server.mock.clearRequests()
    const path = await file("rows.csv", `${ROWS_WITH_INVALID.join("\n")}\n`)
    const failed = pathOf("failed.csv")
    const result = await server.run(["contacts", "import", path, "--list", String(listId), "--failed", failed])
    const summary = summaryOf(result, 2)
    expect(summary).toMatchObject({ rows: 4, accepted: 2, failed: 2, invalid: 2, rejected: 0, requests: 1 })
    expect(Object.keys(summary.reasons)).toEqual([INVALID_EMAIL, INVALID_CELLPHONE])
    expect(result.stderr).toContain("2 of 4 rows were not imported")
    // Only the valid rows went out.
    const sent = server.account
      .importBodies(listId)
      .flatMap((body) => body.contacts.map((contact) => contact.base.email))
    expect(sent).toEqual(["ana@example.com", "carla@example.com"])
    const rows = parse(await readFile(failed, "utf8"), { columns: true }) as Array<Record<string, string>>
    expect(rows).toEqual([
      { email: "not-an-email", first_name: "Bad", cellphone: "351-910000002", line: "3", error: INVALID_EMAIL },
      { email: "bruno@example.com", first_name: "Bruno", cellphone: "12345", line: "4", error: INVALID_CELLPHONE }
    ])

    // The failed file, fixed, imports as it is: its line and error columns are left out.
    const fixed = await file(
      "fixed.csv",
      (await readFile(failed, "utf8")).replace("not-an-email", "bad@example.com").replace(",12345,", ",351-12345,")
    )
    const retry = await server.run(["contacts", "import", fixed, "--list", String(listId)])
    expect(summaryOf(retry)).toMatchObject({ rows: 2, accepted: 2, failed: 0 })
    expect(retry.stderr).not.toContain("Columns not imported")
    await server.mock.runOperations()
    expect(server.account.contactsOf(listId)).toHaveLength(4)
  })

  it("--dry-run sends nothing and reports the requests it would make", async (context) => {
    const server = await importServer(context)
    const { file } = await tempDir(context)
    const listId = await server.account.createList("dry")
    server.mock.clearRequests()
    const rows = Array.from({ length: 25 }, (_, i) => `user${i}@example.com,User ${i}`)
    const path = await file("dry.csv", `email,first_name\n${rows.join("\n")}\n`)
    const result = await server.run([
      "contacts",
      "import",
      path,
      "--list",
      String(listId),
      "--batch-size",
      "10",
      "--dry-run"
    ])
    expect(summaryOf(result)).toMatchObject({ rows: 25, accepted: 0, failed: 0, requests: 3, dry_run: true })
    expect(server.mock.requests()).toHaveLength(0)
    expect(server.account.contactsOf(listId)).toHaveLength(0)
  })
})
