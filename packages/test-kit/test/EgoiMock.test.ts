/**
 * The mock as a whole: its starting data, seeding, snapshots and resets, authentication and rate
 * limits, the request log and the files it serves itself.
 */
import { describe, expect, it } from "vitest"
import type * as EgoiMock from "../src/EgoiMock.js"
import { call, startMock } from "./utils/client.js"

const start = startMock

describe("state", () => {
  it("starts from the same data for the same seed, and none without one", () => {
    const a = start({ seed: "demo", now: () => 1_800_000_000_000 })
    const b = start({ seed: "demo", now: () => 1_800_000_000_000 })
    const c = start({ seed: "other", now: () => 1_800_000_000_000 })
    expect(a.snapshot()).toEqual(b.snapshot())
    expect(a.snapshot()).not.toEqual(c.snapshot())
    expect(a.snapshot().lists.length).toBeGreaterThan(0)
    expect(start().snapshot().lists).toEqual([])
  })

  it("snapshots, restores and resets", async () => {
    const mock = start({ seed: "demo" })
    const initial = mock.snapshot()
    await call(mock, "POST", "/tags", { name: "added" })
    const withTag = mock.snapshot()
    mock.faults.add({ status: 500 })
    mock.reset()
    expect(mock.snapshot()).toEqual(initial)
    expect(mock.requests()).toEqual([])
    expect((await call(mock, "GET", "/tags")).status).toBe(200)
    mock.restore(withTag)
    expect(mock.snapshot().tags.map((tag: { name: string }) => tag.name)).toContain("added")
  })
})

describe("seed", () => {
  it("adds records of every kind in one call, later kinds referring to earlier ones, raising no events", async () => {
    const mock = start()
    mock.seed({
      contacts: [{ list_id: 1, contact_id: "00000000a1", base: { email: "ana@example.com" }, tags: [1] }],
      extraFields: [{ list_id: 1, name: "Plan", format: "options", options: [{ en: "Basic" }, { en: "Pro" }] }],
      webhooks: [{ list_id: 1, url: "http://127.0.0.1:9/hook", actions: ["subscription"] }],
      tags: [{ name: "vip" }],
      lists: [{ internal_name: "Newsletter" }]
    })
    const contact = await call(mock, "GET", "/lists/1/contacts/00000000a1")
    expect(contact.body).toMatchObject({ base: { email: "ana@example.com" }, tags: [1] })
    const fields = await call(mock, "GET", "/lists/1/fields?offset=7")
    expect(fields.body).toMatchObject([{ name: "Plan", options: [{ en: "Basic" }, { en: "Pro" }] }])
    await mock.flushWebhooks()
    expect(mock.webhookDeliveries()).toEqual([])
  })

  it("refuses an unknown kind, and a contact the API would refuse", () => {
    const mock = start()
    expect(() => mock.seed({ list: [{ internal_name: "typo" }] } as EgoiMock.Seed)).toThrow(/Unknown seed keys: list/)
    mock.seed({ lists: [{ internal_name: "Newsletter" }] })
    mock.seed({ contacts: [{ list_id: 1, base: { email: "ana@example.com" } }] })
    expect(() => mock.seed({ contacts: [{ list_id: 1, base: { email: "ana@example.com" } }] })).toThrow(
      /email is already used by contact/
    )
    expect(() => mock.seed({ contacts: [{ list_id: 2 }] })).toThrow(/list 2: the list does not exist/)
    expect(() => mock.seed({ contacts: [{ list_id: 1, extra: [{ field_id: 9, value: "x" }] }] })).toThrow(/extra\.9/)
  })

  it("is undone by reset, which goes back to the data of the seed option", async () => {
    const mock = start({ seed: "demo" })
    const demoLists = mock.snapshot().lists.length
    mock.seed({ lists: [{ internal_name: "Extra" }] })
    expect(mock.snapshot().lists).toHaveLength(demoLists + 1)
    mock.reset()
    expect(mock.snapshot().lists).toHaveLength(demoLists)
  })
})

describe("authentication and limits", () => {
  it("accepts any non-empty key by default and only the given keys when configured", async () => {
    expect((await call(start(), "GET", "/lists", undefined, { Apikey: "anything" })).status).toBe(200)
    expect((await call(start(), "GET", "/lists", undefined, { Apikey: "" })).status).toBe(401)
    const strict = start({ apiKeys: ["right"] })
    expect((await call(strict, "GET", "/lists", undefined, { Apikey: "wrong" })).body).toMatchObject({
      status: 401,
      title: "Unauthorized"
    })
    expect((await call(strict, "GET", "/lists", undefined, { Apikey: "right" })).status).toBe(200)
  })

  it("answers 429 past the configured rate, with the reset in the headers", async () => {
    let now = 1_000_000
    const mock = start({ rateLimit: { limit: 2, windowSeconds: 10 }, now: () => now })
    const request = () => mock.fetch("http://127.0.0.1/tags", { headers: { Apikey: "key" } })
    expect((await request()).headers.get("x-ratelimit-remaining")).toBe("1")
    await request()
    const limited = await request()
    expect(limited.status).toBe(429)
    expect(limited.headers.get("x-ratelimit-reset")).toBe("10")
    now += 10_000
    expect((await request()).status).toBe(200)
  })

  it("counts the rate limit per key and the account quota across keys", async () => {
    const mock = start({ rateLimit: { limit: 1, windowSeconds: 60 }, accountLimit: { limit: 2, windowSeconds: 3600 } })
    const request = (key: string) => mock.fetch("http://127.0.0.1/tags", { headers: { Apikey: key } })
    expect((await request("a")).status).toBe(200)
    expect((await request("b")).status).toBe(200)
    const quota = await request("c")
    expect(quota.status).toBe(429)
    expect(quota.headers.get("x-account-remaining")).toBe("0")
  })
})

describe("request log", () => {
  it("records method, path, query, body and status, with the key redacted", async () => {
    const mock = start()
    await call(mock, "POST", "/tags", { name: "logged" })
    await call(mock, "GET", "/tags?limit=5")
    expect(mock.requests()).toMatchObject([
      { method: "POST", path: "/tags", body: '{"name":"logged"}', status: 201, headers: { apikey: "[redacted]" } },
      { method: "GET", path: "/tags", query: { limit: "5" }, status: 200 }
    ])
    mock.clearRequests()
    expect(mock.requests()).toEqual([])
  })

  it("keeps the last maxEntries requests, oldest dropped first", async () => {
    const mock = start({ requestLog: { maxEntries: 3 } })
    for (let i = 1; i <= 5; i++) await call(mock, "GET", `/tags?offset=${i}`)
    expect(mock.requests().map((request) => request.query.offset)).toEqual(["3", "4", "5"])
  })

  it("cuts bodies to maxBodyBytes, saying so, and keeps at most maxBytes in all", async () => {
    const mock = start({ requestLog: { maxBodyBytes: 16, maxBytes: 2_000 } })
    const name = "é".repeat(40)
    await call(mock, "POST", "/tags", { name })
    const [entry] = mock.requests()
    expect(entry).toMatchObject({ bodyBytes: JSON.stringify({ name }).length + 40, bodyTruncated: true })
    // 16 bytes: `{"name":"` and three whole two-byte characters, never half of one.
    expect(entry!.body).toBe(`{"name":"${"é".repeat(3)}`)
    for (let i = 0; i < 50; i++) await call(mock, "GET", `/tags?offset=${i}`)
    const kept = mock.requests()
    expect(kept.length).toBeLessThan(50)
    expect(kept.at(-1)?.query.offset).toBe("49")
    const small = await call(mock, "POST", "/tags", { name: "a" })
    expect(small.status).toBe(201)
    expect(mock.requests().at(-1)).toMatchObject({ body: '{"name":"a"}', bodyTruncated: false })
  })

  it("keeps nothing with requestLog: false", async () => {
    const mock = start({ requestLog: false })
    await call(mock, "GET", "/tags")
    expect(mock.requests()).toEqual([])
  })
})

describe("body size", () => {
  it("answers 413 in E-goi's body past maxBodyBytes, logging the size but not the body", async () => {
    const mock = start({ maxBodyBytes: 1_000 })
    const response = await mock.fetch("http://127.0.0.1/tags", {
      method: "POST",
      headers: { Apikey: "key", "content-type": "application/json" },
      body: JSON.stringify({ name: "x".repeat(2_000) })
    })
    expect(response.status).toBe(413)
    expect(await response.json()).toMatchObject({ status: 413, title: "Payload Too Large" })
    expect(mock.requests()).toMatchObject([{ status: 413, body: "", bodyTruncated: true }])
    expect(mock.snapshot().tags).toEqual([])
  })

  it("stops reading a streamed body as soon as it passes the limit", async () => {
    const mock = start({ maxBodyBytes: 1_000 })
    let pulled = 0
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled++
        controller.enqueue(new Uint8Array(600).fill(32))
        if (pulled === 100) controller.close()
      }
    })
    const response = await mock.fetch("http://127.0.0.1/tags", {
      method: "POST",
      headers: { Apikey: "key", "content-type": "application/json" },
      body,
      duplex: "half"
    } as RequestInit)
    expect(response.status).toBe(413)
    expect(pulled).toBeLessThan(10)
  })
})

describe("files", () => {
  it("answers 404 in E-goi's body for a file it does not have, without a key", async () => {
    const response = await start().fetch("http://127.0.0.1/__mock/exports/1.csv")
    expect(response.status).toBe(404)
    expect(await response.json()).toMatchObject({ status: 404, title: "Not Found", detail: "No such file" })
  })
})
