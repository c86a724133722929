/**
 * `egoi contacts export` in-process: the CSV line of a contact, and `exportContacts` against an
 * in-process mock. The bundled command (stdout, messages, a round trip through import) is in
 * `contactsExport.e2e.test.ts`.
 */
import { readFile } from "node:fs/promises"
import type { Contacts } from "@egoi-ts/core"
import type { ExtraField } from "@egoi-ts/core/ExtraFields"
import { describe, expect, it } from "vitest"
import { csvHeader, csvRow, EXPORT_BASE, exportContacts } from "../src/internal/contactsExport.js"
import * as Progress from "../src/internal/progress.js"
import { fileSink } from "../src/internal/records.js"
import { tempDir } from "./utils/files.js"
import { inProcessMock } from "./utils/inProcess.js"

const PLAN: ExtraField = {
  field_id: 3,
  name: "Plan",
  format: "text",
  unique: false,
  optionIds: new Map(),
  labels: new Map()
}
const TIER: ExtraField = {
  field_id: 4,
  name: "Tier, level",
  format: "options",
  unique: false,
  optionIds: new Map([["gold", 1]]),
  labels: new Map([[1, "Gold"]])
}

describe("csvHeader and csvRow", () => {
  it("write the base fields, the tags and each extra field by name, quoted where needed", () => {
    expect(csvHeader([PLAN, TIER])).toBe(`${EXPORT_BASE.join(",")},tags,Plan,"Tier, level"`)
    const contact = {
      base: { contact_id: "a1b2c3d4e5", status: "active", email: "ana@example.com", first_name: 'Ana "A"' },
      extra: [
        { field_id: 4, value: [1, 2] },
        { field_id: 3, value: "pro" }
      ],
      tags: [7, 9]
    } as unknown as Contacts.Contact
    const cells = Object.fromEntries(
      [...EXPORT_BASE, "tags", "Plan", "Tier"].map((column, index) => [
        column,
        csvRow(contact, [PLAN, TIER]).split(",")[index]
      ])
    )
    // Tags and options by label joined with ;, as an import reads them back (an option the field no
    // longer has stays its ID); fields without a value empty.
    expect(cells).toMatchObject({
      contact_id: "a1b2c3d4e5",
      status: "active",
      first_name: '"Ana ""A"""',
      last_name: "",
      email: "ana@example.com",
      tags: "7;9",
      Plan: "pro",
      Tier: "Gold;2"
    })
  })
})

describe("exportContacts", () => {
  it("ndjson writes one contact a line, every page of the list", async (context) => {
    const { account, run } = inProcessMock(context)
    const { path } = await tempDir(context)
    const count = 2000
    const fields = await account.listWithContacts("export", count)
    const progress = Progress.recording()
    const written = await run(
      exportContacts(fields.listId, "ndjson", await run(fileSink(path("contacts.ndjson")))),
      progress.layer
    )
    expect(written).toBe(count)
    const contacts = (await readFile(path("contacts.ndjson"), "utf8"))
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line))
    expect(contacts).toHaveLength(count)
    expect(contacts[0]).toMatchObject({ base: { email: "user0@example.com" }, extra: expect.any(Array) })
    expect(new Set(contacts.map((contact) => contact.base.email)).size).toBe(count)
    expect(account.contactPageRequests(fields.listId)).toHaveLength(Math.ceil(count / 1000))
    expect(progress.updates).toEqual(["1000 contacts exported", "2000 contacts exported"])
    expect(progress.isDone()).toBe(true)
  })

  it("csv reads every page of the list's fields and writes a column for each extra field", async (context) => {
    const { mock, account, run } = inProcessMock(context)
    const { path } = await tempDir(context)
    const fields = await account.listWithContacts("export", 3)
    const written = await run(exportContacts(fields.listId, "csv", await run(fileSink(path("contacts.csv")))))
    expect(written).toBe(3)
    const lines = (await readFile(path("contacts.csv"), "utf8")).trim().split("\n")
    expect(lines[0]).toBe(`${EXPORT_BASE.join(",")},tags,Plan,Tier`)
    expect(lines).toHaveLength(4)
    expect(lines.find((line) => line.includes("user0@example.com"))).toMatch(/,pro,Gold;Silver$/)
    expect(mock.requests().map((request) => `${request.method} ${request.path}`)).toEqual([
      `GET /lists/${fields.listId}/fields`,
      `GET /lists/${fields.listId}/contacts`
    ])
  })
})
