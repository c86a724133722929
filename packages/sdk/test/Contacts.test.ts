/**
 * The SDK's paging and bulk work on contacts at scale: requests split under the body limit with
 * every contact accounted for, and pages fetched lazily. What the mock does with contacts is tested
 * in the test-kit.
 */
import { EgoiMock } from "@egoi-ts/test-kit"
import { afterEach, beforeEach, describe, expect, it } from "vitest"
import { type ContactInput, Egoi } from "../src/index.js"

describe("egoi bulk work and pagination at scale", () => {
  let mock: EgoiMock.EgoiMock
  let egoi: Egoi

  beforeEach(() => {
    // Whole bodies are read back from the log, which by default keeps only their first 64 KiB of the last 1,000.
    mock = EgoiMock.make({ operations: "manual", requestLog: { maxBodyBytes: 20_000_000, maxBytes: 200_000_000 } })
    egoi = new Egoi({ apiKey: "k", baseUrl: EgoiMock.IN_PROCESS_URL, fetch: mock.fetch, rateLimit: false })
  })
  afterEach(async () => {
    await egoi.close()
    await mock.dispose()
  })

  const MAX_BODY = 20_000_000

  it("a 50 MB import becomes requests of at most 20 MB each, with every contact accounted for", async () => {
    const listId = (await egoi.lists.createList({ internal_name: "Big" })).list_id
    const notes = Number(
      (await egoi.fields.createExtraField({ list_id: listId, name: "Notes", format: "text" })).field_id
    )
    const total = 25_000
    const filler = "x".repeat(2_000)
    const contacts = function* (): Generator<ContactInput> {
      for (let i = 0; i < total; i++) {
        yield { base: { email: `contact-${i}@example.com` }, extra: [{ field_id: notes, value: `${i}:${filler}` }] }
      }
    }
    const progress: Array<number> = []
    mock.clearRequests()
    const report = await egoi.bulk.importContacts(contacts(), {
      list_id: listId,
      mode: "add",
      compare_field: "email",
      onProgress: ({ requests }) => progress.push(requests)
    })
    expect(report).toMatchObject({ accepted: total, failed: [] })

    const imports = mock.requests().filter((request) => request.path.endsWith("/contacts/actions/import-bulk"))
    expect(imports.length).toBe(report.requests)
    expect(progress).toEqual(imports.map((_, i) => i + 1))
    const sizes = imports.map((request) => request.bodyBytes)
    expect(imports.every((request) => !request.bodyTruncated)).toBe(true)
    expect(sizes.reduce((sum, size) => sum + size, 0)).toBeGreaterThan(50_000_000)
    expect(imports.length).toBeGreaterThanOrEqual(3)
    for (const size of sizes) expect(size).toBeLessThanOrEqual(MAX_BODY)
    expect(imports.every((request) => request.status === 202)).toBe(true)
    const sent = imports.flatMap((request) =>
      (JSON.parse(request.body).contacts as Array<{ base: { email: string } }>).map((contact) => contact.base.email)
    )
    expect(sent).toHaveLength(total)
    expect(new Set(sent).size).toBe(total)

    await mock.runOperations()
    const page = await egoi.contacts.getAllContacts({ list_id: listId, limit: 1 })
    expect(page.total_items).toBe(total)
  }, 60_000)

  it("iterating 25,000 contacts fetches pages lazily: one page for the first 10, 25 pages of 1000 for all", async () => {
    const listId = (await egoi.lists.createList({ internal_name: "Many" })).list_id
    await egoi.contacts.actionImportBulk({
      list_id: listId,
      mode: "add",
      compare_field: "email",
      contacts: Array.from({ length: 25_000 }, (_, i) => ({ base: { email: `c${i}@example.com` } }))
    })
    await mock.runOperations()
    const pageRequests = () =>
      mock.requests().filter((request) => request.method === "GET" && request.path === `/lists/${listId}/contacts`)

    mock.clearRequests()
    const firstTen: Array<string> = []
    for await (const contact of egoi.contacts.getAllContacts({ list_id: listId })) {
      firstTen.push(contact.base.email!)
      if (firstTen.length === 10) break
    }
    expect(firstTen).toEqual(Array.from({ length: 10 }, (_, i) => `c${i}@example.com`))
    expect(pageRequests().map((request) => request.query)).toEqual([{ offset: "0", limit: "1000" }])

    mock.clearRequests()
    const ids = new Set<string>()
    let count = 0
    for await (const contact of egoi.contacts.getAllContacts({ list_id: listId })) {
      ids.add(contact.base.contact_id)
      count++
    }
    expect(count).toBe(25_000)
    expect(ids.size).toBe(25_000)
    expect(pageRequests().map((request) => request.query)).toEqual(
      Array.from({ length: 25 }, (_, i) => ({ offset: String(i * 1000), limit: "1000" }))
    )
  }, 60_000)
})
