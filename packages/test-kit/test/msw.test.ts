/**
 * The mock behind MSW's `setupServer`: an app's own `fetch` to E-goi's URL is answered by the
 * stateful mock, faults and request log included.
 */
import { EgoiClient } from "@egoi-ts/core"
import * as Effect from "effect/Effect"
import { setupServer } from "msw/node"
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest"
import * as EgoiMock from "../src/EgoiMock.js"
import { handlers } from "../src/msw.js"

// MSW 3 asks for Node 22.12 for Promise.withResolvers alone; the CI's Node 20 gets that one function.
;(Promise as unknown as { withResolvers?: unknown }).withResolvers ??= function <T>(this: PromiseConstructor) {
  let resolve!: (value: T) => void
  let reject!: (reason: unknown) => void
  const promise = new this<T>((ok, fail) => {
    resolve = ok
    reject = fail
  })
  return { promise, resolve, reject }
}

const mock = EgoiMock.make({ seed: "demo" })
const server = setupServer(...handlers(mock), ...handlers(mock, { baseUrl: "http://egoi.test/v3/" }))

beforeAll(() => server.listen({ onUnhandledFrame: "error" }))
afterEach(() => mock.reset())
afterAll(async () => {
  server.close()
  await mock.dispose()
})

const headers = { Apikey: "app-key", "content-type": "application/json" }

describe("MSW handlers", () => {
  it("answers the app's requests to E-goi from the stateful mock", async () => {
    const created = await fetch("https://api.egoiapp.com/tags", {
      method: "POST",
      headers,
      body: JSON.stringify({ name: "from msw" })
    })
    expect(created.status).toBe(201)
    const tags = await (await fetch("https://api.egoiapp.com/tags?limit=100", { headers })).json()
    expect(tags.items.map((tag: { name: string }) => tag.name)).toContain("from msw")
    expect(mock.requests().map((request) => [request.method, request.path, request.status])).toEqual([
      ["POST", "/tags", 201],
      ["GET", "/tags", 200]
    ])
    const unauthorized = await fetch("https://api.egoiapp.com/lists")
    expect(unauthorized.status).toBe(401)
    expect(await unauthorized.json()).toMatchObject({ title: "Unauthorized", status: 401 })
  })

  it("serves a client made with its defaults, which calls E-goi's own URL", async () => {
    const lists = await Effect.runPromise(
      Effect.gen(function* () {
        const egoi = yield* EgoiClient.EgoiClient
        return yield* egoi.lists.getAllLists({ limit: 100 })
      }).pipe(Effect.provide(EgoiClient.layerWith({ apiKey: "app-key", rateLimit: false, maxRetries: 0 })))
    )
    expect(lists.total_items).toBe(mock.snapshot().lists.length)
  })

  it("drops a connection as a network error, and applies the mock's faults", async () => {
    mock.faults.add({ route: "GET /lists", drop: true, times: 1 })
    await expect(fetch("https://api.egoiapp.com/lists", { headers })).rejects.toThrow(TypeError)
    mock.faults.add({ route: "GET /lists", status: 503, times: 1 })
    expect((await fetch("https://api.egoiapp.com/lists", { headers })).status).toBe(503)
    expect((await fetch("https://api.egoiapp.com/lists", { headers })).status).toBe(200)
  })

  it("answers under another base URL when given one", async () => {
    const list = await fetch("http://egoi.test/v3/lists/1", { headers })
    expect(list.status).toBe(200)
    expect(await list.json()).toMatchObject({ list_id: 1 })
    const created = await fetch("http://egoi.test/v3/tags", {
      method: "POST",
      headers,
      body: JSON.stringify({ name: "under v3" })
    })
    expect(created.status).toBe(201)
    expect(mock.requests().map((request) => request.path)).toEqual(["/lists/1", "/tags"])
  })
})
