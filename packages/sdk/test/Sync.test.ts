/**
 * `egoi.contacts.sync` against the mock: the difference shown by a dry run, applied, and a sync
 * interrupted by a failed request resumed by running it again, with no contact duplicated.
 */
import { EgoiMock } from "@egoi-ts/test-kit"
import { afterEach, beforeEach, describe, expect, it } from "vitest"
import { type ContactInput, Egoi } from "../src/index.js"

describe("egoi.contacts.sync", () => {
  let mock: EgoiMock.EgoiMock
  let egoi: Egoi

  beforeEach(() => {
    mock = EgoiMock.make()
    mock.seed({
      lists: [{ internal_name: "Customers" }],
      contacts: [
        { list_id: 1, base: { email: "same@example.com", first_name: "Same" } },
        { list_id: 1, base: { email: "changed@example.com", first_name: "Old name" } },
        { list_id: 1, base: { email: "gone@example.com", first_name: "Gone" } },
        { list_id: 1, base: { email: "removed@example.com", status: "removed" } }
      ]
    })
    egoi = new Egoi({ apiKey: "k", baseUrl: EgoiMock.IN_PROCESS_URL, fetch: mock.fetch, rateLimit: false })
  })
  afterEach(async () => {
    await egoi.close()
    await mock.dispose()
  })

  type Stored = { base: Record<string, string> }
  const stored = () => mock.snapshot().contacts as unknown as ReadonlyArray<Stored>
  const byEmail = () => new Map(stored().map((contact) => [contact.base.email, contact.base]))

  const source: Array<ContactInput> = [
    { base: { email: "same@example.com", first_name: "Same" } },
    { base: { email: "changed@example.com", first_name: "New name" } },
    ...Array.from({ length: 6 }, (_, i) => ({ base: { email: `new${i}@example.com`, first_name: `New ${i}` } })),
    { base: { first_name: "No email" } },
    { base: { email: "new0@example.com", first_name: "Again" } }
  ]

  it("a dry run shows new, changed, unchanged and missing contacts and changes nothing", async () => {
    const before = mock.snapshot()
    const { plan, imported } = await egoi.contacts.sync(source, { list_id: 1, dryRun: true })
    expect(plan.create.map((contact) => contact.base?.email)).toEqual(
      [0, 1, 2, 3, 4, 5].map((i) => `new${i}@example.com`)
    )
    expect(plan.update.map((contact) => contact.base?.first_name)).toEqual(["New name"])
    expect(plan.unchanged).toBe(1)
    expect(plan.missing.map((contact) => contact.key)).toEqual(["gone@example.com"])
    expect(plan.invalid).toEqual([8])
    expect(plan.repeated).toEqual([9])
    expect(imported).toBeUndefined()
    expect(mock.snapshot()).toEqual(before)
  })

  it("interrupted by a failed request, then run again: the rest is applied, and no contact is duplicated", async () => {
    // The second import request is refused: the first run stops part-way.
    mock.faults.sequence("POST /lists/1/contacts/actions/import-bulk", ["pass", { status: 400 }])
    const first = await egoi.contacts.sync(source, { list_id: 1, missing: "unsubscribe", batchSize: 3 })
    expect(first.imported!.failed).toHaveLength(1)
    const failedRecords = first.imported!.failed[0]!.records
    // Every change accounted for: accepted, or in the failed request with its records.
    expect(first.imported!.accepted + failedRecords.length).toBe(7)
    expect(failedRecords.length).toBeGreaterThan(0)
    expect(first.missing).toMatchObject({ accepted: 1, failed: [] })

    const second = await egoi.contacts.sync(source, { list_id: 1, missing: "unsubscribe", batchSize: 3 })
    // Only what the failed request carried is still to do.
    expect([...second.plan.create, ...second.plan.update]).toEqual(failedRecords)
    expect(second.plan.missing).toEqual([])
    expect(second.imported).toMatchObject({ accepted: failedRecords.length, failed: [], unknown: [] })

    const third = await egoi.contacts.sync(source, { list_id: 1, dryRun: true })
    expect(third.plan).toMatchObject({ create: [], update: [], unchanged: 8, missing: [] })

    const emails = stored().map((contact) => contact.base.email)
    expect(new Set(emails).size).toBe(emails.length)
    expect(byEmail().get("changed@example.com")).toMatchObject({ first_name: "New name" })
    expect(byEmail().get("gone@example.com")).toMatchObject({ status: "removed" })
    expect([0, 1, 2, 3, 4, 5].every((i) => byEmail().has(`new${i}@example.com`))).toBe(true)
  })

  it("forgets the missing contacts when told to", async () => {
    const result = await egoi.contacts.sync(source.slice(0, 2), { list_id: 1, missing: "forget" })
    expect(result.missing).toMatchObject({ accepted: 1, failed: [] })
    expect(byEmail().has("gone@example.com")).toBe(false)
    expect(byEmail().has("removed@example.com")).toBe(true)
  })
})
