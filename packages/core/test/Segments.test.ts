import { it } from "@effect/vitest"
import * as Effect from "effect/Effect"
import * as Schema from "effect/Schema"
import { describe, expect } from "vitest"
import * as EgoiError from "../src/EgoiError.js"
import * as Segments from "../src/Segments.js"
import { callThroughClient, describeSamples, fixture, refused } from "./utils/DocumentedSamples.js"

describeSamples({
  group: "segments",
  params: { getAllSegments: { list_id: 1 }, deleteSegment: { list_id: 1, segment_id: "1" } },
  samples: [
    {
      file: "segments/getAllSegments.200.json",
      operation: "getAllSegments",
      status: 200,
      schema: Segments.SegmentCollection
    }
  ],
  noContent: ["deleteSegment"]
})

describe("requests", () => {
  it.effect("getAllSegments sends the documented filters", () =>
    Effect.gen(function* () {
      const { sent } = yield* callThroughClient(
        "segments",
        "getAllSegments",
        { list_id: 3, type: "saved", name: "vip", offset: 0, limit: 20 },
        { body: { total_items: 0, items: [] } }
      )
      expect(sent[0]!.url.pathname).toBe("/lists/3/segments")
      expect(Object.fromEntries(sent[0]!.url.searchParams)).toStrictEqual({
        type: "saved",
        name: "vip",
        offset: "0",
        limit: "20"
      })
    })
  )

  it.effect("deleteSegment takes a string segment ID, escaped in the path", () =>
    Effect.gen(function* () {
      const { sent } = yield* callThroughClient(
        "segments",
        "deleteSegment",
        { list_id: 3, segment_id: "tag 3" },
        { status: 204 }
      )
      expect(sent[0]!.method).toBe("DELETE")
      expect(sent[0]!.url.pathname).toBe("/lists/3/segments/tag%203")
    })
  )

  it.effect("a 409 on deleteSegment is a Conflict with E-goi's reason", () =>
    Effect.gen(function* () {
      const body = {
        title: "Conflict",
        status: 409,
        detail: "Conflict",
        errors: { invalid_segment_type: "You can only delete segments of  type saved" }
      }
      const error = yield* Effect.flip(
        callThroughClient("segments", "deleteSegment", { list_id: 1, segment_id: "tag_1" }, { status: 409, body })
      )
      expect(error).toBeInstanceOf(EgoiError.Conflict)
      expect((error as EgoiError.Conflict).errors).toStrictEqual(body.errors)
    })
  )
})

describe("validation before sending", () => {
  it.effect("getAllSegments refuses an unknown type, and order (not documented here)", () =>
    Effect.gen(function* () {
      const error = yield* refused("segments", "getAllSegments", { list_id: 1, type: "manual", order: "asc" })
      expect(error.issues).toStrictEqual([
        { path: "order", message: "is not a parameter of getAllSegments" },
        { path: "type", message: 'Expected one of auto, saved, tag, got "manual"' }
      ])
    })
  )

  it.effect("deleteSegment refuses an empty segment ID and a numeric one", () =>
    Effect.gen(function* () {
      const empty = yield* refused("segments", "deleteSegment", { list_id: 1, segment_id: "" })
      expect(empty.issues).toStrictEqual([
        { path: "segment_id", message: "Expected the ID of a segment, got an empty string" }
      ])
      const numeric = yield* refused("segments", "deleteSegment", { list_id: 1, segment_id: 5 })
      expect(numeric.issues.map((issue) => issue.path)).toEqual(["segment_id"])
    })
  )
})

describe("tolerance", () => {
  const segment = (fixture("segments/getAllSegments.200.json") as { items: Array<Record<string, unknown>> }).items[0]!

  it("keeps a segment type E-goi may add, and the dates of saved and tag segments", () => {
    const decoded = Schema.decodeUnknownSync(Segments.Segment)({
      ...segment,
      type: "smart",
      created: "2024-01-01 00:00:00",
      updated: "0000-00-00 00:00:00",
      segment_filter: { boolean_operator: "and" }
    })
    expect(decoded).toStrictEqual({
      ...segment,
      type: "smart",
      created: "2024-01-01 00:00:00",
      updated: "0000-00-00 00:00:00"
    })
  })

  it("still refuses a segment whose ID is not a string", () => {
    expect(() => Schema.decodeUnknownSync(Segments.Segment)({ ...segment, segment_id: 3 })).toThrow(/segment_id/)
  })
})
