/**
 * Fault injection: rules by route, status and count, sequences, seeded rates, latency, and faults
 * asked for with a `Prefer` header.
 */
import { describe, expect, it } from "vitest"
import { call, KEY, startMock } from "./utils/client.js"

const start = startMock

describe("fault injection", () => {
  it("applies a rule to its route only, for the given number of times", async () => {
    const mock = start()
    mock.faults.add({ route: "GET /lists/:list_id", status: 503, times: 2 })
    expect((await call(mock, "GET", "/lists")).status).toBe(200)
    expect((await call(mock, "GET", "/lists/1")).status).toBe(503)
    expect((await call(mock, "GET", "/lists/1")).body).toMatchObject({ title: "Service Unavailable", status: 503 })
    expect((await call(mock, "GET", "/lists/1")).status).toBe(404)
  })

  it("plays a sequence, then answers normally", async () => {
    const mock = start()
    mock.faults.sequence("/tags", [{ status: 500 }, "pass", { status: 429 }])
    const seen = []
    for (let i = 0; i < 4; i++) seen.push((await call(mock, "GET", "/tags")).status)
    expect(seen).toEqual([500, 200, 429, 200])
  })

  it("applies a rate drawn from the seed, the same way every time", async () => {
    const draw = async () => {
      const mock = start({ seed: 42, rateLimit: false })
      mock.faults.add({ status: 500, rate: 0.3 })
      const statuses = []
      for (let i = 0; i < 40; i++) statuses.push((await call(mock, "GET", "/tags")).status)
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
    expect((await call(mock, "GET", "/lists", undefined, { Apikey: KEY, Prefer: "code=503" })).status).toBe(503)
    await expect(mock.fetch("http://127.0.0.1/lists", { headers: { Apikey: KEY, Prefer: "drop" } })).rejects.toThrow(
      "fetch failed"
    )
    expect(mock.requests().map((request) => request.status)).toEqual([503, "dropped"])
  })

  it("draws each rule on its own, in the order added: a drop rule after a status rule still fires", async () => {
    const mock = start({ seed: 7, rateLimit: false, accountLimit: false })
    mock.faults.add({ route: "GET /tags", status: 503, rate: 0.2 })
    mock.faults.add({ route: "GET /tags", drop: true, rate: 0.2 })
    const seen = { 503: 0, dropped: 0, 200: 0 } as Record<string, number>
    for (let i = 0; i < 1_000; i++) {
      const outcome = await mock.fetch("http://127.0.0.1/tags", { headers: { Apikey: KEY } }).then(
        (response) => String(response.status),
        () => "dropped"
      )
      seen[outcome] = (seen[outcome] ?? 0) + 1
    }
    // 20% answered 503; 20% of the other 80% (16%) dropped; the rest normal.
    expect(seen["503"]).toBeGreaterThan(150)
    expect(seen["503"]).toBeLessThan(250)
    expect(seen.dropped).toBeGreaterThan(110)
    expect(seen.dropped).toBeLessThan(210)
    expect(seen["503"]! + seen.dropped! + seen["200"]!).toBe(1_000)
  })

  it("adds the latency of every rule that applies before the one that ends the request", async () => {
    const mock = start()
    mock.faults.add({ route: "GET /tags", latency: 120 })
    mock.faults.add({ route: "GET /tags", status: 500, times: 1 })
    mock.faults.add({ route: "GET /tags", status: 503 })
    const started = Date.now()
    expect((await call(mock, "GET", "/tags")).status).toBe(500)
    expect(Date.now() - started).toBeGreaterThanOrEqual(110)
    expect((await call(mock, "GET", "/tags")).status).toBe(503)
  })

  it("counts times only when the rule's draw applies it", async () => {
    const mock = start({ seed: 3, rateLimit: false })
    mock.faults.add({ route: "GET /tags", status: 500, rate: 0.5, times: 3 })
    const statuses = []
    for (let i = 0; i < 40; i++) statuses.push((await call(mock, "GET", "/tags")).status)
    expect(statuses.filter((status) => status === 500)).toHaveLength(3)
  })

  it("refuses a rule whose route matches no operation, or that it cannot apply, when it is added", () => {
    const mock = start()
    expect(() => mock.faults.add({ route: "GET /list", status: 503 })).toThrow(/GET \/list.*matches no operation/)
    expect(() => mock.faults.add({ route: "DELETE /tags", status: 503 })).toThrow(/matches no operation/)
    expect(() => mock.faults.add({ route: "FETCH /lists", status: 503 })).toThrow(/is not "METHOD \/path"/)
    expect(() => mock.faults.sequence("/lists/:list_id/contactz", [{ status: 500 }])).toThrow(/matches no operation/)
    expect(() => mock.faults.add({ route: "GET /lists", status: 204 })).toThrow(/not an error status/)
    expect(() => mock.faults.add({ route: "GET /lists", status: 503, rate: 20 })).toThrow(/rate 20/)
    expect(() => mock.faults.sequence("GET /lists", ["pass", { status: 999 }])).toThrow(/step 2/)
    for (const route of ["GET /lists/1", "/lists/:list_id/contacts", "DELETE /tags/*", "*", "post /tags"]) {
      expect(() => mock.faults.add({ route, status: 503 }).remove()).not.toThrow()
    }
  })
})
