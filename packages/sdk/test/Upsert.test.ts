/**
 * `egoi.contacts.upsert` against the mock: what it did (created, updated, unchanged), tags by name,
 * extra fields by name, the documented 409 race, and bad input refused before anything is sent.
 */
import { EgoiMock } from "@egoi-ts/test-kit"
import { afterEach, beforeEach, describe, expect, it } from "vitest"
import { Contacts } from "../src/groups/contacts.js"
import { Egoi, EgoiConflictError, EgoiValidationError } from "../src/index.js"

describe("egoi.contacts.upsert", () => {
  let mock: EgoiMock.EgoiMock
  let egoi: Egoi

  beforeEach(() => {
    mock = EgoiMock.make()
    mock.seed({
      lists: [{ internal_name: "Newsletter" }],
      tags: [{ name: "vip" }],
      extraFields: [
        { list_id: 1, name: "Plan", format: "options", options: [{ en: "Basic" }, { en: "Gold", pt: "Ouro" }] },
        { list_id: 1, name: "Birthday", format: "date" },
        { list_id: 1, name: "Customer ID", format: "text", unique: true }
      ]
    })
    egoi = new Egoi({ apiKey: "k", baseUrl: EgoiMock.IN_PROCESS_URL, fetch: mock.fetch, rateLimit: false })
  })
  afterEach(async () => {
    await egoi.close()
    await mock.dispose()
  })

  const contactsOf = () => mock.snapshot().contacts as unknown as ReadonlyArray<Record<string, any>>

  it("creates, then updates, then reports unchanged, with extra fields and tags by name", async () => {
    const params = {
      list_id: 1,
      base: { email: "ana@example.com", first_name: "Ana" },
      fields: { Plan: "gold", Birthday: "1990-01-31" },
      tags: ["vip", "customer"]
    }
    const created = await egoi.contacts.upsert(params)
    expect(created).toMatchObject({ action: "created", raced: false })
    expect(created.tags_attached).toHaveLength(2)

    const [stored] = contactsOf()
    expect(stored!.contact_id).toBe(created.contact_id)
    expect(stored!.extra).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field_id: 1, value: [2] }),
        expect.objectContaining({ field_id: 2, value: "1990-01-31" })
      ])
    )
    // "customer" did not exist: it was created, and both tags are on the contact.
    const tags = await egoi.tags.getAllTags()
    expect(tags.items.map((tag) => tag.name).sort()).toEqual(["customer", "vip"])
    expect([...stored!.tags].sort()).toEqual(tags.items.map((tag) => tag.tag_id).sort())

    expect(await egoi.contacts.upsert(params)).toEqual({
      action: "unchanged",
      contact_id: created.contact_id,
      tags_attached: [],
      raced: false
    })

    const updated = await egoi.contacts.upsert({ ...params, fields: { Plan: "Ouro", Birthday: "1991-02-01" } })
    expect(updated).toMatchObject({ action: "updated", contact_id: created.contact_id, tags_attached: [] })
    expect(contactsOf()).toHaveLength(1)
    expect(contactsOf()[0]!.extra).toEqual(
      expect.arrayContaining([expect.objectContaining({ field_id: 2, value: "1991-02-01" })])
    )
  })

  it("a create answered 409 because the contact appeared meanwhile updates the contact the 409 names", async () => {
    // Another writer creates the same contact between upsert's look-up and its create.
    let raced = false
    const racingFetch: typeof fetch = async (input, init) => {
      const response = await mock.fetch(input, init)
      const url = new URL(String(input instanceof Request ? input.url : input))
      if (!raced && (init?.method ?? "GET") === "GET" && url.pathname === "/lists/1/contacts") {
        raced = true
        const other = await mock.fetch(`${EgoiMock.IN_PROCESS_URL}/lists/1/contacts`, {
          method: "POST",
          headers: { Apikey: "other", "content-type": "application/json" },
          body: JSON.stringify({ base: { email: "rui@example.com", first_name: "Someone else" } })
        })
        expect(other.status).toBe(201)
      }
      return response
    }
    const client = new Contacts({ apiKey: "k", baseUrl: EgoiMock.IN_PROCESS_URL, fetch: racingFetch, rateLimit: false })
    try {
      const result = await client.upsert({
        list_id: 1,
        base: { email: "rui@example.com", first_name: "Rui" },
        tags: [1]
      })
      expect(result).toMatchObject({ action: "updated", raced: true, tags_attached: [1] })
      const all = contactsOf()
      expect(all).toHaveLength(1)
      expect(all[0]).toMatchObject({ contact_id: result.contact_id, tags: [1] })
      expect(all[0]!.base.first_name).toBe("Rui")
      const statuses = mock.requests().map((request) => `${request.method} ${request.path} ${request.status}`)
      expect(statuses).toContain("POST /lists/1/contacts 409")
    } finally {
      await client.close()
    }
  })

  it("a 409 on another unique field is a real conflict and fails", async () => {
    await egoi.contacts.createContact({ list_id: 1, base: { email: "first@example.com", cellphone: "351-910000000" } })
    await expect(
      egoi.contacts.upsert({ list_id: 1, base: { email: "second@example.com", cellphone: "351-910000000" } })
    ).rejects.toBeInstanceOf(EgoiConflictError)
    expect(contactsOf()).toHaveLength(1)
  })

  it("finds the contact by a unique extra field given by name", async () => {
    const first = await egoi.contacts.upsert({
      list_id: 1,
      key: "Customer ID",
      base: { email: "ana@example.com" },
      fields: { "Customer ID": "C-1" }
    })
    const second = await egoi.contacts.upsert({
      list_id: 1,
      key: "customer id",
      base: { email: "ana.new@example.com" },
      fields: { "Customer ID": "C-1" }
    })
    expect(second).toMatchObject({ action: "updated", contact_id: first.contact_id })
    expect(contactsOf()[0]!.base.email).toBe("ana.new@example.com")
  })

  it("refuses an unknown field, an unknown option or a missing key before sending anything, naming it", async () => {
    mock.clearRequests()
    const refusal = (params: Parameters<Egoi["contacts"]["upsert"]>[0]) =>
      egoi.contacts.upsert(params).then(
        () => expect.unreachable("accepted"),
        (error) => {
          expect(error).toBeInstanceOf(EgoiValidationError)
          return (error as EgoiValidationError).issues.map((issue) => issue.path)
        }
      )
    expect(await refusal({ list_id: 1, base: { email: "a@example.com" }, fields: { Plann: "Gold" } })).toEqual([
      "fields.Plann"
    ])
    expect(await refusal({ list_id: 1, base: { email: "a@example.com" }, fields: { Plan: "Platinum" } })).toEqual([
      "fields.Plan"
    ])
    expect(await refusal({ list_id: 1, base: { first_name: "No email" } })).toEqual(["base.email"])
    expect(await refusal({ list_id: 1, base: { email: "not an email" } })).toContain("base.email")
    // Only the list's fields were read; no contact was looked up, created or changed.
    expect(mock.requests().every((request) => request.method === "GET" && request.path === "/lists/1/fields")).toBe(
      true
    )
    expect(contactsOf()).toHaveLength(0)
  })

  it("finds a field added after the fields were cached, and decodes a contact's fields by name", async () => {
    await egoi.contacts.upsert({ list_id: 1, base: { email: "ana@example.com" }, fields: { Plan: "Basic" } })
    await egoi.fields.createExtraField({ list_id: 1, name: "City", format: "text" })
    const result = await egoi.contacts.upsert({
      list_id: 1,
      base: { email: "ana@example.com" },
      fields: { City: "Porto", Plan: ["Gold", "Basic"] }
    })
    expect(result.action).toBe("updated")
    const contact = await egoi.contacts.getContact({ list_id: 1, contact_id: result.contact_id })
    expect(await egoi.contacts.fieldsByName(1, contact)).toEqual({ Plan: ["Gold", "Basic"], City: "Porto" })
  })
})
