/**
 * E-commerce in the mock: catalogs hold products unique by identifier, imported in the background
 * by mode; carts and orders go to a connected site and link to a contact of its list (by ID, by a
 * unique value, or created), which shows in the contact's activities; bulk orders import into a list.
 */
import { it } from "@effect/vitest"
import { Bulk, EgoiClient, EgoiError } from "@egoi-ts/core"
import * as Effect from "effect/Effect"
import { describe, expect } from "vitest"
import * as EgoiMock from "../src/EgoiMock.js"
import { clientAndMock, mockClient, NOW_TEXT, raw, seed } from "./utils/client.js"

const egoi = EgoiClient.EgoiClient

const runOperations = Effect.flatMap(EgoiMock.EgoiMockService, (mock) => Effect.promise(() => mock.runOperations()))

const snapshot = Effect.map(EgoiMock.EgoiMockService, (mock) => mock.snapshot())

const PRODUCT_EXISTS = { product_already_exists: "The provided product already exists in the catalog" }

const shop = seed({
  lists: [{ internal_name: "Customers" }],
  connectedSites: [{ domain: "shop.example.com", list_id: 1 }],
  contacts: [{ list_id: 1, contact_id: "00000000aa", base: { email: "ana@example.com", first_name: "Ana" } }],
  catalogs: [{ title: "Main", language: "en", currency: "eur" }]
})

const activitiesOf = (contactId: string) =>
  Effect.flatMap(egoi, (client) =>
    Effect.map(client.contacts.getAllContactActivities({ list_id: 1, contact_id: contactId, limit: 100 }), (page) =>
      page.items.map((activity) => activity.action_name)
    )
  )

describe("catalogs", () => {
  it.effect("creates, lists and deletes catalogs, the products going with their catalog", () =>
    Effect.gen(function* () {
      const { egoi } = yield* clientAndMock
      const created = yield* egoi.ecommerce.createCatalog({ title: "Summer", language: "pt", currency: "eur" })
      expect(created).toEqual({
        catalog_id: 1,
        title: "Summer",
        language: "pt",
        currency: "eur",
        created: NOW_TEXT,
        updated: NOW_TEXT
      })
      yield* egoi.ecommerce.createProduct({ catalog_id: 1, product_identifier: "p1", name: "Shirt" })
      expect(yield* egoi.ecommerce.getAllCatalogs()).toEqual({ total_items: 1, items: [created] })
      yield* egoi.ecommerce.deleteCatalog({ catalog_id: 1 })
      expect((yield* egoi.ecommerce.getAllCatalogs()).items).toEqual([])
      expect((yield* snapshot).products).toEqual([])
    }).pipe(Effect.provide(mockClient()))
  )

  it.effect("answers 422 naming catalog_id for a catalog that does not exist (E-goi documents no 404)", () =>
    Effect.gen(function* () {
      const { egoi } = yield* clientAndMock
      const errors = { catalog_id: ["Catalog 7 does not exist"] }
      const attempts: ReadonlyArray<Effect.Effect<unknown, unknown>> = [
        egoi.ecommerce.deleteCatalog({ catalog_id: 7 }),
        egoi.ecommerce.getAllProducts({ catalog_id: 7 }),
        egoi.ecommerce.createProduct({ catalog_id: 7, product_identifier: "p1", name: "Shirt" }),
        egoi.ecommerce.getProduct({ catalog_id: 7, product_identifier: "p1" }),
        egoi.ecommerce.ImportProducts({ catalog_id: 7, products: [{ product_identifier: "p1", name: "Shirt" }] })
      ]
      for (const attempt of attempts) {
        const error = yield* Effect.flip(attempt)
        expect(error).toBeInstanceOf(EgoiError.UnprocessableEntity)
        expect(error).toMatchObject({ errors })
      }
    }).pipe(Effect.provide(mockClient()))
  )

  it.effect("answers 422 to a catalog sent without its currency, and 401 without the key", () =>
    Effect.gen(function* () {
      const { mock } = yield* clientAndMock
      expect((yield* raw("POST", "/catalogs", { title: "T", language: "en" })).status).toBe(422)
      const response = yield* Effect.promise(() => mock.fetch(`${EgoiMock.IN_PROCESS_URL}/catalogs`))
      expect(response.status).toBe(401)
      expect((yield* snapshot).catalogs).toEqual([])
    }).pipe(Effect.provide(mockClient()))
  )
})

describe("products", () => {
  it.effect("creates a product with its documented defaults, shows, updates and deletes it", () =>
    Effect.gen(function* () {
      const { egoi } = yield* clientAndMock
      yield* shop
      const created = yield* egoi.ecommerce.createProduct({
        catalog_id: 1,
        product_identifier: "JEANS-32.blue",
        name: "Blue jeans",
        categories: ["Clothing>Women>Blue Jeans"],
        custom_attributes: [{ alias: "sale_price_usd", value: "15.45" }],
        price: 20
      })
      expect(created).toEqual({
        catalog_id: 1,
        product_identifier: "JEANS-32.blue",
        name: "Blue jeans",
        categories: ["Clothing>Women>Blue Jeans"],
        related_products: [],
        custom_attributes: [{ alias: "sale_price_usd", value: "15.45" }],
        price: 20,
        sale_price: 0
      })
      expect(yield* egoi.ecommerce.getProduct({ catalog_id: 1, product_identifier: "JEANS-32.blue" })).toEqual(created)
      const updated = yield* egoi.ecommerce.updateProduct({
        catalog_id: 1,
        product_identifier: "JEANS-32.blue",
        sale_price: 15,
        related_products: ["BELT-1"]
      })
      expect(updated).toEqual({ ...created, sale_price: 15, related_products: ["BELT-1"] })
      yield* egoi.ecommerce.deleteProduct({ catalog_id: 1, product_identifier: "JEANS-32.blue" })
      const gone = yield* Effect.flip(egoi.ecommerce.getProduct({ catalog_id: 1, product_identifier: "JEANS-32.blue" }))
      expect(gone).toBeInstanceOf(EgoiError.UnprocessableEntity)
      expect(gone).toMatchObject({ errors: { product_identifier: ["Product JEANS-32.blue is not in catalog 1"] } })
    }).pipe(Effect.provide(mockClient()))
  )

  it.effect("keeps identifiers unique per catalog: 409 in the same catalog, accepted in another", () =>
    Effect.gen(function* () {
      const { egoi } = yield* clientAndMock
      yield* shop
      yield* egoi.ecommerce.createCatalog({ title: "Outlet", language: "en", currency: "usd" })
      yield* egoi.ecommerce.createProduct({ catalog_id: 1, product_identifier: "p1", name: "Shirt" })
      const twice = yield* Effect.flip(
        egoi.ecommerce.createProduct({ catalog_id: 1, product_identifier: "p1", name: "Other" })
      )
      expect(twice).toBeInstanceOf(EgoiError.Conflict)
      expect(twice).toMatchObject({ errors: PRODUCT_EXISTS })
      const other = yield* egoi.ecommerce.createProduct({ catalog_id: 2, product_identifier: "p1", name: "Other" })
      expect(other.catalog_id).toBe(2)
      expect((yield* egoi.ecommerce.getProduct({ catalog_id: 1, product_identifier: "p1" })).name).toBe("Shirt")
    }).pipe(Effect.provide(mockClient()))
  )

  it.effect("answers 404 to updating or deleting a product that is not in the catalog", () =>
    Effect.gen(function* () {
      const { egoi } = yield* clientAndMock
      yield* shop
      const update = yield* Effect.flip(
        egoi.ecommerce.updateProduct({ catalog_id: 1, product_identifier: "x", price: 1 })
      )
      expect(update).toBeInstanceOf(EgoiError.NotFound)
      expect(update).toMatchObject({ detail: "Product x is not in catalog 1" })
      const remove = yield* Effect.flip(egoi.ecommerce.deleteProduct({ catalog_id: 1, product_identifier: "x" }))
      expect(remove).toBeInstanceOf(EgoiError.NotFound)
    }).pipe(Effect.provide(mockClient()))
  )

  it.effect("filters products by exact codes and prices, text by contains, custom attributes by value, and pages", () =>
    Effect.gen(function* () {
      const { egoi } = yield* clientAndMock
      yield* shop
      yield* seed({
        products: [
          { catalog_id: 1, product_identifier: "a", name: "Red shirt", brand: "Acme", sku: "S-1", price: 10 },
          {
            catalog_id: 1,
            product_identifier: "b",
            name: "Blue shirt",
            brand: "Acme",
            sku: "S-2",
            price: 12,
            custom_attributes: [{ alias: "color", value: "blue" }]
          },
          { catalog_id: 1, product_identifier: "c", name: "Blue jeans", brand: "Other", sku: "S-3", price: 12 }
        ]
      })
      const ids = (page: { readonly items: ReadonlyArray<{ readonly product_identifier: string }> }) =>
        page.items.map((product) => product.product_identifier)
      expect(ids(yield* egoi.ecommerce.getAllProducts({ catalog_id: 1, name: "shirt" }))).toEqual(["a", "b"])
      expect(ids(yield* egoi.ecommerce.getAllProducts({ catalog_id: 1, sku: "S" }))).toEqual([])
      expect(ids(yield* egoi.ecommerce.getAllProducts({ catalog_id: 1, price: 12, brand: "acme" }))).toEqual(["b"])
      expect(
        ids(yield* egoi.ecommerce.getAllProducts({ catalog_id: 1, custom_attributes: { color: "blue" } }))
      ).toEqual(["b"])
      const page = yield* egoi.ecommerce.getAllProducts({ catalog_id: 1, offset: 1, limit: 1 })
      expect({ total: page.total_items, ids: ids(page) }).toEqual({ total: 3, ids: ["b"] })
    }).pipe(Effect.provide(mockClient()))
  )

  it.effect("imports products as a queued operation: update upserts, add keeps, rewrite replaces", () =>
    Effect.gen(function* () {
      const { egoi } = yield* clientAndMock
      yield* shop
      yield* seed({ products: [{ catalog_id: 1, product_identifier: "a", name: "Old A", price: 5 }] })
      const accepted = yield* egoi.ecommerce.ImportProducts({
        catalog_id: 1,
        products: [
          { product_identifier: "a", name: "New A" },
          { product_identifier: "b", name: "B" }
        ]
      })
      expect(accepted).toEqual({ result: "success" })
      const queued = yield* egoi.operations.getAllOperations()
      expect(queued.items).toMatchObject([{ type: "import_ecommerce", status: "queued" }])
      expect((yield* egoi.ecommerce.getAllProducts({ catalog_id: 1 })).total_items).toBe(1)
      yield* runOperations
      const afterUpdate = yield* egoi.ecommerce.getAllProducts({ catalog_id: 1 })
      expect(afterUpdate.items.map((product) => [product.product_identifier, product.name, product.price])).toEqual([
        ["a", "New A", 5],
        ["b", "B", 0]
      ])

      yield* egoi.ecommerce.ImportProducts({
        catalog_id: 1,
        mode: "add",
        products: [
          { product_identifier: "a", name: "Ignored" },
          { product_identifier: "c", name: "C" }
        ]
      })
      yield* runOperations
      const afterAdd = yield* egoi.ecommerce.getAllProducts({ catalog_id: 1 })
      expect(afterAdd.items.map((product) => product.name)).toEqual(["New A", "B", "C"])

      yield* egoi.ecommerce.ImportProducts({
        catalog_id: 1,
        mode: "rewrite",
        products: [{ product_identifier: "z", name: "Z" }]
      })
      yield* runOperations
      expect((yield* egoi.ecommerce.getAllProducts({ catalog_id: 1 })).items.map((product) => product.name)).toEqual([
        "Z"
      ])
    }).pipe(Effect.provide(mockClient({ operations: "manual" })))
  )

  it.effect("answers 413 to an import over the body limit, importing nothing", () =>
    Effect.gen(function* () {
      const { egoi } = yield* clientAndMock
      yield* shop
      const { status } = yield* raw("POST", "/catalogs/1/products/actions/import", {
        products: Array.from({ length: 200 }, (_, i) => ({ product_identifier: `p${i}`, name: "x".repeat(100) }))
      })
      expect(status).toBe(413)
      yield* runOperations
      expect((yield* egoi.ecommerce.getAllProducts({ catalog_id: 1 })).total_items).toBe(0)
    }).pipe(Effect.provide(mockClient({ maxBodyBytes: 10_000 })))
  )
})

describe("carts and orders", () => {
  it.effect("links a cart to the contact matched by a unique value, and records it in its activities", () =>
    Effect.gen(function* () {
      const { egoi } = yield* clientAndMock
      yield* shop
      const accepted = yield* egoi.ecommerce.createCart({
        domain: "shop.example.com",
        cart_id: "c-1",
        cart_total: 30,
        contact: { base: { email: "ana@example.com" } },
        products: [{ product_identifier: "p1", name: "Shirt", price: 30 }]
      })
      expect(accepted).toEqual({ result: "success" })
      const state = yield* snapshot
      expect(state.carts).toEqual([
        {
          domain: "shop.example.com",
          cart_id: "c-1",
          list_id: 1,
          contact_id: "00000000aa",
          cart_total: 30,
          products: [{ product_identifier: "p1", name: "Shirt", price: 30 }],
          created: NOW_TEXT,
          updated: NOW_TEXT
        }
      ])
      expect(yield* activitiesOf("00000000aa")).toEqual(["ecommerce_cart"])
    }).pipe(Effect.provide(mockClient()))
  )

  it.effect("creates the customer of an order when no contact holds its unique values, and links its cart", () =>
    Effect.gen(function* () {
      const { egoi } = yield* clientAndMock
      yield* shop
      yield* egoi.ecommerce.createCart({ domain: "shop.example.com", cart_id: "c-9", cart_total: 12 })
      yield* egoi.ecommerce.CreateOrder({
        domain: "shop.example.com",
        order_id: "1001",
        cart_id: "c-9",
        order_total: 12,
        order_status: "completed",
        contact: { base: { email: "new@example.com", first_name: "Nuno" } },
        products: [{ product_identifier: "p2", quantity: 2, price: 6 }]
      })
      const found = yield* egoi.contacts.getAllContacts({ list_id: 1, email: "new@example.com" })
      expect(found.items).toHaveLength(1)
      const contactId = found.items[0]!.base.contact_id
      expect(found.items[0]!.base.first_name).toBe("Nuno")
      const state = yield* snapshot
      expect(state.orders).toMatchObject([
        { order_id: "1001", contact_id: contactId, cart_id: "c-9", order_status: "completed", order_total: 12 }
      ])
      expect(state.carts).toMatchObject([{ cart_id: "c-9", order_id: "1001" }])
      expect(yield* activitiesOf(contactId)).toEqual(["subscription", "ecommerce_order"])
    }).pipe(Effect.provide(mockClient()))
  )

  it.effect("replaces an order sent again with the same order_id (its status changed)", () =>
    Effect.gen(function* () {
      const { egoi } = yield* clientAndMock
      yield* shop
      const order = { domain: "shop.example.com", order_id: "7", contact: { base: { contact_id: "00000000aa" } } }
      yield* egoi.ecommerce.CreateOrder({ ...order, order_status: "pending", order_total: 10 })
      yield* egoi.ecommerce.CreateOrder({ ...order, order_status: "completed", order_total: 10 })
      const state = yield* snapshot
      expect(state.orders).toMatchObject([{ order_id: "7", order_status: "completed", contact_id: "00000000aa" }])
      expect(yield* activitiesOf("00000000aa")).toEqual(["ecommerce_order", "ecommerce_order"])
    }).pipe(Effect.provide(mockClient()))
  )

  it.effect("answers 422 for a domain that is not a connected site, storing nothing", () =>
    Effect.gen(function* () {
      const { egoi } = yield* clientAndMock
      yield* shop
      const errors = { domain: ["The domain other.example.com is not a connected site"] }
      const cart = yield* Effect.flip(egoi.ecommerce.createCart({ domain: "other.example.com", cart_id: "1" }))
      expect(cart).toBeInstanceOf(EgoiError.UnprocessableEntity)
      expect(cart).toMatchObject({ errors })
      const order = yield* Effect.flip(egoi.ecommerce.CreateOrder({ domain: "other.example.com", order_id: "1" }))
      expect(order).toMatchObject({ errors })
      const state = yield* snapshot
      expect([state.carts, state.orders]).toEqual([[], []])
    }).pipe(Effect.provide(mockClient()))
  )

  it.effect("answers 422 for a contact ID not in the site's list, or a customer without a unique value", () =>
    Effect.gen(function* () {
      const { egoi } = yield* clientAndMock
      yield* shop
      const unknown = yield* Effect.flip(
        egoi.ecommerce.createCart({ domain: "shop.example.com", contact: { base: { contact_id: "ffffffffff" } } })
      )
      expect(unknown).toMatchObject({ errors: { contact: { contact_id: ["Contact ffffffffff is not in list 1"] } } })
      const anonymous = yield* Effect.flip(
        egoi.ecommerce.CreateOrder({
          domain: "shop.example.com",
          order_id: "1",
          contact: { base: { first_name: "Nobody" } }
        })
      )
      expect(anonymous).toBeInstanceOf(EgoiError.UnprocessableEntity)
      expect((yield* egoi.contacts.getAllContacts({ list_id: 1 })).total_items).toBe(1)
    }).pipe(Effect.provide(mockClient()))
  )

  it.effect("imports a list's orders in the background, matching customers by ID or email and dating them today", () =>
    Effect.gen(function* () {
      const { egoi } = yield* clientAndMock
      yield* shop
      const item = { id: "p1", name: "Shirt", price: 10, quantity: 1 }
      const common = { revenue: 10, store_url: "https://shop.example.com", date: "2020-01-01 00:00:00", items: [item] }
      yield* egoi.ecommerce.ImportOrdersBulk({
        list_id: 1,
        body: [
          { ...common, order_id: "1", contact_id: "00000000aa" },
          { ...common, order_id: "2", contact_id: "ANA@example.com" },
          { ...common, order_id: "3", contact_id: "bea@example.com" },
          { ...common, order_id: "4", contact_id: "not an email" }
        ]
      })
      expect((yield* snapshot).importedOrders).toEqual([])
      yield* runOperations
      const state = yield* snapshot
      const bea = (yield* egoi.contacts.getAllContacts({ list_id: 1, email: "bea@example.com" })).items[0]!
      expect(state.importedOrders.map((order: any) => [order.order_id, order.contact_id, order.date])).toEqual([
        ["1", "00000000aa", NOW_TEXT],
        ["2", "00000000aa", NOW_TEXT],
        ["3", bea.base.contact_id, NOW_TEXT]
      ])
      expect(yield* activitiesOf("00000000aa")).toEqual(["ecommerce_order", "ecommerce_order"])
    }).pipe(Effect.provide(mockClient({ operations: "manual" })))
  )

  it.effect("answers 404 to importing orders into a list that does not exist", () =>
    Effect.gen(function* () {
      const { egoi } = yield* clientAndMock
      const error = yield* Effect.flip(
        egoi.ecommerce.ImportOrdersBulk({
          list_id: 5,
          body: [
            {
              order_id: "1",
              contact_id: "a@example.com",
              revenue: 1,
              store_url: "https://s.example.com",
              date: new Date(),
              items: []
            }
          ]
        })
      )
      expect(error).toBeInstanceOf(EgoiError.NotFound)
      expect(error).toMatchObject({ detail: "List 5 does not exist" })
    }).pipe(Effect.provide(mockClient()))
  )
})

describe("a shop kept in step", () => {
  it.effect("syncs a catalog of 500 products, their updates, carts and orders, and the customers' activities", () =>
    Effect.gen(function* () {
      const { egoi, mock } = yield* clientAndMock
      yield* seed({
        lists: [{ internal_name: "Customers" }],
        contacts: [{ list_id: 1, contact_id: "00000000aa", base: { email: "ana@example.com", first_name: "Ana" } }]
      })
      // The shop connects its domain and creates its catalog.
      yield* egoi.connectedSites.createConnectedSites({ domain: "shop.example.com", list_id: 1 })
      const catalog = yield* egoi.ecommerce.createCatalog({ title: "Shop", language: "en", currency: "eur" })
      expect((yield* egoi.trackEngage.getAllDomains()).items).toEqual([
        { domain: "shop.example.com", list_id: 1, status: "active" }
      ])

      // The first sync: 500 products in requests of 200, every one accounted for.
      const products = Array.from({ length: 500 }, (_, i) => ({
        product_identifier: `SKU-${String(i).padStart(3, "0")}`,
        name: `Product ${i}`,
        price: 10 + (i % 7),
        categories: [i % 2 === 0 ? "Clothing>Women" : "Clothing>Men"]
      }))
      const first = yield* Bulk.report(
        Bulk.importProducts(products, { catalog_id: catalog.catalog_id, batchSize: 200 })
      )
      expect(first).toMatchObject({ batches: 3, accepted: 500, failed: [], unknown: [] })
      yield* runOperations
      expect((yield* egoi.ecommerce.getAllProducts({ catalog_id: catalog.catalog_id, limit: 1 })).total_items).toBe(500)

      // Updates: a price change through the import (upsert), a sale through updateProduct, a product withdrawn.
      yield* Bulk.report(Bulk.importProducts([{ ...products[0]!, price: 99 }], { catalog_id: catalog.catalog_id }))
      yield* runOperations
      yield* egoi.ecommerce.updateProduct({
        catalog_id: catalog.catalog_id,
        product_identifier: "SKU-001",
        sale_price: 5
      })
      yield* egoi.ecommerce.deleteProduct({ catalog_id: catalog.catalog_id, product_identifier: "SKU-499" })
      const page = yield* egoi.ecommerce.getAllProducts({ catalog_id: catalog.catalog_id, limit: 2 })
      expect(page.total_items).toBe(499)
      expect(page.items.map((product) => [product.product_identifier, product.price, product.sale_price])).toEqual([
        ["SKU-000", 99, 0],
        ["SKU-001", 11, 5]
      ])

      // Carts and orders: a known customer by email, a new one created by the order, a cart converted.
      const line = (i: number, quantity: number) => ({ product_identifier: products[i]!.product_identifier, quantity })
      yield* egoi.ecommerce.createCart({
        domain: "shop.example.com",
        cart_id: "cart-ana",
        cart_total: 20,
        contact: { base: { email: "ana@example.com" } },
        // E-goi's carts carry products without quantities; orders have them.
        products: [{ product_identifier: products[1]!.product_identifier, price: 20 }]
      })
      yield* egoi.ecommerce.CreateOrder({
        domain: "shop.example.com",
        order_id: "A-1",
        cart_id: "cart-ana",
        order_total: 20,
        order_status: "completed",
        contact: { base: { email: "ana@example.com" } },
        products: [line(1, 1)]
      })
      yield* egoi.ecommerce.CreateOrder({
        domain: "shop.example.com",
        order_id: "B-1",
        order_total: 33,
        order_status: "pending",
        contact: { base: { email: "bruno@example.com", first_name: "Bruno" } },
        products: [line(2, 3)]
      })

      const state = mock.snapshot()
      expect(state.catalogs).toHaveLength(1)
      expect(state.products).toHaveLength(499)
      expect(state.carts).toMatchObject([{ cart_id: "cart-ana", contact_id: "00000000aa", order_id: "A-1" }])
      const bruno = (yield* egoi.contacts.getAllContacts({ list_id: 1, email: "bruno@example.com" })).items[0]!
      expect(state.orders.map((order: any) => [order.order_id, order.contact_id, order.order_status])).toEqual([
        ["A-1", "00000000aa", "completed"],
        ["B-1", bruno.base.contact_id, "pending"]
      ])
      expect(yield* activitiesOf("00000000aa")).toEqual(["ecommerce_cart", "ecommerce_order"])
      expect(yield* activitiesOf(bruno.base.contact_id)).toEqual(["subscription", "ecommerce_order"])
    }).pipe(Effect.provide(mockClient({ operations: "manual" })))
  )
})
