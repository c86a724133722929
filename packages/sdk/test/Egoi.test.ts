import { type AddressInfo, createServer } from "node:net"
import { inspect } from "node:util"
import { EgoiMock } from "@egoi-ts/test-kit"
import { reachableStrings } from "@egoi-ts/vitest-config/secrets"
import { afterEach, beforeEach, describe, expect, expectTypeOf, it } from "vitest"
import { Lists, EgoiNotFoundError as ListsNotFoundError } from "../src/groups/lists.js"
import {
  type Drift,
  Egoi,
  EgoiAbortError,
  EgoiAccountQuotaError,
  EgoiConfigError,
  EgoiConflictError,
  EgoiConnectionError,
  EgoiError,
  EgoiNotFoundError,
  EgoiRateLimitError,
  EgoiResponseDecodeError,
  EgoiServiceUnavailableError,
  EgoiTimeoutError,
  EgoiValidationError,
  type PagePromise
} from "../src/index.js"

const API_KEY = "sdk-test-key-0123456789"

/** The URL of a loopback port nothing listens on: a connection to it is refused. */
const closedPort = async (): Promise<string> => {
  const server = createServer()
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
  const { port } = server.address() as AddressInfo
  await new Promise<void>((resolve) => server.close(() => resolve()))
  return `http://127.0.0.1:${port}`
}

describe("Egoi", () => {
  let mock: EgoiMock.EgoiMock
  let egoi: Egoi

  beforeEach(() => {
    mock = EgoiMock.make({ seed: "sdk" })
    egoi = new Egoi({ apiKey: API_KEY, baseUrl: EgoiMock.IN_PROCESS_URL, fetch: mock.fetch, rateLimit: false })
  })
  afterEach(async () => {
    await egoi.close()
    await mock.dispose()
  })

  it("runs every list operation", async () => {
    const created = await egoi.lists.createList({ internal_name: "Newsletter", public_name: "Our news" })
    expect(created).toMatchObject({ internal_name: "Newsletter", public_name: "Our news", status: "active" })
    const fetched = await egoi.lists.getList({ list_id: created.list_id })
    expect(fetched.stats?.total_contacts).toBe(0)
    const updated = await egoi.lists.updateList({ list_id: created.list_id, internal_name: "News" })
    expect(updated.internal_name).toBe("News")
    const page = await egoi.lists.getAllLists({ internal_name: "News" })
    expect(page.items.map((list) => list.list_id)).toContain(created.list_id)
    await expect(egoi.lists.deleteList({ list_id: created.list_id })).resolves.toBeUndefined()
    await expect(egoi.lists.getList({ list_id: created.list_id })).rejects.toBeInstanceOf(EgoiNotFoundError)
  })

  it("offers every group as a property that stays the same object, so it can be taken apart", async () => {
    expect(Object.keys(egoi)).toEqual(expect.arrayContaining(["lists", "contacts", "advancedReports", "ecommerce"]))
    expect(egoi.lists).toBe(egoi.lists)
    const { tags } = egoi
    const created = await tags.createTag({ name: "Taken apart" })
    const page = await egoi.tags.getAllTags({ limit: 100 })
    expect(page.items.map((tag) => tag.tag_id)).toContain(created.tag_id)
  })

  it("runs every tag operation", async () => {
    const tag = await egoi.tags.createTag({ name: "vip-customers", color: "#FF0000" })
    expect(await egoi.tags.updateTag({ tag_id: tag.tag_id, color: "#00FF00" })).toEqual({
      tag_id: tag.tag_id,
      name: "vip-customers",
      color: "#00FF00"
    })
    const error = await egoi.tags.createTag({ name: "vip-customers" }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(EgoiConflictError)
    expect((error as EgoiConflictError).errors).toEqual({ name_already_exists: "The provided name already exists" })
    await egoi.tags.deleteTag({ tag_id: tag.tag_id })
    const all = await egoi.tags.getAllTags({ limit: 1000 })
    expect(all.items.find((t) => t.tag_id === tag.tag_id)).toBeUndefined()
  })

  it("runs the account operations and ping", async () => {
    const account = await egoi.myAccount.getMyAccount()
    expect(account.module_info?.te?.enabled).toBe(false)
    expect(await egoi.myAccount.enableTe({ domain: "example.com" })).toEqual({ result: true, response: "success" })
    expect((await egoi.myAccount.getMyAccount()).module_info?.te?.enabled).toBe(true)
    await expect(egoi.myAccount.enableTransactional()).resolves.toBeUndefined()
    await expect(egoi.myAccount.enableTransactional()).rejects.toBeInstanceOf(EgoiConflictError)
    expect(await egoi.ping.ping()).toEqual({ result: "pong" })
  })

  it("iterates every item of a paginated operation, page by page", async () => {
    mock.seed({ tags: Array.from({ length: 25 }, (_, i) => ({ name: `bulk-${i}` })) })
    const total = (await egoi.tags.getAllTags()).total_items ?? 0
    mock.clearRequests()
    const names: Array<string> = []
    for await (const tag of egoi.tags.getAllTags({ limit: 10, order: "asc" })) names.push(tag.name)
    expect(names).toHaveLength(total)
    expect(new Set(names).size).toBe(total)
    expect(mock.requests().map((r) => r.query.offset)).toEqual(["0", "10", "20"])
  })

  it("refuses invalid parameters before sending, naming the field", async () => {
    const error = await egoi.lists.getAllLists({ limit: 5000 }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(EgoiValidationError)
    expect((error as EgoiValidationError).issues.map((issue) => issue.path)).toEqual(["limit"])
    expect(mock.requests()).toHaveLength(0)
  })

  it("calls any route with request(), through the same policy", async () => {
    const created = await egoi.request<{ tag_id: number }>({ method: "POST", path: "/tags", body: { name: "raw" } })
    const page = await egoi.request<{ items: Array<{ tag_id: number }> }>({
      method: "GET",
      path: "/tags",
      query: { limit: 1000 }
    })
    expect(page.items.map((tag) => tag.tag_id)).toContain(created.tag_id)
    // A missing list (tags have no GET by ID: that path answers 405).
    await expect(egoi.request({ method: "GET", path: "/lists/9999" })).rejects.toBeInstanceOf(EgoiNotFoundError)
  })

  it("reports the last rate-limit headers", async () => {
    await egoi.myAccount.getMyAccount()
    expect(await egoi.rateLimit()).toMatchObject({ limit: 600, accountLimit: 100_000 })
  })

  it("rejects with the error class of each kind of failure", async () => {
    mock.faults.add({ route: "POST /tags", drop: true, times: 1 })
    await expect(egoi.tags.createTag({ name: "dropped" })).rejects.toBeInstanceOf(EgoiConnectionError)
    mock.faults.add({ route: "GET /tags", latency: 2_000, times: 1 })
    await expect(egoi.tags.getAllTags({}, { timeout: 50, maxRetries: 0 })).rejects.toBeInstanceOf(EgoiTimeoutError)
    mock.faults.add({ route: "GET /my-account", status: 429, headers: { "x-account-remaining": "0" }, times: 1 })
    const quota = await egoi.myAccount.getMyAccount().catch((e: unknown) => e)
    expect(quota).toBeInstanceOf(EgoiAccountQuotaError)
    expect(quota).toBeInstanceOf(EgoiRateLimitError)
    expect((quota as EgoiAccountQuotaError).rateLimit?.accountRemaining).toBe(0)
    mock.faults.add({ route: "POST /ping", status: 503 })
    const unavailable = await egoi.ping.ping(undefined, { maxRetries: 0 }).catch((e: unknown) => e)
    expect(unavailable).toBeInstanceOf(EgoiServiceUnavailableError)
    expect(unavailable).toMatchObject({ status: 503, method: "POST", path: "/ping" })
    expect(String(unavailable)).not.toContain(API_KEY)
  })

  it("aborts through a signal", async () => {
    mock.faults.add({ route: "GET /my-account", latency: 5_000 })
    const controller = new AbortController()
    const pending = egoi.myAccount.getMyAccount(undefined, { signal: controller.signal })
    setTimeout(() => controller.abort(), 50)
    await expect(pending).rejects.toBeInstanceOf(EgoiAbortError)
  })

  it("disposes with await using, after which calls reject", async () => {
    let escaped: Egoi | undefined
    {
      await using scoped = new Egoi({ apiKey: API_KEY, baseUrl: EgoiMock.IN_PROCESS_URL, fetch: mock.fetch })
      escaped = scoped
      await scoped.ping.ping()
    }
    await expect(escaped.ping.ping()).rejects.toBeInstanceOf(EgoiError)
  })

  it("needs an API key and refuses plain http to remote hosts and unusable options, with EgoiConfigError", () => {
    const previous = process.env.EGOI_API_KEY
    delete process.env.EGOI_API_KEY
    try {
      expect(() => new Egoi()).toThrow(EgoiConfigError)
    } finally {
      if (previous !== undefined) process.env.EGOI_API_KEY = previous
    }
    expect(() => new Egoi({ apiKey: "" })).toThrow(EgoiConfigError)
    expect(() => new Egoi({ apiKey: API_KEY, baseUrl: "http://api.egoiapp.com" })).toThrow(/https/)
    for (const options of [{ timeout: 0 }, { timeout: Number.NaN }, { maxRetries: 1e9 }, { deadline: -1 }]) {
      expect(() => new Egoi({ apiKey: API_KEY, ...options })).toThrow(EgoiConfigError)
    }
    expect(() => new Egoi({ apiKey: API_KEY, rateLimit: { limit: 5, intervalMs: -1 } })).toThrow(EgoiConfigError)
  })

  it("ends a call at its deadline, from the client's options or the call's", async () => {
    mock.faults.add({ route: "GET /my-account", latency: 10_000 })
    const bounded = new Egoi({ apiKey: API_KEY, baseUrl: EgoiMock.IN_PROCESS_URL, fetch: mock.fetch, deadline: 300 })
    try {
      const error = await bounded.myAccount.getMyAccount().catch((e: unknown) => e)
      expect(error).toBeInstanceOf(EgoiTimeoutError)
      expect(error).toMatchObject({ scope: "deadline", timeoutMillis: 300, kind: "network" })
    } finally {
      await bounded.close()
    }
    const perCall = await egoi.myAccount.getMyAccount(undefined, { deadline: 200 }).catch((e: unknown) => e)
    expect(perCall).toMatchObject({ scope: "deadline", timeoutMillis: 200 })
  })

  it("ends a for await over pages when its signal aborts", async () => {
    for (let i = 0; i < 3; i++) await egoi.tags.createTag({ name: `tag-${i}` })
    mock.faults.add({ route: "GET /tags", latency: 10_000 })
    const controller = new AbortController()
    setTimeout(() => controller.abort(), 100)
    const seen: Array<number> = []
    const ended = await (async () => {
      for await (const tag of egoi.tags.getAllTags({ limit: 1 }, { signal: controller.signal })) seen.push(tag.tag_id)
    })().catch((e: unknown) => e)
    expect(ended).toBeInstanceOf(EgoiAbortError)
    expect(seen).toStrictEqual([])
  })

  it("tells a write of unknown outcome from one never sent", async () => {
    mock.faults.add({ route: "POST /tags", drop: true, times: 1 })
    const dropped = await egoi.tags.createTag({ name: "maybe" }).catch((e: unknown) => e)
    expect(dropped).toBeInstanceOf(EgoiConnectionError)
    expect(dropped).toMatchObject({ outcome: "unknown", kind: "network" })
    const nowhere = new Egoi({ apiKey: API_KEY, baseUrl: await closedPort(), maxRetries: 0 })
    try {
      const refused = await nowhere.tags.createTag({ name: "never" }).catch((e: unknown) => e)
      expect(refused).toMatchObject({ outcome: "not-sent" })
    } finally {
      await nowhere.close()
    }
  })

  it("answers a body that drifts from its schema and reports it, or rejects it when strict", async () => {
    const drifted = { result: 42 }
    const fetch: typeof globalThis.fetch = async () =>
      new Response(JSON.stringify(drifted), { status: 200, headers: { "content-type": "application/json" } })
    const drifts: Array<Drift> = []
    const tolerant = new Egoi({ apiKey: API_KEY, fetch, onDrift: (drift) => drifts.push(drift) })
    const strict = new Egoi({ apiKey: API_KEY, fetch, strict: true })
    try {
      expect(await tolerant.ping.ping()).toStrictEqual(drifted)
      expect(drifts).toMatchObject([{ operation: "ping", status: 200, issues: [{ path: "result" }] }])
      await expect(strict.ping.ping()).rejects.toBeInstanceOf(EgoiResponseDecodeError)
    } finally {
      await Promise.all([tolerant.close(), strict.close()])
    }
  })

  it("keeps the key out of every error it rejects with, at any depth", async () => {
    mock.faults.add({ route: "POST /tags", drop: true, times: 1 })
    mock.faults.add({ route: "GET /tags", latency: 2_000, times: 1 })
    mock.faults.add({ route: "POST /ping", status: 503, times: 1 })
    const errors = await Promise.all([
      egoi.tags.createTag({ name: "dropped" }).catch((e: unknown) => e),
      egoi.tags.getAllTags({}, { timeout: 50, maxRetries: 0 }).catch((e: unknown) => e),
      egoi.ping.ping(undefined, { maxRetries: 0 }).catch((e: unknown) => e),
      egoi.lists.getList({ list_id: 0 }).catch((e: unknown) => e),
      egoi.lists.getList({ list_id: 9999 }).catch((e: unknown) => e)
    ])
    for (const error of errors) {
      expect(error).toBeInstanceOf(EgoiError)
      const shown = [...reachableStrings(error), inspect(error, { depth: Number.POSITIVE_INFINITY, showHidden: true })]
      expect(shown.filter((text) => text.includes(API_KEY))).toStrictEqual([])
    }
  })

  it("offers each group alone, with its error classes, sharing nothing with other clients", async () => {
    const lists = new Lists({ apiKey: API_KEY, baseUrl: EgoiMock.IN_PROCESS_URL, fetch: mock.fetch, rateLimit: false })
    try {
      const created = await lists.createList({ internal_name: "Alone" })
      expect((await lists.getList({ list_id: created.list_id })).internal_name).toBe("Alone")
      const names: Array<string> = []
      for await (const list of lists.getAllLists()) names.push(list.internal_name)
      expect(names).toContain("Alone")
      await expect(lists.getList({ list_id: 99_999 })).rejects.toBeInstanceOf(ListsNotFoundError)
      expect("tags" in lists).toBe(false)
    } finally {
      await lists.close()
    }
  })

  it("keeps Effect types out of its signatures", () => {
    expectTypeOf(egoi.lists.getList).parameter(0).toEqualTypeOf<{ readonly list_id: number }>()
    expectTypeOf<ReturnType<Egoi["tags"]["getAllTags"]>>().toMatchTypeOf<
      PagePromise<unknown, { readonly tag_id: number }>
    >()
    expectTypeOf<ReturnType<Egoi["ping"]["ping"]>>().resolves.toEqualTypeOf<{ readonly result: string }>()
  })
})
