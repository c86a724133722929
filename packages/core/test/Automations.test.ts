import { it } from "@effect/vitest"
import * as Effect from "effect/Effect"
import { describe, expect } from "vitest"
import * as Automations from "../src/Automations.js"
import { callThroughClient, describeSamples, refused } from "./utils/DocumentedSamples.js"

describeSamples({
  group: "automations",
  params: { getAllAutomations: {}, getAllActions: { automation_id: 1 }, deleteAutomation: { automation_id: 1 } },
  samples: [
    {
      file: "automations/getAllAutomations.200.json",
      operation: "getAllAutomations",
      status: 200,
      schema: Automations.AutomationCollection
    },
    {
      file: "automations/getAllActions.200.openapi.json",
      operation: "getAllActions",
      status: 200,
      schema: Automations.AutomationActionCollection
    }
  ],
  noContent: ["deleteAutomation"]
})

describe("requests", () => {
  it.effect("getAllActions puts the automation in the path and pages in the query", () =>
    Effect.gen(function* () {
      const { sent } = yield* callThroughClient(
        "automations",
        "getAllActions",
        { automation_id: 4, offset: 10, limit: 5 },
        { body: { items: [] } }
      )
      expect(sent[0]!.url.pathname).toBe("/automations/4/actions")
      expect(Object.fromEntries(sent[0]!.url.searchParams)).toStrictEqual({ offset: "10", limit: "5" })
    })
  )

  it.effect("getAllAutomations sends its filters", () =>
    Effect.gen(function* () {
      const { sent } = yield* callThroughClient(
        "automations",
        "getAllAutomations",
        { list_id: 2, status: "active", order_by: "title", order: "asc" },
        { body: { items: [] } }
      )
      expect(Object.fromEntries(sent[0]!.url.searchParams)).toStrictEqual({
        list_id: "2",
        status: "active",
        order_by: "title",
        order: "asc"
      })
    })
  )
})

describe("validation before sending", () => {
  it.effect("refuses automation_id 0, an unknown status and an unknown order_by", () =>
    Effect.gen(function* () {
      const paths = (error: { readonly issues: ReadonlyArray<{ readonly path: string }> }) =>
        error.issues.map((issue) => issue.path)
      expect(paths(yield* refused("automations", "deleteAutomation", { automation_id: 0 }))).toEqual(["automation_id"])
      expect(paths(yield* refused("automations", "getAllActions", { automation_id: -1 }))).toEqual(["automation_id"])
      expect(paths(yield* refused("automations", "getAllAutomations", { status: "paused" }))).toEqual(["status"])
      expect(paths(yield* refused("automations", "getAllAutomations", { order_by: "created" }))).toEqual(["order_by"])
      expect(paths(yield* refused("automations", "getAllActions", { automation_id: 1, order: "asc" }))).toEqual([
        "order"
      ])
    })
  )
})
