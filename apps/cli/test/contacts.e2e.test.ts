/**
 * End-to-end tests of the contact workflows of the bundled CLI, `egoi contacts import` and
 * `egoi contacts export`: each runs `node dist/egoi.js ...` as a subprocess (stdout a pipe, so the
 * CLI prints JSON) against a `MockServer` of its own, then reads what the mock received and holds.
 */
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { MockServer } from "@egoi-ts/test-kit"
import { parse } from "csv-parse/sync"
import { describe, expect, it, type TestContext } from "vitest"
import { type Result, egoi as run } from "./utils/egoi.js"

const KEY = "e2e-contacts-key"

/** Runs `egoi <args>` with an API key. */
const egoi = (args: ReadonlyArray<string>) => run(args, { EGOI_API_KEY: KEY })

/** The import summary the CLI prints when piped. */
interface Summary {
  readonly rows: number
  readonly accepted: number
  readonly failed: number
  readonly invalid: number
  readonly rejected: number
  readonly requests: number
  readonly dry_run: boolean
  readonly reasons: Record<string, number>
}

const summaryOf = (result: Result, code = 0): Summary => {
  expect(result.code, `exit code (stderr: ${result.stderr})`).toBe(code)
  return JSON.parse(result.stdout) as Summary
}

interface StoredContact {
  readonly list_id: number
  readonly contact_id: string
  readonly base: Record<string, string | undefined>
  readonly extra: ReadonlyArray<{ readonly field_id: number; readonly value: string | ReadonlyArray<number> }>
}

/** A temporary directory for one test, removed when it ends. */
const tempDir = async (context: TestContext) => {
  const dir = await mkdtemp(join(tmpdir(), "egoi-contacts-"))
  context.onTestFinished(() => rm(dir, { recursive: true, force: true }))
  return {
    dir,
    file: async (name: string, content: string) => {
      const path = join(dir, name)
      await writeFile(path, content)
      return path
    }
  }
}

/**
 * A mock server for one test, closed when the test ends, with the CLI pointed at it: no rate limit,
 * and imports that wait in the queue until the test runs them (`mock.runOperations()`).
 */
const startServer = async (context: TestContext) => {
  const server = await MockServer.start({ port: 0, rateLimit: false, operations: "manual" })
  context.onTestFinished(() => server.close())
  const { mock, url } = server
  /** A call to the mock's API, as any client would make it. */
  const api = async (method: string, path: string, body?: unknown): Promise<any> => {
    const response = await fetch(`${url}${path}`, {
      method,
      headers: { Apikey: KEY, "content-type": "application/json" },
      ...(body === undefined ? {} : { body: JSON.stringify(body) })
    })
    const text = await response.text()
    if (response.status >= 300) throw new Error(`${method} ${path}: ${response.status} ${text}`)
    return text === "" ? undefined : JSON.parse(text)
  }
  return {
    url,
    mock,
    api,
    run: (args: ReadonlyArray<string>) => egoi([...args, "--base-url", url]),
    createList: async (name: string): Promise<number> => (await api("POST", "/lists", { internal_name: name })).list_id,
    createField: async (listId: number, name: string, format: string, unique = false): Promise<number> =>
      Number((await api("POST", `/lists/${listId}/fields/extra`, { name, format, unique })).field_id),
    createOption: async (listId: number, fieldId: number, label: string): Promise<number> =>
      (await api("POST", `/lists/${listId}/fields/extra/${fieldId}/options`, { en: label })).option_id,
    /** Imports contacts straight through the mock's API and runs the import. */
    seedContacts: async (listId: number, contacts: ReadonlyArray<unknown>) => {
      await api("POST", `/lists/${listId}/contacts/actions/import-bulk`, {
        mode: "add",
        compare_field: "email",
        contacts
      })
      await mock.runOperations()
    },
    contactsOf: (listId: number): Array<StoredContact> =>
      (mock.snapshot().contacts as Array<StoredContact>).filter((contact) => contact.list_id === listId),
    /** The bodies of the import requests the mock received for a list. */
    importBodies: (listId: number): Array<{ mode: string; compare_field: string; contacts: Array<any> }> =>
      mock
        .requests()
        .filter(
          (request) => request.method === "POST" && request.path === `/lists/${listId}/contacts/actions/import-bulk`
        )
        .map((request) => JSON.parse(request.body))
  }
}

type Server = Awaited<ReturnType<typeof startServer>>

const byEmail = (contacts: ReadonlyArray<StoredContact>) =>
  new Map(contacts.map((contact) => [contact.base.email, contact]))

const extraValue = (contact: StoredContact | undefined, fieldId: number) =>
  contact?.extra.find((value) => value.field_id === fieldId)?.value

/** A list with a text field `Plan` and an options field `Tier` (Gold, Silver). */
const listWithFields = async (server: Server, name: string) => {
  const listId = await server.createList(name)
  const plan = await server.createField(listId, "Plan", "text")
  const tier = await server.createField(listId, "Tier", "options")
  const gold = await server.createOption(listId, tier, "Gold")
  const silver = await server.createOption(listId, tier, "Silver")
  server.mock.clearRequests()
  return { listId, plan, tier, gold, silver }
}

const RECORDS = [
  {
    Email: "ana@example.com",
    "First Name": "Ana",
    "last-name": "Silva",
    Cellphone: "351-910000001",
    Plan: "pro",
    Tier: "Gold",
    Notes: "vip"
  },
  {
    Email: "bruno@example.com",
    "First Name": "Bruno",
    "last-name": "Costa",
    Cellphone: "",
    Plan: "free",
    Tier: "gold;Silver",
    Notes: ""
  }
]

const toCsv = (records: ReadonlyArray<Record<string, string>>) =>
  [Object.keys(records[0]!).join(","), ...records.map((record) => Object.values(record).join(","))].join("\n")

describe.concurrent("egoi contacts import | export (bundled)", { timeout: 60_000 }, () => {
  describe("import: CSV, JSON and NDJSON, columns mapped by name", () => {
    const expectImported = (server: Server, fields: Awaited<ReturnType<typeof listWithFields>>) => {
      const contacts = byEmail(server.contactsOf(fields.listId))
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

    it("a CSV file: base fields by header (any case, spaces or dashes), extra fields by name", async (context) => {
      const server = await startServer(context)
      const { file } = await tempDir(context)
      const fields = await listWithFields(server, "CSV")
      const path = await file("contacts.csv", toCsv(RECORDS))
      const result = await server.run(["contacts", "import", path, "--list", String(fields.listId)])
      expect(summaryOf(result)).toMatchObject({ rows: 2, accepted: 2, failed: 0, requests: 1, dry_run: false })
      expect(server.contactsOf(fields.listId)).toHaveLength(0)
      expect(result.stderr).toContain("Columns not imported (no field of that name; use --map): Notes")
      const [body, ...more] = server.importBodies(fields.listId)
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
      expectImported(server, fields)
    })

    it("a JSON array", async (context) => {
      const server = await startServer(context)
      const { file } = await tempDir(context)
      const fields = await listWithFields(server, "JSON")
      const path = await file("contacts.json", JSON.stringify(RECORDS, null, 2))
      const result = await server.run(["contacts", "import", path, "--list", String(fields.listId)])
      expect(summaryOf(result)).toMatchObject({ rows: 2, accepted: 2, failed: 0, requests: 1 })
      await server.mock.runOperations()
      expectImported(server, fields)
    })

    it("NDJSON (blank lines skipped), where later records bring keys the first lacks", async (context) => {
      const server = await startServer(context)
      const { file } = await tempDir(context)
      const fields = await listWithFields(server, "NDJSON")
      const lines = [{ Email: "first@example.com" }, ...RECORDS].map((record) => JSON.stringify(record))
      const path = await file("contacts.ndjson", `${lines[0]}\n\n${lines.slice(1).join("\n")}\n`)
      const result = await server.run(["contacts", "import", path, "--list", String(fields.listId)])
      expect(summaryOf(result)).toMatchObject({ rows: 3, accepted: 3, failed: 0, requests: 1 })
      await server.mock.runOperations()
      expect(server.contactsOf(fields.listId)).toHaveLength(3)
      expectImported(server, fields)
    })

    it("--map Column=field maps any column to a base field, or to an extra field by name or ID", async (context) => {
      const server = await startServer(context)
      const { file } = await tempDir(context)
      const { listId, plan } = await listWithFields(server, "Mapped")
      const code = await server.createField(listId, "Customer code", "text")
      server.mock.clearRequests()
      const path = await file(
        "mapped.csv",
        "Correo,Nome,Plano,Código\ncarla@example.com,Carla,basic,C-1\ndiogo@example.com,Diogo,pro,C-2\n"
      )
      const result = await server.run([
        "contacts",
        "import",
        path,
        "--list",
        String(listId),
        "--map",
        "Correo=email",
        "--map",
        "Nome=first_name",
        "--map",
        "Plano=plan",
        "--map",
        `Código=${code}`
      ])
      expect(summaryOf(result)).toMatchObject({ rows: 2, accepted: 2, failed: 0 })
      expect(result.stderr).not.toContain("Columns not imported")
      await server.mock.runOperations()
      const carla = byEmail(server.contactsOf(listId)).get("carla@example.com")
      expect(carla?.base.first_name).toBe("Carla")
      expect(extraValue(carla, plan)).toBe("basic")
      expect(extraValue(carla, code)).toBe("C-1")
    })

    it("--map to a field the list lacks: exit 2, nothing imported", async (context) => {
      const server = await startServer(context)
      const { file } = await tempDir(context)
      const listId = await server.createList("No such field")
      server.mock.clearRequests()
      const path = await file("bad-map.csv", "Correo,Cor\na@example.com,red\nb@example.com,blue\n")
      const result = await server.run(["contacts", "import", path, "--list", String(listId), "--map", "Cor=colour"])
      expect(result.code).toBe(2)
      expect(result.stderr).toContain("--map Cor=colour: the list has no field colour")
      expect(server.importBodies(listId)).toHaveLength(0)
    })
  })

  describe("import: --mode and --compare-field", () => {
    it("add keeps existing contacts, update replaces and adds, update_only replaces only", async (context) => {
      const server = await startServer(context)
      const { file } = await tempDir(context)
      const lists = {
        add: await server.createList("add"),
        update: await server.createList("update"),
        update_only: await server.createList("update_only")
      }
      for (const listId of Object.values(lists)) {
        await server.seedContacts(listId, [
          { base: { email: "ana@example.com", first_name: "Ana" } },
          { base: { email: "bruno@example.com", first_name: "Bruno" } }
        ])
      }
      server.mock.clearRequests()
      const path = await file("changes.csv", "email,first_name\nana@example.com,Ana Maria\ncarla@example.com,Carla\n")
      const results = await Promise.all(
        Object.entries(lists).map(([mode, listId]) =>
          server.run(["contacts", "import", path, "--list", String(listId), "--mode", mode])
        )
      )
      for (const result of results) expect(summaryOf(result)).toMatchObject({ rows: 2, accepted: 2, requests: 1 })
      for (const [mode, listId] of Object.entries(lists)) {
        expect(server.importBodies(listId)[0]).toMatchObject({ mode, compare_field: "email" })
      }
      await server.mock.runOperations()
      const names = (listId: number) =>
        Object.fromEntries(server.contactsOf(listId).map((contact) => [contact.base.email, contact.base.first_name]))
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
      const server = await startServer(context)
      const { file } = await tempDir(context)
      const listId = await server.createList("compare")
      const customer = await server.createField(listId, "Customer ID", "text", true)
      await server.seedContacts(listId, [
        {
          base: { email: "old@example.com", cellphone: "351-910000001" },
          extra: [{ field_id: customer, value: "C1" }]
        },
        {
          base: { email: "other@example.com", cellphone: "351-910000002" },
          extra: [{ field_id: customer, value: "C2" }]
        }
      ])
      server.mock.clearRequests()
      const byCustomer = await file("by-customer.csv", "Customer ID,email\nC1,new@example.com\nC3,third@example.com\n")
      const first = await server.run([
        "contacts",
        "import",
        byCustomer,
        "--list",
        String(listId),
        "--mode",
        "update",
        "--compare-field",
        "Customer ID"
      ])
      expect(summaryOf(first)).toMatchObject({ accepted: 2 })
      expect(server.importBodies(listId)[0]).toMatchObject({ mode: "update", compare_field: String(customer) })
      await server.mock.runOperations()
      const byId = new Map(server.contactsOf(listId).map((contact) => [extraValue(contact, customer), contact]))
      expect(byId.get("C1")?.base.email).toBe("new@example.com")
      expect(byId.get("C3")?.base.email).toBe("third@example.com")
      expect(server.contactsOf(listId)).toHaveLength(3)

      const byPhone = await file("by-phone.csv", "cellphone,first_name\n351-910000002,Phoned\n351-910000009,Nobody\n")
      const second = await server.run([
        "contacts",
        "import",
        byPhone,
        "--list",
        String(listId),
        "--mode",
        "update_only",
        "--compare-field",
        "cellphone"
      ])
      expect(summaryOf(second)).toMatchObject({ accepted: 2 })
      expect(server.importBodies(listId)[1]).toMatchObject({ mode: "update_only", compare_field: "cellphone" })
      await server.mock.runOperations()
      expect(byEmail(server.contactsOf(listId)).get("other@example.com")?.base.first_name).toBe("Phoned")
      expect(server.contactsOf(listId)).toHaveLength(3)
    })
  })

  describe("import: invalid rows", () => {
    const ROWS = [
      "email,first_name,cellphone",
      "ana@example.com,Ana,351-910000001",
      "not-an-email,Bad,351-910000002",
      "bruno@example.com,Bruno,12345",
      "carla@example.com,Carla,"
    ]

    it("are reported with their reasons, never sent, written to --failed as CSV with line and error; exit 2", async (context) => {
      const server = await startServer(context)
      const { file, dir } = await tempDir(context)
      const listId = await server.createList("invalid")
      server.mock.clearRequests()
      const path = await file("rows.csv", `${ROWS.join("\n")}\n`)
      const failed = join(dir, "failed.csv")
      const result = await server.run(["contacts", "import", path, "--list", String(listId), "--failed", failed])
      const summary = summaryOf(result, 2)
      expect(summary).toMatchObject({ rows: 4, accepted: 2, failed: 2, invalid: 2, rejected: 0, requests: 1 })
      expect(Object.keys(summary.reasons)).toEqual([
        'base.email: Expected an email address, got "not-an-email"',
        'base.cellphone: Expected a number as <country code>-<number>, e.g. 351-910000000, got "12345"'
      ])
      expect(result.stderr).toContain("2 of 4 rows were not imported")
      // Only the valid rows went out.
      const sent = server.importBodies(listId).flatMap((body) => body.contacts.map((contact) => contact.base.email))
      expect(sent).toEqual(["ana@example.com", "carla@example.com"])
      const rows = parse(await readFile(failed, "utf8"), { columns: true }) as Array<Record<string, string>>
      expect(rows).toEqual([
        {
          email: "not-an-email",
          first_name: "Bad",
          cellphone: "351-910000002",
          line: "3",
          error: 'base.email: Expected an email address, got "not-an-email"'
        },
        {
          email: "bruno@example.com",
          first_name: "Bruno",
          cellphone: "12345",
          line: "4",
          error: 'base.cellphone: Expected a number as <country code>-<number>, e.g. 351-910000000, got "12345"'
        }
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
      expect(server.contactsOf(listId)).toHaveLength(4)
    })

    it("from JSON: --failed writes a JSON array; from NDJSON: NDJSON; each record with its line and error", async (context) => {
      const server = await startServer(context)
      const { file, dir } = await tempDir(context)
      const listId = await server.createList("invalid json")
      server.mock.clearRequests()
      const records = ROWS.slice(1).map((row) => {
        const [email, first_name, cellphone] = row.split(",")
        return { email, first_name, ...(cellphone ? { cellphone } : {}) }
      })
      const json = await file("rows.json", JSON.stringify(records, null, 2))
      const ndjson = await file("rows.ndjson", records.map((record) => JSON.stringify(record)).join("\n"))
      const [fromJson, fromNdjson] = await Promise.all([
        server.run(["contacts", "import", json, "--list", String(listId), "--failed", join(dir, "failed.json")]),
        server.run(["contacts", "import", ndjson, "--list", String(listId), "--failed", join(dir, "failed.ndjson")])
      ])
      expect(summaryOf(fromJson, 2)).toMatchObject({ rows: 4, accepted: 2, invalid: 2 })
      expect(summaryOf(fromNdjson, 2)).toMatchObject({ rows: 4, accepted: 2, invalid: 2 })
      const expected = [
        { ...records[1], line: 2, error: expect.stringContaining("base.email") },
        { ...records[2], line: 3, error: expect.stringContaining("base.cellphone") }
      ]
      expect(JSON.parse(await readFile(join(dir, "failed.json"), "utf8"))).toEqual(expected)
      const lines = (await readFile(join(dir, "failed.ndjson"), "utf8")).trim().split("\n")
      expect(lines.map((line) => JSON.parse(line))).toEqual(expected)
      const sent = server.importBodies(listId).flatMap((body) => body.contacts.map((contact) => contact.base.email))
      expect(sent).not.toContain("not-an-email")
      expect(sent).not.toContain("bruno@example.com")
    })
  })

  it("--dry-run sends nothing and reports the requests it would make", async (context) => {
    const server = await startServer(context)
    const { file } = await tempDir(context)
    const listId = await server.createList("dry")
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
    expect(server.contactsOf(listId)).toHaveLength(0)
  })

  it("splits a file of more than 20 MB into requests of at most 20,000,000 bytes, every row accounted for", async (context) => {
    const server = await startServer(context)
    const { file } = await tempDir(context)
    const listId = await server.createList("large")
    server.mock.clearRequests()
    // About 9 KB of JSON per contact, multi-byte characters included: about 23.6 MB in all.
    const count = 2600
    const padding = `${"é".repeat(1500)}${"x".repeat(6000)}`
    const lines = ["email,first_name,last_name"]
    for (let i = 0; i < count; i++) lines.push(`user${i}@example.com,${padding},${i}`)
    const path = await file("large.csv", `${lines.join("\n")}\n`)
    const result = await server.run(["contacts", "import", path, "--list", String(listId)])
    const summary = summaryOf(result)
    expect(summary).toMatchObject({ rows: count, accepted: count, failed: 0 })
    const requests = server.mock
      .requests()
      .filter((request) => request.path === `/lists/${listId}/contacts/actions/import-bulk`)
    expect(requests.length).toBeGreaterThanOrEqual(2)
    expect(summary.requests).toBe(requests.length)
    const sizes = requests.map((request) => Buffer.byteLength(request.body, "utf8"))
    expect(sizes.reduce((total, size) => total + size, 0)).toBeGreaterThan(20_000_000)
    for (const request of requests) {
      expect(request.status).toBe(202)
      expect(Buffer.byteLength(request.body, "utf8")).toBeLessThanOrEqual(20_000_000)
    }
    const sent = requests.flatMap((request) =>
      (JSON.parse(request.body).contacts as Array<{ base: { email: string } }>).map((contact) => contact.base.email)
    )
    expect(sent).toHaveLength(count)
    expect(new Set(sent).size).toBe(count)
    await server.mock.runOperations()
    expect(server.contactsOf(listId)).toHaveLength(count)
  })

  describe("export", () => {
    /** A list with the Plan and Tier fields and `count` contacts. */
    const exportable = async (server: Server, count: number) => {
      const fields = await listWithFields(server, `export ${count}`)
      await server.seedContacts(
        fields.listId,
        Array.from({ length: count }, (_, i) => ({
          base: { email: `user${i}@example.com`, first_name: `User ${i}` },
          extra: [
            { field_id: fields.plan, value: i % 2 === 0 ? "pro" : "free" },
            { field_id: fields.tier, value: i % 3 === 0 ? [fields.gold, fields.silver] : [fields.gold] }
          ]
        }))
      )
      server.mock.clearRequests()
      return fields
    }

    const pageRequests = (server: Server, listId: number) =>
      server.mock
        .requests()
        .filter((request) => request.method === "GET" && request.path === `/lists/${listId}/contacts`)

    it("--format csv streams every page to stdout, with the extra fields as columns by name", async (context) => {
      const server = await startServer(context)
      const count = 2500
      const fields = await exportable(server, count)
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
        Tier: `${fields.gold};${fields.silver}`,
        status: "active"
      })
      const pages = pageRequests(server, fields.listId)
      expect(pages).toHaveLength(Math.ceil(count / 1000))
      expect(pages.map((request) => request.query)).toEqual([
        { offset: "0", limit: "1000" },
        { offset: "1000", limit: "1000" },
        { offset: "2000", limit: "1000" }
      ])
    })

    it("--format ndjson --output writes one contact a line to the file", async (context) => {
      const server = await startServer(context)
      const { dir } = await tempDir(context)
      const count = 2000
      const fields = await exportable(server, count)
      const output = join(dir, "contacts.ndjson")
      const result = await server.run([
        "contacts",
        "export",
        "--list",
        String(fields.listId),
        "--format",
        "ndjson",
        "--output",
        output
      ])
      expect(result.code, result.stderr).toBe(0)
      expect(result.stdout).toBe("")
      const contacts = (await readFile(output, "utf8"))
        .trim()
        .split("\n")
        .map((line) => JSON.parse(line))
      expect(contacts).toHaveLength(count)
      expect(contacts[0]).toMatchObject({ base: { email: "user0@example.com" }, extra: expect.any(Array) })
      expect(pageRequests(server, fields.listId)).toHaveLength(Math.ceil(count / 1000))
    })

    it("a CSV export imports back into another list", async (context) => {
      const server = await startServer(context)
      const { dir } = await tempDir(context)
      const source = await exportable(server, 30)
      const output = join(dir, "contacts.csv")
      const exported = await server.run(["contacts", "export", "--list", String(source.listId), "--output", output])
      expect(exported.code, exported.stderr).toBe(0)
      // A target list with a Plan field of another ID (and no Tier: option IDs belong to their list).
      const targetId = await server.createList("target")
      await server.createField(targetId, "Padding", "text")
      const plan = await server.createField(targetId, "Plan", "text")
      const imported = await server.run(["contacts", "import", output, "--list", String(targetId)])
      expect(summaryOf(imported)).toMatchObject({ rows: 30, accepted: 30, failed: 0 })
      expect(imported.stderr).toContain(
        "Columns not imported (no field of that name; use --map): contact_id, tags, Tier"
      )
      await server.mock.runOperations()
      const contacts = byEmail(server.contactsOf(targetId))
      expect(contacts.size).toBe(30)
      expect(contacts.get("user3@example.com")?.base.first_name).toBe("User 3")
      expect(extraValue(contacts.get("user3@example.com"), plan)).toBe("free")
    })
  })
})
