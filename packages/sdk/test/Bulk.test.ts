import { EgoiMock } from "@egoi-ts/test-kit"
import { afterEach, beforeEach, describe, expect, it } from "vitest"
import { type BulkProgress, type ContactInput, Egoi, EgoiUnprocessableEntityError } from "../src/index.js"

describe("egoi.bulk", () => {
  let mock: EgoiMock.EgoiMock
  let egoi: Egoi
  let listId: number

  beforeEach(async () => {
    mock = EgoiMock.make({ rateLimit: false })
    egoi = new Egoi({ apiKey: "bulk-key", baseUrl: EgoiMock.IN_PROCESS_URL, fetch: mock.fetch, rateLimit: false })
    listId = (await egoi.lists.createList({ internal_name: "Bulk" })).list_id
  })
  afterEach(async () => {
    await egoi.close()
    await mock.dispose()
  })

  const contacts = (count: number): Array<ContactInput> =>
    Array.from({ length: count }, (_, i) => ({ base: { email: `person${i}@example.com`, first_name: `P${i}` } }))

  const importRequests = () => mock.requests().filter((request) => request.path.endsWith("/actions/import-bulk"))

  it("imports any number of contacts in requests of batchSize, reporting progress", async () => {
    const progress: Array<BulkProgress> = []
    const report = await egoi.bulk.importContacts(contacts(2_500), {
      list_id: listId,
      mode: "add",
      compare_field: "email",
      batchSize: 1_000,
      onProgress: (step) => progress.push(step)
    })
    expect(report).toEqual({ requests: 3, accepted: 2_500, failed: [], unknown: [] })
    expect(progress.map((step) => step.accepted)).toEqual([1_000, 2_000, 2_500])
    expect(importRequests().map((request) => JSON.parse(request.body).contacts.length)).toEqual([1_000, 1_000, 500])
    await mock.runOperations()
    expect((await egoi.contacts.getAllContacts({ list_id: listId })).total_items).toBe(2_500)
  })

  it("reports a rejected request with its contacts and error, and goes on with the others", async () => {
    mock.faults.sequence(`POST /lists/${listId}/contacts/actions/import-bulk`, ["pass", { status: 422 }])
    const input = contacts(3_000)
    const report = await egoi.bulk.importContacts(input, {
      list_id: listId,
      mode: "add",
      compare_field: "email",
      batchSize: 1_000,
      concurrency: 1
    })
    expect(report.accepted).toBe(2_000)
    expect(report.failed).toHaveLength(1)
    const [failure] = report.failed
    expect(failure!.first).toBe(1_000)
    expect(failure!.records).toEqual(input.slice(1_000, 2_000))
    expect(failure!.error).toBeInstanceOf(EgoiUnprocessableEntityError)
  })

  it("takes an async iterable and sends a lone contact through createContact", async () => {
    async function* one() {
      yield { base: { email: "alone@example.com" } }
    }
    const report = await egoi.bulk.importContacts(one(), { list_id: listId, mode: "add", compare_field: "email" })
    expect(report).toEqual({ requests: 1, accepted: 1, failed: [], unknown: [] })
    expect(importRequests()).toHaveLength(0)
    expect((await egoi.contacts.getAllContacts({ list_id: listId })).items[0]?.base.email).toBe("alone@example.com")
  })

  it("forgets and tags any number of contacts, 1000 per request", async () => {
    await egoi.bulk.importContacts(contacts(1_500), { list_id: listId, mode: "add", compare_field: "email" })
    await mock.runOperations()
    const ids: Array<string> = []
    for await (const contact of egoi.contacts.getAllContacts({ list_id: listId })) ids.push(contact.base.contact_id)
    const tag = await egoi.tags.createTag({ name: "bulk" })
    const tagged = await egoi.bulk.tagContacts(ids, { list_id: listId, tag_id: tag.tag_id })
    expect(tagged).toEqual({ requests: 2, accepted: 1_500, failed: [], unknown: [] })
    const sample = await egoi.contacts.getContact({ list_id: listId, contact_id: ids[1_234]! })
    expect(sample.tags).toContain(tag.tag_id)
    const forgotten = await egoi.bulk.forgetContacts(ids.slice(0, 1_200), { list_id: listId })
    expect(forgotten).toEqual({ requests: 2, accepted: 1_200, failed: [], unknown: [] })
    expect((await egoi.contacts.getAllContacts({ list_id: listId })).total_items).toBe(300)
  })
})
