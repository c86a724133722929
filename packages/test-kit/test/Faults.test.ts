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
})
