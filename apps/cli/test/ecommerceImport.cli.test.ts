/**
 * `egoi ecommerce import-products` and `egoi ecommerce import-orders` through the command line,
 * in-process, against a `MockServer` of their own: columns mapped to fields (and custom attributes),
 * every row checked and accounted for, `--failed` and `--dry-run` as `egoi contacts import` has them.
 */
import { readFile } from "node:fs/promises"
import { describe, expect, it, type TestContext } from "vitest"
import type { OrderImportSummary, ProductImportSummary } from "../src/internal/ecommerceImport.js"
import type { Result } from "./utils/egoi.js"
import { tempDir } from "./utils/files.js"
import { startServer } from "./utils/server.js"

const shopServer = async (context: TestContext) => {
  const server = await startServer(context, { rateLimit: false, operations: "manual" })
  server.mock.seed({
    lists: [{ internal_name: "Customers" }],
    catalogs: [{ title: "Main", language: "en", currency: "eur" }]
  })
  return server
}

const summaryOf = <A>(result: Result, code = 0): A => {
  expect(result.code, `exit code (stderr: ${result.stderr})`).toBe(code)
  return JSON.parse(result.stdout) as A
}

const PRODUCTS_CSV = [
  "SKU,Name,Price,Categories,Colour,Notes",
  "JEANS-1,Blue jeans,29.90,Clothing>Women>Jeans|Sale,blue,x",
  "SHIRT-2,White shirt,15,Clothing>Men,white,y",
  "bad id,Broken,abc,,red,z",
  ""
].join("\n")

describe.concurrent("egoi ecommerce import-products", () => {
  it("maps columns to product fields and custom attributes, imports the valid rows and keeps the failed ones", async (context) => {
    const server = await shopServer(context)
    const { file } = await tempDir(context)
    const path = await file("products.csv", PRODUCTS_CSV)
    const failed = `${path}.failed.csv`
    const result = await server.run([
      "ecommerce",
      "import-products",
      path,
      "--catalog",
      "1",
      "--map",
      "SKU=product_identifier",
      "--map",
      "Colour=custom_attributes.color",
      "--failed",
      failed
    ])
    expect(summaryOf<ProductImportSummary>(result, 2)).toMatchObject({
      catalog_id: 1,
      rows: 3,
      accepted: 2,
      failed: 1,
      invalid: 1,
      requests: 1,
      dry_run: false
    })
    expect(result.stderr).toContain("Columns not imported (no field of that name; use --map): Notes")
    await server.mock.runOperations()
    const products = server.mock.snapshot().products as Array<Record<string, unknown>>
    expect(products).toEqual([
      expect.objectContaining({
        catalog_id: 1,
        product_identifier: "JEANS-1",
        name: "Blue jeans",
        price: 29.9,
        categories: ["Clothing>Women>Jeans", "Sale"],
        custom_attributes: [{ alias: "color", value: "blue" }]
      }),
      expect.objectContaining({ product_identifier: "SHIRT-2", price: 15, categories: ["Clothing>Men"] })
    ])
    const failedRows = await readFile(failed, "utf8")
    expect(failedRows).toContain("bad id,Broken,abc,,red,z,4,")
    expect(failedRows).toContain("product_identifier: Expected a product identifier")
    expect(failedRows).toContain("price: Expected a number >= 0")
  })

  it("checks every row and counts the requests on --dry-run, sending nothing and needing no key", async (context) => {
    const server = await shopServer(context)
    const { file } = await tempDir(context)
    const lines = Array.from({ length: 25 }, (_, i) => JSON.stringify({ product_identifier: `p${i}`, name: `P ${i}` }))
    const path = await file("products.ndjson", `${lines.join("\n")}\n`)
    const before = server.requestCount()
    const result = await server.run(
      ["ecommerce", "import-products", path, "--catalog", "1", "--batch-size", "10", "--dry-run"],
      { EGOI_API_KEY: "" }
    )
    expect(summaryOf<ProductImportSummary>(result)).toMatchObject({ rows: 25, accepted: 0, requests: 3, dry_run: true })
    expect(server.requestCount()).toBe(before)
  })

  it("reports every row of a catalog that does not exist as failed, with E-goi's answer", async (context) => {
    const server = await shopServer(context)
    const { file } = await tempDir(context)
    const path = await file("products.json", JSON.stringify([{ product_identifier: "a", name: "A" }]))
    const result = await server.run(["ecommerce", "import-products", path, "--catalog", "9"])
    expect(summaryOf<ProductImportSummary>(result, 2).rejected).toBe(1)
  })
})

describe.concurrent("egoi ecommerce import-orders", () => {
  it("imports orders with their items, the customers matched or created in the list", async (context) => {
    const server = await shopServer(context)
    const { file } = await tempDir(context)
    const orders = [
      {
        order_id: "1001",
        contact_id: "ana@example.com",
        revenue: 30,
        store_url: "https://shop.example.com",
        date: "2024-04-30 12:00:00",
        order_status: "completed",
        items: [{ id: "JEANS-1", name: "Blue jeans", price: 30, quantity: 1 }]
      },
      { order_id: "1002", contact_id: "ana@example.com", revenue: -1, store_url: "https://shop.example.com" }
    ]
    const path = await file("orders.json", JSON.stringify(orders))
    const result = await server.run(["ecommerce", "import-orders", path, "--list", "1"])
    const summary = summaryOf<OrderImportSummary>(result, 2)
    expect(summary).toMatchObject({ list_id: 1, rows: 2, accepted: 1, invalid: 1 })
    expect(Object.keys(summary.reasons)[0]).toMatch(
      /revenue: Expected a number >= 0.*date: is missing.*items: is missing/
    )
    await server.mock.runOperations()
    const state = server.mock.snapshot()
    expect(state.importedOrders).toMatchObject([{ list_id: 1, order_id: "1001", items: orders[0]!.items }])
    expect(state.contacts).toMatchObject([{ list_id: 1, base: { email: "ana@example.com" } }])
  })
})
