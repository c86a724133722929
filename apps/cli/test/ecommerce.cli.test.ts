/**
 * The derived commands of the Ecommerce, Connected Sites and TrackEngage groups through the command
 * line, against a `MockServer` of their own: the routes rooted at a shop's domain, a product's own
 * identifier in the path, and `ImportOrdersBulk`'s body, an array, given whole.
 */
import { describe, expect, it } from "vitest"
import { json } from "./utils/egoi.js"
import { startServer } from "./utils/server.js"

describe.concurrent("egoi ecommerce, connected-sites and track-engage", () => {
  it("connects a site, records an order on its domain and shows it in the customer's activities", async (context) => {
    const server = await startServer(context, { rateLimit: false })
    server.mock.seed({ lists: [{ internal_name: "Customers" }] })
    const site = json(
      await server.run(["connected-sites", "create-connected-sites", "--domain", "shop.example.com", "--list-id", "1"])
    )
    expect(site).toMatchObject({ domain: "shop.example.com", list_id: 1 })
    expect(json(await server.run(["track-engage", "get-all-domains"])).items).toEqual([
      { domain: "shop.example.com", list_id: 1, status: "active" }
    ])
    const accepted = json(
      await server.run([
        "ecommerce",
        "create-order",
        "--domain",
        "shop.example.com",
        "--order-id",
        "1001",
        "--order-total",
        "30",
        "--contact",
        '{"base":{"email":"ana@example.com"}}',
        "--products",
        '[{"product_identifier":"JEANS-1","quantity":1}]'
      ])
    )
    expect(accepted).toEqual({ result: "success" })
    expect(server.lastRequest()).toMatchObject({ method: "POST", path: "/shop.example.com/orders", status: 202 })
    const [contact] = server.mock.snapshot().contacts as Array<{ readonly contact_id: string }>
    const activities = json(
      await server.run([
        "contacts",
        "get-all-contact-activities",
        "--list-id",
        "1",
        "--contact-id",
        contact!.contact_id
      ])
    )
    expect(activities.items.map((activity: { action_name: string }) => activity.action_name)).toEqual([
      "subscription",
      "ecommerce_order"
    ])
  })

  it("refuses an order on a domain that is not connected with E-goi's 422, and a bad domain before sending", async (context) => {
    const server = await startServer(context, { rateLimit: false })
    const refused = await server.run(["ecommerce", "create-order", "--domain", "other.example.com", "--order-id", "1"])
    expect(refused.code).not.toBe(0)
    expect(refused.stderr).toContain("other.example.com is not a connected site")
    const before = server.requestCount()
    const invalid = await server.run(["ecommerce", "create-cart", "--domain", "https://x.example.com/"])
    expect(invalid.code).not.toBe(0)
    expect(invalid.stderr).toContain("domain")
    expect(server.requestCount()).toBe(before)
  })

  it("creates, shows and removes a product by the shop's identifier, and imports orders given as an array body", async (context) => {
    const server = await startServer(context, { rateLimit: false, operations: "manual" })
    server.mock.seed({ lists: [{ internal_name: "Customers" }] })
    json(await server.run(["ecommerce", "create-catalog", "--title", "Shop", "--language", "en", "--currency", "eur"]))
    json(
      await server.run([
        "ecommerce",
        "create-product",
        "--catalog-id",
        "1",
        "--product-identifier",
        "JEANS-1.blue",
        "--name",
        "Blue jeans",
        "--price",
        "29.9"
      ])
    )
    const shown = json(
      await server.run(["ecommerce", "get-product", "--catalog-id", "1", "--product-identifier", "JEANS-1.blue"])
    )
    expect(shown).toMatchObject({ product_identifier: "JEANS-1.blue", price: 29.9 })
    const removed = await server.run([
      "ecommerce",
      "delete-product",
      "--catalog-id",
      "1",
      "--product-identifier",
      "JEANS-1.blue"
    ])
    expect(removed.code).toBe(0)
    const orders = [
      {
        order_id: "1",
        contact_id: "ana@example.com",
        revenue: 10,
        store_url: "https://shop.example.com",
        date: "2024-05-01 10:00:00",
        items: [{ id: "JEANS-1.blue", name: "Blue jeans" }]
      }
    ]
    const imported = json(
      await server.run(["ecommerce", "import-orders-bulk", "--list-id", "1", "--body", JSON.stringify(orders)])
    )
    expect(imported).toEqual({ result: "success" })
    expect(JSON.parse(server.lastRequest().body)).toEqual(orders)
  })
})
