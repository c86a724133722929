/**
 * Segments in the mock: seeded segments of each type, the tag segments derived from the account's
 * tags, the routes, and which hand-made contacts each segment selects.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest"
import * as EgoiMock from "../src/EgoiMock.js"
import type { StoredContact, StoredContactBase } from "../src/internal/contactModel.js"
import { type SegmentSeed, type StoredSegment, segmentOf, segmentSelects } from "../src/internal/segments.js"
import { stateOf, storedContact } from "./utils/mock.js"

const KEY = "segments-test-key"
const NOW = Date.UTC(2024, 4, 1, 10, 0, 0)

let counter = 0
const contact = (
  base: Partial<StoredContactBase> = {},
  more: Partial<Omit<StoredContact, "base">> = {}
): StoredContact => storedContact({ contact_id: (++counter).toString(16).padStart(10, "0"), base, ...more })

let mock: EgoiMock.EgoiMock

const call = async (method: string, path: string, body?: unknown) => {
  const response = await mock.fetch(`${EgoiMock.IN_PROCESS_URL}${path}`, {
    method,
    headers: { Apikey: KEY, "content-type": "application/json" },
    ...(body === undefined ? {} : { body: JSON.stringify(body) })
  })
  return { status: response.status, body: response.status === 204 ? undefined : await response.json() }
}

const seeded = (segment: SegmentSeed): StoredSegment => {
  mock.seed({ segments: [segment] })
  const all = (mock.snapshot() as unknown as { segments: Array<StoredSegment> }).segments
  return all.at(-1)!
}

beforeEach(() => {
  mock = EgoiMock.make({ now: () => NOW })
  mock.seed({ lists: [{ internal_name: "Newsletter" }, { internal_name: "Customers" }], tags: [{ name: "vip" }] })
})
afterEach(() => mock.dispose())

describe("saved segments", () => {
  const select = (segment: StoredSegment, contacts: ReadonlyArray<StoredContact>) =>
    contacts.filter((candidate) => segmentSelects(stateOf(mock), segment, candidate)).map((c) => c.contact_id)

  it("select by equals and contains on base fields, ignoring case, with and / or / invert", () => {
    const ana = contact({ first_name: "Ana", email: "ana@gmail.com" })
    const bruno = contact({ first_name: "Bruno", email: "bruno@example.com" })
    const carla = contact({ first_name: "carla", email: "carla@GMAIL.com" })
    const gmail = seeded({
      list_id: 1,
      name: "Gmail",
      type: "saved",
      rule: {
        segment_filter_array: [{ segment_field: "email", segment_operator: "contains", segment_value: "@gmail." }]
      }
    })
    expect(select(gmail, [ana, bruno, carla])).toEqual([ana.contact_id, carla.contact_id])

    const conditions = [
      { segment_field: "first_name", segment_operator: "equal_to", segment_value: "CARLA" },
      { segment_field: "email", segment_operator: "ends_with", segment_value: "example.com" }
    ] as const
    const both = seeded({ list_id: 1, name: "Both", type: "saved", rule: { segment_filter_array: conditions } })
    const either = seeded({
      list_id: 1,
      name: "Either",
      type: "saved",
      rule: { segment_filter_array: conditions, boolean_operator: "or" }
    })
    const neither = seeded({
      list_id: 1,
      name: "Neither",
      type: "saved",
      rule: { segment_filter_array: conditions, boolean_operator: "or", invert: true }
    })
    expect(select(both, [ana, bruno, carla])).toEqual([])
    expect(select(either, [ana, bruno, carla])).toEqual([bruno.contact_id, carla.contact_id])
    expect(select(neither, [ana, bruno, carla])).toEqual([ana.contact_id])
  })

  it("select on extra fields: numbers compare as numbers, options by option ID, dates by range", () => {
    const fields = (values: StoredContact["extra"]) => contact({}, { extra: values })
    const young = fields([{ field_id: 3, format: "number", value: "9" }])
    const old = fields([{ field_id: 3, format: "number", value: "42" }])
    const red = fields([{ field_id: 4, format: "options", value: [7, 8] }])
    const spring = fields([{ field_id: 5, format: "date", value: "2024-04-15" }])
    const none = contact()
    const everyone = [young, old, red, spring, none]
    const rule = (segment_field: string, segment_operator: any, segment_value: string): SegmentSeed => ({
      list_id: 1,
      name: `${segment_field} ${segment_operator} ${segment_value}`,
      type: "saved",
      rule: { segment_filter_array: [{ segment_field, segment_operator, segment_value }] }
    })
    expect(select(seeded(rule("3", "greater_than", "10")), everyone)).toEqual([old.contact_id])
    expect(select(seeded(rule("3", "less_or_equal_to", "9")), everyone)).toEqual([young.contact_id])
    expect(select(seeded(rule("4", "equal_to", "8")), everyone)).toEqual([red.contact_id])
    expect(select(seeded(rule("4", "not_equal_to", "8")), everyone)).toEqual([
      young.contact_id,
      old.contact_id,
      spring.contact_id,
      none.contact_id
    ])
    expect(select(seeded(rule("5", "date_range", "2024-04-01||2024-04-30")), everyone)).toEqual([spring.contact_id])
    expect(select(seeded(rule("5", "date_range", "2024-05-01||2024-05-31")), everyone)).toEqual([])
  })

  it("select only contacts of their own list", () => {
    const segment = seeded({
      list_id: 2,
      name: "Everyone of list 2",
      type: "saved",
      rule: { segment_filter_array: [] }
    })
    expect(select(segment, [contact(), contact({}, { list_id: 2 })])).toHaveLength(1)
  })
})

describe("tag segments", () => {
  it("select the contacts carrying the tag, including the segment derived for every tag", () => {
    const state = stateOf(mock)
    const derived = segmentOf(state, 1, "tag_1")
    expect(derived).toMatchObject({ list_id: 1, segment_id: "tag_1", name: "vip", type: "tag", rule: { tag_id: 1 } })
    const tagged = contact({}, { tags: [1] })
    const untagged = contact({}, { tags: [2] })
    expect(segmentSelects(state, derived!, tagged)).toBe(true)
    expect(segmentSelects(state, derived!, untagged)).toBe(false)
    expect(segmentOf(state, 1, "tag_2")).toBeUndefined()
    expect(segmentOf(state, 9, "tag_1")).toBeUndefined()
  })
})

describe("auto segments", () => {
  it("select by status and by subscription date, relative to the mock's clock", () => {
    const state = stateOf(mock)
    const recent = seeded({
      list_id: 1,
      name: "Active, subscribed in the last 30 days",
      type: "auto",
      rule: { status: ["active"], subscribed_in_last_days: 30 }
    })
    const april = contact({ subscription_date: "2024-04-20 08:00:00" })
    const january = contact({ subscription_date: "2024-01-02 08:00:00" })
    const inactive = contact({ status: "inactive", subscription_date: "2024-04-25 08:00:00" })
    expect([april, january, inactive].map((c) => segmentSelects(state, recent, c))).toEqual([true, false, false])

    const q1 = seeded({
      list_id: 1,
      name: "Subscribed in Q1",
      type: "auto",
      rule: { subscription_date_min: "2024-01-01 00:00:00", subscription_date_max: "2024-03-31 23:59:59" }
    })
    expect([april, january, inactive].map((c) => segmentSelects(state, q1, c))).toEqual([false, true, false])
  })
})

describe("routes", () => {
  it("getAllSegments lists seeded and derived segments, filters by type and name, pages", async () => {
    mock.seed({
      segments: [
        { list_id: 1, name: "Gmail", type: "saved", rule: { segment_filter_array: [] } },
        { list_id: 1, name: "Active", type: "auto", rule: { status: ["active"] } },
        { list_id: 2, name: "Other list", type: "saved", rule: { segment_filter_array: [] } }
      ]
    })
    const all = await call("GET", "/lists/1/segments")
    expect(all.body).toEqual({
      total_items: 3,
      items: [
        {
          segment_id: "1",
          name: "Gmail",
          type: "saved",
          created: "2024-05-01 10:00:00",
          updated: "2024-05-01 10:00:00"
        },
        {
          segment_id: "2",
          name: "Active",
          type: "auto",
          created: "2024-05-01 10:00:00",
          updated: "2024-05-01 10:00:00"
        },
        { segment_id: "tag_1", name: "vip", type: "tag" }
      ]
    })
    const tags = await call("GET", "/lists/1/segments?type=tag")
    expect(tags.body.items.map((s: { segment_id: string }) => s.segment_id)).toEqual(["tag_1"])
    const named = await call("GET", "/lists/1/segments?name=GMA")
    expect(named.body.items.map((s: { name: string }) => s.name)).toEqual(["Gmail"])
    const page = await call("GET", "/lists/1/segments?offset=1&limit=1")
    expect(page.body).toMatchObject({ total_items: 3, items: [{ segment_id: "2" }] })
    expect((await call("GET", "/lists/9/segments")).status).toBe(422)
  })

  it("deleteSegment deletes saved segments only: 409 invalid_segment_type for others, 404 when missing", async () => {
    mock.seed({
      segments: [
        { list_id: 1, name: "Gmail", type: "saved", rule: { segment_filter_array: [] } },
        { list_id: 1, name: "Active", type: "auto", rule: { status: ["active"] } }
      ]
    })
    expect((await call("DELETE", "/lists/1/segments/1")).status).toBe(204)
    expect((await call("DELETE", "/lists/1/segments/1")).status).toBe(404)
    expect((await call("DELETE", "/lists/2/segments/2")).status).toBe(404)
    for (const id of ["2", "tag_1"]) {
      const refused = await call("DELETE", `/lists/1/segments/${id}`)
      expect(refused.status).toBe(409)
      expect(refused.body.errors).toEqual({ invalid_segment_type: "You can only delete segments of  type saved" })
    }
  })

  it("deleteExtraField answers 409 field_in_use while a saved segment uses the field", async () => {
    const field = await call("POST", "/lists/1/fields/extra", { name: "City", format: "text" })
    mock.seed({
      segments: [
        {
          list_id: 1,
          name: "Porto",
          type: "saved",
          rule: {
            segment_filter_array: [
              { segment_field: field.body.field_id, segment_operator: "equal_to", segment_value: "Porto" }
            ]
          }
        }
      ]
    })
    const refused = await call("DELETE", `/lists/1/fields/extra/${field.body.field_id}`)
    expect(refused.status).toBe(409)
    expect(refused.body.errors).toEqual({
      field_in_use: "The provided extra field is being used in segments or forms",
      field_in_use_data: { segments: [1], forms: [] }
    })
    expect((await call("DELETE", "/lists/1/segments/1")).status).toBe(204)
    expect((await call("DELETE", `/lists/1/fields/extra/${field.body.field_id}`)).status).toBe(204)
  })

  it("the demo seeds a saved and an auto segment in its first list", async () => {
    const demo = EgoiMock.make({ seed: "demo" })
    try {
      const response = await demo.fetch(`${EgoiMock.IN_PROCESS_URL}/lists/1/segments?type=saved`, {
        headers: { Apikey: KEY }
      })
      const page = (await response.json()) as { items: Array<{ name: string }> }
      expect(page.items.map((segment) => segment.name)).toEqual(["Gmail addresses"])
      const auto = await demo.fetch(`${EgoiMock.IN_PROCESS_URL}/lists/1/segments?type=auto`, {
        headers: { Apikey: KEY }
      })
      expect(((await auto.json()) as { total_items: number }).total_items).toBe(1)
    } finally {
      await demo.dispose()
    }
  })
})
