/**
 * `egoi contacts import` in-process: `importFile` against an in-process mock, then what the mock
 * received and holds. The bundled command's own wiring (flags, printing, exit codes) is in
 * `contactsImport.e2e.test.ts`.
 */
import { readFile } from "node:fs/promises"
import { EgoiError } from "@egoi-ts/core"
import * as Either from "effect/Either"
import { describe, expect, it } from "vitest"
import { describeImport, type ImportOptions, importFile } from "../src/internal/contactsImport.js"
import { RowsNotImported } from "../src/internal/errors.js"
import * as Progress from "../src/internal/progress.js"
import { formatOf } from "../src/internal/records.js"
import { exitCodeOf } from "../src/internal/report.js"
import {
  type Account,
  byEmail,
  extraValue,
  INVALID_CELLPHONE,
  INVALID_EMAIL,
  type ListWithFields,
  RECORDS,
  ROWS_WITH_INVALID
} from "./utils/account.js"
import { tempDir } from "./utils/files.js"
import { inProcessMock } from "./utils/inProcess.js"
import { recordingTerminal } from "./utils/terminal.js"

const optionsFor = (file: string, list: number, given: Partial<ImportOptions> = {}): ImportOptions => ({
  file,
  list,
  format: formatOf(file, undefined),
  compareField: "email",
  mode: "add",
  map: new Map(),
  failed: undefined,
  batchSize: 10_000,
  concurrency: 2,
  dryRun: false,
  ...given
})

/** Ana and Bruno of {@link RECORDS}, as stored once their import ran. */
const expectImported = (account: Account, fields: ListWithFields) => {
  const contacts = byEmail(account.contactsOf(fields.listId))
  const ana = contacts.get("ana@example.com")
  const bruno = contacts.get("bruno@example.com")
  expect(ana?.base).toMatchObject({ first_name: "Ana", last_name: "Silva", cellphone: "351-910000001" })
  expect(bruno?.base).toMatchObject({ first_name: "Bruno", last_name: "Costa" })
  expect(bruno?.base.cellphone).toBeUndefined()
  // Extra fields by name; an options field by its labels, in any case.
  expect(extraValue(ana, fields.plan)).toBe("pro")
  expect(extraValue(bruno, fields.plan)).toBe("free")
  expect(extraValue(ana, fields.tier)).toEqual([fields.gold])
  expect(extraValue(bruno, fields.tier)).toEqual([fields.gold, fields.silver])
}

describe("importFile", () => {
  describe("JSON and NDJSON, columns mapped by name", () => {
    it("a JSON array", async (context) => {
      const { mock, account, run } = inProcessMock(context)
      const { file } = await tempDir(context)
      const fields = await account.listWithFields("JSON")
      const path = await file("contacts.json", JSON.stringify(RECORDS, null, 2))
      const { terminal, err } = recordingTerminal()
      const { summary, rejection } = await run(importFile(optionsFor(path, fields.listId), terminal))
      expect(summary).toMatchObject({ rows: 2, accepted: 2, failed: 0, requests: 1, dry_run: false })
      expect(rejection).toBeUndefined()
      expect(err).toEqual(["Columns not imported (no field of that name; use --map): Notes"])
      expect(account.contactsOf(fields.listId)).toHaveLength(0)
      await mock.runOperations()
      expectImported(account, fields)
    })

    it("NDJSON (blank lines skipped), where later records bring keys the first lacks", async (context) => {
      const { mock, account, run } = inProcessMock(context)
      const { file } = await tempDir(context)
      const fields = await account.listWithFields("NDJSON")
      const lines = [{ Email: "first@example.com" }, ...RECORDS].map((record) => JSON.stringify(record))
      const path = await file("contacts.ndjson", `${lines[0]}\n\n${lines.slice(1).join("\n")}\n`)
      const { terminal, err } = recordingTerminal()
      const { summary } = await run(importFile(optionsFor(path, fields.listId), terminal))
      expect(summary).toMatchObject({ rows: 3, accepted: 3, failed: 0, requests: 1 })
      // The new columns of the second record are reported when they appear, once.
      expect(err).toEqual(["Columns not imported (no field of that name; use --map): Notes"])
      await mock.runOperations()
      expect(account.contactsOf(fields.listId)).toHaveLength(3)
      expectImported(account, fields)
    })

    it("--map Column=field maps any column to a base field, or to an extra field by name or ID", async (context) => {
      const { mock, account, run } = inProcessMock(context)
      const { file } = await tempDir(context)
      const { listId, plan } = await account.listWithFields("Mapped")
      const code = await account.createField(listId, "Customer code", "text")
      const path = await file(
        "mapped.csv",
        "Correo,Nome,Plano,Código\ncarla@example.com,Carla,basic,C-1\ndiogo@example.com,Diogo,pro,C-2\n"
      )
      const map = new Map([
        ["Correo", "email"],
        ["Nome", "first_name"],
        ["Plano", "plan"],
        ["Código", String(code)]
      ])
      const { terminal, err } = recordingTerminal()
      const { summary } = await run(importFile(optionsFor(path, listId, { map }), terminal))
      expect(summary).toMatchObject({ rows: 2, accepted: 2, failed: 0 })
      expect(err).toEqual([])
      await mock.runOperations()
      const carla = byEmail(account.contactsOf(listId)).get("carla@example.com")
      expect(carla?.base.first_name).toBe("Carla")
      expect(extraValue(carla, plan)).toBe("basic")
      expect(extraValue(carla, code)).toBe("C-1")
    })

    it("--map to a field the list lacks: a usage error, nothing imported", async (context) => {
      const { mock, account, runEither } = inProcessMock(context)
      const { file } = await tempDir(context)
      const listId = await account.createList("No such field")
      mock.clearRequests()
      const path = await file("bad-map.csv", "Correo,Cor\na@example.com,red\nb@example.com,blue\n")
      const map = new Map([["Cor", "colour"]])
      const result = await runEither(importFile(optionsFor(path, listId, { map }), recordingTerminal().terminal))
      expect(Either.isLeft(result) && result.left).toMatchObject({
        _tag: "CliUsageError",
        message: "--map Cor=colour: the list has no field colour"
      })
      expect(account.importBodies(listId)).toHaveLength(0)
    })
  })

  describe("--mode and --compare-field", () => {
    it("add keeps existing contacts, update replaces and adds, update_only replaces only", async (context) => {
      const { mock, account, run } = inProcessMock(context)
      const { file } = await tempDir(context)
      const lists = {
        add: await account.createList("add"),
        update: await account.createList("update"),
        update_only: await account.createList("update_only")
      }
      for (const listId of Object.values(lists)) {
        await account.seedContacts(listId, [
          { base: { email: "ana@example.com", first_name: "Ana" } },
          { base: { email: "bruno@example.com", first_name: "Bruno" } }
        ])
      }
      mock.clearRequests()
      const path = await file("changes.csv", "email,first_name\nana@example.com,Ana Maria\ncarla@example.com,Carla\n")
      for (const [mode, listId] of Object.entries(lists)) {
        const options = optionsFor(path, listId, { mode: mode as ImportOptions["mode"] })
        const { summary } = await run(importFile(options, recordingTerminal().terminal))
        expect(summary).toMatchObject({ rows: 2, accepted: 2, requests: 1 })
        expect(account.importBodies(listId)[0]).toMatchObject({ mode, compare_field: "email" })
      }
      await mock.runOperations()
      const names = (listId: number) =>
        Object.fromEntries(account.contactsOf(listId).map((contact) => [contact.base.email, contact.base.first_name]))
      expect(names(lists.add)).toEqual({
        "ana@example.com": "Ana",
        "bruno@example.com": "Bruno",
        "carla@example.com": "Carla"
      })
      expect(names(lists.update)).toEqual({
        "ana@example.com": "Ana Maria",
        "bruno@example.com": "Bruno",
        "carla@example.com": "Carla"
      })
      expect(names(lists.update_only)).toEqual({ "ana@example.com": "Ana Maria", "bruno@example.com": "Bruno" })
    })

    it("--compare-field takes a base field, or a unique extra field by name (sent as its ID)", async (context) => {
      const { mock, account, run } = inProcessMock(context)
      const { file } = await tempDir(context)
      const listId = await account.createList("compare")
      const customer = await account.createField(listId, "Customer ID", "text", true)
      await account.seedContacts(listId, [
        {
          base: { email: "old@example.com", cellphone: "351-910000001" },
          extra: [{ field_id: customer, value: "C1" }]
        },
        {
          base: { email: "other@example.com", cellphone: "351-910000002" },
          extra: [{ field_id: customer, value: "C2" }]
        }
      ])
      mock.clearRequests()
      const terminal = recordingTerminal().terminal
      const byCustomer = await file("by-customer.csv", "Customer ID,email\nC1,new@example.com\nC3,third@example.com\n")
      const first = await run(
        importFile(optionsFor(byCustomer, listId, { mode: "update", compareField: "Customer ID" }), terminal)
      )
      expect(first.summary).toMatchObject({ accepted: 2 })
      expect(account.importBodies(listId)[0]).toMatchObject({ mode: "update", compare_field: String(customer) })
      await mock.runOperations()
      const byId = new Map(account.contactsOf(listId).map((contact) => [extraValue(contact, customer), contact]))
      expect(byId.get("C1")?.base.email).toBe("new@example.com")
      expect(byId.get("C3")?.base.email).toBe("third@example.com")
      expect(account.contactsOf(listId)).toHaveLength(3)

      const byPhone = await file("by-phone.csv", "cellphone,first_name\n351-910000002,Phoned\n351-910000009,Nobody\n")
      const second = await run(
        importFile(optionsFor(byPhone, listId, { mode: "update_only", compareField: "cellphone" }), terminal)
      )
      expect(second.summary).toMatchObject({ accepted: 2 })
      expect(account.importBodies(listId)[1]).toMatchObject({ mode: "update_only", compare_field: "cellphone" })
      await mock.runOperations()
      expect(byEmail(account.contactsOf(listId)).get("other@example.com")?.base.first_name).toBe("Phoned")
      expect(account.contactsOf(listId)).toHaveLength(3)
    })
  })

  describe("failed rows", () => {
    it("from JSON: --failed writes a JSON array; from NDJSON: NDJSON; each record with its line and error", async (context) => {
      const { account, run } = inProcessMock(context)
      const { file, path } = await tempDir(context)
      const listId = await account.createList("invalid json")
      const records = ROWS_WITH_INVALID.slice(1).map((row) => {
        const [email, first_name, cellphone] = row.split(",")
        return { email, first_name, ...(cellphone ? { cellphone } : {}) }
      })
      const json = await file("rows.json", JSON.stringify(records, null, 2))
      const ndjson = await file("rows.ndjson", records.map((record) => JSON.stringify(record)).join("\n"))
      const terminal = recordingTerminal().terminal
      const fromJson = await run(importFile(optionsFor(json, listId, { failed: path("failed.json") }), terminal))
      const fromNdjson = await run(importFile(optionsFor(ndjson, listId, { failed: path("failed.ndjson") }), terminal))
      expect(fromJson.summary).toMatchObject({ rows: 4, accepted: 2, invalid: 2 })
      expect(fromNdjson.summary).toMatchObject({ rows: 4, accepted: 2, invalid: 2 })
      const expected = [
        { ...records[1], line: 2, error: INVALID_EMAIL },
        { ...records[2], line: 3, error: INVALID_CELLPHONE }
      ]
      expect(JSON.parse(await readFile(path("failed.json"), "utf8"))).toEqual(expected)
      const lines = (await readFile(path("failed.ndjson"), "utf8")).trim().split("\n")
      expect(lines.map((line) => JSON.parse(line))).toEqual(expected)
      const sent = account.importBodies(listId).flatMap((body) => body.contacts.map((contact) => contact.base.email))
      expect(sent).toEqual(["ana@example.com", "carla@example.com", "ana@example.com", "carla@example.com"])
    })

    it("a --failed JSON file with no failed row is an empty array", async (context) => {
      const { account, run } = inProcessMock(context)
      const { file, path } = await tempDir(context)
      const listId = await account.createList("all valid")
      const source = await file("ok.json", JSON.stringify([{ email: "a@example.com" }, { email: "b@example.com" }]))
      const { summary } = await run(
        importFile(optionsFor(source, listId, { failed: path("failed.json") }), recordingTerminal().terminal)
      )
      expect(summary).toMatchObject({ rows: 2, accepted: 2, failed: 0 })
      expect(JSON.parse(await readFile(path("failed.json"), "utf8"))).toEqual([])
    })

    it("retries a batch E-goi failed or whose connection dropped, since an import upserts", async (context) => {
      const { mock, account, run } = inProcessMock(context)
      const { file } = await tempDir(context)
      const listId = await account.createList("flaky")
      const route = "POST /lists/:list_id/contacts/actions/import-bulk"
      mock.faults.sequence(route, [{ status: 503 }, { drop: true }])
      const source = await file("flaky.csv", "email\na@example.com\nb@example.com\n")
      const { summary } = await run(importFile(optionsFor(source, listId), recordingTerminal().terminal))
      expect(summary).toMatchObject({ rows: 2, accepted: 2, failed: 0, unknown: 0, requests: 1 })
    })

    it("rows of a request sent without an answer are of unknown outcome, apart from failed ones", async (context) => {
      const { mock, account, run } = inProcessMock(context)
      const { file, path } = await tempDir(context)
      const listId = await account.createList("dropped")
      mock.faults.add({ route: "POST /lists/:list_id/contacts/actions/import-bulk", drop: true })
      const source = await file("dropped.csv", "email\na@example.com\nb@example.com\nnot-an-email\n")
      const { summary, rejection } = await run(
        importFile(optionsFor(source, listId, { failed: path("failed.csv") }), recordingTerminal().terminal)
      )
      expect(summary).toMatchObject({ rows: 3, accepted: 0, failed: 1, invalid: 1, rejected: 0, unknown: 2 })
      expect(Object.values(summary.reasons)).toEqual([1])
      // A dropped connection exits as a network failure; the file holds every row not confirmed.
      expect(exitCodeOf(new RowsNotImported({ failed: 3, rows: 3, rejection }))).toBe(6)
      expect((await readFile(path("failed.csv"), "utf8")).trim().split("\n")).toHaveLength(4)
      expect(describeImport(summary, undefined)[1]).toContain("2 rows were sent without an answer")
    })

    it("rows of a request E-goi refuses are rejected with its error, which the exit code follows", async (context) => {
      const { mock, account, run } = inProcessMock(context)
      const { file, path } = await tempDir(context)
      const listId = await account.createList("quota")
      mock.faults.add({
        route: "POST /lists/:list_id/contacts/actions/import-bulk",
        status: 429,
        headers: { "x-account-remaining": "0" }
      })
      const rows = Array.from({ length: 4 }, (_, i) => `user${i}@example.com`)
      const source = await file("quota.csv", `email\n${rows.join("\n")}\nnot-an-email\n`)
      const progress = Progress.recording()
      const { summary, rejection } = await run(
        importFile(
          optionsFor(source, listId, { batchSize: 2, failed: path("failed.csv") }),
          recordingTerminal().terminal
        ),
        progress.layer
      )
      expect(summary).toMatchObject({ rows: 5, accepted: 0, failed: 5, invalid: 1, rejected: 4, requests: 2 })
      expect(EgoiError.kindOf(rejection)).toBe("rate-limit")
      expect(Object.values(summary.reasons)).toEqual([1, 4])
      // A spent quota exits as a rate limit, not as invalid input.
      expect(exitCodeOf(new RowsNotImported({ failed: summary.failed, rows: summary.rows, rejection }))).toBe(5)
      const failed = (await readFile(path("failed.csv"), "utf8")).trim().split("\n")
      expect(failed[0]).toBe("email,line,error")
      expect(failed).toHaveLength(6)
      // The progress line followed every request, and was cleared at the end.
      expect(progress.updates).toEqual(["5 rows read · 0 accepted · 3 failed", "5 rows read · 0 accepted · 5 failed"])
      expect(progress.isDone()).toBe(true)
    })

    it("a --failed file that cannot be written fails before anything is read or sent", async (context) => {
      const { mock, account, runEither } = inProcessMock(context)
      const { file, path } = await tempDir(context)
      const listId = await account.createList("unwritable")
      mock.clearRequests()
      const source = await file("ok.csv", "email\na@example.com\nb@example.com\n")
      const failed = path("no-such-directory/failed.csv")
      const result = await runEither(importFile(optionsFor(source, listId, { failed }), recordingTerminal().terminal))
      expect(Either.isLeft(result) && result.left).toMatchObject({ _tag: "FileError", path: failed })
      expect(exitCodeOf(Either.isLeft(result) && result.left)).toBe(1)
      expect(mock.requests()).toHaveLength(0)
    })
  })

  it("a dry run checks every row and counts the requests, reading nothing from E-goi", async (context) => {
    const { mock, account, run } = inProcessMock(context)
    const { file } = await tempDir(context)
    const listId = await account.createList("dry")
    mock.clearRequests()
    const rows = Array.from({ length: 25 }, (_, i) => `user${i}@example.com,User ${i}`)
    const path = await file("dry.csv", `email,first_name\n${rows.join("\n")}\nnot-an-email,Bad\n`)
    const { summary } = await run(
      importFile(optionsFor(path, listId, { batchSize: 10, dryRun: true }), recordingTerminal().terminal)
    )
    expect(summary).toMatchObject({ rows: 26, accepted: 0, failed: 1, invalid: 1, requests: 3, dry_run: true })
    expect(mock.requests()).toHaveLength(0)
    expect(describeImport(summary, undefined)).toEqual([
      "Dry run: 26 rows read, 25 valid contacts in 3 requests; nothing was sent.",
      "1 rows failed:",
      `  1 × ${INVALID_EMAIL}`
    ])
  })

  it("splits a file of more than 20 MB into requests of at most 20,000,000 bytes, every row accounted for", async (context) => {
    // The whole bodies are read back from the log, which by default keeps only their first 64 KiB.
    const { mock, account, run } = inProcessMock(context, {
      rateLimit: false,
      operations: "manual",
      requestLog: { maxBodyBytes: 20_000_000, maxBytes: 100_000_000 }
    })
    const { file } = await tempDir(context)
    const listId = await account.createList("large")
    mock.clearRequests()
    // About 9 KB of JSON per contact, multi-byte characters included: about 23.6 MB in all.
    const count = 2600
    const padding = `${"é".repeat(1500)}${"x".repeat(6000)}`
    const lines = ["email,first_name,last_name"]
    for (let i = 0; i < count; i++) lines.push(`user${i}@example.com,${padding},${i}`)
    const path = await file("large.csv", `${lines.join("\n")}\n`)
    const { summary } = await run(importFile(optionsFor(path, listId), recordingTerminal().terminal))
    expect(summary).toMatchObject({ rows: count, accepted: count, failed: 0 })
    const requests = mock
      .requests()
      .filter((request) => request.path === `/lists/${listId}/contacts/actions/import-bulk`)
    expect(requests.length).toBeGreaterThanOrEqual(2)
    expect(summary.requests).toBe(requests.length)
    const sizes = requests.map((request) => request.bodyBytes)
    expect(sizes.reduce((total, size) => total + size, 0)).toBeGreaterThan(20_000_000)
    for (const request of requests) {
      expect(request.status).toBe(202)
      expect(request.bodyTruncated).toBe(false)
      expect(request.bodyBytes).toBeLessThanOrEqual(20_000_000)
    }
    const sent = requests.flatMap((request) =>
      (JSON.parse(request.body).contacts as Array<{ base: { email: string } }>).map((contact) => contact.base.email)
    )
    expect(sent).toHaveLength(count)
    expect(new Set(sent).size).toBe(count)
    await mock.runOperations()
    expect(account.contactsOf(listId)).toHaveLength(count)
  })
})

describe("describeImport", () => {
  it("says what was accepted, why rows failed, and where the failed rows are", () => {
    const summary = {
      file: "people.csv",
      list_id: 1,
      rows: 4,
      accepted: 2,
      failed: 2,
      invalid: 2,
      rejected: 0,
      unknown: 0,
      requests: 1,
      dry_run: false,
      reasons: { [INVALID_EMAIL]: 1, [INVALID_CELLPHONE]: 1 }
    }
    expect(describeImport(summary, "failed.csv")).toEqual([
      "2 of 4 contacts accepted for import into list 1 in 1 requests (E-goi adds them in the background).",
      "2 rows failed:",
      `  1 × ${INVALID_EMAIL}`,
      `  1 × ${INVALID_CELLPHONE}`,
      "The failed rows are in failed.csv, ready to fix and retry."
    ])
  })
})
