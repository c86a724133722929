/**
 * Segments in the mock: seeded segments of each type and the tag segments derived from the
 * account's tags, which contacts each selects, and the routes that list and delete them.
 */
import { it } from "@effect/vitest"
import { EgoiError, Pagination } from "@egoi-ts/core"
import * as Chunk from "effect/Chunk"
import * as Effect from "effect/Effect"
import * as Stream from "effect/Stream"
import { describe, expect } from "vitest"
import type * as EgoiMock from "../src/EgoiMock.js"
import { clientAndMock, mockClient, NOW_TEXT, raw, savedSegment, seed } from "./utils/client.js"

/** The contact ID of the n-th seeded contact. */
const id = (n: number) => n.toString(16).padStart(10, "0")

type ContactSeed = EgoiMock.SeedRecord<"contacts">

/** Seeds a list's contacts, numbered from 1. */
const contacts = (...seeds: ReadonlyArray<Omit<ContactSeed, "list_id" | "contact_id"> & { list_id?: number }>) =>
  seed({ contacts: seeds.map((contact, i) => ({ list_id: 1, ...contact, contact_id: id(i + 1) })) })

/** Seeds a saved segment of list 1 and answers its ID. */
const saved = (...args: Parameters<typeof savedSegment>) =>
  Effect.gen(function* () {
    const { mock } = yield* clientAndMock
    mock.seed({ segments: [savedSegment(...args)] })
    return (mock.snapshot().segments as Array<{ segment_id: string }>).at(-1)!.segment_id
  })

/** The IDs of the contacts of a list a segment selects, as `getAllContactsBySegment` answers them. */
const selected = (segmentId: string, listId = 1) =>
  Effect.gen(function* () {
    const { egoi } = yield* clientAndMock
    const page = yield* egoi.contacts.getAllContactsBySegment({ list_id: listId, segment_id: segmentId, limit: 100 })
    return page.items.map((contact) => contact.base.contact_id)
  })

const lists = { lists: [{ internal_name: "Newsletter" }, { internal_name: "Customers" }], tags: [{ name: "vip" }] }

describe("saved segments", () => {
  it.effect("select by equals and contains on base fields, ignoring case, with and / or / invert", () =>
    Effect.gen(function* () {
      yield* seed(lists)
      yield* contacts(
        { base: { first_name: "Ana", email: "ana@gmail.com" } },
        { base: { first_name: "Bruno", email: "bruno@example.com" } },
        { base: { first_name: "carla", email: "carla@GMAIL.com" } }
      )
      const gmail = yield* saved("Gmail", [["email", "contains", "@gmail."]])
      expect(yield* selected(gmail)).toEqual([id(1), id(3)])

      const conditions = [
        ["first_name", "equal_to", "CARLA"],
        ["email", "ends_with", "example.com"]
      ] as const
      const both = yield* saved("Both", conditions)
      const either = yield* saved("Either", conditions, { boolean_operator: "or" })
      const neither = yield* saved("Neither", conditions, { boolean_operator: "or", invert: true })
      expect(yield* selected(both)).toEqual([])
      expect(yield* selected(either)).toEqual([id(2), id(3)])
      expect(yield* selected(neither)).toEqual([id(1)])
    }).pipe(Effect.provide(mockClient()))
  )

  it.effect("select on extra fields: numbers compare as numbers, options by option ID, dates by range", () =>
    Effect.gen(function* () {
      yield* seed({
        ...lists,
        // Fields 1 (number), 2 (options 1 and 2), 3 (date).
        extraFields: [
          { list_id: 1, name: "Age", format: "number" },
          { list_id: 1, name: "Colors", format: "options", options: [{ en: "Red" }, { en: "Blue" }] },
          { list_id: 1, name: "Since", format: "date" }
        ]
      })
      yield* contacts(
        { extra: [{ field_id: 1, value: "9" }] },
        { extra: [{ field_id: 1, value: "42" }] },
        { extra: [{ field_id: 2, value: [1, 2] }] },
        { extra: [{ field_id: 3, value: "2024-04-15" }] },
        {}
      )
      const rule = (field: string, operator: Parameters<typeof savedSegment>[1][number][1], value: string) =>
        Effect.flatMap(saved(`${field} ${operator} ${value}`, [[field, operator, value]]), (segmentId) =>
          selected(segmentId)
        )
      expect(yield* rule("1", "greater_than", "10")).toEqual([id(2)])
      expect(yield* rule("1", "less_or_equal_to", "9")).toEqual([id(1)])
      expect(yield* rule("2", "equal_to", "2")).toEqual([id(3)])
      expect(yield* rule("2", "not_equal_to", "2")).toEqual([id(1), id(2), id(4), id(5)])
      expect(yield* rule("3", "date_range", "2024-04-01||2024-04-30")).toEqual([id(4)])
      expect(yield* rule("3", "date_range", "2024-05-01||2024-05-31")).toEqual([])
    }).pipe(Effect.provide(mockClient()))
  )

  it.effect("select only contacts of their own list: another list does not have the segment", () =>
    Effect.gen(function* () {
      const { egoi } = yield* clientAndMock
      yield* seed(lists)
      yield* contacts({}, { list_id: 2 })
      yield* seed({ segments: [{ list_id: 2, name: "Everyone", type: "saved", rule: { segment_filter_array: [] } }] })
      expect(yield* selected("1", 2)).toEqual([id(2)])
      const elsewhere = yield* Effect.flip(egoi.contacts.getAllContactsBySegment({ list_id: 1, segment_id: "1" }))
      expect(elsewhere).toBeInstanceOf(EgoiError.NotFound)
    }).pipe(Effect.provide(mockClient()))
  )
})

describe("tag segments", () => {
  it.effect("every tag gives each list a segment of the contacts carrying it", () =>
    Effect.gen(function* () {
      const { egoi } = yield* clientAndMock
      yield* seed(lists)
      yield* contacts({ tags: [1] }, {}, { list_id: 2, tags: [1] })
      const listed = yield* egoi.segments.getAllSegments({ list_id: 1, type: "tag" })
      expect(listed.items).toEqual([{ segment_id: "tag_1", name: "vip", type: "tag" }])
      expect(yield* selected("tag_1")).toEqual([id(1)])
      expect(yield* selected("tag_1", 2)).toEqual([id(3)])
      for (const [listId, segmentId] of [
        [1, "tag_2"],
        [9, "tag_1"]
      ] as const) {
        const missing = yield* Effect.flip(
          egoi.contacts.getAllContactsBySegment({ list_id: listId, segment_id: segmentId })
        )
        expect(missing).toBeInstanceOf(EgoiError.NotFound)
      }
    }).pipe(Effect.provide(mockClient()))
  )
})

describe("auto segments", () => {
  it.effect("select by status and by subscription date, relative to the mock's clock", () =>
    Effect.gen(function* () {
      yield* seed(lists)
      yield* contacts(
        { base: { subscription_date: "2024-04-20 08:00:00" } },
        { base: { subscription_date: "2024-01-02 08:00:00" } },
        { base: { status: "inactive", subscription_date: "2024-04-25 08:00:00" } }
      )
      yield* seed({
        segments: [
          {
            list_id: 1,
            name: "Active, subscribed in the last 30 days",
            type: "auto",
            rule: { status: ["active"], subscribed_in_last_days: 30 }
          },
          {
            list_id: 1,
            name: "Subscribed in Q1",
            type: "auto",
            rule: { subscription_date_min: "2024-01-01 00:00:00", subscription_date_max: "2024-03-31 23:59:59" }
          }
        ]
      })
      expect(yield* selected("1")).toEqual([id(1)])
      expect(yield* selected("2")).toEqual([id(2)])
    }).pipe(Effect.provide(mockClient()))
  )
})

describe("routes", () => {
  it.effect("getAllSegments lists seeded and derived segments, filters by type and name, pages", () =>
    Effect.gen(function* () {
      yield* seed({
        ...lists,
        segments: [
          savedSegment("Gmail", []),
          { list_id: 1, name: "Active", type: "auto", rule: { status: ["active"] } },
          { list_id: 2, name: "Other list", type: "saved", rule: { segment_filter_array: [] } }
        ]
      })
      const all = yield* raw("GET", "/lists/1/segments")
      expect(all.body).toEqual({
        total_items: 3,
        items: [
          { segment_id: "1", name: "Gmail", type: "saved", created: NOW_TEXT, updated: NOW_TEXT },
          { segment_id: "2", name: "Active", type: "auto", created: NOW_TEXT, updated: NOW_TEXT },
          { segment_id: "tag_1", name: "vip", type: "tag" }
        ]
      })
      const tags = yield* raw("GET", "/lists/1/segments?type=tag")
      expect(tags.body.items.map((s: { segment_id: string }) => s.segment_id)).toEqual(["tag_1"])
      const named = yield* raw("GET", "/lists/1/segments?name=GMA")
      expect(named.body.items.map((s: { name: string }) => s.name)).toEqual(["Gmail"])
      const page = yield* raw("GET", "/lists/1/segments?offset=1&limit=1")
      expect(page.body).toMatchObject({ total_items: 3, items: [{ segment_id: "2" }] })
      expect((yield* raw("GET", "/lists/9/segments")).status).toBe(422)
    }).pipe(Effect.provide(mockClient()))
  )

  it.effect("getAllSegments answers 10 a page by default, and every page of them to a stream", () =>
    Effect.gen(function* () {
      const { egoi, mock } = yield* clientAndMock
      yield* seed({
        lists: [{ internal_name: "Newsletter" }],
        tags: [{ name: "vip" }, { name: "trial" }],
        segments: Array.from({ length: 14 }, (_, i) => ({
          list_id: 1,
          name: `Saved ${i}`,
          type: "saved" as const,
          rule: { segment_filter_array: [] }
        }))
      })
      const first = yield* egoi.segments.getAllSegments({ list_id: 1 })
      expect([first.total_items, first.items.length]).toEqual([16, 10])
      mock.clearRequests()
      const all = yield* Stream.runCollect(Pagination.stream(egoi.segments.getAllSegments, { list_id: 1, limit: 5 }))
      const ids = Chunk.toReadonlyArray(all).map((segment) => segment.segment_id)
      expect(ids).toHaveLength(16)
      expect(new Set(ids).size).toBe(16)
      expect(ids.slice(-2)).toEqual(["tag_1", "tag_2"])
      expect(mock.requests().map((request) => request.query.offset)).toEqual(["0", "5", "10", "15"])
    }).pipe(Effect.provide(mockClient()))
  )

  it.effect("deleteSegment deletes saved segments only: 409 invalid_segment_type for others, 404 when missing", () =>
    Effect.gen(function* () {
      const { egoi } = yield* clientAndMock
      yield* seed({
        ...lists,
        segments: [
          savedSegment("Gmail", []),
          { list_id: 1, name: "Active", type: "auto", rule: { status: ["active"] } }
        ]
      })
      expect((yield* raw("DELETE", "/lists/1/segments/1")).status).toBe(204)
      expect((yield* raw("DELETE", "/lists/1/segments/1")).status).toBe(404)
      expect((yield* raw("DELETE", "/lists/2/segments/2")).status).toBe(404)
      for (const id of ["2", "tag_1"]) {
        const refused = yield* Effect.flip(egoi.segments.deleteSegment({ list_id: 1, segment_id: id }))
        expect(refused).toBeInstanceOf(EgoiError.Conflict)
        expect(refused).toMatchObject({
          errors: { invalid_segment_type: "You can only delete segments of  type saved" }
        })
      }
      const names = (yield* egoi.segments.getAllSegments({ list_id: 1, limit: 100 })).items.map((s) => s.name)
      expect(names).toEqual(["Active", "vip"])
    }).pipe(Effect.provide(mockClient()))
  )

  it.effect("an unknown type is refused before it reaches the mock", () =>
    Effect.gen(function* () {
      const { egoi, mock } = yield* clientAndMock
      const error = yield* Effect.flip(egoi.segments.getAllSegments({ list_id: 1, type: "smart" as "saved" }))
      expect(error).toBeInstanceOf(EgoiError.RequestValidationError)
      expect((error as EgoiError.RequestValidationError).issues.map((issue) => issue.path)).toEqual(["type"])
      expect(mock.requests()).toEqual([])
    }).pipe(Effect.provide(mockClient()))
  )

  it.effect("the demo seeds a saved and an auto segment in its first list", () =>
    Effect.gen(function* () {
      const { egoi } = yield* clientAndMock
      const saved = yield* egoi.segments.getAllSegments({ list_id: 1, type: "saved" })
      expect(saved.items.map((segment) => segment.name)).toEqual(["Gmail addresses"])
      expect((yield* egoi.segments.getAllSegments({ list_id: 1, type: "auto" })).total_items).toBe(1)
    }).pipe(Effect.provide(mockClient({ seed: "demo" })))
  )
})
