import { afterEach, describe, expect, it } from "vitest"
import * as EgoiMock from "../src/EgoiMock.js"
import * as MockServer from "../src/MockServer.js"

const KEY = "mock-test-key"
const mocks: Array<EgoiMock.EgoiMock> = []
const start = (options?: EgoiMock.Options) => {
  const mock = EgoiMock.make(options)
  mocks.push(mock)
  return mock
}
afterEach(async () => {
  await Promise.all(mocks.splice(0).map((mock) => mock.dispose()))
})

const api = (mock: EgoiMock.EgoiMock) => ({
  get: async (path: string, headers: Record<string, string> = {}) => {
    const response = await mock.fetch(`http://127.0.0.1${path}`, { headers: { Apikey: KEY, ...headers } })
    return { status: response.status, body: response.status === 204 ? undefined : await response.json() }
  },
  send: async (method: string, path: string, body?: unknown) => {
    const response = await mock.fetch(`http://127.0.0.1${path}`, {
      method,
      headers: { Apikey: KEY, "content-type": "application/json" },
      ...(body === undefined ? {} : { body: JSON.stringify(body) })
    })
    return { status: response.status, body: response.status === 204 ? undefined : await response.json() }
  }
})

describe("state", () => {
  it("assigns increasing IDs and keeps what was created, changed and removed", async () => {
    const mock = start()
    const { send, get } = api(mock)
    const first = await send("POST", "/lists", { internal_name: "First" })
    const second = await send("POST", "/lists", { internal_name: "Second", public_name: "Public" })
    expect([first.body.list_id, second.body.list_id]).toEqual([1, 2])
    expect(first.body.public_name).toBe("First")
    expect((await send("PATCH", "/lists/1", { group_id: 7 })).body.group_id).toBe(7)
    expect((await send("DELETE", "/lists/2")).status).toBe(204)
    expect((await get("/lists/2")).status).toBe(404)
    expect((await get("/lists")).body.items.map((list: { list_id: number }) => list.list_id)).toEqual([1])
  })

  it("pages, orders and filters like E-goi: 10 by default, descending by ID", async () => {
    const mock = start()
    mock.seed({
      lists: Array.from({ length: 15 }, (_, i) => ({ internal_name: `List ${String(i).padStart(2, "0")}` }))
    })
    const { get } = api(mock)
    const first = await get("/lists")
    expect(first.body.total_items).toBe(15)
    expect(first.body.items).toHaveLength(10)
    expect(first.body.items[0].list_id).toBe(15)
    const asc = await get("/lists?order=asc&order_by=internal_name&offset=12&limit=5")
    expect(asc.body.items.map((list: { internal_name: string }) => list.internal_name)).toEqual([
      "List 12",
      "List 13",
      "List 14"
    ])
    const filtered = await get("/lists?internal_name=list%2001")
    expect(filtered.body).toMatchObject({ total_items: 1, items: [{ internal_name: "List 01" }] })
  })

  it("enforces the list limit with the documented 409", async () => {
    const mock = start({ maxLists: 1 })
    const { send } = api(mock)
    await send("POST", "/lists", { internal_name: "Only" })
    const refused = await send("POST", "/lists", { internal_name: "One too many" })
    expect(refused.status).toBe(409)
    expect(refused.body.errors).toEqual({ list_limit_reached: "The maximum number of allowed lists was reached" })
  })

  it("enables Track&Engage and transactional once each", async () => {
    const mock = start()
    const { send, get } = api(mock)
    expect((await send("POST", "/my-account/actions/enable-te", { domain: "x.com", list_id: 9 })).status).toBe(422)
    expect((await send("POST", "/my-account/actions/enable-te", { domain: "x.com" })).status).toBe(200)
    expect((await get("/my-account")).body.module_info.te.enabled).toBe(true)
    expect((await send("POST", "/my-account/actions/enable-te", { domain: "x.com" })).body.errors).toHaveProperty(
      "domain_already_defined"
    )
    expect((await send("POST", "/my-account/actions/enable-transactional")).status).toBe(204)
    expect((await send("POST", "/my-account/actions/enable-transactional")).status).toBe(409)
  })

  it("starts from the same data for the same seed, and none without one", async () => {
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
    const { send } = api(mock)
    await send("POST", "/tags", { name: "added" })
    const withTag = mock.snapshot()
    mock.faults.add({ status: 500 })
    mock.reset()
    expect(mock.snapshot()).toEqual(initial)
    expect(mock.requests()).toEqual([])
    expect((await api(mock).get("/tags")).status).toBe(200)
    mock.restore(withTag)
    expect(mock.snapshot().tags.map((tag: { name: string }) => tag.name)).toContain("added")
  })
})

describe("authentication and limits", () => {
  it("accepts any non-empty key by default and only the given keys when configured", async () => {
    expect((await api(start()).get("/lists", { Apikey: "anything" })).status).toBe(200)
    expect((await api(start()).get("/lists", { Apikey: "" })).status).toBe(401)
    const strict = start({ apiKeys: ["right"] })
    expect((await api(strict).get("/lists", { Apikey: "wrong" })).body).toMatchObject({
      status: 401,
      title: "Unauthorized"
    })
    expect((await api(strict).get("/lists", { Apikey: "right" })).status).toBe(200)
  })

  it("answers 429 past the configured rate, with the reset in the headers", async () => {
    let now = 1_000_000
    const mock = start({ rateLimit: { limit: 2, windowSeconds: 10 }, now: () => now })
    const call = () => mock.fetch("http://127.0.0.1/tags", { headers: { Apikey: KEY } })
    expect((await call()).headers.get("x-ratelimit-remaining")).toBe("1")
    await call()
    const limited = await call()
    expect(limited.status).toBe(429)
    expect(limited.headers.get("x-ratelimit-reset")).toBe("10")
    now += 10_000
    expect((await call()).status).toBe(200)
  })

  it("counts the rate limit per key and the account quota across keys", async () => {
    const mock = start({ rateLimit: { limit: 1, windowSeconds: 60 }, accountLimit: { limit: 2, windowSeconds: 3600 } })
    const call = (key: string) => mock.fetch("http://127.0.0.1/tags", { headers: { Apikey: key } })
    expect((await call("a")).status).toBe(200)
    expect((await call("b")).status).toBe(200)
    const quota = await call("c")
    expect(quota.status).toBe(429)
    expect(quota.headers.get("x-account-remaining")).toBe("0")
  })
})

describe("fault injection", () => {
  it("applies a rule to its route only, for the given number of times", async () => {
    const mock = start()
    mock.faults.add({ route: "GET /lists/:list_id", status: 503, times: 2 })
    const { get } = api(mock)
    expect((await get("/lists")).status).toBe(200)
    expect((await get("/lists/1")).status).toBe(503)
    expect((await get("/lists/1")).body).toMatchObject({ title: "Service Unavailable", status: 503 })
    expect((await get("/lists/1")).status).toBe(404)
  })

  it("plays a sequence, then answers normally", async () => {
    const mock = start()
    mock.faults.sequence("/tags", [{ status: 500 }, "pass", { status: 429 }])
    const { get } = api(mock)
    const seen = []
    for (let i = 0; i < 4; i++) seen.push((await get("/tags")).status)
    expect(seen).toEqual([500, 200, 429, 200])
  })

  it("applies a rate drawn from the seed, the same way every time", async () => {
    const draw = async () => {
      const mock = start({ seed: 42, rateLimit: false })
      mock.faults.add({ status: 500, rate: 0.3 })
      const statuses = []
      for (let i = 0; i < 40; i++) statuses.push((await api(mock).get("/tags")).status)
      return statuses
    }
    const first = await draw()
    expect(await draw()).toEqual(first)
    const failures = first.filter((status) => status === 500).length
    expect(failures).toBeGreaterThan(3)
    expect(failures).toBeLessThan(25)
  })

  it("adds latency", async () => {
    const mock = start()
    mock.faults.add({ route: "POST /ping", latency: 150 })
    const started = Date.now()
    await mock.fetch("http://127.0.0.1/ping", { method: "POST" })
    expect(Date.now() - started).toBeGreaterThanOrEqual(140)
  })

  it("takes faults from a Prefer header, for clients in any language", async () => {
    const mock = start()
    const { get } = api(mock)
    expect((await get("/lists", { Prefer: "code=503" })).status).toBe(503)
    await expect(mock.fetch("http://127.0.0.1/lists", { headers: { Apikey: KEY, Prefer: "drop" } })).rejects.toThrow(
      "fetch failed"
    )
    expect(mock.requests().map((request) => request.status)).toEqual([503, "dropped"])
  })

  it("drops the connection of a socket server", async () => {
    const server = await MockServer.start()
    try {
      server.mock.faults.add({ route: "GET /lists", drop: true, times: 1 })
      await expect(fetch(`${server.url}/lists`, { headers: { Apikey: KEY } })).rejects.toThrow()
      expect((await fetch(`${server.url}/lists`, { headers: { Apikey: KEY } })).status).toBe(200)
    } finally {
      await server.close()
    }
  })
})

describe("request log", () => {
  it("records method, path, query, body and status, with the key redacted", async () => {
    const mock = start()
    await api(mock).send("POST", "/tags", { name: "logged" })
    await api(mock).get("/tags?limit=5")
    expect(mock.requests()).toMatchObject([
      { method: "POST", path: "/tags", body: '{"name":"logged"}', status: 201, headers: { apikey: "[redacted]" } },
      { method: "GET", path: "/tags", query: { limit: "5" }, status: 200 }
    ])
    mock.clearRequests()
    expect(mock.requests()).toEqual([])
  })
})

describe("socket server", () => {
  it("binds to loopback only, on an ephemeral port by default", async () => {
    await expect(MockServer.start({ host: "0.0.0.0" })).rejects.toThrow(/loopback/)
    const server = await MockServer.start({ seed: "demo" })
    try {
      expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/)
      expect(server.port).toBeGreaterThan(0)
      const response = await fetch(`${server.url}/tags`, { headers: { Apikey: KEY } })
      expect((await response.json()).total_items).toBeGreaterThan(0)
    } finally {
      await server.close()
    }
  })
})
