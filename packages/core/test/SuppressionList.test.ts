import { it } from "@effect/vitest"
import * as Effect from "effect/Effect"
import * as Schema from "effect/Schema"
import { describe, expect } from "vitest"
import * as Common from "../src/Common.js"
import * as EgoiError from "../src/EgoiError.js"
import * as SuppressionList from "../src/SuppressionList.js"
import { callThroughClient, describeSamples, fixture, refused } from "./utils/DocumentedSamples.js"

describeSamples({
  group: "suppressionList",
  params: {
    getAllSuppressionList: {},
    createSuppressionList: { type: "email", value: ["example@e-goi.com"] },
    deleteSuppressionList: { suppression_id: 1 }
  },
  samples: [
    {
      file: "suppression-list/getAllSuppressionList.200.json",
      operation: "getAllSuppressionList",
      status: 200,
      schema: SuppressionList.SuppressionListCollection
    },
    {
      file: "suppression-list/getAllSuppressionList.200.openapi.json",
      operation: "getAllSuppressionList",
      status: 200,
      schema: SuppressionList.SuppressionListCollection
    },
    {
      file: "suppression-list/createSuppressionList.202.json",
      operation: "createSuppressionList",
      status: 202,
      schema: Common.Accepted
    }
  ],
  noContent: ["deleteSuppressionList"]
})

describe("requests", () => {
  it.effect("createSuppressionList posts the type and its values", () =>
    Effect.gen(function* () {
      const { sent, result } = yield* callThroughClient(
        "suppressionList",
        "createSuppressionList",
        { type: "cellphone", value: ["351-910000000", "44-7700900123"] },
        { status: 202, body: { result: "success" } }
      )
      expect(result).toStrictEqual({ result: "success" })
      expect(sent[0]!.url.pathname).toBe("/suppression-list")
      expect(JSON.parse(sent[0]!.body!)).toStrictEqual({ type: "cellphone", value: ["351-910000000", "44-7700900123"] })
    })
  )

  it.effect("getAllSuppressionList sends every documented filter", () =>
    Effect.gen(function* () {
      const { sent } = yield* callThroughClient(
        "suppressionList",
        "getAllSuppressionList",
        {
          type: "email_domain",
          method: "manual",
          value: "e-goi",
          campaign_hash: "a1_b-2",
          created_min: "2024-01-01 00:00:00",
          created_max: "2024-12-31 23:59:59",
          order: "asc",
          order_by: "value",
          offset: 5,
          limit: 50
        },
        { body: { total_items: 0, items: [] } }
      )
      expect(Object.fromEntries(sent[0]!.url.searchParams)).toStrictEqual({
        type: "email_domain",
        method: "manual",
        value: "e-goi",
        campaign_hash: "a1_b-2",
        created_min: "2024-01-01 00:00:00",
        created_max: "2024-12-31 23:59:59",
        order: "asc",
        order_by: "value",
        offset: "5",
        limit: "50"
      })
    })
  )

  it.effect("a 409 on deleteSuppressionList is a Conflict with unremovable_entry", () =>
    Effect.gen(function* () {
      const body = {
        title: "Conflict",
        status: 409,
        detail: "Conflict",
        errors: { unremovable_entry: "Unremovable Entry" }
      }
      const error = yield* Effect.flip(
        callThroughClient("suppressionList", "deleteSuppressionList", { suppression_id: 4 }, { status: 409, body })
      )
      expect(error).toBeInstanceOf(EgoiError.Conflict)
      expect((error as EgoiError.Conflict).errors).toStrictEqual({ unremovable_entry: "Unremovable Entry" })
    })
  )
})

describe("validation before sending", () => {
  it.effect("refuses a phone or cellphone not written <country code>-<number>, naming the value", () =>
    Effect.gen(function* () {
      const error = yield* refused("suppressionList", "createSuppressionList", {
        type: "phone",
        value: ["351-300404336", "300404336", "351-12"]
      })
      expect(error.issues.map((issue) => issue.path)).toEqual(["value.1", "value.2"])
      expect(error.issues[0]!.message).toContain("<country code>-<number>")
    })
  )

  it.effect("refuses an email value that is not an email, and a cellphone given as an email", () =>
    Effect.gen(function* () {
      const email = yield* refused("suppressionList", "createSuppressionList", { type: "email", value: ["no-at"] })
      expect(email.issues).toStrictEqual([{ path: "value.0", message: 'Expected an email address, got "no-at"' }])
      const cellphone = yield* refused("suppressionList", "createSuppressionList", {
        type: "cellphone",
        value: ["someone@example.com"]
      })
      expect(cellphone.issues.map((issue) => issue.path)).toEqual(["value.0"])
    })
  )

  it.effect("refuses an unknown type, no values, and a missing type", () =>
    Effect.gen(function* () {
      const unknown = yield* refused("suppressionList", "createSuppressionList", { type: "fax", value: ["1"] })
      expect(unknown.issues).toStrictEqual([
        { path: "type", message: 'Expected one of email, email_domain, email_user, cellphone, phone, got "fax"' }
      ])
      const empty = yield* refused("suppressionList", "createSuppressionList", { type: "email", value: [] })
      expect(empty.issues).toStrictEqual([{ path: "value", message: "Expected at least one value" }])
      const missing = yield* refused("suppressionList", "createSuppressionList", { value: ["a@b.co"] })
      expect(missing.issues.map((issue) => issue.path)).toEqual(["type"])
    })
  )

  it.effect("getAllSuppressionList refuses an undocumented method, order_by and campaign hash", () =>
    Effect.gen(function* () {
      const error = yield* refused("suppressionList", "getAllSuppressionList", {
        method: "import",
        order_by: "type",
        campaign_hash: "not a hash!"
      })
      expect(error.issues.map((issue) => issue.path).sort()).toEqual(["campaign_hash", "method", "order_by"])
    })
  )
})

describe("tolerance", () => {
  const entry = (
    fixture("suppression-list/getAllSuppressionList.200.json") as { items: Array<Record<string, unknown>> }
  ).items[0]!

  it("keeps a type or method E-goi may add, and decodes an entry without campaign or date", () => {
    const { campaign_hash: _, created: __, ...bare } = entry
    expect(Schema.decodeUnknownSync(SuppressionList.SuppressionEntry)({ ...bare, method: "complaint" })).toStrictEqual({
      ...bare,
      method: "complaint"
    })
  })

  it("still refuses an entry without its ID", () => {
    expect(() => Schema.decodeUnknownSync(SuppressionList.SuppressionEntry)({ ...entry, id: undefined })).toThrow(/id/)
  })
})
