import { EgoiMock } from "@egoi-ts/test-kit"
import { afterEach, beforeEach, describe, expect, expectTypeOf, it } from "vitest"
import {
  Egoi,
  EgoiAbortError,
  EgoiAccountQuotaError,
  EgoiConflictError,
  EgoiConnectionError,
  EgoiError,
  EgoiNotFoundError,
  EgoiRateLimitError,
  EgoiServiceUnavailableError,
  EgoiTimeoutError,
  EgoiValidationError,
  type PagePromise
} from "../src/index.js"

const API_KEY = "sdk-test-key-0123456789"

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
    await expect(egoi.request({ method: "GET", path: "/tags/9999" })).rejects.toBeInstanceOf(EgoiNotFoundError)
  })

  it("reports the last rate-limit headers", async () => {
    await egoi.ping.ping()
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

  it("needs an API key and refuses plain http to remote hosts", () => {
    expect(() => new Egoi({ apiKey: "" })).toThrow(EgoiError)
    expect(() => new Egoi({ apiKey: API_KEY, baseUrl: "http://api.egoiapp.com" })).toThrow(/https/)
  })

  it("keeps Effect types out of its signatures", () => {
    expectTypeOf(egoi.lists.getList).parameter(0).toEqualTypeOf<{ readonly list_id: number }>()
    expectTypeOf<ReturnType<Egoi["tags"]["getAllTags"]>>().toMatchTypeOf<
      PagePromise<unknown, { readonly tag_id: number }>
    >()
    expectTypeOf<ReturnType<Egoi["ping"]["ping"]>>().resolves.toEqualTypeOf<{ readonly result: string }>()
  })
})
