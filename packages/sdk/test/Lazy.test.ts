/**
 * The client of every group loads a group's definition when the group is first called: its methods
 * exist before (a paged one answers a `PagePromise` at once), the first call loads and then runs, and
 * from then on the group's own methods answer. Each test here uses groups no other test of this file
 * has loaded.
 */
import { EgoiApi } from "@egoi-ts/core"
import { EgoiMock } from "@egoi-ts/test-kit"
import { afterEach, beforeEach, describe, expect, it } from "vitest"
import { type ClientOptions, Egoi, EgoiValidationError, PagePromise, Segments } from "../src/index.js"

const API_KEY = "sdk-lazy-test-key-0123456789"

describe("groups loaded on first use", () => {
  let mock: EgoiMock.EgoiMock
  let egoi: Egoi
  const options = (): ClientOptions => ({
    apiKey: API_KEY,
    baseUrl: EgoiMock.IN_PROCESS_URL,
    fetch: mock.fetch,
    rateLimit: false
  })

  beforeEach(() => {
    mock = EgoiMock.make({ seed: "sdk-lazy" })
    egoi = new Egoi(options())
  })
  afterEach(async () => {
    await egoi.close()
    await mock.dispose()
  })

  it("offers every group of the definition, in its order, before any is loaded", () => {
    expect(Object.keys(egoi).filter((key) => key !== "bulk")).toStrictEqual(Object.keys(EgoiApi.EgoiApi.groups))
  })

  it("a group's first call loads it and runs; then the group's own methods stand in for the stubs", async () => {
    const { lists } = egoi
    const stub = lists.createList
    const created = await lists.createList({ internal_name: "Lazy" })
    expect(created).toMatchObject({ internal_name: "Lazy" })
    expect(lists.createList).not.toBe(stub)
    await expect(lists.getList({ list_id: created.list_id })).resolves.toMatchObject({ list_id: created.list_id })
  })

  it("invalid parameters on a group's first call reject naming the field, before sending", async () => {
    const error = await egoi.fields.getAllFields({ list_id: 1, limit: 5000 }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(EgoiValidationError)
    expect((error as EgoiValidationError).issues.map((issue) => issue.path)).toEqual(["limit"])
    expect(mock.requests()).toHaveLength(0)
  })

  it("a paged call of a group not yet loaded answers a PagePromise that can be awaited", async () => {
    mock.seed({ tags: Array.from({ length: 3 }, (_, i) => ({ name: `lazy-${i}` })) })
    const answer = egoi.tags.getAllTags({ limit: 2 })
    expect(answer).toBeInstanceOf(PagePromise)
    const page = await answer
    expect(page.items).toHaveLength(2)
  })

  it("a paged call of a group not yet loaded answers a PagePromise that can be iterated", async () => {
    const answer = egoi.users.getAllUsers({ limit: 2 })
    expect(answer).toBeInstanceOf(PagePromise)
    const ids: Array<number> = []
    for await (const user of answer) ids.push(user.user_id)
    expect(ids).toHaveLength(3)
    expect(mock.requests().map((request) => request.query.offset)).toEqual(["0", "2"])
  })

  it("the main entry point's group classes load their group on first call too", async () => {
    const segments = new Segments(options())
    try {
      const stub = segments.getAllSegments
      const error = await segments.getAllSegments({ limit: 1 } as never).catch((e: unknown) => e)
      expect(error).toBeInstanceOf(EgoiValidationError)
      expect((error as EgoiValidationError).issues.map((issue) => issue.path)).toEqual(["list_id"])
      expect(segments.getAllSegments).not.toBe(stub)
    } finally {
      await segments.close()
    }
  })
})
