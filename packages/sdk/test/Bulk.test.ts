import { EgoiMock } from "@egoi-ts/test-kit"
import { afterEach, beforeEach, describe, expect, it } from "vitest"
import {
  type BulkOrder,
  type BulkProgress,
  type ContactInput,
  Egoi,
  EgoiNotFoundError,
  EgoiUnprocessableEntityError,
  EgoiValidationError,
  type ProductInput
} from "../src/index.js"

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

  it("imports any number of products into a catalog, upserting by identifier, with progress", async () => {
    const catalog = await egoi.ecommerce.createCatalog({ title: "Shop", language: "en", currency: "eur" })
    const products = (count: number, name: string): Array<ProductInput> =>
      Array.from({ length: count }, (_, i) => ({ product_identifier: `sku-${i}`, name: `${name} ${i}`, price: i }))
    const progress: Array<BulkProgress> = []
    const report = await egoi.bulk.importProducts(products(2_500, "Shirt"), {
      catalog_id: catalog.catalog_id,
      batchSize: 1_000,
      onProgress: (step) => progress.push(step)
    })
    expect(report).toEqual({ requests: 3, accepted: 2_500, failed: [], unknown: [] })
    expect(progress.map((step) => step.accepted)).toEqual([1_000, 2_000, 2_500])
    await egoi.bulk.importProducts(products(10, "Updated"), { catalog_id: catalog.catalog_id })
    await mock.runOperations()
    const page = await egoi.ecommerce.getAllProducts({ catalog_id: catalog.catalog_id, limit: 1 })
    expect(page.total_items).toBe(2_500)
    expect(
      (await egoi.ecommerce.getProduct({ catalog_id: catalog.catalog_id, product_identifier: "sku-3" })).name
    ).toBe("Updated 3")
  })

  it("reports a product with a bad field with the records of its request, importing the others", async () => {
    const catalog = await egoi.ecommerce.createCatalog({ title: "Shop", language: "en", currency: "eur" })
    const input: Array<ProductInput> = Array.from({ length: 30 }, (_, i) => ({
      product_identifier: `p${i}`,
      name: "P"
    }))
    input[15] = { product_identifier: "has space", name: "Bad" }
    const report = await egoi.bulk.importProducts(input, { catalog_id: catalog.catalog_id, batchSize: 10 })
    expect(report.accepted).toBe(20)
    expect(report.failed).toHaveLength(1)
    expect(report.failed[0]!.first).toBe(10)
    expect(report.failed[0]!.records).toEqual(input.slice(10, 20))
    expect(report.failed[0]!.error).toBeInstanceOf(EgoiValidationError)
    expect(report.failed[0]!.error.message).toContain("products.5.product_identifier")
  })

  it("imports a list's orders, reporting a request E-goi refused with its orders", async () => {
    const orders: Array<BulkOrder> = Array.from({ length: 5 }, (_, i) => ({
      order_id: `o${i}`,
      contact_id: `buyer${i}@example.com`,
      revenue: 10,
      store_url: "https://shop.example.com",
      date: "2024-05-01 10:00:00",
      items: [{ id: "sku-1", name: "Shirt", quantity: 1 }]
    }))
    const report = await egoi.bulk.importOrders(orders, { list_id: listId, batchSize: 2 })
    expect(report).toEqual({ requests: 3, accepted: 5, failed: [], unknown: [] })
    await mock.runOperations()
    expect((await egoi.contacts.getAllContacts({ list_id: listId })).total_items).toBe(5)
    const missing = await egoi.bulk.importOrders(orders, { list_id: 999 })
    expect(missing.accepted).toBe(0)
    expect(missing.failed.map((failure) => failure.records.length)).toEqual([5])
    expect(missing.failed[0]!.error).toBeInstanceOf(EgoiNotFoundError)
  })
})
