import { it } from "@effect/vitest"
import * as Effect from "effect/Effect"
import * as Option from "effect/Option"
import * as Schema from "effect/Schema"
import { describe, expect } from "vitest"
import { EgoiApi } from "../src/EgoiApi.js"
import * as Operations from "../src/Operations.js"
import { callThroughClient, describeSamples, fixture, refused } from "./utils/DocumentedSamples.js"

const ACTIONS = [
  { operation: "actionApproveOperation", path: "/operations/actions/approve" },
  { operation: "actionCancelOperation", path: "/operations/actions/cancel" },
  { operation: "actionPauseOperation", path: "/operations/actions/pause" },
  { operation: "actionResumeOperation", path: "/operations/actions/resume" }
] as const

const request = (operation: string) => fixture(`operations/${operation}.request.json`) as Record<string, unknown>

describeSamples({
  group: "operations",
  params: {
    getAllOperations: {},
    ...Object.fromEntries(ACTIONS.map(({ operation }) => [operation, request(operation)]))
  },
  samples: [
    {
      file: "operations/getAllOperations.200.json",
      operation: "getAllOperations",
      status: 200,
      schema: Operations.OperationCollection
    },
    {
      file: "operations/getAllOperations.200.openapi.json",
      operation: "getAllOperations",
      status: 200,
      schema: Operations.OperationCollection
    },
    ...ACTIONS.map(({ operation }) => ({
      file: `operations/${operation}.200.json`,
      operation,
      status: 200,
      schema: Operations.OperationActionResult
    }))
  ],
  noContent: []
})

const payloadOf = (operation: string) =>
  Option.getOrThrow(
    (
      EgoiApi.groups as unknown as Record<
        string,
        { endpoints: Record<string, { payloadSchema: Option.Option<Schema.Schema<any, any, never>> }> }
      >
    ).operations!.endpoints[operation]!.payloadSchema
  )

describe("documented request samples", () => {
  describe.each(ACTIONS)("$operation", ({ operation, path }) => {
    it("is a valid body for the server side of the definition", () => {
      expect(Schema.decodeUnknownSync(payloadOf(operation))(request(operation))).toStrictEqual(request(operation))
    })

    it.effect(`is POSTed to ${path} as documented`, () =>
      Effect.gen(function* () {
        const { sent, result } = yield* callThroughClient("operations", operation, request(operation), {
          body: fixture(`operations/${operation}.200.json`)
        })
        expect(sent[0]!.method).toBe("POST")
        expect(sent[0]!.url.pathname).toBe(path)
        expect(JSON.parse(sent[0]!.body!)).toStrictEqual(request(operation))
        expect(result).toStrictEqual({
          success: [1, 2],
          error: { invalid_operation_action: [], operation_not_found: [] }
        })
      })
    )
  })
})

describe("validation before sending", () => {
  it.effect("an action needs at least one operation ID, each >= 1 and distinct", () =>
    Effect.gen(function* () {
      for (const { operation } of ACTIONS) {
        const empty = yield* refused("operations", operation, { operations: [] })
        expect(empty.issues).toStrictEqual([{ path: "operations", message: "Expected at least 1 item, got 0" }])
        const zero = yield* refused("operations", operation, { operations: [0] })
        expect(zero.issues).toStrictEqual([{ path: "operations.0", message: "Expected an integer >= 1, got 0" }])
      }
      const twice = yield* refused("operations", "actionCancelOperation", { operations: [3, 3] })
      expect(twice.issues).toStrictEqual([{ path: "operations", message: "Expected distinct items, got 3 twice" }])
      const missing = yield* refused("operations", "actionPauseOperation", {})
      expect(missing.issues.map((issue) => issue.path)).toEqual(["operations"])
    })
  )

  it.effect("getAllOperations takes only the documented types, statuses and orders", () =>
    Effect.gen(function* () {
      const error = yield* refused("operations", "getAllOperations", {
        type: "import",
        status: "done",
        order_by: "type",
        order: "up",
        limit: 0
      })
      expect(error.issues.map((issue) => issue.path).sort()).toEqual(["limit", "order", "order_by", "status", "type"])
    })
  )
})

describe("requests", () => {
  it.effect("getAllOperations sends its filters as query parameters", () =>
    Effect.gen(function* () {
      const { sent, result } = yield* callThroughClient(
        "operations",
        "getAllOperations",
        { type: "export_contacts", status: "paused", order: "asc", order_by: "created", offset: 5, limit: 20 },
        { body: { total_items: 0 } }
      )
      expect(sent[0]!.method).toBe("GET")
      expect(sent[0]!.url.pathname).toBe("/operations")
      expect(Object.fromEntries(sent[0]!.url.searchParams)).toStrictEqual({
        type: "export_contacts",
        status: "paused",
        order: "asc",
        order_by: "created",
        offset: "5",
        limit: "20"
      })
      expect(result).toStrictEqual({ total_items: 0, items: [] })
    })
  )
})

describe("tolerance", () => {
  it("keeps an operation type or status E-goi may add, and a start_date of null", () => {
    const decoded = Schema.decodeUnknownSync(Operations.Operation)({
      operation_id: 9,
      type: "whatsapp",
      status: "waiting_approval",
      start_date: null
    })
    expect(decoded).toStrictEqual({ operation_id: 9, type: "whatsapp", status: "waiting_approval", start_date: null })
  })

  it("an action answer without an error object decodes with no errors; without operation_id an operation is refused", () => {
    expect(Schema.decodeUnknownSync(Operations.OperationActionResult)({ success: [4] })).toStrictEqual({
      success: [4],
      error: {}
    })
    expect(() => Schema.decodeUnknownSync(Operations.Operation)({ type: "email" })).toThrow(/operation_id/)
  })

  it("OPERATION_TYPES are the 19 documented types", () => {
    expect(Operations.OPERATION_TYPES).toHaveLength(19)
    expect(Operations.OPERATION_TYPES).toContain("import_contacts")
    expect(Operations.OPERATION_TYPES).toContain("detach_tag")
  })
})
