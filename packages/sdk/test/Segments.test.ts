import { EgoiMock } from "@egoi-ts/test-kit"
import { afterEach, beforeEach, describe, expect, it } from "vitest"
import { Egoi, EgoiConflictError, EgoiNotFoundError, EgoiValidationError } from "../src/index.js"

describe("egoi.segments", () => {
  let mock: EgoiMock.EgoiMock
  let egoi: Egoi

  beforeEach(() => {
    mock = EgoiMock.make()
    mock.seed({ lists: [{ internal_name: "Newsletter" }], tags: [{ name: "vip" }, { name: "trial" }] })
    mock.seed({
      segments: [
        { list_id: 1, name: "Gmail", type: "saved", rule: { segment_filter_array: [] } },
        { list_id: 1, name: "Active", type: "auto", rule: { status: ["active"] } },
        ...Array.from({ length: 12 }, (_, i) => ({
          list_id: 1,
          name: `Saved ${i}`,
          type: "saved" as const,
          rule: { segment_filter_array: [] }
        }))
      ]
    })
    egoi = new Egoi({ fetch: mock.fetch, baseUrl: EgoiMock.IN_PROCESS_URL, apiKey: "k", rateLimit: false })
  })
  afterEach(async () => {
    await egoi.close()
    await mock.dispose()
  })

  it("lists a page of segments, filtered by type and name", async () => {
    const page = await egoi.segments.getAllSegments({ list_id: 1 })
    expect(page.total_items).toBe(16)
    expect(page.items).toHaveLength(10)
    const tags = await egoi.segments.getAllSegments({ list_id: 1, type: "tag" })
    expect(tags.items).toEqual([
      { segment_id: "tag_1", name: "vip", type: "tag" },
      { segment_id: "tag_2", name: "trial", type: "tag" }
    ])
    const named = await egoi.segments.getAllSegments({ list_id: 1, name: "gmail" })
    expect(named.items.map((segment) => segment.segment_id)).toEqual(["1"])
  })

  it("iterates every segment with for await, page by page", async () => {
    mock.clearRequests()
    const ids: Array<string> = []
    for await (const segment of egoi.segments.getAllSegments({ list_id: 1, limit: 5 })) ids.push(segment.segment_id)
    expect(ids).toHaveLength(16)
    expect(new Set(ids).size).toBe(16)
    expect(mock.requests().map((request) => request.query.offset)).toEqual(["0", "5", "10", "15"])
  })

  it("deletes a saved segment; refuses the other types with 409 and a missing one with 404", async () => {
    await expect(egoi.segments.deleteSegment({ list_id: 1, segment_id: "1" })).resolves.toBeUndefined()
    await expect(egoi.segments.deleteSegment({ list_id: 1, segment_id: "1" })).rejects.toBeInstanceOf(EgoiNotFoundError)
    const error = await egoi.segments.deleteSegment({ list_id: 1, segment_id: "tag_1" }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(EgoiConflictError)
    expect((error as EgoiConflictError).errors).toEqual({
      invalid_segment_type: "You can only delete segments of  type saved"
    })
    const names = (await egoi.segments.getAllSegments({ list_id: 1, limit: 100 })).items.map((s) => s.name)
    expect(names).not.toContain("Gmail")
    expect(names).toContain("vip")
  })

  it("refuses an unknown type before sending", async () => {
    mock.clearRequests()
    const error = await egoi.segments.getAllSegments({ list_id: 1, type: "smart" as "saved" }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(EgoiValidationError)
    expect((error as EgoiValidationError).issues.map((issue) => issue.path)).toEqual(["type"])
    expect(mock.requests()).toHaveLength(0)
  })
})
