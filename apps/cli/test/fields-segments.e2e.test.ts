/**
 * End-to-end tests of the bundled CLI for Fields, Segments, Suppression List and Web Hooks: one
 * command per group run as `node dist/egoi.js ...` (stdout a pipe, so JSON) against a `MockServer`.
 */
import { type EgoiMock, MockServer } from "@egoi-ts/test-kit"
import { describe, expect, it, type TestContext } from "vitest"
import { egoi, json } from "./utils/egoi.js"

/** A mock server with one list, closed when the test ends, and the CLI pointed at it. */
const startServer = async (context: TestContext) => {
  const server = await MockServer.start({ port: 0 })
  context.onTestFinished(() => server.close())
  server.mock.seed({ lists: [{ internal_name: "Newsletter" }] })
  return {
    mock: server.mock as EgoiMock.EgoiMock,
    run: (args: ReadonlyArray<string>) => egoi([...args, "--base-url", server.url], { EGOI_API_KEY: "e2e-key" }),
    lastRequest: () => server.mock.requests().at(-1)!
  }
}

describe.concurrent("egoi fields, segments, suppression-list, webhooks (bundled)", { timeout: 30_000 }, () => {
  it("fields create-extra-field creates the field; get-all-fields lists it after the base fields", async (context) => {
    const server = await startServer(context)
    const created = json(
      await server.run(["fields", "create-extra-field", "--list-id", "1", "--name", "City", "--format", "text"])
    )
    expect(created).toEqual({ field_id: expect.stringMatching(/^\d+$/), name: "City", format: "text", unique: false })
    expect(server.lastRequest()).toMatchObject({ method: "POST", path: "/lists/1/fields/extra", status: 201 })
    expect(JSON.parse(server.lastRequest().body)).toEqual({ name: "City", format: "text" })
    const fields = json(await server.run(["fields", "get-all-fields", "--list-id", "1", "--limit", "100"]))
    expect(fields.at(-1)).toEqual({ type: "extra", ...created })
    expect(fields[0]).toMatchObject({ type: "base", field_id: "first_name" })
  })

  it("fields create-extra-field refuses an unknown format or list_id 0 with exit 2, sending nothing", async (context) => {
    const server = await startServer(context)
    const [format, listId] = await Promise.all([
      server.run(["fields", "create-extra-field", "--list-id", "1", "--name", "X", "--format", "url"]),
      server.run(["fields", "create-extra-field", "--list-id", "0", "--name", "X", "--format", "text"])
    ])
    expect(format.code).toBe(2)
    expect(format.stderr).toContain("date, text, cellphone, phone, number, email, options")
    expect(listId.code).toBe(2)
    expect(listId.stderr).toContain("list_id")
    expect(server.mock.requests()).toHaveLength(0)
  })

  it("segments get-all-segments lists the seeded segments and delete-segment removes a saved one", async (context) => {
    const server = await startServer(context)
    server.mock.seed({
      tags: [{ name: "vip" }],
      segments: [{ list_id: 1, name: "Gmail", type: "saved", rule: { segment_filter_array: [] } }]
    })
    const page = json(await server.run(["segments", "get-all-segments", "--list-id", "1"]))
    expect(page.total_items).toBe(2)
    expect(page.items.map((segment: { segment_id: string }) => segment.segment_id)).toEqual(["1", "tag_1"])
    const deleted = await server.run(["segments", "delete-segment", "--list-id", "1", "--segment-id", "1"])
    expect(deleted.code).toBe(0)
    expect(deleted.stdout).toBe("")
    expect(server.lastRequest()).toMatchObject({ method: "DELETE", path: "/lists/1/segments/1", status: 204 })
  })

  it("suppression-list get-all-suppression-list filters the list", async (context) => {
    const server = await startServer(context)
    // create-suppression-list takes a body that is one of several shapes (one per type), which the
    // derived command cannot pass yet; the raw command adds the entries.
    for (const body of [
      { type: "email", value: ["blocked@example.com"] },
      { type: "cellphone", value: ["351-910000000"] }
    ]) {
      expect(json(await server.run(["api", "POST", "/suppression-list", "--body", JSON.stringify(body)]))).toEqual({
        result: "success"
      })
    }
    const page = json(await server.run(["suppression-list", "get-all-suppression-list", "--type", "email"]))
    expect(page).toEqual({
      total_items: 1,
      items: [{ id: 1, value: "blocked@example.com", type: "email", method: "manual", created: expect.any(String) }]
    })
    expect(server.lastRequest()).toMatchObject({ method: "GET", path: "/suppression-list", query: { type: "email" } })
  })

  it("webhooks create-webhook takes --actions as JSON; get-all-webhooks lists it", async (context) => {
    const server = await startServer(context)
    const created = json(
      await server.run([
        "webhooks",
        "create-webhook",
        "--list-id",
        "1",
        "--url",
        "http://127.0.0.1:9/x",
        "--actions",
        '["subscription"]'
      ])
    )
    expect(created).toEqual({
      webhook_id: 1,
      list_id: 1,
      url: "http://127.0.0.1:9/x",
      actions: ["subscription"],
      fields: []
    })
    expect(JSON.parse(server.lastRequest().body)).toEqual({
      list_id: 1,
      url: "http://127.0.0.1:9/x",
      actions: ["subscription"]
    })
    const page = json(await server.run(["webhooks", "get-all-webhooks"]))
    expect(page).toEqual({ total_items: 1, items: [created] })
  })
})
